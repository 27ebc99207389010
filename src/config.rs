//! Resolves what was typed plus the environment (and `.env`, read by `env`) into a ready
//! `Config`.

use std::io::IsTerminal;

use crate::cache::RuleCache;
use crate::cli::{ColorChoice, Format, GlobalArgs};
use crate::env::{Environment, SECRET_VARS};
use crate::i18n::Lang;
use crate::probe::{ProbeConfig, Refusal};
use crate::rules::RuleSource;

/// Settings every command runs with. No `Debug`: `secrets` holds API keys.
#[derive(Clone)]
pub struct Config {
    pub lang: Lang,
    pub color: bool,
    pub format: Format,
    pub verbose: bool,
    pub rules: RuleSource,
    /// Where a `--rules DIR` is kept compiled between runs; `None`: compiled every run.
    pub rules_cache: Option<RuleCache>,
    /// Values that must never be printed (API keys and the like), for redaction.
    pub secrets: Vec<String>,
    /// Columns text output wraps at: the terminal's (at most 100), or 100 in a pipe.
    pub width: usize,
    /// Whether stdin is a terminal (wizard) — decided here, not deep inside.
    pub interactive_stdin: bool,
    /// The time checks compare dates with; `KLING_DOCTOR_NOW` (RFC 3339) pins it
    /// for reproducible reports and tests.
    pub now: jiff::Timestamp,
    /// Credentials and checked base URLs for `--probe` (its `Debug` never shows a
    /// credential), or why a base URL is refused: commands that probe stop on it with
    /// exit 2 before any request; the others need no base URL.
    pub probe: Result<ProbeConfig, Refusal>,
    /// Whether stderr is a terminal (the probe spinner draws only there).
    pub stderr_terminal: bool,
    /// Which Kling authentication the environment sets up; the kind, never a value.
    pub auth: AuthKind,
    /// Names (never values) of the credential variables that are set, for reports.
    pub credential_vars: Vec<&'static str>,
    /// Names of the variables whose value came from `.env`, for reports.
    pub dotenv_vars: Vec<String>,
}

/// How requests to Kling would be authenticated (contract: API key, or AK/SK signed JWT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AuthKind {
    /// `KLING_API_KEY`, sent as a Bearer token.
    ApiKey,
    /// `KLING_ACCESS_KEY` + `KLING_SECRET_KEY`, signed into an HS256 JWT.
    AccessKeyJwt,
    /// Only one of the access key and the secret key is set.
    AccessKeyIncomplete,
    #[default]
    None,
}

impl AuthKind {
    /// From which credential variables are set; an API key wins, as Kling prefers it.
    pub fn from_vars(set: &[&str]) -> AuthKind {
        let has = |k: &str| set.contains(&k);
        match (
            has("KLING_API_KEY"),
            has("KLING_ACCESS_KEY"),
            has("KLING_SECRET_KEY"),
        ) {
            (true, _, _) => AuthKind::ApiKey,
            (false, true, true) => AuthKind::AccessKeyJwt,
            (false, false, false) => AuthKind::None,
            _ => AuthKind::AccessKeyIncomplete,
        }
    }

    /// Stable id for JSON output.
    pub fn id(self) -> &'static str {
        match self {
            AuthKind::ApiKey => "api_key",
            AuthKind::AccessKeyJwt => "ak_sk_jwt",
            AuthKind::AccessKeyIncomplete => "ak_sk_incomplete",
            AuthKind::None => "none",
        }
    }
}

impl Config {
    pub fn new(args: &GlobalArgs, env: &Environment) -> Config {
        let now = env
            .get("KLING_DOCTOR_NOW")
            .and_then(|t| t.parse().ok())
            .unwrap_or_else(jiff::Timestamp::now);
        let credential_vars: Vec<&'static str> = SECRET_VARS
            .iter()
            .copied()
            .filter(|k| env.get(k).is_some())
            .collect();
        Config {
            lang: resolve_lang(args.lang, env),
            color: resolve_color(args.color, env, std::io::stdout().is_terminal()),
            format: args.format.output(),
            verbose: args.verbose,
            rules: args
                .rules
                .clone()
                .map_or(RuleSource::Embedded, RuleSource::Dir),
            rules_cache: RuleCache::from_env(env),
            secrets: env.secrets(),
            width: terminal_width()
                .unwrap_or(MAX_WIDTH)
                .clamp(MIN_WIDTH, MAX_WIDTH),
            interactive_stdin: std::io::stdin().is_terminal(),
            now,
            probe: ProbeConfig::from_env(env, now),
            stderr_terminal: std::io::stderr().is_terminal(),
            auth: AuthKind::from_vars(&credential_vars),
            credential_vars,
            dotenv_vars: env.dotenv_vars(),
        }
    }
}

