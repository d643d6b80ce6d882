import { describe, expect, test } from 'vitest';
import { matchPicked, type UploadForPick } from '../../../lib/content/picked-files';

/** Files as the file input gives them: only size and type matter here; `name` tells them apart in the checks. */
const file = (name: string, size: number, type = 'image/jpeg') => ({ name, size, type });
const upload = (mediaId: string, startedAt: number, size: number, mediaType = 'image/jpeg'): UploadForPick => ({
  mediaId,
  startedAt,
  size,
  mediaType,
});

describe('the file the user picked for an upload', () => {
  test('is the one of the same size and type when X sent it as it was, whatever the order', () => {
    const picks = [{ at: 100, files: [file('a', 5_000), file('b', 7_000)] }];
    const uploads = [upload('1', 110, 7_000), upload('2', 120, 5_000)];
    expect(matchPicked(picks, uploads[0]!, uploads)?.name).toBe('b');
    expect(matchPicked(picks, uploads[1]!, uploads)?.name).toBe('a');
  });

  test('is the one at the same place in its pick when X re-encoded them all, and the pick has as many uploads', () => {
    const picks = [
      { at: 100, files: [file('old', 1_000)] },
      { at: 200, files: [file('a', 5_000), file('b', 7_000)] },
    ];
    const uploads = [upload('0', 105, 900), upload('2', 230, 6_100), upload('1', 210, 4_200)];
    expect(matchPicked(picks, uploads[2]!, uploads)?.name).toBe('a');
    expect(matchPicked(picks, uploads[1]!, uploads)?.name).toBe('b');
    expect(matchPicked(picks, uploads[0]!, uploads)?.name).toBe('old');
  });

  test('is unknown when unsure: uploads and files do not add up, or nothing was picked before it', () => {
    const picks = [{ at: 200, files: [file('a', 5_000), file('b', 7_000)] }];
    // One upload of the two failed or is still to start: by order alone it could be either file.
    const one = [upload('1', 210, 4_200)];
    expect(matchPicked(picks, one[0]!, one)).toBeUndefined();
    // A GIF from X's GIF search, before any pick.
    const early = [upload('9', 50, 3_000, 'image/gif')];
    expect(matchPicked(picks, early[0]!, early)).toBeUndefined();
  });

  test('a file of the same size but another type is not taken for the upload', () => {
    const picks = [{ at: 100, files: [file('a', 5_000, 'image/png')] }];
    const uploads = [upload('1', 110, 5_000, 'image/jpeg'), upload('2', 120, 9_000)];
    expect(matchPicked(picks, uploads[0]!, uploads)).toBeUndefined();
  });
});
