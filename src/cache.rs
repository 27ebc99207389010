//! `--rules DIR`, compiled once and kept between runs, as Python keeps `.pyc` files: a
//! support desk's own rules then load about as fast as the built-in ones. Parsing YAML is
//! what a large rules directory costs (a 10,000-node tree takes over 100 ms, almost all of
//! it inside the YAML parser); decoding the checked `RuleSet` takes a few milliseconds.
//!
//! An entry is used only for the very files it was compiled from (`RuleFiles::digest`,
//! taken of every rule and message file on each run) and only by a binary whose rule types
//! are laid out alike (`embedded::LAYOUT`); anything else is a miss and is compiled again.
//! Best effort throughout: a cache that cannot be read or written costs time, never a
//! wrong answer or an error.

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::embedded;
use crate::env::Environment;
use crate::i18n::Messages;
use crate::rules::providers::Providers;
use crate::rules::{self, RuleError, RuleFiles, RuleSet, RuleSource};

/// Set (to anything) in the environment: never read or write the cache.
pub const DISABLE_VAR: &str = "KLING_DOCTOR_NO_CACHE";

/// The folder entries go to, instead of the platform's cache folder.
pub const DIR_VAR: &str = "KLING_DOCTOR_CACHE_DIR";

/// Largest entry read or written: the encoded 100,000-node tree is far below it.
const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;

/// An entry nobody wrote for this long is removed when another is written: one entry per
/// rules directory, but directories come and go (copies in temporary folders).
const MAX_AGE: Duration = Duration::from_secs(30 * 24 * 60 * 60);

/// Most folder entries looked at when pruning, so a crowded folder stays cheap.
const MAX_PRUNE_SCAN: usize = 256;

/// What an entry's file name starts and ends with.
const PREFIX: &str = "rules-";
const SUFFIX: &str = ".bin";

/// Where compiled rule directories are kept.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCache {
    /// `KLING_DOCTOR_CACHE_DIR`; `None`: the platform's cache folder, looked up only when
    /// a rules directory is loaded, as most runs never need it.
    chosen: Option<PathBuf>,
}

impl RuleCache {
    pub fn new(dir: PathBuf) -> RuleCache {
        RuleCache { chosen: Some(dir) }
    }

    /// `KLING_DOCTOR_CACHE_DIR`, else `kling-doctor` in the platform's cache folder
    /// (`$XDG_CACHE_HOME` or `~/.cache`, `~/Library/Caches`, `%LOCALAPPDATA%`); `None` when
    /// `KLING_DOCTOR_NO_CACHE` is set or there is no such folder. Only the real environment
    /// counts: where files are written is not for a `.env` file, often a stranger's, to say.
    pub fn from_env(env: &Environment) -> Option<RuleCache> {
        let real = |name: &str| {
            env.get(name)
                .filter(|value| !value.is_empty() && !env.from_dotenv(name))
        };
        if real(DISABLE_VAR).is_some() {
            return None;
        }
        Some(RuleCache {
            chosen: real(DIR_VAR).map(PathBuf::from),
        })
    }

    /// The folder entries go to; `None` when the platform names no cache folder.
    fn folder(&self) -> Option<PathBuf> {
        match &self.chosen {
            Some(dir) => Some(dir.clone()),
            None => Some(dirs::cache_dir()?.join("kling-doctor")),
        }
    }

    /// The entry of `rules_dir` in `folder`: one per directory, so an edited directory
    /// replaces its entry instead of adding one.
    fn entry(folder: &Path, rules_dir: &Path) -> Option<PathBuf> {
        let canonical = fs::canonicalize(rules_dir).ok()?;
        let key = rules::fingerprint([canonical.as_os_str().as_encoded_bytes()]);
        Some(folder.join(format!("{PREFIX}{key:016x}{SUFFIX}")))
    }

    /// The rules compiled from exactly `files` of `rules_dir`, if an entry holds them.
    pub fn get(&self, rules_dir: &Path, files: &RuleFiles) -> Option<RuleSet> {
        let mut bytes = Vec::new();
        fs::File::open(Self::entry(&self.folder()?, rules_dir)?)
            .and_then(|file| file.take(MAX_ENTRY_BYTES + 1).read_to_end(&mut bytes))
            .ok()?;
        let ((layout, digest), rest) = postcard::take_from_bytes::<(&str, &str)>(&bytes).ok()?;
        if layout != embedded::LAYOUT || digest != files.digest().as_str() {
            return None;
        }
        let ((rules, providers), rest) =
            postcard::take_from_bytes::<(RuleSet, Option<Providers>)>(rest).ok()?;
        if !rest.is_empty() || rules.digest != digest {
            return None;
        }
        if let Some(providers) = providers {
            let _ = rules.providers_cell.set(Ok(providers));
        }
        Some(rules)
    }

