"""The SDK on CPython, against bindings componentize-py generates from the
project's WIT (`PYTHONPATH` holds them; see `run_tests.sh`). What runs
inside the component is the same code; the host side is checked by the
CLI tests that build and load real components."""

import datetime
import json
import sys
import types as pytypes
import unittest

from componentize_py_types import Err
from wit_world.exports import guest
from wit_world.imports import types

# The declarations `uniplug build` generates from a manifest.
manifest = pytypes.ModuleType("uniplug_manifest")
manifest.FUNCTIONS = {
    "shout": {"kind": "scalar", "args": ["utf8"], "returns": "utf8"},
    "add": {"kind": "scalar", "args": ["int64", "int64"], "returns": "int64"},
    "coalesce_len": {"kind": "scalar", "args": ["utf8"], "returns": "int32"},
    "total": {"kind": "aggregate", "args": ["int64"], "returns": "int64"},
    "countdown": {"kind": "table", "args": ["int64"], "returns": [["n", "int64"], ["label", "utf8"]]},
}
sys.modules["uniplug_manifest"] = manifest

import uni_plugin  # noqa: E402
from uni_plugin import _columns, _exports  # noqa: E402


@uni_plugin.scalar
def shout(text):
    return text.upper() + "!"


@uni_plugin.scalar(batch=True)
def add(left, right):
    return [None if a is None or b is None else a + b for a, b in zip(left, right)]


@uni_plugin.scalar(name="coalesce_len", strict=False)
def length_or_zero(text):
    if text == "boom":
        raise RuntimeError("asked to fail")
    return 0 if text is None else len(text)


@uni_plugin.aggregate(state=[("sum", "int64"), ("seen", "boolean")])
class total:
    def __init__(self):
        self.sum, self.seen = 0, False

    def update(self, value):
        self.sum += value
        self.seen = True

    def merge(self, other_sum, other_seen):
        if other_seen:
            self.sum += other_sum
            self.seen = True

    def state(self):
        return (self.sum, self.seen)

    def finish(self):
        return self.sum if self.seen else None


@uni_plugin.table
def countdown(start):
    for n in range(start, 0, -1):
        yield (n, f"#{n}") if n % 2 else {"n": n, "label": None}


EVENTS = []


@uni_plugin.on_event
def audit(event):
    if event.kind == "trigger" and any(row["x"] is None for row in event.rows):
        raise uni_plugin.InvalidInput("x may not be NULL")
    EVENTS.append(event)


def utf8(values):
    return _columns.from_list("utf8", values)


def int64(values):
    return _columns.from_list("int64", values)


def error_of(call):
    try:
        call()
    except Err as error:
        return error.value
    raise AssertionError("no error")


class Columns(unittest.TestCase):
    def test_every_supported_type_round_trips_with_nulls(self):
        cases = {
            "boolean": [True, None, False],
            "int8": [-128, None, 127],
            "uint64": [0, None, (1 << 64) - 1],
            "float32": [1.5, None, -2.0],
            "float64": [0.1, None, float("inf")],
            "utf8": ["", None, "Grüße 👋"],
            "binary": [b"\x00\xff", None, b""],
            "date32": [datetime.date(1969, 12, 31), None, datetime.date(2024, 2, 29)],
            "timestamp_us": [datetime.datetime(1970, 1, 1), None, datetime.datetime(2024, 5, 6, 7, 8, 9, 123456)],
        }
        for type_name, values in cases.items():
            with self.subTest(type_name):
                self.assertEqual(_columns.to_list(_columns.from_list(type_name, values)), values)

    def test_no_nulls_means_no_bitmap_and_nulls_set_the_right_bits(self):
        self.assertIsNone(int64([1, 2]).validity)
        self.assertEqual(bytes(int64([None] + [1] * 8).validity), bytes([0b1111_1110, 0b1]))

    def test_values_that_do_not_fit_are_named(self):
        for type_name, values, expected in [
            ("int8", [128], "128 does not fit in int8"),
            ("int64", ["1"], "int64 expects int values, got str '1'"),
            ("utf8", [b"x"], "utf8 expects str values, got bytes"),
            ("boolean", [1], "boolean expects bool values"),
            ("list<int64>", [], "Python plugins cannot return `list<int64>`"),
        ]:
            with self.subTest(type_name):
                with self.assertRaises(_columns.ColumnError) as caught:
                    _columns.from_list(type_name, values)
                self.assertIn(expected, str(caught.exception))

    def test_ascii_and_other_text_columns_read_and_write_alike(self):
        # All-ASCII columns are encoded and decoded whole; others by row.
        for values in (["plain", "", None, "words"], ["Über", None, "", "日本語", "x"], [None, None], []):
            with self.subTest(values):
                column = utf8(values)
                expected = b"".join(value.encode() for value in values if value is not None)
                self.assertEqual(bytes(column.values.value.data), expected)
                self.assertEqual(_columns.to_list(column), values)
        # Offsets need not start at zero, and bytes outside the rows' ranges
        # (here a cut-off character) do not stop the rows from reading.
        column = types.Column(None, types.Values_Utf8(types.VarValues([1, 3, 5], b"\xc3ab\xc3\xbc")))
        self.assertEqual(_columns.to_list(column), ["ab", "\u00fc"])
        column = types.Column(None, types.Values_Utf8(types.VarValues([1, 3], b"xab")))
        self.assertEqual(_columns.to_list(column), ["ab"])
        with self.assertRaises(_columns.ColumnError) as caught:
            utf8(["fine", 7])
        self.assertIn("utf8 expects str values, got int 7", str(caught.exception))

    def test_arrow_ipc_columns_are_refused_clearly(self):
        column = types.Column(None, types.Values_ArrowIpc(b""))
        with self.assertRaises(_columns.ColumnError) as caught:
            _columns.to_list(column)
        self.assertIn("Arrow IPC", str(caught.exception))


