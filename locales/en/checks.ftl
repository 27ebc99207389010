# Titles of the checks (rules/checks/*.yaml), one line each in the diagnosis.

check-kling-error = What Kling answered
check-provider = Provider
check-pack = Resource pack
check-units = Units for this video
check-api-account = API account and key
check-balance-freshness = Balance freshness
check-model-cost = Model cost
check-concurrency = Concurrency
check-clock = Clock
