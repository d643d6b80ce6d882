import { mediaIdsOf, swapMediaIds, withAltText, xMetadataOf } from './post-body';
import {
  ALIVE_TIMEOUT_MS,
  type Answer,
  type AskReport,
  FIRST_ANSWER_MS,
  type PageReport,
  POST_URL,
  TAP,
  UPLOAD_URL,
  type UploadReport,
  X_METADATA_URL,
} from './protocol';

/**
 * Runs in x.com's own JavaScript world, before X's scripts (the only place where an upload's INIT answer, its bytes
 * and the post request's body are visible), and never lets the extension break X: every hook falls back to what X
 * asked for, and every wait ends by itself. See protocol.ts for what is said, and why it is trusted so little.
 */

interface Upload {
  mediaId: string;
  category: string;
  mediaType: string;
  totalBytes?: number;
  sourceUrl?: string;
  previewUrl?: string;
  startedAt: number;
  expiresAfterSecs?: number;
}

const MAX_PREVIEWS = 32;
const MAX_UPLOADS = 24;

export function tapPage(): void {
  const nonce = crypto.randomUUID();
  const announce = () => document.dispatchEvent(new CustomEvent(TAP.ready, { detail: nonce }));
  document.addEventListener(TAP.request, announce, { once: true });
  announce();
  const report = (message: Omit<UploadReport, 'type' | 'nonce'> | Omit<AskReport, 'type' | 'nonce'>) =>
    window.postMessage({ ...message, type: TAP.message, nonce } as PageReport, location.origin);

  const previews = watchPreviews();
  const uploads = new Map<string, Upload>();
  // By media id, apart from `uploads`: X sends the first APPEND from its own INIT answer handler, which runs before
  // ours (X's listener was added first), so the first segment may come before we know the upload.
  const segments = new Map<string, Blob[]>();
  /** By media id: the preview its bytes were cut from (see watchPreviews().sourceOf). */
  const exact = new Map<string, string>();
  const gate = createGate(nonce, report);

  /** What an upload request asks for, and what to do with X's answer. */
  const onUploadSent = (url: string, body: unknown): ((status: number, answer: unknown) => void) | undefined => {
    const field = (name: string) => fieldOf(url, body, name);
    const command = field('command')?.toUpperCase();
    const startedAt = performance.now();
    if (command === 'INIT') {
      const total = Number(field('total_bytes'));
      const totalBytes = Number.isSafeInteger(total) && total >= 0 && field('total_bytes') !== null ? total : undefined;
      const mediaType = field('media_type') ?? '';
      return (status, answer) => {
        const mediaId = ok(status) ? stringField(answer, 'media_id_string') : undefined;
        if (!mediaId) return;
        const expires = Number(objectField(answer, 'expires_after_secs'));
        const upload: Upload = {
          mediaId,
          category: field('media_category') ?? '',
          mediaType,
          totalBytes,
          sourceUrl: field('source_url') ?? undefined,
          previewUrl: totalBytes === undefined ? undefined : previews.claim(totalBytes, mediaType),
          startedAt,
          ...(Number.isSafeInteger(expires) && expires > 0 ? { expiresAfterSecs: expires } : {}),
        };
        uploads.set(mediaId, upload);
        while (uploads.size > MAX_UPLOADS) uploads.delete(uploads.keys().next().value as string);
        report(describe(upload, 'started'));
      };
    }
    const mediaId = field('media_id') ?? '';
    if (command === 'APPEND') {
      const media = body instanceof FormData ? body.get('media') : null;
      const index = Number(field('segment_index') ?? 0);
      if (!(media instanceof Blob) || !Number.isInteger(index) || index < 0 || index >= 1000) return undefined;
      const list = segments.get(mediaId) ?? [];
      list[index] = media;
      if (index === 0) {
        const source = previews.sourceOf(media);
        if (source !== undefined) exact.set(mediaId, source);
      }
      segments.set(mediaId, list);
      for (const old of segments.keys()) {
        if (segments.size <= MAX_UPLOADS) break;
        segments.delete(old);
      }
      return undefined;
    }
    const upload = uploads.get(mediaId);
    if (!upload) return undefined;
    if (command === 'FINALIZE' || command === 'STATUS') {
      return (status, answer) => {
        const state = stringField(objectField(answer, 'processing_info'), 'state');
        if (!ok(status) || state === 'failed') {
          report(describe(upload, 'failed'));
          uploads.delete(upload.mediaId);
          segments.delete(upload.mediaId);
        } else if (command === 'FINALIZE' || (upload.sourceUrl && state === 'succeeded')) {
          const parts = segments.get(upload.mediaId) ?? [];
          const whole = parts.length > 0 && [...parts].every((part) => part instanceof Blob);
          const bytes = whole ? new Blob(parts, { type: upload.mediaType }) : undefined;
          segments.delete(upload.mediaId);
          const previewUrl = exact.get(upload.mediaId) ?? upload.previewUrl;
          exact.delete(upload.mediaId);
          report({ ...describe(upload, 'ready'), ...(previewUrl ? { previewUrl } : {}), bytes });
          // The content script keeps the bytes from here on, for as long as the post needs them.
          uploads.delete(upload.mediaId);
        }
      };
    }
    return undefined;
  };

  hookXhr(onUploadSent, gate);
  hookFetch(gate);
}

