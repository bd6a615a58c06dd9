// uni-plugin's JavaScript SDK: write a sandboxed plugin in plain
// JavaScript. Functions are registered with `scalar`, `aggregate`, `table`
// and `onEvent`, declared with their types in the plugin's uniplugin.toml,
// and `uniplug build DIR` turns the directory into a WebAssembly component
// with componentize-js. Values are plain JavaScript: `null` for NULL,
// `number` for 8-32-bit integers and floats, `bigint` for int64/uint64,
// `boolean`, `string`, `Uint8Array` (binary), `Date` (date32, timestamp_us).
//
//     import { scalar } from "uni-plugin";
//     scalar("shout", (text) => text.toUpperCase());

import { log as hostLog } from "uni:plugin/host-log@0.2.0";
import { query as hostQuery } from "uni:plugin/host-query@0.2.0";
import { get as hostSecret } from "uni:plugin/host-secret@0.2.0";
import { FUNCTIONS } from "./uniplug_manifest.js";

const scalars = new Map();
const aggregates = new Map();
const tables = new Map();
const handlers = new Map();
const initializers = [];
let config = {};

/** Rows in one table-function batch. */
export const TABLE_BATCH_ROWS = 1024;

/** The arguments are wrong (reported as invalid input); from a trigger, it
 * rejects the insert with this reason. */
export class InvalidInput extends Error {}

/** The plugin needs a capability the operator did not grant. */
export class NotGranted extends Error {}

/** The host refused a request (a secret or query not granted, or failed). */
export class HostError extends Error {}

/** A value that does not fit its declared type. */
class ColumnError extends Error {}

function register(table, kind, name, value) {
  if (typeof name !== "string") throw new TypeError(`${kind}: the first argument is the function's name`);
  if (table.has(name)) throw new Error(`${kind} \`${name}\` is registered twice`);
  table.set(name, value);
}

/**
 * Registers scalar function `name`. By default `fn` is called once per row
 * with one value per argument; a row with a NULL argument gives NULL
 * without a call (`{ strict: false }` passes `null`). With
 * `{ batch: true }` it gets one array per argument and returns an array.
 */
export function scalar(name, fn, options = {}) {
  register(scalars, "scalar", name, { fn, batch: !!options.batch, strict: options.strict !== false });
}

/**
 * Registers aggregate `name`: `cls` is made once per group, with
 * `update(...values)` per row (rows holding a NULL skipped unless
 * `strict: false`), `state()` returning an array of the `state` columns'
 * values, `merge(...state)` per partial state, `finish()` the result.
 * `options.state` is `[[name, type], ...]`.
 */
export function aggregate(name, cls, options = {}) {
  if (!Array.isArray(options.state)) {
    throw new Error(`aggregate \`${name}\` needs { state: [[name, type], ...] } (its partial state's columns)`);
  }
  for (const method of ["update", "merge", "state", "finish"]) {
    if (typeof cls.prototype[method] !== "function") throw new Error(`aggregate \`${name}\` has no \`${method}\` method`);
  }
  const state = options.state.map((entry, index) => (typeof entry === "string" ? [`s${index}`, entry] : entry));
  register(aggregates, "aggregate", name, { cls, state, strict: options.strict !== false });
}

/** Registers table function `name`: called with the call's constant
 * arguments, it returns an iterable of rows (arrays in the manifest's
 * column order, objects by column name, or bare values for one column). */
export function table(name, fn) {
  register(tables, "table function", name, fn);
}

/** Registers hook, trigger or job handler `name`; it gets an event object
 * (`kind` "hook", "trigger" or "job"). */
export function onEvent(name, fn) {
  register(handlers, "handler", name, fn);
}

/** Registers `fn(config)`, called once per instance before any other call. */
export function onInit(fn) {
  initializers.push(fn);
}

/** The manifest's `[config]` table. */
export function getConfig() {
  return config;
}

// ---- the host ----

