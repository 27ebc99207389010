//! The `usage` summary as an aligned text table, a Markdown section (also the `--report`
//! section of `diagnose --probe`) and the contract's JSON. Wording: `locales/*/usage.ftl`.

use std::fmt::Write as _;

use fluent::FluentArgs;
use serde_json::{Value as Json, json};

use crate::facts::round2;
use crate::i18n::Tr;
use crate::usage::{Outlook, Summary};

fn date(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}

/// "Units used in the last 30 days (video): 312 tasks, 1234.5 units, 41.15 units a day".
fn headline(s: &Summary, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    args.set("days", s.days);
    args.set("product", s.product.clone());
    args.set("tasks", s.tasks);
    args.set("units", round2(s.units_total));
    args.set("per_day", round2(s.units_per_day));
    if s.tasks == 0 {
        tr.tr_args("usage-none", Some(&args))
    } else {
        tr.tr_args("usage-title", Some(&args))
    }
}

/// What is left and how long it lasts, one or two sentences.
pub fn outlook(s: &Summary, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    args.set("product", s.product.clone());
    let Some(outlook) = &s.outlook else {
        return tr.tr("usage-packs-unknown");
    };
    args.set("units", round2(s.units_left.unwrap_or(0.0)));
    let left = tr.tr_args("usage-left", Some(&args));
    let rest = match outlook {
        Outlook::NothingUsed => tr.tr("usage-outlook-nothing-used"),
        Outlook::NoUnits => return tr.tr_args("usage-outlook-no-units", Some(&args)),
        Outlook::RunsOut { days, expires } => {
            args.set("days", days.round().max(1.0));
            match expires {
                Some(at) => {
                    args.set("date", date(*at));
                    tr.tr_args("usage-outlook-runs-out", Some(&args))
                }
                None => tr.tr_args("usage-outlook-runs-out-no-expiry", Some(&args)),
            }
        }
        Outlook::Expires { units, on } => {
            args.set("units", units.round());
            args.set("date", date(*on));
            tr.tr_args("usage-outlook-expires", Some(&args))
        }
    };
    format!("{left} {rest}")
}

/// The table's cells: header, one row per setup, the total.
fn table(s: &Summary, tr: &Tr<'_>) -> Vec<[String; 7]> {
    let mut rows = vec![[
        tr.tr("usage-col-model"),
        tr.tr("usage-col-mode"),
        tr.tr("usage-col-length"),
        tr.tr("usage-col-audio"),
        tr.tr("usage-col-tasks"),
        tr.tr("usage-col-per-task"),
        tr.tr("usage-col-units"),
    ]];
    for g in &s.by_model {
        rows.push([
            g.model.clone(),
            g.mode.clone(),
            format!("{} s", g.duration),
            tr.tr(if g.audio {
                "usage-audio-native"
            } else {
                "usage-audio-off"
            }),
            g.tasks.to_string(),
            format!("{:.2}", g.units_per_task()),
            format!("{:.2}", g.units_total),
        ]);
    }
    rows.push([
        tr.tr("usage-total"),
        String::new(),
        String::new(),
        String::new(),
        s.tasks.to_string(),
        String::new(),
        format!("{:.2}", s.units_total),
    ]);
    rows
}

fn key_line(name: &str, tasks: u64, units: f64, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    let name = if name.is_empty() {
        tr.tr("usage-key-unnamed")
    } else {
        name.to_string()
    };
    args.set("name", name);
    args.set("tasks", tasks);
    args.set("units", round2(units));
    tr.tr_args("usage-key-line", Some(&args))
}

/// The aligned table: text left, numbers right.
pub fn text(s: &Summary, tr: &Tr<'_>) -> String {
    let mut out = format!("{}\n", headline(s, tr));
    if s.tasks > 0 {
        let rows = table(s, tr);
        let widths: Vec<usize> = (0..7)
            .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
            .collect();
        out.push('\n');
        for row in &rows {
            let mut line = String::from(" ");
            for (c, cell) in row.iter().enumerate() {
                let pad = widths[c] - cell.chars().count();
                line.push_str("  ");
                if c >= 4 || c == 2 {
                    line.push_str(&" ".repeat(pad));
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    line.push_str(&" ".repeat(pad));
                }
            }
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    if !s.by_key.is_empty() {
        let _ = writeln!(out, "\n{}", tr.tr("usage-by-key"));
        for k in &s.by_key {
            let _ = writeln!(out, "  {}", key_line(&k.name, k.tasks, k.units_total, tr));
        }
    }
    let _ = writeln!(out, "\n{}", outlook(s, tr));
    out
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The Markdown section (`usage --format markdown`, and the support report).
pub fn markdown(s: &Summary, tr: &Tr<'_>) -> String {
    let mut out = format!("## {}\n\n{}\n", tr.tr("usage-heading"), headline(s, tr));
    if s.tasks > 0 {
        let rows = table(s, tr);
        out.push('\n');
        for (i, row) in rows.iter().enumerate() {
            let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
            if i == 0 {
                let _ = writeln!(out, "|---|---|---:|---|---:|---:|---:|");
            }
        }
    }
    if !s.by_key.is_empty() {
        let _ = writeln!(out, "\n{}\n", tr.tr("usage-by-key"));
        for k in &s.by_key {
            let _ = writeln!(
                out,
                "- {}",
                cell(&key_line(&k.name, k.tasks, k.units_total, tr))
            );
        }
    }
    let _ = writeln!(out, "\n{}", outlook(s, tr));
    out
}

/// The contract's `usage` object without `findings` and `probes` (the caller adds them),
/// plus `by_api_key`, `expires_unused` and `expires_unused_on`.
pub fn json(s: &Summary) -> Json {
    let by_model: Vec<Json> = s
        .by_model
        .iter()
        .map(|g| {
            json!({"model": g.model, "mode": g.mode, "duration": g.duration, "audio": g.audio,
                   "tasks": g.tasks, "units_per_task": round2(g.units_per_task()),
                   "units_total": round2(g.units_total)})
        })
        .collect();
    let by_key: Vec<Json> = s
        .by_key
        .iter()
        .map(|k| json!({"api_key_name": k.name, "tasks": k.tasks, "units_total": round2(k.units_total)}))
        .collect();
    let (unused, unused_on) = match &s.outlook {
        Some(Outlook::Expires { units, on }) => (json!(round2(*units)), json!(on.to_string())),
        Some(_) => (json!(0.0), Json::Null),
        None => (Json::Null, Json::Null),
    };
    json!({
        "schema_version": 1,
        "days": s.days,
        "product": s.product,
        "tasks": s.tasks,
        "units_total": round2(s.units_total),
        "units_per_day": round2(s.units_per_day),
        "by_model": by_model,
        "by_api_key": by_key,
        "units_left": s.units_left.map(round2),
        "days_left": s.days_left.map(round2),
        "pack_expires": s.pack_expires.map(|t| t.to_string()),
        "expires_unused": unused,
        "expires_unused_on": unused_on,
    })
}
