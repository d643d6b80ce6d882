import { browser } from 'wxt/browser';

const ALARM = 'queue';
/** Chrome fires alarms no sooner than 30 s after they are set; nearer times also get a timer while awake. */
const ALARM_MIN_DELAY_MS = 30_000;

/**
 * Keeps the queue's one wake-up: a timer for the near future (while the background lives) and an alarm that
 * survives the background being stopped. Either firing runs the due jobs; running early is harmless.
 */
export function createScheduler(runDue: () => Promise<void>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    async schedule(at: number | null): Promise<void> {
      clearTimeout(timer);
      if (at === null) {
        await browser.alarms.clear(ALARM);
        return;
      }
      const now = Date.now();
      timer = setTimeout(() => void runDue(), Math.max(0, at - now));
      await browser.alarms.create(ALARM, { when: Math.max(at, now + ALARM_MIN_DELAY_MS) });
    },
    onAlarm(name: string): Promise<void> | undefined {
      return name === ALARM ? runDue() : undefined;
    },
  };
}
