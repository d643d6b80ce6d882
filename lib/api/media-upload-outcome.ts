import type { ApiFailure, Cancelled, TransportFailure } from './outcome';
import type { RateLimit } from './rate-limit';

/**
 * Every way an upload through X's API can end, as plain data (it crosses extension contexts). Failures say at
 * which step they happened and, once X gave one, the media id: an id X created but never finalized is useless
 * (a new upload is the only way forward), yet it tells the caller that initialize was already spent.
 */

/** `input`: refused before any call (nothing was sent). */
export type UploadStep = 'input' | 'initialize' | 'append' | 'finalize' | 'status';

export interface Uploaded {
  kind: 'uploaded';
  mediaId: string;
  mediaKey: string;
  /** How long X keeps the id usable, counted from the upload. */
  expiresAfterSecs: number;
  rateLimit?: RateLimit;
}

/** X took every byte but could not process them (a broken video, a format it refuses). */
export interface ProcessingFailed {
  kind: 'processing-failed';
  message: string;
  rateLimit?: RateLimit;
}

export type UploadFailure = (ApiFailure | TransportFailure | Cancelled | ProcessingFailed) & {
  step: UploadStep;
  mediaId?: string;
};

export type UploadOutcome = Uploaded | UploadFailure;
