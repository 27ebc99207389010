//! The wizard on a terminal: inquire prompts (drawn on stderr), localized, each with a
//! help line saying where to find the answer and an "I don't know" way out.

use std::fmt;
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use fluent::FluentArgs;
use inquire::error::CustomUserError;
use inquire::ui::{Color, RenderConfig, Styled};
use inquire::validator::{ErrorMessage, Validation};
use inquire::{Confirm, InquireError, Select, Text};

use super::{Answer, Asker, help_key};
use crate::config::Config;
use crate::error::AppError;
use crate::facts::{FactDef, FactType, ValueError};
use crate::i18n::Tr;
use crate::input::{self, error_text};
use crate::redact::Redactor;
use crate::rules::RuleSet;

/// How long to wait for more lines of a paste that arrived as typed keys: terminals
/// without bracketed paste send a pasted JSON body line by line, Enter included.
const PASTE_GAP: Duration = Duration::from_millis(50);

/// The most pasted text read after the prompt, so a runaway paste cannot grow unbounded.
const MAX_PASTE_BYTES: usize = 64 * 1024;

/// Asks on the terminal.
pub struct Prompts<'a> {
    /// `'static` (as `commands::load_rules` gives it): inquire's validators must own what
    /// they use, and the rule set is then shared rather than cloned per question.
    rules: &'static RuleSet,
    tr: Tr<'a>,
    color: bool,
    redactor: Redactor,
    greeted: bool,
}

/// One option of a Select: what the user reads, and what it means.
struct Choice<K> {
    label: String,
    kind: K,
}

impl<K> fmt::Display for Choice<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// A line on stderr beside the prompts; not `eprintln!`, which panics when stderr is
/// closed.
fn say(line: &str) {
    let _ = crate::write_all(&mut std::io::stderr(), &format!("{line}\n"));
}

/// What step 1 can lead to.
enum ErrorPick {
    Paste,
    Code(u32),
    CheckUp,
}

impl<'a> Prompts<'a> {
    pub fn new(rules: &'static RuleSet, tr: Tr<'a>, config: &Config) -> Self {
        Prompts {
            rules,
            tr,
            color: config.color,
            redactor: Redactor::new(config.secrets.clone()),
            greeted: false,
        }
    }

    /// One line saying what is about to happen, before the first prompt only.
    fn greet(&mut self) {
        if !self.greeted {
            self.greeted = true;
            say(&self.tr.tr("wizard-intro"));
        }
    }

