"""What the host offers a plugin: its log, granted secrets, and read-only
SQL against the calling session. Each is linked into every component;
calls the operator did not grant fail with `HostError` (the log drops the
line)."""

from componentize_py_types import Err
from wit_world.imports import host_log, host_query, host_secret

from . import _columns
from ._errors import HostError

_LEVELS = {
    "trace": host_log.Level.TRACE,
    "debug": host_log.Level.DEBUG,
    "info": host_log.Level.INFO,
    "warn": host_log.Level.WARN,
    "error": host_log.Level.ERROR,
}


def log(message, level="info"):
    """Writes `message` to the host's log at `level` (trace, debug, info,
    warn, error); dropped unless the plugin was granted `log`."""
    chosen = _LEVELS.get(level)
    if chosen is None:
        raise ValueError(f"unknown log level `{level}`; use one of {', '.join(_LEVELS)}")
    host_log.log(chosen, str(message))


def secret(name):
    """The secret `name`; `HostError` unless `secret:NAME` is granted and
    the secret is set."""
    try:
        return host_secret.get(name)
    except Err as error:
        raise HostError(f"secret `{name}`: {error.value}") from None


def query(sql):
    """Runs read-only `sql` in the calling session and returns its rows as
    dicts; `HostError` unless `query` is granted or when the SQL fails."""
    try:
        batches = host_query.query(sql)
    except Err as error:
        raise HostError(f"query failed: {error.value}") from None
    rows = []
    for batch in batches:
        rows.extend(_columns.batch_rows(batch))
    return rows
