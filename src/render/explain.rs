//! `kling-doctor explain`: one code (or a pasted error) and `explain --list`, as text, the
//! JSON object (`schema_version: 1`) and Markdown for a support ticket. The command builds
//! the data in the user's language; this module only lays it out.

use std::fmt::Write as _;

use fluent::FluentArgs;
use serde::Serialize;

use super::Rendered;
use super::markdown::{cell, code as inline, prose};
use super::text::Layout;
use crate::i18n::Tr;

/// The `explain --format json` object: the code's official entry (null fields for a pasted
/// reseller error without a Kling code), the findings it leads to and the open questions.
#[derive(Serialize)]
pub struct Explanation {
    pub schema_version: u32,
    pub tool_version: &'static str,
    pub lang: &'static str,
    pub code: Option<u32>,
    pub http: Option<u16>,
    pub family: Option<String>,
    pub meaning: Option<String>,
    pub solution: Option<String>,
    pub source: Option<String>,
    pub messages: Option<Vec<String>>,
    pub provider: Option<String>,
    pub findings: Vec<ExplainedFinding>,
    pub questions: Vec<OpenQuestion>,
}

#[derive(Serialize)]
pub struct ExplainedFinding {
    pub id: String,
    pub severity: &'static str,
    pub title: String,
    pub explanation: String,
    pub fixes: Vec<String>,
}

/// A fact that would tell more, its question and how to give it.
#[derive(Serialize)]
pub struct OpenQuestion {
    pub fact: String,
    pub question: String,
    /// "Answer with --set KEY=…": text and Markdown only.
    #[serde(skip)]
    pub answer: String,
}

/// `explain --list`: every official code.
#[derive(Serialize)]
pub struct CodeTable {
    pub schema_version: u32,
    pub tool_version: &'static str,
    pub lang: &'static str,
    pub codes: Vec<CodeRow>,
}

#[derive(Serialize)]
pub struct CodeRow {
    pub code: u32,
    pub http: u16,
    pub family: String,
    pub meaning: String,
}

impl Explanation {
    /// "Kling error 1102 (HTTP 429)", or "Error from useapi.net" for a pasted reseller error.
    fn heading(&self, tr: &Tr<'_>) -> String {
        let mut args = FluentArgs::new();
        match (self.code, self.http) {
            (Some(code), Some(http)) => {
                args.set("code", code);
                args.set("http", http);
                tr.tr_args("explain-heading", Some(&args))
            }
            _ => {
                args.set(
                    "provider",
                    self.provider.clone().unwrap_or_else(|| "other".into()),
                );
                tr.tr_args("explain-pasted-heading", Some(&args))
            }
        }
    }

    /// The official entry's lines: label and value (nothing for a pasted reseller error).
    fn entry(&self, tr: &Tr<'_>) -> Vec<(String, String)> {
        let mut rows = Vec::new();
        if let Some(meaning) = &self.meaning {
            rows.push((tr.tr("explain-meaning"), meaning.clone()));
        }
        if let Some(solution) = &self.solution {
            rows.push((tr.tr("explain-solution"), solution.clone()));
        }
        rows
    }

    fn seen_as(&self) -> Option<&[String]> {
        self.messages.as_deref().filter(|m| !m.is_empty())
    }
}

impl Rendered for Explanation {
    fn text(&self, tr: &Tr<'_>, _layout: Layout) -> String {
        let mut out = format!("{}\n", self.heading(tr));
        for (label, value) in self.entry(tr) {
            let _ = writeln!(out, "  {label} {value}");
        }
        if let Some(messages) = self.seen_as() {
            let _ = writeln!(
                out,
                "  {} \"{}\"",
                tr.tr("explain-seen-as"),
                messages.join("\", \"")
            );
        }
        if let Some(source) = &self.source {
            let _ = writeln!(out, "  {} [{source}]", tr.tr("explain-source"));
        }
        for f in &self.findings {
            let _ = writeln!(out, "\n{} ({})", f.title, f.id);
            for line in f.explanation.lines() {
                let _ = writeln!(out, "  {line}");
            }
            for fix in &f.fixes {
                let _ = writeln!(out, "  → {fix}");
            }
        }
        if !self.questions.is_empty() {
            let _ = writeln!(out, "\n{}", tr.tr("explain-questions"));
            for q in &self.questions {
                let _ = writeln!(out, "  ? {}\n    → {}", q.question, q.answer);
            }
        }
        out
    }

    fn markdown(&self, tr: &Tr<'_>) -> String {
        let mut out = format!("## {}\n", cell(&self.heading(tr)));
        let mut rows = self.entry(tr);
        if let Some(messages) = self.seen_as() {
            let seen: Vec<String> = messages.iter().map(|m| inline(m)).collect();
            rows.push((tr.tr("explain-seen-as"), seen.join(", ")));
        }
        if let Some(source) = &self.source {
            rows.push((tr.tr("explain-source"), format!("`{source}`")));
        }
        if !rows.is_empty() {
            let _ = writeln!(
                out,
                "\n| {} | {} |\n|---|---|",
                tr.tr("report-col-item"),
                tr.tr("report-col-value")
            );
            for (label, value) in rows {
                let label = label.trim_end_matches(':');
                let _ = writeln!(out, "| {} | {} |", cell(label), cell(&prose(&value)));
            }
        }
        for f in &self.findings {
            let _ = writeln!(
                out,
                "\n### {} (`{}`)\n\n{}",
                prose(&f.title),
                f.id,
                prose(f.explanation.trim_end())
            );
            if !f.fixes.is_empty() {
                let _ = writeln!(out, "\n**{}**\n", tr.tr("report-fixes"));
                for fix in &f.fixes {
                    let _ = writeln!(out, "- {}", prose(fix));
                }
            }
        }
        if !self.questions.is_empty() {
            let heading = tr.tr("explain-questions");
            let _ = writeln!(out, "\n### {}\n", heading.trim_end_matches(':'));
            for q in &self.questions {
                let _ = writeln!(out, "- {} — {}", prose(&q.question), q.answer);
            }
        }
        out
    }
}

impl Rendered for CodeTable {
    fn text(&self, _tr: &Tr<'_>, _layout: Layout) -> String {
        let mut out = String::new();
        for c in &self.codes {
            let _ = writeln!(out, "{}  HTTP {}  {}", c.code, c.http, c.meaning);
        }
        out
    }

    fn markdown(&self, tr: &Tr<'_>) -> String {
        let mut out = format!(
            "| {} | HTTP | {} | {} |\n|---:|---:|---|---|\n",
            tr.tr("explain-col-code"),
            tr.tr("explain-col-family"),
            tr.tr("explain-col-meaning")
        );
        for c in &self.codes {
            let _ = writeln!(
                out,
                "| {} | {} | `{}` | {} |",
                c.code,
                c.http,
                c.family,
                cell(&prose(&c.meaning))
            );
        }
        out
    }
}
