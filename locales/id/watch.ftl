# `kling-doctor watch slots|balance` (issue #14).

watch-limit-expected = jumlah slot bulat dari 1 sampai 10000
watch-min-units-expected = jumlah unit, 0 atau lebih
watch-max-wait-expected = detik dari 0 sampai 604800 (seminggu)
watch-setup-failed = klien HTTP tidak bisa disiapkan
watch-limit-from-flag = dari --limit
watch-limit-from-pack_name = dibaca dari nama paket
watch-limit-from-start = di bawah jumlah saat mulai
watch-progress-slots = { $running } sedang berjalan (submitted atau processing), batas { $limit } ({ $from })
watch-progress-oldest = ; tugas tertua { $task } sudah memakai slotnya selama { $held }
watch-progress-balance = Unit video yang bisa dipakai: { $units }
watch-progress-fault = Tidak bisa memeriksa { $what }: { $why }. Dicoba lagi dalam { $secs } detik.
watch-slots-free = Ada slot kosong: { $running } sedang berjalan, batas { $limit } (menunggu { $waited } detik, { $polls } kali cek).
watch-slots-timeout = Masih belum ada slot kosong: { $running } sedang berjalan, batas { $limit }, setelah { $waited } detik (--max-wait).
watch-balance-ready = Paket Anda menunjukkan { $units } unit yang bisa dipakai, lebih dari { $min } (menunggu { $waited } detik, { $polls } kali cek).
watch-balance-timeout = Masih { $units } unit yang bisa dipakai, tidak lebih dari { $min }, setelah { $waited } detik (--max-wait). Sisa unit di konsol bisa tertinggal hingga 12 jam setelah pembelian.
watch-nothing-seen = Tidak ada jawaban sebelum --max-wait habis (menunggu { $waited } detik, { $polls } kali cek).
wizard-hint-watch-slots = Untuk mengirim lagi begitu ada slot kosong, jalankan `kling-doctor watch slots`: perintah ini menunggu sampai tugas yang berjalan kurang dari batas Anda.
wizard-hint-watch-balance = Baru membeli paket? `kling-doctor watch balance` menunggu sampai unitnya terlihat (paling banyak sekali per detik).
