//! Video prices from `rules/pricing.yaml`: the one place a unit cost is computed,
//! for the engine's computed facts and for `kling-doctor cost`.

use crate::suggest::{closest, normalize};

/// How a price is charged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Rate {
    PerSecond(f64),
    /// Clip length in seconds → units.
    PerClip(Vec<(u32, f64)>),
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Price {
    /// `None`: any mode (the model takes no mode parameter).
    pub mode: Option<String>,
    /// `None`: with or without native audio.
    pub audio: Option<bool>,
    pub rate: Rate,
    pub source: String,
    pub third_party: bool,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Model {
    pub id: String,
    pub aliases: Vec<String>,
    pub prices: Vec<Price>,
}

/// The priced model catalogue.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Pricing {
    pub unit_usd: f64,
    pub unit_usd_source: String,
    pub models: Vec<Model>,
}

/// The price of one video.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub units: f64,
    pub source: String,
    pub third_party: bool,
}

/// Why a video could not be priced.
#[derive(Debug, Clone, PartialEq)]
pub enum PriceError {
    /// The model has no price for this mode (and audio setting).
    NoPriceForMode,
    /// Per-clip models only price these clip lengths.
    DurationNotPriced(Vec<u32>),
}

impl Pricing {
    /// Finds a model by id or alias, ignoring case, `-`, `_` and spacing.
    pub fn resolve_model(&self, raw: &str) -> Option<&Model> {
        let wanted = normalize(raw);
        self.models.iter().find(|m| {
            normalize(&m.id) == wanted || m.aliases.iter().any(|a| normalize(a) == wanted)
        })
    }

    pub fn suggest_model(&self, raw: &str) -> Option<String> {
        let names = self
            .models
            .iter()
            .flat_map(|m| std::iter::once(&m.id).chain(&m.aliases));
        closest(raw, names.map(String::as_str))
            .and_then(|name| self.resolve_model(name))
            .map(|m| m.id.clone())
    }

    /// Units for one video of `model` in `mode`, `seconds` long, with or without audio.
    pub fn quote(
        &self,
        model: &Model,
        mode: &str,
        seconds: u32,
        audio: bool,
    ) -> Result<Quote, PriceError> {
        let price = model
            .prices
            .iter()
            .find(|p| {
                p.mode.as_deref().is_none_or(|m| m == mode) && p.audio.is_none_or(|a| a == audio)
            })
            .ok_or(PriceError::NoPriceForMode)?;
        let units = match &price.rate {
            Rate::PerSecond(rate) => rate * f64::from(seconds),
            Rate::PerClip(clips) => clips
                .iter()
                .find(|(len, _)| *len == seconds)
                .map(|(_, units)| *units)
                .ok_or_else(|| {
                    PriceError::DurationNotPriced(clips.iter().map(|(len, _)| *len).collect())
                })?,
        };
        Ok(Quote {
            units,
            source: price.source.clone(),
            third_party: price.third_party,
        })
    }

    /// The cheapest officially priced video for tests: a 5 s clip without audio, in `std` mode.
    pub fn cheapest_test_video(&self) -> Option<(&Model, Quote)> {
        self.cheapest_for("std", 5, false)
    }

    /// The officially priced model whose video of this mode, length and audio setting costs
    /// least (the first in catalogue order on a tie). Third-party prices are unverified, so
    /// they are never what a user is told to switch to.
    pub fn cheapest_for(&self, mode: &str, seconds: u32, audio: bool) -> Option<(&Model, Quote)> {
        self.models
            .iter()
            .filter_map(|m| self.quote(m, mode, seconds, audio).ok().map(|q| (m, q)))
            .filter(|(_, q)| !q.third_party)
            .min_by(|a, b| a.1.units.total_cmp(&b.1.units))
    }

    /// The modes among `modes` that `model` has a price for with this audio setting,
    /// to tell a user what they can ask for instead.
    pub fn modes_priced<'m>(
        &self,
        model: &Model,
        audio: bool,
        modes: &'m [String],
    ) -> Vec<&'m str> {
        modes
            .iter()
            .filter(|mode| {
                model.prices.iter().any(|p| {
                    p.mode.as_deref().is_none_or(|m| m == mode.as_str())
                        && p.audio.is_none_or(|a| a == audio)
                })
            })
            .map(String::as_str)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pricing() -> Pricing {
        let per_second = |mode: &str, audio, rate| Price {
            mode: Some(mode.into()),
            audio,
            rate: Rate::PerSecond(rate),
            source: "K-PRICE-V".into(),
            third_party: false,
        };
        Pricing {
            unit_usd: 0.14,
            unit_usd_source: "K-GB".into(),
            models: vec![
                Model {
                    id: "kling-v2-6".into(),
                    aliases: vec!["v2.6".into()],
                    prices: vec![
                        per_second("std", Some(false), 0.3),
                        per_second("pro", Some(false), 0.5),
                    ],
                },
                Model {
                    id: "kling-v3".into(),
                    aliases: vec!["v3".into()],
                    prices: vec![
                        per_second("std", Some(false), 0.6),
                        per_second("4k", None, 3.0),
                    ],
                },
                Model {
                    id: "kling-v1".into(),
                    aliases: vec![],
                    prices: vec![Price {
                        mode: Some("std".into()),
                        audio: None,
                        rate: Rate::PerClip(vec![(5, 1.0), (10, 2.0)]),
                        source: "IS".into(),
                        third_party: true,
                    }],
                },
            ],
        }
    }

    #[test]
    fn quotes_follow_the_price_table() {
        let p = pricing();
        let cases: &[(&str, &str, u32, bool, Result<f64, PriceError>)] = &[
            ("V2.6", "pro", 10, false, Ok(5.0)),
            ("kling_v2_6", "std", 5, false, Ok(1.5)),
            ("v3", "4k", 5, true, Ok(15.0)),
            ("kling-v1", "std", 10, false, Ok(2.0)),
            (
                "kling-v1",
                "std",
                7,
                false,
                Err(PriceError::DurationNotPriced(vec![5, 10])),
            ),
            (
                "kling-v2-6",
                "4k",
                5,
                false,
                Err(PriceError::NoPriceForMode),
            ),
        ];
        for (model, mode, secs, audio, expected) in cases {
            let m = p.resolve_model(model).expect(model);
            let got = p.quote(m, mode, *secs, *audio).map(|q| q.units);
            assert_eq!(&got, expected, "{model} {mode} {secs}s");
        }
    }

    #[test]
    fn cheapest_for_a_mode_and_the_modes_a_model_prices() {
        let p = pricing();
        let (model, quote) = p.cheapest_for("4k", 5, false).expect("a 4k model");
        assert_eq!((model.id.as_str(), quote.units), ("kling-v3", 15.0));
        assert!(p.cheapest_for("pro", 7, true).is_none());
        let modes: Vec<String> = ["std", "pro", "4k"].map(String::from).to_vec();
        let v26 = p.resolve_model("kling-v2-6").expect("model");
        assert_eq!(p.modes_priced(v26, false, &modes), ["std", "pro"]);
        assert!(p.modes_priced(v26, true, &modes).is_empty());
    }

    #[test]
    fn cheapest_test_video_ignores_third_party_prices() {
        let p = pricing();
        let (model, quote) = p.cheapest_test_video().expect("a priced model");
        assert_eq!((model.id.as_str(), quote.units), ("kling-v2-6", 1.5));
    }
}
