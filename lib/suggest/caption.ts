import { clampText } from './types';

/**
 * The photo's own caption, read from the file the user picked (X re-encodes uploads and drops their metadata):
 * XMP `dc:description`, the IPTC caption (2:120) and EXIF `ImageDescription`, from JPEG, PNG and WebP. Pure
 * parsing of bytes: nothing is decoded as an image, nothing leaves the function. Bad or truncated files give no
 * caption rather than an error (metadata is optional and often damaged).
 */

/** Texts cameras write by themselves: not a description anyone wrote. */
const CAMERA_DEFAULTS =
  /^(olympus digital camera|sony dsc|default|image|picture|photo|untitled|exif_jpeg_picture|digital camera|no description|\s*)$/i;

export interface CaptionSources {
  xmp?: string;
  iptc?: string;
  exif?: string;
}

/** The best caption of a file: XMP first (Unicode by definition), then IPTC, then EXIF; undefined if none. */
export function readCaption(bytes: Uint8Array): string | undefined {
  const sources = readCaptionSources(bytes);
  for (const text of [sources.xmp, sources.iptc, sources.exif]) {
    const clean = text === undefined ? '' : clampText(text.replace(/\0+$/g, ''));
    if (clean && !CAMERA_DEFAULTS.test(clean)) return clean;
  }
  return undefined;
}

export function readCaptionSources(bytes: Uint8Array): CaptionSources {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xd8) return fromJpeg(bytes);
    if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return fromPng(bytes);
    if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return fromWebp(bytes);
  } catch {
    // A damaged file: whatever could not be read is simply not offered.
  }
  return {};
}

const EXIF_HEADER = 'Exif\0\0';
const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';
const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';

function fromJpeg(bytes: Uint8Array): CaptionSources {
  const found: CaptionSources = {};
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) break;
    const marker = bytes[at + 1] ?? 0;
    // Start of scan or end of image: metadata segments all come before the image data.
    if (marker === 0xda || marker === 0xd9) break;
    if (marker === 0xff || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = u16be(bytes, at + 2);
    if (length < 2) break;
    const start = at + 4;
    const end = Math.min(bytes.length, at + 2 + length);
    const segment = bytes.subarray(start, end);
    if (marker === 0xe1 && ascii(segment, 0, EXIF_HEADER.length) === EXIF_HEADER) {
      found.exif ??= exifDescription(segment.subarray(EXIF_HEADER.length));
    } else if (marker === 0xe1 && ascii(segment, 0, XMP_HEADER.length) === XMP_HEADER) {
      found.xmp ??= xmpDescription(utf8(segment.subarray(XMP_HEADER.length)));
    } else if (marker === 0xed && ascii(segment, 0, PHOTOSHOP_HEADER.length) === PHOTOSHOP_HEADER) {
      found.iptc ??= photoshopCaption(segment.subarray(PHOTOSHOP_HEADER.length));
    }
    at = end;
  }
  return found;
}

function fromPng(bytes: Uint8Array): CaptionSources {
  const found: CaptionSources = {};
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = u32be(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    const data = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length));
    if (type === 'eXIf') found.exif ??= exifDescription(data);
    if (type === 'iTXt' || type === 'tEXt') {
      const text = pngText(type, data);
      if (text?.keyword === 'XML:com.adobe.xmp') found.xmp ??= xmpDescription(text.value);
      // PNG's own registered keyword for a description of the image.
      if (text?.keyword === 'Description') found.iptc ??= text.value;
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}

function fromWebp(bytes: Uint8Array): CaptionSources {
  const found: CaptionSources = {};
  let at = 12;
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at, 4);
    const length = u32le(bytes, at + 4);
    const data = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length));
    // Some writers keep JPEG's "Exif\0\0" prefix in the chunk; the TIFF header follows either way.
    if (type === 'EXIF') found.exif ??= exifDescription(ascii(data, 0, 6) === EXIF_HEADER ? data.subarray(6) : data);
    if (type === 'XMP ') found.xmp ??= xmpDescription(utf8(data));
    at += 8 + length + (length % 2);
  }
  return found;
}

/** EXIF: a TIFF structure; IFD0's tag 0x010E (ImageDescription) is ASCII (in practice often UTF-8). */
function exifDescription(tiff: Uint8Array): string | undefined {
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const u16 = (at: number) => (little ? u16le(tiff, at) : u16be(tiff, at));
  const u32 = (at: number) => (little ? u32le(tiff, at) : u32be(tiff, at));
  if (u16(2) !== 42) return undefined;
  const ifd = u32(4);
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) break;
    if (u16(entry) !== 0x010e || u16(entry + 2) !== 2) continue;
    const length = u32(entry + 4);
    const offset = length <= 4 ? entry + 8 : u32(entry + 8);
    return utf8(tiff.subarray(offset, Math.min(tiff.length, offset + length))).replace(/\0.*$/s, '');
  }
  return undefined;
}

