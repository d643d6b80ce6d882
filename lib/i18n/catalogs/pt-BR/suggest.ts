import type { Catalog } from '../../catalog';

const suggest: Catalog<'suggest'> = {
  'suggest.heading': 'Sugestões',
  'suggest.loading': 'Procurando sugestões…',
  'suggest.none': 'Nenhuma sugestão para esta imagem.',
  'suggest.failed': 'As sugestões não estão disponíveis agora; você ainda pode escrever uma descrição.',
  'suggest.kind.ocr': 'Texto na imagem',
  'suggest.kind.caption': 'A legenda da foto',
  'suggest.kind.earlier': 'Sua descrição anterior',
  'suggest.kind.model': 'A descrição do navegador',
  'suggest.insert.ocr': 'Inserir o texto da imagem',
  'suggest.insert.caption': 'Inserir a legenda da foto',
  'suggest.insert.earlier': 'Inserir sua descrição anterior',
  'suggest.insert.model': 'Inserir a descrição do navegador',
  'suggest.usedAt': 'Usada em {date}',
  'suggest.marked': 'Texto sugerido: confira e edite antes de salvar. Até lá, ele não conta como descrição.',
  'suggest.options.heading': 'Sugestões',
  'suggest.options.intro':
    'As sugestões são feitas neste dispositivo e aparecem ao lado da descrição; nada é inserido sem que você escolha, e nada é enviado a lugar nenhum.',
  'suggest.options.ocr': 'Sugerir texto encontrado nas imagens',
  'suggest.options.earlier': 'Sugerir descrições anteriores',
  'suggest.options.model': 'Usar o modelo integrado do navegador',
  'suggest.options.model.noApi':
    'Este navegador não tem um modelo integrado capaz de descrever imagens, então esta opção não aparece.',
  'suggest.options.model.noImage':
    'O modelo integrado deste navegador não pode receber imagens aqui, então esta opção não aparece.',
  'suggest.options.model.error': 'O modelo integrado do navegador não respondeu; esta opção não aparece.',
  'suggest.options.model.permission': 'O Firefox pede sua permissão para usar o próprio modelo local.',
  'suggest.options.model.download': 'Baixar o modelo',
  'suggest.options.model.allow': 'Permitir o modelo local',
  'suggest.options.model.downloading': 'Baixando o modelo… {percent}%',
  'suggest.options.model.ready': 'O modelo está pronto neste dispositivo.',
  'suggest.options.earlier.count': 'Descrições anteriores guardadas neste dispositivo: {count}.',
  'suggest.options.earlier.empty': 'Nenhuma descrição anterior guardada.',
  'suggest.options.earlier.list': 'Descrições anteriores',
  'suggest.options.forget': 'Esquecer descrições anteriores',
  'suggest.options.forgotten': 'Descrições anteriores esquecidas.',
  'suggest.options.failed': 'Não deu certo; tente de novo.',
};

export default suggest;
