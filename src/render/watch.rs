//! What `watch` prints: a progress line per change or fault (stderr), and the result
//! as a sentence or one JSON object (stdout).

use fluent::FluentArgs;
use serde_json::{Map, Value as Json, json};

use super::probe_text;
use crate::facts::{key, round2};
use crate::i18n::Tr;
use crate::probe::watch::{Ended, Event, Goal};

/// One progress line: what runs and for how long, the balance, or a fault and the retry.
pub fn progress(event: &Event, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    match event {
        Event::Slots {
            running,
            limit,
            from,
            oldest,
        } => {
            args.set("running", *running);
            args.set("limit", *limit);
            args.set("from", tr.tr(&format!("watch-limit-from-{}", from.id())));
            let mut line = tr.tr_args("watch-progress-slots", Some(&args));
            if let Some((id, held)) = oldest {
                args.set("task", id.clone());
                args.set("held", held_text(*held));
                line.push_str(&tr.tr_args("watch-progress-oldest", Some(&args)));
            }
            line
        }
        Event::Balance { units } => {
            args.set("units", round2(*units));
            tr.tr_args("watch-progress-balance", Some(&args))
        }
        Event::Fault { fault, retry_in } => {
            args.set("what", probe_text::what(&fault.what, tr));
            args.set("why", probe_text::why(&fault.fault, tr));
            args.set("secs", retry_in.as_secs_f64().round());
            tr.tr_args("watch-progress-fault", Some(&args))
        }
    }
}

/// `4m 12s`, `1h 03m`.
fn held_text(secs: i64) -> String {
    match secs {
        s if s < 60 => format!("{s}s"),
        s if s < 3600 => format!("{}m {:02}s", s / 60, s % 60),
        s => format!("{}h {:02}m", s / 3600, (s % 3600) / 60),
    }
}

/// The result as a sentence (a line, as `json` is).
pub fn text(goal: &Goal, ended: &Ended, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    args.set("waited", ended.waited.as_secs_f64().round());
    args.set("polls", ended.polls);
    let key = match (goal, &ended.last, ended.ok) {
        (Goal::Slot { .. }, Some(Event::Slots { running, limit, .. }), ok) => {
            args.set("running", *running);
            args.set("limit", *limit);
            if ok {
                "watch-slots-free"
            } else {
                "watch-slots-timeout"
            }
        }
        (Goal::Balance { min_units, .. }, Some(Event::Balance { units }), ok) => {
            args.set("units", round2(*units));
            args.set("min", round2(*min_units));
            if ok {
                "watch-balance-ready"
            } else {
                "watch-balance-timeout"
            }
        }
        _ => "watch-nothing-seen",
    };
    format!("{}\n", tr.tr_args(key, Some(&args)))
}

/// The result as `{"schema_version","watch","ok","waited_s","polls","faults","facts"}`.
pub fn json(name: &str, goal: &Goal, ended: &Ended) -> String {
    let value = json_of(name, goal, ended);
    format!(
        "{}\n",
        serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".into())
    )
}

fn json_of(name: &str, goal: &Goal, ended: &Ended) -> Json {
    let mut facts = Map::new();
    match (&ended.last, goal) {
        (
            Some(Event::Slots {
                running,
                limit,
                from,
                oldest,
            }),
            _,
        ) => {
            facts.insert(key::RUNNING_TASKS.into(), json!(running));
            facts.insert(key::CONCURRENCY_LIMIT.into(), json!(limit));
            facts.insert(key::CONCURRENCY_LIMIT_FROM.into(), json!(from.id()));
            if let Some((id, held)) = oldest {
                facts.insert("oldest_task_id".into(), json!(id));
                facts.insert("oldest_task_held_s".into(), json!(held));
            }
        }
        (Some(Event::Balance { units }), Goal::Balance { min_units, product }) => {
            facts.insert(key::UNITS_LEFT.into(), json!(round2(*units)));
            facts.insert("min_units".into(), json!(min_units));
            facts.insert(key::PACK_PRODUCT.into(), json!(product));
        }
        _ => {}
    }
    json!({
        "schema_version": 1,
        "watch": name,
        "ok": ended.ok,
        "waited_s": (ended.waited.as_secs_f64() * 10.0).round() / 10.0,
        "polls": ended.polls,
        "faults": ended.faults,
        "facts": facts,
    })
}
