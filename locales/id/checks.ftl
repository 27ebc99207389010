# Judul pemeriksaan (rules/checks/*.yaml), satu baris per pemeriksaan dalam diagnosis.

check-kling-error = Jawaban Kling
check-provider = Penyedia
check-pack = Paket resource
check-units = Unit untuk video ini
check-api-account = Akun API dan kunci
check-balance-freshness = Pembaruan saldo
check-model-cost = Biaya model
check-concurrency = Konkurensi
check-clock = Jam sistem
