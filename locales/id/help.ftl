# --help, bantuan subperintah, completion dan halaman manual (src/help.rs menyusun kuncinya
# dari jalur perintah dan id argumen).

help-heading-usage = Penggunaan:
help-heading-options = Opsi
help-heading-arguments = Argumen
help-heading-commands = Perintah

help-about = Mendiagnosis error API Kling AI (1102, 1303, 1004, …) dan memberi tahu apa yang perlu diperbaiki
help-about-diagnose = Jalankan pohon keputusan atas fakta yang diketahui dan cetak diagnosisnya
help-about-explain = Jelaskan satu kode error Kling (mis. 1102) atau isi error yang ditempel
help-about-cost = Unit dan USD untuk satu video dan untuk N video, serta berapa video yang tercakup oleh unit Anda
help-about-probe = Hanya pemeriksaan API: cetak fakta yang diperoleh (paket, unit, tugas berjalan, selisih jam, keterjangkauan). Kredensial dan host seperti pada `diagnose --probe`
help-about-usage = Ke mana unit Anda terpakai: buku besar unit per model dan pengaturan, per hari, per kunci API, dan berapa lama sisanya cukup. Kredensial dan host seperti pada `diagnose --probe`
help-about-watch = Tunggu slot konkurensi kosong (setelah 1303) atau sampai unit paket baru muncul
help-about-watch-slots = Tunggu sampai tugas yang berjalan (submitted + processing) di bawah batas: --limit, atau batas dari nama paket, atau di bawah jumlah saat mulai
help-about-watch-balance = Tunggu sampai paket menampilkan unit yang bisa dipakai (lebih dari --min-units), misalnya setelah membeli paket
help-about-rules = Bekerja dengan direktori aturan
help-about-rules-check = Validasi direktori aturan; error menyebut file:baris:kolom
help-about-rules-test = Jalankan skenario di rules/tests/*.yaml dan tunjukkan perbedaannya
help-about-rules-graph = Cetak pohon keputusan sebagai graf
help-about-completions = Cetak skrip completion untuk shell (mis. `kling-doctor completions bash`)
help-about-man = Cetak halaman manual (roff), mis. `kling-doctor man > kling-doctor.1`
help-about-help = Cetak pesan ini atau bantuan subperintah yang disebut

help-arg-help = Cetak bantuan
help-arg-version = Cetak versi
help-arg-subcommand = Subperintah yang bantuannya dicetak
help-arg-lang = Bahasa output [bawaan: KLING_DOCTOR_LANG, LC_ALL, LC_MESSAGES, LANG, lalu locale sistem]
help-arg-color = Kapan output diberi warna (jika NO_COLOR diisi: tidak pernah, kecuali `always`)
help-arg-rules = Pakai aturan di DIR, bukan aturan bawaan (hasil olahannya disimpan di cache agar pemanggilan berikutnya lebih cepat; KLING_DOCTOR_NO_CACHE mematikannya)
help-arg-format = Format output
help-arg-verbose = Tampilkan juga lokasi aturan, sumber dan jejak keputusan
help-arg-error = Error yang dikembalikan Kling: pesan, kode, isi JSON atau hasil `curl -i`
help-arg-set = Isi satu fakta, mis. `--set package_status=expired` (bisa diulang; lihat --list-facts)
help-arg-answers = File YAML atau JSON berisi fakta (kunci dan nilai sama seperti --set)
help-arg-non-interactive = Jangan pernah bertanya; fakta yang tidak diketahui tetap kosong dan pemeriksaannya dilaporkan belum dicek
help-arg-list-facts = Tampilkan daftar kunci fakta dan nilai yang diterima, lalu keluar
help-arg-probe = Tanyakan juga ke API: paket, unit, tugas berjalan, selisih jam, saldo reseller. Membaca KLING_API_KEY (atau KLING_ACCESS_KEY + KLING_SECRET_KEY), USEAPI_TOKEN (+ USEAPI_EMAIL), COMETAPI_KEY. KLING_API_BASE memilih host: https://api-singapore.klingai.com (bawaan), https://api-beijing.klingai.com (server di Tiongkok), https://api.klingai.com (lama)
help-arg-report = Tulis juga laporan dukungan ke FILE (`.json` → JSON, selain itu → Markdown), rahasia disamarkan
help-arg-force = Timpa file --report jika sudah ada
help-arg-timeout = Batas waktu per permintaan pemeriksaan, dalam detik, 1 sampai 600
help-arg-explain-code = Kode seperti 1102, atau pesan atau isi JSON yang ditempel
help-arg-explain-list = Tampilkan semua kode yang dikenal
help-arg-cost-model = model_name, atau alias yang mudah seperti `v2.6` atau `2.5 turbo`
help-arg-cost-mode = std (720p), pro (1080p) atau 4k
help-arg-cost-duration = Detik per video
help-arg-cost-count = Berapa video yang Anda rencanakan
help-arg-cost-units-left = Sisa unit di paket Anda: berapa video yang tercakup
help-arg-cost-audio = Hitung harga video dengan audio bawaan
help-arg-request = Body JSON dari permintaan yang gagal, atau perintah curl-nya: model, mode, durasi … dibaca dari situ
help-arg-cost-voice = Hitung harga video dengan kontrol suara (suara yang ditentukan; berarti juga audio bawaan)
help-arg-cost-product = video, image (--count gambar) atau try-on
help-arg-usage-days = Berapa hari buku besar yang dibaca, sampai sekarang
help-arg-usage-product = Jenis paket: video, image atau try-on
help-arg-limit = Batas konkurensi paket Anda [bawaan: dibaca dari nama paket]
help-arg-min-units = Tunggu sampai lebih dari U unit bisa dipakai
help-arg-max-wait = Menyerah setelah SECS detik (exit 1)
help-arg-dir = Direktori aturan [bawaan: aturan bawaan, atau --rules]
help-arg-rules-graph-format = Format graf
help-arg-completions-shell = Shell yang dibuatkan completion-nya

# Setelah bantuan sebuah opsi: nilai bawaannya dan nilai yang diterima.
help-default = [bawaan: { $value }]
help-possible-values = [nilai yang bisa dipakai: { $values }]
