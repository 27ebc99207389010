# Findings (rules/findings.yaml): a title, an explanation and the fixes each one lists.
# Variables are facts ({ $units_left }) and computed facts ({ $video_cost }).

finding-package-none-title = No API resource pack has been bought
finding-package-none-explanation =
    Kling's API only runs on prepaid resource packs (post-payment aside). Without a pack every
    generation call is refused with 1102 "Account balance not enough".

finding-package-not-active-title = Your resource pack is not active yet (toBeOnline)
finding-package-not-active-explanation =
    The console lists the pack as toBeOnline: it is bought, but its effective time has not come.
    Until it is online, calls are answered with 1102 as if you had no pack.

finding-package-expired-title = Your resource pack has expired
finding-package-expired-explanation =
    Every pack has an activation and an expiry date. Once it expires, Kling treats the account as
    having no units and answers 1102 "Account balance not enough", even if units were left.

finding-package-expiring-soon-title = Your resource pack expires in { $days_until_expiry } { $days_until_expiry ->
        [one] day
       *[other] days
    }
finding-package-expiring-soon-explanation =
    The pack expires on { $package_expires }. Units still unused then are lost; they do not carry over.

finding-units-exhausted-title = Your resource pack is used up (runOut)
finding-units-exhausted-explanation =
    No units are left in the pack, so Kling refuses new tasks with 1102 until you buy units.

finding-units-insufficient-title = One { $model } video needs { $video_cost } { $video_cost ->
        [one] unit
       *[other] units
    }; only { $units_left } left
finding-units-insufficient-explanation =
    A { $duration } s { $video_mode ->
        [none] {""}
       *[other] { $video_mode }
    } video of { $model } costs { $video_cost } units (about ${ $video_cost_usd }), { $units_short } more
    than you have. { price-provenance } Units per video come from the price table, not from the 10–200
    units per video some guides estimate. Failed tasks cost nothing.

finding-units-insufficient-batch-title = Your units cover { $videos_covered } of the { $count } videos you plan
finding-units-insufficient-batch-explanation =
    { $count } videos cost { $batch_cost } units ({ $video_cost } each); { $units_left } are left.
    { price-provenance } The last videos of the batch will fail with 1102.

finding-balance-not-enough-title = Kling says your resource pack is used up or expired (1102)
finding-balance-not-enough-explanation =
    Official meaning: { $error_meaning }
    Kling answers 1102 with HTTP 429 only after checking your key, so authentication worked. The pack's
    status in the console tells which case it is: expired (past its date), runOut (no units left) or
    toBeOnline (not active yet). Failed tasks are never charged.

finding-model-cost-high-title = { $cheaper_model } makes the same video for { $model_saving } { $model_saving ->
        [one] unit
       *[other] units
    } less
finding-model-cost-high-explanation =
    A { $duration } s { $video_mode ->
        [none] {""}
       *[other] { $video_mode }
    } video of { $model } costs { $video_cost } units. { price-provenance } The same video with
    { $cheaper_model } costs { $cheaper_cost } units at Kling's official price. Contrary to some guides,
    V2.5 Turbo and V2.6 are among the cheapest models, not the most expensive.

finding-concurrency-limit-title = All of your pack's concurrency slots are taken (1303)
finding-concurrency-limit-explanation =
    A task holds a slot from the moment it is submitted until it finishes, failed tasks included, and
    all your API keys share the same slots. The limit is the highest one among your active packs of the
    same type, not their sum: a 5-slot pack and a 10-slot pack give 10 slots.

finding-concurrency-limit-counted-title = All { $concurrency_limit } concurrency slots of your pack are taken
finding-concurrency-limit-counted-explanation =
    Right now { $running_tasks } tasks are submitted or processing, and your limit is
    { $concurrency_limit }. A task holds a slot from the moment it is submitted until it finishes, failed
    tasks included, and all your API keys share the same slots. The limit is the highest one among your
    active packs of the same type, not their sum.

