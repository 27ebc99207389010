//! Cheap literal checks run before a regex: a regex whose every match contains a word
//! is only compiled (a fraction of a millisecond each, on every run) for text holding
//! that word. Most runs need few of them.

/// Whether `text` holds `word` (ASCII, lower case) as a `(?i)` regex would see it:
/// ASCII letters in either case, and the two letters Unicode case-folds onto ASCII
/// ones (the Kelvin sign onto `k`, long s onto `s`).
pub fn mentions(text: &str, word: &str) -> bool {
    if text.is_ascii() {
        return text
            .as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()));
    }
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{212A}' => 'k',
            '\u{17F}' => 's',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    folded.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_as_case_insensitive_regexes_do() {
        for (text, word, expected) in [
            ("HTTP/2 429", "http/", true),
            ("Status: 500", "status", true),
            ("ſtatus", "status", true),
            ("to\u{212A}en=abc", "token", true),
            ("tokn", "token", false),
            ("état", "etat", false),
            ("", "code", false),
        ] {
            assert_eq!(mentions(text, word), expected, "{text:?} / {word}");
        }
    }
}
