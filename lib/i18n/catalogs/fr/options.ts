import type { Catalog } from '../../catalog';

const options: Catalog<'options'> = {
  'options.title': 'Texte alternatif pour X — Options',
  'options.intro':
    'Cette extension applique le texte alternatif et les avertissements des images que vous publiez sur X via l’API officielle de X, avec votre propre compte, avant la création de la publication. Connectez un compte pour commencer.',
  'account.heading': 'Votre compte X',
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
  'setup.heading': 'Se connecter en quelques minutes',
  'setup.intro':
    '« Se connecter avec X » demande votre propre app dans la console développeur de X. Une fois pour toutes :',
  'setup.step.project':
    'Dans la console développeur de X, créez un projet et une app à l’intérieur (le paiement à l’usage convient).',
  'setup.step.auth': 'Ouvrez les « User authentication settings » de l’app et activez OAuth 2.0.',
  'setup.step.type': 'Type d’app : choisissez « Native App » (client public : l’extension ne garde aucun secret).',
  'setup.step.permissions': 'Autorisations de l’app : « Read and write ».',
  'setup.step.callback':
    'Callback URI / Redirect URL : collez exactement cette adresse, avec sa barre oblique finale :',
  'setup.step.website': 'Website URL : une adresse à vous ; X en exige une.',
  'setup.step.clientId': 'Enregistrez, puis copiez l’« OAuth 2.0 Client ID » (pas l’API Key) et collez-le ci-dessous.',
  'setup.copy': 'Copier',
  'setup.copied': 'Copié',
  'setup.copyFailed': 'Copie impossible : sélectionnez l’adresse et copiez-la à la main.',
  'setup.cost':
    'X facture votre app à chaque appel : définir les métadonnées d’une image coûte {price} au tarif à l’usage de X.',
  'setup.clientId.shape':
    'Un Client ID compte environ 34 lettres et chiffres, souvent terminé par « MTpjaQ ». Ceci ressemble à {what} : utilisez l’OAuth 2.0 Client ID.',
  'setup.clientId.apiKey': 'une API Key (Consumer Key)',
  'setup.clientId.secret': 'un Client Secret',
  'setup.clientId.other': 'autre chose',
  'setup.scope.missing':
    'Connecté, mais X n’a pas accordé {scopes}. Sans cela, {effect}. Reconnectez-vous et acceptez tout ; si X ne le demande pas, vérifiez les autorisations de l’app (« Read and write »).',
  'setup.scope.effect.media.write': 'les descriptions ne peuvent pas être définies',
  'setup.scope.effect.other': 'l’extension ne peut ni afficher votre compte ni rester connectée',
  'setup.test': 'Tester la connexion',
  'setup.test.working': 'Test en cours…',
  'setup.test.ok':
    'Tout fonctionne : X vous connaît comme @{username}, et la connexion peut définir les métadonnées des médias.',
  'setup.test.noScope':
    'X vous connaît comme @{username}, mais cette connexion ne peut pas écrire de médias (pas de media.write). Reconnectez-vous en acceptant toutes les autorisations.',
  'setup.test.okUnchecked':
    'X vous connaît comme @{username}. Le droit d’écrire des médias se vérifiera au premier enregistrement.',
  'setup.test.failed': 'Le test a échoué : {reason}',
  'connect.cause.cancelled':
    'La fenêtre de connexion s’est fermée avant le retour de X. Si X affichait « Something went wrong », l’URL de rappel de votre app ne correspond pas exactement : elle doit être {url}.',
  'connect.cause.redirect': 'X a refusé l’URL de rappel. Dans les réglages de l’app, elle doit être exactement {url}.',
  'connect.cause.unauthorized-client':
    'X indique que cette app ne peut pas se connecter ainsi. Vérifiez qu’OAuth 2.0 est activé et que le type est « Native App ».',
  'connect.cause.access-denied':
    'Vous avez choisi Annuler sur la page de X : rien n’a été connecté. Reconnectez-vous pour l’autoriser.',
  'connect.cause.invalid-scope':
    'X a refusé les autorisations demandées ({scopes}). Vérifiez que les autorisations de l’app sont « Read and write ».',
  'connect.cause.invalid-client':
    'X ne connaît pas ce Client ID. Copiez de nouveau l’OAuth 2.0 Client ID depuis la console développeur.',
  'usage.heading': 'Ce que cela coûte',
  'usage.none': 'Aucun appel de métadonnées pour l’instant.',
  'usage.month': 'Ce mois-ci : {calls}, {estimate}.',
  'usage.total': 'Au total : {calls}, {estimate}.',
  'usage.note': 'Une estimation : X facture votre app, et sa console donne le chiffre exact.',
};

export default options;
