import type { Catalog } from '../../catalog';

const options: Catalog<'options'> = {
  'options.title': 'Alt text for X — Seçenekler',
  'options.intro':
    'Bu uzantı, X’te paylaştığınız görsellerin alternatif metnini ve işaretlerini, gönderiniz oluşturulmadan önce kendi X hesabınızla X’in resmî API’si üzerinden ayarlar. Başlamak için bir hesap bağlayın.',
  'account.heading': 'X hesabınız',
  'account.signOut': 'Çıkış yap',
  'account.signin.heading': 'X ile giriş yap',
  'account.signin.help':
    'X geliştirici portalında bir uygulama oluşturun (tür “Native App”, herkese açık istemci), bu geri çağırma URL’sini ekleyin ve Client ID’sini buraya yapıştırın.',
  'account.signin.callback': 'Bu tarayıcı için geri çağırma URL’si',
  'account.signin.clientId': 'Client ID',
  'account.signin.button': 'X ile giriş yap',
  'account.signin.scopes':
    'İstenen izinler: media.write (meta veri ayarlamak için), users.read ve tweet.read (hesabınızı göstermek için), offline.access (bağlı kalmak için).',
  'account.token.heading': 'Ya da bir erişim belirteci yapıştırın',
  'account.token.help':
    'media.write ve users.read izinli bir OAuth 2.0 kullanıcı erişim belirteci. Saklanmadan önce X ile doğrulanır.',
  'account.token.label': 'Erişim belirteci',
  'account.token.button': 'Belirteci kaydet',
  'account.oauth1.heading': 'Ya da OAuth 1.0a anahtarlarını girin',
  'account.oauth1.help': 'v1.1 uç noktası için gerekir. X geliştirici portalında kendi uygulamanız için oluşturun.',
  'account.oauth1.consumerKey': 'Tüketici anahtarı',
  'account.oauth1.consumerSecret': 'Tüketici gizli anahtarı',
  'account.oauth1.token': 'Erişim belirteci (OAuth 1.0a)',
  'account.oauth1.tokenSecret': 'Erişim belirteci gizli anahtarı',
  'account.oauth1.button': 'Anahtarları kaydet',
  'account.working': 'X ile doğrulanıyor…',
  'account.error.invalid-credentials': 'X bu kimlik bilgilerini kabul etmedi. Kontrol edip yeniden deneyin.',
  'account.error.missing-scope':
    'X kimlik bilgilerini kabul etti ama gerekli bir izin eksik (users.read veya media.write).',
  'account.error.unreachable': 'X’e ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
  'account.error.cancelled': 'Giriş iptal edildi veya pencere kapatıldı.',
  'account.error.state-mismatch': 'X’in yanıtı bu girişle eşleşmedi (state uyuşmazlığı). Yeniden deneyin.',
  'account.error.foreign-redirect':
    'Giriş beklenmeyen bir adrese döndü. Uygulamanızın geri çağırma URL’sini kontrol edin.',
  'account.error.missing-code': 'X bir yetkilendirme kodu döndürmedi. Yeniden deneyin.',
  'account.error.denied': 'Yetkilendirme X’te reddedildi.',
  'account.error.invalid-grant': 'X yetkilendirme kodunu reddetti (süresi dolmuş olabilir). Yeniden deneyin.',
  'account.error.invalid-client-id': 'Bu Client ID doğru görünmüyor: X geliştirici portalından yapıştırın.',
  'account.error.generic': 'Bir sorun oluştu: {detail}',
  'settings.heading': 'Ayarlar',
  'settings.endpoint': 'Uç nokta',
  'settings.endpoint.v2': 'v2 — /2/media/metadata (tüm alanlar; önerilen)',
  'settings.endpoint.v2-legacy':
    'eski v2 — /2/media/metadata/create (alternatif metin, indirme, kaynak, çıkartmalar, yükleme kaynağı)',
  'settings.endpoint.v1.1': 'v1.1 — yalnızca alternatif metin, OAuth 1.0a anahtarları gerekir',
  'settings.endpoint.needsOAuth1':
    'v1.1 uç noktası yalnızca OAuth 1.0a anahtarlarıyla çalışır: yukarıda ekleyin veya bir v2 uç noktası seçin.',
  'settings.rule': 'Alternatif metin olmadan paylaşırken',
  'settings.rule.allow': 'İzin ver',
  'settings.rule.remind': 'Hatırlat',
  'settings.rule.require': 'Zorunlu tut',
  'settings.rule.allow.help': 'Olduğu gibi paylaş.',
  'settings.rule.remind.help': 'Bir kez sor: “Açıklama olmadan paylaşılsın mı?”',
  'settings.rule.require.help': 'Her görselin açıklaması olana kadar gönderiyi beklet.',
  'settings.prompt': 'Medya yüklenince sor',
  'settings.defaults': 'Her yükleme için varsayılanlar',
  'settings.defaults.noDownload': 'İndirmeleri kapat',
  'settings.language': 'Dil',
  'settings.language.auto': 'Tarayıcı dili',
  'settings.saved': 'Kaydedildi.',
  'setup.heading': 'Birkaç dakikada bağlanın',
  'setup.intro': 'X ile giriş için X geliştirici konsolunda size ait bir uygulama gerekir. Bu adımları bir kez yapın:',
  'setup.step.project':
    'X geliştirici konsolunda bir proje ve içinde bir uygulama oluşturun (kullandıkça öde yeterli).',
  'setup.step.auth': 'Uygulamanın “User authentication settings” bölümünü açın ve OAuth 2.0’ı etkinleştirin.',
  'setup.step.type': 'Type of App: “Native App” seçin (herkese açık istemci: uzantı hiçbir gizli anahtar saklamaz).',
  'setup.step.permissions': 'App permissions: “Read and write”.',
  'setup.step.callback': 'Callback URI / Redirect URL: bu adresi sondaki eğik çizgiyle birlikte aynen yapıştırın:',
  'setup.step.website': 'Website URL: size ait herhangi bir adres; X bir adres ister.',
  'setup.step.clientId': 'Kaydedin, ardından “OAuth 2.0 Client ID”yi (API Key değil) kopyalayıp aşağıya yapıştırın.',
  'setup.copy': 'Kopyala',
  'setup.copied': 'Kopyalandı',
  'setup.copyFailed': 'Kopyalanamadı: adresi seçip elle kopyalayın.',
  'setup.cost':
    'X her çağrı için uygulamanızdan ücret alır: bir görselin meta verisini ayarlamak X’in kullandıkça öde fiyatıyla {price} tutar.',
  'setup.clientId.shape':
    'Bir Client ID yaklaşık 34 harf ve rakamdan oluşur ve çoğu zaman “MTpjaQ” ile biter. Bu, {what} gibi görünüyor: OAuth 2.0 Client ID’yi kullanın.',
  'setup.clientId.apiKey': 'bir API Key (Consumer Key)',
  'setup.clientId.secret': 'bir Client Secret',
  'setup.clientId.other': 'başka bir şey',
  'setup.scope.missing':
    'Bağlandı, ancak X {scopes} izinlerini vermedi. Bunlar olmadan {effect}. Yeniden giriş yapıp her şeye izin verin; X sormazsa uygulamanın izinlerini (“Read and write”) kontrol edin.',
  'setup.scope.effect.media.write': 'açıklamalar ayarlanamaz',
  'setup.scope.effect.other': 'uzantı hesabınızı gösteremez veya bağlı kalamaz',
  'setup.test': 'Bağlantıyı test et',
  'setup.test.working': 'Test ediliyor…',
  'setup.test.ok': 'Çalışıyor: X sizi @{username} olarak tanıyor ve bu bağlantı medya meta verisi ayarlayabilir.',
  'setup.test.noScope':
    'X sizi @{username} olarak tanıyor, ancak bu bağlantı medya yazamaz (media.write yok). Yeniden giriş yapıp tüm izinleri verin.',
  'setup.test.okUnchecked':
    'X sizi @{username} olarak tanıyor. Bu bağlantının medya yazıp yazamayacağı ilk kayıtta görülür.',
  'setup.test.failed': 'Test başarısız: {reason}',
  'connect.cause.cancelled':
    'Giriş penceresi X sizi geri göndermeden kapandı. X “Something went wrong” gösterdiyse, uygulamanızın geri çağırma URL’si tam olarak eşleşmiyor: {url} olmalı.',
  'connect.cause.redirect': 'X geri çağırma URL’sini reddetti. Uygulamanın ayarlarında tam olarak {url} olmalı.',
  'connect.cause.unauthorized-client':
    'X, bu uygulamanın bu şekilde giriş yapamayacağını söylüyor. OAuth 2.0’ın açık ve türün “Native App” olduğunu kontrol edin.',
  'connect.cause.access-denied':
    'X’in sayfasında İptal’i seçtiniz, bu yüzden hiçbir şey bağlanmadı. İzin vermek için yeniden giriş yapın.',
  'connect.cause.invalid-scope':
    'X istenen izinleri ({scopes}) reddetti. Uygulamanın izinlerinin “Read and write” olduğunu kontrol edin.',
  'connect.cause.invalid-client':
    'X bu Client ID’yi tanımıyor. OAuth 2.0 Client ID’yi geliştirici konsolundan yeniden kopyalayın.',
  'usage.heading': 'Maliyeti',
  'usage.none': 'Henüz meta veri çağrısı yapılmadı.',
  'usage.month': 'Bu ay: {calls}, {estimate}.',
  'usage.total': 'Toplam: {calls}, {estimate}.',
  'usage.note': 'Bir tahmindir: ücreti X uygulamanızdan alır, kesin tutar X’in konsolundadır.',
};

export default options;
