# Wizard terpandu (`kling-doctor` di terminal): pertanyaan, baris bantuan, dan petunjuk penutup.

wizard-intro = kling-doctor hanya menanyakan hal yang diperlukan untuk menemukan penyebabnya. Tekan Esc atau Ctrl-C untuk berhenti kapan saja.
wizard-cancelled = Dibatalkan. Tidak ada yang ditulis.
wizard-prompt-failed = tidak bisa mengajukan pertanyaan di terminal ini ({ $detail }); jalankan lagi dengan --non-interactive

## Langkah 1: jawaban Kling.
wizard-error-question = Apa jawaban Kling?
wizard-error-help = Pilih error Anda, atau tempel persis seperti yang Anda terima.
wizard-error-paste = Tempel error-nya (pesan, kode, body JSON, atau output curl -i)
wizard-error-checkup = Tidak ada error: cukup periksa pengaturan saya
wizard-error-code = { $code } · { $message }
wizard-paste-question = Tempel jawaban Kling, lalu tekan Enter:
wizard-paste-help = Pesan, kode seperti 1102, body JSON, atau seluruh output curl -i. Boleh lebih dari satu baris.
wizard-paste-empty = Tempel error-nya dulu, atau tekan Esc untuk berhenti.
wizard-read-code = Terbaca: error Kling { $code } — { $meaning }
wizard-read-request-id = request_id { $id }
wizard-read-no-code = Tidak ada kode error resmi Kling di dalamnya; kling-doctor memeriksanya sebagai error yang tidak dikenal.

## Menawarkan untuk bertanya ke API, bukan ke pengguna.
wizard-probe-offer = Kunci API ditemukan. Periksa paket dan tugas yang sedang berjalan secara otomatis?
wizard-probe-help = Hanya membaca akun Anda (paket resource dan tugas); tidak ada yang dibeli atau dijalankan.
wizard-yes = Ya
wizard-no = Tidak
wizard-yes-no = Y/t
wizard-yes-words = y, ya, yes
wizard-no-words = t, tidak, n, no
wizard-yes-no-invalid = Ketik y untuk ya atau t untuk tidak.

## Pertanyaan.
wizard-dont-know = Saya tidak tahu
wizard-keys-select = ↑↓ untuk pindah, Enter untuk memilih, ketik untuk menyaring
wizard-keys-text = Enter untuk mengonfirmasi; kosongkan jika Anda tidak tahu
wizard-example-integer = mis. 5
wizard-example-number = mis. 12,5
wizard-example-date = mis. 2026-12-31
wizard-invalid-integer = Ketik bilangan bulat, misalnya 5.
wizard-invalid-number = Ketik angka, misalnya 12,5.
wizard-invalid-below-min = Nilai terkecil yang mungkin adalah { $min }.
wizard-invalid-date = Ketik tanggal seperti 2026-12-31, atau waktu seperti 2026-12-31T23:59:00Z.
wizard-invalid-value = Jawaban ini tidak cocok di sini; kosongkan jika Anda tidak tahu.

## Tempat menemukan tiap fakta (tampil di bawah pertanyaannya dan untuk setiap "Saya tidak tahu").
wizard-help-error = Teks error dari log program Anda atau dari body respons.
wizard-help-error-code = Field "code" di body respons, misalnya 1102.
wizard-help-request-id = Field "request_id" di body respons.
wizard-help-http-status = Baris status respons, misalnya HTTP/2 429.
wizard-help-provider = Host yang dipanggil program Anda: api-singapore.klingai.com berarti langsung ke Kling.
wizard-help-model = Field "model_name" di body permintaan Anda.
wizard-help-mode = Field "mode" di body permintaan Anda: std berarti 720p, pro berarti 1080p.
wizard-help-duration = Field "duration" di body permintaan Anda, dalam detik (biasanya 5 atau 10).
wizard-help-count = Berapa video yang ingin Anda buat dengan unit yang Anda punya.
wizard-help-audio = Apakah permintaan Anda mengaktifkan suara native.
wizard-help-package-status = Konsol developer (app.klingai.com/global/dev) → Resource packs: status paket video Anda; --probe bisa membacanya untuk Anda.
wizard-help-package-expires = Konsol developer → Resource packs: waktu kedaluwarsa paket; --probe bisa membacanya untuk Anda.
wizard-help-units-left = Konsol developer → Resource packs: sisa unit di paket video Anda (bisa terlambat hingga 12 jam); --probe bisa membacanya untuk Anda.
wizard-help-running-tasks = Hitung tugas video Anda yang berstatus submitted atau processing; semua kunci API di akun berbagi batas yang sama. --probe bisa menghitungnya untuk Anda.
wizard-help-concurrency-limit = Tertera pada paket yang Anda beli (misalnya "5 concurrent"); jika ada beberapa paket aktif, yang tertinggi yang berlaku.
wizard-help-credits-from = Unit API dibeli di konsol developer; kredit yang dibeli di aplikasi klingai.com tidak berlaku untuk API.
wizard-help-key-matches-account = Masuk ke konsol developer dengan akun yang membeli paket, lalu cari kunci Anda di bagian API keys.
wizard-help-purchased-hours-ago = Konsol developer → Resource packs: waktu pembelian. Perkiraan kasar sudah cukup.
wizard-help-clock-skew-s = Bandingkan jam komputer Anda dengan sumber waktu internet; --probe bisa mengukurnya untuk Anda.
wizard-help-api-reachable = Apakah ada panggilan ke API Kling yang mendapat jawaban sama sekali; --probe bisa mencobanya untuk Anda.

## Setelah diagnosis.
wizard-find-out-heading = Cara mengetahui hal yang belum Anda ketahui:
wizard-rerun-heading = Untuk menjalankan ini lagi tanpa pertanyaan, atau untuk membagikannya:
