//! `kling-doctor diagnose` (and the bare `kling-doctor` without a terminal): gather facts,
//! evaluate the rules, render the diagnosis.

use std::cell::RefCell;
use std::fmt::Write as _;

use super::{Done, load_rules};
use crate::cli::{DiagnoseArgs, Format};
use crate::config::Config;
use crate::engine;
use crate::error::AppError;
use crate::facts::key;
use crate::facts::{FactType, Facts, Origin};
use crate::i18n::Tr;
use crate::input::error_text::ParsedError;
use crate::input::{
    MAX_ANSWERS_BYTES, apply_error, apply_pair, apply_request, parse_answers, split_set,
};
use crate::probe::{ProbeConfig, ProbeReport};
use crate::redact::Redactor;
use crate::render::report::ReportEnv;
use crate::render::{self, View};
use crate::report;
use crate::rules::RuleSet;
use crate::wizard;

/// Runs a diagnosis; on a terminal (and without `--non-interactive`) the wizard first
/// asks for what is still missing.
pub fn run(config: &Config, args: &DiagnoseArgs) -> Result<Done, AppError> {
    let (rules, messages) = load_rules(config)?;
    let tr = messages.tr(config.lang);
    if args.list_facts {
        return Ok(Done {
            stdout: list_facts(rules, &tr),
            exit: 0,
        });
    }
    if let Some(path) = &args.report {
        report::check_target(path, args.force)?;
    }
    let (mut facts, mut error) = gather(args, rules)?;
    // `--probe` stops on a refused base URL before any request; without it, a refused
    // base only means the wizard offers no probe.
    let product = match facts.get(key::PRODUCT) {
        Some(crate::facts::Value::Text(p)) => p.replace('_', "-"),
        _ => "video".to_string(),
    };
    let probe_config = match &config.probe {
        Err(refusal) if args.probe => return Err(refusal.clone().into()),
        Err(_) => None,
        Ok(probe) => {
            let mut probe = probe
                .clone()
                .with_timeout(args.probe_args.timeout)
                .for_product(&facts);
            if probe.kling.is_some() {
                probe.ledger = Some(super::usage::query(
                    config.now,
                    crate::cli::DEFAULT_USAGE_DAYS,
                    &product,
                ));
            }
            Some(probe)
        }
    };
    let mut probes = match &probe_config {
        Some(probe_config) if args.probe => {
            Some(super::probe::collect(config, probe_config, rules, &tr))
        }
        _ => None,
    };
    if let Some(report) = &probes {
        report.apply(&mut facts);
    }
    let session = if config.interactive_stdin && !args.non_interactive {
        // The wizard offers the probe itself when credentials exist and --probe did not run.
        let offered: RefCell<Option<ProbeReport>> = RefCell::new(None);
        let hook = || {
            let report = probe_config
                .as_ref()
                .map_or_else(ProbeReport::default, |probe| {
                    super::probe::collect(config, probe, rules, &tr)
                });
            let mut learned = Facts::default();
            report.apply(&mut learned);
            *offered.borrow_mut() = Some(report);
            learned
        };
        let offer = (probes.is_none()
            && probe_config
                .as_ref()
                .is_some_and(ProbeConfig::has_credentials))
        .then_some(&hook as wizard::Probe<'_>);
        let session = wizard::run(config, rules, tr, &mut facts, &mut error, offer)?;
        probes = probes.or(offered.into_inner());
        Some(session)
    } else {
        None
    };
    if let Some(report) = &probes {
        super::usage::apply_cost_facts(report, &mut facts, rules);
    }
    let diagnosis = engine::evaluate(rules, &facts, config.now);
    let exit = u8::from(diagnosis.has_problems());
    let view = View {
        rules,
        diagnosis: &diagnosis,
        facts: &facts,
        error: error.as_ref(),
        tr,
        verbose: config.verbose,
        probes: probes.as_ref(),
    };
    let env = ReportEnv::new(config, rules);
    let mut stdout = match config.format {
        Format::Text => render::text::render(
            &view,
            render::text::Layout::of(config),
            exit,
            args.report.as_deref(),
        ),
        Format::Json => render::json::render(&view),
        Format::Markdown => render::markdown::render(&view, &env, exit),
    };
    if let Some(path) = &args.report {
        let mut contents = render::report::render(&view, &env, path, exit);
        let usage = probes.as_ref().and_then(|r| {
            super::usage::summary_of(r, &product, crate::cli::DEFAULT_USAGE_DAYS, config.now)
        });
        if let Some(summary) = usage {
            contents = with_usage(contents, &summary, render::report::is_json(path), &view.tr);
        }
        report::write(
            path,
            &contents,
            args.force,
            &Redactor::new(config.secrets.clone()),
        )?;
    }
    if let Some(session) = &session {
        wizard::finish(session, &view, config, &mut stdout);
    }
    Ok(Done { stdout, exit })
}

/// The report with the ledger summary added: a `usage` key, or a Markdown section.
fn with_usage(
    contents: String,
    summary: &crate::usage::Summary,
    json: bool,
    tr: &Tr<'_>,
) -> String {
    if !json {
        return format!("{contents}\n{}", render::usage::markdown(summary, tr));
    }
    match serde_json::from_str::<serde_json::Value>(&contents) {
        Ok(mut value) => {
            value["usage"] = render::usage::json(summary);
            serde_json::to_string_pretty(&value).map_or(contents, |s| s + "\n")
        }
        Err(_) => contents,
    }
}

/// Facts from `--error`, `--answers` and `--set`, in rising precedence.
pub fn gather(
    args: &DiagnoseArgs,
    rules: &RuleSet,
) -> Result<(Facts, Option<ParsedError>), AppError> {
    let mut facts = Facts::default();
    let mut error = args
        .error
        .as_deref()
        .map(|text| apply_error(&mut facts, text, rules, Origin::Flag));
    if let Some(path) = &args.request {
        apply_request(&mut facts, &read_request_file(path)?, rules);
    }
    if let Some(path) = &args.answers {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| AppError::Answers {
            path: shown.clone(),
            detail: e.to_string(),
        })?;
        for (key, value) in parse_answers(&text, &shown)? {
            if let Some(parsed) = apply_pair(&mut facts, &key, &value, Origin::AnswersFile, rules)?
            {
                error.get_or_insert(parsed);
            }
        }
    }
    for arg in &args.set {
        let (key, value) = split_set(arg)?;
        if let Some(parsed) = apply_pair(&mut facts, key, value, Origin::Flag, rules)? {
            error = Some(parsed);
        }
    }
    Ok((facts, error))
}

/// The `--request` file, bounded like an answers file so a wrong path cannot make us
/// swallow a huge file.
fn read_request_file(path: &std::path::Path) -> Result<String, AppError> {
    use std::io::Read as _;
    let fail = |detail: String| AppError::Request {
        path: path.display().to_string(),
        detail,
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_ANSWERS_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(e.to_string()))?;
    if bytes.len() > MAX_ANSWERS_BYTES {
        return Err(fail(format!("larger than {MAX_ANSWERS_BYTES} bytes")));
    }
    String::from_utf8(bytes).map_err(|_| fail("not UTF-8 text".into()))
}

/// `--list-facts`: every key, its accepted values and its question.
fn list_facts(rules: &RuleSet, tr: &Tr<'_>) -> String {
    let mut out = String::new();
    for def in rules.facts.iter() {
        let values = match &def.kind {
            FactType::Enum(values) => values
                .iter()
                .map(|v| v.value.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
            FactType::Integer => tr.tr("ui-type-integer"),
            FactType::Number => tr.tr("ui-type-number"),
            FactType::Date => tr.tr("ui-type-date"),
            FactType::Text => tr.tr("ui-type-text"),
            FactType::Model => rules
                .pricing
                .models
                .iter()
                .map(|m| m.id.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
        };
        let _ = writeln!(
            out,
            "{:<20} {values}\n{:<20} {}",
            def.key,
            "",
            tr.tr(&def.question)
        );
    }
    out
}
