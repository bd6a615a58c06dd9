//! The Python text example (`plugins/python/text`) and the JavaScript
//! `slugify` the language benchmarks run (`crates/uniplug/benches/guests/
//! js-text`) transliterate with a table generated from the `deunicode` data
//! this crate uses, so all answer alike. This test regenerates both tables
//! and fails when a checked-in one differs; `UNIPLUG_BLESS=1 cargo test -p
//! uniplug-native-text` rewrites them.

use std::fmt::Write as _;
use std::path::Path;

/// Separates entries; never part of one.
const SEPARATOR: char = '\t';
/// Marks a character `deunicode` has no transliteration for.
const NONE: char = '\u{7f}';

fn escaped(text: &str, out: &mut String) {
    for character in text.chars() {
        match character {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(character),
            other => write!(out, "\\u{:04x}", other as u32).unwrap(),
        }
    }
}

/// The table: entry `n` is the ASCII for code point `n`, `NONE` where there
/// is none, up to the last code point `deunicode` maps.
fn table() -> String {
    let last = (0x80..=0x10ffff_u32)
        .rev()
        .filter_map(char::from_u32)
        .find(|&character| deunicode::deunicode_char(character).is_some())
        .map_or(0x7f, |character| character as u32);
    let mut data = String::new();
    // From 0: `deunicode` maps some ASCII (control characters) too.
    for code in 0..=last {
        if code > 0 {
            data.push(SEPARATOR);
        }
        match char::from_u32(code).and_then(deunicode::deunicode_char) {
            Some(ascii) => {
                assert!(!ascii.contains(SEPARATOR) && !ascii.contains(NONE), "U+{code:04X} maps to {ascii:?}");
                data.push_str(ascii);
            }
            None => data.push(NONE),
        }
    }
    data
}

/// The table as string literals of at most 100 characters, one per line
/// (the escapes are both Python's and JavaScript's), each line prefixed
/// with `indent` and ended with `joiner`, the last one without it.
fn literal_lines(indent: &str, joiner: &str) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut pending = String::new();
    for character in table().chars() {
        pending.clear();
        escaped(&character.to_string(), &mut pending);
        if character == NONE {
            pending = "\\x7f".into();
        }
        if line.len() + pending.len() > 100 {
            lines.push(format!("{indent}\"{line}\""));
            line.clear();
        }
        line.push_str(&pending);
    }
    lines.push(format!("{indent}\"{line}\""));
    lines.join(&format!("{joiner}\n")) + "\n"
}

fn python_module() -> String {
    let mut out = String::from(
        "\"\"\"Transliteration to ASCII, generated from the Rust `deunicode` crate's\n\
         data by `plugins/native/text/tests/python_transliteration.rs`\n\
         (`UNIPLUG_BLESS=1 cargo test -p uniplug-native-text`): do not edit.\"\"\"\n\n",
    );
    out.push_str("# Entry n is the ASCII for code point n; \"\\x7f\" where there is none.\nENTRIES = (\n");
    out.push_str(&literal_lines("    ", ""));
    writeln!(out, ").split(\"\\t\")").unwrap();
    out.push_str(
        "\n\ndef transliterate(character):\n    \
         \"\"\"ASCII for `character` (maybe empty), or None when there is none.\"\"\"\n    \
         code = ord(character)\n    \
         if code >= len(ENTRIES):\n        return None\n    \
         entry = ENTRIES[code]\n    \
         return None if entry == \"\\x7f\" else entry\n",
    );
    out
}

fn javascript_module() -> String {
    let mut out = String::from(
        "// Transliteration to ASCII, generated from the Rust `deunicode` crate's\n\
         // data by `plugins/native/text/tests/python_transliteration.rs`\n\
         // (`UNIPLUG_BLESS=1 cargo test -p uniplug-native-text`): do not edit.\n\n",
    );
    out.push_str("const ENTRIES = (\n");
    out.push_str(&literal_lines("  ", " +"));
    out.push_str(").split(\"\\t\");\n");
    out.push_str(
        "\n/** ASCII for the code point `code` (maybe empty), or null when there is none. */\n\
         export function transliterate(code) {\n  \
         if (code >= ENTRIES.length) return null;\n  \
         const entry = ENTRIES[code];\n  \
         return entry === \"\\x7f\" ? null : entry;\n}\n",
    );
    out
}

/// Compares `generated` with the checked-in file at `relative` (from this
/// crate), rewriting it first under `UNIPLUG_BLESS`.
fn check_generated(relative: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("UNIPLUG_BLESS").is_some() {
        std::fs::write(&path, generated).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "{} is out of date with deunicode; run `UNIPLUG_BLESS=1 cargo test -p uniplug-native-text`",
        path.display()
    );
}

#[test]
fn the_python_examples_table_matches_deunicode() {
    check_generated("../../python/text/transliteration.py", &python_module());
}

#[test]
fn the_javascript_benchmark_guests_table_matches_deunicode() {
    check_generated("../../../crates/uniplug/benches/guests/js-text/transliteration.js", &javascript_module());
}