    /// Colours only where the diagnosis would have them (not with NO_COLOR or TERM=dumb).
    fn render_config(&self) -> RenderConfig<'_> {
        // The prompt left behind gets a mark; the one "cancelled" line comes after it.
        let (base, mark) = if self.color {
            (
                RenderConfig::default_colored(),
                Styled::new("✗").with_fg(Color::DarkRed),
            )
        } else {
            (RenderConfig::empty(), Styled::new("✗"))
        };
        let error_message = base.error_message.with_prefix(Styled::new("✗"));
        base.with_canceled_prompt_indicator(mark)
            .with_error_message(error_message)
    }

    /// A help line followed by the keys that work in this kind of prompt.
    fn help(&self, help: &str, keys: &str) -> String {
        format!("{help} · {}", self.tr.tr(keys))
    }

    /// A Select over `options` plus "I don't know" (last).
    fn choose<K>(
        &self,
        question: &str,
        help: &str,
        mut options: Vec<Choice<Option<K>>>,
    ) -> Result<Option<K>, AppError> {
        options.push(Choice {
            label: self.tr.tr("wizard-dont-know"),
            kind: None,
        });
        let help = self.help(help, "wizard-keys-select");
        Select::new(question, options)
            .with_help_message(&help)
            .with_render_config(self.render_config())
            .prompt()
            .map(|choice| choice.kind)
            .map_err(stop)
    }

    /// The paste prompt of step 1, then whatever of the paste is still pending.
    fn paste(&mut self) -> Result<String, AppError> {
        let question = self.tr.tr("wizard-paste-question");
        let help = self.tr.tr("wizard-paste-help");
        let empty = self.tr.tr("wizard-paste-empty");
        let redactor = &self.redactor;
        let shown = |text: &str| redactor.redact(&one_line(text));
        let first = Text::new(&question)
            .with_help_message(&help)
            .with_formatter(&shown)
            .with_validator(move |input: &str| -> Result<Validation, CustomUserError> {
                Ok(if input.trim().is_empty() {
                    Validation::Invalid(ErrorMessage::Custom(empty.clone()))
                } else {
                    Validation::Valid
                })
            })
            .with_render_config(self.render_config())
            .prompt()
            .map_err(stop)?;
        let rest = rest_of_paste()?;
        let text = if rest.trim().is_empty() {
            first
        } else {
            format!("{first}\n{rest}")
        };
        self.say_what_was_read(&text);
        Ok(text)
    }

    /// Confirms what the pasted text was read as, so a bad paste shows at once.
    fn say_what_was_read(&self, text: &str) {
        let parsed = error_text::parse(text, &self.rules.codes);
        let mut line = match parsed.code.and_then(|c| self.rules.codes.get(c)) {
            Some(code) => {
                let mut args = FluentArgs::new();
                args.set("code", code.code);
                let meaning = self.tr.tr(&code.meaning_key());
                args.set("meaning", meaning.trim_end_matches('.').to_string());
                self.tr.tr_args("wizard-read-code", Some(&args))
            }
            None => self.tr.tr("wizard-read-no-code"),
        };
        if let Some(id) = &parsed.request_id {
            let mut args = FluentArgs::new();
            args.set("id", id.clone());
            line.push_str(" · ");
            line.push_str(&self.tr.tr_args("wizard-read-request-id", Some(&args)));
        }
        say(&self.redactor.redact(&line));
    }

    /// A typed answer (numbers, dates, text), checked as it is typed by the same parser
    /// as `--set`; empty means "I don't know".
    fn type_in(&self, def: &FactDef, question: &str, help: &str) -> Result<Answer, AppError> {
        let example = match def.kind {
            FactType::Integer => self.tr.tr("wizard-example-integer"),
            FactType::Number => self.tr.tr("wizard-example-number"),
            FactType::Date => self.tr.tr("wizard-example-date"),
            FactType::Text | FactType::Enum(_) | FactType::Model => String::new(),
        };
        let help = self.help(help, "wizard-keys-text");
        let dont_know = self.tr.tr("wizard-dont-know");
        let shown = |text: &str| {
            if text.trim().is_empty() {
                dont_know.clone()
            } else {
                text.trim().to_string()
            }
        };
        let validator = {
            let rules = self.rules;
            let def = def.clone();
            let invalid = Invalid::new(&self.tr, def.min);
            move |input: &str| -> Result<Validation, CustomUserError> {
                if input.trim().is_empty() {
                    return Ok(Validation::Valid);
                }
                Ok(match rules.facts.parse(&def, input, &rules.pricing) {
                    Ok(_) => Validation::Valid,
                    Err(e) => Validation::Invalid(ErrorMessage::Custom(invalid.message(&e))),
                })
            }
        };
        let raw = Text::new(question)
            .with_help_message(&help)
            .with_placeholder(&example)
            .with_formatter(&shown)
            .with_validator(validator)
            .with_render_config(self.render_config())
            .prompt()
            .map_err(stop)?;
        if raw.trim().is_empty() {
            return Ok(Answer::DontKnow);
        }
        input::typed(self.rules, def, &raw).map(Answer::Value)
    }
}

