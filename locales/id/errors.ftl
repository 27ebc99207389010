# Error yang menghentikan proses (exit code 2).

error-set-syntax = `--set { $arg }` harus berbentuk KEY=VALUE, misalnya --set units_left=12
error-unknown-fact = fakta `{ $key }` tidak dikenal (lihat kling-doctor diagnose --list-facts)
error-did-you-mean = ; mungkin maksud Anda `{ $suggestion }`?
error-value-not-integer = `{ $key }` harus bilangan bulat, bukan `{ $value }`
error-value-not-number = `{ $key }` harus berupa angka, bukan `{ $value }`
error-value-below-min = `{ $key }` harus minimal { $min }, bukan `{ $value }`
error-value-not-date = `{ $key }` harus berupa tanggal seperti 2026-12-31 atau 2026-12-31T23:59:00Z, bukan `{ $value }`
error-value-not-one-of = `{ $key }` harus salah satu dari { $values }, bukan `{ $value }`
error-value-unknown-model = model `{ $value }` untuk `{ $key }` tidak dikenal
error-value-empty = `{ $key }` harus diisi
error-answers-file = file jawaban { $path } tidak bisa dipakai: { $detail }
error-rules-invalid = ada { $count } masalah pada aturan
error-unknown-code = `{ $input }` bukan kode error resmi Kling (lihat kling-doctor explain --list)
error-output = output tidak bisa ditulis: { $detail }
error-format-unsupported = `kling-doctor { $command }` tidak punya output { $format }: pakai --format { $supported }

## Kesalahan sintaks baris perintah (jenis dari clap, dengan kata-kata kita sendiri).
usage-invalid-value = `{ $value }` bukan nilai yang valid untuk { $arg } (nilai yang bisa dipakai: { $valid })
usage-invalid-value-unlisted = `{ $value }` bukan nilai yang valid untuk { $arg } (lihat --help)
usage-unknown-argument = opsi `{ $arg }` tidak dikenal
usage-invalid-subcommand = perintah `{ $subcommand }` tidak dikenal
usage-missing-argument = argumen wajib belum diisi: { $arg }
usage-argument-conflict = { $arg } tidak bisa dipakai di sini bersama opsi atau perintah lain
usage-other = baris perintah tidak valid
usage-see-help = Lihat kling-doctor --help.
error-options-before-command = opsi diagnosis (--error, --set, --answers, --non-interactive, --list-facts) ditulis setelah `diagnose` atau tanpa perintah, bukan sebelum perintah lain
