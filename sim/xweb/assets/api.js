// The web client's own calls to x.com and upload.x.com, with the headers X's web app sends.
// The bearer is a fake stand-in for X's public web-app bearer (the real one is the same for every user;
// the session is in the cookies, and x-csrf-token must echo the ct0 cookie).

export const WEB_BEARER = 'Bearer AAAAAAAAAAAAAAAAAAAAASIMULATEDxWEBxCLIENTxBEARERxNOTxAxSECRETx0000000000';
export const UPLOAD_URL = 'https://upload.x.com/i/media/upload.json';
/** Videos of accounts allowed long videos go here (x-composer.md). */
export const UPLOAD2_URL = 'https://upload.x.com/i/media/upload2.json';
/** X rotates GraphQL query ids with each deploy; the simulator's server accepts any id. */
export const CREATE_TWEET_QUERY_ID = 'SimCreateTweet7fQ2vXw9kA';
const QUERY_IDS = {
  CreateTweet: CREATE_TWEET_QUERY_ID,
  CreateNoteTweet: 'SimCreateNoteTweet3Hq8Zr',
  CreateScheduledTweet: 'SimCreateScheduled5Lp2Tx',
};

const FEATURES = {
  premium_content_api_read_enabled: false,
  communities_web_enable_tweet_community_results_fetch: true,
  responsive_web_edit_tweet_api_enabled: true,
  graphql_is_translatable_rweb_tweet_is_translatable_enabled: true,
  view_counts_everywhere_api_enabled: true,
  longform_notetweets_consumption_enabled: true,
  responsive_web_twitter_article_tweet_consumption_enabled: true,
  freedom_of_speech_not_reach_fetch_enabled: true,
  standardized_nudges_misinfo: true,
  longform_notetweets_rich_text_read_enabled: true,
  responsive_web_graphql_timeline_navigation_enabled: true,
  responsive_web_enhance_cards_enabled: false,
};

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)ct0=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** Headers of every authenticated web-app request. */
export function authHeaders() {
  return {
    authorization: WEB_BEARER,
    'x-csrf-token': csrfToken(),
    'x-twitter-auth-type': 'OAuth2Session',
  };
}

async function graphql(operation, body) {
  const queryId = QUERY_IDS[operation];
  const response = await fetch(`https://x.com/i/api/graphql/${queryId}/${operation}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify({ ...body, queryId }),
  });
  if (!response.ok) throw new Error(`${operation} ${response.status}`);
  return response.json();
}

/**
 * POST …/CreateTweet (or CreateNoteTweet for a long post: same variables) for one post. Returns the new post's
 * result; throws on any failure (the caller shows X's "Something went wrong" toast and keeps the composer).
 */
export async function createTweet({ text, mediaIds, replyTo, attachmentUrl, note = false }) {
  const variables = {
    tweet_text: text,
    media: { media_entities: mediaIds.map((id) => ({ media_id: id, tagged_users: [] })), possibly_sensitive: false },
    semantic_annotation_ids: [],
    dark_request: false,
  };
  if (replyTo) variables.reply = { in_reply_to_tweet_id: replyTo, exclude_reply_user_ids: [] };
  if (attachmentUrl) variables.attachment_url = attachmentUrl;
  const operation = note ? 'CreateNoteTweet' : 'CreateTweet';
  const json = await graphql(operation, { variables, features: FEATURES });
  const result = json?.data?.[note ? 'notetweet_create' : 'create_tweet']?.tweet_results?.result;
  if (!result?.rest_id) throw new Error(`${operation}: no rest_id`);
  return result;
}

/** POST …/CreateScheduledTweet: the post goes out at `executeAt` (Unix seconds). Returns the scheduled id. */
export async function createScheduledTweet({ text, mediaIds, executeAt }) {
  const variables = {
    post_tweet_request: {
      auto_populate_reply_metadata: false,
      status: text,
      exclude_reply_user_ids: [],
      media_ids: mediaIds,
    },
  };
  const json = await graphql('CreateScheduledTweet', { variables, execute_at: executeAt });
  const id = json?.data?.tweet?.rest_id;
  if (!id) throw new Error('CreateScheduledTweet: no rest_id');
  return id;
}

/** X's own alt text / content warning call, sent at Post time for media described or flagged in X's editor. */
export async function createMetadata(mediaId, altText, warnings) {
  const response = await fetch('https://x.com/i/api/1.1/media/metadata/create.json', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify({ media_id: mediaId, alt_text: { text: altText }, sensitive_media_warning: warnings }),
  });
  if (!response.ok) throw new Error(`metadata/create ${response.status}`);
}
