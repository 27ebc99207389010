# Output di sekitar temuan: judul, petunjuk, baris ringkasan.

ui-header-code = Error Kling { $code } · { $message }
ui-header-text = Error Kling · { $message }
ui-header-checkup = Pemeriksaan kling-doctor
ui-not-checked = belum dicek
ui-not-applicable = tidak berlaku
ui-see-above = (lihat di atas)
ui-answer-hint = Jawab dengan --set { $fact }={ $example }
ui-trace = Jejak keputusan
ui-error-prefix = error:
ui-summary =
    { $errors } error, { $warnings } peringatan, { $unchecked ->
        [0] semua pemeriksaan berjalan
       *[other] { $unchecked } pemeriksaan butuh fakta tambahan
    } (exit { $exit }).
ui-markdown-title = Diagnosis kling-doctor
ui-markdown-check = Pemeriksaan
ui-markdown-result = Hasil
ui-markdown-passed = lolos
ui-markdown-open-questions = Pertanyaan terbuka
ui-type-integer = bilangan bulat
ui-type-number = angka
ui-type-date = tanggal YYYY-MM-DD atau RFC 3339
ui-type-text = teks

explain-heading = Error Kling { $code } (HTTP { $http })
explain-meaning = Arti:
explain-solution = Solusi resmi:
explain-seen-as = Muncul sebagai:
explain-source = Sumber:
explain-questions = Info yang bisa memperjelas:
explain-col-code = Kode
explain-col-family = Jenis
explain-col-meaning = Arti

rules-check-ok = Aturan valid: { $checks } pemeriksaan, { $nodes } node, { $findings } temuan, { $facts } fakta, { $models } model dengan data harga, { $codes } kode error, { $scenarios } skenario.
