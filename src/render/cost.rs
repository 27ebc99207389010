//! `kling-doctor cost`: the price of a video (or an image) as text, the JSON object
//! (`schema_version: 1`, the contract's fields) and Markdown for a support ticket. The
//! command works the figures out from `rules/pricing.yaml`; this module lays them out.
//! Wording: `locales/*/cost.ftl`.

use std::fmt::Write as _;

use fluent::{FluentArgs, FluentValue};
use serde::{Serialize, Serializer};

use super::Rendered;
use super::markdown::prose;
use super::text::Layout;
use crate::facts::{Value, round2};
use crate::i18n::Tr;

/// A figure in units or dollars: two decimals at most, whole numbers without a fraction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure(pub f64);

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Value::Number(round2(self.0)).to_json().serialize(s)
    }
}

/// `cost --format json` for a video: the contract's `model`, `mode`, `duration`,
/// `units_per_video`, `count`, `units_total`, `usd_total`, `videos_covered` and more.
#[derive(Serialize)]
pub struct VideoCost {
    pub schema_version: u32,
    pub tool_version: &'static str,
    pub lang: &'static str,
    pub model: String,
    /// `None` for a model that takes no mode.
    pub mode: Option<String>,
    pub duration: u32,
    pub audio: bool,
    pub voice: bool,
    pub units_per_video: Figure,
    pub usd_per_video: Figure,
    pub count: u32,
    pub units_total: Figure,
    pub usd_total: Figure,
    pub unit_usd: f64,
    pub source: String,
    pub third_party: bool,
    /// The cheapest officially priced model for the same video.
    pub cheapest: Option<Cheapest>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units_left: Option<Figure>,
    /// Whole videos `units_left` pays for; only with `--units-left`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub videos_covered: Option<Figure>,
}

#[derive(Serialize)]
pub struct Cheapest {
    pub model: String,
    pub units_per_video: Figure,
    pub usd_per_video: Figure,
    pub saving_per_video: Figure,
    pub saving_total: Figure,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub videos_covered: Option<Figure>,
}

/// `cost --product image --format json`: `units_per_image` / `images_covered` in place of
/// the video fields, in image units.
#[derive(Serialize)]
pub struct ImageCost {
    pub schema_version: u32,
    pub tool_version: &'static str,
    pub lang: &'static str,
    pub product: &'static str,
    pub model: String,
    pub units_per_image: Figure,
    /// Dollars to four decimals: an image unit costs a fraction of a cent.
    pub usd_per_image: f64,
    pub count: u32,
    pub units_total: Figure,
    pub usd_total: f64,
    pub unit_usd: f64,
    pub source: String,
    pub third_party: bool,
    /// Dearer kinds of image (image-to-image, multi-image, 4k): image units per image.
    #[serde(serialize_with = "as_map")]
    pub other_kinds: Vec<(String, Figure)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units_left: Option<Figure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub images_covered: Option<Figure>,
}

