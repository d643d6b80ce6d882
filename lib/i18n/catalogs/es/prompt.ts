import type { Catalog } from '../../catalog';

const prompt: Catalog<'prompt'> = {
  'prompt.title': 'Describe tu contenido',
  'prompt.close': 'Cerrar',
  'prompt.intro': 'Las descripciones se definen en X con tu cuenta antes de crear la publicación.',
  'prompt.noAccount': 'No hay ninguna cuenta de X conectada: lo que guardes espera hasta que conectes una.',
  'prompt.openOptions': 'Abrir opciones',
  'prompt.item.image': 'Imagen {n}',
  'prompt.item.gif': 'GIF',
  'prompt.item.video': 'Vídeo',
  'prompt.item.inPost': 'Publicación {post} · {label}',
  'badge.unsaved': 'Texto alternativo: añade una descripción',
  'badge.saving': 'Texto alternativo: guardando',
  'badge.waiting': 'Texto alternativo: en espera',
  'badge.applied': 'Texto alternativo: aplicado',
  'badge.failed': 'Texto alternativo: error',
  'badge.short.unsaved': 'ALT +',
  'badge.short.saving': 'ALT …',
  'badge.short.waiting': 'ALT …',
  'badge.short.applied': 'ALT ✓',
  'badge.short.failed': 'ALT !',
  'badge.xEditor': 'Texto alternativo: escrito en el editor de X',
  'badge.short.xEditor': 'ALT ✓',
  'hold.title': 'Tu publicación está en espera',
  'hold.wait': {
    one: 'Esperando a que X aplique la descripción; la publicación saldrá en cuanto se aplique.',
    other: 'Esperando a que X aplique {count} descripciones; la publicación saldrá en cuanto se apliquen.',
  },
  'hold.save': 'Guardando tus descripciones en X; la publicación saldrá en cuanto se apliquen.',
  'hold.failed': {
    one: 'X no aplicó los metadatos de un elemento: {reason}',
    other: 'X no aplicó los metadatos de {count} elementos: {reason}',
  },
  'hold.invalid': 'Una descripción tiene un problema que hay que corregir antes de enviarla.',
  'hold.remind': {
    one: '¿Publicar sin descripción? Un elemento no tiene texto alternativo.',
    other: '¿Publicar sin descripción? {count} elementos no tienen texto alternativo.',
  },
  'hold.require': {
    one: 'Añade una descripción a cada imagen antes de publicar (falta una). Lo elegiste en Opciones.',
    other: 'Añade una descripción a cada imagen antes de publicar (faltan {count}). Lo elegiste en Opciones.',
  },
  'hold.postAnyway': 'Publicar de todos modos',
  'hold.postWithout': 'Publicar sin descripción',
  'hold.describe': 'Añadir una descripción',
  'hold.retry': 'Reintentar',
  'hold.cancel': 'Cancelar',
};

export default prompt;
