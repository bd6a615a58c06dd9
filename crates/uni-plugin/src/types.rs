//! The SQL/Arrow type names a manifest may use (`float64`, `utf8`, `list<int64>`).

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use arrow_schema::{DataType, Field, TimeUnit};

use crate::suggest;

/// A type name as written in a manifest, mapped to one Arrow [`DataType`].
///
/// ```
/// use arrow_schema::DataType;
/// use uni_plugin::TypeName;
/// let ty: TypeName = "list<float64>".parse().unwrap();
/// assert_eq!(ty.to_string(), "list<float64>");
/// assert!(matches!(ty.to_arrow(), DataType::List(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeName {
    /// `boolean`
    Boolean,
    /// `int8`
    Int8,
    /// `int16`
    Int16,
    /// `int32`
    Int32,
    /// `int64`
    Int64,
    /// `uint8`
    UInt8,
    /// `uint16`
    UInt16,
    /// `uint32`
    UInt32,
    /// `uint64`
    UInt64,
    /// `float32`
    Float32,
    /// `float64`
    Float64,
    /// `utf8`
    Utf8,
    /// `large_utf8`
    LargeUtf8,
    /// `binary`
    Binary,
    /// `date32`
    Date32,
    /// `timestamp_us` (microseconds, no time zone)
    TimestampUs,
    /// `list<T>`
    List(Box<TypeName>),
}

const SIMPLE_NAMES: &[(&str, TypeName)] = &[
    ("boolean", TypeName::Boolean),
    ("int8", TypeName::Int8),
    ("int16", TypeName::Int16),
    ("int32", TypeName::Int32),
    ("int64", TypeName::Int64),
    ("uint8", TypeName::UInt8),
    ("uint16", TypeName::UInt16),
    ("uint32", TypeName::UInt32),
    ("uint64", TypeName::UInt64),
    ("float32", TypeName::Float32),
    ("float64", TypeName::Float64),
    ("utf8", TypeName::Utf8),
    ("large_utf8", TypeName::LargeUtf8),
    ("binary", TypeName::Binary),
    ("date32", TypeName::Date32),
    ("timestamp_us", TypeName::TimestampUs),
];

/// What a type name should look like, for error messages.
pub const TYPE_NAME_EXPECTED: &str = "a type: boolean, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, utf8, large_utf8, binary, date32, timestamp_us or list<T>";

impl TypeName {
    /// The Arrow type this name stands for.
    pub fn to_arrow(&self) -> DataType {
        match self {
            TypeName::Boolean => DataType::Boolean,
            TypeName::Int8 => DataType::Int8,
            TypeName::Int16 => DataType::Int16,
            TypeName::Int32 => DataType::Int32,
            TypeName::Int64 => DataType::Int64,
            TypeName::UInt8 => DataType::UInt8,
            TypeName::UInt16 => DataType::UInt16,
            TypeName::UInt32 => DataType::UInt32,
            TypeName::UInt64 => DataType::UInt64,
            TypeName::Float32 => DataType::Float32,
            TypeName::Float64 => DataType::Float64,
            TypeName::Utf8 => DataType::Utf8,
            TypeName::LargeUtf8 => DataType::LargeUtf8,
            TypeName::Binary => DataType::Binary,
            TypeName::Date32 => DataType::Date32,
            TypeName::TimestampUs => DataType::Timestamp(TimeUnit::Microsecond, None),
            TypeName::List(item) => DataType::List(Arc::new(Field::new("item", item.to_arrow(), true))),
        }
    }

    /// The name of an Arrow type, if it has one in the manifest vocabulary.
    pub fn from_arrow(data_type: &DataType) -> Option<TypeName> {
        if let DataType::List(field) = data_type {
            return TypeName::from_arrow(field.data_type()).map(|item| TypeName::List(Box::new(item)));
        }
        SIMPLE_NAMES.iter().find(|(_, name)| name.to_arrow() == *data_type).map(|(_, name)| name.clone())
    }
}

impl FromStr for TypeName {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        if let Some(inner) = trimmed.strip_prefix("list<").and_then(|rest| rest.strip_suffix('>')) {
            return inner.parse().map(|item| TypeName::List(Box::new(item)));
        }
        if let Some((_, name)) = SIMPLE_NAMES.iter().find(|(written, _)| *written == trimmed) {
            return Ok(name.clone());
        }
        let mut message = format!("unknown type `{trimmed}`");
        if let Some(close) = suggest::closest(trimmed, SIMPLE_NAMES.iter().map(|(written, _)| *written)) {
            message.push_str(&format!(" (did you mean `{close}`?)"));
        }
        Err(message)
    }
}

impl fmt::Display for TypeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeName::List(item) => write!(f, "list<{item}>"),
            simple => {
                let written = SIMPLE_NAMES.iter().find(|(_, name)| name == simple).map_or("?", |(written, _)| written);
                f.write_str(written)
            }
        }
    }
}

crate::units::serialize_as_display!(TypeName);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_round_trips_through_arrow() {
        for (written, name) in SIMPLE_NAMES {
            assert_eq!(written.parse::<TypeName>().unwrap(), *name);
            assert_eq!(name.to_string(), *written);
            assert_eq!(TypeName::from_arrow(&name.to_arrow()), Some(name.clone()));
        }
        let nested: TypeName = "list<list<utf8>>".parse().unwrap();
        assert_eq!(TypeName::from_arrow(&nested.to_arrow()), Some(nested));
    }

    #[test]
    fn typos_get_suggestions() {
        let error = "flaot64".parse::<TypeName>().unwrap_err();
        assert!(error.contains("did you mean `float64`"), "{error}");
        assert!("list<>".parse::<TypeName>().is_err());
        assert_eq!(TypeName::from_arrow(&DataType::Float16), None);
    }
}
