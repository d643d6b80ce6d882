import type { TabChanged, TabState } from './views';

export const TAB_CHANGED = 'tab/changed';

/**
 * The background's push to the tab's content script, checked for its shape only: it comes from the extension's own
 * background (nothing else can message a content script), like the tab states its replies carry, and the x.com
 * content script stays small by not carrying every schema the state is built from (lib/media/views.ts validates it
 * where the whole schema is at hand: the popup).
 */
export function tabStateOf(message: unknown): TabState | undefined {
  const pushed = message as Partial<TabChanged> | null;
  if (pushed?.type !== TAB_CHANGED || typeof pushed.state !== 'object' || pushed.state === null) return undefined;
  const { tabId, items } = pushed.state;
  return typeof tabId === 'number' && Array.isArray(items) ? pushed.state : undefined;
}
