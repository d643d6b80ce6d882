import type { Catalog } from '../../catalog';

const prompt: Catalog<'prompt'> = {
  'prompt.title': 'Deskripsikan media Anda',
  'prompt.close': 'Tutup',
  'prompt.intro': 'Deskripsi diatur di X melalui akun Anda sebelum postingan dibuat.',
  'prompt.noAccount': 'Tidak ada akun X yang terhubung: yang Anda simpan menunggu sampai Anda menghubungkan akun.',
  'prompt.openOptions': 'Buka opsi',
  'prompt.item.image': 'Gambar {n}',
  'prompt.item.gif': 'GIF',
  'prompt.item.video': 'Video',
  'prompt.item.inPost': 'Postingan {post} · {label}',
  'badge.unsaved': 'Teks alternatif: tambahkan deskripsi',
  'badge.saving': 'Teks alternatif: menyimpan',
  'badge.waiting': 'Teks alternatif: menunggu',
  'badge.applied': 'Teks alternatif: diterapkan',
  'badge.failed': 'Teks alternatif: gagal',
  'badge.short.unsaved': 'ALT +',
  'badge.short.saving': 'ALT …',
  'badge.short.waiting': 'ALT …',
  'badge.short.applied': 'ALT ✓',
  'badge.short.failed': 'ALT !',
  'hold.title': 'Postingan Anda menunggu',
  'hold.wait': { other: 'Menunggu X menerapkan {count} deskripsi; postingan terkirim segera setelah diterapkan.' },
  'hold.save': 'Menyimpan deskripsi Anda di X; postingan terkirim segera setelah diterapkan.',
  'hold.failed': { other: 'X tidak menerapkan metadata {count} item: {reason}' },
  'hold.invalid': 'Ada deskripsi yang harus diperbaiki sebelum dikirim.',
  'hold.remind': { other: 'Posting tanpa deskripsi? {count} item tidak punya teks alternatif.' },
  'hold.require': {
    other: 'Tambahkan deskripsi ke setiap gambar sebelum memposting ({count} belum ada). Anda memilih ini di Opsi.',
  },
  'hold.postAnyway': 'Tetap posting',
  'hold.postWithout': 'Posting tanpa deskripsi',
  'hold.describe': 'Tambahkan deskripsi',
  'hold.retry': 'Coba lagi',
  'hold.cancel': 'Batal',
};

export default prompt;
