# Problems in rule files (kling-doctor rules check), shown rustc-style.

rules-error-yaml = { $detail }
rules-error-io = cannot read { $detail }
rules-error-locale = message file does not parse: { $detail }
rules-error-unknown-fact = unknown fact `{ $fact }`
rules-error-unknown-fact-help = see kling-doctor diagnose --list-facts
rules-error-unknown-finding = unknown finding `{ $id }`
rules-error-unknown-finding-help = findings are declared in rules/findings.yaml
rules-error-unknown-node = no node `{ $id }` in this check
rules-error-unknown-variant = finding `{ $finding }` has no variant `{ $variant }`
rules-error-unknown-variant-help = variants are listed under the finding in rules/findings.yaml
rules-error-missing-message = message `{ $key }` is missing in locales/{ $lang }/
rules-error-missing-message-help = every message key must exist in both `en` and `id`
rules-error-cycle = these nodes form a cycle: { $path }
rules-error-unreachable = node `{ $node }` cannot be reached from the first node of its check
rules-error-condition-operators = a condition needs exactly one operator, found { $count }
rules-error-condition-operators-help = operators: equals, not_equals, one_of, less_than, at_most, greater_than, at_least, in_past, within_days
rules-error-target-choices = choose exactly one of `next`, `finding` and `outcome`, found { $count }
rules-error-finding-without-severity = a finding needs a `severity`
rules-error-finding-without-severity-help = severity is one of error, warning, info
rules-error-severity-without-finding = `severity` only goes with `finding`
rules-error-bad-severity = unknown severity `{ $value }`
rules-error-bad-severity-help = severity is one of error, warning, info
rules-error-bad-outcome = unknown outcome `{ $value }`
rules-error-bad-outcome-help = outcome is `pass` (checked, fine) or `skip` (does not apply)
rules-error-bad-literal = `{ $value }` is not a valid value of `{ $fact }`
rules-error-bad-literal-help = expected { $expected }
rules-error-bad-operator = `{ $operator }` does not apply to `{ $fact }`
rules-error-bad-operator-help = less_than, at_most, greater_than and at_least need numbers; in_past and within_days need dates
rules-error-duplicate = { $what } `{ $id }` is defined twice
rules-error-bad-fact-type = unknown fact type `{ $value }`
rules-error-bad-fact-type-help = types: text, integer, number, date, enum, model
rules-error-enum-without-values = enum fact `{ $fact }` lists no values
rules-error-finding-without-fix = finding `{ $id }` lists no fix
rules-error-finding-without-fix-help = every finding tells the user what to do
rules-error-price-rate = a price needs exactly one of `per_second` and `per_clip`
rules-error-bad-mode = unknown mode `{ $value }`
rules-error-bad-mode-help = modes are the values of the `mode` fact in rules/facts.yaml
rules-error-missing-required = { $what } is missing
rules-help-did-you-mean = did you mean `{ $suggestion }`?
rules-error-summary =
    { $count ->
        [one] error: 1 problem in the rules, nothing was evaluated
       *[other] error: { $count } problems in the rules, nothing was evaluated
    }
