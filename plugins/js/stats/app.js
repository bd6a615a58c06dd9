// `ai.uniplug.js.stats`: the stats example in JavaScript, answering like
// the Rust one (`plugins/native/stats`).

import { aggregate, table, InvalidInput } from "uni-plugin";

// The count is a number while it runs (exact up to 2^53 rows) and a
// `BigInt` only in the int64 state: `count += 1n` would allocate a BigInt
// per row.
class Geomean {
  constructor() {
    this.sumLn = 0;
    this.count = 0;
  }
  update(value) {
    if (value <= 0) throw new InvalidInput(`geomean is defined for positive values only, got ${formatFloat(value)}`);
    this.sumLn += Math.log(value);
    this.count += 1;
  }
  merge(sumLn, count) {
    this.sumLn += sumLn ?? 0;
    this.count += Number(count ?? 0n);
  }
  state() {
    return [this.sumLn, BigInt(this.count)];
  }
  finish() {
    return this.count > 0 ? Math.exp(this.sumLn / this.count) : null;
  }
}
aggregate("geomean", Geomean, { state: [["sum_ln", "float64"], ["count", "int64"]] });

// Rust prints whole floats without a fraction (`-1`), like JavaScript.
function formatFloat(value) {
  return String(value);
}

/** The median of `values` (sorted in place); null when empty. */
function median(values) {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

class Mad {
  constructor() {
    this.values = [];
  }
  update(value) {
    this.values.push(value);
  }
  // The state is the values themselves, as the bytes of a Float64Array
  // (the typed columns carry no lists).
  merge(bytes) {
    if (bytes === null) return;
    const copy = bytes.slice();
    for (const value of new Float64Array(copy.buffer, 0, copy.length >> 3)) this.values.push(value);
  }
  state() {
    return [new Uint8Array(Float64Array.from(this.values).buffer)];
  }
  finish() {
    const center = median(this.values);
    if (center === null) return null;
    return median(this.values.map((value) => Math.abs(value - center)));
  }
}
aggregate("mad", Mad, { state: [["values", "binary"]] });

table("bins", function* (lo, hi, n) {
  if (lo === null || hi === null || n === null || n <= 0n) throw new InvalidInput(`bins needs a positive count, got ${n}`);
  const width = (hi - lo) / Number(n);
  for (let bin = 1n; bin <= n; bin++) {
    const index = Number(bin - 1n);
    yield { bin, lower: lo + width * index, upper: bin === n ? hi : lo + width * (index + 1) };
  }
});
