// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { NOW, renderForm } from '../form/harness';

afterEach(() => setLocale('en'));
const statusOf = (group: HTMLElement) => within(group).getByRole('status').textContent;

describe('the status line speaks plain words', () => {
  test('expired or unknown media: the advice, X’s words one click away, and no Retry', () => {
    const message = 'User 2244994945 doesn’t own media id 2127';
    const { group } = renderForm({ status: { kind: 'failed', message, cause: 'media-gone', problems: [] } });
    expect(statusOf(group)).toBe('Failed: X no longer has this image. Remove it and attach it again.');
    expect(within(group).queryByRole('button', { name: 'Retry' })).toBeNull();
    const details = group.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Details');
    expect(details?.textContent).toContain(`X’s answer: ${message}`);
    expect(statusOf(group)).not.toContain('2244994945');
  });

  test('a refusal X explains with JSON paths: the headline is ours, Retry where it can help', () => {
    const message = 'The `metadata.alt_text.text` field is invalid';
    const { group, onRetry } = renderForm({ status: { kind: 'failed', message, cause: 'usage-capped', problems: [] } });
    expect(statusOf(group)).not.toContain('`');
    expect(statusOf(group)).toContain('Add credits or raise the cap in X’s developer console');
    fireEvent.click(within(group).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('rate limited until hh:mm, said once', () => {
    const until = NOW + 5 * 60_000;
    const { group } = renderForm({
      status: { kind: 'waiting', reason: 'rate-limited', until, message: 'Too Many Requests', cause: 'rate-limited' },
    });
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(until);
    expect(statusOf(group)).toBe(
      `Waiting… X’s rate limit was reached: X asks to wait until ${time}. Nothing to do: it goes out by itself.`,
    );
  });

  test('Save with nothing to apply says so, without a call', () => {
    const { group } = renderForm({ status: { kind: 'unsaved', note: 'nothing-to-save' } });
    expect(statusOf(group)).toBe('Not saved Nothing to save yet: type a description or set a field first.');
  });

  test('in Arabic and Japanese too', () => {
    setLocale('ar');
    const ar = renderForm({ status: { kind: 'failed', message: 'x', cause: 'expired', problems: [] } });
    expect(statusOf(ar.group)).toBe('فشل: لم يعد X يقبل وصفًا لهذه الصورة: انتهت صلاحيتها. أزلها ثم أرفقها مرة أخرى.');
    setLocale('ja');
    const ja = renderForm({
      item: { mediaId: '2', label: '画像2', kind: 'image' },
      status: { kind: 'failed', message: 'x', cause: 'network-error', problems: [] },
    });
    expect(statusOf(ja.group)).toContain('ネットワーク');
  });
});