const LEVELS = new Set(["trace", "debug", "info", "warn", "error"]);

function hostMessage(error) {
  if (error && typeof error === "object" && "payload" in error) return String(error.payload);
  return error instanceof Error ? error.message : String(error);
}

/** Writes `message` to the host's log at `level` (trace, debug, info,
 * warn, error); dropped unless the plugin was granted `log`. */
export function log(message, level = "info") {
  if (!LEVELS.has(level)) throw new Error(`unknown log level \`${level}\`; use one of ${[...LEVELS].join(", ")}`);
  hostLog(level, String(message));
}

/** The secret `name`; `HostError` unless `secret:NAME` is granted and set. */
export function secret(name) {
  try {
    return hostSecret(name);
  } catch (error) {
    throw new HostError(`secret \`${name}\`: ${hostMessage(error)}`);
  }
}

/** Runs read-only `sql` in the calling session; its rows as objects.
 * `HostError` unless `query` is granted or when the SQL fails. */
export function query(sql) {
  let batches;
  try {
    batches = hostQuery(sql);
  } catch (error) {
    throw new HostError(`query failed: ${hostMessage(error)}`);
  }
  return batches.flatMap(batchRows);
}

// ---- columns ----

const EPOCH_DAY_MS = 86_400_000;
const INTEGERS = {
  int8: ["int8", Int8Array, -128, 127],
  int16: ["int16", Int16Array, -32768, 32767],
  int32: ["int32", Int32Array, -2147483648, 2147483647],
  uint8: ["uint8", Uint8Array, 0, 255],
  uint16: ["uint16", Uint16Array, 0, 65535],
  uint32: ["uint32", Uint32Array, 0, 4294967295],
};
const BIG = {
  int64: ["int64", BigInt64Array, -(1n << 63n), (1n << 63n) - 1n],
  uint64: ["uint64", BigUint64Array, 0n, (1n << 64n) - 1n],
};
const decoder = new TextDecoder();
const encoder = new TextEncoder();

function isValid(validity, row) {
  return !validity || ((validity[row >> 3] >> (row & 7)) & 1) === 1;
}

function varValues(values, decode) {
  const { offsets, data } = values;
  const out = new Array(offsets.length - 1);
  for (let i = 0; i < out.length; i++) {
    const bytes = data.subarray(offsets[i], offsets[i + 1]);
    out[i] = decode ? decoder.decode(bytes) : bytes.slice();
  }
  return out;
}

const TIME_UNIT_MS = { second: 1000, millisecond: 1, microsecond: 1 / 1000, nanosecond: 1 / 1_000_000 };

/** A column's values as an array, `null` for NULL. */
export function toArray(column) {
  const { tag, val } = column.values;
  let out;
  switch (tag) {
    case "utf8":
      out = varValues(val, true);
      break;
    case "binary":
      out = varValues(val, false);
      break;
    case "date32":
      out = Array.from(val, (days) => new Date(days * EPOCH_DAY_MS));
      break;
    case "timestamp": {
      const scale = TIME_UNIT_MS[val.unit];
      out = Array.from(val.values, (value) => new Date(Number(value) * scale));
      break;
    }
    case "arrow-ipc":
      throw new ColumnError(
        "this column's type (a list, large_utf8 or another type without a typed case) reaches JavaScript plugins as Arrow IPC, which the JavaScript SDK does not read",
      );
    default:
      out = Array.from(val);
  }
  const validity = column.validity;
  if (validity) {
    for (let row = 0; row < out.length; row++) if (!isValid(validity, row)) out[row] = null;
  }
  return out;
}

function bitmap(values) {
  const count = values.length;
  let row = 0;
  while (row < count && values[row] !== null && values[row] !== undefined) row++;
  if (row === count) return undefined;
  const bits = new Uint8Array((count + 7) >> 3);
  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (value !== null && value !== undefined) bits[i >> 3] |= 1 << (i & 7);
  }
  return bits;
}

