// A batch worker thread: fonts and clause sources are loaded once per worker, then it builds the
// tasks the pool sends it, one at a time. Messages to the pool: { kind: 'notice', text } while a
// task runs (shown to the user at once), then { kind: 'outcome', outcome }.
import { parentPort } from 'node:worker_threads';
import { buildOne, type BuildTask } from './one.js';

parentPort?.on('message', (task: BuildTask) => {
  void buildOne(task, (text) => parentPort?.postMessage({ kind: 'notice', text })).then((outcome) =>
    parentPort?.postMessage({ kind: 'outcome', outcome }),
  );
});
