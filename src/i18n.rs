//! Languages and messages: every user-facing sentence comes from `locales/{en,id}/*.ftl`
//! through `Tr::tr`. Built-in files are embedded; a rules directory may add its own.
//! Self-contained, so `build.rs` compiles it into the rule compiler.

use std::cell::{OnceCell, RefCell};
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

/// A built-in catalogue as `build.rs` indexes it: each message key (sorted) with the byte
/// ranges of the embedded files that hold it and what it uses (`locale_index`).
pub type Index = &'static [(&'static str, &'static [(u16, u32, u32)])];

/// The embedded files an `Index` points into.
type Files = &'static [(&'static str, &'static str)];

struct Catalog {
    bundle: RefCell<FluentBundle<FluentResource>>,
    keys: OnceCell<BTreeSet<String>>,
    /// Built in: messages are added to `bundle` from here when first used.
    index: Option<(Files, Index)>,
}

impl Catalog {
    fn new(lang: Lang, index: Option<(Files, Index)>) -> Self {
        let id: LanguageIdentifier = lang
            .code()
            .parse()
            .expect("en and id are valid language ids");
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        Catalog {
            bundle: RefCell::new(bundle),
            keys: OnceCell::new(),
            index,
        }
    }

    /// The catalogue of `lang` from the files in its `locales/<lang>/` directory, in
    /// order; syntax errors go to `errors` and leave their file out.
    fn parse(lang: Lang, files: &[(&str, &str)], errors: &mut Vec<LocaleError>) -> Catalog {
        let catalog = Catalog::new(lang, None);
        let mut keys = BTreeSet::new();
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
                    keys.insert(m.id.name.to_string());
                }
            }
            catalog
                .bundle
                .borrow_mut()
                .add_resource_overriding(resource);
        }
        let _ = catalog.keys.set(keys);
        catalog
    }

    fn position(index: Index, key: &str) -> Option<usize> {
        index.binary_search_by(|(k, _)| (*k).cmp(key)).ok()
    }

    fn has(&self, key: &str) -> bool {
        match self.index {
            Some((_, index)) => Catalog::position(index, key).is_some(),
            None => self.keys().contains(key),
        }
    }

    fn keys(&self) -> &BTreeSet<String> {
        self.keys.get_or_init(|| {
            let index = self.index.map_or(&[][..], |(_, index)| index);
            index.iter().map(|(k, _)| k.to_string()).collect()
        })
    }

    /// Formats `key`, adding it from the index first if need be; `None` when it has no
    /// value here, or (with `strict`) when formatting reported an error.
    fn format(&self, key: &str, args: Option<&FluentArgs>, strict: bool) -> Option<String> {
        if let Some((files, index)) = self.index
            && !self.bundle.borrow().has_message(key)
        {
            let (_, spans) = index[Catalog::position(index, key)?];
            let text: String = spans
                .iter()
                .map(|&(file, start, end)| {
                    &files[usize::from(file)].1[start as usize..end as usize]
                })
                .collect();
            // `build.rs` parsed each entry alone, so this has no errors.
            let (Ok(resource) | Err((resource, _))) = FluentResource::try_new(text);
            self.bundle.borrow_mut().add_resource_overriding(resource);
        }
        let bundle = self.bundle.borrow();
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        (!strict || errors.is_empty()).then_some(text)
    }
}

/// Both languages' messages. Each language's catalogue is built when first used, so a
/// run in one language never parses the other's files, and the built-in catalogues parse
/// only the messages a run uses.
pub struct Messages {
    en: OnceCell<Catalog>,
    id: OnceCell<Catalog>,
    /// The built-in files and each language's index, for catalogues not built yet.
    embedded: Option<(Files, Index, Index)>,
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
                en: OnceCell::from(en),
                id: OnceCell::from(id),
                embedded: None,
            })
        } else {
            Err(errors)
        }
    }

    /// The built-in catalogues, checked and indexed by `build.rs`: nothing is parsed
    /// until a message is used, and then only that message and what it uses.
    pub fn embedded(files: Files, en: Index, id: Index) -> Messages {
        Messages {
            en: OnceCell::new(),
            id: OnceCell::new(),
            embedded: Some((files, en, id)),
        }
    }

    fn catalog(&self, lang: Lang) -> &Catalog {
        let cell = match lang {
            Lang::En => &self.en,
            Lang::Id => &self.id,
        };
        cell.get_or_init(|| {
            let index = self.embedded.map(|(files, en, id)| match lang {
                Lang::En => (files, en),
                Lang::Id => (files, id),
            });
            Catalog::new(lang, index)
        })
    }

    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.catalog(lang).has(key)
    }

    pub fn keys(&self, lang: Lang) -> &BTreeSet<String> {
        self.catalog(lang).keys()
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
        [self.lang, Lang::En]
            .into_iter()
            .find_map(|lang| self.messages.catalog(lang).format(key, args, false))
            .unwrap_or_else(|| key.to_string())
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
        self.messages.catalog(self.lang).format(key, args, true)
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