function describe(value) {
  return `${typeof value} ${typeof value === "bigint" ? `${value}n` : JSON.stringify(value)}`;
}

function encodeVar(values, typeName, isString) {
  const count = values.length;
  const offsets = new Int32Array(count + 1);
  if (isString) {
    // One encode for the whole column: when every string is ASCII, which
    // the encoded length tells, the byte offsets are the strings' lengths.
    let chars = 0;
    for (let row = 0; row < count; row++) {
      const value = values[row];
      if (value === null || value === undefined) {
        offsets[row + 1] = chars;
        continue;
      }
      if (typeof value !== "string") throw new ColumnError(`${typeName} expects strings, got ${describe(value)}`);
      chars += value.length;
      offsets[row + 1] = chars;
    }
    const data = encoder.encode(values.join(""));
    if (data.length === chars) {
      if (chars > 0x7fffffff) throw new ColumnError(`a ${typeName} column holds more than 2 GiB`);
      return { offsets, data };
    }
  }
  const pieces = new Array(count);
  let total = 0;
  for (let row = 0; row < count; row++) {
    const value = values[row];
    if (value !== null && value !== undefined) {
      let bytes;
      if (isString) {
        bytes = encoder.encode(value);
      } else {
        if (!(value instanceof Uint8Array)) throw new ColumnError(`${typeName} expects Uint8Array values, got ${describe(value)}`);
        bytes = value;
      }
      pieces[row] = bytes;
      total += bytes.length;
      if (total > 0x7fffffff) throw new ColumnError(`a ${typeName} column holds more than 2 GiB`);
    }
    offsets[row + 1] = total;
  }
  const data = new Uint8Array(total);
  for (let row = 0; row < count; row++) {
    const piece = pieces[row];
    if (piece !== undefined) data.set(piece, offsets[row]);
  }
  return { offsets, data };
}

function dateValue(value, typeName) {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new ColumnError(`${typeName} expects Date values, got ${describe(value)}`);
  }
  return value.getTime();
}

/** A column of `typeName` (as the manifest spells it) holding `values`. */
export function fromArray(typeName, values) {
  const validity = bitmap(values);
  const present = (value) => value !== null && value !== undefined;
  if (typeName in INTEGERS) {
    const [tag, Typed, low, high] = INTEGERS[typeName];
    const out = new Typed(values.length);
    values.forEach((value, row) => {
      if (!present(value)) return;
      if (!Number.isInteger(value)) throw new ColumnError(`${typeName} expects integer numbers, got ${describe(value)}`);
      if (value < low || value > high) throw new ColumnError(`${value} does not fit in ${typeName}`);
      out[row] = value;
    });
    return { validity, values: { tag, val: out } };
  }
  if (typeName in BIG) {
    const [tag, Typed, low, high] = BIG[typeName];
    const out = new Typed(values.length);
    values.forEach((value, row) => {
      if (!present(value)) return;
      const big = typeof value === "bigint" ? value : Number.isSafeInteger(value) ? BigInt(value) : undefined;
      if (big === undefined) throw new ColumnError(`${typeName} expects bigint (or safe integer) values, got ${describe(value)}`);
      if (big < low || big > high) throw new ColumnError(`${big} does not fit in ${typeName}`);
      out[row] = big;
    });
    return { validity, values: { tag, val: out } };
  }
  switch (typeName) {
    case "float64":
    case "float32": {
      const out = typeName === "float64" ? new Float64Array(values.length) : new Float32Array(values.length);
      values.forEach((value, row) => {
        if (!present(value)) return;
        if (typeof value !== "number") throw new ColumnError(`${typeName} expects numbers, got ${describe(value)}`);
        out[row] = value;
      });
      return { validity, values: { tag: typeName, val: out } };
    }
    case "boolean":
      return {
        validity,
        values: {
          tag: "boolean",
          val: values.map((value) => {
            if (present(value) && typeof value !== "boolean") throw new ColumnError(`boolean expects booleans, got ${describe(value)}`);
            return value === true;
          }),
        },
      };
    case "utf8":
      return { validity, values: { tag: "utf8", val: encodeVar(values, typeName, true) } };
    case "binary":
      return { validity, values: { tag: "binary", val: encodeVar(values, typeName, false) } };
    case "date32":
      return {
        validity,
        values: { tag: "date32", val: Int32Array.from(values, (value) => (present(value) ? Math.floor(dateValue(value, typeName) / EPOCH_DAY_MS) : 0)) },
      };
    case "timestamp_us":
      return {
        validity,
        values: {
          tag: "timestamp",
          val: {
            unit: "microsecond",
            timezone: undefined,
            values: BigInt64Array.from(values, (value) => (present(value) ? BigInt(dateValue(value, typeName)) * 1000n : 0n)),
          },
        },
      };
    default:
      throw new ColumnError(
        `JavaScript plugins cannot return \`${typeName}\`; supported: boolean, int8-64, uint8-64, float32, float64, utf8, binary, date32, timestamp_us`,
      );
  }
}

