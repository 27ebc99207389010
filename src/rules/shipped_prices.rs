//! The shipped price table and model/endpoint matrix (`rules/pricing.yaml`) against the
//! figures of the reference (kling-api.md §8).

use crate::pricing::{PriceError, Serves, Setup};
use crate::rules::{RuleSource, load};

#[test]
fn the_matrix_follows_the_reference() {
    let (rules, _) = load(&RuleSource::Embedded).unwrap_or_else(|e| panic!("{e:?}"));
    let p = &rules.pricing;
    let cases = [
        ("kling-v1-5", "text2video", Serves::No),
        ("kling-v1-5", "image2video", Serves::Yes),
        ("kling-v2-1", "/v1/videos/text2video", Serves::No),
        ("kling-v2-1-master", "text2video", Serves::Yes),
        ("kling-v3", "images/generations", Serves::Yes),
        ("kling-v2-6", "omni-video", Serves::No),
        ("kling-3.0-turbo", "text2video", Serves::NotKnown),
        ("kling-v2-6", "video-extend", Serves::NotKnown),
    ];
    for (model, endpoint, serves) in cases {
        assert_eq!(p.serves(model, endpoint), serves, "{model} on {endpoint}");
    }
}

#[test]
fn images_voice_and_modeless_models_are_priced() {
    let (rules, _) = load(&RuleSource::Embedded).unwrap_or_else(|e| panic!("{e:?}"));
    let p = &rules.pricing;
    assert_eq!(p.image_unit_usd, 0.0035);
    assert_eq!(p.resolve_image("v2.1").map(|m| m.per_image), Some(4.0));
    assert_eq!(
        p.resolve_image("kling-v2").map(|m| m.third_party),
        Some(true)
    );
    assert!(p.resolve_image("kling-v2-6").is_none());
    let v26 = p.resolve_model("v2.6").expect("v2.6");
    let voice = Setup {
        mode: "pro",
        seconds: 10,
        audio: true,
        voice: true,
    };
    assert_eq!(p.quote_setup(v26, voice).map(|q| q.units), Ok(12.0));
    let std_audio = Setup {
        mode: "std",
        seconds: 5,
        audio: true,
        voice: false,
    };
    assert_eq!(
        p.quote_setup(v26, std_audio),
        Err(PriceError::NoPriceForMode)
    );
    let master = p.resolve_model("kling-v2-master").expect("master");
    assert!(!master.takes_mode() && v26.takes_mode());
    assert_eq!(p.dearest_video(), 45.0);
    let turbo = p.resolve_model("2.5 turbo").expect("turbo");
    let pro10 = Setup {
        mode: "pro",
        seconds: 10,
        audio: false,
        voice: false,
    };
    assert!(p.cheaper_model(turbo, pro10).is_none());
    let (cheaper, quote) = p
        .cheaper_model(p.resolve_model("v3").expect("v3"), pro10)
        .expect("cheaper");
    assert_eq!(
        (cheaper.id.as_str(), quote.units),
        ("kling-v2-5-turbo", 5.0)
    );
}
