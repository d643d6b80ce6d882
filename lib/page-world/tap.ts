import { createGate } from './gate';
import { hookFetch, hookXhr } from './hooks';
import { type AskReport, type PageReport, TAP, type UploadReport } from './protocol';
import { watchUploads } from './uploads';

/**
 * Runs in x.com's own JavaScript world, before X's scripts (the only place where an upload's INIT answer, its bytes
 * and the post request's body are visible), and never lets the extension break X: every hook falls back to what X
 * asked for, and every wait ends by itself. See protocol.ts for what is said, and why it is trusted so little.
 */

export function tapPage(): void {
  const nonce = crypto.randomUUID();
  const announce = () => document.dispatchEvent(new CustomEvent(TAP.ready, { detail: nonce }));
  document.addEventListener(TAP.request, announce, { once: true });
  announce();
  const report = (message: Omit<UploadReport, 'type' | 'nonce'> | Omit<AskReport, 'type' | 'nonce'>) =>
    window.postMessage({ ...message, type: TAP.message, nonce } as PageReport, location.origin);
  // One gate for both: what the content script cleared holds for X's fetch and XHR alike.
  const gate = createGate(nonce, report);
  hookXhr(watchUploads(report), gate);
  hookFetch(gate);
}