/// Text output never wraps wider than this, for readability.
const MAX_WIDTH: usize = 100;
/// Nor narrower than this, however narrow the terminal says it is.
const MIN_WIDTH: usize = 40;

/// The width of the terminal stdout writes to; `None` for pipes and files.
fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
        .filter(|w| *w > 0)
}

/// `--lang`, then KLING_DOCTOR_LANG, LC_ALL, LC_MESSAGES, LANG, then the OS locale.
pub fn resolve_lang(flag: Option<Lang>, env: &Environment) -> Lang {
    if let Some(lang) = flag {
        return lang;
    }
    ["KLING_DOCTOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| env.get(k))
        .map(str::to_string)
        .or_else(sys_locale::get_locale)
        .map_or(Lang::En, |l| Lang::from_locale(&l))
}

/// Colour only on a terminal that is not `dumb`, never with NO_COLOR unless forced.
pub fn resolve_color(choice: ColorChoice, env: &Environment, stdout_is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            env.get("NO_COLOR").is_none() && stdout_is_terminal && env.get("TERM") != Some("dumb")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_precedence_follows_the_contract() {
        let cases: &[(Option<Lang>, &[(&str, &str)], Lang)] = &[
            (Some(Lang::En), &[("KLING_DOCTOR_LANG", "id")], Lang::En),
            (
                None,
                &[("KLING_DOCTOR_LANG", "id"), ("LANG", "en_US.UTF-8")],
                Lang::Id,
            ),
            (
                None,
                &[("LC_ALL", "id_ID.UTF-8"), ("LANG", "en_US")],
                Lang::Id,
            ),
            (
                None,
                &[("LC_ALL", ""), ("LC_MESSAGES", "en_GB"), ("LANG", "id_ID")],
                Lang::En,
            ),
            (None, &[("LANG", "id_ID.UTF-8")], Lang::Id),
        ];
        for (flag, vars, expected) in cases {
            let env = Environment::from_pairs(vars.iter().copied());
            assert_eq!(resolve_lang(*flag, &env), *expected, "{flag:?} {vars:?}");
        }
    }

    #[test]
    fn auth_kind_names_the_scheme_only() {
        let cases: &[(&[&str], AuthKind)] = &[
            (&["KLING_API_KEY", "KLING_ACCESS_KEY"], AuthKind::ApiKey),
            (
                &["KLING_ACCESS_KEY", "KLING_SECRET_KEY"],
                AuthKind::AccessKeyJwt,
            ),
            (&["KLING_SECRET_KEY"], AuthKind::AccessKeyIncomplete),
            (&["USEAPI_TOKEN"], AuthKind::None),
        ];
        for (vars, expected) in cases {
            assert_eq!(AuthKind::from_vars(vars), *expected, "{vars:?}");
        }
    }

    #[test]
    fn colour_is_off_unless_a_terminal_wants_it() {
        let plain = Environment::default();
        let no_color = Environment::from_pairs([("NO_COLOR", "1")]);
        let dumb = Environment::from_pairs([("TERM", "dumb")]);
        let cases = [
            (ColorChoice::Auto, &plain, true, true),
            (ColorChoice::Auto, &plain, false, false),
            (ColorChoice::Auto, &no_color, true, false),
            (ColorChoice::Auto, &dumb, true, false),
            (ColorChoice::Always, &no_color, false, true),
            (ColorChoice::Never, &plain, true, false),
        ];
        for (choice, env, tty, expected) in cases {
            assert_eq!(
                resolve_color(choice, env, tty),
                expected,
                "{choice:?} NO_COLOR={:?} TERM={:?} {tty}",
                env.get("NO_COLOR"),
                env.get("TERM")
            );
        }
    }
}
