import { uploadParams } from './multipart';
import type { Kind } from './types';

export const UPLOAD_HOSTS = ['upload.x.com', 'upload.twitter.com'];
export const CONTROL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
// upload2.json: videos of accounts allowed long videos (x-composer.md).
const UPLOAD_PATHS = ['/i/media/upload.json', '/i/media/upload2.json', '/1.1/media/upload.json'];
const UPLOAD_COMMANDS: Record<string, Kind> = {
  INIT: 'upload-init',
  APPEND: 'upload-append',
  FINALIZE: 'upload-finalize',
  STATUS: 'upload-status',
};
const API_ROUTES: Record<string, Kind> = {
  'POST /2/media/metadata': 'metadata-v2',
  'POST /2/media/metadata/create': 'metadata-v2-create',
  'GET /2/users/me': 'users-me',
  'POST /2/oauth2/token': 'oauth-token',
  'POST /2/oauth2/revoke': 'oauth-revoke',
  'POST /2/media/upload/initialize': 'media-v2-init',
};
/** The command style of the v2 media upload (POST /2/media/upload, command in a form or multipart field). */
const V2_UPLOAD_COMMANDS: Record<string, Kind> = {
  INIT: 'media-v2-init',
  APPEND: 'media-v2-append',
  FINALIZE: 'media-v2-finalize',
  STATUS: 'media-v2-status',
};
const GRAPHQL_POSTS: Record<string, Kind> = {
  CreateTweet: 'create-tweet',
  CreateNoteTweet: 'create-note-tweet',
  CreateScheduledTweet: 'create-scheduled-tweet',
};
export const WEB_METADATA_PATH = '/i/api/1.1/media/metadata/create.json';

export interface RequestShape {
  host: string;
  method: string;
  path: string;
  query: URLSearchParams;
  /** Needed for uploads, whose command may be in the body; before the body arrives pass an empty buffer. */
  body: Buffer;
  contentType: string;
}

/**
 * Decides a request's Kind before dispatch. Preflights are 'other' so that counting, say, 'metadata-v2' entries
 * counts real calls, and so that faults (which key on kind) never hit a preflight.
 */
export function classify(r: RequestShape): Kind {
  if (r.method === 'OPTIONS') return 'other';
  if (CONTROL_HOSTS.includes(r.host)) return r.path.startsWith('/__control/') ? 'control' : 'other';
  if (r.host === 'api.x.com') return API_ROUTES[`${r.method} ${r.path}`] ?? classifyV2Upload(r);
  if (r.host === 'pbs.twimg.com') return 'image';
  if (r.host === 'x.com') {
    if (r.path === '/i/oauth2/authorize') return 'oauth-authorize';
    const graphql = /^\/i\/api\/graphql\/[^/]+\/(\w+)$/.exec(r.path)?.[1];
    if (r.method === 'POST' && graphql && Object.hasOwn(GRAPHQL_POSTS, graphql)) return GRAPHQL_POSTS[graphql]!;
    if (r.method === 'POST' && r.path === WEB_METADATA_PATH) return 'metadata-web';
    return 'x-web';
  }
  if (UPLOAD_HOSTS.includes(r.host)) {
    if (r.method === 'POST' && r.path === '/1.1/media/metadata/create.json') return 'metadata-v1';
    if (UPLOAD_PATHS.includes(r.path)) {
      const command = uploadParams(r.query, r.body, r.contentType).command?.toUpperCase() ?? '';
      return UPLOAD_COMMANDS[command] ?? 'other';
    }
  }
  return 'other';
}

/** The v2 media upload's routes: /2/media/upload/{id}/append|finalize, STATUS by GET, or the command style. */
function classifyV2Upload(r: RequestShape): Kind {
  const step = /^\/2\/media\/upload\/(\d{1,19})\/(append|finalize)$/.exec(r.path)?.[2];
  if (r.method === 'POST' && step) return step === 'append' ? 'media-v2-append' : 'media-v2-finalize';
  if (r.path !== '/2/media/upload') return 'other';
  const command = uploadParams(r.query, r.body, r.contentType).command?.toUpperCase() ?? '';
  if (r.method === 'GET') return command === 'STATUS' ? 'media-v2-status' : 'other';
  return r.method === 'POST' ? (V2_UPLOAD_COMMANDS[command] ?? 'other') : 'other';
}