class Scalars(unittest.TestCase):
    def setUp(self):
        _exports.Guest().init(json.dumps({"greeting": "hi"}))

    def test_per_row_calls_skip_nulls_unless_not_strict(self):
        out = _exports.Guest().call_scalar("shout", 3, [utf8(["a", None, "ß"])])
        self.assertEqual(_columns.to_list(out), ["A!", None, "SS!"])
        out = _exports.Guest().call_scalar("coalesce_len", 2, [utf8([None, "abc"])])
        self.assertEqual(_columns.to_list(out), [0, 3])
        self.assertEqual(uni_plugin.config(), {"greeting": "hi"})

    def test_per_row_calls_without_nulls_are_called_for_every_row(self):
        out = _exports.Guest().call_scalar("shout", 3, [utf8(["a", "b", "ß"])])
        self.assertEqual(_columns.to_list(out), ["A!", "B!", "SS!"])
        error = error_of(lambda: _exports.Guest().call_scalar("coalesce_len", 2, [utf8(["ok", "boom"])]))
        self.assertIn("RuntimeError: asked to fail", error.value)

    def test_batch_calls_get_lists(self):
        out = _exports.Guest().call_scalar("add", 2, [int64([1, None]), int64([2, 3])])
        self.assertEqual(_columns.to_list(out), [3, None])

    def test_exceptions_become_errors_naming_function_and_line(self):
        error = error_of(lambda: _exports.Guest().call_scalar("coalesce_len", 1, [utf8(["boom"])]))
        self.assertIsInstance(error, types.CallError_Failed)
        self.assertIn("RuntimeError: asked to fail (at test_sdk.py line", error.value)
        error = error_of(lambda: _exports.Guest().call_scalar("nope", 1, []))
        self.assertIsInstance(error, types.CallError_InvalidInput)
        self.assertIn("declares no scalar `nope`", error.value)


class Aggregates(unittest.TestCase):
    def test_state_merge_finish(self):
        info = _exports.Guest().describe_aggregate("total")
        self.assertEqual([(f.name, f.data_type) for f in info.state], [("sum", "int64"), ("seen", "boolean")])
        self.assertTrue(info.grouped)
        left, right = _exports.Accumulator("total"), _exports.Accumulator("total")
        left.update(3, [int64([1, None, 2])])
        right.update(2, [int64([4, 6])])
        left.merge(1, right.state())
        self.assertEqual(_columns.to_list(left.finish()), [13])
        self.assertEqual(_columns.to_list(_exports.Accumulator("total").finish()), [None])

    def test_grouped_emits_first_groups_and_shifts_the_rest(self):
        grouped = _exports.GroupedAccumulator("total")
        grouped.update([0, 1, 0, 2], 3, [int64([1, 2, 3, None])])
        state = grouped.state(guest.Emit_First(1))
        self.assertEqual([_columns.to_list(column) for column in state], [[4], [True]])
        other = _exports.GroupedAccumulator("total")
        other.merge([1, 0], 2, state + [])
        self.assertEqual(_columns.to_list(grouped.finish(guest.Emit_All())), [2, None])

    def test_an_unknown_aggregate_fails_at_its_first_call(self):
        accumulator = _exports.Accumulator("missing")
        error = error_of(lambda: accumulator.update(0, []))
        self.assertIn("declares no aggregate `missing`", error.value)


class Tables(unittest.TestCase):
    def test_rows_as_tuples_or_dicts_in_batches(self):
        original = _exports.TABLE_BATCH_ROWS
        _exports.TABLE_BATCH_ROWS = 2
        try:
            stream = _exports.Guest().call_table("countdown", [int64([3])])
            batches = []
            while (batch := stream.next()) is not None:
                batches.append([_columns.to_list(column) for column in batch.columns])
            self.assertEqual(batches, [[[3, 2], ["#3", None]], [[1], ["#1"]]])
        finally:
            _exports.TABLE_BATCH_ROWS = original


class Events(unittest.TestCase):
    def test_triggers_see_rows_and_can_reject(self):
        batch = types.Batch(["x"], [int64([1, None])], 2)
        trigger = guest.Event_Trigger(guest.TriggerPayload("t", guest.TriggerTiming.BEFORE, batch))
        error = error_of(lambda: _exports.Guest().on_event("audit", trigger))
        self.assertEqual(error, types.CallError_InvalidInput("x may not be NULL"))
        job = guest.Event_Job(guest.JobPayload("nightly", 86_400_000))
        _exports.Guest().on_event("audit", job)
        self.assertEqual(EVENTS[-1].scheduled_at, datetime.datetime(1970, 1, 2, tzinfo=datetime.timezone.utc))


class Init(unittest.TestCase):
    def test_a_declared_function_without_code_is_named(self):
        manifest.FUNCTIONS["ghost"] = {"kind": "scalar", "args": [], "returns": "int64"}
        try:
            error = error_of(lambda: _exports.Guest().init("{}"))
            self.assertIn("declares scalar `ghost`, but the plugin registers none: define it with @scalar",
                          error.value)
        finally:
            del manifest.FUNCTIONS["ghost"]


if __name__ == "__main__":
    unittest.main()
