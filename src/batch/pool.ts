// Runs build tasks on worker threads (--jobs N), reporting each outcome as it arrives. With one
// job, or where the compiled worker is not available (tests running the TypeScript sources), the
// tasks run in this process one after another.
import { existsSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../source/paths.js';
import { buildOne, type BuildOutcome, type BuildTask } from './one.js';

type WorkerMessage = { kind: 'notice'; text: string } | { kind: 'outcome'; outcome: BuildOutcome };

export function workerScript(): string | undefined {
  const file = path.join(packageRoot(), 'dist', 'src', 'batch', 'worker.js');
  return existsSync(file) ? file : undefined;
}

/** Peak RSS a worker reaches in a long batch (measured: about 200 MB), with headroom. */
const WORKER_MEMORY = 256 * 2 ** 20;

/** The default --jobs: one worker per core, as many as the free memory holds (at least one). */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(freemem() / WORKER_MEMORY)));
}

export async function runTasks(
  tasks: readonly BuildTask[],
  jobs: number,
  onOutcome: (o: BuildOutcome) => void,
  onNotice: (message: string) => void = () => {},
): Promise<BuildOutcome[]> {
  const script = workerScript();
  const outcomes: BuildOutcome[] = new Array(tasks.length);
  if (jobs <= 1 || tasks.length <= 1 || !script) {
    for (const [i, task] of tasks.entries()) {
      outcomes[i] = await buildOne(task, onNotice);
      onOutcome(outcomes[i]!);
    }
    return outcomes;
  }
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const feed = () => {
              if (next >= tasks.length) {
                resolve();
                return;
              }
              current = next++;
              worker.postMessage(tasks[current]);
            };
            worker.on('message', (m: WorkerMessage) => {
              if (m.kind === 'notice') {
                onNotice(m.text);
                return;
              }
              outcomes[current] = m.outcome;
              onOutcome(m.outcome);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0 && next <= tasks.length && outcomes[current] === undefined)
                reject(new Error(`worker exited with ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
