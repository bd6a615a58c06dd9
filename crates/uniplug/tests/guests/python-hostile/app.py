"""A Python plugin that misbehaves on purpose: the host must contain it."""

from uni_plugin import scalar, secret


@scalar
def spin(x):
    while True:
        x += 1


@scalar
def hoard(x):
    # Far beyond the plugin's memory limit.
    chunks = []
    while True:
        chunks.append(bytearray(16 << 20))


@scalar
def peek(name):
    # `secret:` is not granted: the host refuses at run time.
    return secret(name)


@scalar
def calm(x):
    return x + 1
