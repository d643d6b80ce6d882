/**
 * Reads and rewrites the media ids in the body of X's post requests (x-composer.md, "How the web client creates the
 * post"): CreateTweet and CreateNoteTweet name them in variables.media.media_entities[].media_id, CreateScheduledTweet
 * in variables.post_tweet_request.media_ids. Pure and defensive: a body it does not understand has no media ids and
 * is left alone.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const MEDIA_ID = /^[0-9]{1,19}$/;

function parse(body: unknown): Json | undefined {
  if (typeof body !== 'string' || body.length > 1_000_000) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function entities(variables: Json): Json[] {
  const media = variables.media;
  const list = isObject(media) ? media.media_entities : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

function scheduledIds(variables: Json): unknown[] {
  const request = variables.post_tweet_request;
  const ids = isObject(request) ? request.media_ids : undefined;
  return Array.isArray(ids) ? ids : [];
}

/** The media ids a post request's JSON body carries, in order. */
export function mediaIdsOf(body: unknown): string[] {
  const variables = parse(body)?.variables;
  if (!isObject(variables)) return [];
  const ids = [...entities(variables).map((entity) => entity.media_id), ...scheduledIds(variables)];
  return ids.filter((id): id is string => typeof id === 'string' && MEDIA_ID.test(id));
}

/** The same body with some media ids replaced; the body unchanged when there is nothing to replace. */
export function swapMediaIds(body: string, swaps: Record<string, string>): string {
  const parsed = parse(body);
  const variables = parsed?.variables;
  if (!parsed || !isObject(variables) || Object.keys(swaps).length === 0) return body;
  const swap = (id: unknown) => (typeof id === 'string' && Object.hasOwn(swaps, id) ? swaps[id] : id);
  for (const entity of entities(variables)) entity.media_id = swap(entity.media_id);
  const request = variables.post_tweet_request;
  if (isObject(request) && Array.isArray(request.media_ids)) request.media_ids = request.media_ids.map(swap);
  return JSON.stringify(parsed);
}

/** X's own metadata call (`{media_id, alt_text: {text}}`): its media id and alt text. */
export function xMetadataOf(body: unknown): { mediaId: string; altText?: string } | undefined {
  const parsed = parse(body);
  const mediaId = parsed?.media_id;
  if (typeof mediaId !== 'string' || !MEDIA_ID.test(mediaId)) return undefined;
  const alt = parsed?.alt_text;
  const text = isObject(alt) && typeof alt.text === 'string' ? alt.text : undefined;
  return { mediaId, altText: text };
}

/** X's own metadata call carrying `altText` instead of what X's editor held. */
export function withAltText(body: string, altText: string): string {
  const parsed = parse(body);
  if (!parsed) return body;
  parsed.alt_text = { ...(isObject(parsed.alt_text) ? parsed.alt_text : {}), text: altText };
  return JSON.stringify(parsed);
}
