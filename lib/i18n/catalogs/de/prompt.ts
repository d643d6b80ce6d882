import type { Catalog } from '../../catalog';

const prompt: Catalog<'prompt'> = {
  'prompt.title': 'Medien beschreiben',
  'prompt.close': 'Schließen',
  'prompt.intro': 'Beschreibungen werden über Ihr Konto bei X gesetzt, bevor der Beitrag erstellt wird.',
  'prompt.noAccount': 'Kein X-Konto ist verbunden: Was Sie speichern, wartet, bis Sie eines verbinden.',
  'prompt.openOptions': 'Optionen öffnen',
  'prompt.item.image': 'Bild {n}',
  'prompt.item.gif': 'GIF',
  'prompt.item.video': 'Video',
  'prompt.item.inPost': 'Beitrag {post} · {label}',
  'badge.unsaved': 'Alternativtext: Beschreibung hinzufügen',
  'badge.saving': 'Alternativtext: wird gespeichert',
  'badge.waiting': 'Alternativtext: wartet',
  'badge.applied': 'Alternativtext: übernommen',
  'badge.failed': 'Alternativtext: fehlgeschlagen',
  'badge.short.unsaved': 'ALT +',
  'badge.short.saving': 'ALT …',
  'badge.short.waiting': 'ALT …',
  'badge.short.applied': 'ALT ✓',
  'badge.short.failed': 'ALT !',
  'badge.xEditor': 'Alternativtext: im Editor von X geschrieben',
  'badge.short.xEditor': 'ALT ✓',
  'hold.title': 'Ihr Beitrag wartet',
  'hold.wait': {
    one: 'Warten, bis X die Beschreibung übernimmt; der Beitrag geht raus, sobald sie übernommen ist.',
    other: 'Warten, bis X {count} Beschreibungen übernimmt; der Beitrag geht raus, sobald sie übernommen sind.',
  },
  'hold.save': 'Ihre Beschreibungen werden bei X gespeichert; der Beitrag geht raus, sobald sie übernommen sind.',
  'hold.failed': {
    one: 'X hat die Metadaten eines Mediums nicht übernommen: {reason}',
    other: 'X hat die Metadaten von {count} Medien nicht übernommen: {reason}',
  },
  'hold.invalid': 'Eine Beschreibung hat ein Problem, das vor dem Senden behoben werden muss.',
  'hold.remind': {
    one: 'Ohne Beschreibung posten? Ein Medium hat keinen Alternativtext.',
    other: 'Ohne Beschreibung posten? {count} Medien haben keinen Alternativtext.',
  },
  'hold.require': {
    one: 'Fügen Sie vor dem Posten jedem Bild eine Beschreibung hinzu (eine fehlt). Das haben Sie in den Optionen gewählt.',
    other:
      'Fügen Sie vor dem Posten jedem Bild eine Beschreibung hinzu ({count} fehlen). Das haben Sie in den Optionen gewählt.',
  },
  'hold.postAnyway': 'Trotzdem posten',
  'hold.postWithout': 'Ohne Beschreibung posten',
  'hold.describe': 'Beschreibung hinzufügen',
  'hold.retry': 'Erneut versuchen',
  'hold.cancel': 'Abbrechen',
};

export default prompt;
