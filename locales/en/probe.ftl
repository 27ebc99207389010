# Live probes (--probe and `kling-doctor probe`): what each request checks, why one failed,
# what it read, and the facts, checks and findings only probes feed.

probe-title = kling-doctor live checks
probe-heading =
    Live checks: { $count ->
        [one] 1 request
       *[other] { $count } requests
    } in { $seconds } s{ $failed ->
        [0] {""}
       *[other] , { $failed } failed
    }
probe-spinner = Asking the APIs…
probe-no-credentials = Nothing to probe: set KLING_API_KEY (or KLING_ACCESS_KEY and KLING_SECRET_KEY) for Kling, USEAPI_TOKEN (and USEAPI_EMAIL) for useapi.net, or COMETAPI_KEY for CometAPI, in the environment or in a .env file.
error-probe-no-credentials = { probe-no-credentials }
probe-could-not = could not check { $what } because { $why }
probe-facts-heading = Facts learned
probe-facts-none = None: no request gave a usable answer.
probe-markdown-request = Request
probe-summary =
    { $ok } of { $count ->
        [one] 1 request
       *[other] { $count } requests
    } answered (exit { $exit }).

probe-what-kling-account-costs = your Kling resource packs (GET /account/costs)
probe-what-kling-tasks = your running { $endpoint } tasks (GET /v1/videos/{ $endpoint })
probe-what-useapi-account = your useapi.net balance (GET /v1/kling/accounts/…)
probe-what-useapi-scheduler = your useapi.net job slots (GET /v1/kling/scheduler/available)
probe-what-cometapi-quota = your CometAPI balance (GET /user/quota)

probe-why-refused = nothing answers at { $host } (connection refused)
probe-why-dns = the host name { $host } could not be resolved (DNS)
probe-why-connect = no connection could be made to { $host }
probe-why-timeout = no answer came within { $secs } s
probe-why-dropped = the connection closed before an answer came
probe-why-truncated = the answer was cut off before its end
probe-why-http = the server answered HTTP { $status }
probe-why-http-message = the server answered HTTP { $status }: { $message }
probe-why-html = the server sent an HTML page (HTTP { $status }) instead of JSON
probe-why-malformed = the answer was not the JSON this endpoint sends
probe-why-auth = Kling refused the credentials ({ $code }: { $message })
probe-why-api = Kling answered { $code }: { $message }
probe-why-bad-url = its base URL is not an http(s) URL
probe-why-setup = the HTTP client could not be set up

probe-kind-video = video
probe-kind-image = image
probe-kind-try-on = try-on
probe-kind-unknown = unknown-kind
probe-detail-no-packs = No resource pack in the last 365 days.
probe-detail-pack = { $name }: video pack, { $status }, { $remaining } of { $total } units left, valid until { $until }
probe-detail-pack-other-kind = { $name }: { $kind } pack, { $status }, { $remaining } of { $total } units left, valid until { $until } (not added to video units)
probe-detail-tasks =
    { $running } running (submitted or processing) among { $seen } tasks on { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }
probe-detail-oldest = Oldest running, holding slots longest: { $ids }
probe-detail-incomplete = Paging stopped at the API's last page number; more tasks may exist.
probe-detail-useapi-balance = useapi.net balance: { $balance } points (useapi.net's figure, not a Kling resource pack)
probe-detail-useapi-slots = useapi.net job slots in use: { $executing } of { $max }
probe-detail-cometapi-balance = CometAPI balance: ${ $balance } (money at CometAPI, not Kling units)
probe-detail-clock = Clock: yours minus Kling's Date header = { $skew } s

check-reseller-balance = Reseller balance
check-reseller-slots = Reseller job slots
check-probes = Live checks

finding-provider-slots-full-title = All useapi.net job slots are busy ({ $useapi_jobs_running } of { $useapi_jobs_max })
finding-provider-slots-full-explanation =
    useapi.net runs at most maxJobs tasks at once for each linked Kling account; new tasks wait or
    are refused until one finishes. These are useapi.net's slots, not the concurrency of a Kling pack.
fix-raise-useapi-maxjobs = Raise maxJobs of the account at useapi.net (POST /v1/kling/accounts), within what your Kling plan allows.

question-package-name = What is the name of your video resource pack, as the console shows it?
question-concurrency-limit-from = Where does the concurrency limit you gave come from?
question-probes-failed = How many live API checks failed?
question-useapi-balance = How many points does useapi.net show for your linked Kling account (balance.total)?
question-useapi-jobs-running = How many useapi.net jobs are running for your account now?
question-useapi-jobs-max = How many jobs at once (maxJobs) does your useapi.net account allow?
question-cometapi-balance-usd = How many US dollars are left on your CometAPI account?

value-concurrency-limit-from-pack_name = Read from the pack's name (for example 5Con)
value-concurrency-limit-from-console = Shown in the developer console or confirmed by Kling
