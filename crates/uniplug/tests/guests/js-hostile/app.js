// A JavaScript plugin that misbehaves on purpose: the host must contain it.

import { scalar, secret } from "uni-plugin";

scalar("spin", (x) => {
  for (;;) x += 1n;
});

scalar("hoard", () => {
  // Far beyond the plugin's memory limit.
  const chunks = [];
  for (;;) chunks.push(new Uint8Array(16 << 20).fill(1));
});

// `secret:` is not granted: the host refuses at run time.
scalar("peek", (name) => secret(name));

scalar("calm", (x) => x + 1n);
