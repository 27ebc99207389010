# Temuan (rules/findings.yaml): judul, penjelasan, dan perbaikan yang dicantumkan tiap temuan.
# Variabel berupa fakta ({ $units_left }) dan fakta hasil hitungan ({ $video_cost }).

finding-package-none-title = Belum ada paket resource API yang dibeli
finding-package-none-explanation =
    API Kling hanya berjalan dengan paket resource prabayar (kecuali pascabayar). Tanpa paket,
    setiap panggilan generate ditolak dengan 1102 "Account balance not enough".

finding-package-not-active-title = Paket resource Anda belum aktif (toBeOnline)
finding-package-not-active-explanation =
    Konsol menampilkan paket sebagai toBeOnline: paket sudah dibeli, tetapi waktu berlakunya belum tiba.
    Selama belum online, panggilan dijawab dengan 1102 seolah-olah Anda tidak punya paket.

finding-package-expired-title = Paket resource Anda sudah kedaluwarsa
finding-package-expired-explanation =
    Setiap paket punya tanggal aktif dan tanggal kedaluwarsa. Setelah kedaluwarsa, Kling menganggap akun
    tidak punya unit dan menjawab 1102 "Account balance not enough", meskipun unitnya masih tersisa.

finding-package-expiring-soon-title = Paket resource Anda kedaluwarsa dalam { $days_until_expiry } hari
finding-package-expiring-soon-explanation =
    Paket kedaluwarsa pada { $package_expires }. Unit yang belum terpakai saat itu hangus dan tidak dialihkan.

finding-units-exhausted-title = Paket resource Anda sudah habis (runOut)
finding-units-exhausted-explanation =
    Tidak ada unit tersisa di paket, jadi Kling menolak tugas baru dengan 1102 sampai Anda membeli unit.

finding-units-insufficient-title = Satu video { $model } butuh { $video_cost } unit; sisa Anda hanya { $units_left }
finding-units-insufficient-explanation =
    Video { $model } { $duration } detik { $video_mode ->
        [none] {""}
       *[other] mode { $video_mode }
    } berbiaya { $video_cost } unit (sekitar ${ $video_cost_usd }), jadi Anda kekurangan { $units_short }
    unit. { price-provenance } Jumlah unit per video mengikuti tabel harga, bukan 10–200 unit per video
    seperti perkiraan sebagian panduan. Tugas yang gagal tidak ditagih.

finding-units-insufficient-batch-title = Unit Anda cukup untuk { $videos_covered } dari { $count } video yang direncanakan
finding-units-insufficient-batch-explanation =
    { $count } video berbiaya { $batch_cost } unit ({ $video_cost } per video); sisa unit Anda { $units_left }.
    { price-provenance } Video-video terakhir dalam batch akan gagal dengan 1102.

finding-balance-not-enough-title = Kling menyatakan paket resource Anda habis atau kedaluwarsa (1102)
finding-balance-not-enough-explanation =
    Arti resmi: { $error_meaning }
    Kling baru menjawab 1102 dengan HTTP 429 setelah memeriksa kunci Anda, jadi autentikasi berhasil. Status
    paket di konsol menunjukkan kasusnya: expired (lewat tanggal), runOut (unit habis), atau
    toBeOnline (belum aktif). Tugas yang gagal tidak pernah ditagih.

finding-model-cost-high-title = { $cheaper_model } membuat video yang sama { $model_saving } unit lebih murah
finding-model-cost-high-explanation =
    Video { $model } { $duration } detik { $video_mode ->
        [none] {""}
       *[other] mode { $video_mode }
    } berbiaya { $video_cost } unit. { price-provenance } Video yang sama dengan { $cheaper_model } hanya
    { $cheaper_cost } unit sesuai harga resmi Kling. Berbeda dengan klaim sebagian panduan, V2.5 Turbo dan
    V2.6 termasuk model termurah, bukan termahal.

finding-concurrency-limit-title = Semua slot konkurensi paket Anda sedang terpakai (1303)
finding-concurrency-limit-explanation =
    Sebuah tugas memakai satu slot sejak dikirim sampai selesai, termasuk tugas yang gagal, dan semua
    kunci API Anda berbagi slot yang sama. Batasnya adalah nilai tertinggi di antara paket aktif Anda
    yang sejenis, bukan jumlahnya: paket 5 slot dan paket 10 slot memberi 10 slot.

