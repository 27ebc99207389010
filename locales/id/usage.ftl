# `kling-doctor usage` dan buku besar unit dalam diagnosis (issue #14).

probe-what-kling-ledger = buku besar unit Anda (POST /account/billing/package)
probe-detail-ledger = { $rows } tugas yang ditagih di { $pages } halaman

usage-spinner = Membaca buku besar unit…
usage-heading = Ke mana unit Anda terpakai
usage-title = Unit yang terpakai dalam { $days } hari terakhir ({ $product }): { $tasks } tugas, { $units } unit, { $per_day } unit per hari.
usage-none = Tidak ada tugas { $product } yang memakai unit dalam { $days } hari terakhir.
usage-col-model = model
usage-col-mode = mode
usage-col-length = durasi
usage-col-audio = audio
usage-col-tasks = tugas
usage-col-per-task = unit/tugas
usage-col-units = unit
usage-audio-native = native
usage-audio-off = mati
usage-total = total
usage-by-key = Per API key:
usage-key-line = { $name }: { $tasks } tugas, { $units } unit
usage-key-unnamed = (tanpa nama key)
usage-left = Sisa unit { $product } yang bisa dipakai: { $units }.
usage-outlook-runs-out = Dengan laju ini unit Anda habis dalam sekitar { $days } hari, sebelum paket kedaluwarsa pada { $date }.
usage-outlook-runs-out-no-expiry = Dengan laju ini unit Anda habis dalam sekitar { $days } hari.
usage-outlook-expires = Dengan laju ini sekitar { $units } unit akan kedaluwarsa tanpa terpakai pada { $date }.
usage-outlook-nothing-used = Tidak ada unit yang terpakai dalam rentang ini, jadi belum ada laju untuk diperkirakan.
usage-outlook-no-units = Tidak ada lagi unit { $product } yang bisa dipakai.
usage-packs-unknown = Sisa unit tidak diketahui: paket tidak bisa dibaca (lihat pemeriksaan langsung di bawah).
usage-ledger-unknown = Buku besar unit tidak bisa dibaca, jadi tidak ada yang bisa diringkas (lihat pemeriksaan langsung di bawah).
usage-days-expected = jumlah hari bulat dari 1 sampai 366

error-no-kling-credentials = Perintah ini membaca akun Kling Anda: isi KLING_API_KEY (atau KLING_ACCESS_KEY dan KLING_SECRET_KEY) di environment atau di file .env.
error-bad-option = `{ $value }` tidak valid untuk { $option }: seharusnya { $expected }.

check-ledger-cost = Tagihan buku besar untuk setelan Anda
question-ledger-tasks = Berapa tugas terbaru dengan setelan ini yang ada di buku besar unit?
question-ledger-units-per-video = Menurut buku besar, berapa unit biaya tiap tugas dengan setelan ini?
question-ledger-extra-units = Berapa unit lebih mahal dari tabel harga biaya tiap tugas?
question-ledger-cost-reason = Apa yang terlihat di baris buku besar tetapi tidak disebut dalam setelan?
value-ledger-cost-reason-native_audio = audio native
value-ledger-cost-reason-voice_control = kontrol suara
value-ledger-cost-reason-video_input = video referensi
value-ledger-cost-reason-4k = resolusi 4K
value-ledger-cost-reason-other = tidak ada yang disebut buku besar

finding-cost-higher-than-expected-title = Tiap tugas Anda memakai { $ledger_units_per_video } unit, bukan { $video_cost }
finding-cost-higher-than-expected-explanation =
    Buku besar unit menunjukkan { $ledger_tasks } tugas { $model } { $mode } { $duration } detik terbaru
    ditagih rata-rata { $ledger_units_per_video } unit, { $ledger_extra_units } lebih banyak dari tabel harga
    untuk setelan itu. Barisnya tidak menyebut alasannya. Hitung { $ledger_units_per_video } unit per video
    saat Anda memperkirakan berapa video yang masih cukup.
