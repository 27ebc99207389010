//! The provider signatures' regexes, built on first use and only for text that holds a
//! literal every match must contain. Building one regex costs about as much as a whole
//! `--version` run, and a paste names at most a provider or two: the literal check keeps
//! the other signatures unbuilt, and `^literal$` patterns never need building for ASCII
//! text.
//!
//! Matching is case-insensitive with the regex crate's Unicode folding; the literal
//! checks compare as `prefilter::mentions` does, so a needle keeps only characters that
//! comparison gets right: ASCII, and characters without case.

use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};

use crate::prefilter::mentions;
use regex_syntax::hir::literal::Extractor;
use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

/// Largest compiled regex: patterns are short; this stops a pathological one.
const SIZE_LIMIT: usize = 1 << 20;

/// A case-insensitive regex, what its matches must contain, and the regex once built.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct LazyRegex {
    source: String,
    /// What every match contains.
    filter: Filter,
    /// For `^…$` around ASCII literals: the literals, ASCII-lowercase; ASCII text matches
    /// exactly when it equals one of them.
    exact: Option<Vec<String>>,
    #[serde(skip)]
    built: OnceLock<Option<Regex>>,
}

/// What every match of a regex contains, as far as the literals tell.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
enum Filter {
    /// Nothing certain: the regex has to run.
    Any,
    /// One of these ASCII-lowercase texts, as `prefilter::mentions` finds them.
    Needles(Vec<String>),
}

impl LazyRegex {
    /// Checks that `source` builds, and reads what its matches contain.
    pub fn new(source: &str) -> Result<Self, regex::Error> {
        let regex = build(source)?;
        let (filter, exact) = match regex_syntax::Parser::new().parse(source) {
            Ok(hir) => (needles(&hir), exact(&hir)),
            Err(_) => (Filter::Any, None),
        };
        Ok(LazyRegex {
            source: source.to_string(),
            filter,
            exact,
            built: OnceLock::from(Some(regex)),
        })
    }

    /// The regex, built now if need be, when a match in `haystack` is possible at all.
    pub fn get(&self, haystack: &str) -> Option<&Regex> {
        if let Filter::Needles(needles) = &self.filter
            && !needles.iter().any(|n| mentions(haystack, n))
        {
            return None;
        }
        // `new` checked the source (at build time for the built-in set), so this builds.
        self.built.get_or_init(|| build(&self.source).ok()).as_ref()
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        if let Some(literals) = &self.exact
            && haystack.is_ascii()
        {
            return literals.iter().any(|l| haystack.eq_ignore_ascii_case(l));
        }
        self.get(haystack).is_some_and(|re| re.is_match(haystack))
    }
}

fn build(source: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(source)
        .case_insensitive(true)
        .size_limit(SIZE_LIMIT)
        .build()
}

/// From each literal a match can start with (read case-sensitively, as written) its
/// longest stretch of ASCII and caseless characters.
fn needles(hir: &Hir) -> Filter {
    let seq = Extractor::new().extract(hir);
    let Some(literals) = seq.literals() else {
        return Filter::Any;
    };
    let mut needles = Vec::new();
    for literal in literals {
        let bytes = literal.as_bytes();
        // A literal cut at the length limit may end inside a character; its whole
        // characters still begin every match.
        let text = std::str::from_utf8(bytes)
            .unwrap_or_else(|e| std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default());
        let longest = text
            .split(|c: char| !c.is_ascii() && folds(c).any(|d| d != c))
            .max_by_key(|s| s.len())
            .unwrap_or_default();
        if longest.is_empty() {
            return Filter::Any;
        }
        needles.push(longest.to_ascii_lowercase());
    }
    needles.sort();
    needles.dedup();
    Filter::Needles(needles)
}

/// Every character `c` matches case-insensitively, by the regex crate's own folding.
fn folds(c: char) -> impl Iterator<Item = char> {
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    class
        .ranges()
        .iter()
        .flat_map(|r| r.start()..=r.end())
        .collect::<Vec<_>>()
        .into_iter()
}

