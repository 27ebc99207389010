# Errors that stop a run (exit code 2).

error-set-syntax = `--set { $arg }` needs the form KEY=VALUE, for example --set units_left=12
error-unknown-fact = unknown fact `{ $key }` (see kling-doctor diagnose --list-facts)
error-did-you-mean = ; did you mean `{ $suggestion }`?
error-value-not-integer = `{ $key }` must be a whole number, not `{ $value }`
error-value-not-number = `{ $key }` must be a number, not `{ $value }`
error-value-below-min = `{ $key }` must be at least { $min }, not `{ $value }`
error-value-not-date = `{ $key }` must be a date like 2026-12-31 or 2026-12-31T23:59:00Z, not `{ $value }`
error-value-not-one-of = `{ $key }` must be one of { $values }, not `{ $value }`
error-value-unknown-model = unknown model `{ $value }` for `{ $key }`
error-value-empty = `{ $key }` needs a value
error-answers-file = cannot use the answers file { $path }: { $detail }
error-rules-invalid = the rules have { $count } problems
error-unknown-code = `{ $input }` is not an official Kling error code (see kling-doctor explain --list)
error-output = cannot write the output: { $detail }
error-format-unsupported = `kling-doctor { $command }` has no { $format } output: use --format { $supported }

## Command-line syntax errors (clap's kinds, worded here).
usage-invalid-value = `{ $value }` is not a valid value for { $arg } (possible values: { $valid })
usage-invalid-value-unlisted = `{ $value }` is not a valid value for { $arg } (see --help)
usage-unknown-argument = unknown option `{ $arg }`
usage-invalid-subcommand = unknown command `{ $subcommand }`
usage-missing-argument = a required argument is missing: { $arg }
usage-argument-conflict = { $arg } cannot be used here together with another option or a command
usage-other = the command line is not valid
usage-see-help = See kling-doctor --help.
error-options-before-command = diagnosis options (--error, --set, --answers, --non-interactive, --list-facts) go after `diagnose` or without a command, not before another command
