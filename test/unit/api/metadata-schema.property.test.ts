import fc from 'fast-check';
import { expect, test } from 'vitest';
import { prepareMetadataCall } from '../../../lib/api/client';
import { MediaMetadataSchema, MetadataRequestSchema } from '../../../lib/api/metadata-schema';
import { toFieldProblems } from '../../../lib/api/rules';
import { validateAgainstSpec } from '../../../sim/openapi';

// Each field is mostly valid and sometimes a near miss at one of the contract's edges, so that both acceptance and
// refusal happen often and the property below is tested on many accepted requests.
const mostly = <T, U>(valid: fc.Arbitrary<T>, nearMiss: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: nearMiss, weight: 1 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const mediaId = mostly(
  fc.stringMatching(/^[1-9][0-9]{0,18}$/),
  fc.oneof(fc.stringMatching(/^[0-9]{20,21}$/), fc.string({ maxLength: 3 })),
);
const countryCode = mostly(fc.stringMatching(/^[a-zA-Z]{2}$/), fc.constantFrom('USA', '1A', ''));
// Code points (emoji included), the unit the contract's maxLength counts.
const chars = (min: number, max: number) => fc.string({ minLength: min, maxLength: max, unit: 'binary' });
const domain = fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z]{2,6}){1,2}$/);
const finite = mostly(
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  fc.constantFrom(Number.NaN, '1'),
);
const long = mostly(fc.maxSafeInteger(), fc.constantFrom(1.5, '12'));
const sticker = fc.record(
  {
    aspect_ratio: finite,
    group_annotation_id: long,
    id: mostly(fc.string({ maxLength: 6 }), fc.integer()),
    sticker_set_annotation_id: long,
    transform_a: finite,
    transform_b: finite,
    transform_c: finite,
    transform_d: finite,
    transform_tx: finite,
    transform_ty: finite,
  },
  { requiredKeys: [] },
);
const validSticker = fc.record(
  { id: fc.string({ maxLength: 6 }), transform_tx: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { requiredKeys: [] },
);
const geoList = fc.array(countryCode, { minLength: 1, maxLength: 3 });
const metadata = fc.record(
  {
    allow_download_status: fc.record(
      { allow_download: mostly(fc.boolean(), fc.constant('true')) },
      { requiredKeys: [] },
    ),
    alt_text: fc.record({
      text: mostly(fc.oneof(chars(0, 40), chars(990, 1000)), fc.oneof(chars(1001, 1005), fc.integer())),
    }),
    audience_policy: fc.record(
      {
        creator_subscriptions: mostly(fc.constantFrom([], ['Any']), fc.constant(['Some'])),
        x_subscriptions: mostly(fc.constantFrom([], ['Any']), fc.constant(['any'])),
      },
      { requiredKeys: [] },
    ),
    content_expiration: fc.record({ timestamp_sec: mostly(fc.integer({ min: 0 }), optional(fc.double())) }),
    domain_restrictions: fc.record({
      whitelist: mostly(fc.array(domain, { maxLength: 3 }), optional(fc.array(fc.string({ maxLength: 8 })))),
    }),
    found_media_origin: fc.record({
      provider: mostly(chars(0, 8), optional(chars(9, 10))),
      id: mostly(chars(0, 24), optional(chars(25, 26))),
    }),
    geo_restrictions: mostly(
      fc.oneof(
        geoList.map((codes) => ({ whitelisted_country_codes: codes, blacklisted_country_codes: [] })),
        geoList.map((codes) => ({ whitelisted_country_codes: [], blacklisted_country_codes: codes })),
      ),
      fc.record({
        whitelisted_country_codes: optional(fc.array(countryCode)),
        blacklisted_country_codes: optional(fc.array(countryCode)),
      }),
    ),
    management_info: fc.record({ managed: mostly(fc.boolean(), optional(fc.constant(0))) }),
    preview_image: fc.record({
      media_key: mostly(
        fc.record(
          { media: mediaId, media_category: mostly(fc.constant('TweetImage'), fc.constant('PreviewImage')) },
          { requiredKeys: [] },
        ),
        fc.constant(undefined),
      ),
    }),
    sensitive_media_warning: fc.record(
      { adult_content: fc.boolean(), graphic_violence: fc.boolean(), other: mostly(fc.boolean(), fc.constant(1)) },
      { requiredKeys: [] },
    ),
    shared_info: fc.record({ shared: mostly(fc.boolean(), optional(fc.constant('no'))) }),
    sticker_info: fc.record({
      stickers: mostly(
        fc.oneof(
          fc.array(validSticker, { minLength: 1, maxLength: 25 }),
          fc.array(sticker, { minLength: 1, maxLength: 2 }),
        ),
        optional(fc.array(validSticker, { minLength: 26, maxLength: 27 })),
      ),
    }),
    upload_source: fc.record({ upload_source: mostly(fc.string({ maxLength: 10 }), optional(fc.integer())) }),
  },
  { requiredKeys: [] },
);
/** JSON round trip: undefined-valued keys disappear, as they do on the wire. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

test('whatever the schema accepts, the seed contract accepts too (and the body sent is exactly that)', () => {
  let accepted = 0;
  fc.assert(
    fc.property(mediaId, metadata, (id, candidate) => {
      const request = wire({ id, metadata: candidate });
      const parsed = MetadataRequestSchema.safeParse(request);
      if (!parsed.success) return;
      accepted++;
      expect(validateAgainstSpec('MetadataCreateRequest', wire(parsed.data))).toEqual([]);
      const prepared = prepareMetadataCall({ mediaId: parsed.data.id, metadata: parsed.data.metadata }, 'v2', 'oauth2');
      expect(prepared.ok).toBe(true);
      if (prepared.ok)
        expect(validateAgainstSpec('MetadataCreateRequest', JSON.parse(prepared.request.body ?? ''))).toEqual([]);
    }),
    { numRuns: 2000 },
  );
  // The property says nothing if almost nothing is accepted: make sure both sides were exercised.
  expect(accepted).toBeGreaterThan(100);
  console.log(`schema ⇒ contract: ${accepted} of 2000 generated requests accepted, all valid for the seed contract`);
});

test('parsing never throws, whatever the input, and every refusal names a field and a rule', () => {
  const hostile = fc.oneof(
    fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withTypedArray: true }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'id', 'metadata', 'alt_text'), fc.anything()),
    fc.record({
      id: fc.string(),
      metadata: fc.dictionary(fc.constantFrom('__proto__', 'alt_text', 'toString'), fc.anything()),
    }),
    fc.record({
      id: fc.constant('1'),
      metadata: fc.record({ alt_text: fc.record({ text: fc.string({ minLength: 5000, maxLength: 20000 }) }) }),
    }),
  );
  fc.assert(
    fc.property(hostile, (input) => {
      for (const schema of [MetadataRequestSchema, MediaMetadataSchema]) {
        const result = schema.safeParse(input);
        if (!result.success) {
          for (const problem of toFieldProblems(result.error.issues)) expect(problem.rule).toMatch(/^rule\./);
        }
      }
      expect(() => prepareMetadataCall(input, 'v2', 'oauth2')).not.toThrow();
    }),
    { numRuns: 1000 },
  );
});
