import { describe, expect, test } from 'vitest';
import { mediaIdsOf, swapMediaIds, withAltText, xMetadataOf } from '../../../lib/page-world/post-body';

const createTweet = (ids: string[]) =>
  JSON.stringify({
    variables: {
      tweet_text: 'hi',
      media: { media_entities: ids.map((media_id) => ({ media_id, tagged_users: [] })), possibly_sensitive: false },
    },
    features: { a: true },
    queryId: 'q1',
  });
const scheduled = (ids: string[]) =>
  JSON.stringify({
    variables: {
      post_tweet_request: {
        auto_populate_reply_metadata: false,
        status: 'later',
        exclude_reply_user_ids: [],
        media_ids: ids,
      },
      execute_at: 1_900_000_000,
    },
    queryId: 'q2',
  });

describe("the media ids of X's post requests", () => {
  test('CreateTweet / CreateNoteTweet: variables.media.media_entities; CreateScheduledTweet: post_tweet_request.media_ids', () => {
    expect(mediaIdsOf(createTweet(['1', '22']))).toEqual(['1', '22']);
    expect(mediaIdsOf(scheduled(['333']))).toEqual(['333']);
    expect(mediaIdsOf(createTweet([]))).toEqual([]);
  });

  test('a body it does not understand has no media ids (and is never thrown on)', () => {
    for (const body of [
      '',
      'not json',
      '[]',
      '{"variables":7}',
      JSON.stringify({ variables: { media: { media_entities: [{ media_id: 'x1' }] } } }),
      undefined,
      42,
      'x'.repeat(2_000_000),
    ]) {
      expect(mediaIdsOf(body)).toEqual([]);
    }
  });

  test('swapping replaces exactly the named ids, in both shapes, and leaves the rest of the body as it was', () => {
    const swapped = JSON.parse(swapMediaIds(createTweet(['1', '22']), { '22': '99' }));
    expect(swapped.variables.media.media_entities.map((e: { media_id: string }) => e.media_id)).toEqual(['1', '99']);
    expect(swapped.features).toEqual({ a: true });
    expect(mediaIdsOf(swapMediaIds(scheduled(['333', '4']), { '333': '5' }))).toEqual(['5', '4']);
    const body = createTweet(['1']);
    expect(swapMediaIds(body, {})).toBe(body);
    expect(swapMediaIds('not json', { '1': '2' })).toBe('not json');
  });
});

describe("X's own metadata call", () => {
  test('reads its media id and alt text, and can carry another alt text', () => {
    const body = JSON.stringify({ media_id: '123', alt_text: { text: 'from X' }, sensitive_media_warning: [] });
    expect(xMetadataOf(body)).toEqual({ mediaId: '123', altText: 'from X' });
    const rewritten = JSON.parse(withAltText(body, 'ours'));
    expect(rewritten).toEqual({ media_id: '123', alt_text: { text: 'ours' }, sensitive_media_warning: [] });
    expect(xMetadataOf('{"media_id":"12a"}')).toBeUndefined();
  });
});
