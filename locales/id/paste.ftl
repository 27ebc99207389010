# Error reseller, gateway, dan SDK yang ditempel (rules/providers.yaml, checks/15-pasted-error.yaml).

check-pasted-error = Apa kata penyedia

paste-provider-name =
    { $provider ->
        [kling] Kling
        [useapi] useapi.net
        [cometapi] CometAPI
        [piapi] PiAPI
        [kie] kie.ai
        [fal] fal.ai
        [replicate] Replicate
        [aimlapi] AI/ML API
        [comfyui] ComfyUI (comfy.org)
        [gateway] gateway API (new-api / one-api)
       *[other] penyedia Anda
    }

question-api-host = Ke host mana permintaan yang gagal dikirim?
question-paste-finding = Temuan mana yang ditunjuk oleh error penyedia yang ditempel?
question-upstream-code = Kode Kling mana yang diteruskan penyedia dari akun Kling miliknya sendiri?
question-task-status-msg = Apa isi task_status_msg dari task yang gagal?
value-provider-aimlapi = AI/ML API
value-provider-comfyui = ComfyUI API nodes (comfy.org)
value-provider-gateway = Gateway bergaya new-api / one-api
report-origin-request = dibaca dari permintaan yang ditempel

rules-error-bad-pattern = pola ini tidak bisa dipakai: { $detail }
rules-error-bad-pattern-help = pola adalah regular expression Rust (https://docs.rs/regex), dicocokkan tanpa membedakan huruf besar-kecil
rules-error-paste-finding-unchecked = tidak ada pemeriksaan pada `paste_finding` yang mengubah `{ $value }` menjadi temuan itu
rules-error-paste-finding-unchecked-help = tambahkan case `if: {"{"} equals: "{ $value }" {"}"}` dengan temuan itu di rules/checks/15-pasted-error.yaml

explain-pasted-heading = Error dari { paste-provider-name }

finding-provider-balance-pasted-title = { paste-provider-name } menyatakan saldo Anda di sana sudah habis
finding-provider-balance-pasted-explanation =
    Error ini berasal dari { paste-provider-name }, bukan dari Kling: yang habis adalah saldo akun Anda
    di { paste-provider-name } (kredit, kuota, atau dolar). Paket resource Kling dan konsol developer
    Kling tidak berlaku untuknya, dan membeli paket Kling tidak akan menyelesaikannya.
finding-provider-balance-pasted-undocumented-title = { paste-provider-name } tampaknya menyatakan saldo Anda di sana sudah habis
finding-provider-balance-pasted-undocumented-explanation =
    Error ini tampaknya berasal dari { paste-provider-name }. Kata-kata persisnya untuk saldo habis tidak
    terdokumentasi, jadi pembacaan ini dugaan dari status dan bentuknya. Jika memang saldo, itu saldo Anda
    di { paste-provider-name }, bukan paket resource Kling.

finding-unknown-error-from-host-title = Error ini tidak ada di tabel Kling; asalnya dari { $api_host }
finding-unknown-error-from-host-explanation =
    kling-doctor tidak mengenali jawaban ini. Permintaan dikirim ke { $api_host }
    ({ paste-provider-name }), jadi layanan itulah yang membuat atau meneruskan error ini; support-nya bisa
    menjelaskan artinya. Pemeriksaan di bawah tetap mencakup paket, unit, dan slot.
finding-unknown-error-from-provider-title = Error ini tidak ada di tabel Kling; bentuknya seperti milik { paste-provider-name }
finding-unknown-error-from-provider-explanation =
    kling-doctor tidak mengenali jawaban ini, tetapi bentuknya sama dengan yang dipakai
    { paste-provider-name }, jadi layanan itulah yang membuat atau meneruskan error ini; support-nya bisa
    menjelaskan artinya.

finding-provider-key-quota-title = Key { paste-provider-name } ini sudah menghabiskan batasnya sendiri
finding-provider-key-quota-explanation =
    { paste-provider-name } memberi setiap API key kuota sendiri, terpisah dari saldo akun. Kuota key ini
    sudah habis, meskipun akun Anda masih punya saldo. Paket resource Kling tidak berlaku di sini.
finding-provider-subscription-title = Langganan { paste-provider-name } Anda diperlukan atau sudah berakhir
finding-provider-subscription-explanation =
    { paste-provider-name } menolak panggilan karena paket atau langganan yang Anda bayar ke sana tidak
    aktif (atau batas tingkat gratis sudah tercapai). Ini soal { paste-provider-name }, bukan soal unit
    Kling atau paket resource Kling.
finding-provider-account-error-title = Akun di { paste-provider-name } sedang bermasalah
finding-provider-account-error-explanation =
    { paste-provider-name } menyatakan akun yang dipakainya untuk Anda terkunci, diblokir, tidak ada,
    atau tidak lagi masuk (untuk useapi.net: akun Kling yang Anda tautkan di sana). Selama belum
    diperbaiki di sana, setiap panggilan gagal, berapa pun saldonya.
finding-upstream-balance-title = Akun Kling milik { paste-provider-name } sendiri kehabisan unit, bukan akun Anda
finding-upstream-balance-explanation =
    { paste-provider-name } meneruskan 1102 "Account balance not enough" dari Kling. Jawaban itu tentang
    akun Kling yang dipakai { paste-provider-name } untuk memanggil Kling, bukan tentang paket Anda: saldo
    Anda di { paste-provider-name } bisa saja penuh dan ini tetap terjadi. Membeli paket Kling sendiri tidak membantu.
finding-task-failed-title = Task gagal: { $task_status_msg }
finding-task-failed-explanation =
    Permintaannya sendiri diterima (code 0), tetapi task berakhir dengan status failed, dengan alasan di
    atas. Kling tidak memotong unit untuk task yang gagal, jadi tidak ada biaya untuknya.
finding-provider-auth-title = { paste-provider-name } tidak menerima key Anda
finding-provider-auth-explanation =
    { paste-provider-name } menolak kredensial sebelum apa pun sampai ke Kling: key-nya salah,
    kedaluwarsa, formatnya keliru, atau tidak dikirim. Key Kling tidak berlaku di sana, dan key-nya tidak
    berlaku di Kling.
finding-provider-rate-limit-title = { paste-provider-name } membatasi seberapa cepat Anda memanggilnya
finding-provider-rate-limit-explanation =
    { paste-provider-name } menjawab 429 karena batasnya sendiri (permintaan per menit atau slot job),
    bukan batas Kling. Jika kredit tinggal sedikit, sebagian penyedia menurunkan batasnya lagi.
finding-kling-429-title = Kling menjawab 429: satu dari empat error, dan body-nya yang menentukan
finding-kling-429-explanation =
    Program Anda hanya mencetak status dan URL. Kling menjawab HTTP 429 untuk 1102 (saldo), 1302
    (permintaan terlalu cepat), 1303 (terlalu banyak task sekaligus), dan 1304 (daftar IP yang diizinkan);
    hanya body respons yang menyebut yang mana, dan perbaikannya berbeda-beda.

fix-top-up-provider =
    { $provider ->
        [fal] Isi ulang saldo Anda di fal.ai/dashboard/billing; kuncinya bisa bertahan beberapa menit setelah membayar.
        [replicate] Beli kredit di replicate.com/account/billing, lalu tunggu beberapa menit sebelum mencoba lagi.
        [kie] Beli kredit di akun kie.ai Anda (api.kie.ai/api/v1/chat/credit menampilkan saldonya).
        [useapi] Tambahkan kredit ke akun Kling yang Anda tautkan di useapi.net (GET /v1/kling/accounts/<email> menampilkan balance.total).
        [cometapi] Isi ulang saldo akun CometAPI Anda di konsol CometAPI.
        [piapi] Isi ulang kredit PiAPI Anda di workspace PiAPI (GET /account/info menampilkan data.credits).
        [aimlapi] Isi ulang atau berlangganan di aimlapi.com/app/billing.
        [comfyui] Tambahkan kredit ke akun comfy.org yang Anda pakai untuk masuk di ComfyUI.
        [gateway] Isi ulang saldo akun Anda di konsol web gateway tersebut.
       *[other] Isi ulang saldo Anda di dashboard penyedia Anda.
    }
fix-provider-balance-not-kling = Jangan membeli paket resource Kling untuk ini: { paste-provider-name } memakai saldonya sendiri, bukan paket Kling.
fix-ask-provider-support = Tanyakan arti jawaban ini ke support { paste-provider-name }, dan berikan body respons lengkapnya.
fix-raise-key-quota =
    { $provider ->
        [cometapi] Di konsol CometAPI, naikkan kuota key ini atau setel ke tanpa batas (atau pakai key lain).
       *[other] Di konsol { paste-provider-name } (Tokens / API keys), naikkan kuota key ini atau setel ke tanpa batas.
    }
fix-key-quota-not-balance = Mengisi ulang saldo akun tidak menaikkan batas key: kuota key dan saldo akun terpisah.
fix-renew-provider-subscription =
    { $provider ->
        [useapi] Perpanjang langganan useapi.net Anda (GET /v2/account menampilkannya); kredit Kling tidak bisa menggantikannya.
        [aimlapi] Berlangganan AI/ML API di aimlapi.com/app/billing, atau tunggu jam tingkat gratis berlalu.
       *[other] Perpanjang paket Anda di { paste-provider-name }.
    }
fix-provider-account =
    { $provider ->
        [useapi] Tautkan ulang akun Kling di useapi.net (POST /v1/kling/accounts dengan email dan kata sandinya).
        [fal] Hubungi support@fal.ai: kunci dari admin hanya bisa dibuka oleh fal.ai.
        [comfyui] Hubungi support@comfy.org tentang akun comfy.org Anda.
       *[other] Hubungi support { paste-provider-name } tentang akun Anda.
    }
fix-contact-gateway-upstream = Hubungi { paste-provider-name }: akun Kling upstream-nya kosong dan hanya mereka yang bisa mengisinya.
fix-upstream-not-yours = Jangan membeli paket Kling untuk ini; saldo Anda sendiri di { paste-provider-name } bukan masalahnya.
fix-read-task-failure = Ubah apa yang disebut alasannya (prompt, ukuran gambar, atau kontennya) lalu kirim task baru.
fix-failed-task-free = Kirim ulang tanpa khawatir biaya: task yang gagal tidak dikenai biaya.
fix-check-provider-key = Pakai key yang dibuat di dashboard { paste-provider-name } sendiri, dalam bentuk header yang diharapkannya, dan periksa key mana yang benar-benar dikirim program Anda.
fix-provider-slow-down = Kirim lebih sedikit permintaan sekaligus ke { paste-provider-name } dan ulangi dengan jeda (ikuti Retry-After).
fix-print-429-body = Cetak body respons (di Python: print(err.response.text)) lalu jalankan kling-doctor --error '<body itu>'.
error-request-file = file permintaan { $path } tidak bisa dibaca: { $detail }

wizard-help-api-host = Host di URL yang dipanggil program Anda, misalnya api-singapore.klingai.com atau api.cometapi.com.
wizard-help-paste-finding = Diisi kling-doctor saat ia mengenali error penyedia dalam teks yang Anda tempel; Anda tidak perlu mengetiknya.
wizard-help-upstream-code = Kode Kling di dalam pesan error gateway (fail_to_fetch_task); diisi dari teks yang ditempel.
wizard-help-task-status-msg = Field task_status_msg dari query task (GET /v1/videos/text2video/<task_id>).
