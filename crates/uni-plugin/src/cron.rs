//! Cron expressions with seconds (`*/30 * * * * *`), as used by `[[jobs]]`.
//!
//! Six fields: second (0-59), minute (0-59), hour (0-23), day of month (1-31),
//! month (1-12 or `JAN`-`DEC`), day of week (0-7 or `SUN`-`SAT`, 0 and 7 are
//! Sunday). Each field is `*`, a value, a range `a-b`, a step `*/n` or `a-b/n`,
//! or a comma-separated list of those. As in classic (Vixie) cron, when both
//! day fields are restricted a day matches if *either* matches; a day field
//! that starts with `*` (`*`, `*/2`) does not count as restricted, so
//! `0 0 0 */2 * MON` fires on Mondays that fall on odd days of the month
//! (both must hold). Times are UTC.

use std::fmt;
use std::str::FromStr;

/// A parsed cron expression. Equality compares the expression's meaning.
///
/// ```
/// use uni_plugin::CronSchedule;
/// let every_30s: CronSchedule = "*/30 * * * * *".parse().unwrap();
/// assert_eq!(every_30s.next_after(0), Some(30));
/// assert_eq!(every_30s.next_after(30), Some(60));
/// ```
#[derive(Debug, Clone)]
pub struct CronSchedule {
    text: String,
    seconds: u64,
    minutes: u64,
    hours: u64,
    days_of_month: u64,
    months: u64,
    days_of_week: u64,
    day_of_month_restricted: bool,
    day_of_week_restricted: bool,
}

impl PartialEq for CronSchedule {
    fn eq(&self, other: &Self) -> bool {
        (self.seconds, self.minutes, self.hours, self.days_of_month, self.months, self.days_of_week)
            == (other.seconds, other.minutes, other.hours, other.days_of_month, other.months, other.days_of_week)
            && self.day_of_month_restricted == other.day_of_month_restricted
            && self.day_of_week_restricted == other.day_of_week_restricted
    }
}

/// What a cron expression should look like, for error messages.
pub const CRON_EXPECTED: &str =
    "a cron expression with six fields: second minute hour day-of-month month day-of-week (e.g. `*/30 * * * * *`)";

struct FieldSpec {
    name: &'static str,
    min: u32,
    max: u32,
    names: &'static [&'static str],
}

