import type { Catalog } from '../../catalog';

const suggest: Catalog<'suggest'> = {
  'suggest.heading': 'Öneriler',
  'suggest.loading': 'Öneriler aranıyor…',
  'suggest.none': 'Bu görsel için öneri yok.',
  'suggest.failed': 'Öneriler şu anda kullanılamıyor; yine de bir açıklama yazabilirsiniz.',
  'suggest.kind.ocr': 'Görseldeki metin',
  'suggest.kind.caption': 'Fotoğrafın alt yazısı',
  'suggest.kind.earlier': 'Önceki açıklamanız',
  'suggest.kind.model': 'Tarayıcının açıklaması',
  'suggest.insert.ocr': 'Görseldeki metni ekle',
  'suggest.insert.caption': 'Fotoğrafın alt yazısını ekle',
  'suggest.insert.earlier': 'Önceki açıklamanızı ekle',
  'suggest.insert.model': 'Tarayıcının açıklamasını ekle',
  'suggest.usedAt': '{date} tarihinde kullanıldı',
  'suggest.marked': 'Önerilen metin: kaydetmeden önce kontrol edip düzenleyin. O zamana kadar açıklama sayılmaz.',
  'suggest.options.heading': 'Öneriler',
  'suggest.options.intro':
    'Öneriler bu cihazda oluşturulur ve açıklamanın yanında sunulur; siz seçmedikçe hiçbir şey eklenmez ve hiçbir yere bir şey gönderilmez.',
  'suggest.options.ocr': 'Görsellerde bulunan metni öner',
  'suggest.options.earlier': 'Önceki açıklamaları öner',
  'suggest.options.model': 'Tarayıcının yerleşik modelini kullan',
  'suggest.options.model.noApi':
    'Bu tarayıcıda görselleri açıklayabilen yerleşik bir model yok; bu yüzden bu seçenek gösterilmiyor.',
  'suggest.options.model.noImage':
    'Bu tarayıcının yerleşik modeli burada görsel alamıyor; bu yüzden bu seçenek gösterilmiyor.',
  'suggest.options.model.error': 'Tarayıcının yerleşik modeli yanıt vermedi; bu seçenek gösterilmiyor.',
  'suggest.options.model.permission': 'Firefox, cihaz üzerindeki modelini kullanmak için izninizi istiyor.',
  'suggest.options.model.download': 'Modeli indir',
  'suggest.options.model.allow': 'Cihaz üzerindeki modele izin ver',
  'suggest.options.model.downloading': 'Model indiriliyor… %{percent}',
  'suggest.options.model.ready': 'Model bu cihazda hazır.',
  'suggest.options.earlier.count': 'Bu cihazda {count} önceki açıklama saklanıyor.',
  'suggest.options.earlier.empty': 'Saklanan önceki açıklama yok.',
  'suggest.options.earlier.list': 'Önceki açıklamalar',
  'suggest.options.forget': 'Önceki açıklamaları unut',
  'suggest.options.forgotten': 'Önceki açıklamalar unutuldu.',
  'suggest.options.failed': 'İşlem başarısız oldu; yeniden deneyin.',
};

export default suggest;
