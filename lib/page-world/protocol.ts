/**
 * What x.com's page world (page-world/tap.ts, in X's own JavaScript world) and our content script (isolated world)
 * say to each other. The only home of these names and shapes.
 *
 * Handshake: at document_start, before any page script, the two worlds exchange a random nonce with synchronous DOM
 * events (which no page listener can yet observe); every later message carries it. The page world reports what X's
 * own requests said (uploads, post requests, X's own metadata call); the content script trusts none of it beyond
 * "this is what the page says", and the background checks every media id against the browser's own record
 * (webRequest). The page world obeys one thing only: whether, and with which media ids, a request of the page's own
 * goes. Every wait there ends by itself within a second when we stop answering.
 */
export const TAP = {
  request: 'alt-text-for-x:tap-request',
  ready: 'alt-text-for-x:tap-ready',
  /** page world → content script (window.postMessage: it can carry the uploaded Blob). */
  message: 'alt-text-for-x:upload',
  /** content script → page world (a CustomEvent on document whose detail is a JSON string). */
  answer: 'alt-text-for-x:answer',
} as const;

/** Composer media categories; DM, subtitle and banner uploads use the same uploader and are never ours. */
export const COMPOSER_CATEGORIES = ['tweet_image', 'tweet_gif', 'tweet_video', 'amplify_video'] as const;

/** An upload X's page made: reported when X answered its INIT, and again once the media is ready. */
export interface UploadReport {
  type: typeof TAP.message;
  nonce: string;
  kind: 'upload';
  stage: 'started' | 'ready' | 'failed';
  mediaId: string;
  category: string;
  mediaType: string;
  /** INIT's total_bytes (undefined for a GIF from X's GIF search, which is not uploaded from the device). */
  totalBytes?: number;
  /** GIF search: the GIF's own address, which its tile shows. */
  sourceUrl?: string;
  /** The blob: URL the page made for exactly these bytes, when there is one (no re-encoding): its tile's image. */
  previewUrl?: string;
  /** The bytes X uploaded (stage 'ready', images only): thumbnail and matching here; never stored. */
  bytes?: Blob;
  /** performance.now() in the page when the INIT was sent: orders uploads. */
  startedAt: number;
  /** INIT's answer: how long X keeps the media id (after that, X answers as if the id were someone else's). */
  expiresAfterSecs?: number;
}

/** A request of the page that creates a post, or X's own metadata call: may it go? */
export interface AskReport {
  type: typeof TAP.message;
  nonce: string;
  kind: 'ask';
  requestId: string;
  request: 'post' | 'x-metadata';
  /** CreateTweet, CreateNoteTweet, CreateScheduledTweet; or 'metadata' for X's own call. */
  operation: string;
  mediaIds: string[];
  /** X's own call: the alt text X is about to send. */
  altText?: string;
}

export type PageReport = UploadReport | AskReport;

/** The content script's answers. `hold` asks the page to wait; `alive` keeps holds alive (else they go by themselves). */
export type Answer =
  | { nonce: string; kind: 'hold'; requestId: string }
  | { nonce: string; kind: 'alive'; requestIds: string[] }
  | {
      nonce: string;
      kind: 'go';
      requestId: string;
      /** Media ids to replace in the request (an upload made again with the user's own app). */
      swaps?: Record<string, string>;
      /** X's own metadata call: the alt text to send instead (the user wrote another one with us). */
      altText?: string;
    }
  | { nonce: string; kind: 'cancel'; requestId: string }
  /** Media ids whose posts may go at once (applied, or nothing to do by the user's rule): no question asked. */
  | { nonce: string; kind: 'cleared'; mediaIds: string[] };

/** How long the page waits for a first answer, and between `alive`s, before it lets a request go unchanged. */
export const FIRST_ANSWER_MS = 400;
export const ALIVE_TIMEOUT_MS = 700;
export const ALIVE_EVERY_MS = 150;

export const UPLOAD_URL = /^https:\/\/upload\.(x|twitter)\.com\/i\/media\/upload2?\.json/;
export const POST_URL =
  /^https:\/\/x\.com\/i\/api\/graphql\/[A-Za-z0-9_-]+\/(CreateTweet|CreateNoteTweet|CreateScheduledTweet)(\?|$)/;
export const X_METADATA_URL = /^https:\/\/x\.com\/i\/api\/1\.1\/media\/metadata\/create\.json/;
