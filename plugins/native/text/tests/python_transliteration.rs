//! The Python text example (`plugins/python/text`) transliterates with a
//! table generated from the `deunicode` data this crate uses, so both answer
//! alike. This test regenerates the table and fails when the checked-in one
//! differs; `UNIPLUG_BLESS=1 cargo test -p uniplug-native-text` rewrites it.

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

fn generate() -> String {
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
    let mut out = String::from(
        "\"\"\"Transliteration to ASCII, generated from the Rust `deunicode` crate's\n\
         data by `plugins/native/text/tests/python_transliteration.rs`\n\
         (`UNIPLUG_BLESS=1 cargo test -p uniplug-native-text`): do not edit.\"\"\"\n\n",
    );

    out.push_str("_ENTRIES = (\n");
    let mut line = String::new();
    let mut pending = String::new();
    for character in data.chars() {
        pending.clear();
        escaped(&character.to_string(), &mut pending);
        if character == NONE {
            pending = "\\x7f".into();
        }
        if line.len() + pending.len() > 100 {
            writeln!(out, "    \"{line}\"").unwrap();
            line.clear();
        }
        line.push_str(&pending);
    }
    writeln!(out, "    \"{line}\"").unwrap();
    writeln!(out, ").split(\"\\t\")").unwrap();
    out.push_str(
        "\n\ndef transliterate(character):\n    \
         \"\"\"ASCII for `character` (maybe empty), or None when there is none.\"\"\"\n    \
         code = ord(character)\n    \
         if code >= len(_ENTRIES):\n        return None\n    \
         entry = _ENTRIES[code]\n    \
         return None if entry == \"\\x7f\" else entry\n",
    );
    out
}

#[test]
fn the_python_examples_table_matches_deunicode() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../python/text/transliteration.py");
    let generated = generate();
    if std::env::var_os("UNIPLUG_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "{} is out of date with deunicode; run `UNIPLUG_BLESS=1 cargo test -p uniplug-native-text`",
        path.display()
    );
}
