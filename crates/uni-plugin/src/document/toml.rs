//! TOML text to [`Node`], keeping the position of every key and value.

use ::toml::Spanned;
use ::toml::de::{DeTable, DeValue};

use super::problem::LineIndex;
use super::{Entry, KeyPath, Node, NodeValue, Position, Problem};

pub(super) fn parse(text: &str) -> Result<Node, Problem> {
    let table = DeTable::parse(text).map_err(|error| {
        let position = error.span().map(|span| Position::of_offset(text, span.start));
        Problem::new(KeyPath::root(), format!("invalid TOML: {}", error.message().trim())).at(position)
    })?;
    let converter = Converter { lines: LineIndex::new(text) };
    converter.table(table.get_ref(), table.span().start)
}

struct Converter<'t> {
    lines: LineIndex<'t>,
}

impl Converter<'_> {
    fn position(&self, offset: usize) -> Option<Position> {
        Some(self.lines.position(offset))
    }

    fn table(&self, table: &DeTable<'_>, offset: usize) -> Result<Node, Problem> {
        let mut entries = Vec::with_capacity(table.len());
        for (key, value) in table.iter() {
            entries.push(Entry {
                key: key.get_ref().to_string(),
                key_position: self.position(key.span().start),
                value: self.value(value)?,
            });
        }
        Ok(Node { value: NodeValue::Table(entries), position: self.position(offset) })
    }

    fn value(&self, value: &Spanned<DeValue<'_>>) -> Result<Node, Problem> {
        let offset = value.span().start;
        let node_value = match value.get_ref() {
            DeValue::String(text) => NodeValue::String(text.to_string()),
            DeValue::Integer(integer) => match i64::from_str_radix(integer.as_str(), integer.radix()) {
                Ok(number) => NodeValue::Integer(number),
                Err(_) => {
                    return Err(Problem::new(KeyPath::root(), format!("integer `{integer}` does not fit in 64 bits"))
                        .at(self.position(offset)));
                }
            },
            DeValue::Float(float) => match float.as_str().parse::<f64>() {
                Ok(number) => NodeValue::Float(number),
                Err(_) => {
                    return Err(Problem::new(KeyPath::root(), format!("float `{float}` cannot be represented"))
                        .at(self.position(offset)));
                }
            },
            DeValue::Boolean(flag) => NodeValue::Bool(*flag),
            DeValue::Datetime(datetime) => NodeValue::Datetime(datetime.to_string()),
            DeValue::Array(items) => {
                NodeValue::Array(items.iter().map(|item| self.value(item)).collect::<Result<_, _>>()?)
            }
            DeValue::Table(table) => return self.table(table, offset),
        };
        Ok(Node { value: node_value, position: self.position(offset) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_positions_of_keys_and_values() {
        let node = parse("[plugin]\nid = \"a.b\"\n\n[[functions]]\nname = 1\n").unwrap();
        let top = node.entries().unwrap();
        let plugin = top[0].value.entries().unwrap();
        assert_eq!(plugin[0].key, "id");
        assert_eq!(plugin[0].key_position, Some(Position { line: 2, column: 1 }));
        assert_eq!(plugin[0].value.position, Some(Position { line: 2, column: 6 }));
        let NodeValue::Array(functions) = &top[1].value.value else { panic!("functions is an array") };
        let name = &functions[0].entries().unwrap()[0];
        assert_eq!(name.value.value, NodeValue::Integer(1));
        assert_eq!(name.value.position, Some(Position { line: 5, column: 8 }));
    }

    #[test]
    fn syntax_errors_are_located() {
        let problem = parse("a = 1\nb = = 2\n").unwrap_err();
        assert_eq!(problem.position.map(|p| p.line), Some(2));
        assert!(problem.message.starts_with("invalid TOML"));
    }

    #[test]
    fn preserves_source_order() {
        let node = parse("z = 1\na = 2\nm = 3\n").unwrap();
        let keys: Vec<_> = node.entries().unwrap().iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["z", "a", "m"]);
    }
}
