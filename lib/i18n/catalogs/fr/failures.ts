import type { Catalog } from '../../catalog';

const failures: Catalog<'failures'> = {
  'failure.invalid': 'X n’a pas accepté un champ de cette description.',
  'failure.invalid.next': 'Corrigez le champ signalé, puis enregistrez.',
  'failure.unauthorized': 'X n’accepte plus votre connexion.',
  'failure.unauthorized.next': 'Reconnectez votre compte dans les options ; votre description attend jusque-là.',
  'failure.missing-scope':
    'Votre connexion ne peut pas définir les métadonnées : il lui manque l’autorisation media.write.',
  'failure.missing-scope.next': 'Reconnectez-vous dans les options et acceptez toutes les autorisations demandées.',
  'failure.media-gone': 'X n’a plus cette image.',
  'failure.media-gone.next': 'Retirez-la et joignez-la de nouveau.',
  'failure.forbidden': 'X n’autorise pas votre app à faire cela.',
  'failure.forbidden.next':
    'Vérifiez que votre app est rattachée à un projet dans la console développeur de X, puis réessayez.',
  'failure.rate-limited': 'X demande d’attendre jusqu’à {time}.',
  'failure.rate-limited.next': 'Rien à faire : l’envoi se fera tout seul.',
  'failure.usage-capped': 'Votre app X a épuisé ses crédits ou atteint son plafond d’utilisation.',
  'failure.usage-capped.next':
    'Ajoutez des crédits ou relevez le plafond dans la console développeur de X, puis réessayez.',
  'failure.server-error': 'X a eu un problème de son côté.',
  'failure.server-error.next': 'Un nouvel essai est prévu.',
  'failure.rejected': 'X a refusé la requête.',
  'failure.rejected.next': 'Réessayez plus tard ; si cela se reproduit, voyez les détails.',
  'failure.network-error': 'Impossible de joindre X : le réseau semble coupé.',
  'failure.network-error.next': 'L’envoi se fera tout seul au retour de la connexion.',
  'failure.timeout': 'X a mis trop de temps à répondre.',
  'failure.timeout.next': 'Un nouvel essai se fera tout seul.',
  'failure.no-account': 'Aucun compte X n’est connecté.',
  'failure.no-account.next': 'Connectez-en un dans les options ; votre description attend jusque-là.',
  'failure.needs-sign-in': 'Votre connexion à X a expiré.',
  'failure.needs-sign-in.next': 'Reconnectez-vous dans les options ; votre description attend jusque-là.',
  'failure.account-unreachable': 'Impossible de joindre X pour vérifier votre compte.',
  'failure.account-unreachable.next': 'Un nouvel essai se fera tout seul.',
  'failure.expired': 'X n’accepte plus de description pour cette image : elle a expiré.',
  'failure.expired.next': 'Retirez-la et joignez-la de nouveau.',
  'failure.gave-up': 'Impossible de joindre X après plusieurs essais.',
  'failure.gave-up.next': 'Votre description est conservée : réessayez une fois en ligne.',
  'failure.unknown-outcome': 'L’extension s’est arrêtée pendant l’envoi.',
  'failure.unknown-outcome.next': 'L’envoi sera refait tout seul.',
  'failure.not-delivered': 'L’extension n’a pas reçu l’enregistrement.',
  'failure.not-delivered.next': 'Réessayez.',
  'failure.details': 'Détails',
  'failure.xSaid': 'Réponse de X : {message}',
  'failure.status': 'HTTP {status}',
};

export default failures;