/// `^a$`, `^(a|b)$` over ASCII literals and nothing else: the literals, lowercase.
fn exact(hir: &Hir) -> Option<Vec<String>> {
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let [first, middle @ .., last] = parts.as_slice() else {
        return None;
    };
    if first.kind() != &HirKind::Look(Look::Start) || last.kind() != &HirKind::Look(Look::End) {
        return None;
    }
    let middle = Hir::concat(middle.to_vec());
    if !middle.properties().look_set().is_empty() {
        return None;
    }
    let seq = Extractor::new().extract(&middle);
    seq.literals()?
        .iter()
        .map(|l| {
            let text = std::str::from_utf8(l.as_bytes()).ok()?;
            (l.is_exact() && text.is_ascii()).then(|| text.to_ascii_lowercase())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn any_of(list: &[&str]) -> Filter {
        Filter::Needles(list.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn needles_are_what_every_match_contains() {
        let rows: &[(&str, Filter)] = &[
            ("AI_APICallError", any_of(&["ai_apicallerror"])),
            (
                "Video generation failed: (?P<msg>[^\"{}]{1,300}?)(?: at |$)",
                any_of(&["video generation failed: "]),
            ),
            (
                "资源包已用完|资源包已过期",
                any_of(&["资源包已用完", "资源包已过期"]),
            ),
            (
                "用户额度不足|user quota",
                any_of(&["user quota", "用户额度不足"]),
            ),
            ("API请求过快", any_of(&["api请求过快"])),
            // Characters with non-ASCII case pairs stay out of the needle.
            ("café (?:au|le) lait", any_of(&[" au lait", " le lait"])),
            // A match may start anywhere, or with nothing certain.
            ("[^/]+failed", Filter::Any),
            ("(?:x)?", Filter::Any),
            ("é", Filter::Any),
        ];
        for (source, expected) in rows {
            assert_eq!(
                &LazyRegex::new(source).unwrap().filter,
                expected,
                "{source}"
            );
        }
    }

    #[test]
    fn only_anchored_literals_match_without_the_regex() {
        let rows: &[(&str, Option<&[&str]>)] = &[
            ("^1102$", Some(&["1102"])),
            (
                "^(fail_to_fetch_task|task_failed)$",
                Some(&["fail_to_fetch_task", "task_failed"]),
            ),
            ("^Unauthorized$", Some(&["unauthorized"])),
            ("^1102", None),
            ("1102$", None),
            ("^a\\bb$", None),
            ("^[0-9]+$", None),
            ("^资源包$", None),
        ];
        for (source, expected) in rows {
            let got = LazyRegex::new(source).unwrap().exact;
            let expected = expected.map(|l| l.iter().map(|s| s.to_string()).collect());
            assert_eq!(got, expected, "{source}");
        }
    }

    #[test]
    fn text_that_cannot_match_builds_nothing() {
        let mut re = LazyRegex::new("Video generation failed").unwrap();
        re.built = OnceLock::new();
        assert!(!re.is_match("Account balance not enough"));
        assert!(re.built.get().is_none());
        assert!(re.is_match("VIDEO GENERATION FAILED: 1102"));
        assert!(re.built.get().is_some());

        let mut code = LazyRegex::new("^1102$").unwrap();
        code.built = OnceLock::new();
        assert!(code.is_match("1102") && !code.is_match("11020") && !code.is_match("0"));
        assert!(code.built.get().is_none());
    }

    /// The checks agree with the regex on text where folding differs from ASCII case.
    #[test]
    fn the_checks_never_hide_a_match() {
        let rows = [
            (
                "token quota is not enough",
                "TO\u{212A}EN QUOTA IS NOT ENOUGH",
            ),
            (
                "token quota is not enough",
                "token quota is not enough 资源包",
            ),
            ("spend limit", "\u{17F}PEND LIMIT"),
            ("^task_failed$", "TA\u{17F}K_FAILED"),
            ("^Unauthorized$", "UNAUTHORIZED"),
            (
                "KlingAPIError: \\[(?P<code>[0-9]{4})\\]",
                "klingapierror: [1102]",
            ),
            ("KlingAPIError", "\u{212A}LINGAPIERROR"),
            ("资源包已用完", "错误: 资源包已用完"),
            ("é", "É"),
            ("k", "\u{212A}"),
        ];
        for (source, haystack) in rows {
            let mut re = LazyRegex::new(source).unwrap();
            re.built = OnceLock::new();
            assert!(build(source).unwrap().is_match(haystack), "{source}");
            assert!(re.is_match(haystack), "{source} on {haystack}");
        }
    }
}
