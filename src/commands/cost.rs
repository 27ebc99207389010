//! `kling-doctor cost`: what a video costs in units and USD, for one and for N videos,
//! how many videos the units left cover, and what the cheapest officially priced model
//! would save — all from `rules/pricing.yaml`. `--product image` prices images in image
//! units, a currency of their own.

use std::fmt::Write as _;

use fluent::{FluentArgs, FluentValue};
use serde_json::{Value as Json, json};

use super::{Done, load_rules};
use crate::cli::{CostArgs, Format};
use crate::config::Config;
use crate::error::AppError;
use crate::facts::{FactType, Value, round2};
use crate::i18n::Tr;
use crate::pricing::{ImageModel, Model, PriceError, Quote, Setup};
use crate::rules::RuleSet;

/// The video asked about, typed through the fact catalogue like `--set`.
struct Plan<'r> {
    model: &'r Model,
    /// `None` for a model that takes no mode.
    mode: Option<String>,
    seconds: u32,
    count: u32,
    audio: bool,
    voice: bool,
    units_left: Option<f64>,
}

impl Plan<'_> {
    /// The mode prices are looked up with (any, for a model without one).
    fn price_mode(&self) -> &str {
        self.mode.as_deref().unwrap_or("std")
    }

    fn setup(&self) -> Setup<'_> {
        Setup {
            mode: self.price_mode(),
            seconds: self.seconds,
            audio: self.audio,
            voice: self.voice,
        }
    }
}

/// One model's price for the plan.
struct Priced<'r> {
    model: &'r Model,
    quote: Quote,
}

pub fn run(config: &Config, args: &CostArgs) -> Result<Done, AppError> {
    let (rules, messages) = load_rules(&config.rules)?;
    let tr = messages.tr(config.lang);
    match typed(&rules, "product", args.product.as_deref(), "video")? {
        Value::Text(p) if p == "image" => return images(config, args, &rules, &tr),
        Value::Text(p) if p == "video" => {}
        other => {
            return Err(AppError::NoProductPrice {
                product: other.to_string(),
            });
        }
    }
    let plan = plan(args, &rules)?;
    let pricing = &rules.pricing;
    let quote = pricing
        .quote_setup(plan.model, plan.setup())
        .map_err(|e| price_error(e, &plan, &rules))?;
    let chosen = Priced {
        model: plan.model,
        quote,
    };
    let cheapest = pricing
        .cheapest_for(plan.price_mode(), plan.seconds, plan.audio || plan.voice)
        .map(|(model, quote)| Priced { model, quote });
    let stdout = match config.format {
        Format::Json => json(&plan, &chosen, cheapest.as_ref(), pricing.unit_usd),
        Format::Text | Format::Markdown => {
            text(&plan, &chosen, cheapest.as_ref(), pricing.unit_usd, &tr)
        }
    };
    Ok(Done { stdout, exit: 0 })
}

/// A flag's value typed through the fact catalogue, like `--set KEY=VALUE`.
fn typed(rules: &RuleSet, key: &str, raw: Option<&str>, default: &str) -> Result<Value, AppError> {
    let raw = raw.unwrap_or(default);
    let def = rules.facts.get(key).ok_or_else(|| AppError::UnknownFact {
        key: key.to_string(),
        suggestion: None,
    })?;
    rules
        .facts
        .parse(def, raw, &rules.pricing)
        .map_err(|error| AppError::BadValue {
            key: key.to_string(),
            value: raw.to_string(),
            error,
        })
}

fn whole(value: Value) -> u32 {
    value.as_number().map_or(0, |n| n as u32)
}

fn units_left(args: &CostArgs, rules: &RuleSet) -> Result<Option<f64>, AppError> {
    Ok(match &args.units_left {
        Some(raw) => typed(rules, "units_left", Some(raw), "0")?.as_number(),
        None => None,
    })
}

fn plan<'r>(args: &CostArgs, rules: &'r RuleSet) -> Result<Plan<'r>, AppError> {
    let pricing = &rules.pricing;
    let model = pricing
        .resolve_model(&args.model)
        .ok_or_else(|| AppError::UnknownModel {
            input: args.model.clone(),
            suggestion: pricing.suggest_model(&args.model),
            known: pricing.models.iter().map(|m| m.id.clone()).collect(),
        })?;
    let mode = match typed(rules, "mode", args.mode.as_deref(), "std")? {
        Value::Text(mode) => mode,
        other => other.to_string(),
    };
    Ok(Plan {
        model,
        // kling-v2-master and kling-v2-1-master take no mode: any --mode is moot.
        mode: model.takes_mode().then_some(mode),
        seconds: whole(typed(rules, "duration", args.duration.as_deref(), "5")?),
        count: whole(typed(rules, "count", args.count.as_deref(), "1")?),
        audio: args.audio,
        voice: args.voice,
        units_left: units_left(args, rules)?,
    })
}

