// Shared types of the X simulator. Tests, benchmarks and the demo code against these (via sim/index.ts).

/** What a request is, decided from host, method and path before dispatch; the log and faults key on it. */
export type Kind =
  | 'metadata-v2'
  | 'metadata-v2-create'
  | 'metadata-v1'
  | 'users-me'
  | 'oauth-authorize'
  | 'oauth-token'
  | 'oauth-revoke'
  | 'upload-init'
  | 'upload-append'
  | 'upload-finalize'
  | 'upload-status'
  | 'media-v2-init'
  | 'media-v2-append'
  | 'media-v2-finalize'
  | 'media-v2-status'
  | 'create-tweet'
  | 'create-note-tweet'
  | 'create-scheduled-tweet'
  | 'metadata-web'
  | 'x-web'
  | 'image'
  | 'control'
  | 'other';

export type FaultMode = 'latency' | 'status' | 'rate-limit' | 'usage-capped' | 'drop' | 'hang' | 'expired-token';

export interface Fault {
  target: Kind | 'any';
  mode: FaultMode;
  /** 'latency': delay before handling normally. */
  ms?: number;
  /** 'status': the status to answer, e.g. 503. */
  status?: number;
  /** 'rate-limit': seconds until the forced window reopens. */
  resetInSec?: number;
  /** How many matching requests it applies to (default 1; Infinity allowed). */
  count?: number;
}

export interface ValidationResult {
  ok: boolean;
  errors: { path: string; message: string }[];
}

export interface LogEntry {
  seq: number;
  /** performance.timeOrigin + performance.now() at arrival: comparable across entries at sub-ms resolution. */
  startedAt: number;
  /** When the answer was handed to the connection (same clock as startedAt); unset while unanswered. */
  endedAt?: number;
  host: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** UTF-8 text of the body; multipart and binary bodies are summarised as `<N bytes content-type>`. */
  body: string;
  json?: unknown;
  kind: Kind;
  status?: number;
  validation?: ValidationResult;
  /** Username the request acted as (token owner, OAuth 1.0a user, or the web user for uploads). */
  user?: string;
}

/** Field match on entries; usable over the HTTP control API where functions cannot travel. */
export interface LogFilter {
  kind?: Kind;
  host?: string;
  method?: string;
  path?: string;
  status?: number;
  user?: string;
  sinceSeq?: number;
}

export interface SimUser {
  id: string;
  name: string;
  username: string;
}

/** X's media categories: composer media (tweet_*, amplify_video) and the rest (DMs, subtitles, banners). */
export type MediaCategory =
  | 'tweet_image'
  | 'tweet_gif'
  | 'tweet_video'
  | 'amplify_video'
  | 'dm_image'
  | 'dm_gif'
  | 'dm_video'
  | 'subtitles'
  | 'banner_image';

/** Who uploaded a media id: X's web client (upload.x.com with cookies) or an app (v2 upload with a token). */
export type Uploader = 'web' | 'app';

/** Where a metadata write came from: the three API forms, or X's own web client at Post time. */
export type MetadataSource = 'v2' | 'v2-create' | 'v1' | 'web';

/** One accepted metadata write, kept in order per media id (control.metadataHistory). */
export interface MetadataWrite {
  source: MetadataSource;
  /** alt_text.text of the write, when it carried one. */
  altText?: string;
  metadata: Record<string, unknown>;
  user: string;
  at: number;
}

/**
 * How the simulated x.com behaves where real x.com varies by account, settings or rollout. Defaults are what
 * shared/docs/x-composer.md says x.com does; tests flip a switch, then (re)load the page, which reads them from
 * the page shell. Everything here is server-side state: reset() restores the defaults.
 */
export interface WebSwitches {
  /** Re-encode images to JPEG 0.85 before upload: as X decides (auto), for every image, or never. */
  reencode: 'auto' | 'always' | 'never';
  /** What a tile's preview shows: the file the user picked (X's behaviour) or the bytes that were uploaded. */
  previewSource: 'original' | 'uploaded';
  /** Each upload waits a random 0..N ms before INIT, so tests can have uploads finish in any order. */
  uploadJitterMs: number;
  /** Accounts allowed long videos upload videos to /i/media/upload2.json. */
  longVideo: boolean;
  /** Data Saver: uploads wait until Post is pressed. */
  dataSaver: boolean;
  /** X's metadata call at Post time also for media the user set nothing on (unknown on x.com). */
  metadataForUndescribed: boolean;
  /** The Post button keeps working under another test id and label (X renames things). */
  postButton: 'standard' | 'renamed';
  /** Posts longer than 280 characters are allowed and go out as CreateNoteTweet. */
  longPosts: boolean;
  /** Which keyboard shortcut posts: decided from the browser's platform (auto), or forced. */
  platform: 'auto' | 'mac' | 'other';
  /** Tiles are rebuilt (new elements, same blob URL) on every upload progress step, as React may do. */
  recreateTiles: boolean;
  /** api.x.com: metadata calls are refused (403) on media the web client uploaded; app uploads are accepted. */
  appScopedOwnership: boolean;
}

/** The latest metadata accepted for a media id, in the shape its endpoint form received it. */
export interface StoredMetadata {
  form: MetadataSource;
  metadata: Record<string, unknown>;
  user: string;
  at: number;
}

export interface IssuedToken {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface OAuth1Keys {
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessTokenSecret: string;
}

export interface SimLog {
  entries(filter?: LogFilter | ((entry: LogEntry) => boolean)): LogEntry[];
  clear(): void;
  waitFor(predicate: (entry: LogEntry) => boolean, timeoutMs: number): Promise<LogEntry>;
}

export interface ClientApp {
  redirectUri?: string;
  grantable?: string[];
}

export interface SimControl {
  reset(): void;
  readonly users: { readonly demo_user: SimUser; readonly other_user: SimUser };
  issueToken(options?: { username?: string; scopes?: string[] | string; expiresInSec?: number }): IssuedToken;
  issueOAuth1Keys(username?: string): OAuth1Keys;
  /**
   * An app of the developer console. `app` as its settings say: the one callback URL it accepts (any extension's
   * when absent) and the scopes its permissions let it grant (all asked when absent).
   */
  registerClient(clientId: string, app?: ClientApp): void;
  expireAccessTokens(username?: string): void;
  revokeGrants(username?: string): void;
  inject(fault: Fault): string;
  clearFaults(): void;
  setRateLimit(options: { limit: number; windowSec: number }): void;
  setMediaExpiry(seconds: number): void;
  /** Authorization codes live 30 s like X's; tests shorten this to prove an expired code fails. */
  setCodeLifetime(seconds: number): void;
  uploadAs(username: string, options?: { category?: MediaCategory; uploadedBy?: Uploader }): string;
  setWebUser(username: string): void;
  mediaMetadata(mediaId: string): StoredMetadata | undefined;
  /** Every accepted metadata write on a media id, oldest first (the last one is what X ends up with). */
  metadataHistory(mediaId: string): MetadataWrite[];
  /** Changes some switches of the simulated x.com page (and api.x.com's ownership rule); returns them all. */
  setWeb(partial: Partial<WebSwitches>): WebSwitches;
  web(): WebSwitches;
  readonly log: SimLog;
}
