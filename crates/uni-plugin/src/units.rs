//! Human-readable sizes (`64MiB`) and durations (`500ms`) used by limits and
//! schedules.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// A number of bytes written with a unit: `512B`, `64KiB`, `64MiB`, `1GiB`,
/// `1TiB`, or decimal `KB`/`MB`/`GB`/`TB`.
///
/// ```
/// use uni_plugin::ByteSize;
/// let size: ByteSize = "64MiB".parse().unwrap();
/// assert_eq!(size.bytes(), 64 * 1024 * 1024);
/// assert_eq!(size.to_string(), "64MiB");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ByteSize(u64);

const SIZE_UNITS: &[(&str, u64)] = &[
    ("TiB", 1 << 40),
    ("GiB", 1 << 30),
    ("MiB", 1 << 20),
    ("KiB", 1 << 10),
    ("TB", 1_000_000_000_000),
    ("GB", 1_000_000_000),
    ("MB", 1_000_000),
    ("KB", 1_000),
    ("B", 1),
];

/// What a size string should look like, for error messages.
pub const BYTE_SIZE_EXPECTED: &str =
    "a size such as `64MiB`, `512KiB` or `1GiB` (units B, KiB, MiB, GiB, TiB, KB, MB, GB, TB)";

/// What a duration string should look like, for error messages.
pub const DURATION_EXPECTED: &str = "a duration such as `500ms`, `2s`, `5m` or `1h` (units ns, us, ms, s, m, h)";

impl ByteSize {
    /// A size of exactly `bytes`.
    pub const fn from_bytes(bytes: u64) -> ByteSize {
        ByteSize(bytes)
    }

    /// The size in bytes.
    pub const fn bytes(self) -> u64 {
        self.0
    }
}

fn split_number(text: &str) -> Result<(u64, &str), String> {
    let text = text.trim();
    let digits_end = text.find(|c: char| !c.is_ascii_digit() && c != '_').unwrap_or(text.len());
    let (digits, unit) = text.split_at(digits_end);
    if digits.is_empty() {
        return Err(format!("`{text}` does not start with a number"));
    }
    let number = digits.replace('_', "").parse::<u64>().map_err(|_| format!("`{digits}` is too large"))?;
    Ok((number, unit.trim()))
}

impl FromStr for ByteSize {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (number, unit) = split_number(text)?;
        let Some((_, factor)) = SIZE_UNITS.iter().find(|(name, _)| *name == unit) else {
            return Err(if unit.is_empty() {
                format!("size `{text}` has no unit")
            } else {
                format!("unknown size unit `{unit}` in `{text}`")
            });
        };
        number.checked_mul(*factor).map(ByteSize).ok_or_else(|| format!("size `{text}` is too large"))
    }
}

impl fmt::Display for ByteSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Binary units first: they are what limits are usually written in.
        let (name, factor) = SIZE_UNITS
            .iter()
            .find(|(_, factor)| self.0 != 0 && self.0.is_multiple_of(*factor))
            .copied()
            .unwrap_or(("B", 1));
        write!(f, "{}{}", self.0 / factor, name)
    }
}

/// A duration written with a unit: `250us`, `500ms`, `2s`, `5m`, `1h`.
///
/// ```
/// use std::time::Duration;
/// use uni_plugin::HumanDuration;
/// let timeout: HumanDuration = "500ms".parse().unwrap();
/// assert_eq!(timeout.get(), Duration::from_millis(500));
/// assert_eq!(HumanDuration::new(Duration::from_secs(120)).to_string(), "2m");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HumanDuration(Duration);

const DURATION_UNITS: &[(&str, u128)] = &[
    ("h", 3_600_000_000_000),
    ("m", 60_000_000_000),
    ("s", 1_000_000_000),
    ("ms", 1_000_000),
    ("us", 1_000),
    ("ns", 1),
];

impl HumanDuration {
    /// Wraps a duration.
    pub const fn new(duration: Duration) -> HumanDuration {
        HumanDuration(duration)
    }

    /// The duration.
    pub const fn get(self) -> Duration {
        self.0
    }
}

impl FromStr for HumanDuration {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (number, unit) = split_number(text)?;
        let Some((_, nanos_per_unit)) = DURATION_UNITS.iter().find(|(name, _)| *name == unit) else {
            return Err(if unit.is_empty() {
                format!("duration `{text}` has no unit")
            } else {
                format!("unknown duration unit `{unit}` in `{text}`")
            });
        };
        let nanos = u128::from(number) * nanos_per_unit;
        let secs = u64::try_from(nanos / 1_000_000_000).map_err(|_| format!("duration `{text}` is too large"))?;
        let subsec = (nanos % 1_000_000_000) as u32;
        Ok(HumanDuration(Duration::new(secs, subsec)))
    }
}

impl fmt::Display for HumanDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let nanos = self.0.as_nanos();
        let (name, factor) = DURATION_UNITS
            .iter()
            .find(|(_, factor)| nanos != 0 && nanos.is_multiple_of(*factor))
            .copied()
            .unwrap_or(("ms", 1_000_000));
        write!(f, "{}{}", nanos / factor, name)
    }
}

macro_rules! serialize_as_display {
    ($($ty:ty),*) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
    )*};
}
pub(crate) use serialize_as_display;
serialize_as_display!(ByteSize, HumanDuration);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sizes() {
        assert_eq!("1GiB".parse::<ByteSize>().unwrap().bytes(), 1 << 30);
        assert_eq!("10MB".parse::<ByteSize>().unwrap().bytes(), 10_000_000);
        assert_eq!("1_024B".parse::<ByteSize>().unwrap().to_string(), "1KiB");
        assert!("64".parse::<ByteSize>().unwrap_err().contains("no unit"));
        assert!("64mb".parse::<ByteSize>().unwrap_err().contains("unknown size unit"));
        assert!("MiB".parse::<ByteSize>().unwrap_err().contains("number"));
        assert!("99999999999TiB".parse::<ByteSize>().unwrap_err().contains("too large"));
    }

    #[test]
    fn durations() {
        assert_eq!("2s".parse::<HumanDuration>().unwrap().get(), Duration::from_secs(2));
        assert_eq!("1500ms".parse::<HumanDuration>().unwrap().to_string(), "1500ms");
        assert_eq!("90s".parse::<HumanDuration>().unwrap().to_string(), "90s");
        assert!("2 fortnights".parse::<HumanDuration>().is_err());
        assert!("".parse::<HumanDuration>().is_err());
    }

    proptest! {
        #[test]
        fn sizes_round_trip(bytes in 0u64..u64::MAX / 2) {
            let size = ByteSize::from_bytes(bytes);
            prop_assert_eq!(size.to_string().parse::<ByteSize>().unwrap(), size);
        }

        #[test]
        fn durations_round_trip(nanos in 0u64..u64::MAX) {
            let duration = HumanDuration::new(Duration::from_nanos(nanos));
            prop_assert_eq!(duration.to_string().parse::<HumanDuration>().unwrap(), duration);
        }

        #[test]
        fn parsers_never_panic(text in ".{0,24}") {
            let _ = text.parse::<ByteSize>();
            let _ = text.parse::<HumanDuration>();
        }
    }
}
