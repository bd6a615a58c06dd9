//! One located problem found while reading a document.

use std::fmt;

use super::KeyPath;

/// A 1-based line and column in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, starting at 1.
    pub line: usize,
    /// Column in characters, starting at 1.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text` (clamped to the text's end).
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |idx| idx + 1);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }
}

/// Line starts of one text, found once, so the position of every key and
/// value of a document costs a binary search instead of a scan from the
/// start (which made parsing quadratic in the manifest's size).
pub(crate) struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    /// Indexes `text`.
    pub(crate) fn new(text: &'t str) -> LineIndex<'t> {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(idx, _)| idx + 1)).collect();
        LineIndex { text, starts }
    }

    /// The same as [`Position::of_offset`] on the indexed text.
    pub(crate) fn position(&self, offset: usize) -> Position {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.starts.partition_point(|start| *start <= offset);
        let line_start = self.starts[line - 1];
        Position { line, column: self.text[line_start..offset].chars().count() + 1 }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Something wrong at one place of a document: what, where, what was expected
/// and, when we can guess it, what the user probably meant.
///
/// Displayed as `line:col: key.path: message; expected ...; did you mean `x`?`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// The key path of the offending value (`functions[1].args[0]`).
    pub path: KeyPath,
    /// The source position, when the format reports it.
    pub position: Option<Position>,
    /// What is wrong, lowercase, without a final period.
    pub message: String,
    /// What would have been accepted.
    pub expected: Option<String>,
    /// The closest valid alternative ("did you mean").
    pub suggestion: Option<String>,
}

impl Problem {
    /// A problem at `path` with a message.
    pub fn new(path: KeyPath, message: impl Into<String>) -> Problem {
        Problem { path, position: None, message: message.into(), expected: None, suggestion: None }
    }

    /// Sets the source position.
    pub fn at(mut self, position: Option<Position>) -> Problem {
        self.position = position;
        self
    }

    /// Sets what was expected.
    pub fn expected(mut self, expected: impl Into<String>) -> Problem {
        self.expected = Some(expected.into());
        self
    }

    /// Sets the "did you mean" suggestion.
    pub fn suggest(mut self, suggestion: Option<String>) -> Problem {
        self.suggestion = suggestion;
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        if !self.path.is_root() {
            write!(f, "`{}`: ", self.path)?;
        }
        f.write_str(&self.message)?;
        if let Some(expected) = &self.expected {
            write!(f, "; expected {expected}")?;
        }
        if let Some(suggestion) = &self.suggestion {
            write!(f, "; did you mean `{suggestion}`?")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_index_agrees_with_a_scan() {
        let text = "a = 1\nüber = \"ß\"\n\n[t]\nx = 2";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(index.position(offset), Position::of_offset(text, offset), "offset {offset}");
        }
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(Position::of_offset(text, 0), Position { line: 1, column: 1 });
        let offset = text.find('=').unwrap();
        assert_eq!(Position::of_offset(text, offset), Position { line: 1, column: 3 });
        let offset = text.rfind('=').unwrap();
        assert_eq!(Position::of_offset(text, offset), Position { line: 2, column: 4 });
        assert_eq!(Position::of_offset(text, 10_000).line, 3);
    }
}
