"""The resources of the `guest` interface: this plugin has no aggregates
or table functions, so every method refuses."""

from componentize_py_types import Err
from wit_world.imports import types


def _none(what: str) -> Err:
    return Err(types.CallError_InvalidInput(f"this plugin has no {what}"))


class Accumulator:
    def __init__(self, name: str) -> None:
        self.name = name

    def update(self, rows, args):
        raise _none("aggregates")

    def merge(self, rows, states):
        raise _none("aggregates")

    def state(self):
        raise _none("aggregates")

    def finish(self):
        raise _none("aggregates")


class GroupedAccumulator(Accumulator):
    def update(self, group_ids, total_groups, args):
        raise _none("aggregates")

    def merge(self, group_ids, total_groups, states):
        raise _none("aggregates")

    def state(self, emit):
        raise _none("aggregates")

    def finish(self, emit):
        raise _none("aggregates")


class TableStream:
    def next(self):
        raise _none("table functions")
