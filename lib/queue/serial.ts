/**
 * A lock: work passed to it runs one after another, each after the previous one settled (even if it failed). All
 * store mutations of a queue instance go through one, so concurrent saves and answers never lose an update.
 */
export function createLock(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Background work nobody awaits (a kicked runDue, a call's answer), kept so tests can wait for it all to end. */
export function createTasks() {
  const tasks = new Set<Promise<void>>();
  return {
    /** Never throws into anyone: a failed write leaves the job where the store says it is, to be resumed. */
    track(work: Promise<unknown>) {
      const task: Promise<void> = work.then(
        () => undefined,
        () => undefined,
      );
      tasks.add(task);
      void task.then(() => tasks.delete(task));
    },
    async idle() {
      while (tasks.size > 0) await Promise.all([...tasks]);
    },
  };
}
