# Alat untuk penulis aturan: kling-doctor rules graph dan rules test.

# rules graph: kata-kata pada panah dan ujung.
graph-otherwise = selain itu
graph-unknown = tidak diketahui
graph-pass = lolos
graph-skip = tidak berlaku
graph-in-past = sudah lewat
graph-not-in-past = belum lewat
graph-within-days = dalam { $days } hari
graph-severity-error = ✗
graph-severity-warning = !
graph-severity-info = i
# Fakta terhitung (src/derived.rs) tidak punya pertanyaan; grafik menampilkan ini.
graph-derived-error-family = Jenis error (dari kodenya)
graph-derived-video-cost = Unit untuk satu video
graph-derived-video-cost-usd = Biaya USD satu video
graph-derived-batch-cost = Unit untuk semua video yang direncanakan
graph-derived-batch-cost-usd = Biaya USD semua video yang direncanakan
graph-derived-test-model = Model termurah untuk uji coba
graph-derived-test-video-cost = Unit video uji coba termurah
graph-derived-saving-per-video = Unit yang dihemat per video dengan pengaturan lebih murah
graph-derived-videos-covered = Jumlah video yang tercukupi sisa unit
graph-derived-units-short = Unit yang kurang untuk video yang direncanakan
graph-derived-days-until-expiry = Hari sampai paket kedaluwarsa
graph-derived-free-slots = Slot konkurensi yang kosong

# rules test: laporannya.
rules-test-fail = GAGAL { $file }:{ $line }  { $name }
rules-test-missing-finding = - { $id } ({ $severity }): diharapkan, tidak ditemukan
rules-test-unexpected-finding = + { $id } ({ $severity }): ditemukan, tidak diharapkan
rules-test-wrong-severity = ~ { $id }: diharapkan { $expected }, ditemukan { $found }
rules-test-missing-unknown = - unknown `{ $fact }`: diharapkan tetap tidak diketahui, tetapi tidak ada pemeriksaan yang menanyakannya
rules-test-unexpected-unknown = + unknown `{ $fact }`: ada pemeriksaan yang menanyakannya, tidak diharapkan
rules-test-exit = exit: diharapkan { $expected }, didapat { $found }
rules-test-refused = fakta ditolak: { $reason }
rules-test-message = [{ $lang }] pesan `{ $key }` tidak bisa ditampilkan: tidak ada di bahasa ini, atau salah satu variabelnya tidak punya nilai
rules-test-says = [{ $lang }] temuan tidak pernah menyebut "{ $text }"
rules-test-file = { $file }: { $passed } lolos, { $failed } gagal
rules-test-coverage = cakupan: { $findings_covered } dari { $findings } temuan, { $nodes_covered } dari { $nodes } node
rules-test-uncovered-finding = belum tercakup: temuan `{ $id }` (tidak ada skenario lolos yang menghasilkannya)
rules-test-uncovered-node = belum tercakup: node `{ $node }` di { $file } (tidak ada skenario yang mencapainya)
rules-test-summary = { $total } skenario: { $passed } lolos, { $failed } gagal
rules-test-none = tidak ada skenario: tambahkan rules/tests/*.yaml (lihat "Write your first rule" di README)