const FIELDS: [FieldSpec; 6] = [
    FieldSpec { name: "second", min: 0, max: 59, names: &[] },
    FieldSpec { name: "minute", min: 0, max: 59, names: &[] },
    FieldSpec { name: "hour", min: 0, max: 23, names: &[] },
    FieldSpec { name: "day of month", min: 1, max: 31, names: &[] },
    FieldSpec {
        name: "month",
        min: 1,
        max: 12,
        names: &["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    },
    FieldSpec { name: "day of week", min: 0, max: 7, names: &["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
];

fn parse_value(spec: &FieldSpec, text: &str) -> Result<u32, String> {
    if let Some(idx) = spec.names.iter().position(|name| name.eq_ignore_ascii_case(text)) {
        // Month names count from 1 (`JAN`), weekday names from 0 (`SUN`).
        return Ok(idx as u32 + spec.min);
    }
    let value: u32 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a valid {} (expected {}-{})", spec.name, spec.min, spec.max))?;
    if value < spec.min || value > spec.max {
        return Err(format!("{} `{value}` is out of range {}-{}", spec.name, spec.min, spec.max));
    }
    Ok(value)
}

fn parse_field(spec: &FieldSpec, text: &str) -> Result<(u64, bool), String> {
    let mut bits = 0u64;
    // Vixie cron's rule: a field starting with `*` is unrestricted for the
    // day-of-month/day-of-week "either" rule, steps included.
    let restricted = !text.starts_with('*');
    for part in text.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((range, step)) => {
                let step: u32 = step
                    .parse()
                    .ok()
                    .filter(|step| *step > 0)
                    .ok_or_else(|| format!("step `{step}` in the {} field must be a positive number", spec.name))?;
                (range, step)
            }
            None => (part, 1),
        };
        let (low, high) = if range == "*" {
            (spec.min, spec.max)
        } else if let Some((low, high)) = range.split_once('-') {
            let (low, high) = (parse_value(spec, low)?, parse_value(spec, high)?);
            if low > high {
                return Err(format!("range `{range}` in the {} field runs backwards", spec.name));
            }
            (low, high)
        } else {
            let value = parse_value(spec, range)?;
            // `5/10` means "from 5, every 10".
            (value, if step > 1 { spec.max } else { value })
        };
        let mut value = low;
        while value <= high {
            bits |= 1 << value;
            value += step;
        }
    }
    Ok((bits, restricted))
}

impl FromStr for CronSchedule {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fields: Vec<&str> = text.split_whitespace().collect();
        if fields.len() != 6 {
            return Err(format!(
                "cron expression `{text}` has {} fields, not 6 (the first field is seconds)",
                fields.len()
            ));
        }
        let mut parsed = [(0u64, true); 6];
        for (field_idx, (spec, field)) in FIELDS.iter().zip(&fields).enumerate() {
            parsed[field_idx] = parse_field(spec, field)?;
        }
        let mut days_of_week = parsed[5].0;
        if days_of_week & (1 << 7) != 0 {
            days_of_week = (days_of_week & !(1 << 7)) | 1;
        }
        let schedule = CronSchedule {
            text: fields.join(" "),
            seconds: parsed[0].0,
            minutes: parsed[1].0,
            hours: parsed[2].0,
            days_of_month: parsed[3].0,
            months: parsed[4].0,
            days_of_week,
            day_of_month_restricted: parsed[3].1,
            day_of_week_restricted: parsed[5].1,
        };
        if !schedule.day_of_week_restricted && !schedule.can_ever_match_day_of_month() {
            return Err(format!("cron expression `{text}` never fires (no month has that day)"));
        }
        Ok(schedule)
    }
}

const DAYS_IN_MONTH: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

impl CronSchedule {
    fn can_ever_match_day_of_month(&self) -> bool {
        (1..=12).any(|month| {
            self.months & (1 << month) != 0
                && (1..=DAYS_IN_MONTH[month as usize - 1]).any(|day| self.days_of_month & (1 << day) != 0)
        })
    }

    fn matches_day(&self, year: i64, month: u32, day: u32) -> bool {
        if self.months & (1 << month) == 0 {
            return false;
        }
        let weekday = weekday_of(days_from_civil(year, month, day));
        let by_month_day = self.days_of_month & (1 << day) != 0;
        let by_week_day = self.days_of_week & (1 << weekday) != 0;
        // Both restricted: either matches. Otherwise both must, and an
        // unrestricted `*` field matches every day anyway.
        if self.day_of_month_restricted && self.day_of_week_restricted {
            by_month_day || by_week_day
        } else {
            by_month_day && by_week_day
        }
    }

    /// The first firing time strictly after `unix_seconds` (UTC), or `None` if
    /// there is none within the next 28 years (e.g. `0 0 0 29 2 MON` rarely).
    pub fn next_after(&self, unix_seconds: i64) -> Option<i64> {
        let start = unix_seconds.checked_add(1)?;
        let first_day = start.div_euclid(86_400);
        let mut second_of_day = start.rem_euclid(86_400) as u32;
        for day_number in first_day..first_day + 366 * 28 {
            let (year, month, day) = civil_from_days(day_number);
            if self.matches_day(year, month, day)
                && let Some(second) = self.first_second_from(second_of_day)
            {
                return Some(day_number * 86_400 + i64::from(second));
            }
            second_of_day = 0;
        }
        None
    }

    fn first_second_from(&self, from: u32) -> Option<u32> {
        (from / 3600..24).filter(|hour| self.hours & (1 << hour) != 0).find_map(|hour| {
            (0..60).filter(|minute| self.minutes & (1 << minute) != 0).find_map(|minute| {
                (0..60)
                    .filter(|second| self.seconds & (1 << second) != 0)
                    .map(|second| hour * 3600 + minute * 60 + second)
                    .find(|candidate| *candidate >= from)
            })
        })
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date of a day number (inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// 0 = Sunday.
fn weekday_of(days: i64) -> u32 {
    (days + 4).rem_euclid(7) as u32
}

impl fmt::Display for CronSchedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

crate::units::serialize_as_display!(CronSchedule);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cron(text: &str) -> CronSchedule {
        text.parse().unwrap()
    }

    #[test]
    fn calendar_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
        assert_eq!(weekday_of(0), 4); // a Thursday
    }

    #[test]
    fn next_firing_times() {
        // 2026-11-25 00:00:00 UTC is a Wednesday.
        let wednesday = days_from_civil(2026, 11, 25) * 86_400;
        assert_eq!(cron("0 0 12 * * *").next_after(wednesday), Some(wednesday + 12 * 3600));
        assert_eq!(cron("0 30 9 * * MON").next_after(wednesday), Some(wednesday + 5 * 86_400 + 9 * 3600 + 1800));
        assert_eq!(cron("0 0 0 1 JAN *").next_after(wednesday), Some(days_from_civil(2027, 1, 1) * 86_400));
        assert_eq!(cron("5/20 * * * * *").next_after(wednesday), Some(wednesday + 5));
        assert_eq!(cron("0 0 0 29 2 *").next_after(wednesday), Some(days_from_civil(2028, 2, 29) * 86_400));
        assert_eq!(cron("0 0 0 * * 7"), cron("0 0 0 * * 0"));
    }

    #[test]
    fn star_steps_in_a_day_field_combine_with_and_as_in_vixie_cron() {
        // 2026-11-25 (Wednesday). Mondays: Nov 30 (even), Dec 7 (odd).
        let wednesday = days_from_civil(2026, 11, 25) * 86_400;
        let odd_mondays = cron("0 0 0 */2 * MON");
        assert_eq!(odd_mondays.next_after(wednesday), Some(days_from_civil(2026, 12, 7) * 86_400));
        // Both fields restricted: either one (the 1st, or any Monday).
        let first_or_monday = cron("0 0 0 1 * MON");
        assert_eq!(first_or_monday.next_after(wednesday), Some(days_from_civil(2026, 11, 30) * 86_400));
        assert_eq!(
            first_or_monday.next_after(days_from_civil(2026, 11, 30) * 86_400),
            Some(days_from_civil(2026, 12, 1) * 86_400)
        );
        // A star-step day of week with a restricted day of month: both.
        let thirteenth_on_even_weekday = cron("0 0 0 13 * */2");
        let next = thirteenth_on_even_weekday.next_after(wednesday).unwrap();
        assert_eq!(weekday_of(next / 86_400) % 2, 0);
    }

    #[test]
    fn rejects_with_reasons() {
        for (bad, reason) in [
            ("* * * * *", "5 fields"),
            ("60 * * * * *", "out of range"),
            ("*/0 * * * * *", "positive"),
            ("* * 5-2 * * *", "backwards"),
            ("* * * 31 2 *", "never fires"),
            ("* * * * FOO *", "not a valid month"),
        ] {
            let error = bad.parse::<CronSchedule>().unwrap_err();
            assert!(error.contains(reason), "{bad}: {error}");
        }
    }

    proptest! {
        #[test]
        fn next_is_strictly_later_and_matches(start in 0i64..4_000_000_000, second in 0u32..60, minute in 0u32..60) {
            let schedule = cron(&format!("{second} {minute} * * * *"));
            let next = schedule.next_after(start).unwrap();
            prop_assert!(next > start && next - start <= 3600);
            prop_assert_eq!((next % 60) as u32, second);
            prop_assert_eq!(((next / 60) % 60) as u32, minute);
        }

        #[test]
        fn parse_never_panics(text in "[0-9*/,A-Z -]{0,30}") {
            let _ = text.parse::<CronSchedule>();
        }
    }
}
