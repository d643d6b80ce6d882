// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type MediaMetadata, MediaMetadataSchema } from '../../../lib/api/metadata-schema';
import { applyDefaults, draftFromMetadata, draftToMetadata, emptyDraft, MetadataDraftSchema } from '../../../lib/draft';
import { localInputToSeconds, secondsToLocalInput } from '../../../lib/draft/datetime';
import { COUNTRY_CODES } from '../../../lib/geo/countries';
import { NOW } from './harness';

const v2 = { now: NOW, form: 'v2' as const };
const nonBlank = (max: number) =>
  fc.string({ minLength: 1, maxLength: max, unit: 'binary' }).filter((text) => text.trim() !== '');
const noNegativeZero = (value: number) => (Object.is(value, -0) ? 0 : value);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const long = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const some = <T,>(record: fc.Arbitrary<T>) => record.filter((value) => Object.keys(value as object).length > 0);

/** Valid metadata as the form writes it: no empty groups, nothing that only X's defaults would mean. */
const metadataArb: fc.Arbitrary<MediaMetadata> = fc.record(
  {
    alt_text: fc.record({ text: nonBlank(1000) }),
    sensitive_media_warning: some(
      fc.record(
        { adult_content: fc.boolean(), graphic_violence: fc.boolean(), other: fc.boolean() },
        { requiredKeys: [] },
      ),
    ),
    allow_download_status: fc.record({ allow_download: fc.boolean() }),
    audience_policy: some(
      fc.record(
        { creator_subscriptions: fc.constant(['Any' as const]), x_subscriptions: fc.constant(['Any' as const]) },
        { requiredKeys: [] },
      ),
    ),
    content_expiration: fc.record({ timestamp_sec: fc.integer({ min: NOW / 1000 + 1, max: 4_102_444_800 }) }),
    domain_restrictions: fc.record({ whitelist: fc.array(fc.domain(), { minLength: 1, maxLength: 4 }) }),
    found_media_origin: fc.record({ provider: nonBlank(8), id: nonBlank(24) }),
    geo_restrictions: fc
      .tuple(fc.boolean(), fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { minLength: 1, maxLength: 5 }))
      .map(([allow, codes]) => ({
        whitelisted_country_codes: allow ? codes : [],
        blacklisted_country_codes: allow ? [] : codes,
      })),
    management_info: fc.record({ managed: fc.boolean() }),
    preview_image: fc.record({
      media_key: fc.record({
        media: fc.stringMatching(/^[0-9]{1,19}$/),
        media_category: fc.constant('TweetImage' as const),
      }),
    }),
    shared_info: fc.record({ shared: fc.boolean() }),
    sticker_info: fc.record({
      stickers: fc.array(
        fc.record(
          {
            aspect_ratio: finite,
            group_annotation_id: long,
            id: fc.string({ minLength: 1, maxLength: 12 }),
            sticker_set_annotation_id: long,
            transform_a: finite,
            transform_b: finite,
            transform_c: finite,
            transform_d: finite,
            transform_tx: finite,
            transform_ty: finite,
          },
          { requiredKeys: [] },
        ),
        { minLength: 1, maxLength: 25 },
      ),
    }),
    upload_source: fc.record({ upload_source: fc.string({ minLength: 1, maxLength: 40 }) }),
  },
  { requiredKeys: [] },
);