finding-concurrency-limit-counted-title = Semua { $concurrency_limit } slot konkurensi paket Anda sedang terpakai
finding-concurrency-limit-counted-explanation =
    Saat ini ada { $running_tasks } tugas berstatus submitted atau processing, dan batas Anda
    { $concurrency_limit }. Sebuah tugas memakai satu slot sejak dikirim sampai selesai, termasuk tugas yang
    gagal, dan semua kunci API Anda berbagi slot yang sama. Batasnya adalah nilai tertinggi di antara
    paket aktif yang sejenis, bukan jumlahnya.

finding-concurrency-limit-from-pack-name-title = Semua { $concurrency_limit } slot konkurensi paket Anda sedang terpakai
finding-concurrency-limit-from-pack-name-explanation =
    Saat ini ada { $running_tasks } tugas berstatus submitted atau processing. Batas { $concurrency_limit }
    dibaca dari nama paket Anda "{ $package_name }"; Kling sendiri tidak melaporkan batas ini, jadi
    pastikan di konsol. Sebuah tugas memakai satu slot sejak dikirim sampai selesai, termasuk tugas yang
    gagal, dan semua kunci API Anda berbagi slot yang sama.

finding-rate-limit-title = Terlalu banyak permintaan: rate limit Kling tercapai (1302)
finding-rate-limit-explanation =
    { $error_meaning } Ini soal seberapa sering Anda memanggil API, bukan soal unit atau slot.

finding-web-credits-not-api-title = Kredit aplikasi klingai.com tidak bisa dipakai untuk panggilan API
finding-web-credits-not-api-explanation =
    Kredit dari langganan klingai.com hanya berlaku di aplikasi web dan mobile. API memakai paket
    resource terpisah yang dibeli di konsol developer; kredit aplikasi tidak pernah muncul di sana.

finding-wrong-account-or-key-title = Kunci API mungkin milik akun lain, bukan akun pemilik paket
finding-wrong-account-or-key-explanation =
    Unit dimiliki oleh akun yang membeli paket. Kunci dari akun lain (milik rekan tim, akun uji lama,
    atau environment berbeda) tidak melihat unit apa pun dan mendapat 1102.

finding-balance-delay-title = Paket dibeli { $purchased_hours_ago } jam lalu: saldo mungkin belum diperbarui
finding-balance-delay-explanation =
    Menurut dokumentasi Kling, statistik sisa unit diperbarui dengan jeda hingga { $balance_lag_hours } jam.
    Konsol dan /account/costs bisa menampilkan angka lama untuk paket yang baru dibeli.

finding-auth-failed-title = Kling menolak header Authorization
finding-auth-failed-explanation =
    { $error_meaning } Kling menerima kunci API ("Authorization: Bearer <API key>") atau JWT yang
    ditandatangani dengan access key dan secret key Anda ("Authorization: Bearer <JWT>").

finding-clock-skew-title = Jam komputer Anda tidak sinkron dengan jam Kling
finding-clock-skew-explanation =
    JWT membawa waktu nbf (not before) dan exp (kedaluwarsa). Jika jam komputer yang menandatanganinya
    meleset lebih dari beberapa detik, Kling menganggap token belum berlaku (1003) atau sudah kedaluwarsa (1004).

finding-clock-skew-measured-title = Jam Anda { $clock_skew_abs } detik lebih { $clock_direction ->
        [behind] lambat
       *[other] cepat
    } daripada jam Kling
finding-clock-skew-measured-explanation =
    Diukur dari header Date Kling: jam Anda { $clock_skew_abs } detik lebih { $clock_direction ->
        [behind] lambat daripada jam Kling (clock_skew_s = { $clock_skew_s }). Token yang ditandatangani oleh jam yang tertinggal mencapai waktu exp (kedaluwarsa) lebih awal menurut jam Kling, sehingga Kling menganggapnya sudah kedaluwarsa (1004).
       *[other] cepat daripada jam Kling (clock_skew_s = { $clock_skew_s }). Token yang ditandatangani oleh jam yang terlalu cepat membawa nbf (not before) yang masih di masa depan menurut jam Kling, sehingga Kling menganggapnya belum berlaku (1003).
    } JWT hanya diterima di antara waktu nbf dan exp-nya.