    /// Keeps `rules` (which passed validation, provider signatures included) as the
    /// entry of `rules_dir`. Written to a temporary file and renamed, so a reader never
    /// sees half an entry; then entries nobody wrote for `MAX_AGE` are removed.
    pub fn put(&self, rules_dir: &Path, rules: &RuleSet) {
        let Some(folder) = self.folder() else {
            return;
        };
        let Some(path) = Self::entry(&folder, rules_dir) else {
            return;
        };
        let header = (embedded::LAYOUT, rules.digest.as_str());
        let Ok(bytes) = postcard::to_allocvec(&header)
            .and_then(|bytes| postcard::to_extend(&(rules, rules.providers().ok()), bytes))
        else {
            return;
        };
        if bytes.len() as u64 > MAX_ENTRY_BYTES || create_private_dir(&folder).is_err() {
            return;
        }
        let temporary = path.with_extension(format!("{}.tmp", std::process::id()));
        if fs::write(&temporary, &bytes)
            .and_then(|()| fs::rename(&temporary, &path))
            .is_err()
        {
            let _ = fs::remove_file(&temporary);
            return;
        }
        prune(&folder, SystemTime::now());
    }
}

/// Removes entries (and temporary files a killed run left) older than `MAX_AGE`.
fn prune(folder: &Path, now: SystemTime) {
    let Ok(listing) = fs::read_dir(folder) else {
        return;
    };
    for item in listing.flatten().take(MAX_PRUNE_SCAN) {
        let name = item.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(PREFIX) && (name.ends_with(SUFFIX) || name.ends_with(".tmp"));
        let old = item
            .metadata()
            .and_then(|meta| meta.modified())
            .is_ok_and(|written| now.duration_since(written).unwrap_or_default() > MAX_AGE);
        if ours && old {
            let _ = fs::remove_file(item.path());
        }
    }
}

