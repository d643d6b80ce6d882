import type { Catalog } from '../../catalog';

const prompt: Catalog<'prompt'> = {
  'prompt.title': 'メディアの説明',
  'prompt.close': '閉じる',
  'prompt.intro': '説明は投稿が作成される前に、あなたのアカウントでXに設定されます。',
  'prompt.noAccount': 'Xアカウントが接続されていません。保存した内容は接続するまで待機します。',
  'prompt.openOptions': 'オプションを開く',
  'prompt.item.image': '画像{n}',
  'prompt.item.gif': 'GIF',
  'prompt.item.video': '動画',
  'prompt.item.inPost': '投稿{post} · {label}',
  'badge.unsaved': '代替テキスト：説明を追加',
  'badge.saving': '代替テキスト：保存中',
  'badge.waiting': '代替テキスト：待機中',
  'badge.applied': '代替テキスト：適用済み',
  'badge.failed': '代替テキスト：失敗',
  'badge.short.unsaved': 'ALT +',
  'badge.short.saving': 'ALT …',
  'badge.short.waiting': 'ALT …',
  'badge.short.applied': 'ALT ✓',
  'badge.short.failed': 'ALT !',
  'hold.title': '投稿を保留しています',
  'hold.wait': { other: 'Xが説明 {count} 件を適用するのを待っています。適用されしだい投稿されます。' },
  'hold.save': 'Xに説明を保存しています。適用されしだい投稿されます。',
  'hold.failed': { other: 'Xは {count} 件のメタデータを適用しませんでした：{reason}' },
  'hold.invalid': '送信する前に直す必要のある説明があります。',
  'hold.remind': { other: '説明なしで投稿しますか？ {count} 件に代替テキストがありません。' },
  'hold.require': {
    other: '投稿する前にすべての画像に説明を追加してください（{count} 件不足）。これはオプションで選んだ設定です。',
  },
  'hold.postAnyway': 'このまま投稿',
  'hold.postWithout': '説明なしで投稿',
  'hold.describe': '説明を追加',
  'hold.retry': '再試行',
  'hold.cancel': 'キャンセル',
};

export default prompt;
