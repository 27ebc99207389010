# kling-doctor cost: what a video costs, and what a cheaper model would save.

cost-heading = { $model } · { $mode } · { $duration } s · { $audio ->
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
cost-cheapest-already = { $model } already has the lowest official price for a { $mode } video of { $duration } s.
cost-no-official-alternative = No model has an official price for a { $mode } video of { $duration } s to compare with.

# Errors of kling-doctor cost (exit code 2).
error-cost-unknown-model = unknown model `{ $input }`
error-cost-known-models = known models: { $known }
error-cost-no-price-for-mode = { $model } has no price for { $mode } { $audio ->
        [yes] with native audio
       *[no] without audio
    }; priced: { $priced }
error-cost-duration-not-priced = { $model } is priced per clip: only { $priced } s videos have a price, not { $seconds } s (use --duration with one of those)
