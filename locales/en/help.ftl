# --help, subcommand help, completions and the man page (src/help.rs builds the keys from
# the command path and the argument id).

help-heading-usage = Usage:
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-commands = Commands

help-about = Diagnoses Kling AI API errors (1102, 1303, 1004, …) and tells you what to fix
help-about-diagnose = Run the decision tree over the known facts and print the diagnosis
help-about-explain = Explain one Kling error code (e.g. 1102) or a pasted error body
help-about-cost = Units and USD for one video and for N videos, and how many videos your units cover
help-about-probe = Only the API probes: print the facts learned (packs, units, running tasks, clock skew, reachability). Credentials and hosts as for `diagnose --probe`
help-about-usage = Where your units went: the unit ledger per model and setup, per day, per API key, and how long what is left lasts. Credentials and hosts as for `diagnose --probe`
help-about-watch = Wait for a free concurrency slot (after 1303) or for a new pack's units to show
help-about-watch-slots = Wait until running (submitted + processing) tasks are below the limit: --limit, else the pack name's, else below the count at the start
help-about-watch-balance = Wait until the packs show usable units (more than --min-units), e.g. after a purchase
help-about-rules = Work with rule directories
help-about-rules-check = Validate a rules directory; errors name file:line:column
help-about-rules-test = Run the scenarios in rules/tests/*.yaml and show what differs
help-about-rules-graph = Print the decision tree as a graph
help-about-completions = Print a shell completion script (e.g. `kling-doctor completions bash`)
help-about-man = Print the manual page (roff), e.g. `kling-doctor man > kling-doctor.1`
help-about-help = Print this message or the help of the given subcommand(s)

help-arg-help = Print help
help-arg-version = Print version
help-arg-subcommand = The subcommand whose help to print
help-arg-lang = Output language [default: KLING_DOCTOR_LANG, LC_ALL, LC_MESSAGES, LANG, then the OS locale]
help-arg-color = When to colour the output (NO_COLOR set means never, unless `always`)
help-arg-rules = Use the rules in DIR instead of the built-in ones (kept compiled between runs; KLING_DOCTOR_NO_CACHE turns that off)
help-arg-format = Output format
help-arg-verbose = Also show rule locations, sources and the decision trace
help-arg-error = The error Kling returned: a message, a code, a JSON body or a `curl -i` dump
help-arg-set = Supply a fact, e.g. `--set package_status=expired` (repeatable; see --list-facts)
help-arg-answers = A YAML or JSON file of facts (same keys and values as --set)
help-arg-non-interactive = Never prompt; unknown facts stay unknown and their checks are reported as not checked
help-arg-list-facts = List the fact keys and their accepted values, then exit
help-arg-probe = Also ask the API: packs, units, running tasks, clock skew, reseller balances. Reads KLING_API_KEY (or KLING_ACCESS_KEY + KLING_SECRET_KEY), USEAPI_TOKEN (+ USEAPI_EMAIL), COMETAPI_KEY. KLING_API_BASE picks the host: https://api-singapore.klingai.com (default), https://api-beijing.klingai.com (servers in China), https://api.klingai.com (legacy)
help-arg-report = Also write a support report to FILE (`.json` → JSON, anything else → Markdown), secrets redacted
help-arg-force = Overwrite the --report file if it already exists
help-arg-timeout = Per-request probe timeout in seconds, 1 to 600
help-arg-explain-code = A code such as 1102, or a pasted message or JSON body
help-arg-explain-list = List every known code
help-arg-cost-model = The model_name, or a friendly alias such as `v2.6` or `2.5 turbo`
help-arg-cost-mode = std (720p), pro (1080p) or 4k
help-arg-cost-duration = Seconds per video
help-arg-cost-count = How many videos you plan
help-arg-cost-units-left = Units left in your pack: how many videos they cover
help-arg-cost-audio = Price the video with native audio
help-arg-request = The JSON body of the failing request, or its curl command: model, mode, duration … are read from it
help-arg-cost-voice = Price the video with voice control (a specified voice; implies native audio)
help-arg-cost-product = video, image (--count images) or try-on
help-arg-usage-days = Days of the ledger to read, ending now
help-arg-usage-product = The pack family: video, image or try-on
help-arg-limit = The concurrency limit of your packs [default: read from the pack name]
help-arg-min-units = Wait until more than U units are usable
help-arg-max-wait = Give up after SECS seconds (exit 1)
help-arg-dir = The rules directory [default: the built-in rules, or --rules]
help-arg-rules-graph-format = Graph format
help-arg-completions-shell = The shell to complete for

# After an option's help: its default and the values it accepts.
help-default = [default: { $value }]
help-possible-values = [possible values: { $values }]
