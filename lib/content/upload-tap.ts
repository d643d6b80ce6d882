/**
 * Runs in x.com's own JavaScript world (the only place an upload's INIT answer — its media id — is visible) and
 * tells the extension which media id X gave to an upload of how many bytes. The background trusts it only to tell
 * apart uploads it saw itself through webRequest (the browser's record, which the page cannot forge): at worst a
 * forged message re-pairs the tab's own uploads; it can never cause a call to X.
 *
 * Handshake: at document_start, before any page script, the two worlds exchange a random nonce with synchronous DOM
 * events (which no page listener can yet observe); every later message carries it.
 */
export const TAP = {
  request: 'alt-text-for-x:tap-request',
  ready: 'alt-text-for-x:tap-ready',
  message: 'alt-text-for-x:upload',
} as const;

export interface TapMessage {
  type: typeof TAP.message;
  nonce: string;
  mediaId: string;
  totalBytes: number;
}

const UPLOAD = /^https:\/\/upload\.(x|twitter)\.com\/i\/media\/upload\.json/;

/** Reads a field of an upload request from its URL or its form body, as X's clients send either. */
function field(url: string, body: unknown, name: string): string | null {
  const fromUrl = new URL(url, location.href).searchParams.get(name);
  if (fromUrl !== null) return fromUrl;
  if (body instanceof URLSearchParams || body instanceof FormData) {
    const value = body.get(name);
    return typeof value === 'string' ? value : null;
  }
  return null;
}

export function tapUploads(): void {
  const nonce = crypto.randomUUID();
  const announce = () => document.dispatchEvent(new CustomEvent(TAP.ready, { detail: nonce }));
  document.addEventListener(TAP.request, announce, { once: true });
  announce();

  const urls = new WeakMap<XMLHttpRequest, string>();
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
    urls.set(this, String(args[1]));
    return open.apply(this, args);
  } as XMLHttpRequest['open'];
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    try {
      const url = urls.get(this) ?? '';
      if (UPLOAD.test(url) && field(url, body, 'command')?.toUpperCase() === 'INIT') {
        const totalBytes = Number(field(url, body, 'total_bytes'));
        this.addEventListener('load', () => {
          try {
            const mediaId = (JSON.parse(this.responseText) as { media_id_string?: unknown }).media_id_string;
            if (typeof mediaId !== 'string') return;
            const message: TapMessage = { type: TAP.message, nonce, mediaId, totalBytes };
            window.postMessage(message, location.origin);
          } catch {
            // An answer we cannot read tells us nothing; X's own handling is untouched.
          }
        });
      }
    } catch {
      // Never let the extension break X's upload.
    }
    return send.call(this, body);
  };
}
