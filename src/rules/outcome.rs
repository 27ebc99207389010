//! What running the scenarios of `rules/tests/*.yaml` found (`crate::scenarios` runs them,
//! `render::scenarios` prints this): results as data, below both.

use super::Severity;
use super::scenario::Scenario;
use crate::i18n::Lang;

/// One way a run differs from its scenario.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    MissingFinding {
        id: String,
        severity: Severity,
    },
    UnexpectedFinding {
        id: String,
        severity: Severity,
    },
    WrongSeverity {
        id: String,
        expected: Severity,
        found: Severity,
    },
    MissingUnknown {
        fact: String,
    },
    UnexpectedUnknown {
        fact: String,
    },
    /// `refused`: why the facts were refused (exit 2), in English.
    Exit {
        expected: u8,
        found: u8,
        refused: Option<String>,
    },
    /// A finding's message is missing in `lang` or has a variable without a value.
    Message {
        lang: Lang,
        key: String,
    },
    /// The findings' texts in `lang` do not contain `text`.
    Says {
        lang: Lang,
        text: String,
    },
}

/// A scenario and what went wrong; empty `problems` means it passed.
pub struct Outcome<'s> {
    pub scenario: &'s Scenario,
    pub problems: Vec<Problem>,
}

/// What no scenario exercised.
#[derive(Debug, Default)]
pub struct Coverage {
    pub findings: usize,
    pub nodes: usize,
    pub uncovered_findings: Vec<String>,
    /// (rules file, node id)
    pub uncovered_nodes: Vec<(String, String)>,
}

pub struct Report<'s> {
    pub outcomes: Vec<Outcome<'s>>,
    pub coverage: Coverage,
}

impl Report<'_> {
    pub fn failed(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| !o.problems.is_empty())
            .count()
    }
}
