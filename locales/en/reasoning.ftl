# Reasoning like a support engineer (issue 17): pack families, an 1102 the facts do not
# explain, model/endpoint support, price provenance.

check-model-support = Model and endpoint
check-pack-family = Pack family
check-balance-unexplained = 1102 against the facts

question-product = What was the failing request for: a video, an image or a virtual try-on?
question-pack-product = Which kind of resource pack is active: video, image or virtual try-on?
question-endpoint = Which endpoint did the request call (for example text2video, image2video, images/generations)?
question-voice = Did the request use voice control (a specified voice)?

value-product-video = Video (/v1/videos/…)
value-product-image = Image (/v1/images/…)
value-product-try-on = Virtual try-on
value-pack-product-video = A video pack ("Video…" in its name)
value-pack-product-image = An image pack ("Image…" in its name)
value-pack-product-try-on = A virtual try-on pack
value-voice-yes = Yes, with a voice
value-voice-no = No voice control

wizard-help-product = The path your program calls: /v1/videos/… is video, /v1/images/… is image, try-on has its own endpoint.
wizard-help-pack-product = Developer console → Resource packs: the pack's name says its kind (Trial-Video-…, Image Generation …); --probe reads it for you.
wizard-help-endpoint = The last part of the path your program calls, for example /v1/videos/text2video.
wizard-help-voice = Whether your request names a voice (voice_list) for the speech.

graph-derived-request-product = Product the request was for (video unless known)
graph-derived-pack-family-match = Is the active pack of the request's family?
graph-derived-video-mode = Mode of the video (none for models without one)
graph-derived-request-cost = Units the request costs
graph-derived-dearest-video = Units of the dearest single video
graph-derived-price-estimate = Is the price a third-party estimate?
graph-derived-price-source = Source of the price
graph-derived-cheaper-model = Cheaper model for the same video
graph-derived-cheaper-cost = Units of the same video with the cheaper model
graph-derived-model-saving = Units a cheaper model saves per video
graph-derived-mode-saving = Units std mode saves per video
graph-derived-duration-saving = Units a 5 s clip saves
graph-derived-balance-lag-hours = Hours the balance can lag behind a purchase
graph-derived-purchase-lag = Can the balance still lag behind the purchase?
graph-derived-key-account = Is the key from the pack's account?
graph-derived-credits-source = Where the units were bought
graph-derived-model-endpoint = Does the model serve the endpoint?
graph-derived-clock-skew-abs = Seconds the clock is off
graph-derived-clock-direction = Is the clock ahead or behind?
graph-derived-audio-mode = Is native audio offered in this mode?

# Price provenance, shown wherever a price is: Kling's official table, or an estimate.
price-provenance = { $price_estimate ->
        [yes] This price comes from a third-party summary ({ $price_source }), not from Kling's official price page: treat it as an estimate.
       *[other] The price is Kling's official one ({ $price_source }).
    }


finding-pack-family-mismatch-title = Your active pack is { $pack_product ->
        [image] an image pack
        [try-on] a virtual try-on pack
       *[other] a video pack
    }; this request needs { $request_product ->
        [image] an image pack
        [try-on] a virtual try-on pack
       *[other] a video pack
    }
finding-pack-family-mismatch-explanation =
    Kling sells resource packs per product family — video, image and virtual try-on — and counts units,
    concurrency slots and expiry per family: units of one family never pay for another. When the
    request's family has no usable pack, Kling answers 1102 "Account balance not enough" even though
    a pack of another family still has units.

finding-balance-unexplained-title = 1102 although an active { $request_product ->
        [image] image
        [try-on] virtual try-on
       *[other] video
    } pack has { $units_left } { $units_left ->
        [one] unit
       *[other] units
    } left
finding-balance-unexplained-explanation =
    Kling answered 1102 "Account balance not enough", yet the facts show an active pack of the request's
    family with { $units_left } units left,
    and this request costs { $request_cost } { $request_cost ->
        [one] unit
       *[other] units
    }. { price-provenance } None of the usual causes holds (no pack, an expired or used-up pack, too
    few units, a pack of another family). What is left to check, most likely first:

finding-balance-unexplained-any-video-title = 1102 although an active video pack has { $units_left } units left
finding-balance-unexplained-any-video-explanation =
    Kling answered 1102 "Account balance not enough", yet the facts show an active video pack with
    { $units_left } units left: more than the dearest single video in the price table costs
    ({ $dearest_video } units). None of the usual causes holds (no pack, an expired or used-up pack, a
    pack of another family). What is left to check, most likely first:

finding-model-not-supported-title = { $model } does not serve { $endpoint }
finding-model-not-supported-explanation =
    By Kling's model lists for the legacy endpoints, { $model } is not offered on { $endpoint }
    (kling-v1-5 and kling-v2-1, for example, only make image-to-video). Kling refuses such a request
    with a parameter error before any units are charged.

finding-model-not-supported-audio-title = { $model } makes native audio only in pro mode (1080p)
finding-model-not-supported-audio-explanation =
    Kling offers native audio for { $model } only at 1080p (pro): "When generating videos with native
    audio, only 1080P resolution is supported". A { $video_mode } request with audio on has no price
    and is not offered.

fix-buy-family-pack = Buy { $request_product ->
        [image] an image pack
        [try-on] a virtual try-on pack
       *[other] a video pack
    } in the developer console (Resource packs page), or send requests your active pack is for.
fix-family-units-apart = The pack's name tells its family (Trial-Video-…, Image Generation …); a video unit costs $0.14 and an image unit $0.0035, and the two never add up.
fix-unexplained-lag = { $purchase_lag ->
        [excluded] {""}
       *[other] A pack bought in the last { $balance_lag_hours } hours: the balance can lag that long behind a purchase. Look up the purchase time under Resource packs; if it is that recent, wait and retry.
    }
fix-unexplained-key = { $key_account ->
        [yes] {""}
       *[other] The key that failed may belong to another account than the one whose packs you looked at: compare the first characters of the key in the failing request with the one configured here (KLING_API_KEY or KLING_ACCESS_KEY), and find that key under API keys in the console of the account with the pack.
    }
fix-unexplained-host = The request may have gone to another host than the one the packs were read from: api-singapore.klingai.com (global), api-beijing.klingai.com (China) and the legacy api.klingai.com are separate systems, and whether a pack works on the others is not known. Send the request to the host where your packs are.
fix-unexplained-cost = The request may cost more than assumed: native audio, voice control, 4k mode or a video input raise the price. Compare the request body (sound or audio, voice_list, mode, video input) with the facts given here, for example with kling-doctor cost.
fix-unexplained-cost-unknown = The request's cost is not known: give its model, mode and duration (--set model=… --set mode=… --set duration=…) to compare it with the units left; native audio, voice control, 4k and a video input cost more.
fix-unexplained-web-credits = { $credits_source ->
        [api] {""}
       *[other] Units shown in the klingai.com app are not API units: make sure the units are in a pack under Resource packs of the developer console.
    }
fix-unexplained-postpaid = If the account also uses post-payment (a cash balance), an unpaid bill or a disabled post-payment service can refuse calls too: check Billing in the developer console.
fix-pick-endpoint = Send { $model } to an endpoint it serves, or pick a model that serves { $endpoint } (for text2video, for example, kling-v2-5-turbo or kling-v2-6).
fix-audio-pro-mode = Ask for mode pro (1080p) when sound is on; kling-doctor cost --model { $model } --mode pro --audio shows what that costs.
fix-audio-off = Or turn native audio off to keep { $video_mode } mode.
fix-cheaper-mode = { $mode_saving ->
        [0] {""}
       *[other] In std mode (720p) the same video costs { $mode_saving } { $mode_saving ->
            [one] unit
           *[other] units
        } less.
    }
