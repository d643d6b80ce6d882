import type { Catalog } from '../../catalog';

const suggest: Catalog<'suggest'> = {
  'suggest.heading': '候補',
  'suggest.loading': '候補を探しています…',
  'suggest.none': 'この画像の候補はありません。',
  'suggest.failed': '現在、候補を利用できません。説明はそのまま入力できます。',
  'suggest.kind.ocr': '画像内のテキスト',
  'suggest.kind.caption': '写真のキャプション',
  'suggest.kind.earlier': '以前の説明',
  'suggest.kind.model': 'ブラウザーによる説明',
  'suggest.insert.ocr': '画像内のテキストを挿入',
  'suggest.insert.caption': '写真のキャプションを挿入',
  'suggest.insert.earlier': '以前の説明を挿入',
  'suggest.insert.model': 'ブラウザーによる説明を挿入',
  'suggest.usedAt': '{date} に使用',
  'suggest.marked': '提案されたテキストです。保存する前に確認して編集してください。それまでは説明として扱われません。',
  'suggest.options.heading': '候補',
  'suggest.options.intro':
    '候補はこのデバイス上で作成され、説明の横に表示されます。選ばない限り何も挿入されず、どこにも何も送信されません。',
  'suggest.options.ocr': '画像内で見つかったテキストを候補にする',
  'suggest.options.earlier': '以前の説明を候補にする',
  'suggest.options.model': 'ブラウザーの内蔵モデルを使う',
  'suggest.options.model.noApi':
    'このブラウザーには画像を説明できる内蔵モデルがないため、このオプションは表示されません。',
  'suggest.options.model.noImage':
    'このブラウザーの内蔵モデルはここでは画像を受け取れないため、このオプションは表示されません。',
  'suggest.options.model.error': 'ブラウザーの内蔵モデルが応答しなかったため、このオプションは表示されません。',
  'suggest.options.model.permission': 'Firefox がデバイス上のモデルを使う許可を求めています。',
  'suggest.options.model.download': 'モデルをダウンロード',
  'suggest.options.model.allow': 'デバイス上のモデルを許可',
  'suggest.options.model.downloading': 'モデルをダウンロード中… {percent}%',
  'suggest.options.model.ready': 'このデバイスでモデルの準備ができました。',
  'suggest.options.earlier.count': 'このデバイスに以前の説明を {count} 件保存しています。',
  'suggest.options.earlier.empty': '保存されている以前の説明はありません。',
  'suggest.options.earlier.list': '以前の説明',
  'suggest.options.forget': '以前の説明を消去',
  'suggest.options.forgotten': '以前の説明を消去しました。',
  'suggest.options.failed': 'うまくいきませんでした。もう一度お試しください。',
};

export default suggest;