fn price_error(error: PriceError, plan: &Plan<'_>, rules: &RuleSet) -> AppError {
    match error {
        PriceError::NoPriceForMode => {
            let modes: Vec<String> = match rules.facts.get("mode").map(|d| &d.kind) {
                Some(FactType::Enum(values)) => values.iter().map(|v| v.value.clone()).collect(),
                _ => Vec::new(),
            };
            let pricing = &rules.pricing;
            let without = pricing.modes_priced(plan.model, false, &modes);
            let with = pricing.modes_priced(plan.model, true, &modes);
            AppError::NoPriceForMode {
                model: plan.model.id.clone(),
                mode: plan.price_mode().to_string(),
                audio: plan.audio || plan.voice,
                priced: without
                    .into_iter()
                    .map(str::to_string)
                    .chain(with.into_iter().map(|m| format!("{m} --audio")))
                    .collect(),
            }
        }
        PriceError::DurationNotPriced(priced) => AppError::DurationNotPriced {
            model: plan.model.id.clone(),
            seconds: plan.seconds,
            priced,
        },
    }
}

/// Whole videos `units` pay for at `per_video` units each.
fn covered(units: f64, per_video: f64) -> f64 {
    if per_video > 0.0 {
        (round2(units) / round2(per_video)).floor()
    } else {
        0.0
    }
}

/// A figure as JSON: two decimals at most, whole numbers without a fraction.
fn number(n: f64) -> Json {
    Value::Number(round2(n)).to_json()
}

fn json(
    plan: &Plan<'_>,
    chosen: &Priced<'_>,
    cheapest: Option<&Priced<'_>>,
    unit_usd: f64,
) -> String {
    let count = f64::from(plan.count);
    let units = chosen.quote.units;
    let mut out = json!({
        "model": chosen.model.id,
        "mode": plan.mode,
        "duration": plan.seconds,
        "audio": plan.audio,
        "voice": plan.voice,
        "units_per_video": number(units),
        "usd_per_video": number(units * unit_usd),
        "count": plan.count,
        "units_total": number(units * count),
        "usd_total": number(units * count * unit_usd),
        "unit_usd": unit_usd,
        "source": chosen.quote.source,
        "third_party": chosen.quote.third_party,
        "cheapest": cheapest.map(|c| {
            let mut cheaper = json!({
                "model": c.model.id,
                "units_per_video": number(c.quote.units),
                "usd_per_video": number(c.quote.units * unit_usd),
                "saving_per_video": number(units - c.quote.units),
                "saving_total": number((units - c.quote.units) * count),
                "source": c.quote.source,
            });
            if let Some(left) = plan.units_left {
                cheaper["videos_covered"] = number(covered(left, c.quote.units));
            }
            cheaper
        }),
    });
    if let Some(left) = plan.units_left {
        out["units_left"] = number(left);
        out["videos_covered"] = number(covered(left, units));
    }
    format!(
        "{}\n",
        serde_json::to_string_pretty(&out).unwrap_or_default()
    )
}

fn text(
    plan: &Plan<'_>,
    chosen: &Priced<'_>,
    cheapest: Option<&Priced<'_>>,
    unit_usd: f64,
    tr: &Tr<'_>,
) -> String {
    let count = f64::from(plan.count);
    let units = chosen.quote.units;
    let mut args = FluentArgs::new();
    args.set("model", chosen.model.id.clone());
    args.set("mode", plan.mode.clone().unwrap_or_else(|| "none".into()));
    args.set("duration", plan.seconds);
    args.set(
        "audio",
        match (plan.voice, plan.audio) {
            (true, _) => "voice",
            (false, true) => "yes",
            (false, false) => "no",
        },
    );
    args.set("count", plan.count);
    args.set("source", chosen.quote.source.clone());
    set_cost(&mut args, "units", "usd", units, unit_usd);
    set_cost(&mut args, "total", "total_usd", units * count, unit_usd);
    if let Some(left) = plan.units_left {
        args.set("units_left", FluentValue::from(round2(left)));
        args.set("videos", FluentValue::from(covered(left, units)));
    }
    let mut out = format!("{}\n", tr.tr_args("cost-heading", Some(&args)));
    let mut line = |key: &str, args: &FluentArgs<'_>| {
        let _ = writeln!(out, "  {}", tr.tr_args(key, Some(args)));
    };
    line("cost-per-video", &args);
    if plan.count > 1 {
        line("cost-total", &args);
    }
    if plan.units_left.is_some() {
        line("cost-covered", &args);
    }
    if chosen.quote.third_party {
        line("cost-third-party", &args);
    }
    match cheapest {
        Some(c) if round2(c.quote.units) < round2(units) => {
            args.set("cheaper", c.model.id.clone());
            set_cost(
                &mut args,
                "cheaper_units",
                "cheaper_usd",
                c.quote.units,
                unit_usd,
            );
            set_cost(
                &mut args,
                "saving",
                "saving_usd",
                units - c.quote.units,
                unit_usd,
            );
            let total = (units - c.quote.units) * count;
            set_cost(
                &mut args,
                "saving_total",
                "saving_total_usd",
                total,
                unit_usd,
            );
            line("cost-cheaper", &args);
            if plan.count > 1 {
                line("cost-cheaper-total", &args);
            }
            if let Some(left) = plan.units_left {
                args.set(
                    "cheaper_videos",
                    FluentValue::from(covered(left, c.quote.units)),
                );
                line("cost-cheaper-covered", &args);
            }
        }
        Some(_) => line("cost-cheapest-already", &args),
        None => line("cost-no-official-alternative", &args),
    }
    out
}

