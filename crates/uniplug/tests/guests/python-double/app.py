"""A uni-plugin scalar plugin written in Python against `uni:plugin@0.2.0`,
built with componentize-py, without any SDK: the WIT alone.

`double_it(float64) -> float64` doubles; `shout(utf8) -> utf8` upper-cases.
NULLs stay NULL: the validity bitmap is passed through unchanged.
"""

from componentize_py_types import Err
from wit_world import exports
from wit_world.imports import types


def invalid(message: str) -> Err:
    return Err(types.CallError_InvalidInput(message))


def double_it(column: types.Column) -> types.Column:
    if not isinstance(column.values, types.Values_Float64):
        raise invalid("double_it takes float64")
    return types.Column(column.validity, types.Values_Float64([value * 2 for value in column.values.value]))


def shout(column: types.Column) -> types.Column:
    if not isinstance(column.values, types.Values_Utf8):
        raise invalid("shout takes utf8")
    offsets, data = column.values.value.offsets, column.values.value.data
    out_offsets, out_data = [0], bytearray()
    for row in range(len(offsets) - 1):
        text = bytes(data[offsets[row]:offsets[row + 1]]).decode("utf-8")
        out_data += text.upper().encode("utf-8")
        out_offsets.append(len(out_data))
    return types.Column(column.validity, types.Values_Utf8(types.VarValues(out_offsets, bytes(out_data))))


FUNCTIONS = {"double_it": double_it, "shout": shout}


class Guest(exports.Guest):
    def init(self, config_json: str) -> None:
        pass

    def call_scalar(self, name: str, rows: int, args: list) -> types.Column:
        function = FUNCTIONS.get(name)
        if function is None:
            raise invalid(f"no scalar function `{name}`")
        return function(args[0])

    def describe_aggregate(self, name: str):
        raise invalid(f"no aggregate `{name}`")

    def call_table(self, name: str, args: list):
        raise invalid(f"no table function `{name}`")

    def on_event(self, handler: str, event) -> None:
        raise invalid(f"no handler `{handler}`")
