//! Where rules come from: the copy embedded at build time, or a directory (`--rules DIR`).

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::{RuleError, RuleErrorKind, RuleSet};
use crate::embedded;
use crate::i18n::Messages;

/// Largest rule file accepted; reading stops one byte past it. The shipped files are a
/// few kilobytes.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// The rules to load.
#[derive(Debug, Clone, PartialEq)]
pub enum RuleSource {
    Embedded,
    Dir(PathBuf),
}

/// One file: its path for messages (`rules/checks/30-pack.yaml`), its path inside the
/// rules directory (`checks/30-pack.yaml`, used in `rule: file:node`), and its text.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RuleFile {
    pub display: String,
    pub rel: String,
    pub text: String,
}

/// The files of one rule set plus the locale files its messages come from.
#[derive(Debug, Clone)]
pub struct RuleFiles {
    pub rules: Vec<RuleFile>,
    locales: Vec<(String, String)>,
}

/// Rule files every rule set has; `checks/*.yaml` and `tests/*.yaml` come on top.
pub const REQUIRED: [&str; 4] = [
    "facts.yaml",
    "findings.yaml",
    "pricing.yaml",
    "error-codes.yaml",
];

impl RuleSource {
    /// Reads every file, reporting each one that is missing or unreadable.
    pub fn files(&self) -> Result<RuleFiles, Vec<RuleError>> {
        let builtin_locales = builtin_locales().map(|(p, t)| (p.to_string(), t.to_string()));
        match self {
            RuleSource::Embedded => Ok(RuleFiles::new(embedded::FILES.iter().copied())),
            RuleSource::Dir(dir) => {
                let mut errors = Vec::new();
                let mut rules = Vec::new();
                let not_a_directory = match fs::metadata(dir) {
                    Ok(meta) if meta.is_dir() => None,
                    Ok(_) => Some(std::io::Error::from(std::io::ErrorKind::NotADirectory)),
                    Err(e) => Some(e),
                };
                if let Some(error) = not_a_directory {
                    let shown = dir.display().to_string();
                    let kind = RuleErrorKind::io(&shown, &error);
                    return Err(vec![RuleError::at(&shown, 0, 0, kind)]);
                }
                for rel in REQUIRED {
                    match read(dir, rel) {
                        Ok(file) => rules.push(file),
                        Err(e) => errors.push(*e),
                    }
                }
                // Optional: without it, pasted text is read for Kling's own envelope only.
                if dir.join(super::providers::FILE).is_file() {
                    match read(dir, super::providers::FILE) {
                        Ok(file) => rules.push(file),
                        Err(e) => errors.push(*e),
                    }
                }
                for sub in ["checks", "tests"] {
                    for rel in list(dir, sub, "yaml") {
                        match read(dir, &rel) {
                            Ok(file) => rules.push(file),
                            Err(e) => errors.push(*e),
                        }
                    }
                }
                let mut locales: Vec<(String, String)> = builtin_locales.collect();
                for lang in ["en", "id"] {
                    for rel in list(dir, &format!("locales/{lang}"), "ftl") {
                        match read(dir, &rel) {
                            Ok(file) => locales.push((file.display, file.text)),
                            Err(e) => errors.push(*e),
                        }
                    }
                }
                if errors.is_empty() {
                    Ok(RuleFiles { rules, locales })
                } else {
                    Err(errors)
                }
            }
        }
    }
}

impl RuleFiles {
    /// The files of `(path, contents)` pairs as the crate holds them (`rules/…`,
    /// `locales/…`): how the built-in set is assembled, at build time and at run time.
    pub fn new<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> RuleFiles {
        let mut rules = Vec::new();
        let mut locales = Vec::new();
        for (path, text) in files {
            if let Some(rel) = path.strip_prefix("rules/") {
                rules.push(RuleFile {
                    display: path.to_string(),
                    rel: rel.to_string(),
                    text: text.to_string(),
                });
            } else if path.starts_with("locales/") {
                locales.push((path.to_string(), text.to_string()));
            }
        }
        RuleFiles { rules, locales }
    }

    pub fn get(&self, rel: &str) -> Option<&RuleFile> {
        self.rules.iter().find(|f| f.rel == rel)
    }

    /// `checks/*.yaml`, sorted by name: their order is the order of the checks.
    pub fn checks(&self) -> Vec<&RuleFile> {
        let mut checks: Vec<&RuleFile> = self
            .rules
            .iter()
            .filter(|f| f.rel.starts_with("checks/") && f.rel.ends_with(".yaml"))
            .collect();
        checks.sort_by(|a, b| a.rel.cmp(&b.rel));
        checks
    }

    /// `tests/*.yaml`: scenario files.
    pub fn tests(&self) -> Vec<&RuleFile> {
        let mut tests: Vec<&RuleFile> = self
            .rules
            .iter()
            .filter(|f| f.rel.starts_with("tests/"))
            .collect();
        tests.sort_by(|a, b| a.rel.cmp(&b.rel));
        tests
    }

