// `slugify` in JavaScript, answering exactly like the Rust text example
// (`plugins/native/text`) and the Python one (`plugins/python/text`): the
// language benchmarks (`crates/uniplug/benches/languages.rs`) compare the
// three on the same strings.

import { scalar } from "uni-plugin";
import { transliterate } from "./transliteration.js";

// As builtin passes where it can (regular expressions), the way the Python
// example does it: every character outside printable ASCII is replaced by
// its transliteration (a space where there is none; one that ends in a
// space gets one before it too, so it stands apart), and the runs of ASCII
// letters and digits are the slug's words. Printable ASCII is its own
// transliteration, so only the other characters call back into JavaScript
// (each call is interpreted).
function toAscii(character) {
  const entry = transliterate(character.codePointAt(0));
  if (entry === null) return " ";
  return entry.endsWith(" ") ? " " + entry : entry;
}

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/gu;
const WORDS = /[A-Za-z0-9]+/g;

scalar("slugify", (text) => {
  text = text.replace(NOT_PRINTABLE_ASCII, toAscii);
  const words = text.match(WORDS);
  return words === null ? "" : words.join("-").toLowerCase();
});
