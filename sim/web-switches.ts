import type { WebSwitches } from './types';

// The switches of the simulated x.com (types.ts explains each). Defaults follow shared/docs/x-composer.md: what
// real x.com does for an ordinary account. setWeb() checks every value, so a typo in a test fails loudly instead
// of silently testing the default.

export function defaultWebSwitches(): WebSwitches {
  return {
    reencode: 'auto',
    previewSource: 'original',
    uploadJitterMs: 0,
    longVideo: false,
    dataSaver: false,
    metadataForUndescribed: false,
    postButton: 'standard',
    longPosts: false,
    platform: 'auto',
    recreateTiles: true,
    appScopedOwnership: false,
  };
}

const CHOICES: Partial<Record<keyof WebSwitches, readonly string[]>> = {
  reencode: ['auto', 'always', 'never'],
  previewSource: ['original', 'uploaded'],
  postButton: ['standard', 'renamed'],
  platform: ['auto', 'mac', 'other'],
};

/** Applies `partial` to `current` after checking names and values; throws a plain-words error otherwise. */
export function applyWebSwitches(current: WebSwitches, partial: unknown): WebSwitches {
  if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
    throw new Error('setWeb needs an object of switches, e.g. {"dataSaver": true}');
  }
  const defaults = defaultWebSwitches();
  const next = { ...current };
  for (const [name, value] of Object.entries(partial)) {
    if (!(name in defaults)) throw new Error(`setWeb: unknown switch ${name}`);
    const key = name as keyof WebSwitches;
    const choices = CHOICES[key];
    const expected = typeof defaults[key];
    if (choices ? !choices.includes(value as string) : typeof value !== expected) {
      throw new Error(`setWeb: ${name} must be ${choices ? choices.join(' | ') : `a ${expected}`}`);
    }
    if (key === 'uploadJitterMs' && !((value as number) >= 0 && (value as number) <= 60_000)) {
      throw new Error('setWeb: uploadJitterMs must be between 0 and 60000');
    }
    (next as Record<string, unknown>)[key] = value;
  }
  return next;
}
