import { describe, expect, test } from 'vitest';
import { describeFieldProblem } from '../../../lib/api/describe';
import { MetadataRequestSchema } from '../../../lib/api/metadata-schema';
import { type FieldProblem, toFieldProblems } from '../../../lib/api/rules';
import { setLocale } from '../../../lib/i18n';
import { seedExample, seedExampleCorrected } from '../../fixtures/seed-example';

type Metadata = Record<string, unknown>;
const request = (metadata: Metadata, id = '1146654567674912769') => ({ id, metadata });
const problemsOf = (value: unknown): FieldProblem[] => {
  const result = MetadataRequestSchema.safeParse(value);
  return result.success ? [] : toFieldProblems(result.error.issues);
};
const accepts = (value: unknown) => expect(problemsOf(value)).toEqual([]);
const refuses = (value: unknown, path: string, rule: string) =>
  expect(problemsOf(value)).toContainEqual(expect.objectContaining({ path, rule }));

describe('the seed example', () => {
  test('is valid once its two contract violations are corrected', () => accepts(seedExampleCorrected));

  test('as published, it breaks the oneOf of geo_restrictions and the media_category enum', () => {
    const paths = problemsOf(seedExample).map((p) => p.path);
    expect(paths).toContain('metadata.geo_restrictions');
    expect(paths).toContain('metadata.preview_image.media_key.media_category');
  });
});

describe('media id', () => {
  test.each(['1', '1234567890123456789'])('%s (1 to 19 digits) is valid', (id) => accepts(request({}, id)));
  test.each(['12345678901234567890', '', '12a', ' 1', '١٢٣'])('%j is refused', (id) =>
    refuses(request({}, id), 'id', 'rule.mediaId'),
  );
  test('is required', () => refuses({ metadata: {} }, 'id', 'rule.required'));
  test('the preview image media id follows the same rule', () =>
    refuses(
      request({ preview_image: { media_key: { media: '1'.repeat(20) } } }),
      'metadata.preview_image.media_key.media',
      'rule.mediaId',
    ));
});

describe('alt text', () => {
  const alt = (text: unknown) => request({ alt_text: { text } });
  test('1000 characters pass, 1001 do not', () => {
    accepts(alt('a'.repeat(1000)));
    refuses(alt('a'.repeat(1001)), 'metadata.alt_text.text', 'rule.maxChars');
  });
  test('characters are counted as code points: 1000 emoji pass, 1001 do not', () => {
    accepts(alt('🐱'.repeat(1000)));
    refuses(alt('🐱'.repeat(1001)), 'metadata.alt_text.text', 'rule.maxChars');
  });
  test('a combining mark counts as its own code point', () => {
    accepts(alt('e\u0301'.repeat(500)));
    refuses(alt(`${'e\u0301'.repeat(500)}x`), 'metadata.alt_text.text', 'rule.maxChars');
  });
  test('text is required and must be a string', () => {
    refuses(request({ alt_text: {} }), 'metadata.alt_text.text', 'rule.required');
    refuses(alt(42), 'metadata.alt_text.text', 'rule.text');
  });
});

describe('found media origin', () => {
  const origin = (provider: string, id: string) => request({ found_media_origin: { provider, id } });
  test('provider 8 characters and id 24 pass', () => accepts(origin('p'.repeat(8), 'i'.repeat(24))));
  test('provider 9 characters is refused', () =>
    refuses(origin('p'.repeat(9), 'x'), 'metadata.found_media_origin.provider', 'rule.maxChars'));
  test('id 25 characters is refused', () =>
    refuses(origin('giphy', 'i'.repeat(25)), 'metadata.found_media_origin.id', 'rule.maxChars'));
  test('both are required', () => {
    refuses(request({ found_media_origin: { id: 'x' } }), 'metadata.found_media_origin.provider', 'rule.required');
    refuses(request({ found_media_origin: { provider: 'giphy' } }), 'metadata.found_media_origin.id', 'rule.required');
  });
});

describe('stickers', () => {
  const stickers = (count: number) =>
    request({ sticker_info: { stickers: Array.from({ length: count }, () => ({ id: 's' })) } });
  test('1 and 25 pass', () => {
    accepts(stickers(1));
    accepts(stickers(25));
  });
  test('0 and 26 are refused', () => {
    refuses(stickers(0), 'metadata.sticker_info.stickers', 'rule.minItems');
    refuses(stickers(26), 'metadata.sticker_info.stickers', 'rule.maxItems');
  });
  test('numeric fields must be finite numbers, annotation ids whole', () => {
    const one = (sticker: Metadata) => request({ sticker_info: { stickers: [sticker] } });
    refuses(one({ transform_a: '1' }), 'metadata.sticker_info.stickers.0.transform_a', 'rule.number');
    refuses(one({ transform_a: Number.NaN }), 'metadata.sticker_info.stickers.0.transform_a', 'rule.number');
    refuses(
      one({ group_annotation_id: 1.5 }),
      'metadata.sticker_info.stickers.0.group_annotation_id',
      'rule.wholeNumber',
    );
  });
});