finding-token-expired-title = JWT sudah kedaluwarsa (1004)
finding-token-expired-explanation =
    { $error_meaning } Contoh kode resmi membuat token yang berlaku 30 menit (exp = now + 1800 s);
    token yang dipakai ulang setelah itu, atau ditandatangani oleh jam yang tertinggal, akan ditolak.

finding-no-model-access-title = Akun Anda mungkin tidak boleh memakai API atau model ini (1103)
finding-no-model-access-explanation =
    { $error_meaning }

finding-account-arrears-title = Akun menunggak pembayaran (1101)
finding-account-arrears-explanation =
    { $error_meaning } Ini padanan 1102 untuk akun pascabayar.

finding-account-abnormal-title = Kling melaporkan status akun tidak normal (1100)
finding-account-abnormal-explanation =
    { $error_meaning } Hanya tim support Kling yang bisa mengetahui masalah pada akun.

finding-invalid-params-title = Permintaan berisi parameter tidak valid ({ $error_code })
finding-invalid-params-explanation =
    { $error_meaning } Kling memeriksa parameter sebelum penagihan, jadi ini bukan masalah saldo.

finding-content-policy-title = Permintaan diblokir oleh kebijakan konten atau platform ({ $error_code })
finding-content-policy-explanation =
    { $error_meaning } Tugas yang diblokir tidak ditagih.

finding-ip-whitelist-title = Alamat IP Anda diblokir oleh kebijakan whitelist Kling (1304)
finding-ip-whitelist-explanation =
    { $error_meaning } Mencoba ulang tidak membantu; hanya layanan pelanggan yang bisa mengubahnya.

finding-server-error-title = Terjadi masalah di sisi server Kling ({ $error_code })
finding-server-error-explanation =
    { $error_meaning } Tidak ada yang salah dengan akun Anda. Panggilan create yang mendapat 5000
    atau 5002 mungkin tetap sudah membuat tugasnya.

finding-unknown-error-title = Error ini tidak ada di tabel kode resmi Kling
finding-unknown-error-explanation =
    kling-doctor tidak bisa mencocokkannya dengan kode resmi (1000–1304, 5000–5002). Mungkin error ini
    berasal dari reseller atau gateway, atau teksnya terpotong. Pemeriksaan di bawah tetap mencakup
    paket, unit, dan slot.

finding-provider-balance-title =
    { $provider ->
        [useapi] Saldo Anda ada di useapi.net, bukan di paket resource Kling
        [cometapi] Saldo Anda ada di CometAPI, bukan di paket resource Kling
        [piapi] Saldo Anda ada di PiAPI, bukan di paket resource Kling
        [kie] Saldo Anda ada di kie.ai, bukan di paket resource Kling
        [fal] Saldo Anda ada di fal.ai, bukan di paket resource Kling
        [replicate] Saldo Anda ada di Replicate, bukan di paket resource Kling
       *[other] Saldo di reseller bukan paket resource Kling
    }
finding-provider-balance-explanation =
    Lewat reseller, Anda memakai saldo reseller (poin, kuota, atau kredit); paket resource Kling dan
    konsolnya tidak berlaku untuk saldo itu. Pesan "balance not enough" bisa berarti saldo Anda di sana
    habis, atau saldo akun Kling milik reseller itu sendiri yang habis.

finding-provider-balance-useapi-title = Saldo useapi.net Anda { $useapi_balance } poin, bukan paket resource Kling
finding-provider-balance-useapi-explanation =
    Saldo useapi.net: { $useapi_balance } poin. Itu angka dari useapi.net untuk akun Kling yang Anda
    hubungkan di sana (balance.total), bukan paket resource API milik Anda; paket resource Kling dan
    konsolnya tidak berlaku untuk saldo itu.

