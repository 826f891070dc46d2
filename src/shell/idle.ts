// Work the first screen does not need (the session runtime, the service worker, screens the
// person may open next) runs here, one job per idle period: on a slow phone a single task that
// did it all would hold up the first tap for a few hundred milliseconds.

type Job = () => unknown;

const queue: Job[] = [];
let scheduled = false;

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  const run = () => {
    scheduled = false;
    const job = queue.shift();
    try {
      job?.();
    } finally {
      schedule();
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
}

/** Queues `job` to run in its own idle period, after the jobs queued before it. */
export function whenIdle(job: Job): void {
  queue.push(job);
  schedule();
}
