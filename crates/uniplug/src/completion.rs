//! Tab completion in the REPL: dot-commands at the start of a line; SQL
//! keywords, function names (the plugins' included, as they are now) and
//! table names elsewhere.

use std::collections::BTreeSet;

use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::keywords::ALL_KEYWORDS;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use uni_plugin_datafusion::PluginSession;

use crate::commands::COMMANDS;

/// The REPL's completer. Names are read from the session at each Tab, so a
/// plugin loaded or a table created a moment ago completes too.
pub struct Completion {
    context: SessionContext,
}

impl Completion {
    /// Completes against `session`'s functions and tables.
    pub fn new(session: &PluginSession) -> Completion {
        Completion { context: session.context().clone() }
    }

    /// Every function and table name of the session.
    fn names(&self) -> BTreeSet<String> {
        let state = self.context.state();
        let mut names: BTreeSet<String> = state
            .scalar_functions()
            .keys()
            .chain(state.aggregate_functions().keys())
            .chain(state.window_functions().keys())
            .chain(state.table_functions().keys())
            .cloned()
            .collect();
        for catalog_name in self.context.catalog_names() {
            let Some(catalog) = self.context.catalog(&catalog_name) else { continue };
            for schema_name in catalog.schema_names() {
                if let Some(schema) = catalog.schema(&schema_name) {
                    names.extend(schema.table_names());
                }
            }
        }
        names
    }
}

/// Candidates for the word `prefix` among `keywords` and `names`: keywords
/// in the case the word is typed in (lowercase when it has no capital),
/// names as they are spelled.
pub fn candidates<'a>(
    prefix: &str,
    keywords: impl IntoIterator<Item = &'a str>,
    names: impl IntoIterator<Item = String>,
) -> Vec<String> {
    let lower = prefix.to_ascii_lowercase();
    let typed_lowercase = !prefix.chars().any(|c| c.is_ascii_uppercase());
    let mut out: BTreeSet<String> =
        names.into_iter().filter(|name| name.to_ascii_lowercase().starts_with(&lower)).collect();
    for keyword in keywords {
        if keyword.to_ascii_lowercase().starts_with(&lower) {
            out.insert(if typed_lowercase { keyword.to_ascii_lowercase() } else { keyword.to_owned() });
        }
    }
    out.into_iter().collect()
}

/// Where the word before `pos` starts (letters, digits, `_`).
fn word_start(line: &str, pos: usize) -> usize {
    line[..pos]
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
        .map_or(0, |(at, c)| at + c.len_utf8())
}

impl Completer for Completion {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        if before.trim_start().starts_with('.') && !before.trim_start().contains(char::is_whitespace) {
            let start = before.len() - before.trim_start().len();
            let typed = before.trim_start();
            let pairs = COMMANDS
                .iter()
                .filter(|(name, _, _)| name.starts_with(typed))
                .map(|(name, argument, _)| Pair {
                    display: name.to_string(),
                    replacement: if argument.is_empty() { name.to_string() } else { format!("{name} ") },
                })
                .collect();
            return Ok((start, pairs));
        }
        let start = word_start(line, pos);
        let prefix = &line[start..pos];
        if prefix.is_empty() {
            return Ok((pos, Vec::new()));
        }
        let pairs = candidates(prefix, ALL_KEYWORDS.iter().copied(), self.names())
            .into_iter()
            .map(|word| Pair { display: word.clone(), replacement: word })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for Completion {
    type Hint = String;
}

impl Highlighter for Completion {}

impl Validator for Completion {}

impl Helper for Completion {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_follow_the_typed_case_and_names_keep_theirs() {
        let names = || vec!["haversine".to_owned(), "Sales".to_owned(), "select_star".to_owned()];
        assert_eq!(candidates("sel", ["SELECT", "SET"], names()), vec!["select", "select_star"]);
        assert_eq!(candidates("SEL", ["SELECT", "SET"], names()), vec!["SELECT", "select_star"]);
        assert_eq!(candidates("hav", ["HAVING"], names()), vec!["haversine", "having"]);
        assert_eq!(candidates("sa", ["SET"], names()), vec!["Sales"]);
    }

    #[test]
    fn the_word_starts_after_the_last_separator() {
        assert_eq!(word_start("SELECT hav", 10), 7);
        assert_eq!(word_start("SELECT f(x, sl", 14), 12);
        assert_eq!(word_start("ü_x", "ü_x".len()), 0);
    }
}
