import type { Gate } from './gate';
import { UPLOAD_URL } from './protocol';
import type { OnUploadSent } from './uploads';

/** X's own XMLHttpRequest and fetch, wrapped: upload requests are followed, post requests pass the gate. */
export function hookXhr(onUploadSent: OnUploadSent, gate: Gate): void {
  const urls = new WeakMap<XMLHttpRequest, string>();
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
    urls.set(this, String(args[1]));
    return open.apply(this, args);
  } as XMLHttpRequest['open'];
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    let waiting: Promise<void> | undefined;
    try {
      const url = new URL(urls.get(this) ?? '', location.href).href;
      if (UPLOAD_URL.test(url)) {
        const onAnswer = onUploadSent(url, body);
        if (onAnswer) {
          this.addEventListener('load', () => {
            try {
              onAnswer(this.status, readXhrJson(this));
            } catch {
              // An answer we cannot read tells us nothing; X's own handling is untouched.
            }
          });
        }
      } else {
        waiting = gate.check(url, body, (verdict) => {
          // Cancelled: the request fails as a network error would (port 1 is blocked by every browser), so X's own
          // error handling runs and its composer keeps what the user wrote.
          if (verdict === 'cancel') {
            this.open('POST', 'https://x.com:1/');
            send.call(this);
          } else send.call(this, verdict.body);
        });
      }
    } catch {
      waiting = undefined;
    }
    if (!waiting) return send.call(this, body);
    // X may have aborted the request meanwhile: sending it then throws, which is X's own business.
    waiting.catch(() => {});
  };
}

function readXhrJson(xhr: XMLHttpRequest): unknown {
  if (xhr.responseType === 'json') return xhr.response;
  if (xhr.responseType !== '' && xhr.responseType !== 'text') return undefined;
  return xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
}

export function hookFetch(gate: Gate): void {
  const original = window.fetch;
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    let waiting: Promise<Response> | undefined;
    try {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      // A Request object's body cannot be read without waiting: X passes the body in init, and so is checked.
      if (method === 'POST') {
        waiting = gate.check(url, init?.body, (verdict) =>
          verdict === 'cancel'
            ? Promise.reject(new TypeError('Failed to fetch'))
            : original.call(this, input, { ...init, body: verdict.body }),
        );
      }
    } catch {
      waiting = undefined;
    }
    return waiting ?? original.call(this, input, init);
  } as typeof fetch;
}
