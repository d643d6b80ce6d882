import type { Fault, FaultMode, Kind } from './types';

const MODES: FaultMode[] = ['latency', 'status', 'rate-limit', 'usage-capped', 'drop', 'hang', 'expired-token'];

interface ActiveFault extends Fault {
  id: string;
  remaining: number;
}

/** What applies to one request: the summed latency, then at most one terminal fault. */
export interface FaultPlan {
  delayMs: number;
  terminal?: Fault;
}

/** Injected faults, consumed in injection order by the requests whose kind they target. */
export class FaultStore {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  inject(fault: Fault): string {
    if (!MODES.includes(fault.mode)) throw new Error(`unknown fault mode: ${String(fault.mode)}`);
    // JSON cannot carry Infinity, so the HTTP control API may send null or "Infinity" for "every request".
    const raw = fault.count as number | string | null | undefined;
    const count = raw === null || raw === 'Infinity' ? Number.POSITIVE_INFINITY : (raw ?? 1);
    if (typeof count !== 'number' || !(count > 0)) throw new Error('fault count must be a positive number');
    if (fault.mode === 'status' && !(Number(fault.status) >= 100 && Number(fault.status) <= 599)) {
      throw new Error("a 'status' fault needs status between 100 and 599");
    }
    const id = `fault-${this.nextId++}`;
    this.faults.push({ ...fault, count, id, remaining: count });
    return id;
  }

  clear(): void {
    this.faults = [];
  }

  /** Consumes the faults that apply: every matching latency adds up, the first other matching fault ends it. */
  take(kind: Kind): FaultPlan {
    const plan: FaultPlan = { delayMs: 0 };
    for (const fault of this.faults) {
      if (fault.remaining <= 0 || (fault.target !== 'any' && fault.target !== kind)) continue;
      if (fault.mode === 'latency') {
        plan.delayMs += fault.ms ?? 0;
      } else if (plan.terminal) {
        continue;
      } else {
        plan.terminal = fault;
      }
      fault.remaining--;
    }
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return plan;
  }
}