function describe(upload: Upload, stage: UploadReport['stage']): Omit<UploadReport, 'type' | 'nonce'> {
  return { ...upload, kind: 'upload', stage };
}

const ok = (status: number) => status >= 200 && status < 300;

function objectField(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function stringField(value: unknown, name: string): string | undefined {
  const field = objectField(value, name);
  return typeof field === 'string' ? field : undefined;
}

/** A field of an upload request, from its query string or its form body (X's clients send either). */
function fieldOf(url: string, body: unknown, name: string): string | null {
  const fromUrl = new URL(url, location.href).searchParams.get(name);
  if (fromUrl !== null) return fromUrl;
  if (body instanceof URLSearchParams || body instanceof FormData) {
    const value = body.get(name);
    return typeof value === 'string' ? value : null;
  }
  return null;
}

/**
 * Remembers the blob: URLs the page makes for files, so that an upload of exactly those bytes (same size and type:
 * nothing re-encoded) names its tile's image. Bounded: only the newest few are kept.
 */
function watchPreviews() {
  const made = new Map<string, Blob>();
  const urlOf = new WeakMap<Blob, string>();
  const claimed = new Set<string>();
  const { createObjectURL, revokeObjectURL } = URL;
  watchSlices();
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    try {
      if (object instanceof Blob && /^(image|video)\//.test(object.type)) {
        made.set(url, object);
        urlOf.set(object, url);
        for (const old of made.keys()) {
          if (made.size <= MAX_PREVIEWS) break;
          made.delete(old);
        }
      }
    } catch {
      // Never break X's previews.
    }
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    made.delete(url);
    claimed.delete(url);
    return revokeObjectURL(url);
  };
  return {
    /**
     * The preview whose file these uploaded bytes were cut from (X slices the picked file into segments): exact, even
     * for the same file attached twice. Nothing when X re-encoded the picture (its bytes come from a canvas).
     */
    sourceOf(segment: Blob): string | undefined {
      const url = urlOf.get(rootOf(segment));
      if (url !== undefined) claimed.add(url);
      return url;
    },
    /** The one unclaimed preview of this size and type, if exactly one; two alike are told apart elsewhere. */
    claim(size: number, type: string): string | undefined {
      const matches = [...made].filter(([url, blob]) => !claimed.has(url) && blob.size === size && blob.type === type);
      if (matches.length !== 1) return undefined;
      const url = matches[0]![0];
      claimed.add(url);
      return url;
    },
  };
}

/** Which Blob each Blob was cut or copied from: slices, and the File a FormData makes of an appended Blob. */
const parents = new WeakMap<Blob, Blob>();

function rootOf(blob: Blob): Blob {
  let current = blob;
  for (let depth = 0; depth < 4; depth++) {
    const parent = parents.get(current);
    if (!parent) break;
    current = parent;
  }
  return current;
}

