# Output around the findings: headings, hints, the summary line.

ui-header-code = Kling error { $code } · { $message }
ui-header-text = Kling error · { $message }
ui-header-checkup = kling-doctor check-up
ui-not-checked = not checked
ui-not-applicable = does not apply
ui-see-above = (see above)
ui-answer-hint = Answer with --set { $fact }={ $example }
ui-trace = Decision trace
ui-error-prefix = error:
ui-summary =
    { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $unchecked ->
        [0] every check ran
        [one] 1 check needs more facts
       *[other] { $unchecked } checks need more facts
    } (exit { $exit }).
ui-markdown-title = kling-doctor diagnosis
ui-markdown-check = Check
ui-markdown-result = Result
ui-markdown-passed = passed
ui-markdown-open-questions = Open questions
ui-type-integer = whole number
ui-type-number = number
ui-type-date = date YYYY-MM-DD or RFC 3339
ui-type-text = text

explain-heading = Kling error { $code } (HTTP { $http })
explain-meaning = Meaning:
explain-solution = Official fix:
explain-seen-as = Seen as:
explain-source = Source:
explain-questions = What would tell more:
explain-col-code = Code
explain-col-family = Family
explain-col-meaning = Meaning

rules-check-ok = Rules are valid: { $checks } checks, { $nodes } nodes, { $findings } findings, { $facts } facts, { $models } priced models, { $codes } error codes, { $scenarios } scenarios.