finding-cost-higher-than-expected-native-audio-title = Tiap tugas Anda memakai { $ledger_units_per_video } unit, bukan { $video_cost }: tugasnya memakai audio native
finding-cost-higher-than-expected-native-audio-explanation =
    Buku besar unit menunjukkan { $ledger_tasks } tugas { $model } { $mode } { $duration } detik terbaru
    ditagih rata-rata { $ledger_units_per_video } unit, { $ledger_extra_units } lebih banyak dari harga tanpa
    audio. Barisnya berisi video_sound: native: permintaan Anda meminta audio native (sound: on), yang
    harganya lebih tinggi. Hitung { $ledger_units_per_video } unit per video saat Anda memperkirakan berapa video yang masih cukup.
finding-cost-higher-than-expected-voice-control-title = Tiap tugas Anda memakai { $ledger_units_per_video } unit, bukan { $video_cost }: tugasnya memakai kontrol suara
finding-cost-higher-than-expected-voice-control-explanation =
    Buku besar unit menunjukkan { $ledger_tasks } tugas { $model } { $mode } { $duration } detik terbaru
    ditagih rata-rata { $ledger_units_per_video } unit, { $ledger_extra_units } lebih banyak dari tabel harga
    untuk setelan yang Anda sebut. Barisnya berisi voice_control: suara yang ditentukan lebih mahal daripada
    audio native saja. Hitung { $ledger_units_per_video } unit per video saat Anda memperkirakan berapa video yang masih cukup.
finding-cost-higher-than-expected-video-input-title = Tiap tugas Anda memakai { $ledger_units_per_video } unit, bukan { $video_cost }: tugasnya memakai video referensi
finding-cost-higher-than-expected-video-input-explanation =
    Buku besar unit menunjukkan { $ledger_tasks } tugas { $model } { $mode } { $duration } detik terbaru
    ditagih rata-rata { $ledger_units_per_video } unit, { $ledger_extra_units } lebih banyak dari tabel harga
    untuk setelan yang Anda sebut. Barisnya berisi refer_video_input: tugas dengan input video harganya
    lebih tinggi. Hitung { $ledger_units_per_video } unit per video saat Anda memperkirakan berapa video yang masih cukup.
finding-cost-higher-than-expected-4k-title = Tiap tugas Anda memakai { $ledger_units_per_video } unit, bukan { $video_cost }: tugasnya berjalan di 4K
finding-cost-higher-than-expected-4k-explanation =
    Buku besar unit menunjukkan { $ledger_tasks } tugas { $model } { $duration } detik terbaru ditagih
    rata-rata { $ledger_units_per_video } unit, { $ledger_extra_units } lebih banyak dari harga { $mode }.
    Barisnya berisi resolusi 4k, yang harganya 3 unit per detik. Hitung { $ledger_units_per_video } unit per
    video saat Anda memperkirakan berapa video yang masih cukup.
fix-ledger-use-real-cost = Rencanakan dengan angka dari buku besar: jalankan `kling-doctor cost --model { $model } --mode { $mode } --duration { $duration } --units-left …` dengan opsi yang benar-benar dikirim permintaan Anda, atau `kling-doctor usage` untuk semua setelan.
fix-ledger-check-request = Bandingkan isi permintaan dengan setelan yang Anda maksud: mode, durasi, suara, voice, dan input video semuanya mengubah harga.
fix-ledger-sound-off = Jika Anda tidak butuh suara yang dihasilkan, kirim sound: off (API lama) atau settings.audio: off (API baru).
fix-ledger-voice-off = Hapus pengaturan voice jika audio native biasa sudah cukup.
fix-ledger-video-input = Hapus video referensi jika prompt atau gambar sudah cukup.
fix-ledger-mode = Kirim mode std atau pro (resolusi 720p atau 1080p) kecuali Anda memang butuh 4K.
wizard-help-ledger-tasks = Dibaca dari buku besar unit oleh --probe: tugas terbaru dengan model, mode, dan durasi yang Anda sebut.
wizard-help-ledger-units-per-video = Dibaca dari buku besar unit oleh --probe, atau lihat `kling-doctor usage` (kolom unit/tugas).
wizard-help-ledger-extra-units = Dihitung oleh --probe: tagihan buku besar dikurangi angka tabel harga.
wizard-help-ledger-cost-reason = Dibaca dari baris buku besar oleh --probe (video_sound, voice_control, refer_video_input, resolution).
