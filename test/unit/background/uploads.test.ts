import { describe, expect, test } from 'vitest';
import { tieTiles } from '../../../lib/background/tie';
import {
  parseUploadCommand,
  recordCompletion,
  recordObservation,
  recordRequest,
  type Upload,
} from '../../../lib/background/uploads';
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

  test('the page report corrects a swapped pair (first APPENDs sent in the other order)', () => {
    let uploads = recordRequest(twoUploads(), 'c', 112, append('222'));
    uploads = recordRequest(uploads, 'd', 113, append('111'));
    uploads = recordCompletion(uploads, 'e', 120, finalize('222'), 200);
    // Wrong guess: 222 went to the 1000-byte upload. X said 222 is the 2000-byte one.
    expect(uploads.map((u) => u.mediaId)).toEqual(['222', '111']);
    uploads = recordObservation(uploads, '222', 2000);
    expect(uploads.map((u) => [u.totalBytes, u.mediaId, u.finalizedAt])).toEqual([
      [1000, '111', undefined],
      [2000, '222', 120],
    ]);
  });

  test('a report that arrives before the first APPEND assigns the id at once, and the APPEND then changes nothing', () => {
    let uploads = recordObservation(twoUploads(), '333', 2000);
    expect(uploads.map((u) => u.mediaId)).toEqual([undefined, '333']);
    uploads = recordRequest(uploads, 'c', 112, append('333'));
    expect(uploads.map((u) => u.mediaId)).toEqual([undefined, '333']);
  });

  test('a report can never invent an upload: no matching size, no change', () => {
    const uploads = recordRequest(twoUploads(), 'c', 112, append('111'));
    expect(recordObservation(uploads, '111', 5555)).toBe(uploads);
    expect(recordObservation(uploads, '999', 5555)).toBe(uploads);
  });

  test('a failed FINALIZE marks the upload failed', () => {
    let uploads = recordRequest(twoUploads(), 'c', 112, append('111'));
    uploads = recordCompletion(uploads, 'f', 130, finalize('111'), 500);
    expect(uploads[0]?.failed).toBe(true);
  });
});

describe('tying tiles to uploads', () => {
  const tile = (key: string, size: number | undefined, attachedAt: number, index = 0): Tile => ({
    key,
    composerId: 'modal',
    post: 0,
    index,
    kind: 'image',
    size,
    attachedAt,
  });

  test('by file size when sizes differ, whatever the order', () => {
    const ties = tieTiles([tile('t1', 2000, 90, 0), tile('t2', 1000, 90, 1)], twoUploads(), {});
    expect(ties).toEqual({ t1: 'b', t2: 'a' });
  });
  test('by order when the same file is attached twice', () => {
    const ties = tieTiles([tile('t1', undefined, 90, 0), tile('t2', undefined, 90, 1)], twoUploads(), {});
    expect(ties).toEqual({ t1: 'a', t2: 'b' });
  });
  test('existing ties hold; an upload that started long before the tile is not its own', () => {
    expect(tieTiles([tile('t1', 1000, 90)], twoUploads(), { t1: 'b' })).toEqual({ t1: 'b' });
    expect(tieTiles([tile('late', 1000, 60_000)], twoUploads(), {})).toEqual({});
  });
});
