// A batch worker thread: fonts and clause sources are loaded once per worker, then it builds the
// tasks the pool sends it, one at a time.
import { parentPort } from 'node:worker_threads';
import { buildOne, type BuildTask } from './one.js';

parentPort?.on('message', (task: BuildTask) => {
  void buildOne(task).then((outcome) => parentPort?.postMessage(outcome));
});
