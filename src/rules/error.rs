//! Located rule errors: a kind (what is wrong, with its data) plus where. The wording
//! lives in `locales/*/rules.ftl` under `rules-error-<kind>`.

use fluent::FluentArgs;

use crate::facts::FactType;

/// What is wrong in a rules file.
#[derive(Debug, Clone, PartialEq)]
pub enum RuleErrorKind {
    /// YAML syntax, as the parser words it (shape problems have kinds of their own).
    Yaml(String),
    /// A YAML mistake the parser names (`yaml::SYNTAX`): `what` is the kind of mistake,
    /// a word the messages translate (`colon`, `indent`, `key`, `quote`, `escape`,
    /// `token`, `flow`, `list`).
    Syntax {
        what: &'static str,
    },
    /// A file or directory that cannot be read. `reason` is a word the messages translate
    /// (`not-found`, `permission`, `not-a-directory`, `is-a-directory`), or `other` with
    /// the system's own words in `detail`.
    Io {
        path: String,
        reason: &'static str,
        detail: String,
    },
    /// A `.ftl` file does not parse.
    Locale(String),
    UnknownFact {
        fact: String,
        suggestion: Option<String>,
    },
    UnknownFinding {
        id: String,
        suggestion: Option<String>,
    },
    UnknownNode {
        id: String,
        suggestion: Option<String>,
    },
    UnknownVariant {
        finding: String,
        variant: String,
    },
    MissingMessage {
        key: String,
        lang: String,
    },
    Cycle {
        path: String,
    },
    Unreachable {
        node: String,
    },
    /// A condition must name exactly one operator.
    ConditionOperators {
        count: usize,
    },
    /// A case or target must name exactly one of `next`, `finding`, `outcome`.
    TargetChoices {
        count: usize,
    },
    FindingWithoutSeverity,
    SeverityWithoutFinding,
    BadSeverity {
        value: String,
    },
    BadOutcome {
        value: String,
    },
    /// A literal that does not fit the fact's type. `expected` is a word the messages
    /// translate (`enum`, `integer`, `number`, `date`, `model`, `text`, `timestamp`);
    /// `values` lists an enum's values.
    BadLiteral {
        fact: String,
        value: String,
        expected: &'static str,
        values: String,
    },
    /// The operator does not apply to the fact's type (e.g. `less_than` on an enum).
    BadOperator {
        operator: String,
        fact: String,
    },
    /// `what` is a word the messages translate: `fact`, `model`, `image-model`, `code`,
    /// `finding`, `check`, `node` or `scenario`.
    Duplicate {
        what: &'static str,
        id: String,
    },
    BadFactType {
        value: String,
    },
    EnumWithoutValues {
        fact: String,
    },
    FindingWithoutFix {
        id: String,
    },
    /// A price needs exactly one of `per_second` and `per_clip`.
    PriceRate,
    /// A figure that only makes sense above 0 (`unit_usd`, `costs_max_qps`).
    NotPositive {
        key: String,
    },
    BadMode {
        value: String,
    },
    /// `what` is a word the messages translate: `file` (`name` is its path), `finding`
    /// (`name` is its id), `nodes` (of the check `name`) or `if-unknown` (of a gate).
    MissingRequired {
        what: &'static str,
        name: String,
    },
    /// A key the file format does not have (usually a typo).
    UnknownKey {
        key: String,
        suggestion: Option<String>,
        expected: String,
    },
    MissingKey {
        key: String,
    },
    /// The same key twice in one mapping.
    DuplicateKey {
        key: String,
    },
    /// A value of the wrong kind: `expected` is `boolean`, `number`, `integer`, `list`,
    /// `map`, `text` or the parser's own wording.
    WrongType {
        found: String,
        expected: String,
    },
    /// A resource limit of `rules::yaml` (`size`, `depth`, `aliases`, `anchors`, `nodes`,
    /// `alias-expansion`) was hit.
    ResourceLimit {
        limit: &'static str,
        max: usize,
    },
    /// A tab in an indentation: YAML indents with spaces only.
    TabIndent,
    /// Nothing but comments; `top` is the key the file should start with.
    EmptyFile {
        top: String,
    },
    MultipleDocuments,
    /// A scenario's `exit` that no run can have.
    BadExit {
        value: u8,
    },
    NotUtf8,
    /// A regular expression of `providers.yaml` that does not compile, or a pattern
    /// without anything to match.
    BadPattern {
        detail: String,
    },
    /// A `providers.yaml` finding that no check on `paste_finding` turns into that finding.
    PasteFindingUnchecked {
        value: String,
    },
    /// A code listed outside `codes:` (in `wizard_codes`) that `codes:` does not define.
    UnknownCode {
        code: u32,
    },
    /// The same value twice in a list where each may appear once (`wizard_codes`).
    ListedTwice {
        list: &'static str,
        value: String,
    },
}

