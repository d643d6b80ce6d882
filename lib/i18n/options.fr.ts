import type { optionsEn } from './options.en';

export const optionsFr: Record<keyof typeof optionsEn, string> = {
  'options.title': 'Texte alternatif pour X — Options',
  'options.intro':
    'Cette extension applique le texte alternatif et les avertissements des images que vous publiez sur X via l’API officielle de X, avec votre propre compte, avant la création de la publication. Connectez un compte pour commencer.',
  'account.heading': 'Votre compte X',
  'account.none': 'Aucun compte connecté.',
  'account.connected': 'Connecté en tant que @{username}',
  'account.method.signin': 'connexion avec X',
  'account.method.token': 'jeton d’accès collé',
  'account.method.oauth1': 'clés OAuth 1.0a',
  'account.needsSignIn': 'La connexion à @{username} doit être renouvelée : {reason}',
  'account.signOut': 'Se déconnecter',
  'account.signin.heading': 'Se connecter avec X',
  'account.signin.help':
    'Créez une application dans le portail développeur de X (type « Native App », client public), ajoutez-y cette URL de rappel et collez ici son Client ID.',
  'account.signin.callback': 'URL de rappel pour ce navigateur',
  'account.signin.clientId': 'Client ID',
  'account.signin.button': 'Se connecter avec X',
  'account.signin.scopes':
    'Autorisations demandées : media.write (métadonnées), users.read et tweet.read (afficher votre compte), offline.access (rester connecté).',
  'account.token.heading': 'Ou collez un jeton d’accès',
  'account.token.help':
    'Un jeton d’accès utilisateur OAuth 2.0 avec les autorisations media.write et users.read. Il est vérifié auprès de X avant d’être conservé.',
  'account.token.label': 'Jeton d’accès',
  'account.token.button': 'Enregistrer le jeton',
  'account.oauth1.heading': 'Ou saisissez des clés OAuth 1.0a',
  'account.oauth1.help':
    'Nécessaires pour le point d’accès v1.1. Générez-les pour votre application dans le portail développeur de X.',
  'account.oauth1.consumerKey': 'Clé client (consumer key)',
  'account.oauth1.consumerSecret': 'Secret client (consumer secret)',
  'account.oauth1.token': 'Jeton d’accès (OAuth 1.0a)',
  'account.oauth1.tokenSecret': 'Secret du jeton d’accès',
  'account.oauth1.button': 'Enregistrer les clés',
  'account.working': 'Vérification auprès de X…',
  'account.error.invalid-credentials': 'X n’a pas accepté ces identifiants. Vérifiez-les et réessayez.',
  'account.error.missing-scope':
    'X a accepté les identifiants, mais il leur manque une autorisation (users.read ou media.write).',
  'account.error.unreachable': 'Impossible de joindre X. Vérifiez votre connexion et réessayez.',
  'account.error.cancelled': 'La connexion a été annulée ou la fenêtre fermée.',
  'account.error.state-mismatch': 'La réponse de X ne correspond pas à cette connexion (state différent). Réessayez.',
  'account.error.foreign-redirect':
    'La connexion est revenue à une adresse inattendue. Vérifiez l’URL de rappel de votre application.',
  'account.error.missing-code': 'X n’a pas renvoyé de code d’autorisation. Réessayez.',
  'account.error.denied': 'L’autorisation a été refusée sur X.',
  'account.error.invalid-grant': 'X a refusé le code d’autorisation (il a peut-être expiré). Réessayez.',
  'account.error.invalid-client-id':
    'Ce Client ID ne semble pas correct : copiez-le depuis le portail développeur de X.',
  'account.error.generic': 'Une erreur est survenue : {detail}',
  'settings.heading': 'Réglages',
  'settings.endpoint': 'Point d’accès',
  'settings.endpoint.v2': 'v2 — /2/media/metadata (tous les champs ; recommandé)',
  'settings.endpoint.v2-legacy':
    'v2 ancien — /2/media/metadata/create (texte alternatif, téléchargement, origine, autocollants, source)',
  'settings.endpoint.v1.1': 'v1.1 — texte alternatif seulement, clés OAuth 1.0a nécessaires',
  'settings.endpoint.needsOAuth1':
    'Le point d’accès v1.1 ne fonctionne qu’avec des clés OAuth 1.0a : ajoutez-les ci-dessus, ou choisissez un point d’accès v2.',
  'settings.rule': 'Publier sans texte alternatif',
  'settings.rule.allow': 'Autoriser',
  'settings.rule.remind': 'Rappeler',
  'settings.rule.require': 'Exiger',
  'settings.rule.allow.help': 'Publier tel quel.',
  'settings.rule.remind.help': 'Demander une fois : « Publier sans description ? »',
  'settings.rule.require.help': 'Retenir la publication tant qu’une image n’a pas de description.',
  'settings.prompt': 'Demander une description à l’ajout d’un média',
  'settings.defaults': 'Valeurs par défaut pour chaque média',
  'settings.defaults.noDownload': 'Désactiver le téléchargement',
  'settings.language': 'Langue',
  'settings.language.auto': 'Langue du navigateur',
  'settings.saved': 'Enregistré.',
};
