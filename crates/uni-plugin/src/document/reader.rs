//! Walking a [`Node`] tree while collecting every problem found.

use super::{Entry, KeyPath, Node, NodeValue, Position, Problem};
use crate::suggest;

/// Collects [`Problem`]s while a decoder reads a document, so a user sees every
/// mistake of a file at once. Each accessor returns `None` (and records why)
/// when the value is missing or has the wrong shape.
#[derive(Debug, Default)]
pub struct Reader {
    problems: Vec<Problem>,
}

/// A table being read: its entries and where it sits in the document.
#[derive(Debug, Clone)]
pub struct TableView<'n> {
    entries: &'n [Entry],
    path: KeyPath,
    position: Option<Position>,
}

impl<'n> TableView<'n> {
    /// The value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries.iter().find(|entry| entry.key == key).map(|entry| &entry.value)
    }

    /// The path of `key` inside this table.
    pub fn path_of(&self, key: &str) -> KeyPath {
        self.path.join(key)
    }

    /// The path of the table itself.
    pub fn path(&self) -> &KeyPath {
        &self.path
    }

    /// Where the table starts, when known.
    pub fn position(&self) -> Option<Position> {
        self.position
    }

    /// All entries in source order.
    pub fn entries(&self) -> &'n [Entry] {
        self.entries
    }
}

impl Reader {
    /// A reader with no problems recorded yet.
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Records a problem.
    pub fn report(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// The problems recorded so far.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Consumes the reader, returning every problem recorded.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    fn wrong_type(&mut self, node: &Node, path: &KeyPath, expected: &str) {
        self.report(
            Problem::new(path.clone(), format!("found {}", node.value.kind_name()))
                .at(node.position)
                .expected(expected),
        );
    }

    /// Reads a table whose allowed keys are `known`; every other key is reported
    /// as unknown, with the closest known key as a suggestion.
    pub fn table<'n>(&mut self, node: &'n Node, path: &KeyPath, known: &[&str]) -> TableView<'n> {
        let entries: &'n [Entry] = match &node.value {
            NodeValue::Table(entries) => entries,
            _ => {
                self.wrong_type(node, path, "a table");
                &[]
            }
        };
        for entry in entries {
            if !known.contains(&entry.key.as_str()) {
                self.report(
                    Problem::new(path.join(entry.key.as_str()), format!("unknown key `{}`", entry.key))
                        .at(entry.key_position.or(entry.value.position))
                        .expected(format!("one of {}", suggest::backticked(known)))
                        .suggest(suggest::closest(&entry.key, known.iter().copied()).map(str::to_owned)),
                );
            }
        }
        TableView { entries, path: path.clone(), position: node.position }
    }

    /// Reports a missing required key of `table`.
    pub fn missing(&mut self, table: &TableView<'_>, key: &str, expected: &str) {
        self.report(
            Problem::new(table.path_of(key), format!("missing required key `{key}`"))
                .at(table.position)
                .expected(expected),
        );
    }

    /// The value of a required key, reporting it when absent.
    pub fn required<'n>(&mut self, table: &TableView<'n>, key: &str, expected: &str) -> Option<&'n Node> {
        let value = table.get(key);
        if value.is_none() {
            self.missing(table, key, expected);
        }
        value
    }

    /// A string value.
    pub fn string<'n>(&mut self, node: &'n Node, path: &KeyPath) -> Option<&'n str> {
        match &node.value {
            NodeValue::String(text) => Some(text),
            _ => {
                self.wrong_type(node, path, "a string");
                None
            }
        }
    }

    /// A boolean value.
    pub fn boolean(&mut self, node: &Node, path: &KeyPath) -> Option<bool> {
        match node.value {
            NodeValue::Bool(flag) => Some(flag),
            _ => {
                self.wrong_type(node, path, "a boolean (`true` or `false`)");
                None
            }
        }
    }

    /// An array value.
    pub fn array<'n>(&mut self, node: &'n Node, path: &KeyPath) -> Option<&'n [Node]> {
        match &node.value {
            NodeValue::Array(items) => Some(items),
            _ => {
                self.wrong_type(node, path, "an array");
                None
            }
        }
    }

    /// An array of strings; each bad item is reported and skipped.
    pub fn string_list<'n>(&mut self, node: &'n Node, path: &KeyPath) -> Vec<(KeyPath, &'n Node, &'n str)> {
        let Some(items) = self.array(node, path) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(item_idx, item)| {
                let item_path = path.join(item_idx);
                self.string(item, &item_path).map(|text| (item_path, item, text))
            })
            .collect()
    }

    /// A string parsed by `parse`; its error message becomes the problem's
    /// message and `expected` says what would have been accepted.
    pub fn parsed<T>(
        &mut self,
        node: &Node,
        path: &KeyPath,
        expected: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        let NodeValue::String(text) = &node.value else {
            self.wrong_type(node, path, expected);
            return None;
        };
        match parse(text) {
            Ok(value) => Some(value),
            Err(message) => {
                self.report(Problem::new(path.clone(), message).at(node.position).expected(expected));
                None
            }
        }
    }

    /// A string from a closed set of `choices`, with a suggestion on a typo.
    pub fn choice<'c>(&mut self, node: &Node, path: &KeyPath, choices: &[&'c str]) -> Option<&'c str> {
        let text = self.string(node, path)?;
        if let Some(choice) = choices.iter().find(|choice| **choice == text) {
            return Some(choice);
        }
        self.report(
            Problem::new(path.clone(), format!("unknown value `{text}`"))
                .at(node.position)
                .expected(format!("one of {}", suggest::backticked(choices)))
                .suggest(suggest::closest(text, choices.iter().copied()).map(str::to_owned)),
        );
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_every_problem_with_paths() {
        let root = Node::parse_toml("nmae = 1\n[plugin]\nkind = \"wsam\"\nflag = \"yes\"\n").unwrap();
        let mut reader = Reader::new();
        let top = reader.table(&root, &KeyPath::root(), &["name", "plugin"]);
        let plugin = reader.table(top.get("plugin").unwrap(), &top.path_of("plugin"), &["kind", "flag"]);
        reader.choice(plugin.get("kind").unwrap(), &plugin.path_of("kind"), &["wasm", "native"]);
        reader.boolean(plugin.get("flag").unwrap(), &plugin.path_of("flag"));
        reader.required(&plugin, "id", "a plugin id");
        let messages: Vec<String> = reader.into_problems().iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 4, "{messages:#?}");
        assert!(messages[0].contains("1:1: `nmae`: unknown key") && messages[0].contains("did you mean `name`?"));
        assert!(messages[1].contains("3:8: `plugin.kind`") && messages[1].contains("did you mean `wasm`?"));
        assert!(messages[2].contains("`plugin.flag`: found a string; expected a boolean"));
        assert!(messages[3].contains("`plugin.id`: missing required key"));
    }
}
