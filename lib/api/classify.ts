import type { EndpointForm } from './endpoint-forms';
import type { ApiFailure, ApplyOutcome } from './outcome';
import {
  InvalidRequestProblemSchema,
  LegacyErrorsSchema,
  MetadataResponseSchema,
  ProblemSchema,
  problemKind,
  UsageCappedProblemSchema,
} from './responses';
import { type FieldProblem, RULE } from './rules';
import { type Answer, parseJson } from './transport';

/** When a 429 names no reset time, wait a whole window (X's windows are 15 minutes). */
const DEFAULT_RATE_WINDOW_MS = 15 * 60 * 1000;

/** Legacy error codes (v1.1) that mean the credentials, not the request, are wrong. */
const LEGACY_AUTH_CODES = new Set([32, 89, 135, 215]);

/** Turns X's answer to a metadata call into an outcome. Never throws, whatever the body holds. */
export function classifyMetadataResponse(form: EndpointForm, response: Answer, now: number): ApplyOutcome {
  const { status, rateLimit } = response;
  if (status >= 200 && status < 300) return applied(form, parseJson(response.text), rateLimit);
  return classifyFailure(response, now);
}

/**
 * Turns X's error answer (any status outside 2xx) into a failure outcome. Shared by every call to X's API (the
 * metadata forms, the media upload): X answers them all with the same problem and legacy error shapes.
 */
export function classifyFailure(response: Answer, now: number): ApiFailure {
  const { status, rateLimit } = response;
  const body = parseJson(response.text);
  const problem = ProblemSchema.safeParse(body);
  const legacy = LegacyErrorsSchema.safeParse(body);
  const kind = problem.success ? problemKind(problem.data.type) : undefined;
  const legacyCode = legacy.success ? legacy.data.errors[0]?.code : undefined;
  const message = errorMessage(body, status);

  if (status === 429) {
    if (kind === 'usage-capped') {
      const capped = UsageCappedProblemSchema.safeParse(body);
      return { kind: 'usage-capped', period: capped.success ? capped.data.period : undefined, message, rateLimit };
    }
    return { kind: 'rate-limited', resetAt: rateLimit?.resetAt ?? now + DEFAULT_RATE_WINDOW_MS, message, rateLimit };
  }
  if (status === 401 || (legacyCode !== undefined && LEGACY_AUTH_CODES.has(legacyCode))) {
    return { kind: 'unauthorized', message, rateLimit };
  }
  if (status === 403) {
    const reason = /\bown/i.test(message)
      ? 'not-owner'
      : kind === 'unsupported-authentication' || /scope|media\.write/i.test(message)
        ? 'scope'
        : 'other';
    return { kind: 'forbidden', reason, message, rateLimit };
  }
  if (status === 400 || status === 404) return { kind: 'invalid', problems: invalidProblems(body), message, rateLimit };
  if (status >= 500) return { kind: 'server-error', status, message, rateLimit };
  return { kind: 'rejected', status, message, rateLimit };
}

function applied(form: EndpointForm, body: unknown, rateLimit: Answer['rateLimit']): ApplyOutcome {
  // v1.1 answers any 2xx, often with an empty body; a 2xx we cannot read still means X took the request.
  const parsed = form === 'v1.1' ? undefined : MetadataResponseSchema.safeParse(body);
  const data = parsed?.success ? parsed.data : undefined;
  const partialErrors = (data?.errors ?? []).map((p) => p.detail ?? p.title);
  return { kind: 'applied', echoed: data?.data?.associated_metadata, partialErrors, rateLimit };
}

/** X's own words for the failure: a problem's detail or title, the first legacy message, or the status. */
function errorMessage(body: unknown, status: number): string {
  const invalid = InvalidRequestProblemSchema.safeParse(body);
  if (invalid.success) {
    const first = invalid.data.errors?.find((e) => e.message)?.message;
    return first ?? invalid.data.detail ?? invalid.data.title;
  }
  const legacy = LegacyErrorsSchema.safeParse(body);
  if (legacy.success) return legacy.data.errors.map((e) => e.message).join(' ');
  return `X answered HTTP ${status}.`;
}

/** Field paths X named in an invalid-request problem, in the metadata-relative form the form uses. */
function invalidProblems(body: unknown): FieldProblem[] {
  const mediaIdProblem: FieldProblem[] = [{ path: 'id', rule: RULE.invalid, params: {} }];
  const problem = ProblemSchema.safeParse(body);
  if (problem.success && problemKind(problem.data.type) === 'resource-not-found') return mediaIdProblem;
  const invalid = InvalidRequestProblemSchema.safeParse(body);
  if (invalid.success) {
    const paths = (invalid.data.errors ?? []).flatMap((e) => Object.keys(e.parameters ?? {}));
    return [...new Set(paths)].map((path) => ({ path: normalizePath(path), rule: RULE.invalid, params: {} }));
  }
  const legacy = LegacyErrorsSchema.safeParse(body);
  // 323–325: X's legacy codes for a media id it does not accept.
  if (legacy.success && legacy.data.errors.some((e) => e.code >= 323 && e.code <= 325)) return mediaIdProblem;
  return [];
}

function normalizePath(path: string): string {
  if (path === 'media_id') return 'id';
  return path.startsWith('metadata.') ? path.slice('metadata.'.length) : path;
}
