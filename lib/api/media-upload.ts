import { describeFieldProblem } from './describe';
import { type UploadDeps, uploadCall } from './media-upload-call';
import type { UploadFailure, UploadOutcome } from './media-upload-outcome';
import { awaitProcessing } from './media-upload-processing';
import {
  FinalizeResponseSchema,
  InitializeResponseSchema,
  MAX_SEGMENTS,
  MEDIA_CATEGORIES,
  type MediaCategory,
  SEGMENT_BYTES,
  UPLOAD_URLS,
} from './media-upload-schema';
import { type FieldProblem, RULE } from './rules';
import { parseJson } from './transport';

/**
 * Uploads media through X's v2 media upload with the user's own credentials (project issue 13): when X refuses our
 * metadata on an id its web client uploaded ("doesn't own media id"), the same bytes go up again as the user's
 * app, and the new id replaces the old one in the held post.
 *
 * Each call is sent once. Nothing is retried here: every call counts against the user's limits and may be billed to
 * the user's app, and a call whose answer never came may have reached X. The caller sees where it stopped, and
 * decides.
 */

export type { UploadDeps };

export interface UploadInput {
  bytes: Uint8Array;
  /** The MIME type X's web client sent for these bytes, e.g. `image/jpeg`. */
  mediaType: string;
  category: MediaCategory;
  signal?: AbortSignal;
}

/** `type/subtype`, the shape X's initialize takes; anything else would only cost a call to be refused. */
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/i;

export async function uploadMedia(deps: UploadDeps, input: UploadInput): Promise<UploadOutcome> {
  const refused = checkInput(input);
  if (refused) return refused;
  const { bytes, mediaType, category, signal } = input;

  const body = JSON.stringify({ media_type: mediaType, total_bytes: bytes.length, media_category: category });
  const request = { method: 'POST', url: UPLOAD_URLS.initialize, body, contentType: 'application/json' } as const;
  const init = await uploadCall(deps, 'initialize', request, signal);
  if (!init.ok) return init.failure;
  const created = InitializeResponseSchema.safeParse(parseJson(init.answer.text));
  if (!created.success) {
    const message = 'X answered the upload without a usable media id.';
    return { kind: 'server-error', status: init.answer.status, message, step: 'initialize' };
  }
  const { id: mediaId, media_key, expires_after_secs } = created.data.data;

  const appendFailure = await appendSegments(deps, mediaId, bytes, signal);
  if (appendFailure) return appendFailure;

  const finalized = await uploadCall(
    deps,
    'finalize',
    { method: 'POST', url: UPLOAD_URLS.finalize(mediaId) },
    signal,
    mediaId,
  );
  if (!finalized.ok) return finalized.failure;
  const parsed = FinalizeResponseSchema.safeParse(parseJson(finalized.answer.text));
  const data = parsed.success ? parsed.data.data : undefined;
  const uploaded = {
    kind: 'uploaded',
    mediaId,
    mediaKey: data?.media_key ?? media_key,
    expiresAfterSecs: data?.expires_after_secs ?? expires_after_secs,
    rateLimit: finalized.answer.rateLimit,
  } as const;
  return awaitProcessing(deps, uploaded, data?.processing_info, signal);
}

/** Every segment, in order, each sent once X took the one before (X numbers them; it expects them in sequence). */
async function appendSegments(
  deps: UploadDeps,
  mediaId: string,
  bytes: Uint8Array,
  signal: AbortSignal | undefined,
): Promise<UploadFailure | undefined> {
  const url = UPLOAD_URLS.append(mediaId);
  for (let index = 0; index * SEGMENT_BYTES < bytes.length; index++) {
    const form = new FormData();
    form.append('segment_index', String(index));
    // slice() copies into a plain ArrayBuffer, which Blob takes whatever buffer the caller's bytes live in.
    form.append('media', new Blob([bytes.slice(index * SEGMENT_BYTES, (index + 1) * SEGMENT_BYTES)]));
    const appended = await uploadCall(deps, 'append', { method: 'POST', url, body: form }, signal, mediaId);
    if (!appended.ok) return appended.failure;
  }
  return undefined;
}

function checkInput({ bytes, mediaType, category }: UploadInput): UploadFailure | undefined {
  const problems: FieldProblem[] = [];
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) problems.push(problem('media', RULE.required));
  else if (bytes.length > SEGMENT_BYTES * MAX_SEGMENTS) problems.push(problem('total_bytes', RULE.invalid));
  if (typeof mediaType !== 'string' || !MEDIA_TYPE.test(mediaType)) problems.push(problem('media_type', RULE.invalid));
  if (!MEDIA_CATEGORIES.includes(category)) problems.push(problem('media_category', RULE.invalid));
  if (problems.length === 0) return undefined;
  return { kind: 'invalid', problems, message: problems.map(describeFieldProblem).join(' '), step: 'input' };
}

const problem = (path: string, rule: FieldProblem['rule']): FieldProblem => ({ path, rule, params: {} });
