//! `kling-doctor cost`: what a video costs in units and USD, for one and for N videos,
//! how many videos the units left cover, and what the cheapest officially priced model
//! would save — all from `rules/pricing.yaml`. `--product image` prices images in image
//! units, a currency of their own.

use super::{Done, load_rules};
use crate::cli::CostArgs;
use crate::config::Config;
use crate::error::AppError;
use crate::facts::{FactType, Value, round2};
use crate::i18n::Tr;
use crate::input;
use crate::pricing::{ImageModel, Model, PriceError, Quote, Setup, TEST_VIDEO};
use crate::render::cost::{Cheapest, Figure, ImageCost, VideoCost, usd4};
use crate::render::{self, text::Layout};
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
        self.mode.as_deref().unwrap_or(TEST_VIDEO.mode)
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
    let (rules, messages) = load_rules(config)?;
    let tr = messages.tr(config.lang);
    match typed(rules, "product", &args.product)? {
        Value::Text(p) if p == "image" => return images(config, args, rules, &tr),
        Value::Text(p) if p == "video" => {}
        other => {
            return Err(AppError::NoProductPrice {
                product: other.to_string(),
            });
        }
    }
    let plan = plan(args, rules)?;
    let pricing = &rules.pricing;
    let quote = pricing
        .quote_setup(plan.model, plan.setup())
        .map_err(|e| price_error(e, &plan, rules))?;
    let chosen = Priced {
        model: plan.model,
        quote,
    };
    let cheapest = pricing
        .cheapest_for(plan.price_mode(), plan.seconds, plan.audio || plan.voice)
        .map(|(model, quote)| Priced { model, quote });
    let cost = video_cost(&plan, &chosen, cheapest.as_ref(), pricing.unit_usd, &tr);
    Ok(Done {
        stdout: render::output(&cost, config.format, &tr, Layout::of(config)),
        exit: 0,
    })
}

/// A flag's value typed through the fact catalogue, like `--set KEY=VALUE`.
fn typed(rules: &RuleSet, key: &str, raw: &str) -> Result<Value, AppError> {
    input::typed(rules, input::known_fact(rules, key)?, raw)
}

fn whole(value: Value) -> u32 {
    value.as_number().map_or(0, |n| n as u32)
}

fn units_left(args: &CostArgs, rules: &RuleSet) -> Result<Option<f64>, AppError> {
    Ok(match &args.units_left {
        Some(raw) => typed(rules, "units_left", raw)?.as_number(),
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
    let mode = match typed(rules, "mode", &args.mode)? {
        Value::Text(mode) => mode,
        other => other.to_string(),
    };
    Ok(Plan {
        model,
        // kling-v2-master and kling-v2-1-master take no mode: any --mode is moot.
        mode: model.takes_mode().then_some(mode),
        seconds: whole(typed(rules, "duration", &args.duration)?),
        count: whole(typed(rules, "count", &args.count)?),
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

/// The figures of the plan for `render::cost`.
fn video_cost(
    plan: &Plan<'_>,
    chosen: &Priced<'_>,
    cheapest: Option<&Priced<'_>>,
    unit_usd: f64,
    tr: &Tr<'_>,
) -> VideoCost {
    let count = f64::from(plan.count);
    let units = chosen.quote.units;
    VideoCost {
        schema_version: 1,
        tool_version: env!("CARGO_PKG_VERSION"),
        lang: tr.lang.code(),
        model: chosen.model.id.clone(),
        mode: plan.mode.clone(),
        duration: plan.seconds,
        audio: plan.audio,
        voice: plan.voice,
        units_per_video: Figure(units),
        usd_per_video: Figure(units * unit_usd),
        count: plan.count,
        units_total: Figure(units * count),
        usd_total: Figure(units * count * unit_usd),
        unit_usd,
        source: chosen.quote.source.clone(),
        third_party: chosen.quote.third_party,
        cheapest: cheapest.map(|c| Cheapest {
            model: c.model.id.clone(),
            units_per_video: Figure(c.quote.units),
            usd_per_video: Figure(c.quote.units * unit_usd),
            saving_per_video: Figure(units - c.quote.units),
            saving_total: Figure((units - c.quote.units) * count),
            source: c.quote.source.clone(),
            videos_covered: plan
                .units_left
                .map(|left| Figure(covered(left, c.quote.units))),
        }),
        units_left: plan.units_left.map(Figure),
        videos_covered: plan.units_left.map(|left| Figure(covered(left, units))),
    }
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
    let count = whole(typed(rules, "count", &args.count)?);
    let left = units_left(args, rules)?;
    let cost = image_cost(model, count, left, pricing.image_unit_usd, tr);
    Ok(Done {
        stdout: render::output(&cost, config.format, tr, Layout::of(config)),
        exit: 0,
    })
}

fn image_cost(
    model: &ImageModel,
    count: u32,
    left: Option<f64>,
    unit_usd: f64,
    tr: &Tr<'_>,
) -> ImageCost {
    let units = model.per_image;
    let total = units * f64::from(count);
    ImageCost {
        schema_version: 1,
        tool_version: env!("CARGO_PKG_VERSION"),
        lang: tr.lang.code(),
        product: "image",
        model: model.id.clone(),
        units_per_image: Figure(units),
        usd_per_image: usd4(units * unit_usd),
        count,
        units_total: Figure(total),
        usd_total: usd4(total * unit_usd),
        unit_usd,
        source: model.source.clone(),
        third_party: model.third_party,
        other_kinds: model
            .other_kinds
            .iter()
            .map(|(kind, u)| (kind.clone(), Figure(*u)))
            .collect(),
        units_left: left.map(Figure),
        images_covered: left.map(|left| Figure(covered(left, units))),
    }
}