describe('geo restrictions (exactly one non-empty list)', () => {
  const geo = (whitelisted_country_codes: string[], blacklisted_country_codes: string[]) =>
    request({ geo_restrictions: { whitelisted_country_codes, blacklisted_country_codes } });
  test('an allow list alone passes; so does a block list alone', () => {
    accepts(geo(['US', 'fr'], []));
    accepts(geo([], ['JP']));
  });
  test('both filled is refused', () => refuses(geo(['us'], ['fr']), 'metadata.geo_restrictions', 'rule.geoEitherOr'));
  test('both empty is refused', () => refuses(geo([], []), 'metadata.geo_restrictions', 'rule.geoEitherOr'));
  test('lowercase codes pass, as the contract pattern allows', () => accepts(geo(['us'], [])));
  test('3-letter and non-letter codes are refused', () => {
    refuses(geo(['USA'], []), 'metadata.geo_restrictions.whitelisted_country_codes.0', 'rule.countryCode');
    refuses(geo([], ['1A']), 'metadata.geo_restrictions.blacklisted_country_codes.0', 'rule.countryCode');
  });
  test('both lists are required', () =>
    refuses(
      request({ geo_restrictions: { whitelisted_country_codes: ['us'] } }),
      'metadata.geo_restrictions.blacklisted_country_codes',
      'rule.required',
    ));
});

describe('other constraints', () => {
  test('audience policy values can only be "Any"', () => {
    accepts(request({ audience_policy: { creator_subscriptions: ['Any'], x_subscriptions: [] } }));
    refuses(
      request({ audience_policy: { x_subscriptions: ['Some'] } }),
      'metadata.audience_policy.x_subscriptions.0',
      'rule.audienceAny',
    );
  });
  test('content expiration needs whole Unix seconds', () => {
    accepts(request({ content_expiration: { timestamp_sec: 1740787200 } }));
    refuses(request({ content_expiration: {} }), 'metadata.content_expiration.timestamp_sec', 'rule.required');
    refuses(
      request({ content_expiration: { timestamp_sec: 1.5 } }),
      'metadata.content_expiration.timestamp_sec',
      'rule.unixSeconds',
    );
  });
  test('domain restrictions need a whitelist of domain names', () => {
    accepts(request({ domain_restrictions: { whitelist: ['example.com', 'news.example.co.uk'] } }));
    accepts(request({ domain_restrictions: { whitelist: [] } }));
    refuses(request({ domain_restrictions: {} }), 'metadata.domain_restrictions.whitelist', 'rule.required');
    refuses(
      request({ domain_restrictions: { whitelist: ['not a domain'] } }),
      'metadata.domain_restrictions.whitelist.0',
      'rule.domain',
    );
  });
  test('required booleans: management_info.managed and shared_info.shared', () => {
    refuses(request({ management_info: {} }), 'metadata.management_info.managed', 'rule.required');
    refuses(request({ shared_info: { shared: 'yes' } }), 'metadata.shared_info.shared', 'rule.boolean');
  });
  test('preview image category is only TweetImage, and media_key is required', () => {
    accepts(request({ preview_image: { media_key: { media: '1', media_category: 'TweetImage' } } }));
    refuses(
      request({ preview_image: { media_key: { media_category: 'PreviewImage' } } }),
      'metadata.preview_image.media_key.media_category',
      'rule.previewCategory',
    );
    refuses(request({ preview_image: {} }), 'metadata.preview_image.media_key', 'rule.required');
  });
  test('upload source needs its upload_source string', () =>
    refuses(request({ upload_source: {} }), 'metadata.upload_source.upload_source', 'rule.required'));
  test('sensitive media flags are optional booleans', () => {
    accepts(request({ sensitive_media_warning: { adult_content: true } }));
    refuses(
      request({ sensitive_media_warning: { other: 1 } }),
      'metadata.sensitive_media_warning.other',
      'rule.boolean',
    );
  });
  test('an unknown field is refused rather than sent or dropped', () =>
    refuses(request({ alt_txt: { text: 'typo' } }), 'metadata.alt_txt', 'rule.unknownField'));
});

describe('messages a user understands', () => {
  const message = (value: unknown) =>
    problemsOf(value).map((p) => describeFieldProblem({ ...p, path: p.path.replace(/^metadata\./, '') }));

  test('English names the field and the rule', () => {
    setLocale('en');
    expect(message(request({ alt_text: { text: 'a'.repeat(1001) } }))).toEqual([
      'Alt text can be at most 1000 characters.',
    ]);
    expect(message(request({ found_media_origin: { provider: 'p'.repeat(9), id: 'x' } }))).toEqual([
      'Origin provider can be at most 8 characters.',
    ]);
    expect(message(request({ sticker_info: { stickers: [{ transform_a: 'x' }] } }))).toEqual([
      'Sticker 1 must be a number.',
    ]);
  });

  test('French too', () => {
    setLocale('fr');
    expect(message(request({ alt_text: { text: 'a'.repeat(1001) } }))).toEqual([
      'Texte alternatif : 1000 caractères au maximum.',
    ]);
    setLocale('en');
  });
});