finding-concurrency-limit-from-pack-name-title = All { $concurrency_limit } concurrency slots of your pack are taken
finding-concurrency-limit-from-pack-name-explanation =
    Right now { $running_tasks } tasks are submitted or processing. The limit of
    { $concurrency_limit } was read from the name of your pack "{ $package_name }"; Kling does not report
    the limit itself, so check it in the console. A task holds a slot from submission until it finishes,
    failed tasks included, and all your API keys share the same slots.

finding-rate-limit-title = Too many requests: Kling's rate limit was hit (1302)
finding-rate-limit-explanation =
    { $error_meaning } This is about how often you call, not about units or slots.

finding-web-credits-not-api-title = klingai.com app credits cannot pay for API calls
finding-web-credits-not-api-explanation =
    Credits of a klingai.com subscription work only in the web and mobile app. The API uses separate
    resource packs bought in the developer console; app credits never show up there.

finding-wrong-account-or-key-title = The API key may belong to another account than your pack
finding-wrong-account-or-key-explanation =
    Units belong to the account that bought the pack. A key from another account (a teammate's, an old
    test account, a different environment) sees no units and gets 1102.

finding-balance-delay-title = The pack was bought { $purchased_hours_ago } { $purchased_hours_ago ->
        [one] hour
       *[other] hours
    } ago: the balance may lag
finding-balance-delay-explanation =
    Kling documents that remaining-unit statistics are updated with up to { $balance_lag_hours } hours of delay.
    The console and /account/costs can show an old figure for a fresh pack.

finding-auth-failed-title = Kling rejected the Authorization header
finding-auth-failed-explanation =
    { $error_meaning } Kling accepts either an API key ("Authorization: Bearer <API key>") or a JWT signed
    with your access key and secret key ("Authorization: Bearer <JWT>").

finding-clock-skew-title = Your clock and Kling's disagree
finding-clock-skew-explanation =
    A JWT carries nbf (not before) and exp (expiry) times. When the computer that signs it is off by more
    than a few seconds, Kling sees the token as not valid yet (1003) or already expired (1004).

finding-clock-skew-measured-title = Your clock is { $clock_skew_abs } s { $clock_direction ->
        [behind] behind
       *[other] ahead of
    } Kling's
finding-clock-skew-measured-explanation =
    Measured from Kling's Date header: your clock is { $clock_skew_abs } { $clock_skew_abs ->
        [one] second
       *[other] seconds
    } { $clock_direction ->
        [behind] behind Kling's (clock_skew_s = { $clock_skew_s }). A token signed by a clock that runs behind reaches its exp (expiry) early in Kling's time, so Kling sees it as already expired (1004).
       *[other] ahead of Kling's (clock_skew_s = { $clock_skew_s }). A token signed by a clock that runs ahead carries an nbf (not before) that is still in the future for Kling, so Kling sees it as not valid yet (1003).
    } A JWT is only accepted between its nbf and exp times.

finding-token-expired-title = The JWT has expired (1004)
finding-token-expired-explanation =
    { $error_meaning } The official sample signs tokens valid for 30 minutes (exp = now + 1800 s);
    a token reused after that, or signed by a clock that runs behind, is refused.

finding-no-model-access-title = Your account may not use this API or model (1103)
finding-no-model-access-explanation =
    { $error_meaning }

finding-account-arrears-title = The account is in arrears (1101)
finding-account-arrears-explanation =
    { $error_meaning } This is the postpaid counterpart of 1102.

finding-account-abnormal-title = Kling reports an abnormal account status (1100)
finding-account-abnormal-explanation =
    { $error_meaning } Only Kling support can tell what is wrong with the account.

finding-invalid-params-title = The request has invalid parameters ({ $error_code })
finding-invalid-params-explanation =
    { $error_meaning } Kling checks parameters before billing, so this is not a balance problem.

finding-content-policy-title = The request was blocked by a content or platform policy ({ $error_code })
finding-content-policy-explanation =
    { $error_meaning } Blocked tasks are not charged.

finding-ip-whitelist-title = Your IP address is blocked by Kling's whitelist policy (1304)
finding-ip-whitelist-explanation =
    { $error_meaning } Retrying does not help; only customer service can change it.