/** A batch's rows as objects by column name. */
export function batchRows(batch) {
  const columns = batch.columns.map(toArray);
  const rows = [];
  for (let row = 0; row < batch.rows; row++) {
    const out = {};
    batch.names.forEach((name, index) => {
      out[name] = columns[index][row];
    });
    rows.push(out);
  }
  return rows;
}

// ---- the guest interface ----

function callError(tag, message) {
  return { tag, val: message };
}

/** The innermost stack line outside this SDK, e.g. ` (at app.js:12)`. */
function where(error) {
  const lines = String(error && error.stack ? error.stack : "").split("\n");
  for (const line of lines) {
    const match = line.match(/([\w.-]+\.js):(\d+)/);
    if (match && match[1] !== "uni_plugin.js") return ` (at ${match[1]}:${match[2]})`;
  }
  return "";
}

/** Runs `run`; whatever it throws becomes a `call-error` (the host names
 * the plugin and the function). */
function guarded(run) {
  try {
    return run();
  } catch (error) {
    if (error && typeof error === "object" && "tag" in error && "val" in error) throw error;
    if (error instanceof InvalidInput) throw callError("invalid-input", error.message);
    if (error instanceof NotGranted) throw callError("not-granted", error.message);
    if (error instanceof ColumnError) throw callError("failed", `the result does not fit its declared type: ${error.message}`);
    if (error instanceof Error) throw callError("failed", `${error.name}: ${error.message}${where(error)}`);
    throw callError("failed", `threw ${String(error)}`);
  }
}

function declared(name, kind) {
  const declaration = FUNCTIONS[name];
  if (!declaration || declaration.kind !== kind) throw callError("invalid-input", `this plugin's manifest declares no ${kind} \`${name}\``);
  return declaration;
}

/** Calls `method` of `instanceFor(row)` with each row's values and
 * returns what the calls return; with `strict`, a row holding a NULL gives
 * NULL without a call. One and two columns, the common cases, are passed
 * without building an array per row (the engine interprets every such
 * allocation). Scalars, aggregates and grouped aggregates all use it. */
function callRows(columns, rows, strict, instanceFor, method) {
  const out = new Array(rows);
  if (columns.length === 1) {
    const first = columns[0];
    for (let row = 0; row < rows; row++) {
      const value = first[row];
      out[row] = strict && value === null ? null : instanceFor(row)[method](value);
    }
  } else if (columns.length === 2) {
    const [first, second] = columns;
    for (let row = 0; row < rows; row++) {
      const a = first[row];
      const b = second[row];
      out[row] = strict && (a === null || b === null) ? null : instanceFor(row)[method](a, b);
    }
  } else {
    for (let row = 0; row < rows; row++) {
      const values = columns.map((column) => column[row]);
      out[row] = strict && hasNull(values) ? null : instanceFor(row)[method](...values);
    }
  }
  return out;
}

