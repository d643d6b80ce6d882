import { browser } from 'wxt/browser';

/** The port's name (entrypoints/background.ts accepts it, and needs to do nothing else). */
export const WATCH_PORT = 'alt-text-for-x:watch';

/**
 * While this tab has a description on its way to X, keeps a port open to the background. The browser may stop the
 * background mid-call (Chrome's worker, Firefox's event page); the port then closes, and reconnecting at once wakes
 * it, and every start of the background resumes a call a stop cut off. Without this only the queue's alarm (30 s)
 * would. Nothing is open while nothing is pending: an idle page keeps no background awake.
 */
export function watchBackground(signal: AbortSignal, pending: () => boolean) {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;

  const alive = () => !signal.aborted && browser.runtime?.id !== undefined;
  const connect = () => {
    if (port || !alive() || !pending()) return;
    try {
      port = browser.runtime.connect({ name: WATCH_PORT });
    } catch {
      return; // the extension is gone (reloaded, disabled): nothing to wake
    }
    port.onDisconnect.addListener(() => {
      port = undefined;
      // The background went away: wake it now (a short pause lets a stopping worker finish going).
      setTimeout(connect, 50);
    });
  };

  signal.addEventListener('abort', () => port?.disconnect(), { once: true });
  return {
    /** The tab's items changed: open the port while something is pending, close it when nothing is. */
    update(): void {
      if (pending()) connect();
      else if (port) {
        const open = port;
        port = undefined;
        open.disconnect();
      }
    },
  };
}
