//! Splitting SQL text into statements at `;`, with DataFusion's own SQL
//! tokenizer (sqlparser's, generic dialect), so scripts, stdin and the
//! REPL's multi-line input end a statement exactly where the parser will:
//! a `;` inside a string, a quoted identifier, a comment or a
//! dollar-quoted string does not end one.

use datafusion::sql::sqlparser::dialect::GenericDialect;
use datafusion::sql::sqlparser::tokenizer::{Location, Token, Tokenizer};

/// The statements in `text`, each trimmed, empty ones dropped, plus the
/// unfinished rest: text after the last `;` that is more than whitespace
/// and comments, or that opens a string or comment it does not close.
pub fn split(text: &str) -> (Vec<String>, Option<String>) {
    let mut tokens = Vec::new();
    // On an error (an unterminated string or comment) the tokens before it
    // are kept; the rest is unfinished.
    let closed = Tokenizer::new(&GenericDialect {}, text).tokenize_with_location_into_buf(&mut tokens).is_ok();
    let lines = LineStarts::new(text);
    let mut statements = Vec::new();
    let mut start = 0;
    let mut has_code = false;
    for token in &tokens {
        match token.token {
            Token::SemiColon => {
                let end = lines.offset(text, token.span.start);
                if has_code {
                    statements.push(text[start..end].trim().to_owned());
                }
                start = end + 1;
                has_code = false;
            }
            Token::Whitespace(_) => {}
            _ => has_code = true,
        }
    }
    let rest = text[start..].trim();
    let unfinished = (!rest.is_empty() && (has_code || !closed)).then(|| rest.to_owned());
    (statements, unfinished)
}

/// What the shell reads: a dot-command (a line starting with `.` where no
/// statement is pending) or a SQL statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// `.name arguments`, trimmed.
    Command(String),
    /// One SQL statement without its `;`.
    Statement(String),
}

/// Reads input line by line, as the REPL, `.read`, init files, scripts and
/// stdin all do: so a dot-command works in each of them alike.
#[derive(Debug, Default)]
pub struct Reader {
    pending: String,
}

impl Reader {
    /// Adds one line (without its newline); returns what it completed.
    pub fn feed(&mut self, line: &str) -> Vec<Item> {
        if self.pending.trim().is_empty() && line.trim_start().starts_with('.') {
            self.pending.clear();
            return vec![Item::Command(line.trim().to_owned())];
        }
        if !self.pending.is_empty() {
            self.pending.push('\n');
        }
        self.pending.push_str(line);
        let (complete, rest) = split(&self.pending);
        self.pending = rest.unwrap_or_default();
        complete.into_iter().map(Item::Statement).collect()
    }

    /// Whether a statement is started but not ended.
    pub fn is_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Drops the unfinished statement (Ctrl-C at a continuation prompt).
    pub fn clear(&mut self) {
        self.pending.clear();
    }

    /// The unfinished statement at the end of the input, run as if it
    /// ended with `;` (a script's last statement may omit it).
    pub fn finish(self) -> Option<Item> {
        let rest = self.pending.trim();
        (!rest.is_empty()).then(|| Item::Statement(rest.to_owned()))
    }
}

/// Every item of a script.
pub fn items(text: &str) -> Vec<Item> {
    let mut reader = Reader::default();
    let mut items: Vec<Item> = text.lines().flat_map(|line| reader.feed(line)).collect();
    items.extend(reader.finish());
    items
}

/// Byte offsets of the lines of a text, to turn the tokenizer's
/// line:column (1-based, in characters) into byte offsets.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> LineStarts {
        LineStarts(std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).collect())
    }

    fn offset(&self, text: &str, location: Location) -> usize {
        let line = usize::try_from(location.line).unwrap_or(usize::MAX).saturating_sub(1);
        let line_start = self.0.get(line).copied().unwrap_or(text.len());
        let column = usize::try_from(location.column).unwrap_or(usize::MAX).saturating_sub(1);
        text[line_start..].char_indices().nth(column).map_or(text.len(), |(at, _)| line_start + at)
    }
}

#[cfg(test)]
mod tests {
    use super::{Item, Reader, items, split};
    use proptest::prelude::*;

    fn statement(text: &str) -> Item {
        Item::Statement(text.to_owned())
    }

    #[test]
    fn dot_commands_count_only_between_statements() {
        let script = ".mode csv\nSELECT 1;\n  .timer on\nSELECT\n.5 AS x;\nSELECT 2";
        assert_eq!(
            items(script),
            vec![
                Item::Command(".mode csv".into()),
                statement("SELECT 1"),
                Item::Command(".timer on".into()),
                statement("SELECT\n.5 AS x"),
                statement("SELECT 2"),
            ]
        );
    }

    #[test]
    fn the_reader_says_when_a_statement_is_pending_and_forgets_it_on_clear() {
        let mut reader = Reader::default();
        assert_eq!(reader.feed("SELECT 1 +"), vec![]);
        assert!(reader.is_pending());
        assert_eq!(reader.feed("2; SELECT"), vec![statement("SELECT 1 +\n2")]);
        reader.clear();
        assert!(!reader.is_pending());
        assert_eq!(reader.feed(".help"), vec![Item::Command(".help".into())]);
        assert_eq!(reader.finish(), None);
    }

    #[test]
    fn a_trailing_comment_is_not_a_statement() {
        assert_eq!(items("SELECT 1;\n-- done\n"), vec![statement("SELECT 1")]);
    }

    #[test]
    fn splits_at_semicolons_outside_quotes_and_comments() {
        let (statements, rest) =
            split("SELECT 'a;b'; SELECT \"x;y\" -- c;d\n FROM t; /* e;f */ SELECT 'it''s;' ; SELECT 4");
        assert_eq!(statements, vec!["SELECT 'a;b'", "SELECT \"x;y\" -- c;d\n FROM t", "/* e;f */ SELECT 'it''s;'"]);
        assert_eq!(rest.as_deref(), Some("SELECT 4"));
    }

    #[test]
    fn blank_text_and_comments_are_not_statements() {
        assert_eq!(split("  ;; -- only a comment\n /* and this */ "), (vec![], None));
        assert_eq!(split("SELECT 1; -- trailing"), (vec!["SELECT 1".to_owned()], None));
    }

    #[test]
    fn an_open_quote_keeps_the_statement_unfinished() {
        assert_eq!(split("SELECT 'a;"), (vec![], Some("SELECT 'a;".to_owned())));
        assert_eq!(split("SELECT 1; SELECT 'a;"), (vec!["SELECT 1".to_owned()], Some("SELECT 'a;".to_owned())));
        assert_eq!(
            split("SELECT 1; /* open; comment"),
            (vec!["SELECT 1".to_owned()], Some("/* open; comment".to_owned()))
        );
    }

    #[test]
    fn what_the_parser_reads_as_one_token_is_not_split() {
        // Dollar-quoted strings, escapes in E-strings, and text after
        // multi-byte characters on earlier lines.
        let (statements, rest) = split("SELECT $$a;b$$; SELECT E'it\\'s;'; SELECT 'ü;é'\n; SELECT 'ß' AS x;");
        assert_eq!(statements, vec!["SELECT $$a;b$$", "SELECT E'it\\'s;'", "SELECT 'ü;é'", "SELECT 'ß' AS x"]);
        assert_eq!(rest, None);
    }

    proptest! {
        #[test]
        fn never_panics_and_loses_no_code(text in "[a-z ;'\"\\-/*\n]{0,60}") {
            let (statements, rest) = split(&text);
            for statement in statements.iter().chain(rest.iter()) {
                prop_assert!(!statement.trim().is_empty());
            }
        }

        #[test]
        fn joined_simple_statements_split_back(parts in proptest::collection::vec("[a-z0-9 ]{1,12}", 1..6)) {
            let parts: Vec<String> = parts.into_iter().filter(|p| !p.trim().is_empty()).map(|p| p.trim().to_owned()).collect();
            let text = parts.iter().map(|p| format!("{p};")).collect::<String>();
            prop_assert_eq!(split(&text), (parts, None));
        }
    }
}