finding-server-error-title = Kling had a server-side problem ({ $error_code })
finding-server-error-explanation =
    { $error_meaning } Nothing is wrong with your account. A create call that got 5000 or 5002 may
    still have created the task.

finding-unknown-error-title = This error is not in Kling's official code table
finding-unknown-error-explanation =
    kling-doctor could not map it to an official code (1000–1304, 5000–5002). A reseller or gateway
    may have produced it, or the text was cut. The checks below still cover packs, units and slots.

finding-provider-balance-title =
    { $provider ->
        [useapi] Your balance is with useapi.net, not in a Kling resource pack
        [cometapi] Your balance is with CometAPI, not in a Kling resource pack
        [piapi] Your balance is with PiAPI, not in a Kling resource pack
        [kie] Your balance is with kie.ai, not in a Kling resource pack
        [fal] Your balance is with fal.ai, not in a Kling resource pack
        [replicate] Your balance is with Replicate, not in a Kling resource pack
       *[other] A reseller's balance is not a Kling resource pack
    }
finding-provider-balance-explanation =
    Through a reseller you spend the reseller's balance (points, quota or credits); Kling resource packs
    and their console do not apply to it. A "balance not enough" can mean your balance there is empty,
    or that the reseller's own Kling account is.

finding-provider-balance-useapi-title = Your useapi.net balance is { $useapi_balance } points, not a Kling resource pack
finding-provider-balance-useapi-explanation =
    useapi.net balance: { $useapi_balance } points. That is useapi.net's figure for the Kling account
    you linked there (balance.total), not an API resource pack of yours; Kling resource packs and their
    console do not apply to it.

finding-provider-balance-cometapi-title = Your CometAPI balance is ${ $cometapi_balance_usd }, not Kling units
finding-provider-balance-cometapi-explanation =
    CometAPI balance: ${ $cometapi_balance_usd }. That is money on your CometAPI account, not Kling
    units; Kling resource packs and their console do not apply to it. A single CometAPI key can also
    have a lower limit of its own.

finding-provider-balance-both-title = Your balances are with useapi.net and CometAPI, not in Kling resource packs
finding-provider-balance-both-explanation =
    useapi.net balance: { $useapi_balance } points. That is useapi.net's figure for the Kling account
    you linked there (balance.total), not an API resource pack of yours.
    CometAPI balance: ${ $cometapi_balance_usd }. That is money on your CometAPI account, not Kling units; a single
    CometAPI key can also have a lower limit of its own.

finding-provider-unreachable-title = The API could not be reached
finding-provider-unreachable-explanation =
    Without an answer from the API, pack and task checks could not use live data.

finding-provider-unreachable-probes-title =
    { $probes_failed ->
        [one] 1 live check could not be completed
       *[other] { $probes_failed } live checks could not be completed
    }
finding-provider-unreachable-probes-explanation =
    The live checks above say which requests failed and why; the facts they would have given stay
    unknown, and the rest of the diagnosis still stands.

finding-no-problem-found-title = No problem found
finding-no-problem-found-explanation =
    None of the checks that could run found a problem. Checks marked "not checked" need more facts.

finding-no-problem-found-all-checked-title = No problem found
finding-no-problem-found-all-checked-explanation =
    Every check that applies to your situation ran, and none found a problem.

## Fixes: each starts with what to do.

fix-buy-video-pack = Buy a video resource pack in the Kling developer console (Resource packs page); one video unit costs $0.14.
fix-check-console-packs = Open the developer console and look at each pack's status, units left and expiry date.
fix-expired-units-lost = Units left in an expired pack do not come back; plan to use a new pack before its end date.
fix-wait-effective-time = Wait until the pack's effective time, then try again; the console shows when it starts.
fix-use-before-expiry = Use the remaining units before { $package_expires }, or expect to lose them.
fix-cheaper-setup = { $cheaper_model ->
        [none] {""}
       *[other] Make the video cheaper: { $cheaper_model } makes the same video for { $cheaper_cost } { $cheaper_cost ->
            [one] unit
           *[other] units
        }.
    }
