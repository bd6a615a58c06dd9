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
/// two neighbouring characters as one edit each (optimal string alignment),
/// over Unicode scalar values. Swaps matter: `nmae` is one slip from `name`.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a_chars: Vec<char> = a.chars().collect();
    let b_chars: Vec<char> = b.chars().collect();
    let width = b_chars.len() + 1;
    let mut rows = vec![vec![0usize; width]; 3];
    rows[1] = (0..width).collect();
    for a_idx in 1..=a_chars.len() {
        let (before_previous, rest) = rows.split_at_mut(1);
        let (previous, current) = rest.split_at_mut(1);
        let (before_previous, previous, current) = (&before_previous[0], &previous[0], &mut current[0]);
        current[0] = a_idx;
        for b_idx in 1..width {
            let cost = usize::from(a_chars[a_idx - 1] != b_chars[b_idx - 1]);
            let mut best = (previous[b_idx - 1] + cost).min(previous[b_idx] + 1).min(current[b_idx - 1] + 1);
            if a_idx > 1
                && b_idx > 1
                && a_chars[a_idx - 1] == b_chars[b_idx - 2]
                && a_chars[a_idx - 2] == b_chars[b_idx - 1]
            {
                best = best.min(before_previous[b_idx - 2] + 1);
            }
            current[b_idx] = best;
        }
        rows.rotate_left(1);
    }
    rows[1][width - 1]
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
