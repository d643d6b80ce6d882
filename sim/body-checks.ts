import type { SchemaError } from './openapi';

// Hand-written checks for the two older endpoint forms, which have no machine-readable schema: seed 002
// (POST /2/media/metadata/create, early 2025) and seed 004 (POST 1.1/media/metadata/create.json).

const MEDIA_ID = /^[0-9]{1,19}$/;
const ALT_TEXT_MAX = 1000;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMediaId(body: Obj, errors: SchemaError[]): void {
  if (!('media_id' in body)) errors.push({ path: 'media_id', message: 'is required' });
  else if (typeof body.media_id !== 'string') errors.push({ path: 'media_id', message: 'must be a string' });
  else if (!MEDIA_ID.test(body.media_id)) {
    errors.push({ path: 'media_id', message: `must match the pattern ${MEDIA_ID.source}` });
  }
}

function checkAltText(value: unknown, errors: SchemaError[]): void {
  if (!isObject(value)) return void errors.push({ path: 'alt_text', message: 'must be an object' });
  if (!('text' in value)) return void errors.push({ path: 'alt_text.text', message: 'is required' });
  if (typeof value.text !== 'string') return void errors.push({ path: 'alt_text.text', message: 'must be a string' });
  // Code points, as in sim/openapi.ts: X's "≤ 1000 characters" counts an emoji once.
  if ([...value.text].length > ALT_TEXT_MAX) {
    errors.push({ path: 'alt_text.text', message: `must be at most ${ALT_TEXT_MAX} characters` });
  }
}

function checkOnly(value: Obj, allowed: string[], path: string, errors: SchemaError[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      errors.push({ path: path ? `${path}.${key}` : key, message: 'is not an allowed field' });
  }
}

function checkStrings(value: unknown, path: string, fields: string[], errors: SchemaError[]): void {
  if (!isObject(value)) return void errors.push({ path, message: 'must be an object' });
  for (const field of fields) {
    if (!(field in value)) errors.push({ path: `${path}.${field}`, message: 'is required' });
    else if (typeof value[field] !== 'string') errors.push({ path: `${path}.${field}`, message: 'must be a string' });
  }
}

/** Seed 002: `{media_id, allow_download_status?, alt_text?, found_media_origin?, sticker_info?, upload_source?}`. */
export function checkV2CreateBody(body: unknown): SchemaError[] {
  if (!isObject(body)) return [{ path: '', message: 'must be an object' }];
  const errors: SchemaError[] = [];
  checkMediaId(body, errors);
  const fields = [
    'media_id',
    'allow_download_status',
    'alt_text',
    'found_media_origin',
    'sticker_info',
    'upload_source',
  ];
  checkOnly(body, fields, '', errors);
  if ('alt_text' in body) checkAltText(body.alt_text, errors);
  if ('allow_download_status' in body) {
    const status = body.allow_download_status;
    // Seed 002's example sends "allow_download": "true" (a string) while today's v2 schema says boolean. Which one
    // the old endpoint really took is unknown, so both are accepted here; an extension should send a boolean.
    const flag = isObject(status) ? status.allow_download : undefined;
    if (!isObject(status)) errors.push({ path: 'allow_download_status', message: 'must be an object' });
    else if (flag !== undefined && typeof flag !== 'boolean' && flag !== 'true' && flag !== 'false') {
      errors.push({ path: 'allow_download_status.allow_download', message: 'must be a boolean' });
    }
  }
  if ('found_media_origin' in body)
    checkStrings(body.found_media_origin, 'found_media_origin', ['id', 'provider'], errors);
  if ('upload_source' in body) checkStrings(body.upload_source, 'upload_source', ['text'], errors);
  if ('sticker_info' in body) {
    const stickers = isObject(body.sticker_info) ? body.sticker_info.stickers : undefined;
    if (!Array.isArray(stickers) || !stickers.every(isObject)) {
      errors.push({ path: 'sticker_info.stickers', message: 'must be an array of sticker objects' });
    }
  }
  return errors;
}

const SENSITIVE = ['adult_content', 'graphic_violence', 'other'];

/**
 * Seed 004: `{media_id, alt_text: {text}}`. The web client also sends `sensitive_media_warning` (a list of
 * "adult_content" | "graphic_violence" | "other") to this path (x-composer.md), so that is accepted too.
 */
export function checkV1Body(body: unknown): SchemaError[] {
  if (!isObject(body)) return [{ path: '', message: 'must be an object' }];
  const errors: SchemaError[] = [];
  checkMediaId(body, errors);
  checkOnly(body, ['media_id', 'alt_text', 'sensitive_media_warning'], '', errors);
  if ('alt_text' in body) checkAltText(body.alt_text, errors);
  if ('sensitive_media_warning' in body) {
    const list = body.sensitive_media_warning;
    if (!Array.isArray(list) || !list.every((v) => SENSITIVE.includes(v as string))) {
      errors.push({ path: 'sensitive_media_warning', message: `must be a list of: ${SENSITIVE.join(', ')}` });
    }
  }
  return errors;
}