fix-shorter-clip = { $duration_saving ->
        [0] {""}
       *[other] Make test clips 5 s long: that saves { $duration_saving } { $duration_saving ->
            [one] unit
           *[other] units
        } per clip.
    }
fix-batch-split = Generate { $videos_covered } videos now and the rest after buying more units.
fix-tell-1102-apart = Check which case you are in: kling-doctor diagnose --set package_status=online|toBeOnline|expired|runOut --set units_left=N
fix-run-probe = Give the tool more facts with --set KEY=VALUE (see kling-doctor diagnose --list-facts).
fix-test-cheap-model = Test prompts with { $cheaper_model } ({ $cheaper_cost } { $cheaper_cost ->
        [one] unit
       *[other] units
    } per video), and keep { $model } for the final video only if you need its look.
fix-wait-running-tasks = Wait until running tasks finish (submitted and processing both hold a slot), then submit again.
fix-limit-parallel = Cap the number of tasks your code submits at once below the pack's limit.
fix-contact-raise-limit = Ask Kling customer service for a higher limit if you need more at once.
fix-slow-down = Space out your requests and retry with exponential backoff.
fix-web-credits-stay-web = Keep app credits for the klingai.com app; API calls need a pack in the developer console.
fix-check-key-account = Create the key in the developer console of the account that owns the pack, and use that key.
fix-check-env-key = Check which key your program really sends (environment variables, .env files, deployment secrets).
fix-check-task-deductions = Check the units deducted per task (final_unit_deduction of finished tasks) before buying more.
fix-wait-balance-refresh = If the pack is new, wait up to { $balance_lag_hours } hours for the balance shown to catch up.
fix-check-authorization = Send "Authorization: Bearer <key>" with one space after Bearer, and no quotes or line breaks in the key.
fix-sync-clock = Synchronise your computer's clock (NTP), then sign a new token.
fix-jwt-nbf = Sign tokens with nbf = now − 5 s and exp = now + 1800 s, as the official sample does.
fix-renew-jwt = Sign a fresh JWT for each request or before the old one expires.
fix-check-model-permission = Check in the console that your account and pack may use this model.
fix-check-model-name = Check model_name against the official list (for example kling-v2-6, kling-v3).
fix-recharge-postpaid = Recharge the account balance in the developer console.
fix-contact-support-request-id = Contact Kling customer service and give them the request_id of the failed call.
fix-read-message-field = Read the message field of the response: it names the parameter that is wrong.
fix-change-content = Change the prompt or the input image and send the task again.
fix-retry-later = Try again in a few minutes.
fix-recover-by-external-id = Before resubmitting a create that got 5000 or 5002, look the task up by its external_task_id.
fix-paste-full-body = Run again with the whole response body: kling-doctor --error '<JSON body>'.
fix-check-provider-dashboard =
    { $provider ->
        [useapi] Check the balance on useapi.net's dashboard, and ask their support if it looks full.
        [cometapi] Check the balance on CometAPI's dashboard, and ask their support if it looks full.
        [piapi] Check the balance on PiAPI's dashboard, and ask their support if it looks full.
        [kie] Check the balance on kie.ai's dashboard, and ask their support if it looks full.
        [fal] Check the balance on fal.ai's dashboard, and ask their support if it looks full.
        [replicate] Check the balance on Replicate's dashboard, and ask their support if it looks full.
       *[other] Check the balance on your reseller's dashboard, and ask their support if it looks full.
    }
fix-check-useapi-dashboard = Check the balance on useapi.net's dashboard, and ask their support if it looks full.
fix-check-cometapi-dashboard = Check the balance and the key's own limit on CometAPI's dashboard, and ask their support if it looks full.
fix-check-network = Check your network connection and the API base URL.
fix-rerun-with-probe = Add facts with --set (kling-doctor diagnose --list-facts) to run the remaining checks.
fix-rerun-with-error = If a call still fails, run kling-doctor again with its whole response body: --error '<JSON body>'.
