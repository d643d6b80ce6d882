import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthStore } from './auth-store';
import type { FaultStore } from './faults';
import type { RequestLog } from './log';
import type { MediaStore } from './media-store';
import type { RateLimiter } from './rate-limit';
import type { Kind, LogEntry, WebSwitches } from './types';

/** Everything the simulator remembers between requests; control.ts resets it. */
export interface SimState {
  auth: AuthStore;
  media: MediaStore;
  rates: RateLimiter;
  faults: FaultStore;
  log: RequestLog;
  /** Whose media the x.com web client's uploads become, unless the request has a `sim_user` cookie. */
  webUser: string;
  /** How the simulated x.com behaves (types.ts); the page reads them when it loads. */
  web: WebSwitches;
}

/** One request on its way through the simulator. */
export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  body: Buffer;
  url: URL;
  /** Host header's hostname, without port. */
  host: string;
  kind: Kind;
  entry: LogEntry;
  state: SimState;
}
