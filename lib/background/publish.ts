import { browser } from 'wxt/browser';
import { TAB_CHANGED } from '../media/tab-changed';
import type { TabChanged, TabState } from '../media/views';

/**
 * Sends a tab's new state to its content script and to any open view (popup, pop-out), and shows on the toolbar
 * badge how many of its items need attention. Nobody listening is normal (no popup open): errors are ignored.
 */
export function publishTabState(state: TabState, attention: number): void {
  const message: TabChanged = { type: TAB_CHANGED, state };
  browser.tabs.sendMessage(state.tabId, message).catch(() => {});
  browser.runtime.sendMessage(message).catch(() => {});
  browser.action.setBadgeText({ tabId: state.tabId, text: attention > 0 ? String(attention) : '' }).catch(() => {});
  browser.action.setBadgeBackgroundColor({ tabId: state.tabId, color: '#c4001a' }).catch(() => {});
}
