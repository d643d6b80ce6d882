import type { Catalog } from '../../catalog';

const options: Catalog<'options'> = {
  'options.title': 'Alt text for X — 옵션',
  'options.intro':
    '이 확장 프로그램은 X에 게시하는 이미지의 대체 텍스트와 표시를, 게시물이 만들어지기 전에 내 X 계정으로 X 공식 API를 통해 설정합니다. 먼저 계정을 연결하세요.',
  'account.heading': '내 X 계정',
  'account.signOut': '로그아웃',
  'account.signin.heading': 'X로 로그인',
  'account.signin.help':
    'X 개발자 포털에서 앱(유형 “Native App”, 공개 클라이언트)을 만들고, 이 콜백 URL을 추가한 뒤 Client ID를 여기에 붙여 넣으세요.',
  'account.signin.callback': '이 브라우저의 콜백 URL',
  'account.signin.clientId': 'Client ID',
  'account.signin.button': 'X로 로그인',
  'account.signin.scopes':
    '요청 권한: media.write(메타데이터 설정), users.read와 tweet.read(계정 표시), offline.access(연결 유지).',
  'account.token.heading': '또는 액세스 토큰 붙여 넣기',
  'account.token.help':
    'media.write와 users.read 권한이 있는 OAuth 2.0 사용자 액세스 토큰입니다. 저장하기 전에 X에서 확인합니다.',
  'account.token.label': '액세스 토큰',
  'account.token.button': '토큰 저장',
  'account.oauth1.heading': '또는 OAuth 1.0a 키 입력',
  'account.oauth1.help': 'v1.1 엔드포인트에 필요합니다. X 개발자 포털에서 내 앱용으로 발급하세요.',
  'account.oauth1.consumerKey': '컨슈머 키',
  'account.oauth1.consumerSecret': '컨슈머 시크릿',
  'account.oauth1.token': '액세스 토큰 (OAuth 1.0a)',
  'account.oauth1.tokenSecret': '액세스 토큰 시크릿',
  'account.oauth1.button': '키 저장',
  'account.working': 'X에서 확인 중…',
  'account.error.invalid-credentials': 'X가 이 인증 정보를 받지 않았습니다. 확인 후 다시 시도하세요.',
  'account.error.missing-scope': 'X가 인증 정보를 받았지만 필요한 권한(users.read 또는 media.write)이 없습니다.',
  'account.error.unreachable': 'X에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
  'account.error.cancelled': '로그인이 취소되었거나 창이 닫혔습니다.',
  'account.error.state-mismatch': 'X의 응답이 이 로그인과 일치하지 않습니다(state 불일치). 다시 시도하세요.',
  'account.error.foreign-redirect': '로그인이 예상치 못한 주소로 돌아왔습니다. 앱의 콜백 URL을 확인하세요.',
  'account.error.missing-code': 'X가 인증 코드를 돌려주지 않았습니다. 다시 시도하세요.',
  'account.error.denied': 'X에서 인증이 거부되었습니다.',
  'account.error.invalid-grant': 'X가 인증 코드를 거부했습니다(만료되었을 수 있음). 다시 시도하세요.',
  'account.error.invalid-client-id': '이 Client ID가 올바르지 않은 것 같습니다. X 개발자 포털에서 붙여 넣으세요.',
  'account.error.generic': '문제가 발생했습니다: {detail}',
  'settings.heading': '설정',
  'settings.endpoint': '엔드포인트',
  'settings.endpoint.v2': 'v2 — /2/media/metadata (모든 항목, 권장)',
  'settings.endpoint.v2-legacy':
    'v2 이전 버전 — /2/media/metadata/create (대체 텍스트, 다운로드, 출처, 스티커, 업로드 출처)',
  'settings.endpoint.v1.1': 'v1.1 — 대체 텍스트만, OAuth 1.0a 키 필요',
  'settings.endpoint.needsOAuth1':
    'v1.1 엔드포인트는 OAuth 1.0a 키로만 동작합니다. 위에서 추가하거나 v2 엔드포인트를 선택하세요.',
  'settings.rule': '대체 텍스트 없이 게시할 때',
  'settings.rule.allow': '허용',
  'settings.rule.remind': '알림',
  'settings.rule.require': '필수',
  'settings.rule.allow.help': '그대로 게시합니다.',
  'settings.rule.remind.help': '한 번 묻습니다: “설명 없이 게시할까요?”',
  'settings.rule.require.help': '모든 이미지에 설명이 있을 때까지 게시를 보류합니다.',
  'settings.prompt': '미디어를 업로드하면 입력 요청',
  'settings.defaults': '모든 업로드의 기본값',
  'settings.defaults.noDownload': '다운로드 끄기',
  'settings.language': '언어',
  'settings.language.auto': '브라우저 언어',
  'settings.saved': '저장되었습니다.',
  'setup.heading': '몇 분 만에 연결하기',
  'setup.intro': 'X로 로그인하려면 X 개발자 콘솔에 내 앱이 있어야 합니다. 다음 단계를 한 번만 하세요:',
  'setup.step.project': 'X 개발자 콘솔에서 프로젝트를 만들고 그 안에 앱을 만드세요(종량제도 괜찮습니다).',
  'setup.step.auth': '앱의 “User authentication settings”를 열고 OAuth 2.0을 켜세요.',
  'setup.step.type':
    'Type of App: “Native App”을 선택하세요(공개 클라이언트: 확장 프로그램은 비밀 값을 보관하지 않습니다).',
  'setup.step.permissions': 'App permissions: “Read and write”.',
  'setup.step.callback': 'Callback URI / Redirect URL: 끝의 슬래시까지 이 주소를 그대로 붙여 넣으세요:',
  'setup.step.website': 'Website URL: 내 주소 아무것이나; X가 요구합니다.',
  'setup.step.clientId': '저장한 뒤 “OAuth 2.0 Client ID”(API Key 아님)를 복사해 아래에 붙여 넣으세요.',
  'setup.copy': '복사',
  'setup.copied': '복사됨',
  'setup.copyFailed': '복사할 수 없습니다. 주소를 선택해 직접 복사하세요.',
  'setup.cost':
    'X는 호출마다 앱에 요금을 청구합니다: 이미지 한 장의 메타데이터 설정은 X 종량제 가격으로 {price}입니다.',
  'setup.clientId.shape':
    'Client ID는 약 34자의 영문자와 숫자이며 흔히 “MTpjaQ”로 끝납니다. 이것은 {what}처럼 보입니다. OAuth 2.0 Client ID를 사용하세요.',
  'setup.clientId.apiKey': 'API Key(Consumer Key)',
  'setup.clientId.secret': 'Client Secret',
  'setup.clientId.other': '다른 값',
  'setup.scope.missing':
    '연결되었지만 X가 {scopes} 권한을 주지 않았습니다. 이 권한이 없으면 {effect}. 다시 로그인해 모두 허용하세요. X가 묻지 않으면 앱 권한(“Read and write”)을 확인하세요.',
  'setup.scope.effect.media.write': '설명을 설정할 수 없습니다',
  'setup.scope.effect.other': '확장 프로그램이 계정을 표시하거나 연결을 유지할 수 없습니다',
  'setup.test': '연결 테스트',
  'setup.test.working': '테스트 중…',
  'setup.test.ok':
    '정상입니다: X가 나를 @{username}(으)로 알고 있으며, 이 연결로 미디어 메타데이터를 설정할 수 있습니다.',
  'setup.test.noScope':
    'X가 나를 @{username}(으)로 알고 있지만, 이 연결로는 미디어를 쓸 수 없습니다(media.write 없음). 다시 로그인해 모든 권한을 허용하세요.',
  'setup.test.okUnchecked':
    'X가 나를 @{username}(으)로 알고 있습니다. 이 연결로 미디어를 쓸 수 있는지는 첫 저장 때 확인됩니다.',
  'setup.test.failed': '테스트 실패: {reason}',
  'connect.cause.cancelled':
    'X가 돌려보내기 전에 로그인 창이 닫혔습니다. X에 “Something went wrong”이 표시되었다면 앱의 콜백 URL이 정확히 일치하지 않습니다. {url}이어야 합니다.',
  'connect.cause.redirect': 'X가 콜백 URL을 거부했습니다. 앱 설정에서 정확히 {url}이어야 합니다.',
  'connect.cause.unauthorized-client':
    'X에 따르면 이 앱은 이 방식으로 로그인할 수 없습니다. OAuth 2.0이 켜져 있고 유형이 “Native App”인지 확인하세요.',
  'connect.cause.access-denied':
    'X 페이지에서 취소를 선택해 아무것도 연결되지 않았습니다. 허용하려면 다시 로그인하세요.',
  'connect.cause.invalid-scope': 'X가 요청한 권한({scopes})을 거부했습니다. 앱 권한이 “Read and write”인지 확인하세요.',
  'connect.cause.invalid-client': 'X가 이 Client ID를 모릅니다. 개발자 콘솔에서 OAuth 2.0 Client ID를 다시 복사하세요.',
  'usage.heading': '비용',
  'usage.none': '아직 메타데이터 호출이 없습니다.',
  'usage.month': '이번 달: {calls}, {estimate}.',
  'usage.total': '전체: {calls}, {estimate}.',
  'usage.note': '추정치입니다: 요금은 X가 앱에 청구하며, 정확한 금액은 X 콘솔에 있습니다.',
};

export default options;
