//! Languages and messages: every user-facing sentence comes from `locales/{en,id}/*.ftl`
//! through `Tr::tr`. Built-in files are embedded; a rules directory may add its own.
//! Self-contained, so `build.rs` compiles it into the rule compiler.

use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::fmt;

use fluent::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::Entry;
use unic_langid::LanguageIdentifier;

/// The output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Id,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Id];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
        }
    }

    /// `id`, `id_ID.UTF-8`, `id-ID` … mean Indonesian; anything else English (contract).
    pub fn from_locale(locale: &str) -> Lang {
        if locale.trim().to_ascii_lowercase().starts_with("id") {
            Lang::Id
        } else {
            Lang::En
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A located problem in a `.ftl` file.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub detail: String,
}

struct Catalog {
    bundle: FluentBundle<FluentResource>,
    keys: BTreeSet<String>,
}

impl Catalog {
    fn new(lang: Lang) -> Self {
        let id: LanguageIdentifier = lang
            .code()
            .parse()
            .expect("en and id are valid language ids");
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        Catalog {
            bundle,
            keys: BTreeSet::new(),
        }
    }

    /// The catalogue of `lang` from the files in its `locales/<lang>/` directory, in
    /// order; syntax errors go to `errors` and leave their file out.
    fn parse(lang: Lang, files: &[(&str, &str)], errors: &mut Vec<LocaleError>) -> Catalog {
        let mut catalog = Catalog::new(lang);
        let dir = format!("locales/{}/", lang.code());
        for (path, text) in files.iter().filter(|(p, _)| p.contains(&dir)) {
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(resource) => resource,
                Err((_, parse_errors)) => {
                    errors.extend(parse_errors.into_iter().map(|e| {
                        let (line, column) = line_col(text, e.pos.start);
                        LocaleError {
                            file: path.to_string(),
                            line,
                            column,
                            detail: e.kind.to_string(),
                        }
                    }));
                    continue;
                }
            };
            for entry in resource.entries() {
                if let Entry::Message(m) = entry {
                    catalog.keys.insert(m.id.name.to_string());
                }
            }
            catalog.bundle.add_resource_overriding(resource);
        }
        catalog
    }
}

/// Both languages' messages. Each language's bundle is built when first used, so a run
/// in one language never parses the other's files.
pub struct Messages {
    /// `(path, contents)` of the files not yet parsed; empty once loaded eagerly.
    files: Vec<(String, String)>,
    en: OnceCell<Catalog>,
    id: OnceCell<Catalog>,
}

impl Messages {
    /// Loads `(path, contents)` pairs whose path contains `locales/en/` or `locales/id/`;
    /// later files override earlier ones, so a rules directory can add or reword messages.
    /// Parses both languages now and reports every syntax error.
    pub fn load<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Messages, Vec<LocaleError>> {
        let files: Vec<(&str, &str)> = files.into_iter().collect();
        let mut errors = Vec::new();
        let en = Catalog::parse(Lang::En, &files, &mut errors);
        let id = Catalog::parse(Lang::Id, &files, &mut errors);
        if errors.is_empty() {
            Ok(Messages {
                files: Vec::new(),
                en: OnceCell::from(en),
                id: OnceCell::from(id),
            })
        } else {
            Err(errors)
        }
    }

    /// Like `load`, for files already checked (the built-in ones, by `build.rs`): nothing
    /// is parsed until a language is used.
    pub fn lazy<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Messages {
        Messages {
            files: files
                .into_iter()
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .collect(),
            en: OnceCell::new(),
            id: OnceCell::new(),
        }
    }

    fn catalog(&self, lang: Lang) -> &Catalog {
        let cell = match lang {
            Lang::En => &self.en,
            Lang::Id => &self.id,
        };
        cell.get_or_init(|| {
            let files: Vec<(&str, &str)> = self
                .files
                .iter()
                .map(|(p, t)| (p.as_str(), t.as_str()))
                .collect();
            Catalog::parse(lang, &files, &mut Vec::new())
        })
    }

    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.catalog(lang).keys.contains(key)
    }

    pub fn keys(&self, lang: Lang) -> &BTreeSet<String> {
        &self.catalog(lang).keys
    }

    /// A translator bound to one language.
    pub fn tr(&self, lang: Lang) -> Tr<'_> {
        Tr {
            messages: self,
            lang,
        }
    }
}

/// Formats messages in one language. A key missing there falls back to English and
/// then to the key itself; tests make sure neither happens.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    messages: &'a Messages,
    pub lang: Lang,
}

impl Tr<'_> {
    pub fn tr(&self, key: &str) -> String {
        self.tr_args(key, None)
    }

    pub fn tr_args(&self, key: &str, args: Option<&FluentArgs>) -> String {
        for lang in [self.lang, Lang::En] {
            let bundle = &self.messages.catalog(lang).bundle;
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        key.to_string()
    }

    pub fn has(&self, key: &str) -> bool {
        self.messages.has(self.lang, key)
    }

    /// Whether `tr` finds `key`, here or in the English it falls back to.
    pub fn has_any(&self, key: &str) -> bool {
        self.has(key) || self.messages.has(Lang::En, key)
    }

    /// Like `tr_args`, but `None` when the key is missing in this language or a variable
    /// has no value: what `rules test` checks every finding's texts with.
    pub fn try_tr_args(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = &self.messages.catalog(self.lang).bundle;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        errors.is_empty().then_some(text)
    }
}

/// 1-based line and column of byte offset `pos` in `text`.
pub fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let before = &text[..pos.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_strings_pick_the_language() {
        for (locale, lang) in [
            ("id_ID.UTF-8", Lang::Id),
            ("id", Lang::Id),
            ("ID-id", Lang::Id),
            ("en_US.UTF-8", Lang::En),
            ("C", Lang::En),
            ("", Lang::En),
            ("fr_FR", Lang::En),
        ] {
            assert_eq!(Lang::from_locale(locale), lang, "{locale}");
        }
    }

    #[test]
    fn later_files_override_and_missing_keys_fall_back() {
        let m = Messages::load([
            (
                "locales/en/a.ftl",
                "hello = Hello { $name }\nonly-en = English\n",
            ),
            ("locales/id/a.ftl", "hello = Halo { $name }\n"),
            ("x/locales/id/b.ftl", "hello = Hai { $name }\n"),
        ])
        .expect("valid ftl");
        let mut args = FluentArgs::new();
        args.set("name", "Budi");
        assert_eq!(m.tr(Lang::Id).tr_args("hello", Some(&args)), "Hai Budi");
        assert_eq!(m.tr(Lang::En).tr_args("hello", Some(&args)), "Hello Budi");
        assert_eq!(m.tr(Lang::Id).tr("only-en"), "English");
        assert_eq!(m.tr(Lang::Id).tr("nope"), "nope");
    }

    #[test]
    fn syntax_errors_are_located() {
        let errors = Messages::load([("locales/en/bad.ftl", "ok = fine\n\nbroken = {\n")])
            .err()
            .expect("error");
        assert_eq!(errors[0].file, "locales/en/bad.ftl");
        assert!((3..=4).contains(&errors[0].line), "{:?}", errors[0]);
    }
}
