# Keamanan probe: ke mana kredensial boleh dikirim, dan apa yang dikatakan saat kling-doctor menolak mengirimnya.

safety-dotenv-syntax-line = { $file } di folder ini tidak bisa dibaca: baris { $line } bukan baris NAMA=nilai. Perbaiki atau hapus baris itu (nilai yang berisi spasi diberi tanda kutip), lalu jalankan kling-doctor lagi.
safety-dotenv-syntax = { $file } di folder ini tidak bisa dibaca: ada baris yang bukan baris NAMA=nilai. Perbaiki atau hapus baris itu (nilai yang berisi spasi diberi tanda kutip), lalu jalankan kling-doctor lagi.
safety-dotenv-unreadable = { $file } di folder ini ada, tetapi tidak bisa dibaca (izin akses, atau bukan teks UTF-8). Perbaiki atau pindahkan file itu, lalu jalankan kling-doctor lagi.

safety-dotenv-not-official = { $var } di { $file } menunjuk ke { $host }, yang bukan host resminya ({ $official }), jadi tidak ada yang dikirim: file { $file } di sebuah folder bisa saja mengirim API key Anda ke mana pun. Jika Anda memang bermaksud memakai host itu, atur sendiri variabelnya di shell, misalnya export { $var }={ $scheme }://{ $host }, atau hapus baris itu dari { $file } untuk memakai host resmi.
safety-dotenv-not-url = { $var } di { $file } bukan URL https://, jadi tidak ada yang dikirim. Perbaiki atau hapus baris itu dari { $file }.
safety-not-url = { $var } bukan URL http(s), jadi tidak ada yang dikirim. Isi dengan base URL seperti https://api-singapore.klingai.com, atau kosongkan.
safety-plain-http = { $var } menunjuk ke { $host } lewat http:// biasa, jadi tidak ada yang dikirim: key Anda akan melintasi jaringan tanpa enkripsi. Pakai https://, atau http:// biasa hanya ke komputer ini (127.0.0.1, ::1, localhost).

safety-why-redirect = server menjawab dengan pengalihan (HTTP { $status }) ke { $host }; tidak diikuti, tidak ada yang dikirim ke sana
safety-why-redirect-nowhere = server menjawab dengan pengalihan (HTTP { $status }); tidak diikuti
safety-probe-host = host: { $host }
safety-unofficial-host = Jawaban dari { $host } berasal dari host itu, bukan dari { $service } sendiri ({ $var } menunjuk ke sana).
safety-markdown-host = Host

safety-report-api-base-refused = ditolak (lihat pesan error saat menjalankan --probe)
safety-report-dotenv = Variabel yang dibaca dari .env
safety-report-dotenv-none = tidak ada
