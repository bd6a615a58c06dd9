// What `uniplug build` generates from a manifest, for the unit tests.
export const FUNCTIONS = {
  shout: { kind: "scalar", args: ["utf8"], returns: "utf8" },
  add: { kind: "scalar", args: ["int64", "int64"], returns: "int64" },
  sum3: { kind: "scalar", args: ["float64", "float64", "float64"], returns: "float64" },
  total: { kind: "aggregate", args: ["int64"], returns: "int64" },
};
