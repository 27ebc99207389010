//! rustc-style located rule errors: `error[R004]: …`, `--> file:line:col`, the source
//! line with a caret, and a `help` line when there is one.

use std::fmt::Write as _;

use fluent::{FluentArgs, FluentValue};

use crate::i18n::Tr;
use crate::rules::RuleError;

/// Renders `errors`; `source` returns the text of a file by its display path.
pub fn render(
    errors: &[RuleError],
    tr: &Tr<'_>,
    source: impl Fn(&str) -> Option<String>,
) -> String {
    let mut out = String::new();
    for e in errors {
        let (key, args) = e.kind.message();
        let _ = writeln!(
            out,
            "error[{}]: {}",
            e.kind.code(),
            tr.tr_args(key, Some(&args))
        );
        let _ = writeln!(out, "  --> {}:{}:{}", e.file, e.line, e.column);
        let line_text = usize::try_from(e.line)
            .ok()
            .filter(|l| *l > 0)
            .and_then(|l| {
                source(&e.file).and_then(|text| text.lines().nth(l - 1).map(str::to_string))
            });
        if let Some(text) = line_text {
            let num = e.line.to_string();
            let gutter = " ".repeat(num.len());
            let col = usize::try_from(e.column).unwrap_or(1).max(1);
            let _ = writeln!(out, "{gutter} |");
            let _ = writeln!(out, "{num} | {text}");
            let _ = writeln!(
                out,
                "{gutter} | {}{}",
                " ".repeat(col - 1),
                "^".repeat(e.width)
            );
        }
        let suggestion = match args.get("suggestion") {
            Some(FluentValue::String(s)) if !s.is_empty() => Some(s.to_string()),
            _ => None,
        };
        let help_key = format!("{key}-help");
        let help = match suggestion {
            Some(s) => {
                let mut a = FluentArgs::new();
                a.set("suggestion", s);
                Some(tr.tr_args("rules-help-did-you-mean", Some(&a)))
            }
            None if tr.has(&help_key) => Some(tr.tr_args(&help_key, Some(&args))),
            None => None,
        };
        if let Some(help) = help {
            let _ = writeln!(out, "   = help: {help}");
        }
        out.push('\n');
    }
    let mut args = FluentArgs::new();
    args.set("count", errors.len());
    let _ = writeln!(out, "{}", tr.tr_args("rules-error-summary", Some(&args)));
    out
}
