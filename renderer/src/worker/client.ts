/**
 * The window's side of the core worker: one worker started on first use,
 * jobs that can be cancelled. Cancelling ends the worker (a job in the
 * middle of a file cannot be interrupted any other way); the next job
 * starts a fresh one.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { CoreApi } from './contract';

interface Running {
  worker: Worker;
  core: Remote<CoreApi>;
  /** Rejecters of the jobs in flight: ending the worker ends them all. */
  jobs: Set<(e: Error) => void>;
}

let current: Running | undefined;

function running(): Running {
  if (!current) {
    const worker = new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module', name: 'tkt-core' });
    const run: Running = { worker, core: wrap<CoreApi>(worker), jobs: new Set() };
    // A worker that cannot start or dies fails its jobs instead of leaving them waiting forever.
    worker.addEventListener('error', () => {
      if (current === run) current = undefined;
      worker.terminate();
      for (const reject of run.jobs) reject(new Error('core worker failed'));
      run.jobs.clear();
    });
    current = run;
  }
  return current;
}

/** Thrown by a job's promise when the person cancelled it. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

export interface CoreJob<T> {
  result: Promise<T>;
  cancel: () => void;
}

/** Run one job in the worker. Functions passed as arguments must be wrapped with `callback`. */
export function runInCore<T>(job: (core: Remote<CoreApi>) => Promise<T>): CoreJob<T> {
  const run = running();
  let stop!: (e: Error) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  run.jobs.add(stop);
  const result = Promise.race([job(run.core), stopped]).finally(() => run.jobs.delete(stop));
  const cancel = () => {
    if (!run.jobs.has(stop)) return;
    // Other jobs of this worker end with it, as cancelled: their screens offer to try again.
    if (current === run) current = undefined;
    run.core[releaseProxy]();
    run.worker.terminate();
    for (const reject of run.jobs) reject(new JobCancelled());
    run.jobs.clear();
  };
  return { result, cancel };
}

/** A window-side function the worker may call back (a storage read, a progress report). */
export const callback = proxy;
