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
  | 'create-tweet'
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

export type MediaCategory = 'tweet_image' | 'tweet_gif' | 'tweet_video';

/** The latest metadata accepted for a media id, in the shape its endpoint form received it. */
export interface StoredMetadata {
  form: 'v2' | 'v2-create' | 'v1';
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
  uploadAs(username: string, options?: { category?: MediaCategory }): string;
  setWebUser(username: string): void;
  mediaMetadata(mediaId: string): StoredMetadata | undefined;
  readonly log: SimLog;
}
