//! Video and image prices from `rules/pricing.yaml`: the one place a unit cost is
//! computed, for the engine's computed facts and for `kling-doctor cost` — and the
//! model/endpoint matrix that lives next to the prices.

use crate::suggest::{closest, normalize};

/// The longest clip any model takes: Kling 3.x, 3–15 s (kling-api.md §8.3).
const LONGEST_CLIP_S: u32 = 15;

/// `text2video` for `/v1/videos/text2video`, `videos/text2video/123?x=1` or `Text2Video`;
/// `images/generations` for `/v1/images/generations`.
pub fn endpoint_name(raw: &str) -> String {
    let lower = raw.trim().to_lowercase();
    let path = lower
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_matches('/');
    let path = path.split_once("://").map_or(path, |(_, rest)| {
        rest.split_once('/').map_or("", |(_, p)| p)
    });
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != "v1" && *p != "kling")
        .collect();
    match parts.as_slice() {
        ["videos", name, ..] => (*name).to_string(),
        ["images", name, ..] => format!("images/{name}"),
        [name, ..] => (*name).to_string(),
        [] => String::new(),
    }
}

/// Rounds to two decimals, the precision units are priced in: the one rounding policy of
/// every unit figure shown (facts, `cost`, `usage`).
pub fn round2(n: f64) -> f64 {
    (n * 100.0).round() / 100.0
}

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
    /// `None`: with or without voice control.
    pub voice: Option<bool>,
    pub rate: Rate,
    pub source: String,
    pub third_party: bool,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Model {
    pub id: String,
    pub aliases: Vec<String>,
    /// Legacy endpoints the model serves (kling-api.md §8.3); empty: not known.
    pub endpoints: Vec<String>,
    pub endpoints_source: Option<String>,
    pub prices: Vec<Price>,
}

impl Model {
    /// False for models whose prices name no mode: they take no `mode` parameter
    /// (kling-v2-master, kling-v2-1-master).
    pub fn takes_mode(&self) -> bool {
        self.prices.iter().any(|p| p.mode.is_some())
    }
}

/// One image model: units per image, in image units.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ImageModel {
    pub id: String,
    /// Units of one image of the basic kind (text-to-image, 1K/2K).
    pub per_image: f64,
    /// Dearer kinds the price table lists (`image-to-image`, `4k`, …) → units.
    pub other_kinds: Vec<(String, f64)>,
    pub source: String,
    pub third_party: bool,
    pub endpoints: Vec<String>,
}

/// The priced model catalogue.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Pricing {
    pub unit_usd: f64,
    pub unit_usd_source: String,
    /// Hours the remaining units can lag behind a purchase (the `balance_lag_hours` fact).
    pub balance_lag_hours: f64,
    /// Most requests a second `/account/costs` takes (validated above 0).
    pub costs_max_qps: f64,
    pub models: Vec<Model>,
    /// USD per image unit: a currency of its own, never added to video units.
    pub image_unit_usd: f64,
    pub image_unit_usd_source: String,
    pub images: Vec<ImageModel>,
}

/// Everything that sets the price of one video besides the model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Setup<'a> {
    /// Ignored for models that take no mode.
    pub mode: &'a str,
    pub seconds: u32,
    pub audio: bool,
    pub voice: bool,
}

/// The video a fix suggests to test with: the cheapest mode, the shortest common clip, no
/// audio. Its mode is also what a cheaper-mode fix points to, its length what "shorter"
/// means, and it is what `cost` prices unless told otherwise (`cli::CostArgs`).
pub const TEST_VIDEO: Setup<'static> = Setup {
    mode: "std",
    seconds: 5,
    audio: false,
    voice: false,
};

