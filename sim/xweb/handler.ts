import type { IncomingMessage, ServerResponse } from 'node:http';

/** Serves the simulated x.com web client (composer pages, scripts, CreateTweet). Returns false when not handled. */
export async function handleXWeb(_req: IncomingMessage, _res: ServerResponse, _body: Buffer): Promise<boolean> {
  return false;
}