impl RuleErrorKind {
    /// `path` could not be read because of `error`.
    pub fn io(path: &str, error: &std::io::Error) -> RuleErrorKind {
        use std::io::ErrorKind;
        let reason = match error.kind() {
            ErrorKind::NotFound => "not-found",
            ErrorKind::PermissionDenied => "permission",
            ErrorKind::NotADirectory => "not-a-directory",
            ErrorKind::IsADirectory => "is-a-directory",
            _ => "other",
        };
        RuleErrorKind::Io {
            path: path.to_string(),
            reason,
            detail: error.to_string(),
        }
    }

    /// `value` does not fit `fact`, whose values are of type `kind`.
    pub fn bad_literal(fact: &str, value: &str, kind: &FactType) -> RuleErrorKind {
        let (expected, values) = match kind {
            FactType::Enum(values) => {
                let values: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
                ("enum", values.join(", "))
            }
            FactType::Integer => ("integer", String::new()),
            FactType::Number => ("number", String::new()),
            FactType::Date => ("date", String::new()),
            FactType::Model => ("model", String::new()),
            FactType::Text => ("text", String::new()),
        };
        RuleErrorKind::BadLiteral {
            fact: fact.to_string(),
            value: value.to_string(),
            expected,
            values,
        }
    }

    /// Stable code shown as `error[R004]`, for searching docs and issues.
    pub fn code(&self) -> &'static str {
        match self {
            RuleErrorKind::Yaml(_) | RuleErrorKind::Syntax { .. } => "R001",
            RuleErrorKind::Io { .. } => "R002",
            RuleErrorKind::Locale(_) => "R003",
            RuleErrorKind::UnknownFact { .. } => "R004",
            RuleErrorKind::UnknownFinding { .. } => "R005",
            RuleErrorKind::UnknownNode { .. } => "R006",
            RuleErrorKind::MissingMessage { .. } => "R007",
            RuleErrorKind::Cycle { .. } => "R008",
            RuleErrorKind::Unreachable { .. } => "R009",
            RuleErrorKind::ConditionOperators { .. } => "R010",
            RuleErrorKind::TargetChoices { .. } => "R011",
            RuleErrorKind::FindingWithoutSeverity => "R012",
            RuleErrorKind::SeverityWithoutFinding => "R013",
            RuleErrorKind::BadSeverity { .. } => "R014",
            RuleErrorKind::BadOutcome { .. } => "R015",
            RuleErrorKind::BadLiteral { .. } => "R016",
            RuleErrorKind::BadOperator { .. } => "R017",
            RuleErrorKind::Duplicate { .. } => "R018",
            RuleErrorKind::BadFactType { .. } => "R019",
            RuleErrorKind::EnumWithoutValues { .. } => "R020",
            RuleErrorKind::FindingWithoutFix { .. } => "R021",
            RuleErrorKind::PriceRate => "R022",
            RuleErrorKind::BadMode { .. } => "R023",
            RuleErrorKind::MissingRequired { .. } => "R024",
            RuleErrorKind::UnknownKey { .. } => "R025",
            RuleErrorKind::MissingKey { .. } => "R026",
            RuleErrorKind::DuplicateKey { .. } => "R027",
            RuleErrorKind::WrongType { .. } => "R028",
            RuleErrorKind::ResourceLimit { .. } => "R029",
            RuleErrorKind::TabIndent => "R030",
            RuleErrorKind::EmptyFile { .. } => "R031",
            RuleErrorKind::MultipleDocuments => "R032",
            RuleErrorKind::BadExit { .. } => "R033",
            RuleErrorKind::NotUtf8 => "R034",
            RuleErrorKind::UnknownVariant { .. } => "R035",
            RuleErrorKind::BadPattern { .. } => "R036",
            RuleErrorKind::PasteFindingUnchecked { .. } => "R037",
            RuleErrorKind::UnknownCode { .. } => "R038",
            RuleErrorKind::ListedTwice { .. } => "R039",
            RuleErrorKind::NotPositive { .. } => "R040",
        }
    }

    /// The message key (`rules-error-…`) and its arguments; `-help` is the hint, when there is one.
    pub fn message(&self) -> (&'static str, FluentArgs<'static>) {
        let mut args = FluentArgs::new();
        let mut set = |k: &'static str, v: &str| args.set(k, v.to_string());
        let key = match self {
            RuleErrorKind::Yaml(d) => {
                set("detail", d);
                "rules-error-yaml"
            }
            RuleErrorKind::Syntax { what } => {
                set("what", what);
                "rules-error-syntax"
            }
            RuleErrorKind::Io {
                path,
                reason,
                detail,
            } => {
                set("path", path);
                set("reason", reason);
                set("detail", detail);
                "rules-error-io"
            }
            RuleErrorKind::Locale(d) => {
                set("detail", d);
                "rules-error-locale"
            }
            RuleErrorKind::UnknownFact { fact, suggestion } => {
                set("fact", fact);
                set("suggestion", suggestion.as_deref().unwrap_or(""));
                "rules-error-unknown-fact"
            }
            RuleErrorKind::UnknownFinding { id, suggestion } => {
                set("id", id);
                set("suggestion", suggestion.as_deref().unwrap_or(""));
                "rules-error-unknown-finding"
            }
            RuleErrorKind::UnknownNode { id, suggestion } => {
                set("id", id);
                set("suggestion", suggestion.as_deref().unwrap_or(""));
                "rules-error-unknown-node"
            }
            RuleErrorKind::UnknownVariant { finding, variant } => {
                set("finding", finding);
                set("variant", variant);
                "rules-error-unknown-variant"
            }
            RuleErrorKind::MissingMessage { key, lang } => {
                set("key", key);
                set("lang", lang);
                "rules-error-missing-message"
            }
            RuleErrorKind::Cycle { path } => {
                set("path", path);
                "rules-error-cycle"
            }
            RuleErrorKind::Unreachable { node } => {
                set("node", node);
                "rules-error-unreachable"
            }
            RuleErrorKind::ConditionOperators { count } => {
                set("count", &count.to_string());
                "rules-error-condition-operators"
            }
            RuleErrorKind::TargetChoices { count } => {
                set("count", &count.to_string());
                "rules-error-target-choices"
            }
            RuleErrorKind::FindingWithoutSeverity => "rules-error-finding-without-severity",
            RuleErrorKind::SeverityWithoutFinding => "rules-error-severity-without-finding",
            RuleErrorKind::BadSeverity { value } => {
                set("value", value);
                "rules-error-bad-severity"
            }
            RuleErrorKind::BadOutcome { value } => {
                set("value", value);
                "rules-error-bad-outcome"
            }
            RuleErrorKind::BadLiteral {
                fact,
                value,
                expected,
                values,
            } => {
                set("fact", fact);
                set("value", value);
                set("expected", expected);
                set("values", values);
                "rules-error-bad-literal"
            }
            RuleErrorKind::BadOperator { operator, fact } => {
                set("operator", operator);
                set("fact", fact);
                "rules-error-bad-operator"
            }
            RuleErrorKind::Duplicate { what, id } => {
                set("what", what);
                set("id", id);
                "rules-error-duplicate"
            }
            RuleErrorKind::BadFactType { value } => {
                set("value", value);
                "rules-error-bad-fact-type"
            }
            RuleErrorKind::EnumWithoutValues { fact } => {
                set("fact", fact);
                "rules-error-enum-without-values"
            }
            RuleErrorKind::FindingWithoutFix { id } => {
                set("id", id);
                "rules-error-finding-without-fix"
            }
            RuleErrorKind::PriceRate => "rules-error-price-rate",
            RuleErrorKind::NotPositive { key } => {
                set("key", key);
                "rules-error-not-positive"
            }
            RuleErrorKind::BadMode { value } => {
                set("value", value);
                "rules-error-bad-mode"
            }
            RuleErrorKind::MissingRequired { what, name } => {
                set("what", what);
                set("name", name);
                "rules-error-missing-required"
            }
            RuleErrorKind::UnknownKey {
                key,
                suggestion,
                expected,
            } => {
                set("key", key);
                set("suggestion", suggestion.as_deref().unwrap_or(""));
                set("expected", expected);
                "rules-error-unknown-key"
            }
            RuleErrorKind::MissingKey { key } => {
                set("key", key);
                "rules-error-missing-key"
            }
            RuleErrorKind::DuplicateKey { key } => {
                set("key", key);
                "rules-error-duplicate-key"
            }
            RuleErrorKind::WrongType { found, expected } => {
                set("found", found);
                set("expected", expected);
                "rules-error-wrong-type"
            }
            RuleErrorKind::ResourceLimit { limit, max } => {
                set("limit", limit);
                set("max", &max.to_string());
                "rules-error-limit"
            }
            RuleErrorKind::TabIndent => "rules-error-tab",
            RuleErrorKind::EmptyFile { top } => {
                set("top", top);
                "rules-error-empty-file"
            }
            RuleErrorKind::MultipleDocuments => "rules-error-multiple-documents",
            RuleErrorKind::BadExit { value } => {
                set("value", &value.to_string());
                "rules-error-bad-exit"
            }
            RuleErrorKind::NotUtf8 => "rules-error-not-utf8",
            RuleErrorKind::BadPattern { detail } => {
                set("detail", detail);
                "rules-error-bad-pattern"
            }
            RuleErrorKind::PasteFindingUnchecked { value } => {
                set("value", value);
                "rules-error-paste-finding-unchecked"
            }
            RuleErrorKind::UnknownCode { code } => {
                set("code", &code.to_string());
                "rules-error-unknown-code"
            }
            RuleErrorKind::ListedTwice { list, value } => {
                set("list", list);
                set("value", value);
                "rules-error-listed-twice"
            }
        };
        (key, args)
    }
}

