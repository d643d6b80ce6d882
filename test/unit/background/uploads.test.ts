import { describe, expect, test } from 'vitest';
import { tiledMedia } from '../../../lib/background/tab-registry';
import { parseUploadCommand, recordCompletion, recordRequest, type Upload } from '../../../lib/background/uploads';
import type { Tile } from '../../../lib/media/item';

const URL_BASE = 'https://upload.x.com/i/media/upload.json';
const init = (bytes: number) =>
  parseUploadCommand(`${URL_BASE}?command=INIT&total_bytes=${bytes}&media_category=tweet_image`)!;
const append = (id: string) => parseUploadCommand(`${URL_BASE}?command=APPEND&media_id=${id}&segment_index=0`)!;
const finalize = (id: string) => parseUploadCommand(`${URL_BASE}?command=FINALIZE&media_id=${id}`)!;

describe('reading an upload request', () => {
  test('from the query string', () => {
    expect(init(1234)).toEqual({ command: 'INIT', totalBytes: 1234, category: 'tweet_image', mediaId: undefined });
    expect(finalize('123')).toMatchObject({ command: 'FINALIZE', mediaId: '123' });
  });
  test('from the form body, as some clients send it', () => {
    expect(parseUploadCommand(URL_BASE, { command: ['APPEND'], media_id: ['987'] })).toMatchObject({
      command: 'APPEND',
      mediaId: '987',
    });
  });
  test('anything else is not an upload command; a malformed id is ignored', () => {
    expect(parseUploadCommand(`${URL_BASE}?command=DELETE`)).toBeUndefined();
    expect(parseUploadCommand('not a url')).toBeUndefined();
    expect(parseUploadCommand(`${URL_BASE}?command=APPEND&media_id=12a`)?.mediaId).toBeUndefined();
  });
});

/** Two uploads started together: INITs answer in order a, b. */
function twoUploads(): Upload[] {
  let uploads = recordRequest([], 'a', 100, init(1000));
  uploads = recordRequest(uploads, 'b', 101, init(2000));
  uploads = recordCompletion(uploads, 'a', 110, init(1000), 200);
  return recordCompletion(uploads, 'b', 111, init(2000), 200);
}

describe('tying media ids to uploads', () => {
  test('a new id goes to the upload whose INIT answered first', () => {
    const uploads = recordRequest(twoUploads(), 'c', 112, append('111'));
    expect(uploads.map((u) => u.mediaId)).toEqual(['111', undefined]);
  });

  test('a failed FINALIZE marks the upload failed', () => {
    let uploads = recordRequest(twoUploads(), 'c', 112, append('111'));
    uploads = recordCompletion(uploads, 'f', 130, finalize('111'), 500);
    expect(uploads[0]?.failed).toBe(true);
  });
});

describe('what a tile may claim (tiledMedia)', () => {
  const status = (id: string) => parseUploadCommand(`${URL_BASE}?command=STATUS&media_id=${id}`)!;
  const record = (uploads: Upload[], tiles: Tile[]) => ({ uploads, tiles, hasContent: true, incognito: false });
  const tile = (key: string, mediaId?: string, ready = true): Tile => ({
    key,
    composerId: 'modal',
    post: 0,
    index: 0,
    kind: 'image',
    attachedAt: 90,
    ...(mediaId ? { mediaId, ready } : {}),
  });

  test('an id this tab uploaded and X received becomes an item', () => {
    let uploads = recordRequest(twoUploads(), 'c', 112, append('111'));
    uploads = recordCompletion(uploads, 'e', 120, finalize('111'), 200);
    const [found] = tiledMedia(7, record(uploads, [tile('t1', '111')]));
    expect(found?.item).toMatchObject({ mediaId: '111', tabId: 7, tileKey: 't1', detectedAt: 120 });
  });

  test('an id the browser never saw this tab send, or not yet received, is no item', () => {
    let uploads = recordRequest(twoUploads(), 'c', 112, append('111'));
    expect(tiledMedia(7, record(uploads, [tile('t1', '111')]))[0]?.item).toBeUndefined(); // no FINALIZE yet
    uploads = recordCompletion(uploads, 'e', 120, finalize('111'), 200);
    expect(tiledMedia(7, record(uploads, [tile('t1', '999')]))[0]?.item).toBeUndefined(); // never uploaded here
    expect(tiledMedia(7, record(uploads, [tile('t1', '111', false)]))[0]?.item).toBeUndefined(); // page: not ready
  });

  test("a GIF from X's GIF search (STATUS only, no bytes sent) counts once a STATUS answered", () => {
    let uploads = recordRequest([], 'g', 100, parseUploadCommand(`${URL_BASE}?command=INIT&media_category=tweet_gif`)!);
    uploads = recordCompletion(uploads, 'g', 110, init(0), 200);
    uploads = recordRequest(uploads, 's', 111, status('444'));
    expect(tiledMedia(7, record(uploads, [tile('gif', '444')]))[0]?.item).toBeUndefined();
    uploads = recordCompletion(uploads, 's', 120, status('444'), 200);
    expect(tiledMedia(7, record(uploads, [tile('gif', '444')]))[0]?.item?.mediaId).toBe('444');
  });

  test('a device upload is not received on a STATUS alone', () => {
    let uploads = recordRequest(twoUploads(), 'c', 112, append('111'));
    uploads = recordRequest(uploads, 's', 113, status('111'));
    uploads = recordCompletion(uploads, 's', 114, status('111'), 200);
    expect(tiledMedia(7, record(uploads, [tile('t1', '111')]))[0]?.item).toBeUndefined();
  });
});
