//! The process environment over the `.env` file of the working directory, remembering
//! which variables the file supplied (a `.env` is a stranger's file as often as the user's,
//! so what it sets is trusted less). A leaf: it depends on nothing else in the crate.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;

/// The file read next to the process environment.
pub const DOTENV_FILE: &str = ".env";

/// Variables whose values are secrets wherever they appear — the one list the
/// credential lookup, reports and redaction use.
pub const SECRET_VARS: [&str; 5] = [
    "KLING_API_KEY",
    "KLING_ACCESS_KEY",
    "KLING_SECRET_KEY",
    "USEAPI_TOKEN",
    "COMETAPI_KEY",
];

/// Why `.env` could not be used. Never holds a line's text: it may hold a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DotenvError {
    /// A line is not `NAME=value` (1-based line number, when it could be found).
    Syntax { line: Option<usize> },
    /// The file exists but could not be read (permissions, not UTF-8, a folder, …).
    Unreadable,
}

/// Environment variables, with `.env` as fallback. No `Debug`: it holds API keys.
#[derive(Clone, Default)]
pub struct Environment {
    vars: BTreeMap<String, String>,
    /// Variables whose value is the one from `.env` (the real environment did not set them).
    dotenv: BTreeSet<String>,
    dotenv_error: Option<DotenvError>,
}

impl Environment {
    /// The process environment over `.env` in the working directory (the environment
    /// wins, as the contract says). A broken `.env` contributes nothing and is remembered.
    pub fn load() -> Self {
        let (file, dotenv_error) = match read_dotenv(Path::new(DOTENV_FILE)) {
            Ok(pairs) => (pairs, None),
            Err(e) => (Vec::new(), Some(e)),
        };
        Environment {
            dotenv_error,
            ..Self::layered(std::env::vars(), file)
        }
    }

    /// Variables as if all were exported in the shell.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self::layered(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
            Vec::new(),
        )
    }

    /// `real` (the process environment) over `file` (what `.env` says).
    pub fn layered(
        real: impl IntoIterator<Item = (String, String)>,
        file: impl IntoIterator<Item = (String, String)>,
    ) -> Self {
        let mut vars: BTreeMap<String, String> = file.into_iter().collect();
        let mut dotenv: BTreeSet<String> = vars.keys().cloned().collect();
        for (k, v) in real {
            dotenv.remove(&k);
            vars.insert(k, v);
        }
        dotenv.retain(|k| vars.get(k).is_some_and(|v| !v.trim().is_empty()));
        Environment {
            vars,
            dotenv,
            dotenv_error: None,
        }
    }

    /// A variable's value; empty counts as unset.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.vars
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.trim().is_empty())
    }

    /// Whether `key`'s value comes from `.env` rather than the real environment.
    pub fn from_dotenv(&self, key: &str) -> bool {
        self.dotenv.contains(key)
    }

    /// Names (never values) of the variables `.env` supplied, sorted.
    pub fn dotenv_vars(&self) -> Vec<String> {
        self.dotenv.iter().cloned().collect()
    }

    /// Why `.env` was not used, when it exists but is broken.
    pub fn dotenv_error(&self) -> Option<&DotenvError> {
        self.dotenv_error.as_ref()
    }

    /// The values of the secret variables that are set, for redaction.
    pub fn secrets(&self) -> Vec<String> {
        SECRET_VARS
            .iter()
            .filter_map(|k| self.get(k))
            .map(str::to_string)
            .collect()
    }
}

/// The pairs of a `.env` file; no file is no pairs.
fn read_dotenv(path: &Path) -> Result<Vec<(String, String)>, DotenvError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(_) => return Err(DotenvError::Unreadable),
    };
    parse_dotenv(&text)
}

/// Parses `.env` text with dotenvy (no variable of the process is set by it).
fn parse_dotenv(text: &str) -> Result<Vec<(String, String)>, DotenvError> {
    dotenvy::from_read_iter(text.as_bytes())
        .map(|item| {
            item.map_err(|e| match e {
                dotenvy::Error::LineParse(line, _) => DotenvError::Syntax {
                    line: line_number(text, &line),
                },
                _ => DotenvError::Unreadable,
            })
        })
        .collect()
}

/// The 1-based number of the line that starts the unparsable `entry`.
fn line_number(text: &str, entry: &str) -> Option<usize> {
    let first = entry.lines().next()?.trim();
    text.lines()
        .position(|l| !first.is_empty() && l.trim() == first)
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotenv_files_parse_or_say_which_line_is_wrong() {
        let cases: &[(&str, Result<&[(&str, &str)], DotenvError>)] = &[
            ("", Ok(&[])),
            (
                "# comment\nKLING_API_KEY=abc\n\nexport LANG='id_ID'\n",
                Ok(&[("KLING_API_KEY", "abc"), ("LANG", "id_ID")]),
            ),
            (
                "A=1\nthis line is not an assignment\nB=2\n",
                Err(DotenvError::Syntax { line: Some(2) }),
            ),
            (
                "A=1\nB=\"never closed\n",
                Err(DotenvError::Syntax { line: Some(2) }),
            ),
        ];
        for (text, expected) in cases {
            let expected = expected.clone().map(|pairs| {
                pairs
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect::<Vec<_>>()
            });
            assert_eq!(parse_dotenv(text), expected, "{text:?}");
        }
    }

    #[test]
    fn the_real_environment_wins_and_dotenv_names_are_kept() {
        let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
        let env = Environment::layered(
            [pair("KLING_API_KEY", "real"), pair("LANG", "")],
            [
                pair("KLING_API_KEY", "file"),
                pair("KLING_API_BASE", "https://api.klingai.com"),
                pair("LANG", "id"),
                pair("EMPTY", " "),
            ],
        );
        assert_eq!(env.get("KLING_API_KEY"), Some("real"));
        assert_eq!(env.get("LANG"), None, "an exported empty value wins too");
        assert!(env.from_dotenv("KLING_API_BASE"));
        assert!(!env.from_dotenv("KLING_API_KEY"));
        assert_eq!(env.dotenv_vars(), ["KLING_API_BASE"]);
        assert_eq!(env.secrets(), ["real"]);
    }
}
