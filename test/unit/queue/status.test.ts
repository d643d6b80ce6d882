import { describe, expect, test } from 'vitest';
import { type Job, JobSchema } from '../../../lib/queue/job';
import { statusOf } from '../../../lib/queue/status';
import { metadataFor, saveInput, T0 } from './fakes';

const input = saveInput('7', 'hello');
const save = { version: 1, form: input.form, request: input.request, metadata: input.metadata, savedAt: T0 };
const base: Job = {
  mediaId: '7',
  deadline: T0 + 1_000_000,
  lastVersion: 1,
  phase: 'queued',
  active: save,
  next: null,
  attempts: 0,
  dueAt: T0,
  wait: null,
  message: null,
  problems: [],
  unknownOutcome: false,
  applied: null,
};

describe('statusOf', () => {
  test('each phase', () => {
    expect(statusOf(undefined, T0)).toEqual({ kind: 'unsaved' });
    expect(statusOf(base, T0)).toEqual({ kind: 'saving' });
    expect(statusOf({ ...base, phase: 'in-flight' }, T0)).toEqual({ kind: 'saving' });
    expect(statusOf({ ...base, dueAt: T0 + 5, wait: 'retrying', message: 'offline' }, T0)).toEqual({
      kind: 'waiting',
      reason: 'retrying',
      until: T0 + 5,
      message: 'offline',
    });
    expect(statusOf({ ...base, phase: 'account', wait: 'no-account' }, T0)).toEqual({
      kind: 'waiting',
      reason: 'no-account',
    });
    const applied = { version: 1, request: input.request, metadata: metadataFor('hello'), at: T0 + 3 };
    expect(statusOf({ ...base, phase: 'applied', active: null, applied }, T0)).toEqual({
      kind: 'applied',
      at: T0 + 3,
      sent: { alt_text: { text: 'hello' } },
    });
    const problems = [{ path: 'alt_text.text', rule: 'rule.maxChars' as const, params: { max: 1000 } }];
    expect(statusOf({ ...base, phase: 'failed', message: 'Too long', problems }, T0)).toEqual({
      kind: 'failed',
      message: 'Too long',
      problems,
    });
  });

  test('a non-final job past its deadline shows expired, even before the background looks at it', () => {
    for (const phase of ['queued', 'account'] as const) {
      expect(statusOf({ ...base, phase }, base.deadline)).toMatchObject({ kind: 'failed', message: /expired/ });
    }
  });
});

describe('JobSchema', () => {
  test('a job survives a JSON round trip (storage) and unknown keys are refused', () => {
    expect(JobSchema.parse(JSON.parse(JSON.stringify(base)))).toEqual(base);
    expect(JobSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(JobSchema.safeParse({ ...base, mediaId: 'abc' }).success).toBe(false);
  });
});
