import { browser } from 'wxt/browser';
import type { Envelope, MessageType, RequestOf, ResponseOf } from './contract';
import { fail, type Result } from './result';

/**
 * Sends a message to the background from a view or the content script. A background that is gone (extension
 * reloaded or updated) or a malformed reply becomes a failure the caller shows, never an exception.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Result<ResponseOf<K>>> {
  const envelope: Envelope<K> = { type, payload };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as unknown;
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Result<ResponseOf<K>>;
    return fail('unreachable', 'The extension did not answer.');
  } catch {
    return fail('unreachable', 'The extension is not reachable (it may have been updated or reloaded).');
  }
}
