import type { Catalog } from '../../catalog';

const options: Catalog<'options'> = {
  'options.title': 'Alt text for X — Opções',
  'options.intro':
    'Esta extensão define o texto alternativo e as marcações das imagens que você publica no X pela API oficial do X, com a sua própria conta, antes de o post ser criado. Conecte uma conta para começar.',
  'account.heading': 'Sua conta do X',
  'account.signOut': 'Sair',
  'account.signin.heading': 'Entrar com o X',
  'account.signin.help':
    'Crie um app no portal de desenvolvedor do X (tipo “Native App”, um cliente público), adicione esta URL de retorno e cole aqui o Client ID dele.',
  'account.signin.callback': 'URL de retorno para este navegador',
  'account.signin.clientId': 'Client ID',
  'account.signin.button': 'Entrar com o X',
  'account.signin.scopes':
    'Permissões pedidas: media.write (definir metadados), users.read e tweet.read (mostrar sua conta), offline.access (continuar conectado).',
  'account.token.heading': 'Ou cole um token de acesso',
  'account.token.help':
    'Um token de acesso de usuário OAuth 2.0 com as permissões media.write e users.read. Ele é verificado com o X antes de ser guardado.',
  'account.token.label': 'Token de acesso',
  'account.token.button': 'Salvar token',
  'account.oauth1.heading': 'Ou informe chaves OAuth 1.0a',
  'account.oauth1.help': 'Necessárias para o endpoint v1.1. Gere-as para o seu app no portal de desenvolvedor do X.',
  'account.oauth1.consumerKey': 'Chave do consumidor',
  'account.oauth1.consumerSecret': 'Segredo do consumidor',
  'account.oauth1.token': 'Token de acesso (OAuth 1.0a)',
  'account.oauth1.tokenSecret': 'Segredo do token de acesso',
  'account.oauth1.button': 'Salvar chaves',
  'account.working': 'Verificando com o X…',
  'account.error.invalid-credentials': 'O X não aceitou estas credenciais. Confira e tente de novo.',
  'account.error.missing-scope':
    'O X aceitou as credenciais, mas falta uma permissão necessária (users.read ou media.write).',
  'account.error.unreachable': 'Não foi possível acessar o X. Verifique sua conexão e tente de novo.',
  'account.error.cancelled': 'O login foi cancelado ou a janela foi fechada.',
  'account.error.state-mismatch': 'A resposta do X não corresponde a este login (state diferente). Tente de novo.',
  'account.error.foreign-redirect': 'O login voltou para um endereço inesperado. Confira a URL de retorno do seu app.',
  'account.error.missing-code': 'O X não devolveu um código de autorização. Tente de novo.',
  'account.error.denied': 'A autorização foi recusada no X.',
  'account.error.invalid-grant': 'O X recusou o código de autorização (talvez tenha expirado). Tente de novo.',
  'account.error.invalid-client-id': 'Este Client ID não parece certo: cole-o do portal de desenvolvedor do X.',
  'account.error.generic': 'Algo deu errado: {detail}',
  'settings.heading': 'Configurações',
  'settings.endpoint': 'Endpoint',
  'settings.endpoint.v2': 'v2 — /2/media/metadata (todos os campos; recomendado)',
  'settings.endpoint.v2-legacy':
    'v2 antigo — /2/media/metadata/create (texto alternativo, download, origem, figurinhas, origem do envio)',
  'settings.endpoint.v1.1': 'v1.1 — só texto alternativo, exige chaves OAuth 1.0a',
  'settings.endpoint.needsOAuth1':
    'O endpoint v1.1 só funciona com chaves OAuth 1.0a: adicione-as acima ou escolha um endpoint v2.',
  'settings.rule': 'Ao publicar sem texto alternativo',
  'settings.rule.allow': 'Permitir',
  'settings.rule.remind': 'Lembrar',
  'settings.rule.require': 'Exigir',
  'settings.rule.allow.help': 'Publicar como está.',
  'settings.rule.remind.help': 'Perguntar uma vez: “Publicar sem descrição?”',
  'settings.rule.require.help': 'Segurar o post até toda imagem ter uma descrição.',
  'settings.prompt': 'Perguntar quando mídia for enviada',
  'settings.defaults': 'Padrões para todo envio',
  'settings.defaults.noDownload': 'Desativar downloads',
  'settings.language': 'Idioma',
  'settings.language.auto': 'Idioma do navegador',
  'settings.saved': 'Salvo.',
  'setup.heading': 'Conecte em poucos minutos',
  'setup.intro': 'Entrar com o X exige um app seu no console de desenvolvedor do X. Faça estes passos uma vez:',
  'setup.step.project':
    'No console de desenvolvedor do X, crie um projeto e um app dentro dele (o pagamento por uso serve).',
  'setup.step.auth': 'Abra “User authentication settings” do app e ative o OAuth 2.0.',
  'setup.step.type': 'Type of App: escolha “Native App” (um cliente público: a extensão não guarda segredo).',
  'setup.step.permissions': 'App permissions: “Read and write”.',
  'setup.step.callback': 'Callback URI / Redirect URL: cole exatamente este endereço, com a barra final:',
  'setup.step.website': 'Website URL: qualquer endereço seu; o X exige um.',
  'setup.step.clientId': 'Salve, copie o “OAuth 2.0 Client ID” (não a API Key) e cole abaixo.',
  'setup.copy': 'Copiar',
  'setup.copied': 'Copiado',
  'setup.copyFailed': 'Não foi possível copiar: selecione o endereço e copie manualmente.',
  'setup.cost':
    'O X cobra do seu app cada chamada: definir os metadados de uma imagem custa {price} no preço por uso do X.',
  'setup.clientId.shape':
    'Um Client ID tem cerca de 34 letras e números e muitas vezes termina em “MTpjaQ”. Isto parece {what}: use o OAuth 2.0 Client ID.',
  'setup.clientId.apiKey': 'uma API Key (Consumer Key)',
  'setup.clientId.secret': 'um Client Secret',
  'setup.clientId.other': 'outra coisa',
  'setup.scope.missing':
    'Conectado, mas o X não concedeu {scopes}. Sem isso, {effect}. Entre de novo e aceite tudo; se o X não pedir, confira as permissões do app (“Read and write”).',
  'setup.scope.effect.media.write': 'as descrições não podem ser definidas',
  'setup.scope.effect.other': 'a extensão não consegue mostrar sua conta nem continuar conectada',
  'setup.test': 'Testar conexão',
  'setup.test.working': 'Testando…',
  'setup.test.ok': 'Funciona: o X conhece você como @{username} e a conexão pode definir metadados de mídia.',
  'setup.test.noScope':
    'O X conhece você como @{username}, mas esta conexão não pode gravar mídia (sem media.write). Entre de novo e aceite todas as permissões.',
  'setup.test.okUnchecked':
    'O X conhece você como @{username}. Se esta conexão pode gravar mídia, aparece no primeiro salvamento.',
  'setup.test.failed': 'O teste falhou: {reason}',
  'connect.cause.cancelled':
    'A janela de login fechou antes de o X trazer você de volta. Se o X mostrou “Something went wrong”, a URL de retorno do seu app não confere exatamente: ela deve ser {url}.',
  'connect.cause.redirect': 'O X recusou a URL de retorno. Nas configurações do app ela deve ser exatamente {url}.',
  'connect.cause.unauthorized-client':
    'O X diz que este app não pode entrar dessa forma. Confira se o OAuth 2.0 está ativo e o tipo é “Native App”.',
  'connect.cause.access-denied':
    'Você escolheu Cancelar na página do X, então nada foi conectado. Entre de novo para permitir.',
  'connect.cause.invalid-scope':
    'O X recusou as permissões pedidas ({scopes}). Confira se as permissões do app são “Read and write”.',
  'connect.cause.invalid-client':
    'O X não conhece este Client ID. Copie de novo o OAuth 2.0 Client ID do console de desenvolvedor.',
  'usage.heading': 'Quanto custa',
  'usage.none': 'Nenhuma chamada de metadados ainda.',
  'usage.month': 'Este mês: {calls}, {estimate}.',
  'usage.total': 'No total: {calls}, {estimate}.',
  'usage.note': 'Uma estimativa: o X cobra do seu app, e o console dele mostra o valor exato.',
};

export default options;