/// A rule problem at `file:line:column` (1-based; 0 when the position is unknown).
#[derive(Debug, Clone, PartialEq)]
pub struct RuleError {
    pub file: String,
    pub line: u64,
    pub column: u64,
    /// Length of the offending token, for the caret underline.
    pub width: usize,
    pub kind: RuleErrorKind,
}

impl RuleError {
    pub fn at(file: &str, line: u64, column: u64, kind: RuleErrorKind) -> Self {
        RuleError {
            file: file.to_string(),
            line,
            column,
            width: 1,
            kind,
        }
    }

    pub fn with_width(mut self, width: usize) -> Self {
        self.width = width.max(1);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The words Rust puts into messages are keys the messages translate: an Indonesian
    /// `rules check` shows no English.
    #[test]
    fn words_from_rust_are_translated() {
        let literal = |fact: &str, value: &str, kind: FactType| {
            RuleErrorKind::bad_literal(fact, value, &kind)
        };
        let status = FactType::Enum(
            ["online", "none"]
                .map(|v| crate::facts::EnumValue {
                    value: v.into(),
                    aliases: Vec::new(),
                })
                .to_vec(),
        );
        let rows: Vec<(RuleErrorKind, &str, &str)> = vec![
            (
                RuleErrorKind::Syntax { what: "colon" },
                "a `: ` inside a value: put the value in quotes",
                "ada `: ` di dalam nilai: beri tanda kutip pada nilainya",
            ),
            (
                RuleErrorKind::Yaml("found a tab".into()),
                "the YAML cannot be read (the parser says: found a tab)",
                "YAML tidak bisa dibaca (pesan parser: found a tab)",
            ),
            (
                RuleErrorKind::NotPositive {
                    key: "costs_max_qps".into(),
                },
                "`costs_max_qps` must be a number above 0",
                "`costs_max_qps` harus berupa angka di atas 0",
            ),
            (
                RuleErrorKind::Duplicate {
                    what: "image-model",
                    id: "i".into(),
                },
                "image model `i` is defined twice",
                "model gambar `i` didefinisikan dua kali",
            ),
            (
                RuleErrorKind::Duplicate {
                    what: "check",
                    id: "t".into(),
                },
                "check `t` is defined twice",
                "pemeriksaan `t` didefinisikan dua kali",
            ),
            (
                RuleErrorKind::MissingRequired {
                    what: "file",
                    name: "rules/facts.yaml".into(),
                },
                "rules/facts.yaml is missing",
                "rules/facts.yaml tidak ada",
            ),
            (
                RuleErrorKind::MissingRequired {
                    what: "nodes",
                    name: "t".into(),
                },
                "nodes of check `t` is missing",
                "pemeriksaan `t` tidak punya node",
            ),
            (
                RuleErrorKind::MissingRequired {
                    what: "if-unknown",
                    name: "a".into(),
                },
                "`if_unknown` of a node with `ask: false` is missing",
                "node dengan `ask: false` harus punya `if_unknown`",
            ),
            (
                RuleErrorKind::WrongType {
                    found: "[…]".into(),
                    expected: crate::rules::raw::EXPECTING_NUMBER_OR_FACT.into(),
                },
                "`[…]` is not a number or `{ fact: NAME }`",
                "`[…]` bukan angka atau `{ fact: NAMA }`",
            ),
        ];
        let help_rows: Vec<(RuleErrorKind, &str, &str)> = vec![
            (
                literal("status", "x", status),
                "expected online, none",
                "seharusnya salah satu dari online, none",
            ),
            (
                literal("n", "x", FactType::Number),
                "expected number",
                "seharusnya angka",
            ),
            (
                literal("n", "x", FactType::Integer),
                "expected integer",
                "seharusnya bilangan bulat",
            ),
            (
                literal("d", "x", FactType::Date),
                "expected YYYY-MM-DD",
                "seharusnya tanggal YYYY-MM-DD",
            ),
            (
                literal("m", "x", FactType::Model),
                "expected model_name",
                "seharusnya nama model (model_name)",
            ),
            (
                literal("t", "x", FactType::Text),
                "expected text",
                "seharusnya teks",
            ),
        ];
        let messages = crate::rules::builtin_messages();
        let show = |lang: Lang, kind: &RuleErrorKind, suffix: &str| {
            let (key, args) = kind.message();
            let text = messages
                .tr(lang)
                .tr_args(&format!("{key}{suffix}"), Some(&args));
            // Fluent isolates arguments; the sentence is what is compared.
            text.replace(['\u{2068}', '\u{2069}'], "")
        };
        for (rows, suffix) in [(rows, ""), (help_rows, "-help")] {
            for (kind, en, id) in rows {
                assert_eq!(show(Lang::En, &kind, suffix), en, "{kind:?}");
                assert_eq!(show(Lang::Id, &kind, suffix), id, "{kind:?}");
            }
        }
    }
}