function hasNull(row) {
  return row.some((value) => value === null);
}

function stateColumns(entry, instances) {
  const states = instances.map((instance) => {
    const state = instance.state();
    const values = Array.isArray(state) ? state : [state];
    if (values.length !== entry.state.length) {
      throw new InvalidInput(`state() returned ${values.length} values where \`state\` declares ${entry.state.length}`);
    }
    return values;
  });
  return entry.state.map(([, typeName], index) => fromArray(typeName, states.map((state) => state[index])));
}

function aggregateEntry(name) {
  declared(name, "aggregate");
  return aggregates.get(name);
}

/** Made in a constructor, which cannot fail in the WIT: a failure is kept
 * and thrown by the first method call. */
function made(name, make) {
  try {
    return { value: make(), failure: undefined };
  } catch (error) {
    try {
      guarded(() => {
        throw error;
      });
    } catch (converted) {
      return { value: undefined, failure: converted };
    }
  }
  return { value: undefined, failure: undefined };
}

class Accumulator {
  constructor(name) {
    this.name = name;
    this.made = made(name, () => {
      const entry = aggregateEntry(name);
      return { entry, returns: FUNCTIONS[name].returns, instance: new entry.cls() };
    });
  }
  call(run) {
    if (this.made.failure) throw this.made.failure;
    return guarded(() => run(this.made.value));
  }
  update(rows, args) {
    this.call(({ entry, instance }) => callRows(args.map(toArray), rows, entry.strict, () => instance, "update"));
  }
  merge(rows, states) {
    this.call(({ instance }) => callRows(states.map(toArray), rows, false, () => instance, "merge"));
  }
  state() {
    return this.call(({ entry, instance }) => stateColumns(entry, [instance]));
  }
  finish() {
    return this.call(({ returns, instance }) => fromArray(returns, [instance.finish()]));
  }
}

class GroupedAccumulator {
  constructor(name) {
    this.name = name;
    this.made = made(name, () => {
      const entry = aggregateEntry(name);
      return { entry, returns: FUNCTIONS[name].returns, groups: [] };
    });
  }
  call(run) {
    if (this.made.failure) throw this.made.failure;
    return guarded(() => run(this.made.value));
  }
  grow(made, total) {
    while (made.groups.length < total) made.groups.push(new made.entry.cls());
  }
  update(groupIds, totalGroups, args) {
    this.call((made) => {
      this.grow(made, totalGroups);
      const groups = made.groups;
      callRows(args.map(toArray), groupIds.length, made.entry.strict, (row) => groups[groupIds[row]], "update");
    });
  }
  merge(groupIds, totalGroups, states) {
    this.call((made) => {
      this.grow(made, totalGroups);
      const groups = made.groups;
      callRows(states.map(toArray), groupIds.length, false, (row) => groups[groupIds[row]], "merge");
    });
  }
  take(made, emit) {
    if (emit.tag === "first") return made.groups.splice(0, emit.val);
    return made.groups.splice(0, made.groups.length);
  }
  state(emit) {
    return this.call((made) => stateColumns(made.entry, this.take(made, emit)));
  }
  finish(emit) {
    return this.call((made) => fromArray(made.returns, this.take(made, emit).map((instance) => instance.finish())));
  }
}