impl Asker for Prompts<'_> {
    fn error(&mut self) -> Result<Option<String>, AppError> {
        self.greet();
        let mut options = vec![Choice {
            label: self.tr.tr("wizard-error-paste"),
            kind: ErrorPick::Paste,
        }];
        for code in self.rules.codes.wizard() {
            let mut args = FluentArgs::new();
            args.set("code", code.code);
            args.set(
                "message",
                code.messages.first().cloned().unwrap_or_else(|| {
                    let meaning = self.tr.tr(&code.meaning_key());
                    meaning.trim_end_matches('.').to_string()
                }),
            );
            options.push(Choice {
                label: self.tr.tr_args("wizard-error-code", Some(&args)),
                kind: ErrorPick::Code(code.code),
            });
        }
        options.push(Choice {
            label: self.tr.tr("wizard-error-checkup"),
            kind: ErrorPick::CheckUp,
        });
        let question = self.tr.tr("wizard-error-question");
        let help = self.help(&self.tr.tr("wizard-error-help"), "wizard-keys-select");
        // Every option on one page: paste, the codes, the check-up.
        let page = options.len();
        let picked = Select::new(&question, options)
            .with_help_message(&help)
            .with_page_size(page)
            .with_render_config(self.render_config())
            .prompt()
            .map_err(stop)?;
        match picked.kind {
            ErrorPick::Paste => self.paste().map(Some),
            ErrorPick::Code(code) => Ok(Some(code.to_string())),
            ErrorPick::CheckUp => Ok(None),
        }
    }

    fn offer_probe(&mut self) -> Result<bool, AppError> {
        self.greet();
        let question = self.tr.tr("wizard-probe-offer");
        let help = self.tr.tr("wizard-probe-help");
        let (yes, no) = (self.tr.tr("wizard-yes"), self.tr.tr("wizard-no"));
        let yes_no = self.tr.tr("wizard-yes-no");
        let invalid = self.tr.tr("wizard-yes-no-invalid");
        let words = |key: &str| -> Vec<String> {
            self.tr
                .tr(key)
                .split(',')
                .map(|w| w.trim().to_lowercase())
                .collect()
        };
        let (yes_words, no_words) = (words("wizard-yes-words"), words("wizard-no-words"));
        let parser = |input: &str| {
            let input = input.trim().to_lowercase();
            if yes_words.contains(&input) {
                Ok(true)
            } else if no_words.contains(&input) {
                Ok(false)
            } else {
                Err(())
            }
        };
        let shown = |answer: bool| if answer { yes.clone() } else { no.clone() };
        let default_shown = |_: bool| yes_no.clone();
        Confirm::new(&question)
            .with_default(true)
            .with_help_message(&help)
            .with_parser(&parser)
            .with_formatter(&shown)
            .with_default_value_formatter(&default_shown)
            .with_error_message(&invalid)
            .with_render_config(self.render_config())
            .prompt()
            .map_err(stop)
    }

    fn fact(&mut self, def: &FactDef, question: &str) -> Result<Answer, AppError> {
        self.greet();
        let question = self.tr.tr(question);
        let help = self.tr.tr(&help_key(&def.key));
        let parse = |raw: &str| self.rules.facts.parse(def, raw, &self.rules.pricing).ok();
        let options: Vec<_> = match &def.kind {
            FactType::Enum(values) => values
                .iter()
                .map(|v| Choice {
                    label: self.tr.tr(&def.value_label_key(&v.value)),
                    kind: parse(&v.value),
                })
                .collect(),
            FactType::Model => self
                .rules
                .pricing
                .models
                .iter()
                .map(|m| Choice {
                    label: match m.aliases.first() {
                        Some(alias) => format!("{} ({alias})", m.id),
                        None => m.id.clone(),
                    },
                    kind: parse(&m.id),
                })
                .collect(),
            FactType::Text | FactType::Integer | FactType::Number | FactType::Date => {
                return self.type_in(def, &question, &help);
            }
        };
        let options = options.into_iter().filter(|c| c.kind.is_some()).collect();
        Ok(self
            .choose(&question, &help, options)?
            .map_or(Answer::DontKnow, Answer::Value))
    }
}

