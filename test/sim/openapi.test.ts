import { describe, expect, it } from 'vitest';
import { loadSchemas, validateAgainstSpec } from '../../sim/openapi';

// The validator reads X's contract from spec/ and refuses any keyword it would otherwise ignore.

const wrap = (yaml: string) => `# Page\n\n\`\`\`\`yaml post /2/x\n${yaml}\n\`\`\`\`\n`;
const v = (metadata: unknown) => validateAgainstSpec('MetadataCreateRequest', { id: '1', metadata });

describe('openapi loader', () => {
  it('loads every component schema of the published spec', () => {
    const schemas = loadSchemas();
    expect(Object.keys(schemas)).toContain('MetadataCreateRequest');
    expect(Object.keys(schemas)).toContain('GeoRestrictions');
  });

  it('throws at load time on a keyword the validator does not implement', () => {
    const text = wrap(
      'components:\n  schemas:\n    A:\n      type: object\n      properties:\n        n:\n          type: number\n          maximum: 3',
    );
    expect(() => loadSchemas(text)).toThrow('unsupported keyword "maximum" at #/components/schemas/A/properties/n');
    expect(() => loadSchemas(wrap('components:\n  schemas:\n    A:\n      $ref: "#/x"\n      maxLength: 2'))).toThrow(
      /beside \$ref/,
    );
    expect(() => loadSchemas('no fence here')).toThrow(/fenced block/);
  });
});

describe('validateAgainstSpec(MetadataCreateRequest)', () => {
  it('accepts a minimal body and an alt-text-only body', () => {
    expect(validateAgainstSpec('MetadataCreateRequest', { id: '1146654567674912769' })).toEqual([]);
    expect(v({ alt_text: { text: 'A dancing cat' } })).toEqual([]);
  });

  it('checks id, types, required fields and enums with plain-English messages', () => {
    expect(validateAgainstSpec('MetadataCreateRequest', { id: '12345678901234567890' })).toEqual([
      { path: 'id', message: 'must match the pattern ^[0-9]{1,19}$' },
    ]);
    expect(validateAgainstSpec('MetadataCreateRequest', { id: 7 })).toEqual([
      { path: 'id', message: 'must be a string' },
    ]);
    expect(v({ management_info: {}, shared_info: { shared: 'no' } })).toEqual([
      { path: 'metadata.management_info.managed', message: 'is required' },
      { path: 'metadata.shared_info.shared', message: 'must be a boolean' },
    ]);
    expect(v({ audience_policy: { x_subscriptions: ['All'] } })).toEqual([
      { path: 'metadata.audience_policy.x_subscriptions[0]', message: 'must be one of: Any' },
    ]);
    expect(v({ content_expiration: { timestamp_sec: '1740787200' } })).toEqual([
      { path: 'metadata.content_expiration.timestamp_sec', message: 'must be a number' },
    ]);
    expect(v({ alt_text: { text: 'x'.repeat(1001) } })).toEqual([
      { path: 'metadata.alt_text.text', message: 'must be at most 1000 characters' },
    ]);
  });

  it('geo_restrictions: exactly one of the two lists may be non-empty (oneOf)', () => {
    const geo = (white: string[], black: string[]) =>
      v({ geo_restrictions: { whitelisted_country_codes: white, blacklisted_country_codes: black } });
    expect(geo(['us', 'FR'], [])).toEqual([]);
    expect(geo([], ['de'])).toEqual([]);
    for (const errors of [geo([], []), geo(['us'], ['us']), geo(['usa'], [])]) {
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe('metadata.geo_restrictions');
      expect(errors[0]?.message).toMatch(/^must match exactly one of 2 forms/);
    }
  });

  it('counts characters as code points', () => {
    expect(v({ alt_text: { text: '👩🏽‍💻'.repeat(250) } })).toEqual([]); // 4 code points each = 1000
    expect(v({ alt_text: { text: `${'😀'.repeat(1000)}!` } })).toHaveLength(1);
  });
});
