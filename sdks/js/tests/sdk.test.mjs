// The SDK's unit tests under Node.js: `uni_plugin.js` with its host imports
// pointed at `stub_host.js` (the CLI test `js::the_js_sdk_unit_tests_pass`
// stages and runs them). What runs inside a component is the same code;
// the host side is checked by the CLI tests that build real components.
import assert from "node:assert/strict";
import { test } from "node:test";
import { aggregate, fromArray, guest, HostError, scalar, secret, toArray } from "./uni_plugin.js";

scalar("shout", (text) => text.toUpperCase() + "!");
scalar("add", (a, b) => a + b);
scalar("sum3", (a, b, c) => a + b + c);
class Total {
  constructor() {
    this.sum = 0n;
  }
  update(value) {
    this.sum += value;
  }
  merge(sum) {
    this.sum += sum ?? 0n;
  }
  state() {
    return [this.sum];
  }
  finish() {
    return this.sum;
  }
}
aggregate("total", Total, { state: [["sum", "int64"]] });
guest.init("");

const roundTrip = (type, values) => toArray(fromArray(type, values));

test("ASCII and other text columns write and read alike", () => {
  for (const values of [["plain", "", null, "words"], ["Über", null, "", "日本語", "x"], [null, null], []]) {
    const column = fromArray("utf8", values);
    const expected = Buffer.from(values.filter((value) => value !== null).join(""));
    assert.deepEqual(Buffer.from(column.values.val.data), expected);
    assert.deepEqual(toArray(column), values);
  }
  assert.equal(fromArray("utf8", ["a", "b"]).validity, undefined);
  assert.deepEqual([...fromArray("utf8", [null, "a"]).validity], [0b10]);
  assert.throws(() => fromArray("utf8", ["fine", 7]), /utf8 expects strings, got number 7/);
  assert.deepEqual(roundTrip("binary", [new Uint8Array([0, 255]), null, new Uint8Array()]), [
    new Uint8Array([0, 255]),
    null,
    new Uint8Array(),
  ]);
});

test("per-row scalars skip NULL rows, whatever their arity", () => {
  const utf8 = (values) => fromArray("utf8", values);
  const int64 = (values) => fromArray("int64", values);
  const float64 = (values) => fromArray("float64", values);
  assert.deepEqual(toArray(guest.callScalar("shout", 3, [utf8(["a", null, "ß"])])), ["A!", null, "SS!"]);
  assert.deepEqual(toArray(guest.callScalar("add", 3, [int64([1n, null, 3n]), int64([2n, 5n, 4n])])), [3n, null, 7n]);
  const three = [float64([1, 1, 1]), float64([2, null, 2]), float64([3, 3, 0.5])];
  assert.deepEqual(toArray(guest.callScalar("sum3", 3, three)), [6, null, 3.5]);
});

test("aggregates update, merge and finish, grouped or not", () => {
  const int64 = (values) => fromArray("int64", values);
  const left = new guest.Accumulator("total");
  left.update(3, [int64([1n, null, 5n])]);
  const right = new guest.Accumulator("total");
  right.update(2, [int64([10n, 20n])]);
  left.merge(1, right.state());
  assert.deepEqual(toArray(left.finish()), [36n]);
  const grouped = new guest.GroupedAccumulator("total");
  grouped.update([0, 1, 0, 1], 2, [int64([1n, 2n, 3n, null])]);
  assert.deepEqual(toArray(grouped.finish({ tag: "all" })), [4n, 2n]);
});

test("an ungranted secret is a HostError naming it", () => {
  assert.throws(() => secret("token"), (error) => error instanceof HostError && /secret `token`: secret is not granted/.test(error.message));
});
