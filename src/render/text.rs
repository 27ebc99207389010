//! The doctor look: one `[✓] / [!] / [✗] / [?]` line per check, the problem and its
//! fixes indented below, one summary line. The only place colour exists.

use std::fmt::Write as _;
use std::path::Path;

use fluent::FluentArgs;
use owo_colors::OwoColorize;

use super::View;
use crate::engine::Outcome;
use crate::rules::Severity;

/// Column where a right-aligned finding id ends.
const WIDTH: usize = 80;

#[derive(Clone, Copy)]
enum Tone {
    Ok,
    Error,
    Warning,
    Info,
    Unknown,
    Dim,
}

struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, tone: Tone, s: &str) -> String {
        if !self.color {
            return s.to_string();
        }
        match tone {
            Tone::Ok => s.green().to_string(),
            Tone::Error => s.red().bold().to_string(),
            Tone::Warning => s.yellow().bold().to_string(),
            Tone::Info => s.blue().to_string(),
            Tone::Unknown => s.magenta().to_string(),
            Tone::Dim => s.dimmed().to_string(),
        }
    }

    fn bold(&self, s: &str) -> String {
        if self.color {
            s.bold().to_string()
        } else {
            s.to_string()
        }
    }
}

fn tone(severity: Severity) -> (Tone, &'static str) {
    match severity {
        Severity::Error => (Tone::Error, "✗"),
        Severity::Warning => (Tone::Warning, "!"),
        Severity::Info => (Tone::Info, "i"),
    }
}

/// `[x] title` padded so `tag` ends at column 80.
fn check_line(p: &Painter, tone: Tone, mark: &str, title: &str, tag: &str) -> String {
    let used = 4 + title.chars().count();
    let pad = WIDTH.saturating_sub(used + tag.chars().count()).max(1);
    let tag = if tag.is_empty() {
        String::new()
    } else {
        format!("{}{}", " ".repeat(pad), p.paint(Tone::Dim, tag))
    };
    format!(
        "{} {}{}",
        p.paint(tone, &format!("[{mark}]")),
        p.bold(title),
        tag
    )
}

/// Renders the diagnosis for a terminal or a pipe. `report` is where the support report
/// went, if one was asked for; otherwise a problem ends with the hint to make one.
pub fn render(view: &View<'_>, color: bool, exit: u8, report: Option<&Path>) -> String {
    let p = Painter { color };
    let tr = &view.tr;
    let args = view.args();
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.bold(&view.header()));
    if let Some(id) = view.error.and_then(|e| e.request_id.as_deref()) {
        let _ = writeln!(out, "{}", p.paint(Tone::Dim, &format!("request_id: {id}")));
    }
    out.push('\n');

    let mut shown: Vec<&str> = Vec::new();
    for check in &view.diagnosis.checks {
        let title = tr.tr(&check.title);
        match &check.outcome {
            Outcome::Passed => {
                let _ = writeln!(out, "{}", check_line(&p, Tone::Ok, "✓", &title, ""));
            }
            Outcome::Found(f) => {
                let severity = view
                    .diagnosis
                    .findings
                    .iter()
                    .find(|x| x.id == f.id)
                    .map_or(f.severity, |x| x.severity);
                let (t, mark) = tone(severity);
                let _ = writeln!(out, "{}", check_line(&p, t, mark, &title, &f.id));
                let text = view.finding_text(f, &args);
                if shown.contains(&f.id.as_str()) {
                    let _ = writeln!(
                        out,
                        "    {} {} {}",
                        p.paint(t, mark),
                        text.title,
                        p.paint(Tone::Dim, &tr.tr("ui-see-above"))
                    );
                    continue;
                }
                shown.push(&f.id);
                let _ = writeln!(out, "    {} {}", p.paint(t, mark), p.bold(&text.title));
                for line in text.explanation.lines() {
                    let _ = writeln!(out, "      {line}");
                }
                for fix in &text.fixes {
                    let _ = writeln!(out, "      {} {fix}", p.paint(Tone::Ok, "→"));
                }
                if view.verbose {
                    let _ = writeln!(
                        out,
                        "      {}",
                        p.paint(
                            Tone::Dim,
                            &format!("rule: rules/{} [{}]", f.rule, text.source)
                        )
                    );
                }
            }
            Outcome::NotChecked {
                missing, questions, ..
            } => {
                let _ = writeln!(
                    out,
                    "{}",
                    check_line(&p, Tone::Unknown, "?", &title, &tr.tr("ui-not-checked"))
                );
                if let (Some(fact), Some(q)) = (missing.first(), questions.first()) {
                    let _ = writeln!(out, "    {} {}", p.paint(Tone::Unknown, "?"), tr.tr(q));
                    let _ = writeln!(
                        out,
                        "      {} {}",
                        p.paint(Tone::Ok, "→"),
                        view.answer_hint(fact)
                    );
                }
            }
            Outcome::Skipped if view.verbose => {
                let _ = writeln!(
                    out,
                    "{}",
                    check_line(&p, Tone::Dim, "-", &title, &tr.tr("ui-not-applicable"))
                );
            }
            Outcome::Suppressed { by } if view.verbose => {
                let _ = writeln!(out, "{}", check_line(&p, Tone::Dim, "-", &title, by));
            }
            Outcome::Skipped | Outcome::Suppressed { .. } => {}
        }
    }
    if let Some(f) = view
        .diagnosis
        .findings
        .iter()
        .find(|f| f.id == crate::engine::NO_PROBLEM_FOUND)
    {
        let text = view.finding_text(f, &args);
        let _ = writeln!(out, "{}", check_line(&p, Tone::Ok, "✓", &text.title, &f.id));
        for line in text.explanation.lines() {
            let _ = writeln!(out, "      {line}");
        }
        for fix in &text.fixes {
            let _ = writeln!(out, "      {} {fix}", p.paint(Tone::Ok, "→"));
        }
    }
    if view.verbose && !view.diagnosis.trace.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold(&tr.tr("ui-trace")));
        for step in &view.diagnosis.trace {
            let value = step
                .value
                .as_ref()
                .map_or_else(|| "?".to_string(), ToString::to_string);
            let _ = writeln!(
                out,
                "  {}/{}: {} = {} → {}",
                step.check, step.node, step.fact, value, step.next
            );
        }
    }
    let _ = write!(out, "\n{}", view.summary(exit));
    match report {
        Some(path) => {
            let mut args = FluentArgs::new();
            args.set("path", path.display().to_string());
            let _ = write!(out, " {}", tr.tr_args("report-written", Some(&args)));
        }
        None if exit == crate::exit::PROBLEMS => {
            let _ = write!(out, " {}", tr.tr("report-hint"));
        }
        None => {}
    }
    out.push('\n');
    out
}
