import type { Catalog } from '../../catalog';

const suggest: Catalog<'suggest'> = {
  'suggest.heading': '제안',
  'suggest.loading': '제안을 찾는 중…',
  'suggest.none': '이 이미지에 대한 제안이 없습니다.',
  'suggest.failed': '지금은 제안을 사용할 수 없습니다. 설명은 계속 입력할 수 있습니다.',
  'suggest.kind.ocr': '이미지 속 텍스트',
  'suggest.kind.caption': '사진 캡션',
  'suggest.kind.earlier': '이전에 작성한 설명',
  'suggest.kind.model': '브라우저가 만든 설명',
  'suggest.insert.ocr': '이미지 속 텍스트 삽입',
  'suggest.insert.caption': '사진 캡션 삽입',
  'suggest.insert.earlier': '이전에 작성한 설명 삽입',
  'suggest.insert.model': '브라우저가 만든 설명 삽입',
  'suggest.usedAt': '{date}에 사용',
  'suggest.marked': '제안된 텍스트입니다. 저장하기 전에 확인하고 수정하세요. 그때까지는 설명으로 간주되지 않습니다.',
  'suggest.options.heading': '제안',
  'suggest.options.intro':
    '제안은 이 기기에서 만들어져 설명 옆에 표시됩니다. 직접 선택하지 않으면 아무것도 삽입되지 않으며, 어디에도 전송되지 않습니다.',
  'suggest.options.ocr': '이미지에서 찾은 텍스트 제안',
  'suggest.options.earlier': '이전 설명 제안',
  'suggest.options.model': '브라우저 내장 모델 사용',
  'suggest.options.model.noApi':
    '이 브라우저에는 이미지를 설명할 수 있는 내장 모델이 없어 이 옵션이 표시되지 않습니다.',
  'suggest.options.model.noImage':
    '이 브라우저의 내장 모델은 여기서 이미지를 받을 수 없어 이 옵션이 표시되지 않습니다.',
  'suggest.options.model.error': '브라우저 내장 모델이 응답하지 않아 이 옵션이 표시되지 않습니다.',
  'suggest.options.model.permission': 'Firefox가 기기 내 모델 사용 권한을 요청합니다.',
  'suggest.options.model.download': '모델 다운로드',
  'suggest.options.model.allow': '기기 내 모델 허용',
  'suggest.options.model.downloading': '모델 다운로드 중… {percent}%',
  'suggest.options.model.ready': '이 기기에서 모델을 사용할 준비가 되었습니다.',
  'suggest.options.earlier.count': '이 기기에 이전 설명 {count}개가 저장되어 있습니다.',
  'suggest.options.earlier.empty': '저장된 이전 설명이 없습니다.',
  'suggest.options.earlier.list': '이전 설명',
  'suggest.options.forget': '이전 설명 지우기',
  'suggest.options.forgotten': '이전 설명을 지웠습니다.',
  'suggest.options.failed': '실패했습니다. 다시 시도하세요.',
};

export default suggest;
