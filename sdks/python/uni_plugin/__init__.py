"""uni-plugin's Python SDK: write a sandboxed plugin in plain Python.

Functions are registered with decorators and must be declared in the
plugin's `uniplugin.toml` (names, argument and result types); `uniplug
build DIR` turns the directory into a WebAssembly component with
componentize-py, and the host loads it like any other wasm plugin.

    from uni_plugin import scalar

    @scalar
    def shout(text):
        return text.upper()

Values are plain Python: `None` for NULL, `int`, `float`, `bool`, `str`,
`bytes`, `datetime.date` (date32) and `datetime.datetime` (timestamp_us).
"""

from ._errors import HostError, InvalidInput, NotGranted
from ._exports import Event, config
from ._host import log, query, secret
from ._registry import aggregate, init, on_event, scalar, table

__all__ = [
    "Event",
    "HostError",
    "InvalidInput",
    "NotGranted",
    "aggregate",
    "config",
    "init",
    "log",
    "on_event",
    "query",
    "scalar",
    "secret",
    "table",
]

__version__ = "0.1.0"
