//! Computed facts: figures the engine works out from input facts and the rule data
//! (prices, error families), so no rule file repeats a number by hand.

use jiff::Timestamp;

use crate::facts::key;
use crate::facts::{Facts, Value};
use crate::pricing::{Model, Quote, Serves, Setup, TEST_VIDEO};
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
        _ => TEST_VIDEO.mode,
    }
}

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
        let model = match text(key::MODEL) {
            Some(id) => pricing.resolve_model(id).ok_or_else(Vec::new)?,
            None => return Err(missing(&[key::MODEL, key::MODE, key::DURATION])),
        };
        let needed: &[&str] = if model.takes_mode() {
            &[key::MODE, key::DURATION]
        } else {
            &[key::DURATION]
        };
        need(needed)?;
        let seconds = number(key::DURATION)
            .and_then(|d| u32::try_from(d as i64).ok())
            .ok_or_else(Vec::new)?;
        Ok((
            model,
            Setup {
                mode: text(key::MODE).unwrap_or(TEST_VIDEO.mode),
                seconds,
                audio: text(key::AUDIO) == Some("yes"),
                voice: text(key::VOICE) == Some("yes"),
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
    let product = text(key::PRODUCT).unwrap_or("video");
    let count = number(key::COUNT).unwrap_or(1.0);
    let test = pricing.cheapest_test_video();
    let value = match def.key {
        key::ERROR_FAMILY => {
            need(&[key::ERROR_CODE])?;
            let code = number(key::ERROR_CODE).and_then(|c| u32::try_from(c as i64).ok());
            let family = code
                .and_then(|c| rules.codes.get(c))
                .map_or("unknown", |c| c.family.as_str());
            Value::Text(family.to_string())
        }
        key::VIDEO_COST => Value::Number(video_cost()?),
        key::VIDEO_COST_USD => Value::Number(video_cost()? * pricing.unit_usd),
        key::BATCH_COST => Value::Number(video_cost()? * count),
        key::BATCH_COST_USD => Value::Number(video_cost()? * count * pricing.unit_usd),
        key::TEST_MODEL => Value::Text(test.ok_or_else(Vec::new)?.0.id.clone()),
        key::TEST_VIDEO_COST => Value::Number(test.ok_or_else(Vec::new)?.1.units),
        key::SAVING_PER_VIDEO => Value::Number(video_cost()? - test.ok_or_else(Vec::new)?.1.units),
        key::VIDEOS_COVERED => {
            need(&[key::UNITS_LEFT])?;
            let cost = video_cost()?;
            let left = number(key::UNITS_LEFT).unwrap_or(0.0);
            Value::Number(if cost > 0.0 {
                (left / cost).floor()
            } else {
                0.0
            })
        }
        key::UNITS_SHORT => {
            need(&[key::UNITS_LEFT])?;
            Value::Number((video_cost()? - number(key::UNITS_LEFT).unwrap_or(0.0)).max(0.0))
        }
        key::DAYS_UNTIL_EXPIRY => match facts.get(key::PACKAGE_EXPIRES) {
            Some(Value::Date { at, .. }) => {
                Value::Number(((at.as_second() - now.as_second()) as f64 / 86_400.0).floor())
            }
            _ => return Err(missing(&[key::PACKAGE_EXPIRES])),
        },
        key::FREE_SLOTS => {
            need(&[key::RUNNING_TASKS, key::CONCURRENCY_LIMIT])?;
            let free = number(key::CONCURRENCY_LIMIT).unwrap_or(0.0)
                - number(key::RUNNING_TASKS).unwrap_or(0.0);
            Value::Number(free.max(0.0))
        }
        // Kling-doctor is about video first: a request of unknown family is a video one.
        key::REQUEST_PRODUCT => word(product),
        key::PACK_FAMILY_MATCH => match text(key::PACK_PRODUCT) {
            Some(pack) => word(if pack == product { "yes" } else { "no" }),
            None => return Err(missing(&[key::PACK_PRODUCT])),
        },
        key::VIDEO_MODE => {
            let (model, setup) = video()?;
            if model.takes_mode() {
                need(&[key::MODE])?;
                word(setup.mode)
            } else {
                word("none")
            }
        }
        key::REQUEST_COST => match product {
            "image" => {
                need(&[key::MODEL])?;
                let model = text(key::MODEL).unwrap_or_default();
                Value::Number(pricing.resolve_image(model).ok_or_else(Vec::new)?.per_image)
            }
            "video" => Value::Number(video_cost()?),
            _ => return Err(Vec::new()),
        },
        key::DEAREST_VIDEO => Value::Number(pricing.dearest_video()),
        key::PRICE_ESTIMATE | key::PRICE_SOURCE => {
            let (source, third_party) = if product == "image" {
                need(&[key::MODEL])?;
                let model = text(key::MODEL).unwrap_or_default();
                let image = pricing.resolve_image(model).ok_or_else(Vec::new)?;
                (image.source.clone(), image.third_party)
            } else {
                let q = quote()?;
                (q.source, q.third_party)
            };
            match def.key {
                key::PRICE_SOURCE => Value::Text(source),
                _ => word(if third_party { "yes" } else { "no" }),
            }
        }
        // `none` when no other official model makes the same video for less.
        key::CHEAPER_MODEL | key::CHEAPER_COST | key::MODEL_SAVING => {
            let (model, setup) = video()?;
            let own = pricing.quote_setup(model, setup).map_err(|_| Vec::new())?;
            let cheaper = pricing.cheaper_model(model, setup);
            match def.key {
                key::CHEAPER_MODEL => word(cheaper.map_or("none", |(m, _)| m.id.as_str())),
                key::CHEAPER_COST => Value::Number(cheaper.map_or(own.units, |(_, q)| q.units)),
                _ => Value::Number(cheaper.map_or(0.0, |(_, q)| own.units - q.units)),
            }
        }
        key::CLOCK_SKEW_ABS | key::CLOCK_DIRECTION => {
            let skew = number(key::CLOCK_SKEW_S).ok_or_else(|| missing(&[key::CLOCK_SKEW_S]))?;
            match def.key {
                key::CLOCK_SKEW_ABS => Value::Number(skew.abs().round()),
                _ => word(if skew < 0.0 { "behind" } else { "ahead" }),
            }
        }
        key::MODE_SAVING => Value::Number(saving(&|s| Setup {
            mode: TEST_VIDEO.mode,
            ..s
        })?),
        key::DURATION_SAVING => Value::Number(saving(&|s| Setup {
            seconds: TEST_VIDEO.seconds.min(s.seconds),
            ..s
        })?),
        key::BALANCE_LAG_HOURS => Value::Number(pricing.balance_lag_hours),
        key::PURCHASE_LAG => word(match number(key::PURCHASED_HOURS_AGO) {
            Some(h) if h < pricing.balance_lag_hours => "likely",
            Some(_) => "excluded",
            None => "unknown",
        }),
        key::KEY_ACCOUNT => word(text(key::KEY_MATCHES_ACCOUNT).unwrap_or("unknown")),
        key::CREDITS_SOURCE => word(text(key::CREDITS_FROM).unwrap_or("unknown")),
        key::MODEL_ENDPOINT => {
            need(&[key::MODEL, key::ENDPOINT])?;
            let model = text(key::MODEL).unwrap_or_default();
            match pricing.serves(model, text(key::ENDPOINT).unwrap_or_default()) {
                Serves::Yes => word("yes"),
                Serves::No => word("no"),
                Serves::NotKnown => return Err(Vec::new()),
            }
        }
        key::AUDIO_MODE => {
            need(&[key::AUDIO])?;
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
