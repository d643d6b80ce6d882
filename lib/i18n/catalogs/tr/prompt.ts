import type { Catalog } from '../../catalog';

const prompt: Catalog<'prompt'> = {
  'prompt.title': 'Medyanızı açıklayın',
  'prompt.close': 'Kapat',
  'prompt.intro': 'Açıklamalar, gönderi oluşturulmadan önce hesabınız üzerinden X’te ayarlanır.',
  'prompt.noAccount': 'Bağlı bir X hesabı yok: kaydettikleriniz bir hesap bağlayana kadar bekler.',
  'prompt.openOptions': 'Seçenekleri aç',
  'prompt.item.image': 'Görsel {n}',
  'prompt.item.gif': 'GIF',
  'prompt.item.video': 'Video',
  'prompt.item.inPost': 'Gönderi {post} · {label}',
  'badge.unsaved': 'Alternatif metin: açıklama ekleyin',
  'badge.saving': 'Alternatif metin: kaydediliyor',
  'badge.waiting': 'Alternatif metin: bekliyor',
  'badge.applied': 'Alternatif metin: uygulandı',
  'badge.failed': 'Alternatif metin: başarısız',
  'badge.short.unsaved': 'ALT +',
  'badge.short.saving': 'ALT …',
  'badge.short.waiting': 'ALT …',
  'badge.short.applied': 'ALT ✓',
  'badge.short.failed': 'ALT !',
  'badge.xEditor': 'Alternatif metin: X’in düzenleyicisinde yazıldı',
  'badge.short.xEditor': 'ALT ✓',
  'hold.title': 'Gönderiniz bekliyor',
  'hold.wait': {
    one: 'X’in açıklamayı uygulaması bekleniyor; uygulanır uygulanmaz gönderi paylaşılır.',
    other: 'X’in {count} açıklamayı uygulaması bekleniyor; uygulanır uygulanmaz gönderi paylaşılır.',
  },
  'hold.save': 'Açıklamalarınız X’e kaydediliyor; uygulanır uygulanmaz gönderi paylaşılır.',
  'hold.failed': {
    one: 'X bir öğenin meta verisini uygulamadı: {reason}',
    other: 'X {count} öğenin meta verisini uygulamadı: {reason}',
  },
  'hold.invalid': 'Bir açıklamada gönderilmeden önce düzeltilmesi gereken bir sorun var.',
  'hold.remind': {
    one: 'Açıklama olmadan paylaşılsın mı? Bir öğenin alternatif metni yok.',
    other: 'Açıklama olmadan paylaşılsın mı? {count} öğenin alternatif metni yok.',
  },
  'hold.require': {
    one: 'Paylaşmadan önce her görsele bir açıklama ekleyin (bir eksik). Bunu Seçenekler’de siz seçtiniz.',
    other: 'Paylaşmadan önce her görsele bir açıklama ekleyin ({count} eksik). Bunu Seçenekler’de siz seçtiniz.',
  },
  'hold.postAnyway': 'Yine de paylaş',
  'hold.postWithout': 'Açıklamasız paylaş',
  'hold.describe': 'Açıklama ekle',
  'hold.retry': 'Yeniden dene',
  'hold.cancel': 'İptal',
};

export default prompt;
