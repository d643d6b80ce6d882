import type { Catalog } from '../../catalog';

const suggest: Catalog<'suggest'> = {
  'suggest.heading': 'Vorschläge',
  'suggest.loading': 'Vorschläge werden gesucht…',
  'suggest.none': 'Kein Vorschlag für dieses Bild.',
  'suggest.failed': 'Vorschläge sind gerade nicht verfügbar; Sie können trotzdem eine Beschreibung eingeben.',
  'suggest.kind.ocr': 'Text im Bild',
  'suggest.kind.caption': 'Die Bildunterschrift des Fotos',
  'suggest.kind.earlier': 'Ihre frühere Beschreibung',
  'suggest.kind.model': 'Die Beschreibung des Browsers',
  'suggest.insert.ocr': 'Text aus dem Bild einfügen',
  'suggest.insert.caption': 'Bildunterschrift des Fotos einfügen',
  'suggest.insert.earlier': 'Ihre frühere Beschreibung einfügen',
  'suggest.insert.model': 'Beschreibung des Browsers einfügen',
  'suggest.usedAt': 'Verwendet am {date}',
  'suggest.marked':
    'Vorgeschlagener Text: Prüfen und bearbeiten Sie ihn, bevor Sie speichern. Bis dahin zählt er nicht als Beschreibung.',
  'suggest.options.heading': 'Vorschläge',
  'suggest.options.intro':
    'Vorschläge entstehen auf diesem Gerät und erscheinen neben der Beschreibung; eingefügt wird nur, was Sie auswählen, und nichts wird irgendwohin gesendet.',
  'suggest.options.ocr': 'In Bildern gefundenen Text vorschlagen',
  'suggest.options.earlier': 'Frühere Beschreibungen vorschlagen',
  'suggest.options.model': 'Das integrierte Modell des Browsers verwenden',
  'suggest.options.model.noApi':
    'Dieser Browser hat kein integriertes Modell, das Bilder beschreiben kann; diese Option wird daher nicht angezeigt.',
  'suggest.options.model.noImage':
    'Das integrierte Modell dieses Browsers kann hier keine Bilder annehmen; diese Option wird daher nicht angezeigt.',
  'suggest.options.model.error':
    'Das integrierte Modell des Browsers hat nicht geantwortet; diese Option wird nicht angezeigt.',
  'suggest.options.model.permission': 'Firefox bittet um Ihre Erlaubnis, sein lokales Modell zu verwenden.',
  'suggest.options.model.download': 'Modell herunterladen',
  'suggest.options.model.allow': 'Lokales Modell erlauben',
  'suggest.options.model.downloading': 'Modell wird heruntergeladen… {percent} %',
  'suggest.options.model.ready': 'Das Modell ist auf diesem Gerät bereit.',
  'suggest.options.earlier.count': 'Auf diesem Gerät gespeicherte frühere Beschreibungen: {count}.',
  'suggest.options.earlier.empty': 'Keine früheren Beschreibungen gespeichert.',
  'suggest.options.earlier.list': 'Frühere Beschreibungen',
  'suggest.options.forget': 'Frühere Beschreibungen löschen',
  'suggest.options.forgotten': 'Frühere Beschreibungen gelöscht.',
  'suggest.options.failed': 'Das hat nicht geklappt; versuchen Sie es erneut.',
};

export default suggest;
