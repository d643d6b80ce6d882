import { expect, test } from 'vitest';
import { oauth1Header, oauth1Signature, percentEncode, signatureBaseString } from '../../../lib/api/oauth1';

// The worked example of X's (Twitter's) "Creating a signature" guide.
const keys = {
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
};
const vector = {
  method: 'POST',
  keys,
  nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
  timestamp: 1318622958,
  bodyParams: [['status', 'Hello Ladies + Gentlemen, a signed OAuth request!']] as const,
};

test('the signature base string matches the published one', () => {
  const oauth: Array<[string, string]> = [
    ['oauth_consumer_key', keys.consumerKey],
    ['oauth_nonce', vector.nonce],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', '1318622958'],
    ['oauth_token', keys.token],
    ['oauth_version', '1.0'],
  ];
  const base = signatureBaseString('POST', 'https://api.twitter.com/1/statuses/update.json?include_entities=true', [
    ...oauth,
    ...vector.bodyParams,
  ]);
  expect(base).toBe(
    'POST&https%3A%2F%2Fapi.twitter.com%2F1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
  );
});

test('the signature matches the published vectors (v1 and v1.1 URLs)', async () => {
  const v1 = await oauth1Signature({
    ...vector,
    url: 'https://api.twitter.com/1/statuses/update.json?include_entities=true',
  });
  expect(v1).toBe('tnnArxj06cWHq44gCs1OSKk/jLY=');
  const v11 = await oauth1Signature({
    ...vector,
    url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
  });
  expect(v11).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
});

test('the header carries every oauth_* field, percent-encoded', async () => {
  const header = await oauth1Header({
    ...vector,
    url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
  });
  expect(header).toMatch(/^OAuth /);
  expect(header).toContain('oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"');
  expect(header).toContain(`oauth_token="${keys.token}"`);
  expect(header).not.toContain(keys.consumerSecret);
  expect(header).not.toContain(keys.tokenSecret);
});

test('percent-encoding follows RFC 3986, not form encoding', () => {
  expect(percentEncode("Ladies + Gentlemen!*'()~")).toBe('Ladies%20%2B%20Gentlemen%21%2A%27%28%29~');
  expect(percentEncode('☃')).toBe('%E2%98%83');
});
