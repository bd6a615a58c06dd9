"""The `guest` interface of `uni:plugin@0.2.0`, implemented over what the
plugin's module registered. `uniplug build` makes the component's entry
module re-export `Guest` and the resources from here."""

import datetime
import json
import os
import traceback

from componentize_py_types import Err
from wit_world import exports
from wit_world.exports import guest
from wit_world.imports import types

from . import _columns, _registry
from ._errors import InvalidInput, NotGranted

#: How many rows a table function's batch holds.
TABLE_BATCH_ROWS = 1024

_CONFIG = {}
_SDK_DIR = os.path.dirname(os.path.abspath(__file__))


def config():
    """The manifest's `[config]` table (empty before `init`)."""
    return _CONFIG


# Imported when the component is built (componentize-py keeps only what is
# imported then): the manifest's declarations, written by `uniplug build`.
try:
    from uniplug_manifest import FUNCTIONS as _FUNCTIONS
except ImportError:
    _FUNCTIONS = None


def _declarations():
    if _FUNCTIONS is None:
        raise Err(types.CallError_Failed(
            "this component was built without its manifest's declarations; build it with `uniplug build DIR`"))
    return _FUNCTIONS


def _where(error):
    """`file line N` of the innermost frame of the plugin's own code."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if os.path.dirname(os.path.abspath(frame.filename)) != _SDK_DIR]
    if not frames:
        return ""
    frame = frames[-1]
    return f" (at {frame.filename.rsplit('/', 1)[-1]} line {frame.lineno})"


def _guarded(run):
    """Runs `run`; every exception becomes a `call-error` (the host names
    the plugin and the function)."""
    try:
        return run()
    except Err:
        raise
    except InvalidInput as error:
        raise Err(types.CallError_InvalidInput(str(error)))
    except NotGranted as error:
        raise Err(types.CallError_NotGranted(str(error)))
    except _columns.ColumnError as error:
        raise Err(types.CallError_Failed(f"the result does not fit its declared type: {error}"))
    except RecursionError as error:
        raise Err(types.CallError_Failed(f"recursion too deep{_where(error)}"))
    except Exception as error:
        raise Err(types.CallError_Failed(f"{type(error).__name__}: {error}{_where(error)}"))


def _declared(name, kind):
    declaration = _declarations().get(name)
    if declaration is None or declaration["kind"] != kind:
        raise Err(types.CallError_InvalidInput(f"this plugin's manifest declares no {kind} `{name}`"))
    return declaration


def _rows(columns, rows):
    """Row tuples over decoded columns (one empty tuple per row when the
    function takes no arguments)."""
    if not columns:
        return [()] * rows
    return list(zip(*columns))


class Guest(exports.Guest):
    def init(self, config_json):
        def run():
            declared = _declarations()
            registered = {"scalar": _registry._SCALARS, "aggregate": _registry._AGGREGATES,
                          "table": _registry._TABLES}
            for name, declaration in declared.items():
                table = registered.get(declaration["kind"])
                if table is not None and name not in table:
                    decorator = {"scalar": "@scalar", "aggregate": "@aggregate", "table": "@table"}[declaration["kind"]]
                    raise InvalidInput(f"the manifest declares {declaration['kind']} `{name}`, but the plugin "
                                       f"registers none: define it with {decorator}")
            for kind, table in registered.items():
                for name in table:
                    if name not in declared:
                        raise InvalidInput(f"the plugin registers {kind} `{name}`, which the manifest does not "
                                           "declare: add it to [[functions]] in uniplugin.toml")
            document = json.loads(config_json) if config_json else {}
            _CONFIG.clear()
            _CONFIG.update(document if isinstance(document, dict) else {})
            for function in _registry._INIT:
                function(_CONFIG)

        _guarded(run)

    def call_scalar(self, name, rows, args):
        declaration = _declared(name, "scalar")
        entry = _registry._SCALARS[name]

        def run():
            columns = [_columns.to_list(column) for column in args]
            if entry.batch:
                out = list(entry.function(*columns))
                if len(out) != rows:
                    raise InvalidInput(f"returned {len(out)} values for {rows} rows")
            else:
                out = _call_rows(entry.function, columns, rows, entry.strict)
            return _columns.from_list(declaration["returns"], out)

        return _guarded(run)

    def describe_aggregate(self, name):
        entry = _accumulator_class(name)
        fields = [types.Field(field_name, type_name, True) for field_name, type_name in entry.state]
        return guest.AggregateInfo(fields, True)

    def call_table(self, name, args):
        declaration = _declared(name, "table")
        function = _registry._TABLES[name]

        def run():
            values = [_columns.to_list(column)[0] for column in args]
            return TableStream(name, declaration["returns"], iter(function(*values)))

        return _guarded(run)

    def on_event(self, handler, event):
        function = _registry._HANDLERS.get(handler)
        if function is None:
            raise Err(types.CallError_InvalidInput(f"this plugin registers no handler `{handler}` (use @on_event)"))
        _guarded(lambda: function(Event(event)))


class Event:
    """A hook, trigger or job event, as plain Python values.

    `kind` is "hook", "trigger" or "job". Hooks: `event` ("before_query",
    "after_query", "on_load", "on_unload"), `sql`, `rows`, `error`.
    Triggers: `table`, `when` ("before" or "after"), `rows` (a list of dicts).
    Jobs: `job`, `scheduled_at` (a UTC datetime).
    """

    def __init__(self, event):
        payload = event.value
        if isinstance(event, guest.Event_Hook):
            self.kind = "hook"
            self.event = payload.event.name.lower()
            self.sql, self.rows, self.error = payload.sql, payload.rows, payload.error
        elif isinstance(event, guest.Event_Trigger):
            self.kind = "trigger"
            self.table = payload.table
            self.when = payload.when.name.lower()
            self.rows = _columns.batch_rows(payload.rows)
        else:
            self.kind = "job"
            self.job = payload.job
            self.scheduled_at = datetime.datetime.fromtimestamp(payload.scheduled_at_unix_ms / 1000,
                                                                datetime.timezone.utc)

    def __repr__(self):
        return f"Event({self.__dict__!r})"


def _accumulator_class(name):
    _declared(name, "aggregate")
    return _registry._AGGREGATES[name]


def _call_rows(function, columns, rows, strict):
    """What `function` returns for each row's values; with `strict`, a row
    holding a None gives None without a call. Scalars and aggregates'
    updates and merges all use it."""
    if columns and not (strict and any(None in column for column in columns)):
        # `map` calls the function from C, row after row (a loop written in
        # Python dispatches bytecode per step).
        return list(map(function, *columns))
    return [None if strict and None in row else function(*row) for row in _rows(columns, rows)]


class _Made:
    """A resource's constructor cannot fail in the WIT: what went wrong
    making it is kept and raised by its first method call."""

    def __init__(self, name, make):
        self.name = name
        self.failure = None
        try:
            make()
        except Err as error:
            self.failure = error
        except Exception as error:
            self.failure = Err(types.CallError_Failed(f"{type(error).__name__}: {error}{_where(error)}"))

    def _call(self, run):
        if self.failure is not None:
            raise self.failure
        return _guarded(run)


class Accumulator(guest.Accumulator, _Made):
    def __init__(self, name):
        def make():
            self.entry = _accumulator_class(name)
            self.returns = _declared(name, "aggregate")["returns"]
            self.instance = self.entry.cls()

        _Made.__init__(self, name, make)

    def update(self, rows, args):
        self._call(lambda: _call_rows(self.instance.update, [_columns.to_list(c) for c in args], rows, self.entry.strict))

    def merge(self, rows, states):
        def run():
            _call_rows(self.instance.merge, [_columns.to_list(c) for c in states], rows, False)

        self._call(run)

    def state(self):
        return self._call(lambda: _state_columns(self.entry, [self.instance]))

    def finish(self):
        return self._call(lambda: _columns.from_list(self.returns, [self.instance.finish()]))


def _state_columns(entry, instances):
    states = []
    for instance in instances:
        state = instance.state()
        state = tuple(state) if isinstance(state, (tuple, list)) else (state,)
        if len(state) != len(entry.state):
            raise InvalidInput(f"state() returned {len(state)} values where `state` declares {len(entry.state)}")
        states.append(state)
    return [_columns.from_list(type_name, [state[index] for state in states])
            for index, (_, type_name) in enumerate(entry.state)]


class GroupedAccumulator(guest.GroupedAccumulator, _Made):
    """Every group's instance of the aggregate's class, updated in one call
    per batch."""

    def __init__(self, name):
        def make():
            self.entry = _accumulator_class(name)
            self.returns = _declared(name, "aggregate")["returns"]
            self.groups = []

        _Made.__init__(self, name, make)

    def _grow(self, total_groups):
        make = self.entry.cls
        while len(self.groups) < total_groups:
            self.groups.append(make())

    def update(self, group_ids, total_groups, args):
        def run():
            self._grow(total_groups)
            columns = [_columns.to_list(c) for c in args]
            groups, strict = self.groups, self.entry.strict
            for group, row in zip(group_ids, _rows(columns, len(group_ids))):
                if strict and None in row:
                    continue
                groups[group].update(*row)

        self._call(run)

    def merge(self, group_ids, total_groups, states):
        def run():
            self._grow(total_groups)
            columns = [_columns.to_list(c) for c in states]
            groups = self.groups
            for group, row in zip(group_ids, _rows(columns, len(group_ids))):
                groups[group].merge(*row)

        self._call(run)

    def _take(self, emit):
        if isinstance(emit, guest.Emit_First):
            taken, self.groups = self.groups[:emit.value], self.groups[emit.value:]
        else:
            taken, self.groups = self.groups, []
        return taken

    def state(self, emit):
        return self._call(lambda: _state_columns(self.entry, self._take(emit)))

    def finish(self, emit):
        return self._call(lambda: _columns.from_list(self.returns, [instance.finish() for instance in self._take(emit)]))


class TableStream(guest.TableStream):
    def __init__(self, name, columns, rows):
        self.name = name
        self.columns = columns
        self.rows = rows

    def _row(self, row):
        names = [column_name for column_name, _ in self.columns]
        if isinstance(row, dict):
            missing = [column_name for column_name in names if column_name not in row]
            if missing:
                raise InvalidInput(f"a row has no column {', '.join(missing)}")
            return tuple(row[column_name] for column_name in names)
        if isinstance(row, (tuple, list)):
            if len(row) != len(names):
                raise InvalidInput(f"a row has {len(row)} values where the manifest declares {len(names)} columns")
            return tuple(row)
        if len(names) == 1:
            return (row,)
        raise InvalidInput(f"a row is a {type(row).__name__}; with {len(names)} columns yield tuples or dicts")

    def next(self):
        def run():
            chunk = []
            for row in self.rows:
                chunk.append(self._row(row))
                if len(chunk) == TABLE_BATCH_ROWS:
                    break
            if not chunk:
                return None
            columns = [_columns.from_list(type_name, [row[index] for row in chunk])
                       for index, (_, type_name) in enumerate(self.columns)]
            return types.Batch([column_name for column_name, _ in self.columns], columns, len(chunk))

        return _guarded(run)
