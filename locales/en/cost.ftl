# kling-doctor cost: what a video costs, and what a cheaper model would save.

cost-heading = { $model } · { $mode ->
        [none] { $duration } s
       *[other] { $mode } · { $duration } s
    } · { $audio ->
        [voice] with native audio and voice control
        [yes] with native audio
       *[no] without audio
    }
cost-per-video = One video: { $units } { $units ->
        [one] unit
       *[other] units
    } (${ $usd })   [{ $source }]
cost-total = { $count } videos: { $total } { $total ->
        [one] unit
       *[other] units
    } (${ $total_usd })
cost-covered = { $units_left } { $units_left ->
        [one] unit
       *[other] units
    } left cover { $videos } { $videos ->
        [one] video
       *[other] videos
    }.
cost-third-party = ! This price comes from a third-party summary ({ $source }), not from Kling's official price page: treat it as an estimate.
cost-cheaper = Cheaper: { $cheaper } costs { $cheaper_units } { $cheaper_units ->
        [one] unit
       *[other] units
    } (${ $cheaper_usd }) for the same video, { $saving } { $saving ->
        [one] unit
       *[other] units
    } (${ $saving_usd }) less per video.
cost-cheaper-total = For { $count } videos that saves { $saving_total } { $saving_total ->
        [one] unit
       *[other] units
    } (${ $saving_total_usd }).
cost-cheaper-covered = With { $cheaper }, { $units_left } { $units_left ->
        [one] unit
       *[other] units
    } cover { $cheaper_videos } { $cheaper_videos ->
        [one] video
       *[other] videos
    }.
cost-cheapest-already = { $model } already has the lowest official price for { $mode ->
        [none] a video
       *[other] a { $mode } video
    } of { $duration } s.
cost-no-official-alternative = No other model has an official price for { $mode ->
        [none] a video
       *[other] a { $mode } video
    } of { $duration } s to compare with.

# Errors of kling-doctor cost (exit code 2).
error-cost-unknown-model = unknown model `{ $input }`
error-cost-known-models = known models: { $known }
error-cost-no-price-for-mode = { $model } has no price for { $mode } { $audio ->
        [yes] with native audio
       *[no] without audio
    }; priced: { $priced }
error-cost-duration-not-priced = { $model } is priced per clip: only { $priced } s videos have a price, not { $seconds } s (use --duration with one of those)
error-cost-no-product-price = kling-doctor has no prices for { $product } (the reference has no units for it); use --product video or image

# kling-doctor cost --product image: image units, a currency of their own.
cost-image-heading = { $model } · image
cost-image-per-image = One image: { $units } image { $units ->
        [one] unit
       *[other] units
    } (${ $usd })   [{ $source }]
cost-image-total = { $count } images: { $total } image { $total ->
        [one] unit
       *[other] units
    } (${ $total_usd })
cost-image-covered = { $units_left } image { $units_left ->
        [one] unit
       *[other] units
    } left cover { $images } { $images ->
        [one] image
       *[other] images
    }.
cost-image-other-kinds = Dearer kinds, in image units per image: { $kinds }.
cost-image-currency = Image units are not video units: one image unit costs ${ $unit_usd }, one video unit $0.14, and the two never add up.
