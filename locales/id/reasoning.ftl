# Bernalar seperti engineer support (issue 17): jenis paket, 1102 yang tidak dijelaskan fakta,
# dukungan model/endpoint, asal harga.

check-model-support = Model dan endpoint
check-pack-family = Jenis paket
check-balance-unexplained = 1102 dibanding fakta

question-product = Untuk apa permintaan yang gagal itu: video, gambar, atau virtual try-on?
question-pack-product = Jenis paket resource apa yang aktif: video, gambar, atau virtual try-on?
question-endpoint = Endpoint mana yang dipanggil permintaan itu (misalnya text2video, image2video, images/generations)?
question-voice = Apakah permintaan memakai kontrol suara (suara tertentu)?

value-product-video = Video (/v1/videos/…)
value-product-image = Gambar (/v1/images/…)
value-product-try-on = Virtual try-on
value-pack-product-video = Paket video (namanya memuat "Video…")
value-pack-product-image = Paket gambar (namanya memuat "Image…")
value-pack-product-try-on = Paket virtual try-on
value-voice-yes = Ya, dengan suara tertentu
value-voice-no = Tanpa kontrol suara

wizard-help-product = Path yang dipanggil program Anda: /v1/videos/… berarti video, /v1/images/… berarti gambar, try-on punya endpoint sendiri.
wizard-help-pack-product = Konsol developer → Resource packs: nama paket menunjukkan jenisnya (Trial-Video-…, Image Generation …); --probe membacanya untuk Anda.
wizard-help-endpoint = Bagian terakhir path yang dipanggil program Anda, misalnya /v1/videos/text2video.
wizard-help-voice = Apakah permintaan Anda menyebut suara (voice_list) untuk ucapannya.

graph-derived-request-product = Produk yang diminta (video jika tidak diketahui)
graph-derived-pack-family-match = Apakah paket aktif sejenis dengan permintaan?
graph-derived-video-mode = Mode video (none untuk model tanpa mode)
graph-derived-request-cost = Unit yang dibutuhkan permintaan
graph-derived-dearest-video = Unit satu video termahal
graph-derived-price-estimate = Apakah harganya perkiraan pihak ketiga?
graph-derived-price-source = Sumber harga
graph-derived-cheaper-model = Model lebih murah untuk video yang sama
graph-derived-cheaper-cost = Unit video yang sama dengan model lebih murah
graph-derived-model-saving = Unit yang dihemat per video dengan model lebih murah
graph-derived-mode-saving = Unit yang dihemat per video dengan mode std
graph-derived-duration-saving = Unit yang dihemat dengan klip 5 detik
graph-derived-balance-lag-hours = Berapa jam saldo bisa tertinggal setelah pembelian
graph-derived-purchase-lag = Apakah saldo mungkin belum mengikuti pembelian?
graph-derived-key-account = Apakah kunci berasal dari akun pemilik paket?
graph-derived-credits-source = Tempat unit dibeli
graph-derived-model-endpoint = Apakah model melayani endpoint itu?
graph-derived-clock-skew-abs = Selisih jam dalam detik
graph-derived-clock-direction = Apakah jam lebih cepat atau lebih lambat?
graph-derived-audio-mode = Apakah audio bawaan tersedia di mode ini?

price-provenance = { $price_estimate ->
        [yes] Harga ini berasal dari ringkasan pihak ketiga ({ $price_source }), bukan dari halaman harga resmi Kling: anggap sebagai perkiraan.
       *[other] Harga ini adalah harga resmi Kling ({ $price_source }).
    }


finding-pack-family-mismatch-title = Paket aktif Anda adalah { $pack_product ->
        [image] paket gambar
        [try-on] paket virtual try-on
       *[other] paket video
    }; permintaan ini butuh { $request_product ->
        [image] paket gambar
        [try-on] paket virtual try-on
       *[other] paket video
    }
finding-pack-family-mismatch-explanation =
    Kling menjual paket resource per jenis produk — video, gambar, dan virtual try-on — dan menghitung
    unit, slot konkurensi, serta masa berlaku per jenis: unit dari satu jenis tidak pernah membayar jenis
    lain. Jika jenis produk permintaan tidak punya paket yang bisa dipakai, Kling menjawab 1102 "Account
    balance not enough" meskipun paket jenis lain masih punya unit.

finding-balance-unexplained-title = 1102 padahal paket { $request_product ->
        [image] gambar
        [try-on] virtual try-on
       *[other] video
    } yang aktif masih punya { $units_left } unit
finding-balance-unexplained-explanation =
    Kling menjawab 1102 "Account balance not enough", padahal fakta menunjukkan paket aktif yang sejenis
    dengan permintaan dan masih berisi { $units_left } unit,
    sedangkan permintaan ini berbiaya { $request_cost } unit. { price-provenance } Tidak ada penyebab umum yang berlaku (tidak ada paket,
    paket kedaluwarsa atau habis, unit kurang, paket jenis lain). Yang masih perlu dicek, dari yang paling
    mungkin:

finding-balance-unexplained-any-video-title = 1102 padahal paket video yang aktif masih punya { $units_left } unit
finding-balance-unexplained-any-video-explanation =
    Kling menjawab 1102 "Account balance not enough", padahal fakta menunjukkan paket video aktif dengan
    sisa { $units_left } unit: lebih dari biaya satu video termahal di tabel harga ({ $dearest_video } unit).
    Tidak ada penyebab umum yang berlaku (tidak ada paket, paket kedaluwarsa atau habis, paket jenis lain).
    Yang masih perlu dicek, dari yang paling mungkin:

finding-model-not-supported-title = { $model } tidak melayani { $endpoint }
finding-model-not-supported-explanation =
    Menurut daftar model Kling untuk endpoint lama, { $model } tidak tersedia di { $endpoint } (misalnya
    kling-v1-5 dan kling-v2-1 hanya membuat image-to-video). Kling menolak permintaan seperti itu dengan
    error parameter sebelum ada unit yang terpotong.

finding-model-not-supported-audio-title = { $model } hanya membuat audio bawaan di mode pro (1080p)
finding-model-not-supported-audio-explanation =
    Kling hanya menyediakan audio bawaan untuk { $model } pada 1080p (pro): "When generating videos with
    native audio, only 1080P resolution is supported". Permintaan { $video_mode } dengan audio menyala
    tidak punya harga dan tidak tersedia.

fix-buy-family-pack = Beli { $request_product ->
        [image] paket gambar
        [try-on] paket virtual try-on
       *[other] paket video
    } di konsol developer (halaman Resource packs), atau kirim permintaan yang sesuai dengan paket aktif Anda.
fix-family-units-apart = Nama paket menunjukkan jenisnya (Trial-Video-…, Image Generation …); satu unit video seharga $0.14 dan satu unit gambar $0.0035, dan keduanya tidak pernah dijumlahkan.
fix-unexplained-lag = { $purchase_lag ->
        [excluded] {""}
       *[other] Paket yang dibeli dalam { $balance_lag_hours } jam terakhir: saldo bisa tertinggal selama itu setelah pembelian. Lihat waktu pembelian di Resource packs; jika memang baru, tunggu lalu coba lagi.
    }
fix-unexplained-key = { $key_account ->
        [yes] {""}
       *[other] Kunci yang gagal mungkin milik akun lain, bukan akun yang paketnya Anda lihat: bandingkan beberapa karakter awal kunci di permintaan yang gagal dengan kunci yang dikonfigurasi di sini (KLING_API_KEY atau KLING_ACCESS_KEY), lalu cari kunci itu di API keys pada konsol akun pemilik paket.
    }
fix-unexplained-host = Permintaan mungkin dikirim ke host lain, bukan host tempat paket dibaca: api-singapore.klingai.com (global), api-beijing.klingai.com (Tiongkok), dan api.klingai.com (lama) adalah sistem terpisah, dan belum diketahui apakah paket berlaku di host lain. Kirim permintaan ke host tempat paket Anda berada.
fix-unexplained-cost = Permintaan mungkin lebih mahal dari perkiraan: audio bawaan, kontrol suara, mode 4k, atau input video menaikkan harga. Bandingkan body permintaan (sound atau audio, voice_list, mode, input video) dengan fakta yang diberikan di sini, misalnya dengan kling-doctor cost.
fix-unexplained-cost-unknown = Biaya permintaan belum diketahui: berikan model, mode, dan durasinya (--set model=… --set mode=… --set duration=…) agar bisa dibandingkan dengan sisa unit; audio bawaan, kontrol suara, 4k, dan input video lebih mahal.
fix-unexplained-web-credits = { $credits_source ->
        [api] {""}
       *[other] Unit yang tampil di aplikasi klingai.com bukan unit API: pastikan unitnya ada di paket pada halaman Resource packs di konsol developer.
    }
fix-unexplained-postpaid = Jika akun juga memakai pascabayar (saldo tunai), tagihan yang belum dibayar atau layanan pascabayar yang nonaktif juga bisa menolak panggilan: periksa Billing di konsol developer.
fix-pick-endpoint = Kirim { $model } ke endpoint yang dilayaninya, atau pilih model yang melayani { $endpoint } (untuk text2video misalnya kling-v2-5-turbo atau kling-v2-6).
fix-audio-pro-mode = Minta mode pro (1080p) saat suara menyala; kling-doctor cost --model { $model } --mode pro --audio menunjukkan biayanya.
fix-audio-off = Atau matikan audio bawaan agar tetap memakai mode { $video_mode }.
fix-cheaper-mode = { $mode_saving ->
        [0] {""}
       *[other] Dengan mode std (720p), video yang sama { $mode_saving } unit lebih murah.
    }
