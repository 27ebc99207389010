//! Computed facts: figures the engine works out from input facts and the rule data
//! (prices, error families), so no rule file repeats a number by hand.

use jiff::Timestamp;

use crate::facts::{Facts, Value};
use crate::pricing::{Model, Quote, Serves, Setup};
use crate::rules::RuleSet;
pub use crate::rules::computed::{DERIVED, DerivedDef, DerivedKind, fact_type, get};

fn word(w: &str) -> Value {
    Value::Text(w.to_string())
}

/// The mode fact's value as one of the catalogue's own spellings, for a `Setup` that
/// outlives the facts (only the three modes exist; anything else prices as std).
fn mode_static(mode: &str) -> &'static str {
    match mode {
        "pro" => "pro",
        "4k" => "4k",
        _ => CHEAPEST_MODE,
    }
}

/// The setup clip of the cheapest test video, and what "shorter" means in a fix.
const TEST_CLIP_S: u32 = 5;

/// The mode a cheaper-mode fix points to.
const CHEAPEST_MODE: &str = "std";

/// Remaining-unit statistics lag up to 12 h (K-USAGE).
const BALANCE_LAG_HOURS: f64 = 12.0;

/// Computes `def` from `facts`; `Err` lists the input facts still missing (empty when
/// the inputs are known but have no price, e.g. a mode the model does not offer).
pub fn compute(
    def: &DerivedDef,
    facts: &Facts,
    rules: &RuleSet,
    now: Timestamp,
) -> Result<Value, Vec<String>> {
    let missing = |keys: &[&str]| -> Vec<String> {
        keys.iter()
            .filter(|k| facts.get(k).is_none())
            .map(|k| k.to_string())
            .collect()
    };
    let number = |key: &str| facts.get(key).and_then(Value::as_number);
    let need = |keys: &[&str]| {
        let m = missing(keys);
        if m.is_empty() { Ok(()) } else { Err(m) }
    };
    let pricing = &rules.pricing;
    let text = |key: &str| match facts.get(key) {
        Some(Value::Text(t)) => Some(t.as_str()),
        _ => None,
    };
    // The model, and its setup: a model without a mode needs no `mode` fact.
    let video = || -> Result<(&Model, Setup<'_>), Vec<String>> {
        let model = match text("model") {
            Some(id) => pricing.resolve_model(id).ok_or_else(Vec::new)?,
            None => return Err(missing(&["model", "mode", "duration"])),
        };
        let needed: &[&str] = if model.takes_mode() {
            &["mode", "duration"]
        } else {
            &["duration"]
        };
        need(needed)?;
        let seconds = number("duration")
            .and_then(|d| u32::try_from(d as i64).ok())
            .ok_or_else(Vec::new)?;
        Ok((
            model,
            Setup {
                mode: text("mode").unwrap_or(CHEAPEST_MODE),
                seconds,
                audio: text("audio") == Some("yes"),
                voice: text("voice") == Some("yes"),
            },
        ))
    };
    let quote = || -> Result<Quote, Vec<String>> {
        let (model, setup) = video()?;
        pricing.quote_setup(model, setup).map_err(|_| Vec::new())
    };
    let video_cost = || quote().map(|q| q.units);
    // Units saved by changing only one part of the setup (0 when it saves nothing).
    let saving = |change: &dyn Fn(Setup<'static>) -> Setup<'static>| -> Result<f64, Vec<String>> {
        let (model, setup) = video()?;
        let own = pricing.quote_setup(model, setup).map_err(|_| Vec::new())?;
        let setup = Setup {
            mode: mode_static(setup.mode),
            ..setup
        };
        let other = pricing.quote_setup(model, change(setup));
        Ok(other.map_or(0.0, |q| (own.units - q.units).max(0.0)))
    };
    let product = text("product").unwrap_or("video");
    let count = number("count").unwrap_or(1.0);
    let test = pricing.cheapest_test_video();
    let value = match def.key {
        "error_family" => {
            need(&["error_code"])?;
            let code = number("error_code").and_then(|c| u32::try_from(c as i64).ok());
            let family = code
                .and_then(|c| rules.codes.get(c))
                .map_or("unknown", |c| c.family.as_str());
            Value::Text(family.to_string())
        }
        "video_cost" => Value::Number(video_cost()?),
        "video_cost_usd" => Value::Number(video_cost()? * pricing.unit_usd),
        "batch_cost" => Value::Number(video_cost()? * count),
        "batch_cost_usd" => Value::Number(video_cost()? * count * pricing.unit_usd),
        "test_model" => Value::Text(test.ok_or_else(Vec::new)?.0.id.clone()),
        "test_video_cost" => Value::Number(test.ok_or_else(Vec::new)?.1.units),
        "saving_per_video" => Value::Number(video_cost()? - test.ok_or_else(Vec::new)?.1.units),
        "videos_covered" => {
            need(&["units_left"])?;
            let cost = video_cost()?;
            let left = number("units_left").unwrap_or(0.0);
            Value::Number(if cost > 0.0 {
                (left / cost).floor()
            } else {
                0.0
            })
        }
        "units_short" => {
            need(&["units_left"])?;
            Value::Number((video_cost()? - number("units_left").unwrap_or(0.0)).max(0.0))
        }
        "days_until_expiry" => match facts.get("package_expires") {
            Some(Value::Date { at, .. }) => {
                Value::Number(((at.as_second() - now.as_second()) as f64 / 86_400.0).floor())
            }
            _ => return Err(missing(&["package_expires"])),
        },
        "free_slots" => {
            need(&["running_tasks", "concurrency_limit"])?;
            let free =
                number("concurrency_limit").unwrap_or(0.0) - number("running_tasks").unwrap_or(0.0);
            Value::Number(free.max(0.0))
        }
        // Kling-doctor is about video first: a request of unknown family is a video one.
        "request_product" => word(product),
        "pack_family_match" => match text("pack_product") {
            Some(pack) => word(if pack == product { "yes" } else { "no" }),
            None => return Err(missing(&["pack_product"])),
        },
        "video_mode" => {
            let (model, setup) = video()?;
            if model.takes_mode() {
                need(&["mode"])?;
                word(setup.mode)
            } else {
                word("none")
            }
        }
        "request_cost" => match product {
            "image" => {
                need(&["model"])?;
                let model = text("model").unwrap_or_default();
                Value::Number(pricing.resolve_image(model).ok_or_else(Vec::new)?.per_image)
            }
            "video" => Value::Number(video_cost()?),
            _ => return Err(Vec::new()),
        },
        "dearest_video" => Value::Number(pricing.dearest_video()),
        "price_estimate" | "price_source" => {
            let (source, third_party) = if product == "image" {
                need(&["model"])?;
                let model = text("model").unwrap_or_default();
                let image = pricing.resolve_image(model).ok_or_else(Vec::new)?;
                (image.source.clone(), image.third_party)
            } else {
                let q = quote()?;
                (q.source, q.third_party)
            };
            match def.key {
                "price_source" => Value::Text(source),
                _ => word(if third_party { "yes" } else { "no" }),
            }
        }
        // `none` when no other official model makes the same video for less.
        "cheaper_model" | "cheaper_cost" | "model_saving" => {
            let (model, setup) = video()?;
            let own = pricing.quote_setup(model, setup).map_err(|_| Vec::new())?;
            let cheaper = pricing.cheaper_model(model, setup);
            match def.key {
                "cheaper_model" => word(cheaper.map_or("none", |(m, _)| m.id.as_str())),
                "cheaper_cost" => Value::Number(cheaper.map_or(own.units, |(_, q)| q.units)),
                _ => Value::Number(cheaper.map_or(0.0, |(_, q)| own.units - q.units)),
            }
        }
        "clock_skew_abs" | "clock_direction" => {
            let skew = number("clock_skew_s").ok_or_else(|| missing(&["clock_skew_s"]))?;
            match def.key {
                "clock_skew_abs" => Value::Number(skew.abs().round()),
                _ => word(if skew < 0.0 { "behind" } else { "ahead" }),
            }
        }
        "mode_saving" => Value::Number(saving(&|s| Setup {
            mode: CHEAPEST_MODE,
            ..s
        })?),
        "duration_saving" => Value::Number(saving(&|s| Setup {
            seconds: TEST_CLIP_S.min(s.seconds),
            ..s
        })?),
        "purchase_lag" => word(match number("purchased_hours_ago") {
            Some(h) if h < BALANCE_LAG_HOURS => "likely",
            Some(_) => "excluded",
            None => "unknown",
        }),
        "key_account" => word(text("key_matches_account").unwrap_or("unknown")),
        "credits_source" => word(text("credits_from").unwrap_or("unknown")),
        "model_endpoint" => {
            need(&["model", "endpoint"])?;
            let model = text("model").unwrap_or_default();
            match pricing.serves(model, text("endpoint").unwrap_or_default()) {
                Serves::Yes => word("yes"),
                Serves::No => word("no"),
                Serves::NotKnown => return Err(Vec::new()),
            }
        }
        "audio_mode" => {
            need(&["audio"])?;
            let (model, setup) = video()?;
            let audio_prices = model.prices.iter().any(|p| p.audio == Some(true));
            let offered =
                !setup.audio || !audio_prices || pricing.quote_setup(model, setup).is_ok();
            word(if offered { "yes" } else { "no" })
        }
        _ => return Err(Vec::new()),
    };
    Ok(value)
}