/// Creates the cache folder (and any missing parent) for its owner only: what it holds
/// decides diagnoses, so nobody else should be able to plant an entry.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Reads and checks `rules_dir` through `cache`: a hit is decoded, a miss compiled
/// (provider signatures included) and kept for the next run. Also returns the files, for
/// the scenarios of `rules check|test`.
pub fn load_dir(
    cache: Option<&RuleCache>,
    rules_dir: &Path,
) -> Result<(RuleSet, Messages, RuleFiles), Vec<RuleError>> {
    let files = RuleSource::Dir(rules_dir.to_path_buf()).files()?;
    if let Some(rules) = cache.and_then(|cache| cache.get(rules_dir, &files)) {
        let messages = rules::messages(&files)?;
        return Ok((rules, messages, files));
    }
    let (rules, messages) = rules::compile(&files)?;
    rules.providers().map_err(<[_]>::to_vec)?;
    if let Some(cache) = cache {
        cache.put(rules_dir, &rules);
    }
    Ok((rules, messages, files))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped rules and messages, written out as a rules directory.
    fn rules_dir(root: &Path) -> PathBuf {
        let dir = root.join("rules");
        for (path, text) in embedded::FILES {
            let rel = path.strip_prefix("rules/").unwrap_or(path);
            let target = dir.join(rel);
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(target, text).unwrap();
        }
        dir
    }

    fn files(dir: &Path) -> RuleFiles {
        RuleSource::Dir(dir.to_path_buf())
            .files()
            .unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn entries(cache: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(cache)
            .map(|listing| {
                listing
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// What happens to a kept entry before the next run reads it.
    type Tamper = fn(rules_dir: &Path, entry: &Path);

    #[test]
    fn an_entry_is_used_only_for_the_files_it_was_compiled_from() {
        let rows: [(&str, Tamper, bool); 7] = [
            ("untouched", |_, _| {}, true),
            (
                "a check edited",
                |dir, _| {
                    let path = dir.join("checks/30-pack.yaml");
                    let text = fs::read_to_string(&path).unwrap();
                    fs::write(path, text + "\n# edited\n").unwrap();
                },
                false,
            ),
            (
                "a message added",
                |dir, _| {
                    fs::create_dir_all(dir.join("locales/en")).unwrap();
                    fs::write(dir.join("locales/en/extra.ftl"), "extra = Extra\n").unwrap();
                },
                false,
            ),
            (
                "another layout",
                |_, entry| {
                    let bytes = fs::read(entry).unwrap();
                    let (header, rest) = postcard::take_from_bytes::<(&str, &str)>(&bytes).unwrap();
                    let mut forged = postcard::to_allocvec(&("0.0.0-other", header.1)).unwrap();
                    forged.extend_from_slice(rest);
                    fs::write(entry, forged).unwrap();
                },
                false,
            ),
            (
                "truncated",
                |_, entry| {
                    let bytes = fs::read(entry).unwrap();
                    fs::write(entry, &bytes[..bytes.len() / 2]).unwrap();
                },
                false,
            ),
            (
                "trailing bytes",
                |_, entry| {
                    let mut bytes = fs::read(entry).unwrap();
                    bytes.push(0);
                    fs::write(entry, bytes).unwrap();
                },
                false,
            ),
            (
                "not an entry at all",
                |_, entry| fs::write(entry, "{\"rules\": []}").unwrap(),
                false,
            ),
        ];
        for (name, tamper, hit) in rows {
            let root = tempfile::tempdir().unwrap();
            let dir = rules_dir(root.path());
            let cache = RuleCache::new(root.path().join("cache"));
            assert!(
                cache.get(&dir, &files(&dir)).is_none(),
                "{name}: empty cache"
            );
            let (compiled, _, _) = load_dir(Some(&cache), &dir).unwrap_or_else(|e| panic!("{e:?}"));
            let [entry] = entries(&root.path().join("cache")).try_into().unwrap();
            tamper(&dir, &root.path().join("cache").join(entry));
            let cached = cache.get(&dir, &files(&dir));
            assert_eq!(cached.is_some(), hit, "{name}");
            if let Some(cached) = cached {
                assert_eq!(cached.digest, compiled.digest, "{name}");
                assert_eq!(cached.checks.len(), compiled.checks.len(), "{name}");
                assert!(cached.providers().is_ok(), "{name}: signatures kept");
            }
            // Whatever the entry held, loading through the cache gives the files' rules.
            let (loaded, _, _) = load_dir(Some(&cache), &dir).unwrap_or_else(|e| panic!("{e:?}"));
            assert_eq!(loaded.digest, files(&dir).digest(), "{name}");
        }
    }

    #[test]
    fn a_cache_that_cannot_be_written_only_costs_time() {
        let root = tempfile::tempdir().unwrap();
        let dir = rules_dir(root.path());
        let blocked = root.path().join("a-file");
        fs::write(&blocked, "").unwrap();
        for cache in [
            RuleCache::new(blocked.clone()),
            RuleCache::new(blocked.join("below")),
        ] {
            let (rules, _, _) = load_dir(Some(&cache), &dir).unwrap_or_else(|e| panic!("{e:?}"));
            assert!(!rules.checks.is_empty());
            assert!(cache.get(&dir, &files(&dir)).is_none());
        }
        assert_eq!(fs::read(&blocked).unwrap(), b"");
    }

    #[test]
    fn writing_an_entry_removes_old_ones_only() {
        let root = tempfile::tempdir().unwrap();
        let dir = rules_dir(root.path());
        let cache_dir = root.path().join("cache");
        fs::create_dir_all(&cache_dir).unwrap();
        let month_ago = SystemTime::now() - MAX_AGE - Duration::from_secs(60);
        for (name, written) in [
            ("rules-00000000000000aa.bin", month_ago),
            ("rules-00000000000000bb.123.tmp", month_ago),
            ("rules-00000000000000cc.bin", SystemTime::now()),
            ("someone-elses.bin", month_ago),
        ] {
            let file = fs::File::create(cache_dir.join(name)).unwrap();
            file.set_modified(written).unwrap();
        }
        load_dir(Some(&RuleCache::new(cache_dir.clone())), &dir)
            .unwrap_or_else(|e| panic!("{e:?}"));
        let left = entries(&cache_dir);
        assert_eq!(left.len(), 3, "{left:?}");
        assert!(left.contains(&"rules-00000000000000cc.bin".to_string()));
        assert!(left.contains(&"someone-elses.bin".to_string()));
    }

    #[test]
    fn settings_come_from_the_real_environment_only() {
        let default = dirs::cache_dir().map(|d| d.join("kling-doctor"));
        let chosen = Some(PathBuf::from("/c"));
        type Pairs = &'static [(&'static str, &'static str)];
        let rows: [(&str, Pairs, Pairs, Option<PathBuf>); 6] = [
            ("chosen", &[(DIR_VAR, "/c")], &[], chosen.clone()),
            ("platform folder", &[], &[], default.clone()),
            (
                "turned off",
                &[(DIR_VAR, "/c"), (DISABLE_VAR, "1")],
                &[],
                None,
            ),
            (
                "empty means unset",
                &[(DIR_VAR, "/c"), (DISABLE_VAR, "")],
                &[],
                chosen,
            ),
            (
                "not moved by .env",
                &[],
                &[(DIR_VAR, "/elsewhere")],
                default.clone(),
            ),
            (
                "not turned off by .env",
                &[],
                &[(DISABLE_VAR, "1")],
                default,
            ),
        ];
        for (name, real, dotenv, expected) in rows {
            let pair = |(k, v): &(&str, &str)| (k.to_string(), v.to_string());
            let env = Environment::layered(real.iter().map(pair), dotenv.iter().map(pair));
            let dir = RuleCache::from_env(&env).and_then(|c| c.folder());
            assert_eq!(dir, expected, "{name}");
        }
    }
}
