"""`geomean` in Python, answering like the Rust stats example
(`plugins/native/stats`) and the JavaScript one (`plugins/js/stats`): the
language benchmarks (`crates/uniplug/benches/languages.rs`) compare the
three over the same rows."""

import math

from uni_plugin import InvalidInput, aggregate


@aggregate(state=[("sum_ln", "float64"), ("count", "int64")])
class geomean:
    def __init__(self):
        self.sum_ln, self.count = 0.0, 0

    def update(self, value):
        if value <= 0:
            raise InvalidInput(f"geomean is defined for positive values only, got {value}")
        self.sum_ln += math.log(value)
        self.count += 1

    def merge(self, sum_ln, count):
        self.sum_ln += sum_ln or 0.0
        self.count += count or 0

    def state(self):
        return (self.sum_ln, self.count)

    def finish(self):
        return math.exp(self.sum_ln / self.count) if self.count else None
