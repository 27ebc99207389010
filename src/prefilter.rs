//! Cheap literal checks run before a regex: a regex whose every match contains a word
//! is only compiled (a fraction of a millisecond each, on every run) for text holding
//! that word. Most runs need few of them.

/// Whether `text` holds `word` (ASCII, lower case) as a `(?i)` regex would see it:
/// ASCII letters in either case, and the two letters Unicode case-folds onto ASCII
/// ones (the Kelvin sign onto `k`, long s onto `s`).
pub fn mentions(text: &str, word: &str) -> bool {
    if text.is_ascii() {
        return ascii_mentions(text.as_bytes(), word.as_bytes());
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

/// The positions holding `word`'s first letter in either case (memchr's vector search),
/// then the rest compared: a paste is checked for a hundred or more words on every run.
fn ascii_mentions(text: &[u8], word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return true;
    };
    let Some(last_start) = text.len().checked_sub(word.len()) else {
        return false;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    memchr::memchr2_iter(lower, upper, &text[..=last_start])
        .any(|at| text[at..at + word.len()].eq_ignore_ascii_case(word))
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
            ("cod", "code", false),
            ("CODE", "code", true),
            ("a", "", true),
            ("xx/v1/videos", "/v1/", true),
        ] {
            assert_eq!(mentions(text, word), expected, "{text:?} / {word}");
        }
    }
}
