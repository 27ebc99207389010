# Tools for rule authors: kling-doctor rules graph and rules test.

# rules graph: words on the edges and leaves.
graph-otherwise = otherwise
graph-unknown = unknown
graph-pass = passed
graph-skip = does not apply
graph-in-past = in the past
graph-not-in-past = not in the past
graph-within-days = within { $days } days
graph-severity-error = ✗
graph-severity-warning = !
graph-severity-info = i
# Computed facts (src/derived.rs) have no question; the graph shows these instead.
graph-derived-error-family = Kind of error (from the code)
graph-derived-video-cost = Units one video costs
graph-derived-video-cost-usd = USD one video costs
graph-derived-batch-cost = Units all planned videos cost
graph-derived-batch-cost-usd = USD all planned videos cost
graph-derived-test-model = Cheapest model for tests
graph-derived-test-video-cost = Units of the cheapest test video
graph-derived-saving-per-video = Units a cheaper setup saves per video
graph-derived-videos-covered = Videos the units left cover
graph-derived-units-short = Units missing for the planned videos
graph-derived-days-until-expiry = Days until the pack expires
graph-derived-free-slots = Free concurrency slots

# rules test: the report.
rules-test-fail = FAIL { $file }:{ $line }  { $name }
rules-test-missing-finding = - { $id } ({ $severity }): expected, not found
rules-test-unexpected-finding = + { $id } ({ $severity }): found, not expected
rules-test-wrong-severity = ~ { $id }: expected { $expected }, found { $found }
rules-test-missing-unknown = - unknown `{ $fact }`: expected to stay unknown, but no check asked for it
rules-test-unexpected-unknown = + unknown `{ $fact }`: a check asks for it, not expected
rules-test-exit = exit: expected { $expected }, got { $found }
rules-test-refused = the facts were refused: { $reason }
rules-test-message = [{ $lang }] message `{ $key }` does not render: it is missing in this language, or one of its variables has no value
rules-test-says = [{ $lang }] the findings never say "{ $text }"
rules-test-file = { $file }: { $passed } passed, { $failed } failed
rules-test-coverage = coverage: { $findings_covered } of { $findings } findings, { $nodes_covered } of { $nodes } nodes
rules-test-uncovered-finding = not covered: finding `{ $id }` (no passing scenario produces it)
rules-test-uncovered-node = not covered: node `{ $node }` in { $file } (no scenario reaches it)
rules-test-summary = { $total } scenarios: { $passed } passed, { $failed } failed
rules-test-none = no scenarios found: add rules/tests/*.yaml (see "Write your first rule" in the README)