describe('round trips', () => {
  test('for any valid metadata m, draftToMetadata(draftFromMetadata(m)) gives back m', () => {
    fc.assert(
      fc.property(metadataArb, (metadata) => {
        expect(MediaMetadataSchema.safeParse(metadata).success).toBe(true);
        const draft = draftFromMetadata(metadata);
        expect(MetadataDraftSchema.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
        expect(draftToMetadata(draft, v2)).toEqual({ ok: true, metadata });
      }),
      { numRuns: 300 },
    );
  });

  test('an empty draft is empty metadata, and draftFromMetadata({}) is the empty draft', () => {
    expect(draftToMetadata(emptyDraft(), v2)).toEqual({ ok: true, metadata: {} });
    expect(draftFromMetadata({})).toEqual(emptyDraft());
  });

  test('empty groups tell X nothing and become "not set"', () => {
    const draft = draftFromMetadata({ allow_download_status: {}, sensitive_media_warning: {}, audience_policy: {} });
    expect(draftToMetadata(draft, v2)).toEqual({ ok: true, metadata: {} });
  });

  test('datetime-local values round-trip through Unix seconds in the local time zone', () => {
    const seconds = Math.floor(NOW / 1000) + 3600;
    expect(localInputToSeconds(secondsToLocalInput(seconds))).toBe(seconds);
    expect(localInputToSeconds('2026-02-31T10:00')).toBeUndefined();
    expect(localInputToSeconds('2026-02-0')).toBeUndefined();
  });
});

describe('draftToMetadata', () => {
  test('leaves out untouched groups and whitespace-only alt text', () => {
    const draft = { ...emptyDraft(), alt_text: '   ' };
    expect(draftToMetadata(draft, v2)).toEqual({ ok: true, metadata: {} });
  });

  test('sends the alt text exactly as typed', () => {
    const draft = { ...emptyDraft(), alt_text: '  A cat\n' };
    expect(draftToMetadata(draft, v2)).toEqual({ ok: true, metadata: { alt_text: { text: '  A cat\n' } } });
  });

  test('refuses a content expiration in the past, or one that is not a date', () => {
    const past = { ...emptyDraft(), content_expiration: secondsToLocalInput(NOW / 1000 - 60) };
    expect(draftToMetadata(past, v2)).toEqual({
      ok: false,
      problems: [{ path: 'content_expiration.timestamp_sec', rule: 'rule.invalid', params: { reason: 'past' } }],
    });
    const garbled = { ...emptyDraft(), content_expiration: '2026-13-01T10:00' };
    expect(draftToMetadata(garbled, v2)).toMatchObject({ ok: false, problems: [{ rule: 'rule.unixSeconds' }] });
  });

  test('refuses fields the endpoint form does not accept, with rule notInForm', () => {
    const draft = { ...emptyDraft(), alt_text: 'A cat', allow_download_status: false, shared_info: true };
    expect(draftToMetadata(draft, { now: NOW, form: 'v1.1' })).toEqual({
      ok: false,
      problems: [
        { path: 'allow_download_status', rule: 'rule.notInForm', params: { form: 'v1.1' } },
        { path: 'shared_info', rule: 'rule.notInForm', params: { form: 'v1.1' } },
      ],
    });
    expect(draftToMetadata(draft, { now: NOW, form: 'v2-legacy' })).toMatchObject({
      ok: false,
      problems: [{ path: 'shared_info', rule: 'rule.notInForm' }],
    });
  });

  test('needs both origin provider and id once either is set', () => {
    const draft = { ...emptyDraft(), found_media_origin: { provider: 'giphy', id: '' } };
    expect(draftToMetadata(draft, v2)).toEqual({
      ok: false,
      problems: [{ path: 'found_media_origin.id', rule: 'rule.required', params: {} }],
    });
  });

  test('numbers typed in stickers are checked at their path', () => {
    const sticker = { ...draftFromMetadata({ sticker_info: { stickers: [{}] } }).sticker_info[0]! };
    const draft = {
      ...emptyDraft(),
      sticker_info: [sticker, { ...sticker, transform_a: '1.', group_annotation_id: '2.5', aspect_ratio: 'wide' }],
    };
    expect(draftToMetadata(draft, v2)).toEqual({
      ok: false,
      problems: [
        { path: 'sticker_info.stickers.1.aspect_ratio', rule: 'rule.number', params: {} },
        { path: 'sticker_info.stickers.1.group_annotation_id', rule: 'rule.wholeNumber', params: {} },
      ],
    });
  });

  test('never throws, even on a draft that is not one', () => {
    expect(draftToMetadata({} as never, v2)).toMatchObject({ ok: false });
  });
});

describe('applyDefaults', () => {
  test('fills what is not set, marks it, and never overrides the user', () => {
    const draft = { ...emptyDraft(), upload_source: 'mine' };
    draft.sensitive_media_warning.graphic_violence = false;
    const { draft: filled, defaultFields } = applyDefaults(draft, {
      allow_download_status: { allow_download: false },
      sensitive_media_warning: { adult_content: true, graphic_violence: true },
      upload_source: { upload_source: 'theirs' },
    });
    expect(defaultFields).toEqual(['sensitive_media_warning.adult_content', 'allow_download_status']);
    expect(draftToMetadata(filled, v2)).toEqual({
      ok: true,
      metadata: {
        allow_download_status: { allow_download: false },
        sensitive_media_warning: { adult_content: true, graphic_violence: false },
        upload_source: { upload_source: 'mine' },
      },
    });
    expect(draft.sensitive_media_warning.adult_content).toBeNull();
  });

  test('with an endpoint form, leaves out defaults that form cannot carry', () => {
    const defaults = { allow_download_status: { allow_download: false }, shared_info: { shared: true } };
    const { defaultFields } = applyDefaults(emptyDraft(), defaults, 'v2-legacy');
    expect(defaultFields).toEqual(['allow_download_status']);
  });
});
