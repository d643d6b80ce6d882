import { AuthStore, DEFAULT_CLIENT_ID, DEFAULT_SCOPES, SEED_USERS } from './auth-store';
import { CONTROL_HOSTS } from './classify';
import type { Ctx, SimState } from './context';
import { FaultStore } from './faults';
import { sendJson } from './http';
import { logFilter, RequestLog } from './log';
import { MediaStore } from './media-store';
import { RateLimiter } from './rate-limit';
import type { LogFilter, SimControl } from './types';
import { uploadAs } from './upload';
import { applyWebSwitches, defaultWebSwitches } from './web-switches';

export function createState(): SimState {
  return {
    auth: new AuthStore(),
    media: new MediaStore(),
    rates: new RateLimiter(),
    faults: new FaultStore(),
    log: new RequestLog(),
    webUser: 'demo_user',
    web: defaultWebSwitches(),
  };
}

function scopeList(scopes: string[] | string | undefined): string[] {
  if (scopes === undefined) return [...DEFAULT_SCOPES];
  return typeof scopes === 'string' ? scopes.split(/\s+/).filter(Boolean) : [...scopes];
}

/** The in-process control surface; the HTTP control API below calls the very same object. */
export function createControl(state: SimState, onReset: () => void): SimControl {
  return {
    reset() {
      onReset();
      state.auth.reset();
      state.media.reset();
      state.rates.reset();
      state.faults.clear();
      state.log.clear();
      state.webUser = 'demo_user';
      state.web = defaultWebSwitches();
    },
    users: SEED_USERS,
    issueToken(options = {}) {
      const { username = 'demo_user', scopes, expiresInSec } = options;
      return state.auth.issue(username, DEFAULT_CLIENT_ID, scopeList(scopes), expiresInSec);
    },
    issueOAuth1Keys: (username = 'demo_user') => state.auth.issueOAuth1Keys(username),
    registerClient: (clientId, app) => state.auth.registerClient(clientId, app),
    expireAccessTokens: (username) => state.auth.expireAccessTokens(username),
    revokeGrants: (username) => state.auth.revokeGrants(username),
    inject: (fault) => state.faults.inject(fault),
    clearFaults: () => state.faults.clear(),
    setRateLimit: ({ limit, windowSec }) => state.rates.setMetadataLimit(limit, windowSec),
    setMediaExpiry(seconds) {
      if (!(seconds > 0)) throw new Error('setMediaExpiry needs a positive number of seconds');
      state.media.expirySec = seconds;
    },
    setCodeLifetime(seconds) {
      if (!(seconds >= 0)) throw new Error('setCodeLifetime needs seconds >= 0');
      state.auth.codeLifetimeSec = seconds;
    },
    uploadAs: (username, options = {}) => uploadAs({ state }, username, options.category, options.uploadedBy),
    setWebUser(username) {
      state.auth.user(username);
      state.webUser = username;
    },
    mediaMetadata: (mediaId) => state.media.getMetadata(mediaId),
    metadataHistory: (mediaId) => state.media.getHistory(mediaId),
    setWeb(partial) {
      state.web = applyWebSwitches(state.web, partial);
      return { ...state.web };
    },
    web: () => ({ ...state.web }),
    log: state.log,
  };
}

type Method = (args: unknown[]) => unknown;

/** What the HTTP control API exposes: SimControl's methods by name (functions cannot cross HTTP, filters can). */
function controlMethods(control: SimControl): Record<string, Method> {
  const a = (args: unknown[], i: number) => args[i] as never;
  return {
    reset: () => control.reset(),
    users: () => control.users,
    issueToken: (args) => control.issueToken(a(args, 0)),
    issueOAuth1Keys: (args) => control.issueOAuth1Keys(a(args, 0)),
    registerClient: (args) => control.registerClient(a(args, 0), a(args, 1)),
    expireAccessTokens: (args) => control.expireAccessTokens(a(args, 0)),
    revokeGrants: (args) => control.revokeGrants(a(args, 0)),
    inject: (args) => control.inject(a(args, 0)),
    clearFaults: () => control.clearFaults(),
    setRateLimit: (args) => control.setRateLimit(a(args, 0)),
    setMediaExpiry: (args) => control.setMediaExpiry(a(args, 0)),
    setCodeLifetime: (args) => control.setCodeLifetime(a(args, 0)),
    uploadAs: (args) => control.uploadAs(a(args, 0), a(args, 1)),
    setWebUser: (args) => control.setWebUser(a(args, 0)),
    mediaMetadata: (args) => control.mediaMetadata(a(args, 0)) ?? null,
    metadataHistory: (args) => control.metadataHistory(a(args, 0)),
    setWeb: (args) => control.setWeb(a(args, 0)),
    web: () => control.web(),
    'log.entries': (args) => control.log.entries(args[0] as LogFilter | undefined),
    'log.clear': () => control.log.clear(),
    // A filter instead of a predicate; pass sinceSeq to wait only for requests after a known point.
    'log.waitFor': (args) => control.log.waitFor(logFilter((args[0] ?? {}) as LogFilter), Number(args[1] ?? 5000)),
  };
}

/**
 * POST https://localhost:PORT/__control/<method>, JSON body = argument list (an array) or the single argument.
 * Only for processes on this machine: Host must be localhost/127.0.0.1 (so DNS rebinding cannot reach it) and
 * there must be no Origin header (browsers send one on every cross-origin POST, so no web page can drive it).
 */
export function createControlHandler(control: SimControl) {
  const methods = controlMethods(control);
  return async (ctx: Ctx): Promise<void> => {
    if (!CONTROL_HOSTS.includes(ctx.host) || ctx.req.headers.origin !== undefined) {
      return sendJson(ctx.res, 403, { error: 'The control API only answers local, non-browser clients.' });
    }
    if (ctx.req.method !== 'POST') return sendJson(ctx.res, 405, { error: 'Use POST.' }, { allow: 'POST' });
    const method = methods[ctx.url.pathname.slice('/__control/'.length)];
    if (!method) return sendJson(ctx.res, 404, { error: `No control method ${ctx.url.pathname}.` });
    try {
      const text = ctx.body.toString('utf8').trim();
      const parsed: unknown = text ? JSON.parse(text) : [];
      const result = await method(Array.isArray(parsed) ? parsed : [parsed]);
      sendJson(ctx.res, 200, result ?? null);
    } catch (error) {
      sendJson(ctx.res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  };
}
