//! The doctor look: one `[✓] / [!] / [✗] / [?]` line per check, the problem and its
//! fixes hang-indented below, one summary line. The only place colour exists; text is
//! wrapped to the terminal (100 columns in a pipe) before it is painted.

use std::fmt::Write as _;
use std::path::Path;

use fluent::FluentArgs;
use owo_colors::OwoColorize;

use super::{View, probe_text};
use crate::config::Config;
use crate::engine::Outcome;
use crate::i18n::Tr;
use crate::probe::ProbeReport;
use crate::rules::Severity;

/// Column where a right-aligned finding id ends (or the width, when narrower).
const ID_COLUMN: usize = 80;

/// How text output is laid out.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub color: bool,
    /// Columns to wrap at.
    pub width: usize,
}

#[derive(Clone, Copy)]
enum Tone {
    Ok,
    Error,
    Warning,
    Info,
    Unknown,
    Dim,
}

impl Layout {
    /// The colour and width `config` settled on.
    pub fn of(config: &Config) -> Layout {
        Layout {
            color: config.color,
            width: config.width,
        }
    }

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

    /// `[x] title` padded so `tag` ends at column 80 (or at the width).
    fn check_line(&self, out: &mut String, tone: Tone, mark: &str, title: &str, tag: &str) {
        let end = ID_COLUMN.min(self.width);
        let used = 4 + title.chars().count();
        let tag = if tag.is_empty() {
            String::new()
        } else {
            let pad = end.saturating_sub(used + tag.chars().count()).max(1);
            format!("{}{}", " ".repeat(pad), self.paint(Tone::Dim, tag))
        };
        let _ = writeln!(
            out,
            "{} {}{}",
            self.paint(tone, &format!("[{mark}]")),
            self.bold(title),
            tag
        );
    }

    /// Wraps `text` after `lead` (e.g. `"    ✗ "`), continuing lines under the text;
    /// `mark` inside `lead` is painted with `tone` after wrapping.
    fn block(&self, out: &mut String, lead: &str, tone: Tone, mark: &str, text: &str, bold: bool) {
        let rest = " ".repeat(lead.chars().count());
        let options = textwrap::Options::new(self.width)
            .initial_indent(lead)
            .subsequent_indent(&rest);
        for (i, line) in textwrap::wrap(text, options).iter().enumerate() {
            let line = if i == 0 {
                let body = &line[lead.len().min(line.len())..];
                let body = if bold {
                    self.bold(body)
                } else {
                    body.to_string()
                };
                format!("{}{body}", lead.replacen(mark, &self.paint(tone, mark), 1))
            } else if bold {
                format!("{rest}{}", self.bold(line.trim_start()))
            } else {
                line.to_string()
            };
            let _ = writeln!(out, "{line}");
        }
    }