/// Sets `units` (a number, for plurals) and `usd` (two decimals) for a cost in units.
fn set_cost(
    args: &mut FluentArgs<'_>,
    units: &'static str,
    usd: &'static str,
    n: f64,
    unit_usd: f64,
) {
    args.set(units, FluentValue::from(round2(n)));
    args.set(usd, format!("{:.2}", n * unit_usd));
}

/// `cost --product image`: units per image from the official image table, in image units.
fn images(
    config: &Config,
    args: &CostArgs,
    rules: &RuleSet,
    tr: &Tr<'_>,
) -> Result<Done, AppError> {
    let pricing = &rules.pricing;
    let model = pricing
        .resolve_image(&args.model)
        .ok_or_else(|| AppError::UnknownModel {
            input: args.model.clone(),
            suggestion: None,
            known: pricing.images.iter().map(|m| m.id.clone()).collect(),
        })?;
    let count = whole(typed(rules, "count", args.count.as_deref(), "1")?);
    let left = units_left(args, rules)?;
    let stdout = match config.format {
        Format::Json => image_json(model, count, left, pricing.image_unit_usd),
        Format::Text | Format::Markdown => {
            image_text(model, count, left, pricing.image_unit_usd, tr)
        }
    };
    Ok(Done { stdout, exit: 0 })
}

/// Dollars of image units: cents, or tenths of a cent when that is all there is ($0.028).
fn image_usd(units: f64, unit_usd: f64) -> String {
    let usd = units * unit_usd;
    let fine = format!("{usd:.4}");
    let trimmed = fine.trim_end_matches('0');
    if trimmed.split('.').nth(1).map_or(0, str::len) <= 2 {
        format!("{usd:.2}")
    } else {
        trimmed.to_string()
    }
}

fn image_json(model: &ImageModel, count: u32, left: Option<f64>, unit_usd: f64) -> String {
    let units = model.per_image;
    let total = units * f64::from(count);
    let mut out = json!({
        "product": "image",
        "model": model.id,
        "units_per_image": number(units),
        "usd_per_image": (units * unit_usd * 10_000.0).round() / 10_000.0,
        "count": count,
        "units_total": number(total),
        "usd_total": (total * unit_usd * 10_000.0).round() / 10_000.0,
        "unit_usd": unit_usd,
        "source": model.source,
        "third_party": model.third_party,
        "other_kinds": model
            .other_kinds
            .iter()
            .map(|(kind, u)| (kind.clone(), number(*u)))
            .collect::<serde_json::Map<_, _>>(),
    });
    if let Some(left) = left {
        out["units_left"] = number(left);
        out["images_covered"] = number(covered(left, units));
    }
    format!(
        "{}\n",
        serde_json::to_string_pretty(&out).unwrap_or_default()
    )
}

fn image_text(
    model: &ImageModel,
    count: u32,
    left: Option<f64>,
    unit_usd: f64,
    tr: &Tr<'_>,
) -> String {
    let units = model.per_image;
    let total = units * f64::from(count);
    let mut args = FluentArgs::new();
    args.set("model", model.id.clone());
    args.set("count", count);
    args.set("source", model.source.clone());
    args.set("units", FluentValue::from(round2(units)));
    args.set("usd", image_usd(units, unit_usd));
    args.set("total", FluentValue::from(round2(total)));
    args.set("total_usd", image_usd(total, unit_usd));
    args.set("unit_usd", unit_usd);
    let kinds: Vec<String> = model
        .other_kinds
        .iter()
        .map(|(kind, u)| format!("{kind} {}", round2(*u)))
        .collect();
    args.set("kinds", kinds.join(", "));
    if let Some(left) = left {
        args.set("units_left", FluentValue::from(round2(left)));
        args.set("images", FluentValue::from(covered(left, units)));
    }
    let mut out = format!("{}\n", tr.tr_args("cost-image-heading", Some(&args)));
    let mut line = |key: &str| {
        let _ = writeln!(out, "  {}", tr.tr_args(key, Some(&args)));
    };
    line("cost-image-per-image");
    if count > 1 {
        line("cost-image-total");
    }
    if left.is_some() {
        line("cost-image-covered");
    }
    if !kinds.is_empty() {
        line("cost-image-other-kinds");
    }
    if model.third_party {
        line("cost-third-party");
    }
    line("cost-image-currency");
    out
}
