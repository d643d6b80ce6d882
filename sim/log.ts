import type { LogEntry, LogFilter, SimLog } from './types';

type Predicate = (entry: LogEntry) => boolean;

interface Waiter {
  predicate: Predicate;
  resolve(entry: LogEntry): void;
}

/** High-resolution wall-clock milliseconds, so entries made within the same millisecond still order by time. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

export function logFilter(filter?: LogFilter | Predicate): Predicate {
  if (!filter) return () => true;
  if (typeof filter === 'function') return filter;
  return (e) =>
    (filter.kind === undefined || e.kind === filter.kind) &&
    (filter.host === undefined || e.host === filter.host) &&
    (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
    (filter.path === undefined || e.path === filter.path) &&
    (filter.status === undefined || e.status === filter.status) &&
    (filter.user === undefined || e.user === filter.user) &&
    (filter.sinceSeq === undefined || e.seq > filter.sinceSeq);
}

/**
 * Every request the simulator received, in arrival order. Entries are live objects: the server fills in body, kind,
 * status and validation as it learns them and calls `updated()`, which is when waiters are re-checked.
 */
export class RequestLog implements SimLog {
  private list: LogEntry[] = [];
  private nextSeq = 1;
  private waiters = new Set<Waiter>();

  add(fields: Omit<LogEntry, 'seq'>): LogEntry {
    const entry: LogEntry = { seq: this.nextSeq++, ...fields };
    this.list.push(entry);
    return entry;
  }

  updated(entry: LogEntry): void {
    for (const waiter of this.waiters) {
      if (waiter.predicate(entry)) {
        this.waiters.delete(waiter);
        waiter.resolve(entry);
      }
    }
  }

  entries(filter?: LogFilter | Predicate): LogEntry[] {
    return this.list.filter(logFilter(filter));
  }

  clear(): void {
    // Sequence numbers keep growing so a `sinceSeq` taken before a clear stays meaningful.
    this.list = [];
  }

  /** Resolves with the first entry (already logged or future) matching; rejects after timeoutMs. */
  waitFor(predicate: Predicate, timeoutMs: number): Promise<LogEntry> {
    const found = this.list.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (entry) => {
          clearTimeout(timer);
          resolve(entry);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const recent = this.list
          .slice(-5)
          .map((e) => `#${e.seq} ${e.method} ${e.host}${e.path} ${e.kind} → ${e.status ?? 'pending'}`)
          .join('; ');
        reject(new Error(`log.waitFor: no matching request within ${timeoutMs} ms (latest: ${recent || 'none'})`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}
