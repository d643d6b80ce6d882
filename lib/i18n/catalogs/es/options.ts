import type { Catalog } from '../../catalog';

const options: Catalog<'options'> = {
  'options.title': 'Alt text for X — Opciones',
  'options.intro':
    'Esta extensión define el texto alternativo y las marcas de las imágenes que publicas en X mediante la API oficial de X, con tu propia cuenta, antes de que se cree tu publicación. Conecta una cuenta para empezar.',
  'account.heading': 'Tu cuenta de X',
  'account.signOut': 'Cerrar sesión',
  'account.signin.heading': 'Iniciar sesión con X',
  'account.signin.help':
    'Crea una app en el portal para desarrolladores de X (tipo «Native App», un cliente público), añádele esta URL de retorno y pega aquí su Client ID.',
  'account.signin.callback': 'URL de retorno para este navegador',
  'account.signin.clientId': 'Client ID',
  'account.signin.button': 'Iniciar sesión con X',
  'account.signin.scopes':
    'Permisos pedidos: media.write (definir metadatos), users.read y tweet.read (mostrar tu cuenta), offline.access (seguir conectado).',
  'account.token.heading': 'O pega un token de acceso',
  'account.token.help':
    'Un token de acceso de usuario OAuth 2.0 con los permisos media.write y users.read. Se comprueba con X antes de guardarlo.',
  'account.token.label': 'Token de acceso',
  'account.token.button': 'Guardar token',
  'account.oauth1.heading': 'O introduce claves OAuth 1.0a',
  'account.oauth1.help':
    'Necesarias para el endpoint v1.1. Genéralas para tu propia app en el portal para desarrolladores de X.',
  'account.oauth1.consumerKey': 'Clave de consumidor',
  'account.oauth1.consumerSecret': 'Secreto de consumidor',
  'account.oauth1.token': 'Token de acceso (OAuth 1.0a)',
  'account.oauth1.tokenSecret': 'Secreto del token de acceso',
  'account.oauth1.button': 'Guardar claves',
  'account.working': 'Comprobando con X…',
  'account.error.invalid-credentials': 'X no aceptó estas credenciales. Revísalas e inténtalo de nuevo.',
  'account.error.missing-scope':
    'X aceptó las credenciales, pero les falta un permiso necesario (users.read o media.write).',
  'account.error.unreachable': 'No se pudo contactar con X. Comprueba tu conexión e inténtalo de nuevo.',
  'account.error.cancelled': 'Se canceló el inicio de sesión o se cerró la ventana.',
  'account.error.state-mismatch':
    'La respuesta de X no correspondía a este inicio de sesión (state distinto). Inténtalo de nuevo.',
  'account.error.foreign-redirect':
    'El inicio de sesión volvió a una dirección inesperada. Revisa la URL de retorno de tu app.',
  'account.error.missing-code': 'X no devolvió un código de autorización. Inténtalo de nuevo.',
  'account.error.denied': 'Se rechazó la autorización en X.',
  'account.error.invalid-grant': 'X rechazó el código de autorización (puede que haya caducado). Inténtalo de nuevo.',
  'account.error.invalid-client-id':
    'Este Client ID no parece correcto: pégalo desde el portal para desarrolladores de X.',
  'account.error.generic': 'Algo salió mal: {detail}',
  'settings.heading': 'Ajustes',
  'settings.endpoint': 'Endpoint',
  'settings.endpoint.v2': 'v2 — /2/media/metadata (todos los campos; recomendado)',
  'settings.endpoint.v2-legacy':
    'v2 antiguo — /2/media/metadata/create (texto alternativo, descarga, origen, stickers, origen de la subida)',
  'settings.endpoint.v1.1': 'v1.1 — solo texto alternativo, requiere claves OAuth 1.0a',
  'settings.endpoint.needsOAuth1':
    'El endpoint v1.1 solo funciona con claves OAuth 1.0a: añádelas arriba o elige un endpoint v2.',
  'settings.rule': 'Al publicar sin texto alternativo',
  'settings.rule.allow': 'Permitir',
  'settings.rule.remind': 'Recordar',
  'settings.rule.require': 'Exigir',
  'settings.rule.allow.help': 'Publicar tal cual.',
  'settings.rule.remind.help': 'Preguntar una vez: «¿Publicar sin descripción?»',
  'settings.rule.require.help': 'Retener la publicación hasta que cada imagen tenga descripción.',
  'settings.prompt': 'Preguntar al subir contenido',
  'settings.defaults': 'Valores predeterminados de cada subida',
  'settings.defaults.noDownload': 'Desactivar descargas',
  'settings.language': 'Idioma',
  'settings.language.auto': 'Idioma del navegador',
  'settings.saved': 'Guardado.',
  'setup.heading': 'Conéctate en pocos minutos',
  'setup.intro':
    'Iniciar sesión con X requiere una app propia en la consola para desarrolladores de X. Haz estos pasos una vez:',
  'setup.step.project':
    'En la consola para desarrolladores de X, crea un proyecto y una app dentro (el pago por uso sirve).',
  'setup.step.auth': 'Abre «User authentication settings» de la app y activa OAuth 2.0.',
  'setup.step.type': 'Type of App: elige «Native App» (un cliente público: la extensión no guarda ningún secreto).',
  'setup.step.permissions': 'App permissions: «Read and write».',
  'setup.step.callback': 'Callback URI / Redirect URL: pega exactamente esta dirección, con la barra final:',
  'setup.step.website': 'Website URL: cualquier dirección tuya; X exige una.',
  'setup.step.clientId': 'Guarda, copia el «OAuth 2.0 Client ID» (no la API Key) y pégalo abajo.',
  'setup.copy': 'Copiar',
  'setup.copied': 'Copiado',
  'setup.copyFailed': 'No se pudo copiar: selecciona la dirección y cópiala a mano.',
  'setup.cost':
    'X cobra a tu app cada llamada: definir los metadatos de una imagen cuesta {price} al precio de pago por uso de X.',
  'setup.clientId.shape':
    'Un Client ID tiene unas 34 letras y cifras y suele acabar en «MTpjaQ». Esto parece {what}: usa el OAuth 2.0 Client ID.',
  'setup.clientId.apiKey': 'una API Key (Consumer Key)',
  'setup.clientId.secret': 'un Client Secret',
  'setup.clientId.other': 'otra cosa',
  'setup.scope.missing':
    'Conectado, pero X no concedió {scopes}. Sin ellos {effect}. Vuelve a iniciar sesión y acepta todo; si X no lo pide, revisa los permisos de la app («Read and write»).',
  'setup.scope.effect.media.write': 'no se pueden definir descripciones',
  'setup.scope.effect.other': 'la extensión no puede mostrar tu cuenta ni seguir conectada',
  'setup.test': 'Probar la conexión',
  'setup.test.working': 'Probando…',
  'setup.test.ok': 'Funciona: X te conoce como @{username} y la conexión puede definir metadatos.',
  'setup.test.noScope':
    'X te conoce como @{username}, pero esta conexión no puede escribir contenido (sin media.write). Vuelve a iniciar sesión y acepta todos los permisos.',
  'setup.test.okUnchecked':
    'X te conoce como @{username}. Si esta conexión puede escribir contenido se verá al primer guardado.',
  'setup.test.failed': 'La prueba falló: {reason}',
  'connect.cause.cancelled':
    'La ventana de inicio de sesión se cerró antes de que X te devolviera. Si X mostró «Something went wrong», la URL de retorno de tu app no coincide exactamente: debe ser {url}.',
  'connect.cause.redirect': 'X rechazó la URL de retorno. En los ajustes de la app debe ser exactamente {url}.',
  'connect.cause.unauthorized-client':
    'X dice que esta app no puede iniciar sesión así. Comprueba que OAuth 2.0 está activado y el tipo es «Native App».',
  'connect.cause.access-denied':
    'Elegiste Cancelar en la página de X, así que no se conectó nada. Vuelve a iniciar sesión para permitirlo.',
  'connect.cause.invalid-scope':
    'X rechazó los permisos pedidos ({scopes}). Comprueba que los permisos de la app son «Read and write».',
  'connect.cause.invalid-client':
    'X no conoce este Client ID. Vuelve a copiar el OAuth 2.0 Client ID desde la consola para desarrolladores.',
  'usage.heading': 'Lo que cuesta',
  'usage.none': 'Aún no se ha hecho ninguna llamada de metadatos.',
  'usage.month': 'Este mes: {calls}, {estimate}.',
  'usage.total': 'En total: {calls}, {estimate}.',
  'usage.note': 'Es una estimación: X cobra a tu app y su consola tiene la cifra exacta.',
};

export default options;
