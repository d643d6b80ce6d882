// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { renderPopup, tabState } from './fixtures';

const status = (text: string) => screen.getByText(text).closest('[role="status"]');

describe('empty and error states say what to do', () => {
  test('loading: the shell is there at once, with its heading', () => {
    renderPopup({ load: { kind: 'loading' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Alt text for X' })).toBeTruthy();
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
  });

  test('not on x.com', () => {
    renderPopup({ state: tabState({ onX: false, items: [] }) });
    expect(status('Open the composer on x.com to describe your media.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pop out' })).toBeNull();
  });

  test('no tab to show reads as not on x.com', () => {
    renderPopup({ load: { kind: 'no-tab' } });
    expect(status('Open the composer on x.com to describe your media.')).toBeTruthy();
  });

  test('no media in the composer', () => {
    renderPopup({ state: tabState({ items: [] }) });
    expect(status('Attach images on x.com; they will appear here.')).toBeTruthy();
  });

  test('no account connected: Open options, items still listed', () => {
    const { onOpenOptions } = renderPopup({ state: tabState({ account: { state: 'none' } }) });
    expect(screen.getByText(/No X account is connected/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('group', { name: 'Image 1' })).toBeTruthy();
  });

  test('account needs sign-in: the reason, and Open options', () => {
    const account = {
      state: 'needs-sign-in' as const,
      method: 'signin' as const,
      user: { id: '1', username: 'ada' },
      reason: 'the grant was revoked.',
    };
    const { onOpenOptions } = renderPopup({ state: tabState({ account }) });
    expect(screen.getByText(/@ada needs renewing: the grant was revoked\. Renew it in Options/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });

  test('connected: no account notice', () => {
    renderPopup();
    expect(screen.queryByRole('button', { name: 'Open options' })).toBeNull();
  });

  test('background unreachable: Try again', () => {
    const { onTryAgain } = renderPopup({ load: { kind: 'error', code: 'unreachable' } });
    expect(status('The extension is restarting; try again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onTryAgain).toHaveBeenCalledTimes(1);
  });

  test('another failure: Try again too', () => {
    const { onTryAgain } = renderPopup({ load: { kind: 'error', code: 'failed' } });
    expect(status('Something went wrong; try again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onTryAgain).toHaveBeenCalledTimes(1);
  });
});

describe('Pop out', () => {
  test('calls its callback', () => {
    const { onPopOut } = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Pop out' }));
    expect(onPopOut).toHaveBeenCalledTimes(1);
  });

  test('is not offered in the popped-out window, which is fluid', () => {
    const { container } = renderPopup({ poppedOut: true });
    expect(screen.queryByRole('button', { name: 'Pop out' })).toBeNull();
    expect(container.querySelector('.popup-window')).toBeTruthy();
  });
});

test('landmarks: a banner with the heading, and main', () => {
  renderPopup();
  expect(screen.getByRole('banner')).toBeTruthy();
  expect(screen.getByRole('main')).toBeTruthy();
  expect(screen.getByRole('heading', { level: 2, name: 'Your media' })).toBeTruthy();
});