/// Pairs as a JSON object, in their order.
fn as_map<S: Serializer>(pairs: &[(String, Figure)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// Dollars to four decimals, as the image JSON gives them.
pub fn usd4(usd: f64) -> f64 {
    (usd * 10_000.0).round() / 10_000.0
}

/// Sets `units` (a number, for plurals) and `usd` (two decimals) for a cost in units.
fn set_cost(args: &mut FluentArgs<'_>, units: &'static str, usd: &'static str, n: f64, unit: f64) {
    args.set(units, FluentValue::from(round2(n)));
    args.set(usd, format!("{:.2}", n * unit));
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

/// The heading and the lines under it, in the user's language: text indents them,
/// Markdown lists them.
struct Lines {
    heading: String,
    lines: Vec<String>,
}

impl Lines {
    fn text(&self) -> String {
        let mut out = format!("{}\n", self.heading);
        for line in &self.lines {
            let _ = writeln!(out, "  {line}");
        }
        out
    }

    fn markdown(&self) -> String {
        let mut out = format!("## {}\n\n", prose(&self.heading));
        for line in &self.lines {
            let _ = writeln!(out, "- {}", prose(line));
        }
        out
    }
}

impl VideoCost {
    fn lines(&self, tr: &Tr<'_>) -> Lines {
        let count = f64::from(self.count);
        let units = self.units_per_video.0;
        let unit_usd = self.unit_usd;
        let mut args = FluentArgs::new();
        args.set("model", self.model.clone());
        args.set("mode", self.mode.clone().unwrap_or_else(|| "none".into()));
        args.set("duration", self.duration);
        args.set(
            "audio",
            match (self.voice, self.audio) {
                (true, _) => "voice",
                (false, true) => "yes",
                (false, false) => "no",
            },
        );
        args.set("count", self.count);
        args.set("source", self.source.clone());
        set_cost(&mut args, "units", "usd", units, unit_usd);
        set_cost(&mut args, "total", "total_usd", units * count, unit_usd);
        if let (Some(left), Some(videos)) = (self.units_left, self.videos_covered) {
            args.set("units_left", FluentValue::from(round2(left.0)));
            args.set("videos", FluentValue::from(videos.0));
        }
        let heading = tr.tr_args("cost-heading", Some(&args));
        let mut keys = vec!["cost-per-video"];
        if self.count > 1 {
            keys.push("cost-total");
        }
        if self.units_left.is_some() {
            keys.push("cost-covered");
        }
        if self.third_party {
            keys.push("cost-third-party");
        }
        match &self.cheapest {
            Some(c) if round2(c.units_per_video.0) < round2(units) => {
                let cheaper = c.units_per_video.0;
                args.set("cheaper", c.model.clone());
                set_cost(&mut args, "cheaper_units", "cheaper_usd", cheaper, unit_usd);
                set_cost(&mut args, "saving", "saving_usd", units - cheaper, unit_usd);
                set_cost(
                    &mut args,
                    "saving_total",
                    "saving_total_usd",
                    (units - cheaper) * count,
                    unit_usd,
                );
                keys.push("cost-cheaper");
                if self.count > 1 {
                    keys.push("cost-cheaper-total");
                }
                if let Some(videos) = c.videos_covered {
                    args.set("cheaper_videos", FluentValue::from(videos.0));
                    keys.push("cost-cheaper-covered");
                }
            }
            Some(_) => keys.push("cost-cheapest-already"),
            None => keys.push("cost-no-official-alternative"),
        }
        Lines {
            heading,
            lines: keys
                .into_iter()
                .map(|key| tr.tr_args(key, Some(&args)))
                .collect(),
        }
    }
}

impl Rendered for VideoCost {
    fn text(&self, tr: &Tr<'_>, _layout: Layout) -> String {
        self.lines(tr).text()
    }

    fn markdown(&self, tr: &Tr<'_>) -> String {
        self.lines(tr).markdown()
    }
}

impl ImageCost {
    fn lines(&self, tr: &Tr<'_>) -> Lines {
        let units = self.units_per_image.0;
        let total = self.units_total.0;
        let unit_usd = self.unit_usd;
        let mut args = FluentArgs::new();
        args.set("model", self.model.clone());
        args.set("count", self.count);
        args.set("source", self.source.clone());
        args.set("units", FluentValue::from(round2(units)));
        args.set("usd", image_usd(units, unit_usd));
        args.set("total", FluentValue::from(round2(total)));
        args.set("total_usd", image_usd(total, unit_usd));
        args.set("unit_usd", unit_usd);
        let kinds: Vec<String> = self
            .other_kinds
            .iter()
            .map(|(kind, u)| format!("{kind} {}", round2(u.0)))
            .collect();
        args.set("kinds", kinds.join(", "));
        if let (Some(left), Some(images)) = (self.units_left, self.images_covered) {
            args.set("units_left", FluentValue::from(round2(left.0)));
            args.set("images", FluentValue::from(images.0));
        }
        let mut keys = vec!["cost-image-per-image"];
        if self.count > 1 {
            keys.push("cost-image-total");
        }
        if self.units_left.is_some() {
            keys.push("cost-image-covered");
        }
        if !kinds.is_empty() {
            keys.push("cost-image-other-kinds");
        }
        if self.third_party {
            keys.push("cost-third-party");
        }
        keys.push("cost-image-currency");
        Lines {
            heading: tr.tr_args("cost-image-heading", Some(&args)),
            lines: keys
                .into_iter()
                .map(|key| tr.tr_args(key, Some(&args)))
                .collect(),
        }
    }
}

impl Rendered for ImageCost {
    fn text(&self, tr: &Tr<'_>, _layout: Layout) -> String {
        self.lines(tr).text()
    }

    fn markdown(&self, tr: &Tr<'_>) -> String {
        self.lines(tr).markdown()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_whole_or_two_decimals() {
        for (n, json) in [(5.0, "5"), (0.7, "0.7"), (1.234, "1.23"), (2.499, "2.5")] {
            assert_eq!(serde_json::to_string(&Figure(n)).unwrap(), json, "{n}");
        }
        assert_eq!(image_usd(8.0, 0.0035), "0.028");
        assert_eq!(image_usd(800.0, 0.0035), "2.80");
        assert_eq!(usd4(8.0 * 0.0035), 0.028);
    }
}
