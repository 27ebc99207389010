# The guided wizard (`kling-doctor` on a terminal): prompts, help lines and the closing hints.

wizard-intro = kling-doctor asks only what it needs to find the cause. Esc or Ctrl-C stops at any time.
wizard-cancelled = Cancelled. Nothing was written.
wizard-prompt-failed = cannot ask questions on this terminal ({ $detail }); run again with --non-interactive

## Step 1: what Kling answered.
wizard-error-question = What did Kling answer?
wizard-error-help = Pick your error, or paste it as you got it.
wizard-error-paste = Paste the error (message, code, JSON body or curl -i output)
wizard-error-checkup = No error: just check my setup
wizard-error-code = { $code } · { $message }
wizard-paste-question = Paste what Kling answered, then press Enter:
wizard-paste-help = A message, a code like 1102, the JSON body or the whole curl -i output. Several lines are fine.
wizard-paste-empty = Paste the error first, or press Esc to stop.
wizard-read-code = Read: Kling error { $code } — { $meaning }
wizard-read-request-id = request_id { $id }
wizard-read-no-code = No official Kling error code in it; kling-doctor checks it as an unknown error.

## Offering to ask the API instead of the user.
wizard-probe-offer = An API key was found. Check your packs and running tasks automatically?
wizard-probe-help = Only reads your account (resource packs and tasks); nothing is bought or started.
wizard-yes = Yes
wizard-no = No
wizard-yes-no = Y/n
wizard-yes-words = y, yes
wizard-no-words = n, no
wizard-yes-no-invalid = Type y for yes or n for no.

## Questions.
wizard-dont-know = I don't know
wizard-keys-select = ↑↓ to move, Enter to choose, type to filter
wizard-keys-text = Enter to confirm; leave it empty if you don't know
wizard-example-integer = e.g. 5
wizard-example-number = e.g. 12.5
wizard-example-date = e.g. 2026-12-31
wizard-invalid-integer = Type a whole number, for example 5.
wizard-invalid-number = Type a number, for example 12.5.
wizard-invalid-below-min = The smallest possible value is { $min }.
wizard-invalid-date = Type a date like 2026-12-31, or a time like 2026-12-31T23:59:00Z.
wizard-invalid-value = This answer does not fit here; leave it empty if you don't know.

## Where to find each fact (shown under its question and for every "I don't know").
wizard-help-error = The error text from your program's log or from the response body.
wizard-help-error-code = The "code" field of the response body, for example 1102.
wizard-help-request-id = The "request_id" field of the response body.
wizard-help-http-status = The status line of the response, for example HTTP/2 429.
wizard-help-provider = The host your program calls: api-singapore.klingai.com means Kling directly.
wizard-help-model = The "model_name" field of your request body.
wizard-help-mode = The "mode" field of your request body: std is 720p, pro is 1080p.
wizard-help-duration = The "duration" field of your request body, in seconds (often 5 or 10).
wizard-help-count = How many videos you plan to make with the units you have.
wizard-help-audio = Whether your request turns on native sound.
wizard-help-package-status = Developer console (app.klingai.com/global/dev) → Resource packs: the status of your video pack; --probe reads it for you.
wizard-help-package-expires = Developer console → Resource packs: the pack's expiry time; --probe reads it for you.
wizard-help-units-left = Developer console → Resource packs: the units left in your video pack (may lag up to 12 hours); --probe reads it for you.
wizard-help-running-tasks = Count your video tasks in submitted or processing; all API keys of the account share the limit. --probe counts them for you.
wizard-help-concurrency-limit = Shown with the pack you bought (for example "5 concurrent"); with several active packs, the highest one counts.
wizard-help-credits-from = API units are bought in the developer console; credits bought in the klingai.com app do not work for the API.
wizard-help-key-matches-account = Sign in to the developer console with the account that bought the pack and look for your key under API keys.
wizard-help-purchased-hours-ago = Developer console → Resource packs: the purchase time. A rough number is fine.
wizard-help-clock-skew-s = Compare your computer's clock with an internet time source; --probe measures it for you.
wizard-help-api-reachable = Whether any call to the Kling API got an answer at all; --probe tries it for you.

## After the diagnosis.
wizard-find-out-heading = How to find out what you did not know:
wizard-rerun-heading = To run this again without questions, or to share it:
