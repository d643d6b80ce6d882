import type { Catalog } from '../../catalog';

const suggest: Catalog<'suggest'> = {
  'suggest.heading': 'Sugerencias',
  'suggest.loading': 'Buscando sugerencias…',
  'suggest.none': 'No hay sugerencias para esta imagen.',
  'suggest.failed': 'Las sugerencias no están disponibles ahora; aún puedes escribir una descripción.',
  'suggest.kind.ocr': 'Texto en la imagen',
  'suggest.kind.caption': 'El pie de foto',
  'suggest.kind.earlier': 'Tu descripción anterior',
  'suggest.kind.model': 'La descripción del navegador',
  'suggest.insert.ocr': 'Insertar el texto de la imagen',
  'suggest.insert.caption': 'Insertar el pie de foto',
  'suggest.insert.earlier': 'Insertar tu descripción anterior',
  'suggest.insert.model': 'Insertar la descripción del navegador',
  'suggest.usedAt': 'Usada el {date}',
  'suggest.marked': 'Texto sugerido: revísalo y edítalo antes de guardar. Hasta entonces no cuenta como descripción.',
  'suggest.options.heading': 'Sugerencias',
  'suggest.options.intro':
    'Las sugerencias se generan en este dispositivo y se muestran junto a la descripción; no se inserta nada salvo que lo elijas, y no se envía nada a ningún sitio.',
  'suggest.options.ocr': 'Sugerir el texto encontrado en las imágenes',
  'suggest.options.earlier': 'Sugerir descripciones anteriores',
  'suggest.options.model': 'Usar el modelo integrado del navegador',
  'suggest.options.model.noApi':
    'Este navegador no tiene un modelo integrado que pueda describir imágenes, así que esta opción no se muestra.',
  'suggest.options.model.noImage':
    'El modelo integrado de este navegador no puede recibir imágenes aquí, así que esta opción no se muestra.',
  'suggest.options.model.error': 'El modelo integrado del navegador no respondió; esta opción no se muestra.',
  'suggest.options.model.permission': 'Firefox pide tu permiso para usar su modelo local.',
  'suggest.options.model.download': 'Descargar el modelo',
  'suggest.options.model.allow': 'Permitir el modelo local',
  'suggest.options.model.downloading': 'Descargando el modelo… {percent} %',
  'suggest.options.model.ready': 'El modelo está listo en este dispositivo.',
  'suggest.options.earlier.count': 'Descripciones anteriores guardadas en este dispositivo: {count}.',
  'suggest.options.earlier.empty': 'No hay descripciones anteriores guardadas.',
  'suggest.options.earlier.list': 'Descripciones anteriores',
  'suggest.options.forget': 'Olvidar las descripciones anteriores',
  'suggest.options.forgotten': 'Se olvidaron las descripciones anteriores.',
  'suggest.options.failed': 'No funcionó; inténtalo de nuevo.',
};

export default suggest;
