import { type EndpointForm, unsupportedFields } from '../api/endpoint-forms';
import { type MediaMetadata, MediaMetadataSchema, type MetadataField } from '../api/metadata-schema';
import { type FieldProblem, RULE, toFieldProblems } from '../api/rules';
import { localInputToSeconds } from './datetime';
import { type MetadataDraft, SENSITIVE_FLAGS, STICKER_KEYS, type StickerDraft } from './draft';

export type DraftResult = { ok: true; metadata: MediaMetadata } | { ok: false; problems: FieldProblem[] };

export const EXPIRATION_PATH = 'content_expiration.timestamp_sec';
/**
 * There is no rule for "must be in the future" in lib/api/rules, so a past expiration is reported as `invalid`
 * with this reason; describeProblem (lib/draft/describe) turns it into its own sentence.
 */
export const PAST_REASON = 'past';

const NUMERIC_STICKER_KEYS = STICKER_KEYS.filter((key) => key !== 'id');

/** A numeric text field: blank is "not set"; anything else becomes a number (NaN when it is not one). */
const numberOrUnset = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value.trim()));

function emitSticker(sticker: StickerDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (sticker.id !== '') out.id = sticker.id;
  for (const key of NUMERIC_STICKER_KEYS) {
    const value = numberOrUnset(sticker[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Each field's value as X wants it, or `undefined` when the draft leaves it unset (then it is not sent). */
const EMIT: { [F in MetadataField]: (draft: MetadataDraft) => unknown } = {
  alt_text: ({ alt_text }) => (alt_text.trim() === '' ? undefined : { text: alt_text }),
  sensitive_media_warning: ({ sensitive_media_warning: flags }) => {
    const set = SENSITIVE_FLAGS.filter((flag) => flags[flag] !== null);
    return set.length === 0 ? undefined : Object.fromEntries(set.map((flag) => [flag, flags[flag]]));
  },
  allow_download_status: ({ allow_download_status: allow }) => (allow === null ? undefined : { allow_download: allow }),
  audience_policy: ({ audience_policy: audience }) => {
    if (!audience.creator_subscriptions && !audience.x_subscriptions) return undefined;
    return {
      ...(audience.creator_subscriptions ? { creator_subscriptions: ['Any'] } : {}),
      ...(audience.x_subscriptions ? { x_subscriptions: ['Any'] } : {}),
    };
  },
  // Checked separately (checkExpiration): a date that cannot be read has no number to send.
  content_expiration: ({ content_expiration: value }) => {
    const seconds = localInputToSeconds(value);
    return seconds === undefined ? undefined : { timestamp_sec: seconds };
  },
  domain_restrictions: ({ domain_restrictions: domains }) =>
    domains.length === 0 ? undefined : { whitelist: domains.map((domain) => domain.trim()) },
  found_media_origin: ({ found_media_origin: origin }) =>
    origin.provider === '' && origin.id === '' ? undefined : { ...origin },
  geo_restrictions: ({ geo_restrictions: { mode, countries } }) => {
    if (mode === 'none') return undefined;
    const codes = [...countries];
    return mode === 'allow'
      ? { whitelisted_country_codes: codes, blacklisted_country_codes: [] }
      : { whitelisted_country_codes: [], blacklisted_country_codes: codes };
  },
  management_info: ({ management_info: managed }) => (managed === null ? undefined : { managed }),
  preview_image: ({ preview_image: media }) =>
    media.trim() === '' ? undefined : { media_key: { media: media.trim(), media_category: 'TweetImage' } },
  shared_info: ({ shared_info: shared }) => (shared === null ? undefined : { shared }),
  sticker_info: ({ sticker_info: stickers }) =>
    stickers.length === 0 ? undefined : { stickers: stickers.map(emitSticker) },
  upload_source: ({ upload_source: source }) => (source === '' ? undefined : { upload_source: source }),
};

const FIELDS = Object.keys(EMIT) as MetadataField[];

/** The metadata object the draft describes, not yet validated. */
export function buildMetadata(draft: MetadataDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = EMIT[field](draft);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

function checkExpiration(value: string, now: number): FieldProblem[] {
  if (value.trim() === '') return [];
  const seconds = localInputToSeconds(value);
  if (seconds === undefined) return [{ path: EXPIRATION_PATH, rule: RULE.unixSeconds, params: {} }];
  if (seconds * 1000 <= now) return [{ path: EXPIRATION_PATH, rule: RULE.invalid, params: { reason: PAST_REASON } }];
  return [];
}

/** The schema accepts an empty provider or id; X needs both once either is given. */
function checkOrigin({ provider, id }: MetadataDraft['found_media_origin']): FieldProblem[] {
  if (provider === '' && id === '') return [];
  const missing = [provider === '' ? 'provider' : '', id === '' ? 'id' : ''].filter(Boolean);
  return missing.map((key) => ({ path: `found_media_origin.${key}`, rule: RULE.required, params: {} }));
}

/**
 * The metadata to send for `draft` with the endpoint `form`, or every problem that stops it, each at its path
 * inside the metadata (`alt_text.text`, `sticker_info.stickers.2.transform_a`, …). Never throws.
 */
export function draftToMetadata(draft: MetadataDraft, options: { now: number; form: EndpointForm }): DraftResult {
  try {
    const built = buildMetadata(draft);
    const problems: FieldProblem[] = [
      ...checkExpiration(draft.content_expiration, options.now),
      ...checkOrigin(draft.found_media_origin),
    ];
    const parsed = MediaMetadataSchema.safeParse(built);
    if (!parsed.success) problems.push(...toFieldProblems(parsed.error.issues));
    for (const field of unsupportedFields(options.form, built as MediaMetadata)) {
      problems.push({ path: field, rule: RULE.notInForm, params: { form: options.form } });
    }
    if (problems.length > 0 || !parsed.success) return { ok: false, problems };
    return { ok: true, metadata: parsed.data };
  } catch {
    return { ok: false, problems: [{ path: '', rule: RULE.invalid, params: {} }] };
  }
}
