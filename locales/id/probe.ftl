# Pemeriksaan langsung (--probe dan `kling-doctor probe`): apa yang dicek tiap permintaan, kenapa
# gagal, apa yang terbaca, serta fakta, pemeriksaan, dan temuan yang hanya diisi oleh probe.

probe-title = Pemeriksaan langsung kling-doctor
probe-heading =
    Pemeriksaan langsung: { $count } permintaan dalam { $seconds } detik{ $failed ->
        [0] {""}
       *[other] , { $failed } gagal
    }
probe-spinner = Menghubungi API…
probe-no-credentials = Tidak ada yang bisa diperiksa: isi KLING_API_KEY (atau KLING_ACCESS_KEY dan KLING_SECRET_KEY) untuk Kling, USEAPI_TOKEN (dan USEAPI_EMAIL) untuk useapi.net, atau COMETAPI_KEY untuk CometAPI, di environment atau di file .env.
error-probe-no-credentials = { probe-no-credentials }
probe-could-not = tidak bisa memeriksa { $what } karena { $why }
probe-facts-heading = Fakta yang didapat
probe-facts-none = Tidak ada: tidak satu pun permintaan memberi jawaban yang bisa dipakai.
probe-markdown-request = Permintaan
probe-summary = { $ok } dari { $count } permintaan terjawab (exit { $exit }).

probe-what-kling-account-costs = paket resource Kling Anda (GET /account/costs)
probe-what-kling-tasks = tugas { $endpoint } Anda yang sedang berjalan (GET /v1/videos/{ $endpoint })
probe-what-useapi-account = saldo useapi.net Anda (GET /v1/kling/accounts/…)
probe-what-useapi-scheduler = slot job useapi.net Anda (GET /v1/kling/scheduler/available)
probe-what-cometapi-quota = saldo CometAPI Anda (GET /user/quota)

probe-why-refused = tidak ada yang menjawab di { $host } (koneksi ditolak)
probe-why-dns = nama host { $host } tidak dapat di-resolve (DNS)
probe-why-connect = koneksi ke { $host } tidak dapat dibuat
probe-why-timeout = tidak ada jawaban dalam { $secs } detik
probe-why-dropped = koneksi terputus sebelum ada jawaban
probe-why-truncated = jawabannya terpotong sebelum selesai
probe-why-http = server menjawab HTTP { $status }
probe-why-http-message = server menjawab HTTP { $status }: { $message }
probe-why-html = server mengirim halaman HTML (HTTP { $status }), bukan JSON
probe-why-malformed = jawabannya bukan JSON yang biasa dikirim endpoint ini
probe-why-auth = Kling menolak kredensial Anda ({ $code }: { $message })
probe-why-api = Kling menjawab { $code }: { $message }
probe-why-bad-url = base URL-nya bukan URL http(s)
probe-why-setup = klien HTTP tidak dapat disiapkan

probe-kind-video = video
probe-kind-image = gambar
probe-kind-try-on = try-on
probe-kind-unknown = jenis tak dikenal
probe-detail-no-packs = Tidak ada paket resource dalam 365 hari terakhir.
probe-detail-pack = { $name }: paket video, { $status }, sisa { $remaining } dari { $total } unit, berlaku sampai { $until }
probe-detail-pack-other-kind = { $name }: paket { $kind }, { $status }, sisa { $remaining } dari { $total } unit, berlaku sampai { $until } (tidak dijumlahkan dengan unit video)
probe-detail-tasks = { $running } sedang berjalan (submitted atau processing) dari { $seen } tugas di { $pages } halaman
probe-detail-oldest = Tugas berjalan paling lama, yang memegang slot paling lama: { $ids }
probe-detail-incomplete = Paging berhenti di nomor halaman terakhir yang diizinkan API; mungkin masih ada tugas lain.
probe-detail-useapi-balance = Saldo useapi.net: { $balance } poin (angka dari useapi.net, bukan paket resource Kling)
probe-detail-useapi-slots = Slot job useapi.net yang terpakai: { $executing } dari { $max }
probe-detail-cometapi-balance = Saldo CometAPI: ${ $balance } (uang di CometAPI, bukan unit Kling)
probe-detail-clock = Jam: jam Anda dikurangi header Date dari Kling = { $skew } detik

check-reseller-balance = Saldo reseller
check-reseller-slots = Slot job reseller
check-probes = Pemeriksaan langsung

finding-provider-slots-full-title = Semua slot job useapi.net sedang terpakai ({ $useapi_jobs_running } dari { $useapi_jobs_max })
finding-provider-slots-full-explanation =
    useapi.net menjalankan paling banyak maxJobs tugas sekaligus untuk tiap akun Kling yang terhubung;
    tugas baru menunggu atau ditolak sampai ada yang selesai. Ini slot milik useapi.net, bukan
    konkurensi paket Kling.
fix-raise-useapi-maxjobs = Naikkan maxJobs akun tersebut di useapi.net (POST /v1/kling/accounts), sesuai yang diizinkan paket Kling Anda.

question-package-name = Apa nama paket resource video Anda, seperti yang tampil di konsol?
question-concurrency-limit-from = Dari mana asal batas konkurensi yang Anda berikan?
question-probes-failed = Berapa pemeriksaan API langsung yang gagal?
question-useapi-balance = Berapa poin yang ditampilkan useapi.net untuk akun Kling Anda yang terhubung (balance.total)?
question-useapi-jobs-running = Berapa job useapi.net yang sedang berjalan untuk akun Anda?
question-useapi-jobs-max = Berapa job sekaligus (maxJobs) yang diizinkan akun useapi.net Anda?
question-cometapi-balance-usd = Berapa dolar AS yang tersisa di akun CometAPI Anda?

value-concurrency-limit-from-pack_name = Dibaca dari nama paket (misalnya 5Con)
value-concurrency-limit-from-console = Tertera di konsol developer atau dikonfirmasi oleh Kling
