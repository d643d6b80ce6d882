/**
 * The one place that decides who sent a message. Everything else asks `classifySender`.
 *
 * Decided from what the browser sets — the extension id, `origin`, `tab` and `frameId` — never from `sender.url`,
 * whose path a page controls (history.pushState) and which says nothing trustworthy about the context.
 */
export type SenderClass = 'extension-page' | 'x-content-script' | 'stranger';

export interface SenderInfo {
  id?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean };
}

export const X_ORIGIN = 'https://x.com';

export function classifySender(sender: SenderInfo, self: { id: string; origin: string }): SenderClass {
  if (sender.id !== self.id) return 'stranger';
  if (sender.origin === self.origin) return 'extension-page';
  // Our content script runs only in x.com's top frame; a message from any frame below is not ours to trust.
  if (sender.origin === X_ORIGIN && sender.frameId === 0 && typeof sender.tab?.id === 'number')
    return 'x-content-script';
  return 'stranger';
}
