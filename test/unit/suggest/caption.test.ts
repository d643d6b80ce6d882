import { describe, expect, test } from 'vitest';
import { readCaption, readCaptionSources, xmpDescription } from '../../../lib/suggest/caption';

/**
 * The caption reader on files built here byte by byte, as cameras and photo tools write them: EXIF (both byte
 * orders), XMP, IPTC inside Photoshop's resource block, in JPEG, PNG and WebP containers.
 */

const enc = new TextEncoder();
const bytes = (...parts: Array<Uint8Array | number[] | string>) => {
  const arrays = parts.map((p) =>
    typeof p === 'string' ? latin1(p) : p instanceof Uint8Array ? p : Uint8Array.from(p),
  );
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const u16be = (n: number) => [(n >> 8) & 255, n & 255];
const u32be = (n: number) => [(n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
const u16le = (n: number) => [n & 255, (n >> 8) & 255];
const u32le = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];

/** A TIFF block with IFD0 holding Make (ignored) and ImageDescription. */
function tiff(description: string, little: boolean): Uint8Array {
  const u16 = little ? u16le : u16be;
  const u32 = little ? u32le : u32be;
  const text = bytes(enc.encode(description), [0]);
  const entries = 2;
  const dataAt = 8 + 2 + entries * 12 + 4;
  return bytes(
    little ? 'II' : 'MM',
    u16(42),
    u32(8),
    u16(entries),
    [...u16(0x010f), ...u16(2), ...u32(4), ...latin1('ACM\0')],
    [...u16(0x010e), ...u16(2), ...u32(text.length), ...u32(dataAt)],
    u32(0),
    text,
  );
}

const xmpPacket = (description: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
  `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt>` +
  `<rdf:li xml:lang="fr">Version française</rdf:li><rdf:li xml:lang="x-default">${description}</rdf:li>` +
  `</rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;

function iptcBlock(caption: string, utf8Marker: boolean): Uint8Array {
  const value = enc.encode(caption);
  const records = bytes(
    utf8Marker ? [0x1c, 1, 90, ...u16be(3), 0x1b, 0x25, 0x47] : [],
    [0x1c, 2, 120, ...u16be(value.length)],
    value,
  );
  const resource = bytes('8BIM', u16be(0x0404), [0, 0], u32be(records.length), records, records.length % 2 ? [0] : []);
  return bytes('Photoshop 3.0\0', resource);
}

const segment = (marker: number, body: Uint8Array) => bytes([0xff, marker], u16be(body.length + 2), body);
const jpeg = (...segments: Uint8Array[]) =>
  bytes([0xff, 0xd8], ...segments, [0xff, 0xda, 0, 2], [1, 2, 3], [0xff, 0xd9]);

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  return bytes(u32be(data.length), type, data, [0, 0, 0, 0]);
}
const png = (...chunks: Uint8Array[]) =>
  bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', new Uint8Array(13)),
    ...chunks,
    pngChunk('IEND', new Uint8Array()),
  );

function webp(...chunks: Array<[string, Uint8Array]>): Uint8Array {
  const body = bytes(
    'WEBP',
    ...chunks.map(([type, data]) => bytes(type, u32le(data.length), data, data.length % 2 ? [0] : [])),
  );
  return bytes('RIFF', u32le(body.length), body);
}

describe('JPEG', () => {
  test('EXIF ImageDescription in either byte order, UTF-8 included', () => {
    for (const little of [true, false]) {
      const file = jpeg(segment(0xe1, bytes('Exif\0\0', tiff('Sunset over Lac Léman', little))));
      expect(readCaption(file)).toBe('Sunset over Lac Léman');
    }
  });
  test('XMP dc:description: the x-default entry, entities decoded', () => {
    const file = jpeg(segment(0xe1, bytes('http://ns.adobe.com/xap/1.0/\0', enc.encode(xmpPacket('Tom &amp; Jerry')))));
    expect(readCaption(file)).toBe('Tom & Jerry');
  });
  test('IPTC caption inside the Photoshop block, with and without the UTF-8 marker', () => {
    for (const marker of [true, false]) {
      const file = jpeg(segment(0xed, iptcBlock('Marché de Noël à Strasbourg', marker)));
      expect(readCaption(file)).toBe('Marché de Noël à Strasbourg');
    }
  });
  test('XMP wins over IPTC, which wins over EXIF; each is still readable on its own', () => {
    const file = jpeg(
      segment(0xe1, bytes('Exif\0\0', tiff('from exif', true))),
      segment(0xed, iptcBlock('from iptc', true)),
      segment(0xe1, bytes('http://ns.adobe.com/xap/1.0/\0', enc.encode(xmpPacket('from xmp')))),
    );
    expect(readCaptionSources(file)).toEqual({ exif: 'from exif', iptc: 'from iptc', xmp: 'from xmp' });
    expect(readCaption(file)).toBe('from xmp');
  });
  test("a camera's own default text is not a caption", () => {
    const file = jpeg(segment(0xe1, bytes('Exif\0\0', tiff('OLYMPUS DIGITAL CAMERA         ', true))));
    expect(readCaption(file)).toBeUndefined();
  });
});

describe('PNG and WebP', () => {
  test('PNG: eXIf, iTXt XMP and a tEXt Description', () => {
    expect(readCaption(png(pngChunk('eXIf', tiff('A red bicycle', false))))).toBe('A red bicycle');
    const itxt = bytes('XML:com.adobe.xmp\0', [0, 0], '\0', '\0', enc.encode(xmpPacket('Chat bubbles')));
    expect(readCaption(png(pngChunk('iTXt', itxt)))).toBe('Chat bubbles');
    expect(readCaption(png(pngChunk('tEXt', bytes('Description\0', 'A cat on a mat'))))).toBe('A cat on a mat');
  });
  test('WebP: EXIF (with or without the Exif prefix) and XMP chunks', () => {
    expect(readCaption(webp(['EXIF', tiff('Harbour at dawn', true)]))).toBe('Harbour at dawn');
    expect(readCaption(webp(['EXIF', bytes('Exif\0\0', tiff('Odd-length caption', true))]))).toBe('Odd-length caption');
    expect(readCaption(webp(['VP8 ', new Uint8Array(7)], ['XMP ', enc.encode(xmpPacket('Snowy peak'))]))).toBe(
      'Snowy peak',
    );
  });
});

describe('bad input', () => {
  test('files without metadata, other formats, truncated and random bytes give no caption and never throw', () => {
    const full = jpeg(segment(0xe1, bytes('Exif\0\0', tiff('Cut short', true))));
    const candidates = [
      jpeg(),
      png(),
      latin1('GIF89a......'),
      new Uint8Array(),
      ...Array.from({ length: full.length }, (_, n) => full.subarray(0, n)),
    ];
    let seed = 7;
    for (let i = 0; i < 200; i++) {
      const random = Uint8Array.from({ length: 64 + (i % 50) }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed & 255;
      });
      random[0] = 0xff;
      random[1] = 0xd8;
      candidates.push(random);
    }
    for (const file of candidates) expect(() => readCaption(file)).not.toThrow();
    expect(readCaption(full.subarray(0, 20))).toBeUndefined();
  });
  test('an attribute-form XMP description is read too', () => {
    expect(xmpDescription('<rdf:Description dc:description="Short &quot;quoted&quot; text"/>')).toBe(
      'Short "quoted" text',
    );
  });
});
