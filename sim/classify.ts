import { uploadParams } from './multipart';
import type { Kind } from './types';

export const UPLOAD_HOSTS = ['upload.x.com', 'upload.twitter.com'];
export const CONTROL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
const UPLOAD_PATHS = ['/i/media/upload.json', '/1.1/media/upload.json'];
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
};

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
  if (r.host === 'api.x.com') return API_ROUTES[`${r.method} ${r.path}`] ?? 'other';
  if (r.host === 'pbs.twimg.com') return 'image';
  if (r.host === 'x.com') {
    if (r.path === '/i/oauth2/authorize') return 'oauth-authorize';
    if (r.method === 'POST' && /^\/i\/api\/graphql\/[^/]+\/CreateTweet$/.test(r.path)) return 'create-tweet';
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
