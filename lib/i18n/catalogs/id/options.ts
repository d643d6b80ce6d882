import type { Catalog } from '../../catalog';

const options: Catalog<'options'> = {
  'options.title': 'Alt text for X — Opsi',
  'options.intro':
    'Ekstensi ini mengatur teks alternatif dan tanda pada gambar yang Anda posting di X melalui API resmi X, dengan akun X Anda sendiri, sebelum postingan dibuat. Hubungkan akun untuk memulai.',
  'account.heading': 'Akun X Anda',
  'account.signOut': 'Keluar',
  'account.signin.heading': 'Masuk dengan X',
  'account.signin.help':
    'Buat aplikasi di portal pengembang X (jenis “Native App”, klien publik), tambahkan URL callback ini, lalu tempel Client ID-nya di sini.',
  'account.signin.callback': 'URL callback untuk browser ini',
  'account.signin.clientId': 'Client ID',
  'account.signin.button': 'Masuk dengan X',
  'account.signin.scopes':
    'Izin yang diminta: media.write (mengatur metadata), users.read dan tweet.read (menampilkan akun Anda), offline.access (tetap terhubung).',
  'account.token.heading': 'Atau tempel token akses',
  'account.token.help':
    'Token akses pengguna OAuth 2.0 dengan izin media.write dan users.read. Diperiksa dengan X sebelum disimpan.',
  'account.token.label': 'Token akses',
  'account.token.button': 'Simpan token',
  'account.oauth1.heading': 'Atau masukkan kunci OAuth 1.0a',
  'account.oauth1.help': 'Diperlukan untuk endpoint v1.1. Buat untuk aplikasi Anda sendiri di portal pengembang X.',
  'account.oauth1.consumerKey': 'Kunci konsumen',
  'account.oauth1.consumerSecret': 'Rahasia konsumen',
  'account.oauth1.token': 'Token akses (OAuth 1.0a)',
  'account.oauth1.tokenSecret': 'Rahasia token akses',
  'account.oauth1.button': 'Simpan kunci',
  'account.working': 'Memeriksa dengan X…',
  'account.error.invalid-credentials': 'X tidak menerima kredensial ini. Periksa lalu coba lagi.',
  'account.error.missing-scope':
    'X menerima kredensial, tetapi izin yang diperlukan tidak ada (users.read atau media.write).',
  'account.error.unreachable': 'X tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.',
  'account.error.cancelled': 'Proses masuk dibatalkan atau jendelanya ditutup.',
  'account.error.state-mismatch': 'Jawaban X tidak cocok dengan proses masuk ini (state tidak sesuai). Coba lagi.',
  'account.error.foreign-redirect':
    'Proses masuk kembali ke alamat yang tidak terduga. Periksa URL callback aplikasi Anda.',
  'account.error.missing-code': 'X tidak mengembalikan kode otorisasi. Coba lagi.',
  'account.error.denied': 'Otorisasi ditolak di X.',
  'account.error.invalid-grant': 'X menolak kode otorisasi (mungkin sudah kedaluwarsa). Coba lagi.',
  'account.error.invalid-client-id': 'Client ID ini tampaknya salah: tempel dari portal pengembang X.',
  'account.error.generic': 'Terjadi masalah: {detail}',
  'settings.heading': 'Pengaturan',
  'settings.endpoint': 'Endpoint',
  'settings.endpoint.v2': 'v2 — /2/media/metadata (semua kolom; disarankan)',
  'settings.endpoint.v2-legacy':
    'v2 lama — /2/media/metadata/create (teks alternatif, unduhan, asal, stiker, sumber unggahan)',
  'settings.endpoint.v1.1': 'v1.1 — hanya teks alternatif, perlu kunci OAuth 1.0a',
  'settings.endpoint.needsOAuth1':
    'Endpoint v1.1 hanya bekerja dengan kunci OAuth 1.0a: tambahkan di atas, atau pilih endpoint v2.',
  'settings.rule': 'Saat memposting tanpa teks alternatif',
  'settings.rule.allow': 'Izinkan',
  'settings.rule.remind': 'Ingatkan',
  'settings.rule.require': 'Wajibkan',
  'settings.rule.allow.help': 'Posting apa adanya.',
  'settings.rule.remind.help': 'Tanya sekali: “Posting tanpa deskripsi?”',
  'settings.rule.require.help': 'Tahan postingan sampai setiap gambar punya deskripsi.',
  'settings.prompt': 'Minta deskripsi saat media diunggah',
  'settings.defaults': 'Bawaan untuk setiap unggahan',
  'settings.defaults.noDownload': 'Matikan unduhan',
  'settings.language': 'Bahasa',
  'settings.language.auto': 'Bahasa browser',
  'settings.saved': 'Tersimpan.',
  'setup.heading': 'Terhubung dalam beberapa menit',
  'setup.intro': 'Masuk dengan X memerlukan aplikasi milik Anda di konsol pengembang X. Lakukan langkah ini sekali:',
  'setup.step.project':
    'Di konsol pengembang X, buat Proyek dan Aplikasi di dalamnya (bayar-per-pemakaian sudah cukup).',
  'setup.step.auth': 'Buka “User authentication settings” aplikasi dan aktifkan OAuth 2.0.',
  'setup.step.type': 'Type of App: pilih “Native App” (klien publik: ekstensi tidak menyimpan rahasia).',
  'setup.step.permissions': 'App permissions: “Read and write”.',
  'setup.step.callback': 'Callback URI / Redirect URL: tempel alamat ini persis, termasuk garis miring di akhir:',
  'setup.step.website': 'Website URL: alamat apa pun milik Anda; X mewajibkannya.',
  'setup.step.clientId': 'Simpan, lalu salin “OAuth 2.0 Client ID” (bukan API Key) dan tempel di bawah.',
  'setup.copy': 'Salin',
  'setup.copied': 'Tersalin',
  'setup.copyFailed': 'Tidak bisa menyalin: pilih alamatnya dan salin secara manual.',
  'setup.cost':
    'X menagih aplikasi Anda untuk setiap panggilan: mengatur metadata satu gambar berbiaya {price} dengan harga bayar-per-pemakaian X.',
  'setup.clientId.shape':
    'Client ID terdiri dari sekitar 34 huruf dan angka, sering berakhiran “MTpjaQ”. Ini tampak seperti {what}: gunakan OAuth 2.0 Client ID.',
  'setup.clientId.apiKey': 'API Key (Consumer Key)',
  'setup.clientId.secret': 'Client Secret',
  'setup.clientId.other': 'hal lain',
  'setup.scope.missing':
    'Terhubung, tetapi X tidak memberikan {scopes}. Tanpa itu, {effect}. Masuk lagi dan izinkan semuanya; jika X tidak memintanya, periksa izin aplikasi (“Read and write”).',
  'setup.scope.effect.media.write': 'deskripsi tidak bisa diatur',
  'setup.scope.effect.other': 'ekstensi tidak bisa menampilkan akun Anda atau tetap terhubung',
  'setup.test': 'Uji koneksi',
  'setup.test.working': 'Menguji…',
  'setup.test.ok': 'Berfungsi: X mengenali Anda sebagai @{username}, dan koneksi ini dapat mengatur metadata media.',
  'setup.test.noScope':
    'X mengenali Anda sebagai @{username}, tetapi koneksi ini tidak dapat menulis media (tanpa media.write). Masuk lagi dan izinkan semua izin.',
  'setup.test.okUnchecked':
    'X mengenali Anda sebagai @{username}. Apakah koneksi ini dapat menulis media terlihat saat penyimpanan pertama.',
  'setup.test.failed': 'Pengujian gagal: {reason}',
  'connect.cause.cancelled':
    'Jendela masuk tertutup sebelum X mengembalikan Anda. Jika X menampilkan “Something went wrong”, URL callback aplikasi Anda tidak persis sama: harus {url}.',
  'connect.cause.redirect': 'X menolak URL callback. Di pengaturan aplikasi, nilainya harus persis {url}.',
  'connect.cause.unauthorized-client':
    'Menurut X, aplikasi ini tidak boleh masuk dengan cara ini. Pastikan OAuth 2.0 aktif dan jenisnya “Native App”.',
  'connect.cause.access-denied':
    'Anda memilih Batal di halaman X, jadi tidak ada yang terhubung. Masuk lagi untuk mengizinkan.',
  'connect.cause.invalid-scope':
    'X menolak izin yang diminta ({scopes}). Pastikan izin aplikasi adalah “Read and write”.',
  'connect.cause.invalid-client':
    'X tidak mengenali Client ID ini. Salin lagi OAuth 2.0 Client ID dari konsol pengembang.',
  'usage.heading': 'Biayanya',
  'usage.none': 'Belum ada panggilan metadata.',
  'usage.month': 'Bulan ini: {calls}, {estimate}.',
  'usage.total': 'Total: {calls}, {estimate}.',
  'usage.note': 'Ini perkiraan: X menagih aplikasi Anda, dan angka pastinya ada di konsol X.',
};

export default options;
