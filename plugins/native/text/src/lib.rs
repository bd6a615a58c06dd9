//! `ai.uniplug.text`, native: `slugify` and `levenshtein`.
#![deny(missing_docs)]

use std::sync::Arc;

use arrow_array::ArrayRef;
use arrow_array::builder::{Int64Builder, StringBuilder};
use arrow_array::cast::AsArray;
use uni_plugin::{CallError, Plugin, PluginError, PluginManifest, Registrar, ScalarFunction};

/// The manifest, embedded so the plugin can load without its directory.
pub const MANIFEST: &str = include_str!("../uniplugin.toml");

/// Appends the slug of `text` to `out`: ASCII letters and digits lowercased,
/// letters of any script transliterated to ASCII (with `deunicode`),
/// everything else a separator; runs of
/// separators become one `-`, none at either end.
pub fn slugify_into(text: &str, out: &mut String) {
    let start = out.len();
    let mut pending_dash = false;
    for character in text.chars() {
        if character.is_ascii_alphanumeric() {
            push_piece(character, out, start, &mut pending_dash);
        } else if let Some(ascii) = deunicode::deunicode_char(character) {
            // `deunicode` spells any script in ASCII ("Ж" is "Zh", "北" is
            // "Bei "); a combining mark spells as nothing, so a decomposed
            // "U\u{308}ber" stays one word. Anything not a letter or digit
            // in the spelling separates words.
            // A spelling that ends in a space is a word of its own (one CJK
            // syllable): it is set apart on both sides.
            if ascii.ends_with(' ') {
                pending_dash = true;
            }
            for piece in ascii.chars() {
                if piece.is_ascii_alphanumeric() {
                    push_piece(piece, out, start, &mut pending_dash);
                } else {
                    pending_dash = true;
                }
            }
        } else {
            pending_dash = true;
        }
    }
}

fn push_piece(piece: char, out: &mut String, start: usize, pending_dash: &mut bool) {
    if *pending_dash && out.len() > start {
        out.push('-');
    }
    *pending_dash = false;
    out.push(piece.to_ascii_lowercase());
}

/// The slug of `text`.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    slugify_into(text, &mut out);
    out
}

/// Levenshtein distance over Unicode scalar values, O(len(b)) memory.
/// `row` is scratch space reused across calls.
pub fn levenshtein_with(a: &str, b: &str, b_chars: &mut Vec<char>, row: &mut Vec<usize>) -> usize {
    b_chars.clear();
    b_chars.extend(b.chars());
    row.clear();
    row.extend(0..=b_chars.len());
    for (a_idx, a_char) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = a_idx + 1;
        for (b_idx, b_char) in b_chars.iter().enumerate() {
            let above = row[b_idx + 1];
            let substitution = diagonal + usize::from(a_char != *b_char);
            row[b_idx + 1] = substitution.min(above + 1).min(row[b_idx] + 1);
            diagonal = above;
        }
    }
    row[b_chars.len()]
}

/// Levenshtein distance over Unicode scalar values.
pub fn levenshtein(a: &str, b: &str) -> usize {
    levenshtein_with(a, b, &mut Vec::new(), &mut Vec::new())
}

fn utf8_arg(args: &[ArrayRef], idx: usize) -> Result<&arrow_array::StringArray, CallError> {
    args.get(idx)
        .and_then(|column| column.as_string_opt::<i32>())
        .ok_or_else(|| CallError::invalid_input(format!("argument {} must be utf8", idx + 1)))
}

struct Slugify;

impl ScalarFunction for Slugify {
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        let input = utf8_arg(args, 0)?;
        let mut builder = StringBuilder::with_capacity(rows, input.value_data().len());
        let mut slug = String::new();
        for value in input.iter() {
            match value {
                Some(text) => {
                    slug.clear();
                    slugify_into(text, &mut slug);
                    builder.append_value(&slug);
                }
                None => builder.append_null(),
            }
        }
        Ok(Arc::new(builder.finish()))
    }
}

struct Levenshtein;

impl ScalarFunction for Levenshtein {
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        let (left, right) = (utf8_arg(args, 0)?, utf8_arg(args, 1)?);
        let mut builder = Int64Builder::with_capacity(rows);
        let (mut b_chars, mut row) = (Vec::new(), Vec::new());
        for (a, b) in left.iter().zip(right.iter()) {
            match (a, b) {
                (Some(a), Some(b)) => builder.append_value(levenshtein_with(a, b, &mut b_chars, &mut row) as i64),
                _ => builder.append_null(),
            }
        }
        let output = builder.finish();
        debug_assert_eq!(output.len(), rows);
        Ok(Arc::new(output))
    }
}

/// The plugin.
pub struct TextPlugin {
    manifest: PluginManifest,
}

impl TextPlugin {
    /// The plugin with its embedded manifest.
    pub fn new() -> TextPlugin {
        TextPlugin::with_manifest(MANIFEST).expect("the embedded manifest is valid")
    }

    /// The plugin with another manifest for the same functions (the wasm
    /// build uses its own `kind = "wasm"` manifest).
    pub fn with_manifest(text: &str) -> Result<TextPlugin, uni_plugin::ManifestError> {
        Ok(TextPlugin { manifest: PluginManifest::from_toml_str(text)? })
    }
}

impl Default for TextPlugin {
    fn default() -> Self {
        TextPlugin::new()
    }
}

impl Plugin for TextPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.scalar("slugify", Slugify).scalar("levenshtein", Levenshtein);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for (input, slug) in [
            ("Über", "uber"),
            ("Über Straße, 2024!", "uber-strasse-2024"),
            ("  --Hello,   World--  ", "hello-world"),
            ("Ça va? Œuvre ÆØÅ", "ca-va-oeuvre-aeoa"),
            ("日本語", "ri-ben-yu"),
            ("a日b", "a-ri-b"),
            ("U\u{308}ber", "uber"),
            ("Привет, мир", "privet-mir"),
            ("Ελληνικά", "ellenika"),
            ("", ""),
            ("ÀÉÎÕÜ ñ ł đ þ", "aeiou-n-l-d-th"),
        ] {
            assert_eq!(slugify(input), slug, "{input}");
        }
    }

    #[test]
    fn distances() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("abc", ""), 3);
        assert_eq!(levenshtein("über", "uber"), 1, "counts scalar values, not bytes");
        assert_eq!(levenshtein("日本", "日本語"), 1);
        assert_eq!(levenshtein("same", "same"), 0);
    }

    #[test]
    fn embedded_manifest_is_valid() {
        assert_eq!(TextPlugin::new().manifest().functions.len(), 2);
    }
}

// The entry point of the native plugin ABI (on wasm32, the component's
// exports), emitted only when `uniplug build` turns on the `entry` feature.
#[cfg(feature = "entry")]
uni_plugin_sdk::export_plugin!(TextPlugin::default());
