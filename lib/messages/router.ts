import { CONTRACT, isMessageType, type MessageType, type RequestOf, type ResponseOf } from './contract';
import type { RateLimiter } from './rate-limiter';
import { fail, type Result } from './result';
import { classifySender, type SenderClass, type SenderInfo } from './senders';

export interface HandlerContext {
  sender: SenderClass;
  /** The sender's tab: always set for content scripts, sometimes for extension pages opened in a tab. */
  tabId?: number;
  /** The sender's tab is in a private window: nothing from it may be persisted. */
  incognito: boolean;
}

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, context: HandlerContext) => Promise<Result<ResponseOf<K>>>;
};

export interface RouterOptions {
  self: { id: string; origin: string };
  contentLimiter: RateLimiter;
}

/**
 * Checks each message against the contract — known type, allowed sender, rate limit for content scripts, valid
 * payload — before any handler runs, so a refused message has no side effect. Never throws.
 */
export function createRouter(handlers: Handlers, { self, contentLimiter }: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    try {
      const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
      if (!isMessageType(type)) return fail('unknown-type', 'Unknown message type.');
      const spec = CONTRACT[type];
      const senderClass = classifySender(sender, self);
      if (!spec.from.includes(senderClass)) return fail('forbidden-sender', `${senderClass} may not send ${type}.`);
      const tabId = sender.tab?.id;
      if (senderClass === 'x-content-script' && !contentLimiter.take(tabId ?? -1)) {
        return fail('rate-limited', 'Too many messages from this tab.');
      }
      const parsed = spec.request.safeParse((message as { payload?: unknown }).payload);
      if (!parsed.success) return fail('invalid-payload', `Invalid payload for ${type}.`);
      const handler = handlers[type] as (payload: unknown, context: HandlerContext) => Promise<Result<unknown>>;
      return await handler(parsed.data, { sender: senderClass, tabId, incognito: sender.tab?.incognito === true });
    } catch {
      // The message is not echoed: it may carry a token.
      return fail('failed', 'The background could not handle the message.');
    }
  };
}
