import { classifyFailure } from './classify';
import type { UploadFailure, UploadStep } from './media-upload-outcome';
import { type Answer, type Credentials, type OutgoingRequest, send, type TransportDeps } from './transport';

export interface UploadDeps extends TransportDeps {
  /** One set of credentials for the whole upload: a new set would need a new upload (see token-source.ts). */
  credentials: Credentials;
  /** Waits `ms`, or less when `signal` fires. Injected so tests run on a virtual clock. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** How long X may go on processing after finalize before the upload is given up. */
  processingTimeoutMs?: number;
}

export type CallResult = { ok: true; answer: Answer } | { ok: false; failure: UploadFailure };

/**
 * One call of the upload, sent once: X's answer when it is a 2xx, and otherwise the failure (classified like every
 * other API error) marked with its step and the media id it concerned.
 */
export async function uploadCall(
  deps: UploadDeps,
  step: UploadStep,
  request: OutgoingRequest,
  signal: AbortSignal | undefined,
  mediaId?: string,
): Promise<CallResult> {
  const where = { step, ...(mediaId ? { mediaId } : {}) };
  const result = await send(request, deps.credentials, deps, signal);
  if (!result.ok) return { ok: false, failure: { ...result.outcome, ...where } };
  if (result.status < 200 || result.status >= 300) {
    return { ok: false, failure: { ...classifyFailure(result, deps.now()), ...where } };
  }
  return { ok: true, answer: result };
}