    pub fn locales(&self) -> impl Iterator<Item = (&str, &str)> {
        self.locales.iter().map(|(p, t)| (p.as_str(), t.as_str()))
    }

    /// A short fingerprint of every rule and message file, so a report tells support
    /// exactly which rules produced it, and a kept compilation is used only for the very
    /// files it was compiled from.
    pub fn digest(&self) -> String {
        let mut files: Vec<(&str, &str)> = self
            .rules
            .iter()
            .map(|f| (f.rel.as_str(), f.text.as_str()))
            .chain(self.locales())
            .collect();
        files.sort_unstable();
        let parts = files
            .iter()
            .flat_map(|(path, text)| [path.as_bytes(), text.as_bytes()]);
        format!("{:016x}", fingerprint(parts))
    }
}

/// XXH3-64 of `parts`, each ended by a zero byte so that `["ab", "c"]` and `["a", "bc"]`
/// differ: a published algorithm, so the same files give the same value on every machine.
/// It identifies contents; it does not protect them from someone who can edit them.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for part in parts {
        hasher.update(part);
        hasher.update(&[0]);
    }
    hasher.digest()
}

/// The rule set `build.rs` validated and embedded, decoded without parsing YAML.
pub fn builtin_rules() -> Result<RuleSet, Vec<RuleError>> {
    decode(embedded::RULES, "rules")
}

/// The provider signatures `build.rs` checked and embedded.
pub fn builtin_providers() -> Result<super::providers::Providers, Vec<RuleError>> {
    decode(embedded::PROVIDERS, "rules/providers.yaml")
}

/// What `build.rs` encoded from `shown`; failing only if the binary itself is damaged.
fn decode<'a, T: serde::Deserialize<'a>>(
    bytes: &'a [u8],
    shown: &str,
) -> Result<T, Vec<RuleError>> {
    postcard::from_bytes(bytes).map_err(|e| {
        let kind = RuleErrorKind::Io {
            path: shown.to_string(),
            reason: "other",
            detail: e.to_string(),
        };
        vec![RuleError::at(shown, 0, 0, kind)]
    })
}

/// The built-in messages, parsed one message at a time as they are used.
pub fn builtin_messages() -> Messages {
    Messages::embedded(
        embedded::FILES,
        embedded::MESSAGES_EN,
        embedded::MESSAGES_ID,
    )
}

/// The locale files embedded at build time.
pub fn builtin_locales() -> impl Iterator<Item = (&'static str, &'static str)> {
    embedded::FILES
        .iter()
        .copied()
        .filter(|(p, _)| p.starts_with("locales/"))
}

/// The text of a rule or locale file by the path shown in messages, for error snippets:
/// on disk first (a `--rules` copy may share a path with the built-in files), bounded
/// like every read, else the embedded copy.
pub fn file_text(display: &str) -> Option<String> {
    let mut bytes = Vec::new();
    fs::File::open(display)
        .and_then(|f| f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes))
        .ok()
        .map(|_| String::from_utf8_lossy(&bytes).into_owned())
        .or_else(|| {
            embedded::FILES
                .iter()
                .find(|(p, _)| *p == display)
                .map(|(_, t)| t.to_string())
        })
}

/// Reads at most one byte more than `MAX_FILE_BYTES`, so a huge file is refused
/// by size without being loaded whole.
fn read(dir: &Path, rel: &str) -> Result<RuleFile, Box<RuleError>> {
    let path = dir.join(rel);
    let display = path.display().to_string();
    let fail =
        |error: std::io::Error| RuleError::at(&display, 0, 0, RuleErrorKind::io(&display, &error));
    let mut bytes = Vec::new();
    fs::File::open(&path)
        .and_then(|f| f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(fail)?;
    let text = if bytes.len() > MAX_FILE_BYTES {
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        String::from_utf8(bytes)
            .map_err(|_| Box::new(RuleError::at(&display, 0, 0, RuleErrorKind::NotUtf8)))?
    };
    Ok(RuleFile {
        display,
        rel: rel.to_string(),
        text,
    })
}

/// Relative paths of the files with `ext` directly inside `dir/sub`, sorted.
fn list(dir: &Path, sub: &str, ext: &str) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir.join(sub)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().and_then(|e| e.to_str()) == Some(ext))
        .filter_map(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .map(|n| format!("{sub}/{n}"))
        })
        .collect();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Formatting a message from the index gives what the whole parsed catalogue gives,
    /// for every key of both languages (variables left out show as `{$name}` in both).
    #[test]
    fn indexed_messages_read_as_the_whole_catalogue() {
        let parsed = Messages::load(builtin_locales()).expect("built-in messages");
        for lang in [Lang::En, Lang::Id] {
            let indexed = builtin_messages();
            assert!(parsed.keys(lang).len() > 500, "{lang:?}");
            assert_eq!(indexed.keys(lang), parsed.keys(lang), "{lang:?} keys");
            for key in parsed.keys(lang) {
                assert_eq!(
                    indexed.tr(lang).tr(key),
                    parsed.tr(lang).tr(key),
                    "{lang:?} {key}"
                );
            }
        }
    }
}
