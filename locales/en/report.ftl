# The support report (--report FILE, --format markdown) and writing it.

report-hint = Add --report FILE to share it.
report-written = Report written to { $path }.
report-redacted-note = Secrets are replaced by [REDACTED]. Read the report once before you share it.

report-findings = Findings
report-col-severity = Severity
report-col-finding = Finding
report-col-id = Id
report-severity-error = error
report-severity-warning = warning
report-severity-info = info
report-fixes = What to do

report-error-heading = Error as given
report-error-none = No error was given: this is a general check-up.
report-col-item = Item
report-col-value = Value
report-error-code = Code
report-error-message = Message
report-error-http = HTTP status
report-error-http-official = { $status } (the documented status for this code)
report-error-request-id = request_id
report-error-text = As pasted:

report-checks = Checks

report-facts = Facts and where they came from
report-facts-none = No facts were given.
report-col-fact = Fact
report-col-source = Source
report-fact-see-error = see “Error as given”
report-origin-flag = command line (--error, --set)
report-origin-error-text = read from the pasted error
report-origin-answers-file = answers file (--answers)
report-origin-wizard = answered in the guided check
report-origin-probe = API probe (--probe)
report-origin-computed = computed by kling-doctor

report-probes = API probes
report-probes-none = No API probes were run (add --probe to ask the Kling API directly).
report-col-probe = Probe
report-col-duration = Time
report-probe-ok = ok
report-probe-failed = failed

report-environment = Environment
report-env-tool = kling-doctor
report-env-rules = Rules
report-env-rules-builtin = built-in, digest { $digest }
report-env-rules-dir = { $dir }, digest { $digest }
report-env-os = OS / architecture
report-env-lang = Language
report-env-api-base = API base URL
report-env-auth = Authentication
report-auth-api-key = API key (Bearer)
report-auth-ak-sk-jwt = access key + secret key (signed JWT)
report-auth-ak-sk-incomplete = incomplete: only one of the access key and the secret key is set
report-auth-none = none set in the environment
report-env-credentials = Credential variables set
report-env-credentials-none = none
report-env-time = Report time (UTC)

report-trace =
    { $steps ->
        [one] Decision trace (1 step)
       *[other] Decision trace ({ $steps } steps)
    }

report-tried = What I already tried
report-tried-hint = Before you send this, write down what you already did, for example: bought a resource pack, created a new API key, waited a few hours, tried another model.

error-report-exists = { $path } already exists; add --force to replace it, or choose another file name
error-report-is-directory = { $path } is a folder; give a file name, for example { $path }/kling-report.md
error-report-write = cannot write the report to { $path }: { $reason }
report-write-permission = permission denied
report-write-no-folder = the folder does not exist
report-write-not-a-folder = part of the path is a file, not a folder
report-write-read-only = the file system is read-only
report-write-disk-full = the disk is full
