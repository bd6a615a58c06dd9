"""Exceptions a plugin raises to say what went wrong; the SDK turns them
into the `call-error` the host reports."""


class InvalidInput(Exception):
    """The arguments are wrong (the host reports `invalid input`). From a
    trigger, it rejects the insert with this reason."""


class NotGranted(Exception):
    """The plugin needs a capability the operator did not grant."""


class HostError(Exception):
    """The host refused a request: a secret or query that is not granted
    or failed. The message says which."""
