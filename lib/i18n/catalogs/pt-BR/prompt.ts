import type { Catalog } from '../../catalog';

const prompt: Catalog<'prompt'> = {
  'prompt.title': 'Descreva sua mídia',
  'prompt.close': 'Fechar',
  'prompt.intro': 'As descrições são definidas no X pela sua conta antes de o post ser criado.',
  'prompt.noAccount': 'Nenhuma conta do X conectada: o que você salvar aguarda até você conectar uma.',
  'prompt.openOptions': 'Abrir opções',
  'prompt.item.image': 'Imagem {n}',
  'prompt.item.gif': 'GIF',
  'prompt.item.video': 'Vídeo',
  'prompt.item.inPost': 'Post {post} · {label}',
  'badge.unsaved': 'Texto alternativo: adicione uma descrição',
  'badge.saving': 'Texto alternativo: salvando',
  'badge.waiting': 'Texto alternativo: aguardando',
  'badge.applied': 'Texto alternativo: aplicado',
  'badge.failed': 'Texto alternativo: falhou',
  'badge.short.unsaved': 'ALT +',
  'badge.short.saving': 'ALT …',
  'badge.short.waiting': 'ALT …',
  'badge.short.applied': 'ALT ✓',
  'badge.short.failed': 'ALT !',
  'badge.xEditor': 'Texto alternativo: escrito no editor do X',
  'badge.short.xEditor': 'ALT ✓',
  'hold.title': 'Seu post está aguardando',
  'hold.wait': {
    one: 'Aguardando o X aplicar a descrição; o post sai assim que ela for aplicada.',
    other: 'Aguardando o X aplicar {count} descrições; o post sai assim que forem aplicadas.',
  },
  'hold.save': 'Salvando suas descrições no X; o post sai assim que forem aplicadas.',
  'hold.failed': {
    one: 'O X não aplicou os metadados de um item: {reason}',
    other: 'O X não aplicou os metadados de {count} itens: {reason}',
  },
  'hold.invalid': 'Uma descrição tem um problema a corrigir antes do envio.',
  'hold.remind': {
    one: 'Publicar sem descrição? Um item não tem texto alternativo.',
    other: 'Publicar sem descrição? {count} itens não têm texto alternativo.',
  },
  'hold.require': {
    one: 'Adicione uma descrição a cada imagem antes de publicar (falta uma). Você escolheu isso nas Opções.',
    other: 'Adicione uma descrição a cada imagem antes de publicar (faltam {count}). Você escolheu isso nas Opções.',
  },
  'hold.postAnyway': 'Publicar mesmo assim',
  'hold.postWithout': 'Publicar sem descrição',
  'hold.describe': 'Adicionar uma descrição',
  'hold.retry': 'Tentar de novo',
  'hold.cancel': 'Cancelar',
};

export default prompt;
