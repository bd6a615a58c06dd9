//! "Did you mean" suggestions by edit distance.

/// The candidate closest to `word`, if it is close enough to be a plausible typo:
/// at most one edit for short words, a third of the length for longer ones.
pub(crate) fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let word_lower = word.to_ascii_lowercase();
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(&word_lower, &candidate.to_ascii_lowercase()), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Edit distance counting insertions, deletions, substitutions and swaps of
/// two neighbouring characters as one edit each (optimal string alignment,
/// `strsim`'s), over Unicode scalar values. Swaps matter: `nmae` is one slip
/// from `name`.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// `a`, `b`, `c` — the list form used in "expected one of" messages.
pub(crate) fn backticked(items: &[&str]) -> String {
    items.iter().map(|item| format!("`{item}`")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("über", "uber"), 1);
        assert_eq!(edit_distance("nmae", "name"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }

    #[test]
    fn suggests_only_plausible_typos() {
        let keys = ["determinism", "description", "entry"];
        assert_eq!(closest("determinsm", keys), Some("determinism"));
        assert_eq!(closest("entyr", keys), Some("entry"));
        assert_eq!(closest("zzz", keys), None);
    }
}
