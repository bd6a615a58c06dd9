// `slugify` in JavaScript, answering exactly like the Rust text example
// (`plugins/native/text`) and the Python one (`plugins/python/text`): the
// language benchmarks (`crates/uniplug/benches/languages.rs`) compare the
// three on the same strings.

import { scalar } from "uni-plugin";
import { transliterate } from "./transliteration.js";

// As C-level passes where it can (regular expressions), the way the Python
// example does it: every character that is not an ASCII letter or digit is
// replaced by its transliteration (a space where there is none; one that
// ends in a space gets one before it too, so it stands apart), and the runs
// of letters and digits are the slug's words. Printable ASCII is its own
// transliteration, so such text skips the replacing.
function toAscii(character) {
  const entry = transliterate(character.codePointAt(0));
  if (entry === null) return " ";
  return entry.endsWith(" ") ? " " + entry : entry;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ALPHANUMERIC = /[^A-Za-z0-9]/gu;
const WORDS = /[A-Za-z0-9]+/g;

scalar("slugify", (text) => {
  if (!PRINTABLE_ASCII.test(text)) text = text.replace(NOT_ALPHANUMERIC, toAscii);
  const words = text.match(WORDS);
  return words === null ? "" : words.join("-").toLowerCase();
});
