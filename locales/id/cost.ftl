# kling-doctor cost: biaya satu video, dan penghematan dengan model yang lebih murah.

cost-heading = { $model } · { $mode ->
        [none] { $duration } detik
       *[other] { $mode } · { $duration } detik
    } · { $audio ->
        [voice] dengan audio bawaan dan kontrol suara
        [yes] dengan audio bawaan
       *[no] tanpa audio
    }
cost-per-video = Satu video: { $units } unit (${ $usd })   [{ $source }]
cost-total = { $count } video: { $total } unit (${ $total_usd })
cost-covered = Sisa { $units_left } unit cukup untuk { $videos } video.
cost-third-party = ! Harga ini berasal dari ringkasan pihak ketiga ({ $source }), bukan dari halaman harga resmi Kling: anggap sebagai perkiraan.
cost-cheaper = Lebih murah: { $cheaper } hanya { $cheaper_units } unit (${ $cheaper_usd }) untuk video yang sama, hemat { $saving } unit (${ $saving_usd }) per video.
cost-cheaper-total = Untuk { $count } video, hematnya { $saving_total } unit (${ $saving_total_usd }).
cost-cheaper-covered = Dengan { $cheaper }, { $units_left } unit cukup untuk { $cheaper_videos } video.
cost-cheapest-already = { $model } sudah punya harga resmi termurah untuk video { $mode ->
        [none] {""}
       *[other] { $mode }
    } berdurasi { $duration } detik.
cost-no-official-alternative = Tidak ada model lain dengan harga resmi untuk video { $mode ->
        [none] {""}
       *[other] { $mode }
    } berdurasi { $duration } detik sebagai pembanding.

# Error pada kling-doctor cost (kode keluar 2).
error-cost-unknown-model = model `{ $input }` tidak dikenal
error-cost-known-models = model yang dikenal: { $known }
error-cost-no-price-for-mode = { $model } tidak punya harga untuk mode { $mode } { $audio ->
        [yes] dengan audio bawaan
       *[no] tanpa audio
    }; yang ada harganya: { $priced }
error-cost-duration-not-priced = { $model } dihargai per klip: hanya video { $priced } detik yang ada harganya, bukan { $seconds } detik (pakai --duration dengan salah satunya)
error-cost-no-product-price = kling-doctor tidak punya harga untuk { $product } (referensi tidak mencantumkan unitnya); pakai --product video atau image

# kling-doctor cost --product image: unit gambar, mata uang tersendiri.
cost-image-heading = { $model } · gambar
cost-image-per-image = Satu gambar: { $units } unit gambar (${ $usd })   [{ $source }]
cost-image-total = { $count } gambar: { $total } unit gambar (${ $total_usd })
cost-image-covered = Sisa { $units_left } unit gambar cukup untuk { $images } gambar.
cost-image-other-kinds = Jenis yang lebih mahal, dalam unit gambar per gambar: { $kinds }.
cost-image-currency = Unit gambar bukan unit video: satu unit gambar seharga ${ $unit_usd }, satu unit video $0.14, dan keduanya tidak pernah dijumlahkan.
