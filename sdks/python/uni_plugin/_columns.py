"""Typed columns of `uni:plugin@0.2.0` to Python lists and back.

A column arrives as a validity bitmap (or none) and one `values` case per
Arrow type family. Python sees a list with `None` for NULL; results go back
under the type the manifest declares, so the host never has to guess.
"""

import datetime
import itertools
import math

from wit_world.imports import types

_EPOCH_DATE = datetime.date(1970, 1, 1)
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_UNIT_PER_SECOND = {
    types.TimeUnit.SECOND: 1,
    types.TimeUnit.MILLISECOND: 1_000,
    types.TimeUnit.MICROSECOND: 1_000_000,
    types.TimeUnit.NANOSECOND: 1_000_000_000,
}


class ColumnError(Exception):
    """A value that does not fit the declared type, or a type Python
    plugins cannot read (`list<T>`, `large_utf8`)."""


def _valid_rows(validity, rows):
    """Which rows hold a value, as a list of booleans (None: all do)."""
    if validity is None:
        return None
    bits = bytes(validity)
    return [(bits[row >> 3] >> (row & 7)) & 1 == 1 for row in range(rows)]


def _strings(var, decode):
    # The loops run in C (`map` over slices): a loop written in Python
    # costs a bytecode dispatch per step in an interpreter compiled to wasm.
    offsets, data = var.offsets, bytes(var.data)
    slices = map(slice, offsets, itertools.islice(offsets, 1, None))
    if not decode:
        return list(map(data.__getitem__, slices))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Bytes outside the rows' ranges may be cut anywhere; decode by row.
        text = None
    if text is not None and text.isascii():
        # One character per byte: the offsets index the decoded text.
        return list(map(text.__getitem__, slices))
    return list(map(bytes.decode, map(data.__getitem__, slices)))


