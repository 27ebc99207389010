//! rustc-style located rule errors: `error[R004]: …`, `--> file:line:col`, the source
//! line with a labelled caret, and a `help` line when there is one.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fluent::{FluentArgs, FluentValue};

use crate::i18n::Tr;
use crate::rules::RuleError;

/// Longest piece of a source line shown; a hostile one-line file stays readable.
const MAX_SHOWN: usize = 100;

/// Renders `errors`; `source` returns the text of a file by its display path.
pub fn render(
    errors: &[RuleError],
    tr: &Tr<'_>,
    source: impl Fn(&str) -> Option<String>,
) -> String {
    let mut out = String::new();
    // Each file's lines, read once: thousands of errors in one file must stay linear.
    let mut lines: BTreeMap<&str, Option<Vec<String>>> = BTreeMap::new();
    for e in errors {
        let (key, args) = e.kind.message();
        let _ = writeln!(
            out,
            "error[{}]: {}",
            e.kind.code(),
            tr.tr_args(key, Some(&args))
        );
        let file_lines = lines
            .entry(e.file.as_str())
            .or_insert_with(|| source(&e.file).map(|t| t.lines().map(str::to_string).collect()));
        let line_text = usize::try_from(e.line)
            .ok()
            .filter(|l| *l > 0)
            .and_then(|l| file_lines.as_ref()?.get(l - 1).cloned());
        let num = e.line.to_string();
        let gutter = " ".repeat(num.len());
        if e.line == 0 {
            let _ = writeln!(out, "{gutter}--> {}", e.file);
        } else {
            let _ = writeln!(out, "{gutter}--> {}:{}:{}", e.file, e.line, e.column);
        }
        if let Some(text) = line_text {
            let col = usize::try_from(e.column).unwrap_or(1).max(1) - 1;
            let (shown, col) = crop(&text, col);
            let label_key = format!("{key}-label");
            let label = if tr.has(&label_key) {
                format!(" {}", tr.tr_args(&label_key, Some(&args)))
            } else {
                String::new()
            };
            let width = e.width.min(MAX_SHOWN);
            let _ = writeln!(out, "{gutter} |");
            let _ = writeln!(out, "{num} | {shown}");
            let _ = writeln!(
                out,
                "{gutter} | {}{}{label}",
                " ".repeat(col),
                "^".repeat(width)
            );
        }
        if let Some(help) = help(key, &args, tr) {
            let _ = writeln!(out, "{gutter} |");
            let _ = writeln!(out, "{gutter} = help: {help}");
        }
        out.push('\n');
    }
    let mut args = FluentArgs::new();
    args.set("count", errors.len());
    let _ = writeln!(out, "{}", tr.tr_args("rules-error-summary", Some(&args)));
    out
}

/// "did you mean" when there is a suggestion, else the kind's own `-help` message.
fn help(key: &str, args: &FluentArgs<'_>, tr: &Tr<'_>) -> Option<String> {
    let suggestion = match args.get("suggestion") {
        Some(FluentValue::String(s)) if !s.is_empty() => Some(s.to_string()),
        _ => None,
    };
    let help_key = format!("{key}-help");
    match suggestion {
        Some(s) => {
            let mut a = FluentArgs::new();
            a.set("suggestion", s);
            Some(tr.tr_args("rules-help-did-you-mean", Some(&a)))
        }
        None if tr.has(&help_key) => Some(tr.tr_args(&help_key, Some(args))),
        None => None,
    }
}

/// At most `MAX_SHOWN` characters of `line` around character `col`, with `…` where
/// cut; returns the piece and the caret's column in it.
fn crop(line: &str, col: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= MAX_SHOWN {
        return (line.to_string(), col);
    }
    let start = col
        .saturating_sub(MAX_SHOWN / 2)
        .min(chars.len() - MAX_SHOWN);
    let end = start + MAX_SHOWN;
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    (shown, col - start + usize::from(start > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cropped_around_the_caret() {
        let line = "x".repeat(300);
        let (shown, col) = crop(&line, 250);
        assert_eq!(shown.chars().count(), MAX_SHOWN + 1);
        assert!(shown.starts_with('…'));
        assert_eq!(col, 250 - 200 + 1);
        let (shown, col) = crop("short line", 6);
        assert_eq!((shown.as_str(), col), ("short line", 6));
        let (shown, col) = crop(&line, 3);
        assert!(shown.ends_with('…') && !shown.starts_with('…'));
        assert_eq!(col, 3);
    }
}