/// Localized messages for values the parser refuses; owned, as inquire validators must be.
#[derive(Clone)]
struct Invalid {
    integer: String,
    number: String,
    below_min: String,
    date: String,
    other: String,
}

impl Invalid {
    fn new(tr: &Tr<'_>, min: Option<f64>) -> Self {
        let mut args = FluentArgs::new();
        args.set("min", min.unwrap_or(0.0));
        Invalid {
            integer: tr.tr("wizard-invalid-integer"),
            number: tr.tr("wizard-invalid-number"),
            below_min: tr.tr_args("wizard-invalid-below-min", Some(&args)),
            date: tr.tr("wizard-invalid-date"),
            other: tr.tr("wizard-invalid-value"),
        }
    }

    fn message(&self, error: &ValueError) -> String {
        match error {
            ValueError::NotAnInteger => self.integer.clone(),
            ValueError::NotANumber => self.number.clone(),
            ValueError::BelowMin(_) => self.below_min.clone(),
            ValueError::NotADate => self.date.clone(),
            ValueError::NotOneOf(_) | ValueError::UnknownModel { .. } | ValueError::Empty => {
                self.other.clone()
            }
        }
    }
}

/// Esc, Ctrl-C and Ctrl-D (end of input) stop the wizard; anything else is a terminal fault.
fn stop(error: InquireError) -> AppError {
    match error {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            AppError::Interrupted
        }
        InquireError::IO(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            AppError::Interrupted
        }
        other => AppError::Prompt(other.to_string()),
    }
}

/// Most characters of a paste echoed after its prompt.
const ECHO_CHARS: usize = 60;

/// A paste on one line, blanks folded, cut at `ECHO_CHARS` with "…".
fn one_line(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() > ECHO_CHARS {
        let cut: String = folded.chars().take(ECHO_CHARS).collect();
        format!("{} …", cut.trim_end())
    } else {
        folded
    }
}

/// The lines of a paste still pending after the prompt took its first line.
fn rest_of_paste() -> Result<String, AppError> {
    crossterm::terminal::enable_raw_mode().map_err(|e| AppError::Prompt(e.to_string()))?;
    let rest = pending_keys();
    let restored = crossterm::terminal::disable_raw_mode();
    let rest = rest?;
    restored.map_err(|e| AppError::Prompt(e.to_string()))?;
    Ok(rest)
}

/// Reads keys while more arrive within `PASTE_GAP`; Ctrl-C or Ctrl-D among them stops.
fn pending_keys() -> Result<String, AppError> {
    let fault = |e: std::io::Error| AppError::Prompt(e.to_string());
    let mut rest = String::new();
    while rest.len() < MAX_PASTE_BYTES && event::poll(PASTE_GAP).map_err(fault)? {
        match event::read().map_err(fault)? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                let control = key.modifiers.contains(KeyModifiers::CONTROL);
                match key.code {
                    KeyCode::Char('c' | 'd') if control => return Err(AppError::Interrupted),
                    KeyCode::Char('j') if control => rest.push('\n'),
                    KeyCode::Char(c) => rest.push(c),
                    KeyCode::Enter => rest.push('\n'),
                    KeyCode::Tab => rest.push('\t'),
                    _ => {}
                }
            }
            Event::Paste(text) => rest.push_str(&text),
            _ => {}
        }
    }
    Ok(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_is_echoed_on_one_short_line() {
        for (text, shown) in [
            ("1102", "1102"),
            ("\n  {\n  \"code\": 1102\n}\n", "{ \"code\": 1102 }"),
            (
                "HTTP/2 429\ncontent-type: application/json\n\n{\"code\":1303,\"message\":\"parallel task\"}",
                "HTTP/2 429 content-type: application/json {\"code\":1303,\"mess …",
            ),
        ] {
            assert_eq!(one_line(text), shown, "{text:?}");
        }
    }
}