def _timestamps(stamps):
    per_second = _UNIT_PER_SECOND[stamps.unit]
    zone = datetime.timezone.utc if stamps.timezone else None
    out = []
    for value in stamps.values:
        seconds, rest = divmod(value, per_second)
        moment = _EPOCH + datetime.timedelta(seconds=seconds, microseconds=rest * 1_000_000 // per_second)
        out.append(moment if zone else moment.replace(tzinfo=None))
    return out


def to_list(column):
    """The values of `column` as a Python list, `None` for NULL."""
    values = column.values
    if isinstance(values, types.Values_Utf8):
        out = _strings(values.value, True)
    elif isinstance(values, types.Values_Binary):
        out = _strings(values.value, False)
    elif isinstance(values, types.Values_Date32):
        out = [_EPOCH_DATE + datetime.timedelta(days=days) for days in values.value]
    elif isinstance(values, types.Values_Timestamp):
        out = _timestamps(values.value)
    elif isinstance(values, types.Values_ArrowIpc):
        raise ColumnError("this column's type (a list, large_utf8 or another type without a typed case) "
                          "reaches Python plugins as Arrow IPC, which the Python SDK does not read")
    else:
        out = list(values.value)
    valid = _valid_rows(column.validity, len(out))
    if valid is not None:
        out = [value if keep else None for value, keep in zip(out, valid)]
    return out


def _bitmap(values):
    """Arrow's validity bitmap for `values`, or None when none is None."""
    if all(value is not None for value in values):
        return None
    bits = bytearray((len(values) + 7) // 8)
    for row, value in enumerate(values):
        if value is not None:
            bits[row >> 3] |= 1 << (row & 7)
    return bytes(bits)


def _integers(values, low, high, type_name):
    out = []
    for value in values:
        if value is None:
            out.append(0)
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise ColumnError(f"{type_name} expects int values, got {type(value).__name__} {value!r}")
        if not low <= value <= high:
            raise ColumnError(f"{value} does not fit in {type_name}")
        out.append(value)
    return out


def _floats(values, type_name):
    out = []
    for value in values:
        if value is None:
            out.append(math.nan)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out.append(float(value))
        else:
            raise ColumnError(f"{type_name} expects float values, got {type(value).__name__} {value!r}")
    return out


def _var(values, encode, type_name):
    if encode:
        strings = ["" if value is None else value for value in values]
        try:
            joined = "".join(strings)
        except TypeError:
            bad = next(value for value in strings if not isinstance(value, str))
            raise ColumnError(f"{type_name} expects str values, got {type(bad).__name__} {bad!r}") from None
        if joined.isascii():
            # One byte per character: the offsets are the lengths, and the
            # column is encoded in one call.
            data = joined.encode("ascii")
            lengths = map(len, strings)
        else:
            pieces = list(map(str.encode, strings))
            data = b"".join(pieces)
            lengths = map(len, pieces)
    else:
        pieces = []
        for value in values:
            if value is None:
                value = b""
            elif not isinstance(value, (bytes, bytearray, memoryview)):
                raise ColumnError(f"{type_name} expects bytes values, got {type(value).__name__} {value!r}")
            pieces.append(bytes(value))
        data = b"".join(pieces)
        lengths = map(len, pieces)
    if len(data) > 0x7FFF_FFFF:
        raise ColumnError(f"a {type_name} column holds more than 2 GiB")
    return types.VarValues(list(itertools.accumulate(lengths, initial=0)), data)


_INTEGER_CASES = {
    "int8": (types.Values_Int8, -(1 << 7), (1 << 7) - 1),
    "int16": (types.Values_Int16, -(1 << 15), (1 << 15) - 1),
    "int32": (types.Values_Int32, -(1 << 31), (1 << 31) - 1),
    "int64": (types.Values_Int64, -(1 << 63), (1 << 63) - 1),
    "uint8": (types.Values_Uint8, 0, (1 << 8) - 1),
    "uint16": (types.Values_Uint16, 0, (1 << 16) - 1),
    "uint32": (types.Values_Uint32, 0, (1 << 32) - 1),
    "uint64": (types.Values_Uint64, 0, (1 << 64) - 1),
}

#: The manifest type names a Python plugin can return.
SUPPORTED = sorted(list(_INTEGER_CASES) + ["boolean", "float32", "float64", "utf8", "binary", "date32",
                                            "timestamp_us"])


def from_list(type_name, values):
    """A column of `type_name` (as the manifest spells it) holding `values`."""
    values = list(values)
    validity = _bitmap(values)
    if type_name in _INTEGER_CASES:
        case, low, high = _INTEGER_CASES[type_name]
        return types.Column(validity, case(_integers(values, low, high, type_name)))
    if type_name == "float64":
        return types.Column(validity, types.Values_Float64(_floats(values, type_name)))
    if type_name == "float32":
        return types.Column(validity, types.Values_Float32(_floats(values, type_name)))
    if type_name == "boolean":
        for value in values:
            if value is not None and not isinstance(value, bool):
                raise ColumnError(f"boolean expects bool values, got {type(value).__name__} {value!r}")
        return types.Column(validity, types.Values_Boolean([bool(value) for value in values]))
    if type_name == "utf8":
        return types.Column(validity, types.Values_Utf8(_var(values, True, type_name)))
    if type_name == "binary":
        return types.Column(validity, types.Values_Binary(_var(values, False, type_name)))
    if type_name == "date32":
        days = []
        for value in values:
            if value is None:
                days.append(0)
            elif isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
                days.append((value - _EPOCH_DATE).days)
            else:
                raise ColumnError(f"date32 expects datetime.date values, got {type(value).__name__} {value!r}")
        return types.Column(validity, types.Values_Date32(days))
    if type_name == "timestamp_us":
        micros = []
        for value in values:
            if value is None:
                micros.append(0)
            elif isinstance(value, datetime.datetime):
                aware = value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)
                delta = aware - _EPOCH
                micros.append((delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds)
            else:
                raise ColumnError(f"timestamp_us expects datetime.datetime values, got {type(value).__name__} "
                                  f"{value!r}")
        stamps = types.Timestamps(types.TimeUnit.MICROSECOND, None, micros)
        return types.Column(validity, types.Values_Timestamp(stamps))
    raise ColumnError(f"Python plugins cannot return `{type_name}`; supported: {', '.join(SUPPORTED)}")


def batch_rows(batch):
    """The rows of a batch as dicts of column name to value."""
    columns = [to_list(column) for column in batch.columns]
    return [dict(zip(batch.names, row)) for row in zip(*columns)] if columns else [{} for _ in range(batch.rows)]
