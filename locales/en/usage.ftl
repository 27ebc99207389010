# `kling-doctor usage` and the unit ledger in the diagnosis (issue #14).

probe-what-kling-ledger = your unit ledger (POST /account/billing/package)
probe-detail-ledger = { $rows } charged tasks on { $pages } pages

usage-spinner = Reading the unit ledger…
usage-heading = Where the units went
usage-title = Units used in the last { $days } days ({ $product }): { $tasks } tasks, { $units } units, { $per_day } units a day.
usage-none = No { $product } task drew units in the last { $days } days.
usage-col-model = model
usage-col-mode = mode
usage-col-length = length
usage-col-audio = audio
usage-col-tasks = tasks
usage-col-per-task = units/task
usage-col-units = units
usage-audio-native = native
usage-audio-off = off
usage-total = total
usage-by-key = By API key:
usage-key-line = { $name }: { $tasks } tasks, { $units } units
usage-key-unnamed = (no key name)
usage-left = Usable { $product } units left: { $units }.
usage-outlook-runs-out = At this rate they run out in about { $days } days, before the pack expires on { $date }.
usage-outlook-runs-out-no-expiry = At this rate they run out in about { $days } days.
usage-outlook-expires = At this rate about { $units } units will expire unused on { $date }.
usage-outlook-nothing-used = Nothing was used in this window, so there is no rate to project.
usage-outlook-no-units = No usable { $product } units are left.
usage-packs-unknown = What is left is not known: the packs could not be read (see the live checks below).
usage-ledger-unknown = The unit ledger could not be read, so there is nothing to summarise (see the live checks below).
usage-days-expected = a whole number of days from 1 to 366

error-no-kling-credentials = This command reads your Kling account: set KLING_API_KEY (or KLING_ACCESS_KEY and KLING_SECRET_KEY), in the environment or in a .env file.
error-bad-option = `{ $value }` is not valid for { $option }: expected { $expected }.

check-ledger-cost = What the ledger charged for your setup
question-ledger-tasks = How many recent tasks of this setup are in the unit ledger?
question-ledger-units-per-video = How many units did each task of this setup cost, by the ledger?
question-ledger-extra-units = How many units more than the price table did each task cost?
question-ledger-cost-reason = What do the ledger rows show that the setup did not state?
value-ledger-cost-reason-native_audio = native audio
value-ledger-cost-reason-voice_control = voice control
value-ledger-cost-reason-video_input = a reference video
value-ledger-cost-reason-4k = 4K resolution
value-ledger-cost-reason-other = nothing the ledger names

finding-cost-higher-than-expected-title = Your tasks cost { $ledger_units_per_video } units each, not { $video_cost }
finding-cost-higher-than-expected-explanation =
    The unit ledger shows { $ledger_tasks } recent { $duration } s { $mode } tasks of { $model } charged
    { $ledger_units_per_video } units each on average, { $ledger_extra_units } more than the price table
    gives for that setup. The rows do not say why. Count { $ledger_units_per_video } units per video when
    you work out what your units cover.
finding-cost-higher-than-expected-native-audio-title = Your tasks cost { $ledger_units_per_video } units each, not { $video_cost }: they have native audio
finding-cost-higher-than-expected-native-audio-explanation =
    The unit ledger shows { $ledger_tasks } recent { $duration } s { $mode } tasks of { $model } charged
    { $ledger_units_per_video } units each on average, { $ledger_extra_units } more than the price without
    audio. Their rows say video_sound: native: the requests ask for native audio (sound: on), which is
    priced higher. Count { $ledger_units_per_video } units per video when you work out what your units cover.
finding-cost-higher-than-expected-voice-control-title = Your tasks cost { $ledger_units_per_video } units each, not { $video_cost }: they use voice control
finding-cost-higher-than-expected-voice-control-explanation =
    The unit ledger shows { $ledger_tasks } recent { $duration } s { $mode } tasks of { $model } charged
    { $ledger_units_per_video } units each on average, { $ledger_extra_units } more than the price table
    gives for the setup you stated. Their rows show voice_control: a specified voice costs more than
    native audio alone. Count { $ledger_units_per_video } units per video when you work out what your units cover.
finding-cost-higher-than-expected-video-input-title = Your tasks cost { $ledger_units_per_video } units each, not { $video_cost }: they take a reference video
finding-cost-higher-than-expected-video-input-explanation =
    The unit ledger shows { $ledger_tasks } recent { $duration } s { $mode } tasks of { $model } charged
    { $ledger_units_per_video } units each on average, { $ledger_extra_units } more than the price table
    gives for the setup you stated. Their rows show refer_video_input: a task with a video input is priced
    higher. Count { $ledger_units_per_video } units per video when you work out what your units cover.
finding-cost-higher-than-expected-4k-title = Your tasks cost { $ledger_units_per_video } units each, not { $video_cost }: they run at 4K
finding-cost-higher-than-expected-4k-explanation =
    The unit ledger shows { $ledger_tasks } recent { $duration } s tasks of { $model } charged
    { $ledger_units_per_video } units each on average, { $ledger_extra_units } more than { $mode } costs.
    Their rows say resolution 4k, which costs 3 units a second. Count { $ledger_units_per_video } units per
    video when you work out what your units cover.
fix-ledger-use-real-cost = Plan with what the ledger shows: run `kling-doctor cost --model { $model } --mode { $mode } --duration { $duration } --units-left …` with the options your requests really send, or `kling-doctor usage` for every setup.
fix-ledger-check-request = Compare a request body with the setup you meant: mode, duration, sound, voice and video inputs all change the price.
fix-ledger-sound-off = If you do not need the generated sound, send sound: off (legacy) or settings.audio: off (new API).
fix-ledger-voice-off = Leave out the voice settings when a generic native audio track is enough.
fix-ledger-video-input = Leave out the reference video when the prompt or an image is enough.
fix-ledger-mode = Send mode std or pro (resolution 720p or 1080p) unless you need 4K.
wizard-help-ledger-tasks = Read from the unit ledger by --probe: recent tasks of the model, mode and length you gave.
wizard-help-ledger-units-per-video = Read from the unit ledger by --probe, or see `kling-doctor usage` (column units/task).
wizard-help-ledger-extra-units = Worked out by --probe: what the ledger charged minus the price table's figure.
wizard-help-ledger-cost-reason = Read from the ledger rows by --probe (video_sound, voice_control, refer_video_input, resolution).
