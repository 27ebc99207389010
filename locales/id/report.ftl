# Laporan dukungan (--report FILE, --format markdown) dan penyimpanannya.

report-hint = Tambahkan --report FILE untuk membagikannya.
report-written = Laporan disimpan di { $path }.
report-redacted-note = Rahasia diganti dengan [REDACTED]. Baca laporan ini sekali lagi sebelum Anda membagikannya.

report-findings = Temuan
report-col-severity = Tingkat
report-col-finding = Temuan
report-col-id = Id
report-severity-error = error
report-severity-warning = peringatan
report-severity-info = info
report-fixes = Yang perlu dilakukan

report-error-heading = Error yang diterima
report-error-none = Tidak ada error yang diberikan: ini pemeriksaan umum.
report-col-item = Butir
report-col-value = Nilai
report-error-code = Kode
report-error-message = Pesan
report-error-http = Status HTTP
report-error-http-official = { $status } (status resmi untuk kode ini)
report-error-request-id = request_id
report-error-text = Teks yang ditempel:

report-checks = Pemeriksaan

report-facts = Fakta dan asalnya
report-facts-none = Tidak ada fakta yang diberikan.
report-col-fact = Fakta
report-col-source = Asal
report-fact-see-error = lihat “Error yang diterima”
report-origin-flag = baris perintah (--error, --set)
report-origin-error-text = dibaca dari error yang ditempel
report-origin-answers-file = file jawaban (--answers)
report-origin-wizard = dijawab di pemeriksaan terpandu
report-origin-probe = probe API (--probe)
report-origin-computed = dihitung oleh kling-doctor

report-probes = Probe API
report-probes-none = Tidak ada probe API yang dijalankan (tambahkan --probe untuk bertanya langsung ke API Kling).
report-col-probe = Probe
report-col-duration = Waktu
report-probe-ok = berhasil
report-probe-failed = gagal

report-environment = Lingkungan
report-env-tool = kling-doctor
report-env-rules = Aturan
report-env-rules-builtin = bawaan, digest { $digest }
report-env-rules-dir = { $dir }, digest { $digest }
report-env-os = OS / arsitektur
report-env-lang = Bahasa
report-env-api-base = URL dasar API
report-env-auth = Autentikasi
report-auth-api-key = kunci API (Bearer)
report-auth-ak-sk-jwt = access key + secret key (JWT yang ditandatangani)
report-auth-ak-sk-incomplete = belum lengkap: hanya salah satu dari access key dan secret key yang diisi
report-auth-none = belum diatur di environment
report-env-credentials = Variabel kredensial yang diisi
report-env-credentials-none = tidak ada
report-env-time = Waktu laporan (UTC)

report-trace = Jejak keputusan ({ $steps } langkah)

report-tried = Yang sudah saya coba
report-tried-hint = Sebelum mengirim, tuliskan apa yang sudah Anda lakukan, misalnya: membeli paket resource, membuat kunci API baru, menunggu beberapa jam, mencoba model lain.

error-report-exists = { $path } sudah ada; tambahkan --force untuk menggantinya, atau pilih nama file lain
error-report-is-directory = { $path } adalah folder; berikan nama file, misalnya { $path }/kling-report.md
error-report-write = tidak bisa menyimpan laporan ke { $path }: { $reason }
report-write-permission = izin ditolak
report-write-no-folder = foldernya tidak ada
report-write-not-a-folder = sebagian dari path adalah file, bukan folder
report-write-read-only = sistem file hanya-baca
report-write-disk-full = disk penuh
