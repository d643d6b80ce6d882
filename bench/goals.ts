/** What each bench figure should be, and how a measured figure stands against it. */
export const GOALS: Record<string, number> = {
  bundle_gzip_kb_content: 25,
  timeline_overhead_ratio: 1.01,
  timeline_over_reference_ratio: 1.0,
  idle_callbacks: 0,
  detection_ms_p50: 20,
  detection_ms_p95: 50,
  page_ui_wait_ms_p95: 50,
  page_ui_load_ms_p95: 50,
  hold_added_ms_p95: 5,
  guard_dispatch_added_ms_p95: 1,
  release_ms_p95: 20,
  popup_interactive_ms_p50: 100,
  worker_wake_ms_p50: 150,
  parallel_apply_ratio: 1.3,
  duplicate_calls: 0,
  heap_growth_kb: 256,
  leaked_observers: 0,
  bundle_gzip_kb_popup: 40,
  bundle_gzip_kb_background: 40,
  bundle_gzip_kb_options: 40,
};

export interface Row {
  metric: string;
  value: number;
  runs: number;
  spread: string;
  /** The 95 % confidence interval of the median, for a goal met "within the measured noise". */
  interval?: [number, number];
}

/**
 * Goals to be met within the measured noise: met when the median is at the goal, or when the goal lies inside the
 * median's 95 % confidence interval (the samples cannot tell the figure from the goal). Every other goal is met by
 * the figure itself.
 */
const WITHIN_NOISE = new Set(['timeline_over_reference_ratio']);

/** How a row stands against its goal: met by the figure, met within the noise, or not met. */
export function standing(row: Row): 'yes' | 'within the noise' | 'no' | undefined {
  const goal = GOALS[row.metric];
  if (goal === undefined) return undefined;
  if (row.value <= goal) return 'yes';
  return WITHIN_NOISE.has(row.metric) && row.interval && row.interval[0] <= goal ? 'within the noise' : 'no';
}