/** XMP: `dc:description` as an rdf:Alt (x-default first) or as an attribute. */
export function xmpDescription(xml: string): string | undefined {
  const element = /<dc:description\b[^>]*>([\s\S]*?)<\/dc:description>/.exec(xml)?.[1];
  if (element !== undefined) {
    const items = [...element.matchAll(/<rdf:li\b([^>]*)>([\s\S]*?)<\/rdf:li>/g)];
    const chosen = items.find((m) => /xml:lang=["']x-default["']/.test(m[1] ?? '')) ?? items[0];
    const text = chosen ? chosen[2] : element;
    return decodeXml(text ?? '');
  }
  const attribute = /\bdc:description=(["'])([\s\S]*?)\1/.exec(xml)?.[2];
  return attribute === undefined ? undefined : decodeXml(attribute);
}

function decodeXml(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => safeCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => safeCodePoint(Number.parseInt(dec, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Photoshop image resources; resource 0x0404 holds IPTC-IIM records. */
function photoshopCaption(data: Uint8Array): string | undefined {
  let at = 0;
  while (at + 12 <= data.length) {
    if (ascii(data, at, 4) !== '8BIM') break;
    const id = u16be(data, at + 4);
    const nameLength = data[at + 6] ?? 0;
    // The Pascal-string name is padded to an even size, length byte included.
    let cursor = at + 6 + 1 + nameLength;
    if ((1 + nameLength) % 2 === 1) cursor += 1;
    const size = u32be(data, cursor);
    const body = data.subarray(cursor + 4, Math.min(data.length, cursor + 4 + size));
    if (id === 0x0404) return iptcCaption(body);
    at = cursor + 4 + size + (size % 2);
  }
  return undefined;
}

/** IPTC-IIM: record 2, dataset 120 is Caption/Abstract. Record 1:90 says UTF-8 (ESC % G); Latin-1 otherwise. */
function iptcCaption(data: Uint8Array): string | undefined {
  let isUtf8 = false;
  let raw: Uint8Array | undefined;
  let at = 0;
  while (at + 5 <= data.length && data[at] === 0x1c) {
    const record = data[at + 1];
    const dataset = data[at + 2];
    const size = u16be(data, at + 3);
    const value = data.subarray(at + 5, Math.min(data.length, at + 5 + size));
    if (record === 1 && dataset === 90 && value[0] === 0x1b && value[1] === 0x25 && value[2] === 0x47) isUtf8 = true;
    if (record === 2 && dataset === 120) raw ??= value;
    at += 5 + size;
  }
  if (!raw) return undefined;
  const asUtf8 = utf8(raw);
  // Without the UTF-8 marker, still take valid UTF-8 (most modern writers omit 1:90).
  return isUtf8 || !asUtf8.includes('\uFFFD') ? asUtf8 : latin1(raw);
}

function pngText(type: string, data: Uint8Array): { keyword: string; value: string } | undefined {
  const zero = data.indexOf(0);
  if (zero < 1) return undefined;
  const keyword = latin1(data.subarray(0, zero));
  if (type === 'tEXt') return { keyword, value: latin1(data.subarray(zero + 1)) };
  // iTXt: compression flag, method, language tag\0, translated keyword\0, text. Compressed text is not read.
  if (data[zero + 1] !== 0) return undefined;
  const languageEnd = data.indexOf(0, zero + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return undefined;
  return { keyword, value: utf8(data.subarray(translatedEnd + 1)) };
}

const startsWith = (bytes: Uint8Array, at: number, expected: number[]) =>
  expected.every((value, i) => bytes[at + i] === value);
const ascii = (bytes: Uint8Array, at: number, length: number) => latin1(bytes.subarray(at, at + length));
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 65_536));
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => ((b[at + 1] ?? 0) << 8) | (b[at] ?? 0);
const u32be = (b: Uint8Array, at: number) => (b[at] ?? 0) * 2 ** 24 + ((b[at + 1] ?? 0) << 16) + u16be(b, at + 2);
const u32le = (b: Uint8Array, at: number) => (b[at + 3] ?? 0) * 2 ** 24 + ((b[at + 2] ?? 0) << 16) + u16le(b, at);