/// Whether a model serves an endpoint, by the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Serves {
    Yes,
    No,
    /// The model or the endpoint is not in the matrix.
    NotKnown,
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

    /// Units for one video of `model` in `mode`, `seconds` long, with or without audio
    /// (and without voice control).
    pub fn quote(
        &self,
        model: &Model,
        mode: &str,
        seconds: u32,
        audio: bool,
    ) -> Result<Quote, PriceError> {
        self.quote_setup(
            model,
            Setup {
                mode,
                seconds,
                audio,
                voice: false,
            },
        )
    }

    /// Units for one video of `model` with `setup`; voice control implies native audio.
    pub fn quote_setup(&self, model: &Model, setup: Setup<'_>) -> Result<Quote, PriceError> {
        let audio = setup.audio || setup.voice;
        let price = model
            .prices
            .iter()
            .find(|p| {
                p.mode.as_deref().is_none_or(|m| m == setup.mode)
                    && p.audio.is_none_or(|a| a == audio)
                    && p.voice.is_none_or(|v| v == setup.voice)
            })
            .ok_or(PriceError::NoPriceForMode)?;
        let seconds = setup.seconds;
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

    /// The officially priced model other than `model` whose video of the same `setup`
    /// costs strictly less than `model`'s: what "a cheaper model" means (never the model
    /// in use, never a mode or length change).
    pub fn cheaper_model(&self, model: &Model, setup: Setup<'_>) -> Option<(&Model, Quote)> {
        let own = self.quote_setup(model, setup).ok()?;
        // With audio on, only models whose table prices audio explicitly can make the same video.
        self.models
            .iter()
            .filter(|m| m.id != model.id)
            .filter(|m| !setup.audio || m.prices.iter().any(|p| p.audio == Some(true)))
            .filter_map(|m| self.quote_setup(m, setup).ok().map(|q| (m, q)))
            .filter(|(_, q)| !q.third_party && round2(q.units) < round2(own.units))
            .min_by(|a, b| a.1.units.total_cmp(&b.1.units))
    }

    /// The image model `raw` names: an image id, or a video alias whose id has an image price.
    pub fn resolve_image(&self, raw: &str) -> Option<&ImageModel> {
        let wanted = normalize(raw);
        self.images
            .iter()
            .find(|m| normalize(&m.id) == wanted)
            .or_else(|| {
                let id = &self.resolve_model(raw)?.id;
                self.images.iter().find(|m| &m.id == id)
            })
    }

    /// Whether `model` (a video id) serves `endpoint` (any spelling of a legacy path).
    pub fn serves(&self, model: &str, endpoint: &str) -> Serves {
        let endpoint = endpoint_name(endpoint);
        let known = self
            .models
            .iter()
            .flat_map(|m| &m.endpoints)
            .chain(self.images.iter().flat_map(|m| &m.endpoints))
            .any(|e| *e == endpoint);
        let lists: Vec<&Vec<String>> = self
            .models
            .iter()
            .filter(|m| m.id == model)
            .map(|m| &m.endpoints)
            .chain(
                self.images
                    .iter()
                    .filter(|m| m.id == model)
                    .map(|m| &m.endpoints),
            )
            .filter(|l| !l.is_empty())
            .collect();
        if !known || lists.is_empty() {
            Serves::NotKnown
        } else if lists.iter().any(|l| l.contains(&endpoint)) {
            Serves::Yes
        } else {
            Serves::No
        }
    }

    /// The dearest single video of the catalogue (per-second prices at 15 s, the
    /// longest clip any model takes), so that units above it cover any one video.
    pub fn dearest_video(&self) -> f64 {
        self.models
            .iter()
            .flat_map(|m| &m.prices)
            .map(|p| match &p.rate {
                Rate::PerSecond(rate) => rate * f64::from(LONGEST_CLIP_S),
                Rate::PerClip(clips) => clips.iter().map(|(_, u)| *u).fold(0.0, f64::max),
            })
            .fold(0.0, f64::max)
    }

    /// The cheapest officially priced `TEST_VIDEO`.
    pub fn cheapest_test_video(&self) -> Option<(&Model, Quote)> {
        self.cheapest_for(TEST_VIDEO.mode, TEST_VIDEO.seconds, TEST_VIDEO.audio)
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
            voice: None,
            rate: Rate::PerSecond(rate),
            source: "K-PRICE-V".into(),
            third_party: false,
        };
        Pricing {
            unit_usd: 0.14,
            unit_usd_source: "K-GB".into(),
            balance_lag_hours: 12.0,
            costs_max_qps: 1.0,
            models: vec![
                Model {
                    endpoints: Vec::new(),
                    endpoints_source: None,
                    id: "kling-v2-6".into(),
                    aliases: vec!["v2.6".into()],
                    prices: vec![
                        per_second("std", Some(false), 0.3),
                        per_second("pro", Some(false), 0.5),
                    ],
                },
                Model {
                    endpoints: Vec::new(),
                    endpoints_source: None,
                    id: "kling-v3".into(),
                    aliases: vec!["v3".into()],
                    prices: vec![
                        per_second("std", Some(false), 0.6),
                        per_second("4k", None, 3.0),
                    ],
                },
                Model {
                    endpoints: Vec::new(),
                    endpoints_source: None,
                    id: "kling-v1".into(),
                    aliases: vec![],
                    prices: vec![Price {
                        mode: Some("std".into()),
                        audio: None,
                        voice: None,
                        rate: Rate::PerClip(vec![(5, 1.0), (10, 2.0)]),
                        source: "IS".into(),
                        third_party: true,
                    }],
                },
            ],
            ..Pricing::default()
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

#[cfg(test)]
mod matrix_tests {
    use super::*;

    #[test]
    fn endpoints_are_read_in_any_spelling() {
        let cases = [
            ("text2video", "text2video"),
            ("/v1/videos/text2video", "text2video"),
            (
                "https://api-singapore.klingai.com/v1/videos/image2video/123?x=1",
                "image2video",
            ),
            ("Omni-Video", "omni-video"),
            ("/v1/images/generations", "images/generations"),
            ("/kling/v1/videos/text2video", "text2video"),
        ];
        for (raw, name) in cases {
            assert_eq!(endpoint_name(raw), name, "{raw}");
        }
    }
}
