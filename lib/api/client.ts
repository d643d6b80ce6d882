import { classifyMetadataResponse } from './classify';
import { describeFieldProblem } from './describe';
import { type EndpointForm, FORM_SPECS, formAcceptsAuth, unsupportedFields } from './endpoint-forms';
import { type MediaMetadata, MetadataRequestSchema } from './metadata-schema';
import type { ApplyOutcome } from './outcome';
import { type FieldProblem, RULE, toFieldProblems } from './rules';
import { type Credentials, type HttpRequest, send, type TransportDeps } from './transport';

/**
 * The metadata API client: one input model (a media id and the v2 metadata object), three endpoint forms.
 * Used only by the background. Every call ends in an ApplyOutcome; nothing is thrown.
 */

export interface ApplyInput {
  mediaId: string;
  metadata: MediaMetadata;
}

export type Prepared =
  | { ok: true; request: HttpRequest }
  | { ok: false; outcome: Extract<ApplyOutcome, { kind: 'invalid' | 'rejected' }> };

/**
 * Checks the input against the schema and the chosen form, and builds the exact request. Runs before any network
 * use, so a bad input never costs a call; the request's body is what a job stores and what a retry resends.
 */
export function prepareMetadataCall(input: unknown, form: EndpointForm, auth: Credentials['kind']): Prepared {
  const candidate = input as Partial<ApplyInput> | null;
  const parsed = MetadataRequestSchema.safeParse({ id: candidate?.mediaId, metadata: candidate?.metadata ?? {} });
  if (!parsed.success) return refuse(toFieldProblems(parsed.error.issues).map(relativeToMetadata));

  const metadata = parsed.data.metadata ?? {};
  const unsupported = unsupportedFields(form, metadata);
  if (unsupported.length > 0) {
    return refuse(unsupported.map((path) => ({ path, rule: RULE.notInForm, params: { form } })));
  }
  if (form === 'v1.1' && !metadata.alt_text) return refuse([{ path: 'alt_text', rule: RULE.required, params: {} }]);
  if (!formAcceptsAuth(form, auth)) {
    const message = 'The v1.1 endpoint only accepts OAuth 1.0a keys. Add them in Options, or choose a v2 endpoint.';
    return { ok: false, outcome: { kind: 'rejected', status: 0, message } };
  }
  const spec = FORM_SPECS[form];
  const body = JSON.stringify(spec.body(parsed.data.id, metadata));
  return { ok: true, request: { method: 'POST', url: spec.url, body, contentType: spec.contentType } };
}

/** Sends a prepared request and classifies X's answer. */
export async function sendMetadataCall(
  request: HttpRequest,
  form: EndpointForm,
  credentials: Credentials,
  deps: TransportDeps,
): Promise<ApplyOutcome> {
  const result = await send(request, credentials, deps);
  if (!result.ok) return result.outcome;
  return classifyMetadataResponse(form, result, deps.now());
}

/** Prepare and send in one step. */
export async function applyMetadata(
  input: ApplyInput,
  form: EndpointForm,
  credentials: Credentials,
  deps: TransportDeps,
): Promise<ApplyOutcome> {
  const prepared = prepareMetadataCall(input, form, credentials.kind);
  if (!prepared.ok) return prepared.outcome;
  return sendMetadataCall(prepared.request, form, credentials, deps);
}

function refuse(problems: FieldProblem[]): Prepared {
  const message = problems.map(describeFieldProblem).join(' ');
  return { ok: false, outcome: { kind: 'invalid', problems, message } };
}

/** Paths inside the request (`metadata.alt_text.text`) become paths inside the metadata (`alt_text.text`). */
function relativeToMetadata(problem: FieldProblem): FieldProblem {
  const path = problem.path.startsWith('metadata.') ? problem.path.slice('metadata.'.length) : problem.path;
  return { ...problem, path };
}
