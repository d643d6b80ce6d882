import { describe, expect, it } from 'vitest';
import { createGoneUploads } from '../../../lib/content/gone-uploads';
import type { Fingerprint } from '../../../lib/pairing/fingerprint';

const picture = (level: number): Fingerprint => new Uint8ClampedArray(192).fill(level);
const RED = picture(40);
const RED_REENCODED = picture(43); // JPEG-close: under SAME_PICTURE
const BLUE = picture(200);

function setUp(uploads: Record<string, { fingerprint?: Fingerprint }>) {
  const kept = new Map(Object.entries(uploads));
  const forgotten: string[] = [];
  let shown: Fingerprint[] = [];
  let tied = new Set<string>();
  const gone = createGoneUploads({
    pictureOf: (id) => kept.get(id)?.fingerprint,
    shown: () => shown,
    tied: () => tied,
    forget(mediaId) {
      kept.delete(mediaId);
      forgotten.push(mediaId);
    },
  });
  const settle = (pictures: Fingerprint[], ties: string[] = []) => {
    shown = pictures;
    tied = new Set(ties);
    gone.settle();
  };
  return { gone, settle, forgotten };
}

describe('uploads whose tile went', () => {
  it('are let go when no tile on the page shows their picture', () => {
    const { gone, settle, forgotten } = setUp({ a: { fingerprint: RED }, b: {} });
    gone.add('a');
    gone.add('b'); // no picture known (a video, or unreadable): nothing could settle it later
    settle([BLUE]);
    expect(forgotten).toEqual(['a', 'b']);
  });

  it('are kept while a tile shows the same picture (the same file attached twice), then let go', () => {
    const { gone, settle, forgotten } = setUp({ a: { fingerprint: RED } });
    gone.add('a');
    settle([RED_REENCODED, BLUE]);
    settle([RED]);
    expect(forgotten).toEqual([]);
    settle([BLUE]); // the twin removed as well
    expect(forgotten).toEqual(['a']);
  });

  it('are no longer watched once a tile is tied to them again', () => {
    const { gone, settle, forgotten } = setUp({ a: { fingerprint: RED } });
    gone.add('a');
    settle([RED], ['a']);
    settle([]);
    expect(forgotten).toEqual([]);
  });

  it('are let go at once when the page kept nothing of them (a failed upload)', () => {
    const { gone, settle, forgotten } = setUp({});
    gone.add('c');
    settle([RED]);
    expect(forgotten).toEqual(['c']);
  });
});