class TableStream {
  constructor(name, columns, iterator) {
    this.name = name;
    this.columns = columns;
    this.iterator = iterator;
  }
  row(value) {
    const names = this.columns.map(([name]) => name);
    if (Array.isArray(value)) {
      if (value.length !== names.length) throw new InvalidInput(`a row has ${value.length} values where the manifest declares ${names.length} columns`);
      return value;
    }
    if (value !== null && typeof value === "object" && !(value instanceof Date) && !(value instanceof Uint8Array)) {
      const missing = names.filter((name) => !(name in value));
      if (missing.length) throw new InvalidInput(`a row has no column ${missing.join(", ")}`);
      return names.map((name) => value[name]);
    }
    if (names.length === 1) return [value];
    throw new InvalidInput(`a row is a ${typeof value}; with ${names.length} columns yield arrays or objects`);
  }
  next() {
    return guarded(() => {
      const chunk = [];
      while (chunk.length < TABLE_BATCH_ROWS) {
        const step = this.iterator.next();
        if (step.done) break;
        chunk.push(this.row(step.value));
      }
      if (chunk.length === 0) return undefined;
      const columns = this.columns.map(([, typeName], index) => fromArray(typeName, chunk.map((row) => row[index])));
      return { names: this.columns.map(([name]) => name), columns, rows: chunk.length };
    });
  }
}

function eventOf(event) {
  const payload = event.val;
  switch (event.tag) {
    case "hook":
      return { kind: "hook", event: payload.event.replace(/-/g, "_"), sql: payload.sql ?? null, rows: payload.rows ?? null, error: payload.error ?? null };
    case "trigger":
      return { kind: "trigger", table: payload.table, when: payload.when, rows: batchRows(payload.rows) };
    default:
      return { kind: "job", job: payload.job, scheduledAt: new Date(Number(payload.scheduledAtUnixMs)) };
  }
}

const kinds = { scalar: [scalars, "scalar"], aggregate: [aggregates, "aggregate"], table: [tables, "table"] };

/** The `guest` interface of `uni:plugin@0.2.0`. */
export const guest = {
  init(configJson) {
    guarded(() => {
      for (const [name, declaration] of Object.entries(FUNCTIONS)) {
        const known = kinds[declaration.kind];
        if (known && !known[0].has(name)) {
          throw new InvalidInput(`the manifest declares ${declaration.kind} \`${name}\`, but the plugin registers none: register it with ${known[1]}("${name}", ...)`);
        }
      }
      for (const [kind, [registered]] of Object.entries(kinds)) {
        for (const name of registered.keys()) {
          if (!FUNCTIONS[name]) throw new InvalidInput(`the plugin registers ${kind} \`${name}\`, which the manifest does not declare: add it to [[functions]] in uniplugin.toml`);
        }
      }
      const document = configJson ? JSON.parse(configJson) : {};
      config = document && typeof document === "object" && !Array.isArray(document) ? document : {};
      for (const fn of initializers) fn(config);
    });
  },
  callScalar(name, rows, args) {
    const declaration = declared(name, "scalar");
    const entry = scalars.get(name);
    return guarded(() => {
      const columns = args.map(toArray);
      let out;
      if (entry.batch) {
        out = Array.from(entry.fn(...columns));
        if (out.length !== rows) throw new InvalidInput(`returned ${out.length} values for ${rows} rows`);
      } else {
        out = callRows(columns, rows, entry.strict, () => entry, "fn");
      }
      return fromArray(declaration.returns, out);
    });
  },
  describeAggregate(name) {
    const entry = aggregateEntry(name);
    return { state: entry.state.map(([fieldName, dataType]) => ({ name: fieldName, dataType, nullable: true })), grouped: true };
  },
  callTable(name, args) {
    const declaration = declared(name, "table");
    const fn = tables.get(name);
    return guarded(() => {
      const values = args.map((column) => toArray(column)[0]);
      const rows = fn(...values);
      const iterator = rows && typeof rows[Symbol.iterator] === "function" ? rows[Symbol.iterator]() : [][Symbol.iterator]();
      return new TableStream(name, declaration.returns, iterator);
    });
  },
  onEvent(handler, event) {
    const fn = handlers.get(handler);
    if (!fn) throw callError("invalid-input", `this plugin registers no handler \`${handler}\` (use onEvent)`);
    guarded(() => {
      fn(eventOf(event));
    });
  },
  Accumulator,
  GroupedAccumulator,
  TableStream,
};
