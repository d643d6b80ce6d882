import type { Catalog } from '../../catalog';

const failures: Catalog<'failures'> = {
  'failure.invalid': 'X hat ein Feld dieser Beschreibung nicht angenommen.',
  'failure.invalid.next': 'Korrigieren Sie das markierte Feld und speichern Sie dann.',
  'failure.unauthorized': 'X akzeptiert Ihre Anmeldung nicht mehr.',
  'failure.unauthorized.next': 'Verbinden Sie Ihr Konto in den Optionen neu; Ihre Beschreibung wartet so lange.',
  'failure.missing-scope': 'Ihre Verbindung darf keine Metadaten setzen: Ihr fehlt die Berechtigung media.write.',
  'failure.missing-scope.next':
    'Melden Sie sich in den Optionen neu an und erlauben Sie alle angefragten Berechtigungen.',
  'failure.media-gone': 'X hat dieses Bild nicht mehr.',
  'failure.media-gone.next': 'Entfernen Sie es und hängen Sie es erneut an.',
  'failure.forbidden': 'X erlaubt Ihrer App diese Aktion nicht.',
  'failure.forbidden.next':
    'Prüfen Sie in der Entwicklerkonsole von X, ob Ihre App zu einem Projekt gehört, und versuchen Sie es dann erneut.',
  'failure.rate-limited': 'X bittet, bis {time} zu warten.',
  'failure.rate-limited.next': 'Nichts zu tun: Es wird von selbst gesendet.',
  'failure.usage-capped': 'Ihre X-App hat ihr Guthaben aufgebraucht oder ihr Nutzungslimit erreicht.',
  'failure.usage-capped.next':
    'Laden Sie in der Entwicklerkonsole von X Guthaben auf oder erhöhen Sie das Limit, und versuchen Sie es dann erneut.',
  'failure.server-error': 'Bei X ist ein Fehler aufgetreten.',
  'failure.server-error.next': 'Ein neuer Versuch ist geplant.',
  'failure.rejected': 'X hat die Anfrage abgelehnt.',
  'failure.rejected.next': 'Versuchen Sie es später erneut; passiert es wieder, sehen Sie unter „Details“ nach.',
  'failure.network-error': 'X ist nicht erreichbar: Das Netzwerk scheint getrennt.',
  'failure.network-error.next': 'Es wird von selbst gesendet, sobald die Verbindung zurück ist.',
  'failure.timeout': 'X hat zu lange nicht geantwortet.',
  'failure.timeout.next': 'Es wird von selbst erneut versucht.',
  'failure.no-account': 'Kein X-Konto ist verbunden.',
  'failure.no-account.next': 'Verbinden Sie eines in den Optionen; Ihre Beschreibung wartet so lange.',
  'failure.needs-sign-in': 'Ihre Verbindung zu X ist abgelaufen.',
  'failure.needs-sign-in.next': 'Melden Sie sich in den Optionen neu an; Ihre Beschreibung wartet so lange.',
  'failure.account-unreachable': 'X war nicht erreichbar, um Ihr Konto zu prüfen.',
  'failure.account-unreachable.next': 'Es wird von selbst erneut versucht.',
  'failure.expired': 'X nimmt für dieses Bild keine Beschreibung mehr an: Es ist abgelaufen.',
  'failure.expired.next': 'Entfernen Sie es und hängen Sie es erneut an.',
  'failure.gave-up': 'X war nach mehreren Versuchen nicht erreichbar.',
  'failure.gave-up.next': 'Ihre Beschreibung bleibt erhalten: Versuchen Sie es erneut, wenn Sie online sind.',
  'failure.unknown-outcome': 'Die Erweiterung wurde beim Senden beendet.',
  'failure.unknown-outcome.next': 'Es wird von selbst erneut gesendet.',
  'failure.not-delivered': 'Die Erweiterung hat das Speichern nicht erhalten.',
  'failure.not-delivered.next': 'Versuchen Sie es erneut.',
  'failure.details': 'Details',
  'failure.xSaid': 'Antwort von X: {message}',
  'failure.status': 'HTTP {status}',
};

export default failures;