finding-provider-balance-cometapi-title = Saldo CometAPI Anda ${ $cometapi_balance_usd }, bukan unit Kling
finding-provider-balance-cometapi-explanation =
    Saldo CometAPI: ${ $cometapi_balance_usd }. Itu uang di akun CometAPI Anda, bukan unit Kling; paket
    resource Kling dan konsolnya tidak berlaku untuk saldo itu. Satu kunci CometAPI juga bisa punya batas
    sendiri yang lebih rendah.

finding-provider-balance-both-title = Saldo Anda ada di useapi.net dan CometAPI, bukan di paket resource Kling
finding-provider-balance-both-explanation =
    Saldo useapi.net: { $useapi_balance } poin. Itu angka dari useapi.net untuk akun Kling yang Anda
    hubungkan di sana (balance.total), bukan paket resource API milik Anda.
    Saldo CometAPI: ${ $cometapi_balance_usd }. Itu uang di akun CometAPI Anda, bukan unit Kling; satu kunci CometAPI juga
    bisa punya batas sendiri yang lebih rendah.

finding-provider-unreachable-title = API tidak dapat dihubungi
finding-provider-unreachable-explanation =
    Tanpa jawaban dari API, pemeriksaan paket dan tugas tidak bisa memakai data langsung.

finding-provider-unreachable-probes-title = { $probes_failed } pemeriksaan langsung tidak dapat diselesaikan
finding-provider-unreachable-probes-explanation =
    Daftar pemeriksaan langsung di atas menyebutkan permintaan mana yang gagal dan alasannya; fakta yang
    seharusnya didapat tetap belum diketahui, dan bagian lain diagnosis tetap berlaku.

finding-no-problem-found-title = Tidak ada masalah yang ditemukan
finding-no-problem-found-explanation =
    Semua pemeriksaan yang bisa dijalankan tidak menemukan masalah. Pemeriksaan bertanda "belum dicek"
    membutuhkan lebih banyak fakta.

finding-no-problem-found-all-checked-title = Tidak ada masalah yang ditemukan
finding-no-problem-found-all-checked-explanation =
    Semua pemeriksaan yang berlaku untuk situasi Anda sudah dijalankan, dan tidak ada yang menemukan masalah.

## Perbaikan: masing-masing diawali dengan tindakan yang harus dilakukan.

fix-buy-video-pack = Beli paket resource video di konsol developer Kling (halaman Resource packs); harga satu unit video $0.14.
fix-check-console-packs = Buka konsol developer dan periksa status, sisa unit, dan tanggal kedaluwarsa setiap paket.
fix-expired-units-lost = Unit di paket yang sudah kedaluwarsa tidak bisa dipulihkan; rencanakan agar unit paket baru habis terpakai sebelum tanggal kedaluwarsanya.
fix-wait-effective-time = Tunggu sampai waktu berlaku paket tiba, lalu coba lagi; konsol menampilkan kapan paket mulai aktif.
fix-use-before-expiry = Pakai sisa unit sebelum { $package_expires }; jika tidak, unit itu akan hangus.
fix-cheaper-setup = { $cheaper_model ->
        [none] {""}
       *[other] Hemat biaya video: { $cheaper_model } membuat video yang sama hanya dengan { $cheaper_cost } unit.
    }
fix-shorter-clip = { $duration_saving ->
        [0] {""}
       *[other] Buat klip uji berdurasi 5 detik: hemat { $duration_saving } unit per klip.
    }
