import type { Catalog } from '../../catalog';

const options: Catalog<'options'> = {
  'options.title': 'Alt text for X — Optionen',
  'options.intro':
    'Diese Erweiterung setzt Alternativtext und Markierungen der Bilder, die Sie auf X posten, über die offizielle API von X mit Ihrem eigenen X-Konto, bevor Ihr Beitrag erstellt wird. Verbinden Sie zuerst ein Konto.',
  'account.heading': 'Ihr X-Konto',
  'account.signOut': 'Abmelden',
  'account.signin.heading': 'Mit X anmelden',
  'account.signin.help':
    'Erstellen Sie im Entwicklerportal von X eine App (Typ „Native App“, ein öffentlicher Client), tragen Sie diese Callback-URL ein und fügen Sie hier ihre Client-ID ein.',
  'account.signin.callback': 'Callback-URL für diesen Browser',
  'account.signin.clientId': 'Client-ID',
  'account.signin.button': 'Mit X anmelden',
  'account.signin.scopes':
    'Angefragte Berechtigungen: media.write (Metadaten setzen), users.read und tweet.read (Ihr Konto anzeigen), offline.access (verbunden bleiben).',
  'account.token.heading': 'Oder ein Zugriffstoken einfügen',
  'account.token.help':
    'Ein OAuth-2.0-Benutzerzugriffstoken mit den Berechtigungen media.write und users.read. Es wird bei X geprüft, bevor es gespeichert wird.',
  'account.token.label': 'Zugriffstoken',
  'account.token.button': 'Token speichern',
  'account.oauth1.heading': 'Oder OAuth-1.0a-Schlüssel eingeben',
  'account.oauth1.help': 'Nötig für den Endpunkt v1.1. Erzeugen Sie sie für Ihre eigene App im Entwicklerportal von X.',
  'account.oauth1.consumerKey': 'Consumer-Schlüssel',
  'account.oauth1.consumerSecret': 'Consumer-Geheimnis',
  'account.oauth1.token': 'Zugriffstoken (OAuth 1.0a)',
  'account.oauth1.tokenSecret': 'Zugriffstoken-Geheimnis',
  'account.oauth1.button': 'Schlüssel speichern',
  'account.working': 'Wird bei X geprüft…',
  'account.error.invalid-credentials':
    'X hat diese Zugangsdaten nicht akzeptiert. Prüfen Sie sie und versuchen Sie es erneut.',
  'account.error.missing-scope':
    'X hat die Zugangsdaten akzeptiert, aber ihnen fehlt eine nötige Berechtigung (users.read oder media.write).',
  'account.error.unreachable': 'X war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'account.error.cancelled': 'Die Anmeldung wurde abgebrochen oder das Fenster geschlossen.',
  'account.error.state-mismatch':
    'Die Antwort von X passte nicht zu dieser Anmeldung (state stimmt nicht). Versuchen Sie es erneut.',
  'account.error.foreign-redirect':
    'Die Anmeldung kam an einer unerwarteten Adresse zurück. Prüfen Sie die Callback-URL Ihrer App.',
  'account.error.missing-code': 'X hat keinen Autorisierungscode zurückgegeben. Versuchen Sie es erneut.',
  'account.error.denied': 'Die Autorisierung wurde auf X abgelehnt.',
  'account.error.invalid-grant':
    'X hat den Autorisierungscode abgelehnt (vielleicht abgelaufen). Versuchen Sie es erneut.',
  'account.error.invalid-client-id':
    'Diese Client-ID sieht nicht richtig aus: Fügen Sie sie aus dem Entwicklerportal von X ein.',
  'account.error.generic': 'Etwas ist schiefgelaufen: {detail}',
  'settings.heading': 'Einstellungen',
  'settings.endpoint': 'Endpunkt',
  'settings.endpoint.v2': 'v2 — /2/media/metadata (alle Felder; empfohlen)',
  'settings.endpoint.v2-legacy':
    'v2 alt — /2/media/metadata/create (Alternativtext, Download, Herkunft, Sticker, Upload-Quelle)',
  'settings.endpoint.v1.1': 'v1.1 — nur Alternativtext, braucht OAuth-1.0a-Schlüssel',
  'settings.endpoint.needsOAuth1':
    'Der Endpunkt v1.1 funktioniert nur mit OAuth-1.0a-Schlüsseln: Fügen Sie sie oben hinzu oder wählen Sie einen v2-Endpunkt.',
  'settings.rule': 'Beim Posten ohne Alternativtext',
  'settings.rule.allow': 'Erlauben',
  'settings.rule.remind': 'Erinnern',
  'settings.rule.require': 'Verlangen',
  'settings.rule.allow.help': 'So posten, wie es ist.',
  'settings.rule.remind.help': 'Einmal fragen: „Ohne Beschreibung posten?“',
  'settings.rule.require.help': 'Den Beitrag zurückhalten, bis jedes Bild eine Beschreibung hat.',
  'settings.prompt': 'Beim Hochladen von Medien nachfragen',
  'settings.defaults': 'Standardwerte für jeden Upload',
  'settings.defaults.noDownload': 'Downloads ausschalten',
  'settings.language': 'Sprache',
  'settings.language.auto': 'Sprache des Browsers',
  'settings.saved': 'Gespeichert.',
  'setup.heading': 'In wenigen Minuten verbinden',
  'setup.intro': '„Mit X anmelden“ braucht eine eigene App in der Entwicklerkonsole von X. Einmalig diese Schritte:',
  'setup.step.project':
    'Erstellen Sie in der Entwicklerkonsole von X ein Projekt und darin eine App (Pay-per-Use genügt).',
  'setup.step.auth': 'Öffnen Sie die „User authentication settings“ der App und schalten Sie OAuth 2.0 ein.',
  'setup.step.type':
    'Type of App: Wählen Sie „Native App“ (ein öffentlicher Client: Die Erweiterung speichert kein Geheimnis).',
  'setup.step.permissions': 'App permissions: „Read and write“.',
  'setup.step.callback':
    'Callback URI / Redirect URL: Fügen Sie genau diese Adresse ein, mit dem Schrägstrich am Ende:',
  'setup.step.website': 'Website URL: eine beliebige eigene Adresse; X verlangt eine.',
  'setup.step.clientId':
    'Speichern Sie, kopieren Sie dann die „OAuth 2.0 Client ID“ (nicht den API Key) und fügen Sie sie unten ein.',
  'setup.copy': 'Kopieren',
  'setup.copied': 'Kopiert',
  'setup.copyFailed': 'Kopieren nicht möglich: Markieren Sie die Adresse und kopieren Sie sie von Hand.',
  'setup.cost':
    'X berechnet Ihrer App jeden Aufruf: Die Metadaten eines Bildes zu setzen kostet {price} zum Pay-per-Use-Preis von X.',
  'setup.clientId.shape':
    'Eine Client-ID hat etwa 34 Buchstaben und Ziffern und endet oft auf „MTpjaQ“. Dies sieht aus wie {what}: Verwenden Sie die OAuth 2.0 Client ID.',
  'setup.clientId.apiKey': 'ein API Key (Consumer Key)',
  'setup.clientId.secret': 'ein Client Secret',
  'setup.clientId.other': 'etwas anderes',
  'setup.scope.missing':
    'Verbunden, aber X hat {scopes} nicht gewährt. Ohne sie {effect}. Melden Sie sich neu an und erlauben Sie alles; fragt X nicht danach, prüfen Sie die Berechtigungen der App („Read and write“).',
  'setup.scope.effect.media.write': 'können keine Beschreibungen gesetzt werden',
  'setup.scope.effect.other': 'kann die Erweiterung Ihr Konto nicht anzeigen oder verbunden bleiben',
  'setup.test': 'Verbindung testen',
  'setup.test.working': 'Wird getestet…',
  'setup.test.ok': 'Funktioniert: X kennt Sie als @{username}, und die Verbindung darf Medien-Metadaten setzen.',
  'setup.test.noScope':
    'X kennt Sie als @{username}, aber diese Verbindung darf keine Medien schreiben (kein media.write). Melden Sie sich neu an und erlauben Sie alle Berechtigungen.',
  'setup.test.okUnchecked':
    'X kennt Sie als @{username}. Ob diese Verbindung Medien schreiben darf, zeigt das erste Speichern.',
  'setup.test.failed': 'Der Test ist fehlgeschlagen: {reason}',
  'connect.cause.cancelled':
    'Das Anmeldefenster wurde geschlossen, bevor X Sie zurückgeschickt hat. Zeigte X „Something went wrong“, stimmt die Callback-URL Ihrer App nicht genau: Sie muss {url} lauten.',
  'connect.cause.redirect':
    'X hat die Callback-URL abgelehnt. In den Einstellungen der App muss sie genau {url} lauten.',
  'connect.cause.unauthorized-client':
    'Laut X darf sich diese App so nicht anmelden. Prüfen Sie, ob OAuth 2.0 eingeschaltet und der Typ „Native App“ ist.',
  'connect.cause.access-denied':
    'Sie haben auf der Seite von X „Abbrechen“ gewählt, daher wurde nichts verbunden. Melden Sie sich erneut an, um es zu erlauben.',
  'connect.cause.invalid-scope':
    'X hat die angefragten Berechtigungen ({scopes}) abgelehnt. Prüfen Sie, ob die Berechtigungen der App „Read and write“ sind.',
  'connect.cause.invalid-client':
    'X kennt diese Client-ID nicht. Kopieren Sie die OAuth 2.0 Client ID erneut aus der Entwicklerkonsole.',
  'usage.heading': 'Was es kostet',
  'usage.none': 'Noch kein Metadatenaufruf.',
  'usage.month': 'Diesen Monat: {calls}, {estimate}.',
  'usage.total': 'Insgesamt: {calls}, {estimate}.',
  'usage.note': 'Eine Schätzung: X stellt Ihrer App die Aufrufe in Rechnung, den genauen Betrag zeigt seine Konsole.',
};

export default options;
