# Problems in rule files (kling-doctor rules check), shown rustc-style.

rules-error-yaml = the YAML cannot be read (the parser says: { $detail })
rules-error-syntax = { $what ->
        [colon] a `: ` inside a value: put the value in quotes
        [indent] this line is indented differently from the lines above it
        [key] a key without `:` after it
        [quote] a quote that is never closed
        [escape] an unknown `\` escape in double quotes: use single quotes, or write `\\`
        [token] a value cannot start with this character: put the value in quotes
        [flow] a `[` or `{"{"}` that is not closed, or items without `,` between them
       *[list] a list item (`- `) where a value belongs: start the list on the next line
    }
rules-error-io = cannot read { $path }: { $reason ->
        [not-found] there is no such file or directory
        [permission] permission denied
        [not-a-directory] it is not a directory
        [is-a-directory] it is a directory
       *[other] { $detail }
    }
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
rules-error-bad-literal-help = expected { $expected ->
        [enum] { $values }
        [integer] integer
        [number] number
        [date] YYYY-MM-DD
        [model] model_name
        [timestamp] 2026-01-31T12:00:00Z
       *[text] text
    }
rules-error-bad-operator = `{ $operator }` does not apply to `{ $fact }`
rules-error-bad-operator-help = less_than, at_most, greater_than and at_least need numbers; in_past and within_days need dates
rules-error-duplicate = { $what ->
        [fact] fact
        [model] model
        [image-model] image model
        [code] code
        [finding] finding
        [check] check
        [scenario] scenario
       *[node] node
    } `{ $id }` is defined twice
rules-error-bad-fact-type = unknown fact type `{ $value }`
rules-error-bad-fact-type-help = types: text, integer, number, date, enum, model
rules-error-enum-without-values = enum fact `{ $fact }` lists no values
rules-error-finding-without-fix = finding `{ $id }` lists no fix
rules-error-finding-without-fix-help = every finding tells the user what to do
rules-error-price-rate = a price needs exactly one of `per_second` and `per_clip`
rules-error-not-positive = `{ $key }` must be a number above 0
rules-error-not-positive-help = it divides or multiplies other figures: 0 or less would make them meaningless
rules-error-bad-mode = unknown mode `{ $value }`
rules-error-bad-mode-help = modes are the values of the `mode` fact in rules/facts.yaml
rules-error-unknown-code = no error code { $code } in `codes:`
rules-error-unknown-code-help = list only codes defined under `codes:` in rules/error-codes.yaml
rules-error-listed-twice = `{ $value }` is listed twice in `{ $list }`
rules-error-listed-twice-help = keep the first one: the list is in order, most frequent first
rules-error-missing-required = { $what ->
        [finding] finding `{ $name }` is missing
        [nodes] nodes of check `{ $name }` is missing
        [if-unknown] `if_unknown` of a node with `ask: false` is missing
       *[file] { $name } is missing
    }
rules-help-did-you-mean = did you mean `{ $suggestion }`?
rules-error-summary =
    { $count ->
        [one] error: 1 problem in the rules, nothing was evaluated
       *[other] error: { $count } problems in the rules, nothing was evaluated
    }

# Problems found while reading a file (rules::yaml).
rules-error-unknown-key = unknown key `{ $key }`
rules-error-unknown-key-label = not a key here
rules-error-unknown-key-help = the keys here are { $expected }
rules-error-missing-key = the key `{ $key }` is missing here
rules-error-missing-key-help = add `{ $key }:` to this entry; the JSON Schema in rules/schema/ lists what each entry needs
rules-error-duplicate-key = the key `{ $key }` appears twice in the same entry
rules-error-duplicate-key-label = second `{ $key }`
rules-error-duplicate-key-help = keep one of them; to list several values write `{ $key }: [a, b]`
rules-error-wrong-type = `{ $found }` is not { $expected ->
        [boolean] `true` or `false`
        [number] a number
        [integer] a whole number
        [list] a list
        [map] a map of keys
        [text] a text value
        [number-or-text] a number or a text value
        [number-or-fact] a number or `{"{"} fact: NAME {"}"}`
       *[other] { $expected }
    }
rules-error-wrong-type-label = wrong kind of value
rules-error-wrong-type-help = quote text that looks like a number or a boolean: "yes", "1.0"
rules-error-limit = { $limit ->
        [size] the file is larger than { $max } bytes
        [depth] lists and maps are nested deeper than { $max } levels
        [aliases] the file uses more than { $max } aliases (`*name`)
        [anchors] the file defines more than { $max } anchors (`&name`)
        [nodes] the file holds more than { $max } values
        [alias-ratio] aliases (`*name`) outnumber anchors (`&name`) more than { $max } to one
       *[alias-expansion] aliases (`*name`) expand to more than { $max } values
    }
rules-error-limit-help = rule files are small and flat; this limit keeps a broken or hostile file from hanging kling-doctor or exhausting memory
rules-error-tab = a tab in the indentation
rules-error-tab-label = tab
rules-error-tab-help = YAML indents with spaces only; replace the tab with spaces
rules-error-empty-file = the file is empty
rules-error-empty-file-help = this file starts with `{ $top }:`
rules-error-multiple-documents = the file holds more than one YAML document
rules-error-multiple-documents-help = remove the `---` separator: each rule file is one document
rules-error-bad-exit = a scenario cannot exit with { $value }
rules-error-bad-exit-help = `exit` is 0 (no problem), 1 (an error or warning finding) or 2 (the facts are refused)
rules-error-not-utf8 = the file is not UTF-8 text
rules-error-not-utf8-help = save it as UTF-8 (rule files are plain text)

# Labels under the caret.
rules-error-unknown-fact-label = not a fact key
rules-error-unknown-finding-label = not a finding id
rules-error-unknown-node-label = no such node
rules-error-missing-message-label = used here
