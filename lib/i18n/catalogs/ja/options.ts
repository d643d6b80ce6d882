import type { Catalog } from '../../catalog';

const options: Catalog<'options'> = {
  'options.title': 'Alt text for X — オプション',
  'options.intro':
    'この拡張機能は、Xに投稿する画像の代替テキストとフラグを、投稿が作成される前に、あなたのXアカウントでXの公式APIを通じて設定します。まずアカウントを接続してください。',
  'account.heading': 'あなたのXアカウント',
  'account.signOut': 'サインアウト',
  'account.signin.heading': 'Xでサインイン',
  'account.signin.help':
    'Xの開発者ポータルでアプリ（種類「Native App」、パブリッククライアント）を作成し、このコールバックURLを追加して、Client IDをここに貼り付けてください。',
  'account.signin.callback': 'このブラウザーのコールバックURL',
  'account.signin.clientId': 'Client ID',
  'account.signin.button': 'Xでサインイン',
  'account.signin.scopes':
    '求める権限：media.write（メタデータの設定）、users.read と tweet.read（アカウントの表示）、offline.access（接続の維持）。',
  'account.token.heading': 'またはアクセストークンを貼り付け',
  'account.token.help':
    'media.write と users.read の権限を持つ OAuth 2.0 ユーザーアクセストークン。保存する前にXで確認します。',
  'account.token.label': 'アクセストークン',
  'account.token.button': 'トークンを保存',
  'account.oauth1.heading': 'または OAuth 1.0a キーを入力',
  'account.oauth1.help': 'v1.1 エンドポイントに必要です。Xの開発者ポータルで自分のアプリ用に発行してください。',
  'account.oauth1.consumerKey': 'コンシューマーキー',
  'account.oauth1.consumerSecret': 'コンシューマーシークレット',
  'account.oauth1.token': 'アクセストークン（OAuth 1.0a）',
  'account.oauth1.tokenSecret': 'アクセストークンシークレット',
  'account.oauth1.button': 'キーを保存',
  'account.working': 'Xで確認中…',
  'account.error.invalid-credentials': 'Xがこの認証情報を受け付けませんでした。確認してもう一度お試しください。',
  'account.error.missing-scope':
    'Xは認証情報を受け付けましたが、必要な権限（users.read または media.write）がありません。',
  'account.error.unreachable': 'Xに接続できませんでした。接続を確認してもう一度お試しください。',
  'account.error.cancelled': 'サインインがキャンセルされたか、ウィンドウが閉じられました。',
  'account.error.state-mismatch':
    'Xからの応答がこのサインインと一致しませんでした（state の不一致）。もう一度お試しください。',
  'account.error.foreign-redirect':
    'サインインが予期しないアドレスに戻りました。アプリのコールバックURLを確認してください。',
  'account.error.missing-code': 'Xが認可コードを返しませんでした。もう一度お試しください。',
  'account.error.denied': 'X上で認可が拒否されました。',
  'account.error.invalid-grant': 'Xが認可コードを拒否しました（期限切れの可能性があります）。もう一度お試しください。',
  'account.error.invalid-client-id': 'このClient IDは正しくないようです。Xの開発者ポータルから貼り付けてください。',
  'account.error.generic': '問題が発生しました：{detail}',
  'settings.heading': '設定',
  'settings.endpoint': 'エンドポイント',
  'settings.endpoint.v2': 'v2 — /2/media/metadata（全項目、推奨）',
  'settings.endpoint.v2-legacy':
    'v2 旧版 — /2/media/metadata/create（代替テキスト、ダウンロード、出典、ステッカー、アップロード元）',
  'settings.endpoint.v1.1': 'v1.1 — 代替テキストのみ、OAuth 1.0a キーが必要',
  'settings.endpoint.needsOAuth1':
    'v1.1 エンドポイントは OAuth 1.0a キーでのみ動作します。上で追加するか、v2 エンドポイントを選んでください。',
  'settings.rule': '代替テキストなしで投稿するとき',
  'settings.rule.allow': '許可',
  'settings.rule.remind': '確認',
  'settings.rule.require': '必須',
  'settings.rule.allow.help': 'そのまま投稿します。',
  'settings.rule.remind.help': '一度だけ確認します：「説明なしで投稿しますか？」',
  'settings.rule.require.help': 'すべての画像に説明が付くまで投稿を保留します。',
  'settings.prompt': 'メディアのアップロード時に入力を促す',
  'settings.defaults': 'すべてのアップロードの既定値',
  'settings.defaults.noDownload': 'ダウンロードをオフにする',
  'settings.language': '言語',
  'settings.language.auto': 'ブラウザーの言語',
  'settings.saved': '保存しました。',
  'setup.heading': '数分で接続',
  'setup.intro':
    '「Xでサインイン」には、Xの開発者コンソールで作成した自分のアプリが必要です。最初に一度だけ次の手順を行ってください：',
  'setup.step.project':
    'Xの開発者コンソールでプロジェクトを作成し、その中にアプリを作成します（従量課金で構いません）。',
  'setup.step.auth': 'アプリの「User authentication settings」を開き、OAuth 2.0 をオンにします。',
  'setup.step.type':
    'Type of App：「Native App」を選びます（パブリッククライアント。拡張機能は秘密情報を保持しません）。',
  'setup.step.permissions': 'App permissions：「Read and write」。',
  'setup.step.callback':
    'Callback URI / Redirect URL：末尾のスラッシュまで含めて、このアドレスをそのまま貼り付けます：',
  'setup.step.website': 'Website URL：ご自身の任意のアドレス（Xで必須）。',
  'setup.step.clientId': '保存したら「OAuth 2.0 Client ID」（API Key ではありません）をコピーし、下に貼り付けます。',
  'setup.copy': 'コピー',
  'setup.copied': 'コピーしました',
  'setup.copyFailed': 'コピーできませんでした。アドレスを選択して手動でコピーしてください。',
  'setup.cost':
    'Xは呼び出しごとにあなたのアプリに課金します：画像1枚のメタデータ設定は、Xの従量課金価格で {price} です。',
  'setup.clientId.shape':
    'Client ID は34文字ほどの英数字で、多くは「MTpjaQ」で終わります。これは{what}のようです。OAuth 2.0 Client ID を使ってください。',
  'setup.clientId.apiKey': 'API Key（Consumer Key）',
  'setup.clientId.secret': 'Client Secret',
  'setup.clientId.other': '別のもの',
  'setup.scope.missing':
    '接続しましたが、Xは {scopes} を許可しませんでした。これがないと{effect}。サインインし直してすべて許可してください。Xが求めない場合は、アプリの権限（「Read and write」）を確認してください。',
  'setup.scope.effect.media.write': '説明を設定できません',
  'setup.scope.effect.other': 'アカウントの表示や接続の維持ができません',
  'setup.test': '接続をテスト',
  'setup.test.working': 'テスト中…',
  'setup.test.ok': '正常です：Xはあなたを @{username} として認識し、この接続でメディアのメタデータを設定できます。',
  'setup.test.noScope':
    'Xはあなたを @{username} として認識していますが、この接続ではメディアを書き込めません（media.write がありません）。サインインし直してすべての権限を許可してください。',
  'setup.test.okUnchecked':
    'Xはあなたを @{username} として認識しています。メディアを書き込めるかは最初の保存時にわかります。',
  'setup.test.failed': 'テストに失敗しました：{reason}',
  'connect.cause.cancelled':
    'Xから戻る前にサインインのウィンドウが閉じられました。Xに「Something went wrong」と表示された場合、アプリのコールバックURLが完全には一致していません。正しくは {url} です。',
  'connect.cause.redirect': 'XがコールバックURLを拒否しました。アプリの設定では、正確に {url} にする必要があります。',
  'connect.cause.unauthorized-client':
    'このアプリはこの方法でサインインできないとXが応答しました。OAuth 2.0 がオンで、種類が「Native App」か確認してください。',
  'connect.cause.access-denied':
    'Xのページでキャンセルを選んだため、何も接続されていません。許可するにはもう一度サインインしてください。',
  'connect.cause.invalid-scope':
    'Xが求めた権限（{scopes}）を拒否しました。アプリの権限が「Read and write」か確認してください。',
  'connect.cause.invalid-client':
    'XはこのClient IDを認識していません。開発者コンソールから OAuth 2.0 Client ID をもう一度コピーしてください。',
  'usage.heading': '費用',
  'usage.none': 'メタデータの呼び出しはまだありません。',
  'usage.month': '今月：{calls}、{estimate}。',
  'usage.total': '合計：{calls}、{estimate}。',
  'usage.note': '見積もりです：課金はXがあなたのアプリに行い、正確な金額はXのコンソールで確認できます。',
};

export default options;
