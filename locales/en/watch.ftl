# `kling-doctor watch slots|balance` (issue #14).

watch-limit-expected = a whole number of slots from 1 to 10000
watch-min-units-expected = a number of units, 0 or more
watch-max-wait-expected = seconds from 0 to 604800 (a week)
watch-setup-failed = the HTTP client could not be set up
watch-limit-from-flag = from --limit
watch-limit-from-pack_name = read from the pack name
watch-limit-from-start = below the count at the start
watch-progress-slots = { $running } running (submitted or processing), limit { $limit } ({ $from })
watch-progress-oldest = ; oldest { $task } has held its slot for { $held }
watch-progress-balance = Usable video units seen: { $units }
watch-progress-fault = Could not check { $what }: { $why }. Trying again in { $secs } s.
watch-slots-free = A slot is free: { $running } running, limit { $limit } (waited { $waited } s, { $polls } polls).
watch-slots-timeout = Still no free slot: { $running } running, limit { $limit }, after { $waited } s (--max-wait).
watch-balance-ready = Your packs show { $units } usable units, more than { $min } (waited { $waited } s, { $polls } polls).
watch-balance-timeout = Still { $units } usable units, not more than { $min }, after { $waited } s (--max-wait). The console's remaining units can lag up to 12 hours behind a purchase.
watch-nothing-seen = No answer came before --max-wait passed (waited { $waited } s, { $polls } polls).
wizard-hint-watch-slots = To submit again the moment a slot frees, run `kling-doctor watch slots`: it waits until fewer tasks run than your limit.
wizard-hint-watch-balance = Bought a pack just now? `kling-doctor watch balance` waits until its units show (it asks at most once a second).
