//! Loose matching of what a person typed against known names: "did you mean" hints and
//! separator-insensitive comparison. A leaf module, so the fact catalogue, the price list
//! and the rule loader can all use it without depending on each other.

/// Lower-cases and folds `-`, `_` and runs of blanks into one space, so
/// `Kling_V2_6`, `kling-v2-6` and `kling v2 6` compare equal.
pub fn normalize(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .replace(['-', '_'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The candidate nearest to `input` by edit distance, if it is plausibly a typo.
pub fn closest<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    candidates
        .map(|c| (strsim::levenshtein(&input, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_separators_and_case() {
        for (input, expected) in [
            ("Kling_V2_6", "kling v2 6"),
            ("  2.5   Turbo ", "2.5 turbo"),
            ("kling-v2-1-master", "kling v2 1 master"),
        ] {
            assert_eq!(normalize(input), expected, "{input}");
        }
    }

    #[test]
    fn closest_suggests_typos_only() {
        let keys = ["units_left", "running_tasks", "package_status"];
        for (input, expected) in [
            ("unit_left", Some("units_left")),
            ("package_stat", Some("package_status")),
            ("UNITS_LEFT", Some("units_left")),
            ("colour", None),
        ] {
            assert_eq!(closest(input, keys.iter().copied()), expected, "{input}");
        }
    }
}
