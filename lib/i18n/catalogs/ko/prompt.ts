import type { Catalog } from '../../catalog';

const prompt: Catalog<'prompt'> = {
  'prompt.title': '미디어 설명하기',
  'prompt.close': '닫기',
  'prompt.intro': '설명은 게시물이 만들어지기 전에 내 계정으로 X에 설정됩니다.',
  'prompt.noAccount': '연결된 X 계정이 없습니다. 저장한 내용은 계정을 연결할 때까지 대기합니다.',
  'prompt.openOptions': '옵션 열기',
  'prompt.item.image': '이미지 {n}',
  'prompt.item.gif': 'GIF',
  'prompt.item.video': '동영상',
  'prompt.item.inPost': '게시물 {post} · {label}',
  'badge.unsaved': '대체 텍스트: 설명 추가',
  'badge.saving': '대체 텍스트: 저장 중',
  'badge.waiting': '대체 텍스트: 대기 중',
  'badge.applied': '대체 텍스트: 적용됨',
  'badge.failed': '대체 텍스트: 실패',
  'badge.short.unsaved': 'ALT +',
  'badge.short.saving': 'ALT …',
  'badge.short.waiting': 'ALT …',
  'badge.short.applied': 'ALT ✓',
  'badge.short.failed': 'ALT !',
  'hold.title': '게시물이 대기 중입니다',
  'hold.wait': { other: 'X가 설명 {count}개를 적용하기를 기다리는 중입니다. 적용되면 바로 게시됩니다.' },
  'hold.save': 'X에 설명을 저장하는 중입니다. 적용되면 바로 게시됩니다.',
  'hold.failed': { other: 'X가 {count}개 항목의 메타데이터를 적용하지 않았습니다: {reason}' },
  'hold.invalid': '전송하기 전에 고쳐야 할 설명이 있습니다.',
  'hold.remind': { other: '설명 없이 게시할까요? {count}개 항목에 대체 텍스트가 없습니다.' },
  'hold.require': {
    other: '게시하기 전에 모든 이미지에 설명을 추가하세요({count}개 누락). 옵션에서 선택한 설정입니다.',
  },
  'hold.postAnyway': '그대로 게시',
  'hold.postWithout': '설명 없이 게시',
  'hold.describe': '설명 추가',
  'hold.retry': '다시 시도',
  'hold.cancel': '취소',
};

export default prompt;
