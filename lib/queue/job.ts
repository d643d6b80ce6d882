import { ENDPOINT_FORMS, type EndpointForm } from '../api/endpoint-forms';
import { MediaIdSchema, type MediaMetadata, MediaMetadataSchema } from '../api/metadata-schema';
import type { ApplyOutcome } from '../api/outcome';
import { RULE } from '../api/rules';
import type { HttpRequest } from '../api/transport';
import { FAILURE_CAUSES } from '../failures/causes';
import { z } from '../zod';

/**
 * One durable job per media id, stored as plain data in storage.local so that a restarted background (the MV3
 * worker is killed at any await) can finish it from the store alone. Every field is needed to resume.
 */

const HttpRequestSchema = z.strictObject({
  method: z.enum(['GET', 'POST']),
  url: z.string(),
  body: z.optional(z.string()),
  contentType: z.optional(z.string()),
});

/** One confirmed save: the exact request (a retry resends these bytes) and the metadata it came from. */
export const SaveSchema = z.strictObject({
  version: z.int().check(z.positive()),
  form: z.enum(ENDPOINT_FORMS),
  request: HttpRequestSchema,
  metadata: MediaMetadataSchema,
  savedAt: z.number(),
});
export type Save = z.infer<typeof SaveSchema>;

const FieldProblemSchema = z.strictObject({
  path: z.string(),
  rule: z.enum(RULE),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const JOB_PHASES = ['queued', 'in-flight', 'account', 'applied', 'failed'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];
export const WAIT_REASONS = ['retrying', 'rate-limited', 'needs-sign-in', 'no-account'] as const;

export const JobSchema = z.strictObject({
  mediaId: MediaIdSchema,
  /** Media ids expire: after this (ms epoch) X refuses the call, so the job ends failed. */
  deadline: z.number(),
  /** The version of the latest save; each save gets the next one. */
  lastVersion: z.int().check(z.nonnegative()),
  /**
   * queued: `active` waits until `dueAt`; in-flight: `active` was handed to the API (an in-flight job found at
   * start-up belonged to a dead worker); account: waits for accountReconnected(); applied / failed: final.
   */
  phase: z.enum(JOB_PHASES),
  /** The save being sent or retried. Kept when failed, so Retry resends it; null once applied. */
  active: z.nullable(SaveSchema),
  /** A newer save that waits for the in-flight one to end (never interrupts it). The newest replaces it. */
  next: z.nullable(SaveSchema),
  /** Transient failures of `active` (429 waits excluded). */
  attempts: z.int().check(z.nonnegative()),
  dueAt: z.number(),
  wait: z.nullable(z.enum(WAIT_REASONS)),
  /** What X or the network last said (waiting), or why the job failed, in words. */
  message: z.nullable(z.string()),
  /** Why, as a code every view turns into plain words (lib/failures); `message` stays X's own words. */
  cause: z.optional(z.enum(FAILURE_CAUSES)),
  problems: z.array(FieldProblemSchema),
  /**
   * A call since the last confirmed apply ended without knowing whether X applied it (timeout, worker died
   * mid-call): `applied` may then not be what X holds, so a save equal to it still needs a call.
   */
  unknownOutcome: z.boolean(),
  /** The last save X confirmed, for the status ("applied at …") and to skip a save that changes nothing. */
  applied: z.nullable(
    z.strictObject({
      version: z.int().check(z.positive()),
      request: HttpRequestSchema,
      metadata: MediaMetadataSchema,
      at: z.number(),
    }),
  ),
});
export type Job = z.infer<typeof JobSchema>;

/** What the background's API call answers: X's outcome, or why it could not even try. */
export type CallResult =
  | ApplyOutcome
  | { kind: 'no-credentials'; reason: 'no-account' | 'needs-sign-in' | 'unreachable'; message?: string };

export interface SaveInput {
  mediaId: string;
  form: EndpointForm;
  request: HttpRequest;
  metadata: MediaMetadata;
  deadline: number;
}

export const FINAL_PHASES: readonly JobPhase[] = ['applied', 'failed'];
export const isFinal = (job: Job): boolean => FINAL_PHASES.includes(job.phase);

/** Two requests are the same call when they would put the same bytes at the same place. */
export function sameRequest(a: HttpRequest | undefined, b: HttpRequest | undefined): boolean {
  return !!a && !!b && a.method === b.method && a.url === b.url && a.body === b.body;
}

export const MESSAGES = {
  expired: 'X no longer accepts metadata for this media: it expired.',
  gaveUp: (attempts: number, last: string) =>
    `X could not be reached after ${attempts} attempts (last: ${last}). Your description is kept: use Retry to try again.`,
  unknown: 'The extension stopped while sending; it will send again.',
  noCredentials: 'Connect your X account to send this description.',
  unreachable: 'Could not reach X to check your account.',
} as const;
