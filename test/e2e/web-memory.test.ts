// Review finding 4: memory grew without bound (the compiled-template cache kept every override
// text sent) until the process died. 1,000 distinct ~1 MB requests must leave the heap where it was.
import type { Server } from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/server.js';
import { minimal } from '../helpers/build.js';

let server: Server;
let base: string;
beforeAll(async () => {
  ({ server, url: base } = await startServer({ port: 0 }));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (p: string, body: string) =>
  fetch(new URL(p, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(base).origin },
    body,
  });
const stillAnswers = async () =>
  expect((await fetch(new URL('/style.css', base))).status).toBe(200);

describe('bounded memory', () => {
  it('should keep memory flat over 1,000 distinct ~1 MB requests (the template cache is bounded)', async () => {
    // Four articles' wording replaced by different 10,000-character texts in every request, the
    // rest of the megabyte whitespace: unbounded, every request added its four compiled
    // templates to the cache for good (review finding 4: 4 GB, then out of memory).
    const articleIds = ['purpose', 'intake-refusal', 'records', 'amendment'];
    const body = (n: number) => {
      const overrides = Object.fromEntries(
        articleIds.map((id) => [id, `${id}${n}：`.padEnd(2_500, `${n}あ`)]),
      );
      const json = JSON.stringify({ config: { ...minimal, overrides } });
      // Whitespace up to 1,000,000 bytes (under the 1 MiB limit), as an attacker would send.
      return json + ' '.repeat(1_000_000 - Buffer.byteLength(json));
    };
    const send = async (n: number) => {
      const res = await post('/api/validate', body(n));
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    };
    // What stays reachable after a full collection is what the server keeps.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const retained = () => {
      gc();
      return process.memoryUsage();
    };
    for (let n = 0; n < 50; n++) await send(n);
    const before = retained();
    for (let n = 50; n < 1_050; n++) await send(n);
    const after = retained();
    const mb = (x: number) => x / 1024 / 1024;
    // Bounded, the heap stays within a few MB (256 compiled templates at most); unbounded, it
    // grew by some 150 MB over these requests. RSS gets a generous bound (the allocator keeps
    // pages it has used).
    expect(mb(after.heapUsed - before.heapUsed)).toBeLessThan(40);
    expect(mb(after.rss - before.rss)).toBeLessThan(250);
    await stillAnswers();
  }, 120_000);
});
