import { mediaIdsOf, swapMediaIds, withAltText, xMetadataOf } from './post-body';
import {
  ALIVE_TIMEOUT_MS,
  type Answer,
  type AskReport,
  FIRST_ANSWER_MS,
  POST_URL,
  TAP,
  X_METADATA_URL,
} from './protocol';

export type Verdict = { body: string } | 'cancel';

/**
 * Asks the content script whether a post request (or X's own metadata call) may go. A post without media, or whose
 * media the content script already cleared, goes at once, without a message. Otherwise the request waits for an
 * answer; with no first answer within FIRST_ANSWER_MS, or no sign of life for ALIVE_TIMEOUT_MS (the extension was
 * reloaded, updated, disabled or crashed), it goes unchanged.
 */
export function createGate(nonce: string, report: (message: Omit<AskReport, 'type' | 'nonce'>) => void) {
  let cleared = new Set<string>();
  const waiting = new Map<string, { proceed: (verdict: Verdict) => void; body: string; timer: number }>();

  const settle = (requestId: string, verdict: Verdict | undefined) => {
    const wait = waiting.get(requestId);
    if (!wait) return;
    waiting.delete(requestId);
    clearTimeout(wait.timer);
    wait.proceed(verdict ?? { body: wait.body });
  };
  const expireIn = (requestId: string, ms: number) => {
    const wait = waiting.get(requestId);
    if (!wait) return;
    clearTimeout(wait.timer);
    wait.timer = window.setTimeout(() => settle(requestId, undefined), ms);
  };

  document.addEventListener(TAP.answer, (event) => {
    let answer: Answer;
    try {
      answer = JSON.parse(String((event as CustomEvent<unknown>).detail)) as Answer;
    } catch {
      return;
    }
    if (answer?.nonce !== nonce) return;
    if (answer.kind === 'cleared' && Array.isArray(answer.mediaIds)) cleared = new Set(answer.mediaIds.map(String));
    else if (answer.kind === 'alive' && Array.isArray(answer.requestIds))
      for (const id of answer.requestIds) expireIn(String(id), ALIVE_TIMEOUT_MS);
    else if (answer.kind === 'hold') expireIn(answer.requestId, ALIVE_TIMEOUT_MS);
    else if (answer.kind === 'cancel') settle(answer.requestId, 'cancel');
    else if (answer.kind === 'go') {
      const body = waiting.get(answer.requestId)?.body ?? '';
      let next = body;
      if (answer.swaps && typeof answer.swaps === 'object') next = swapMediaIds(next, answer.swaps);
      if (typeof answer.altText === 'string') next = withAltText(next, answer.altText);
      settle(answer.requestId, { body: next });
    }
  });

  return {
    /**
     * Undefined: send now, unchanged. Otherwise the request waits, and `proceed` runs with the verdict in the task that
     * brings it, not a microtask later: the content script that answered may have more to do in that task (a redraw),
     * and the post must not wait for it.
     */
    check<T>(url: string, body: unknown, proceed: (verdict: Verdict) => T | PromiseLike<T>): Promise<T> | undefined {
      if (typeof body !== 'string') return undefined;
      let ask: Omit<AskReport, 'type' | 'nonce' | 'requestId'>;
      if (POST_URL.test(url)) {
        const mediaIds = mediaIdsOf(body);
        if (mediaIds.every((id) => cleared.has(id))) return undefined;
        ask = { kind: 'ask', request: 'post', operation: POST_URL.exec(url)?.[1] ?? '', mediaIds };
      } else if (X_METADATA_URL.test(url)) {
        const call = xMetadataOf(body);
        if (!call) return undefined;
        ask = {
          kind: 'ask',
          request: 'x-metadata',
          operation: 'metadata',
          mediaIds: [call.mediaId],
          altText: call.altText,
        };
      } else return undefined;
      const requestId = crypto.randomUUID();
      return new Promise<T>((resolve, reject) => {
        const run = (verdict: Verdict) => {
          try {
            resolve(proceed(verdict));
          } catch (error) {
            reject(error);
          }
        };
        waiting.set(requestId, { proceed: run, body, timer: 0 });
        expireIn(requestId, FIRST_ANSWER_MS);
        report({ ...ask, requestId });
      });
    },
  };
}

export type Gate = ReturnType<typeof createGate>;