    fn finding_body(&self, out: &mut String, explanation: &str, fixes: &[String]) {
        if !explanation.is_empty() {
            self.block(out, "      ", Tone::Dim, "", explanation, false);
        }
        for fix in fixes {
            self.block(out, "      → ", Tone::Ok, "→", fix, false);
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

/// Renders the diagnosis for a terminal or a pipe. `report` is where the support report
/// went, if one was asked for; otherwise a problem ends with the hint to make one.
pub fn render(view: &View<'_>, layout: Layout, exit: u8, report: Option<&Path>) -> String {
    let l = layout;
    let tr = &view.tr;
    let args = view.args();
    let mut out = String::new();
    let _ = writeln!(out, "{}", l.bold(&view.header()));
    if let Some(id) = view.error.and_then(|e| e.request_id.as_deref()) {
        let _ = writeln!(out, "{}", l.paint(Tone::Dim, &format!("request_id: {id}")));
    }
    out.push('\n');
    if let Some(report) = view.probes {
        out.push_str(&probes_section(&l, report, tr));
        out.push('\n');
    }

    let mut shown: Vec<&str> = Vec::new();
    for check in &view.diagnosis.checks {
        let title = tr.tr(&check.title);
        match &check.outcome {
            Outcome::Passed => l.check_line(&mut out, Tone::Ok, "✓", &title, ""),
            Outcome::Found(f) => {
                // The distinct finding: worst severity and most specific wording of the run.
                let f = view
                    .diagnosis
                    .findings
                    .iter()
                    .find(|x| x.id == f.id)
                    .unwrap_or(f);
                let (t, mark) = tone(f.severity);
                l.check_line(&mut out, t, mark, &title, &f.id);
                let text = view.finding_text(f, &args);
                if shown.contains(&f.id.as_str()) {
                    let line = format!("{} {}", text.title, tr.tr("ui-see-above"));
                    l.block(&mut out, &format!("    {mark} "), t, mark, &line, false);
                    continue;
                }
                shown.push(&f.id);
                l.block(
                    &mut out,
                    &format!("    {mark} "),
                    t,
                    mark,
                    &text.title,
                    true,
                );
                l.finding_body(&mut out, &text.explanation, &text.fixes);
                if view.verbose {
                    let rule = format!("rule: rules/{} [{}]", f.rule, text.source);
                    let _ = writeln!(out, "      {}", l.paint(Tone::Dim, &rule));
                }
            }
            Outcome::NotChecked {
                missing, questions, ..
            } => {
                l.check_line(
                    &mut out,
                    Tone::Unknown,
                    "?",
                    &title,
                    &tr.tr("ui-not-checked"),
                );
                if let (Some(fact), Some(q)) = (missing.first(), questions.first()) {
                    l.block(&mut out, "    ? ", Tone::Unknown, "?", &tr.tr(q), false);
                    l.block(
                        &mut out,
                        "      → ",
                        Tone::Ok,
                        "→",
                        &view.answer_hint(fact),
                        false,
                    );
                }
            }
            Outcome::Skipped if view.verbose => {
                l.check_line(
                    &mut out,
                    Tone::Dim,
                    "-",
                    &title,
                    &tr.tr("ui-not-applicable"),
                );
            }
            Outcome::Suppressed { by } if view.verbose => {
                l.check_line(&mut out, Tone::Dim, "-", &title, by)
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
        l.check_line(&mut out, Tone::Ok, "✓", &text.title, &f.id);
        l.finding_body(&mut out, &text.explanation, &text.fixes);
    }
    if view.verbose && !view.diagnosis.trace.is_empty() {
        let _ = writeln!(out, "\n{}", l.bold(&tr.tr("ui-trace")));
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
    let mut summary = view.summary(exit);
    match report {
        Some(path) => {
            let mut args = FluentArgs::new();
            args.set("path", path.display().to_string());
            summary = format!("{summary} {}", tr.tr_args("report-written", Some(&args)));
        }
        None if exit == crate::exit::PROBLEMS => {
            summary = format!("{summary} {}", tr.tr("report-hint"));
        }
        None => {}
    }
    let _ = writeln!(out, "\n{}", textwrap::fill(&summary, l.width));
    out
}

/// The live checks alone, as `kling-doctor probe` prints them.
pub fn probes(report: &ProbeReport, tr: &Tr<'_>, layout: Layout) -> String {
    probes_section(&layout, report, tr)
}

/// One line per probe: what was checked, ok or not, how long, and why not.
fn probes_section(l: &Layout, report: &ProbeReport, tr: &Tr<'_>) -> String {
    let mut out = String::new();
    if report.results.is_empty() {
        l.block(
            &mut out,
            "[?] ",
            Tone::Unknown,
            "[?]",
            &probe_text::no_credentials(tr),
            false,
        );
        return out;
    }
    let _ = writeln!(out, "{}", l.bold(&probe_text::heading(report, tr)));
    for line in probe_text::unofficial_hosts(report, tr) {
        l.block(&mut out, "[!] ", Tone::Warning, "[!]", &line, false);
    }
    for r in &report.results {
        let (tone, mark) = if r.ok() {
            (Tone::Ok, "✓")
        } else {
            (Tone::Error, "✗")
        };
        l.check_line(
            &mut out,
            tone,
            mark,
            &r.kind.name(),
            &format!("{} ms", r.ms),
        );
        let _ = writeln!(
            out,
            "      {}",
            l.paint(Tone::Dim, &probe_text::host(r, tr))
        );
        if let Some(id) = &r.request_id {
            let _ = writeln!(
                out,
                "      {}",
                l.paint(Tone::Dim, &format!("request_id: {id}"))
            );
        }
        match probe_text::could_not(r, tr) {
            Some(line) => l.block(&mut out, &format!("    {mark} "), tone, mark, &line, false),
            None => {
                for line in probe_text::details(r, tr) {
                    l.block(&mut out, "      ", Tone::Dim, "", &line, false);
                }
            }
        }
    }
    out
}
