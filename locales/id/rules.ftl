# Masalah pada file aturan (kling-doctor rules check), ditampilkan bergaya rustc.

rules-error-yaml = YAML tidak bisa dibaca (pesan parser: { $detail })
rules-error-syntax = { $what ->
        [colon] ada `: ` di dalam nilai: beri tanda kutip pada nilainya
        [indent] indentasi baris ini berbeda dari baris-baris di atasnya
        [key] key tanpa `:` sesudahnya
        [quote] tanda kutip yang tidak pernah ditutup
        [escape] escape `\` yang tidak dikenal di dalam kutip ganda: pakai kutip tunggal, atau tulis `\\`
        [token] nilai tidak bisa diawali karakter ini: beri tanda kutip pada nilainya
        [flow] `[` atau `{"{"}` yang tidak ditutup, atau item tanpa `,` di antaranya
       *[list] item daftar (`- `) di tempat sebuah nilai: mulai daftarnya di baris berikutnya
    }
rules-error-io = tidak bisa membaca { $path }: { $reason ->
        [not-found] file atau direktori itu tidak ada
        [permission] izin ditolak
        [not-a-directory] itu bukan direktori
        [is-a-directory] itu sebuah direktori
       *[other] { $detail }
    }
rules-error-locale = file pesan tidak bisa di-parse: { $detail }
rules-error-unknown-fact = fakta `{ $fact }` tidak dikenal
rules-error-unknown-fact-help = lihat kling-doctor diagnose --list-facts
rules-error-unknown-finding = temuan `{ $id }` tidak dikenal
rules-error-unknown-finding-help = temuan dideklarasikan di rules/findings.yaml
rules-error-unknown-node = tidak ada node `{ $id }` di pemeriksaan ini
rules-error-unknown-variant = temuan `{ $finding }` tidak punya varian `{ $variant }`
rules-error-unknown-variant-help = varian dicantumkan di bawah temuannya di rules/findings.yaml
rules-error-missing-message = pesan `{ $key }` tidak ada di locales/{ $lang }/
rules-error-missing-message-help = setiap key pesan harus ada di `en` dan `id`
rules-error-cycle = node-node ini membentuk siklus: { $path }
rules-error-unreachable = node `{ $node }` tidak bisa dicapai dari node pertama pemeriksaannya
rules-error-condition-operators = kondisi harus punya tepat satu operator, ditemukan { $count }
rules-error-condition-operators-help = operator: equals, not_equals, one_of, less_than, at_most, greater_than, at_least, in_past, within_days
rules-error-target-choices = pilih tepat satu dari `next`, `finding`, dan `outcome`, ditemukan { $count }
rules-error-finding-without-severity = `finding` harus punya `severity`
rules-error-finding-without-severity-help = severity adalah salah satu dari error, warning, info
rules-error-severity-without-finding = `severity` hanya boleh dipakai bersama `finding`
rules-error-bad-severity = severity `{ $value }` tidak dikenal
rules-error-bad-severity-help = severity adalah salah satu dari error, warning, info
rules-error-bad-outcome = outcome `{ $value }` tidak dikenal
rules-error-bad-outcome-help = outcome adalah `pass` (sudah dicek, aman) atau `skip` (tidak berlaku)
rules-error-bad-literal = `{ $value }` bukan nilai yang valid untuk `{ $fact }`
rules-error-bad-literal-help = seharusnya { $expected ->
        [enum] salah satu dari { $values }
        [integer] bilangan bulat
        [number] angka
        [date] tanggal YYYY-MM-DD
        [model] nama model (model_name)
        [timestamp] waktu seperti 2026-01-31T12:00:00Z
       *[text] teks
    }
rules-error-bad-operator = `{ $operator }` tidak berlaku untuk `{ $fact }`
rules-error-bad-operator-help = less_than, at_most, greater_than, dan at_least butuh angka; in_past dan within_days butuh tanggal
rules-error-duplicate = { $what ->
        [fact] fakta
        [model] model
        [image-model] model gambar
        [code] kode
        [finding] temuan
        [check] pemeriksaan
        [scenario] skenario
       *[node] node
    } `{ $id }` didefinisikan dua kali
rules-error-bad-fact-type = tipe fakta `{ $value }` tidak dikenal
rules-error-bad-fact-type-help = tipe: text, integer, number, date, enum, model
rules-error-enum-without-values = fakta enum `{ $fact }` tidak mencantumkan nilai apa pun
rules-error-finding-without-fix = temuan `{ $id }` tidak mencantumkan perbaikan
rules-error-finding-without-fix-help = setiap temuan harus memberi tahu pengguna apa yang harus dilakukan
rules-error-price-rate = harga harus punya tepat satu dari `per_second` dan `per_clip`
rules-error-not-positive = `{ $key }` harus berupa angka di atas 0
rules-error-not-positive-help = angka ini membagi atau mengalikan angka lain: 0 atau kurang membuatnya tidak bermakna
rules-error-bad-mode = mode `{ $value }` tidak dikenal
rules-error-bad-mode-help = mode adalah nilai-nilai fakta `mode` di rules/facts.yaml
rules-error-unknown-code = tidak ada kode error { $code } di `codes:`
rules-error-unknown-code-help = cantumkan hanya kode yang didefinisikan di bawah `codes:` di rules/error-codes.yaml
rules-error-listed-twice = `{ $value }` tercantum dua kali di `{ $list }`
rules-error-listed-twice-help = pertahankan yang pertama: daftar ini berurutan, yang paling sering lebih dulu
rules-error-missing-required = { $what ->
        [finding] temuan `{ $name }` tidak ada
        [nodes] pemeriksaan `{ $name }` tidak punya node
        [if-unknown] node dengan `ask: false` harus punya `if_unknown`
       *[file] { $name } tidak ada
    }
rules-help-did-you-mean = mungkin maksud Anda `{ $suggestion }`?
rules-error-summary = error: { $count } masalah pada aturan, tidak ada yang dievaluasi

# Masalah saat membaca file (rules::yaml).
rules-error-unknown-key = key `{ $key }` tidak dikenal
rules-error-unknown-key-label = bukan key di sini
rules-error-unknown-key-help = key yang berlaku di sini: { $expected }
rules-error-missing-key = key `{ $key }` tidak ada di sini
rules-error-missing-key-help = tambahkan `{ $key }:` ke entri ini; JSON Schema di rules/schema/ mencantumkan apa saja yang dibutuhkan setiap entri
rules-error-duplicate-key = key `{ $key }` muncul dua kali di entri yang sama
rules-error-duplicate-key-label = `{ $key }` yang kedua
rules-error-duplicate-key-help = pertahankan salah satunya; untuk beberapa nilai tulis `{ $key }: [a, b]`
rules-error-wrong-type = `{ $found }` bukan { $expected ->
        [boolean] `true` atau `false`
        [number] angka
        [integer] bilangan bulat
        [list] daftar
        [map] kumpulan key
        [text] teks
        [number-or-text] angka atau teks
        [number-or-fact] angka atau `{"{"} fact: NAMA {"}"}`
       *[other] jenis nilai yang diharapkan di sini (pesan parser: { $expected })
    }
rules-error-wrong-type-label = jenis nilai salah
rules-error-wrong-type-help = beri tanda kutip pada teks yang mirip angka atau boolean: "yes", "1.0"
rules-error-limit = { $limit ->
        [size] ukuran file lebih dari { $max } byte
        [depth] daftar dan map bersarang lebih dari { $max } tingkat
        [aliases] file memakai lebih dari { $max } alias (`*nama`)
        [anchors] file mendefinisikan lebih dari { $max } anchor (`&nama`)
        [nodes] file berisi lebih dari { $max } nilai
        [alias-ratio] jumlah alias (`*nama`) lebih dari { $max } kali jumlah anchor (`&nama`)
       *[alias-expansion] alias (`*nama`) berkembang menjadi lebih dari { $max } nilai
    }
rules-error-limit-help = file aturan itu kecil dan datar; batas ini mencegah file yang rusak atau berbahaya membuat kling-doctor macet atau kehabisan memori
rules-error-tab = ada tab di indentasi
rules-error-tab-label = tab
rules-error-tab-help = YAML hanya memakai spasi untuk indentasi; ganti tab dengan spasi
rules-error-empty-file = file ini kosong
rules-error-empty-file-help = file ini diawali dengan `{ $top }:`
rules-error-multiple-documents = file berisi lebih dari satu dokumen YAML
rules-error-multiple-documents-help = hapus pemisah `---`: setiap file aturan adalah satu dokumen
rules-error-bad-exit = skenario tidak mungkin keluar dengan kode { $value }
rules-error-bad-exit-help = `exit` adalah 0 (tidak ada masalah), 1 (ada temuan error atau warning) atau 2 (fakta ditolak)
rules-error-not-utf8 = file ini bukan teks UTF-8
rules-error-not-utf8-help = simpan sebagai UTF-8 (file aturan adalah teks biasa)

# Label di bawah tanda caret.
rules-error-unknown-fact-label = bukan key fakta
rules-error-unknown-finding-label = bukan id temuan
rules-error-unknown-node-label = node ini tidak ada
rules-error-missing-message-label = dipakai di sini
