//! Errors that end a run with exit code 2: bad input, bad rules, unusable paths.
//! Each variant carries its data; the wording is `locales/*/errors.ftl`.

use fluent::FluentArgs;

use crate::env::{DOTENV_FILE, DotenvError};
use crate::facts::ValueError;
use crate::i18n::Tr;
use crate::probe::{Refusal, RefusalKind};
use crate::rules::RuleError;

/// Why a report could not be written; worded in `locales/*/report.ftl`.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteFailure {
    PermissionDenied,
    NoSuchFolder,
    /// A part of the path that should be a folder is a file.
    NotAFolder,
    ReadOnly,
    DiskFull,
    /// Anything else, with the system's own description.
    Other(String),
}

#[derive(Debug)]
pub enum AppError {
    /// `--set` without `=`.
    SetSyntax { arg: String },
    UnknownFact {
        key: String,
        suggestion: Option<String>,
    },
    BadValue {
        key: String,
        value: String,
        error: ValueError,
    },
    /// The answers file could not be read or parsed.
    Answers { path: String, detail: String },
    /// The `--request` file could not be read.
    Request { path: String, detail: String },
    /// The rules (or their messages) did not validate.
    Rules(Vec<RuleError>),
    /// `explain` got something that is not a known code and names none.
    UnknownCode { input: String },
    /// `--error`, `--set` … given before a subcommand other than `diagnose`.
    OptionsBeforeCommand,
    /// Writing to stdout/stderr failed (other than a closed pipe).
    Output(String),
    /// The user stopped the wizard (Ctrl-C, Esc, end of input): exit 130.
    Interrupted,
    /// The terminal could not run the wizard's prompts.
    Prompt(String),
    /// `--report FILE` exists and `--force` was not given.
    ReportExists { path: String },
    /// `--report` names a folder, not a file.
    ReportIsDirectory { path: String },
    /// The report could not be written; nothing was left behind.
    ReportWrite { path: String, reason: WriteFailure },
    /// `cost --model` names no model of the price list.
    UnknownModel {
        input: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    /// The model has no price for this mode with this audio setting.
    NoPriceForMode {
        model: String,
        mode: String,
        audio: bool,
        priced: Vec<String>,
    },
    /// Per-clip models only price some clip lengths.
    DurationNotPriced {
        model: String,
        seconds: u32,
        priced: Vec<u32>,
    },
    /// `kling-doctor probe` found no credentials in the environment or `.env`.
    NoCredentials,
    /// The command has no output in the `--format` asked for (never a silent fallback).
    FormatUnsupported {
        command: &'static str,
        format: &'static str,
        supported: &'static str,
    },
    /// `cost --product` names a family without known prices (virtual try-on).
    NoProductPrice { product: String },
    /// `.env` exists but cannot be read as `NAME=value` lines.
    Dotenv(DotenvError),
    /// A base URL the safety rules refuse: no request is made.
    BaseRefused(Refusal),
    /// `usage` and `watch` need Kling's own credentials.
    NoKlingCredentials,
    /// A number option out of its range (`--days 0`, `--max-wait -1`); `expected` is
    /// the message key saying what it takes.
    BadOption {
        option: &'static str,
        value: String,
        expected: &'static str,
    },
}

impl From<Refusal> for AppError {
    fn from(refusal: Refusal) -> AppError {
        AppError::BaseRefused(refusal)
    }
}

impl AppError {
    /// The contract's exit code: 130 when the user stopped, 2 for everything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            AppError::Interrupted => crate::exit::INTERRUPTED,
            _ => crate::exit::USAGE,
        }
    }

    /// The localized one-line message (rule errors are rendered by `render::rule_errors`).
    pub fn message(&self, tr: &Tr<'_>) -> String {
        let mut args = FluentArgs::new();
        let key = match self {
            AppError::SetSyntax { arg } => {
                args.set("arg", arg.clone());
                "error-set-syntax"
            }
            AppError::UnknownFact { key, .. } => {
                args.set("key", key.clone());
                "error-unknown-fact"
            }
            AppError::BadValue { key, value, error } => {
                args.set("key", key.clone());
                args.set("value", value.clone());
                match error {
                    ValueError::NotAnInteger => "error-value-not-integer",
                    ValueError::NotANumber => "error-value-not-number",
                    ValueError::BelowMin(min) => {
                        args.set("min", *min);
                        "error-value-below-min"
                    }
                    ValueError::NotADate => "error-value-not-date",
                    ValueError::NotOneOf(values) => {
                        args.set("values", values.join(", "));
                        "error-value-not-one-of"
                    }
                    ValueError::UnknownModel { .. } => "error-value-unknown-model",
                    ValueError::Empty => "error-value-empty",
                }
            }
            AppError::Answers { path, detail } => {
                args.set("path", path.clone());
                args.set("detail", detail.clone());
                "error-answers-file"
            }
            AppError::Request { path, detail } => {
                args.set("path", path.clone());
                args.set("detail", detail.clone());
                "error-request-file"
            }
            AppError::Rules(errors) => {
                args.set("count", errors.len());
                "error-rules-invalid"
            }
            AppError::UnknownCode { input } => {
                args.set("input", input.clone());
                "error-unknown-code"
            }
            AppError::Output(detail) => {
                args.set("detail", detail.clone());
                "error-output"
            }
            AppError::OptionsBeforeCommand => "error-options-before-command",
            AppError::Interrupted => "wizard-cancelled",
            AppError::Prompt(detail) => {
                args.set("detail", detail.clone());
                "wizard-prompt-failed"
            }
            AppError::ReportExists { path } => {
                args.set("path", path.clone());
                "error-report-exists"
            }
            AppError::ReportIsDirectory { path } => {
                args.set("path", path.clone());
                "error-report-is-directory"
            }
            AppError::ReportWrite { path, reason } => {
                args.set("path", path.clone());
                args.set(
                    "reason",
                    match reason {
                        WriteFailure::PermissionDenied => tr.tr("report-write-permission"),
                        WriteFailure::NoSuchFolder => tr.tr("report-write-no-folder"),
                        WriteFailure::NotAFolder => tr.tr("report-write-not-a-folder"),
                        WriteFailure::ReadOnly => tr.tr("report-write-read-only"),
                        WriteFailure::DiskFull => tr.tr("report-write-disk-full"),
                        WriteFailure::Other(detail) => detail.clone(),
                    },
                );
                "error-report-write"
            }
            AppError::UnknownModel { input, .. } => {
                args.set("input", input.clone());
                "error-cost-unknown-model"
            }
            AppError::NoPriceForMode {
                model,
                mode,
                audio,
                priced,
            } => {
                args.set("model", model.clone());
                args.set("mode", mode.clone());
                args.set("audio", if *audio { "yes" } else { "no" });
                args.set("priced", priced.join(", "));
                "error-cost-no-price-for-mode"
            }
            AppError::DurationNotPriced {
                model,
                seconds,
                priced,
            } => {
                args.set("model", model.clone());
                args.set("seconds", *seconds);
                let lengths: Vec<String> = priced.iter().map(u32::to_string).collect();
                args.set("priced", lengths.join(" s, "));
                "error-cost-duration-not-priced"
            }
            AppError::NoCredentials => "error-probe-no-credentials",
            AppError::FormatUnsupported {
                command,
                format,
                supported,
            } => {
                args.set("command", *command);
                args.set("format", *format);
                args.set("supported", *supported);
                "error-format-unsupported"
            }
            AppError::Dotenv(error) => {
                args.set("file", DOTENV_FILE);
                match error {
                    DotenvError::Syntax { line: Some(line) } => {
                        args.set("line", *line);
                        "safety-dotenv-syntax-line"
                    }
                    DotenvError::Syntax { line: None } => "safety-dotenv-syntax",
                    DotenvError::Unreadable => "safety-dotenv-unreadable",
                }
            }
            AppError::BaseRefused(refusal) => {
                args.set("var", refusal.var);
                args.set("file", refusal.file().unwrap_or(DOTENV_FILE));
                match &refusal.kind {
                    RefusalKind::NotUrl if refusal.file().is_some() => "safety-dotenv-not-url",
                    RefusalKind::NotUrl => "safety-not-url",
                    RefusalKind::NotOfficial {
                        scheme,
                        host,
                        official,
                    } => {
                        args.set("scheme", scheme.clone());
                        args.set("host", host.clone());
                        args.set("official", official.join(", "));
                        "safety-dotenv-not-official"
                    }
                    RefusalKind::PlainHttp { host } => {
                        args.set("host", host.clone());
                        "safety-plain-http"
                    }
                }
            }
            AppError::NoProductPrice { product } => {
                args.set("product", product.clone());
                "error-cost-no-product-price"
            }
            AppError::NoKlingCredentials => "error-no-kling-credentials",
            AppError::BadOption {
                option,
                value,
                expected,
            } => {
                args.set("option", *option);
                args.set("value", value.clone());
                args.set("expected", tr.tr(expected));
                "error-bad-option"
            }
        };
        let mut message = tr.tr_args(key, Some(&args));
        let suggestion = match self {
            AppError::UnknownFact { suggestion, .. } => suggestion.as_deref(),
            AppError::BadValue {
                error: ValueError::UnknownModel { suggestion },
                ..
            } => suggestion.as_deref(),
            AppError::UnknownModel { suggestion, .. } => suggestion.as_deref(),
            _ => None,
        };
        if let Some(s) = suggestion {
            let mut args = FluentArgs::new();
            args.set("suggestion", s.to_string());
            message.push_str(&tr.tr_args("error-did-you-mean", Some(&args)));
        }
        if let AppError::UnknownModel { known, .. } = self {
            let mut args = FluentArgs::new();
            args.set("known", known.join(", "));
            message.push('\n');
            message.push_str(&tr.tr_args("error-cost-known-models", Some(&args)));
        }
        message
    }
}
