import type { Catalog } from '../../catalog';

const suggest: Catalog<'suggest'> = {
  'suggest.heading': 'Saran',
  'suggest.loading': 'Mencari saran…',
  'suggest.none': 'Tidak ada saran untuk gambar ini.',
  'suggest.failed': 'Saran tidak tersedia saat ini; Anda tetap bisa mengetik deskripsi.',
  'suggest.kind.ocr': 'Teks dalam gambar',
  'suggest.kind.caption': 'Keterangan foto',
  'suggest.kind.earlier': 'Deskripsi Anda sebelumnya',
  'suggest.kind.model': 'Deskripsi dari browser',
  'suggest.insert.ocr': 'Sisipkan teks dari gambar',
  'suggest.insert.caption': 'Sisipkan keterangan foto',
  'suggest.insert.earlier': 'Sisipkan deskripsi Anda sebelumnya',
  'suggest.insert.model': 'Sisipkan deskripsi dari browser',
  'suggest.usedAt': 'Digunakan pada {date}',
  'suggest.marked':
    'Teks saran: periksa dan edit sebelum Anda menyimpan. Sampai saat itu, teks ini belum dihitung sebagai deskripsi.',
  'suggest.options.heading': 'Saran',
  'suggest.options.intro':
    'Saran dibuat di perangkat ini dan ditampilkan di samping deskripsi; tidak ada yang disisipkan kecuali Anda memilihnya, dan tidak ada yang dikirim ke mana pun.',
  'suggest.options.ocr': 'Sarankan teks yang ditemukan dalam gambar',
  'suggest.options.earlier': 'Sarankan deskripsi sebelumnya',
  'suggest.options.model': 'Gunakan model bawaan browser',
  'suggest.options.model.noApi':
    'Browser ini tidak punya model bawaan yang bisa mendeskripsikan gambar, jadi opsi ini tidak ditampilkan.',
  'suggest.options.model.noImage':
    'Model bawaan browser ini tidak bisa menerima gambar di sini, jadi opsi ini tidak ditampilkan.',
  'suggest.options.model.error': 'Model bawaan browser tidak menjawab; opsi ini tidak ditampilkan.',
  'suggest.options.model.permission': 'Firefox meminta izin Anda untuk memakai model lokalnya.',
  'suggest.options.model.download': 'Unduh model',
  'suggest.options.model.allow': 'Izinkan model lokal',
  'suggest.options.model.downloading': 'Mengunduh model… {percent}%',
  'suggest.options.model.ready': 'Model sudah siap di perangkat ini.',
  'suggest.options.earlier.count': '{count} deskripsi sebelumnya tersimpan di perangkat ini.',
  'suggest.options.earlier.empty': 'Tidak ada deskripsi sebelumnya yang tersimpan.',
  'suggest.options.earlier.list': 'Deskripsi sebelumnya',
  'suggest.options.forget': 'Lupakan deskripsi sebelumnya',
  'suggest.options.forgotten': 'Deskripsi sebelumnya telah dilupakan.',
  'suggest.options.failed': 'Tidak berhasil; coba lagi.',
};

export default suggest;