fix-batch-split = Buat { $videos_covered } video sekarang, dan sisanya setelah membeli unit tambahan.
fix-tell-1102-apart = Cek kasus mana yang Anda alami: kling-doctor diagnose --set package_status=online|toBeOnline|expired|runOut --set units_left=N
fix-run-probe = Beri kling-doctor lebih banyak fakta dengan --set KEY=VALUE (lihat kling-doctor diagnose --list-facts).
fix-test-cheap-model = Uji prompt dengan { $cheaper_model } ({ $cheaper_cost } unit per video), dan pakai { $model } untuk video final hanya jika Anda butuh tampilannya.
fix-wait-running-tasks = Tunggu sampai tugas yang sedang berjalan selesai (status submitted dan processing sama-sama memakai slot), lalu kirim lagi.
fix-limit-parallel = Batasi jumlah tugas yang dikirim kode Anda secara bersamaan agar di bawah batas paket.
fix-contact-raise-limit = Minta layanan pelanggan Kling menaikkan batas jika Anda butuh lebih banyak tugas sekaligus.
fix-slow-down = Beri jeda antarpermintaan dan coba ulang dengan exponential backoff.
fix-web-credits-stay-web = Pakai kredit aplikasi hanya di aplikasi klingai.com; panggilan API butuh paket dari konsol developer.
fix-check-key-account = Buat kunci API di konsol developer akun pemilik paket, lalu pakai kunci itu.
fix-check-env-key = Periksa kunci mana yang benar-benar dikirim program Anda (environment variable, file .env, secret deployment).
fix-check-task-deductions = Periksa unit yang terpotong per tugas (final_unit_deduction pada tugas yang selesai) sebelum membeli lagi.
fix-wait-balance-refresh = Jika paketnya baru, tunggu hingga { $balance_lag_hours } jam sampai saldo yang ditampilkan diperbarui.
fix-check-authorization = Kirim "Authorization: Bearer <key>" dengan satu spasi setelah Bearer, tanpa tanda kutip atau baris baru di dalam kunci.
fix-sync-clock = Sinkronkan jam komputer Anda (NTP), lalu tanda tangani token baru.
fix-jwt-nbf = Tanda tangani token dengan nbf = now − 5 s dan exp = now + 1800 s, seperti contoh kode resmi.
fix-renew-jwt = Tanda tangani JWT baru untuk setiap permintaan, atau sebelum yang lama kedaluwarsa.
fix-check-model-permission = Periksa di konsol apakah akun dan paket Anda boleh memakai model ini.
fix-check-model-name = Cocokkan model_name dengan daftar resmi (misalnya kling-v2-6, kling-v3).
fix-recharge-postpaid = Isi ulang saldo akun di konsol developer.
fix-contact-support-request-id = Hubungi layanan pelanggan Kling dan berikan request_id dari panggilan yang gagal.
fix-read-message-field = Baca field message pada respons: di situ tertulis parameter mana yang salah.
fix-change-content = Ubah prompt atau gambar input, lalu kirim tugasnya lagi.
fix-retry-later = Coba lagi beberapa menit lagi.
fix-recover-by-external-id = Sebelum mengirim ulang create yang mendapat 5000 atau 5002, cari dulu tugasnya berdasarkan external_task_id.
fix-paste-full-body = Jalankan lagi dengan seluruh body respons: kling-doctor --error '<JSON body>'.
fix-check-provider-dashboard =
    { $provider ->
        [useapi] Periksa saldo di dashboard useapi.net, dan hubungi support mereka jika saldonya terlihat masih cukup.
        [cometapi] Periksa saldo di dashboard CometAPI, dan hubungi support mereka jika saldonya terlihat masih cukup.
        [piapi] Periksa saldo di dashboard PiAPI, dan hubungi support mereka jika saldonya terlihat masih cukup.
        [kie] Periksa saldo di dashboard kie.ai, dan hubungi support mereka jika saldonya terlihat masih cukup.
        [fal] Periksa saldo di dashboard fal.ai, dan hubungi support mereka jika saldonya terlihat masih cukup.
        [replicate] Periksa saldo di dashboard Replicate, dan hubungi support mereka jika saldonya terlihat masih cukup.
       *[other] Periksa saldo di dashboard reseller Anda, dan hubungi support mereka jika saldonya terlihat masih cukup.
    }
fix-check-useapi-dashboard = Periksa saldo di dashboard useapi.net, dan tanyakan ke dukungan mereka jika saldonya tampak cukup.
fix-check-cometapi-dashboard = Periksa saldo dan batas kunci Anda di dashboard CometAPI, dan tanyakan ke dukungan mereka jika saldonya tampak cukup.
fix-check-network = Periksa koneksi jaringan dan base URL API Anda.
fix-rerun-with-probe = Tambahkan fakta dengan --set (kling-doctor diagnose --list-facts) untuk menjalankan pemeriksaan yang tersisa.
fix-rerun-with-error = Jika panggilan masih gagal, jalankan kling-doctor lagi dengan seluruh body responsnya: --error '<body JSON>'.
