//! Splitting SQL text into statements at `;` outside quotes and comments,
//! so scripts, stdin and the REPL's multi-line input agree on where a
//! statement ends.

/// What the scanner is inside of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Within {
    Code,
    /// A quoted string or identifier, ended by this character.
    Quote(char),
    LineComment,
    BlockComment,
}

/// The statements in `text`, each trimmed, empty ones dropped, plus the
/// unfinished rest (text after the last `;` that is not only whitespace
/// and comments).
pub fn split(text: &str) -> (Vec<String>, Option<String>) {
    let mut statements = Vec::new();
    let mut start = 0;
    let mut within = Within::Code;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let next = chars.peek().map(|(_, next)| *next);
        within = match within {
            Within::Code => match c {
                '\'' | '"' => Within::Quote(c),
                '-' if next == Some('-') => {
                    chars.next();
                    Within::LineComment
                }
                '/' if next == Some('*') => {
                    chars.next();
                    Within::BlockComment
                }
                ';' => {
                    push(&mut statements, &text[start..index]);
                    start = index + 1;
                    Within::Code
                }
                _ => Within::Code,
            },
            Within::Quote(end) if c == end => {
                // A doubled quote is an escaped quote, still inside.
                if next == Some(end) {
                    chars.next();
                    Within::Quote(end)
                } else {
                    Within::Code
                }
            }
            Within::Quote(end) => Within::Quote(end),
            Within::LineComment if c == '\n' => Within::Code,
            Within::LineComment => Within::LineComment,
            Within::BlockComment if c == '*' && next == Some('/') => {
                chars.next();
                Within::Code
            }
            Within::BlockComment => Within::BlockComment,
        };
    }
    let rest = &text[start..];
    let unfinished = (!is_blank(rest)).then(|| rest.trim().to_owned());
    (statements, unfinished)
}

fn push(statements: &mut Vec<String>, statement: &str) {
    if !is_blank(statement) {
        statements.push(statement.trim().to_owned());
    }
}

/// Whether `text` holds only whitespace and comments.
fn is_blank(text: &str) -> bool {
    let mut rest = text.trim_start();
    loop {
        if rest.is_empty() {
            return true;
        }
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.split_once('\n').map_or("", |(_, tail)| tail).trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, tail)| tail).trim_start();
        } else {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::split;
    use proptest::prelude::*;

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