function watchSlices(): void {
  const { slice } = Blob.prototype;
  Blob.prototype.slice = function (this: Blob, ...args: Parameters<Blob['slice']>) {
    const part = slice.apply(this, args);
    try {
      parents.set(part, this);
    } catch {
      // Never break X's uploads.
    }
    return part;
  };
  const { append } = FormData.prototype;
  FormData.prototype.append = function (this: FormData, ...args: [string, string | Blob, string?]) {
    const result = append.apply(this, args as Parameters<FormData['append']>);
    try {
      const [name, value] = args;
      const stored = value instanceof Blob ? this.getAll(name).at(-1) : undefined;
      if (value instanceof Blob && stored instanceof Blob && stored !== value) parents.set(stored, value);
    } catch {
      // Never break X's uploads.
    }
    return result;
  };
}

type Verdict = { body: string } | 'cancel';

/**
 * Asks the content script whether a post request (or X's own metadata call) may go. A post without media, or whose
 * media the content script already cleared, goes at once, without a message. Otherwise the request waits for an
 * answer; with no first answer within FIRST_ANSWER_MS, or no sign of life for ALIVE_TIMEOUT_MS (the extension was
 * reloaded, updated, disabled or crashed), it goes unchanged.
 */
function createGate(nonce: string, report: (message: Omit<AskReport, 'type' | 'nonce'>) => void) {
  let cleared = new Set<string>();
  const waiting = new Map<string, { resolve: (verdict: Verdict) => void; body: string; timer: number }>();

  const settle = (requestId: string, verdict: Verdict | undefined) => {
    const wait = waiting.get(requestId);
    if (!wait) return;
    waiting.delete(requestId);
    clearTimeout(wait.timer);
    wait.resolve(verdict ?? { body: wait.body });
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
    /** Undefined: send now, unchanged. Otherwise wait for the verdict. */
    check(url: string, body: unknown): Promise<Verdict> | undefined {
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
      return new Promise<Verdict>((resolve) => {
        waiting.set(requestId, { resolve, body, timer: 0 });
        expireIn(requestId, FIRST_ANSWER_MS);
        report({ ...ask, requestId });
      });
    },
  };
}

type Gate = ReturnType<typeof createGate>;

function hookXhr(
  onUploadSent: (url: string, body: unknown) => ((status: number, answer: unknown) => void) | undefined,
  gate: Gate,
): void {
  const urls = new WeakMap<XMLHttpRequest, string>();
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
    urls.set(this, String(args[1]));
    return open.apply(this, args);
  } as XMLHttpRequest['open'];
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    let verdict: Promise<Verdict> | undefined;
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
      } else verdict = gate.check(url, body);
    } catch {
      verdict = undefined;
    }
    if (!verdict) return send.call(this, body);
    void verdict.then((result) => {
      // Cancelled: the request fails as a network error would (port 1 is blocked by every browser), so X's own
      // error handling runs and its composer keeps what the user wrote.
      if (result === 'cancel') {
        this.open('POST', 'https://x.com:1/');
        send.call(this);
      } else send.call(this, result.body);
    });
  };
}

function readXhrJson(xhr: XMLHttpRequest): unknown {
  if (xhr.responseType === 'json') return xhr.response;
  if (xhr.responseType !== '' && xhr.responseType !== 'text') return undefined;
  return xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
}

function hookFetch(gate: Gate): void {
  const original = window.fetch;
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    let verdict: Promise<Verdict> | undefined;
    try {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      // A Request object's body cannot be read without waiting: X passes the body in init, and so is checked.
      if (method === 'POST') verdict = gate.check(url, init?.body);
    } catch {
      verdict = undefined;
    }
    if (!verdict) return original.call(this, input, init);
    return verdict.then((result) =>
      result === 'cancel'
        ? Promise.reject(new TypeError('Failed to fetch'))
        : original.call(this, input, { ...init, body: result.body }),
    );
  } as typeof fetch;
}
