"""What a plugin's module registers with the decorators, and the
manifest's declarations it is checked against."""

_SCALARS = {}
_AGGREGATES = {}
_TABLES = {}
_HANDLERS = {}
_INIT = []


class Scalar:
    def __init__(self, function, batch, strict):
        self.function = function
        self.batch = batch
        self.strict = strict


class Aggregate:
    def __init__(self, cls, state, strict):
        self.cls = cls
        self.state = state
        self.strict = strict


def _name_of(target, name):
    return name if name is not None else target.__name__


def _decorator(register, target, options):
    """Lets every decorator be used bare (`@scalar`) or called
    (`@scalar(name="x")`)."""
    if target is not None:
        return register(target, **options)
    return lambda target: register(target, **options)


def _add(table, kind, name, value):
    if name in table:
        raise ValueError(f"{kind} `{name}` is registered twice")
    table[name] = value


def scalar(function=None, *, name=None, batch=False, strict=True):
    """Registers a scalar function under its name (or `name`).

    By default it is called once per row with one Python value per argument
    and returns the row's value; a row where an argument is NULL gives NULL
    without a call (`strict=False` passes `None` instead). With
    `batch=True` it is called once per batch with one list per argument and
    returns a list of as many values.

        @scalar
        def shout(text):
            return text.upper()
    """

    def register(function, name, batch, strict):
        _add(_SCALARS, "scalar", _name_of(function, name), Scalar(function, batch, strict))
        return function

    return _decorator(register, function, {"name": name, "batch": batch, "strict": strict})


def _state_fields(cls, state):
    if state is None:
        raise ValueError(f"aggregate `{cls.__name__}` needs `state=[(name, type), ...]` (its partial state's columns)")
    fields = []
    for index, entry in enumerate(state):
        if isinstance(entry, str):
            fields.append((f"s{index}", entry))
        else:
            field_name, type_name = entry
            fields.append((field_name, type_name))
    return fields


def aggregate(cls=None, *, name=None, state=None, strict=True):
    """Registers an aggregate: a class made once per group, with
    `update(*values)` per row (rows holding a NULL are skipped unless
    `strict=False`), `state()` returning a tuple of the `state` columns,
    `merge(*state)` per partial state, and `finish()` returning the result
    (`None` for NULL).

        @aggregate(state=[("total", "int64")])
        class total:
            def __init__(self): self.sum = 0
            def update(self, x): self.sum += x
            def merge(self, other): self.sum += other
            def state(self): return (self.sum,)
            def finish(self): return self.sum
    """

    def register(cls, name, state, strict):
        for method in ("update", "merge", "state", "finish"):
            if not callable(getattr(cls, method, None)):
                raise ValueError(f"aggregate `{cls.__name__}` has no `{method}` method")
        _add(_AGGREGATES, "aggregate", _name_of(cls, name), Aggregate(cls, _state_fields(cls, state), strict))
        return cls

    return _decorator(register, cls, {"name": name, "state": state, "strict": strict})


def table(function=None, *, name=None):
    """Registers a table function: called with the call's constant
    arguments, it returns or yields rows, each a tuple in the manifest's
    column order, a dict by column name, or a bare value when there is one
    column.

        @table
        def countdown(start):
            for value in range(start, 0, -1):
                yield value
    """

    def register(function, name):
        _add(_TABLES, "table function", _name_of(function, name), function)
        return function

    return _decorator(register, function, {"name": name})


def on_event(function=None, *, name=None):
    """Registers a hook, trigger or job handler named as in the manifest.
    It gets an `Event`; raising `InvalidInput` from a trigger rejects the
    insert with that reason."""

    def register(function, name):
        _add(_HANDLERS, "handler", _name_of(function, name), function)
        return function

    return _decorator(register, function, {"name": name})


def init(function):
    """Registers a function called once per instance with the manifest's
    `[config]` as a dict, before any other call."""
    _INIT.append(function)
    return function
