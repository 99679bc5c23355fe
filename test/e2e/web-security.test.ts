// The web app as a security reviewer attacks it (../shared/reviews/web.md, findings 1–5, 23–25,
// 28): malformed request paths, foreign Host names (DNS rebinding), cross-site requests (a no-cors
// text/plain POST and a plain HTML form from another origin, in a real Chromium), bad bodies, slow
// bodies (memory: web-memory.test.ts). After each, the server must still answer.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import net from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/server.js';
import { minimal } from '../helpers/build.js';

const CHROMIUM = '/usr/bin/chromium';
let server: Server;
let base: string;
let port: number;
const logged: string[] = [];

beforeAll(async () => {
  ({ server, url: base } = await startServer({
    port: 0,
    requestTimeoutMs: 1_500,
    log: (line) => logged.push(line),
  }));
  port = Number(new URL(base).port);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends raw bytes and returns what came back (the status line and all) when the server closes. */
function raw(request: string | Buffer, { wait = 5_000 } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('utf8'));
    }, wait);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    socket.write(request);
  });
}
const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

const get = (pathname: string, headers: Record<string, string> = {}) =>
  raw(
    `GET ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${Object.entries(
      headers,
    )
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}\r\n`,
  );

async function stillAnswers(): Promise<void> {
  const res = await fetch(new URL('/style.css', base));
  expect(res.status).toBe(200);
}

const origin = () => `http://127.0.0.1:${port}`;
const post = (p: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(p, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: origin(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('requests that used to crash or mislead the server', () => {
  it('should answer every malformed path of the review and keep running', async () => {
    for (const p of [
      '//a:b',
      '//[',
      '//%',
      '//:99999',
      '/%',
      '/%00',
      '/..%2f..%2fetc/passwd',
      '//a b',
    ]) {
      const response = await get(p);
      expect([400, 404]).toContain(statusOf(response));
      expect(response).not.toMatch(/TypeError|Invalid URL|at handle/);
      await stillAnswers();
    }
    // Methods and edge cases of finding 25.
    expect(statusOf(await raw(`FOO / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`))).toBe(400);
    const options = await raw(
      `OPTIONS /api/build HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(options)).toBe(405);
    expect(options.toLowerCase()).toContain('allow: post');
    expect(
      statusOf(
        await raw(`HEAD / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
      ),
    ).toBe(200);
    expect(statusOf(await get('/favicon.ico'))).toBe(204);
    await stillAnswers();
  });

  it('should refuse a Host that is not this machine (DNS rebinding) and accept its own names', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      '127.0.0.1',
      `127.0.0.1:${port + 1}`,
      '',
    ]) {
      const response = await raw(`GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(statusOf(response)).not.toBe(200);
      expect(response).not.toContain('顧客相談ガイドラインの作成');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
      expect(
        statusOf(
          await raw(`GET /api/schema HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
        ),
      ).toBe(200);
    const rebound = await raw(
      `POST /api/build?format=docx HTTP/1.1\r\nHost: evil.example:${port}\r\nOrigin: http://evil.example:${port}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    expect(statusOf(rebound)).toBe(421);
    await stillAnswers();
  });

  it('should do no work for another origin, a missing Origin or a body that is not JSON', async () => {
    const config = JSON.stringify({ config: minimal });
    const cases: [Record<string, string>, number][] = [
      [{ origin: 'http://evil.example', 'content-type': 'application/json' }, 403],
      [{ origin: 'null', 'content-type': 'application/json' }, 403],
      [{ origin: origin(), 'content-type': 'text/plain' }, 415],
      [{ origin: origin(), 'content-type': 'application/x-www-form-urlencoded' }, 415],
      [
        { origin: origin(), 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
        403,
      ],
    ];
    for (const [headers, status] of cases) {
      const res = await fetch(new URL('/api/build?format=zip', base), {
        method: 'POST',
        headers,
        body: config,
      });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
    const noOrigin = await fetch(new URL('/api/yaml', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: config,
    });
    expect(noOrigin.status).toBe(403);
    expect((await post('/api/build?format=md', { config: minimal })).status).toBe(200);
  });

  it('should answer 400, never 500 or internal text, for every bad body of the review', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const deepObject = `{"config":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const bodies: [string, string][] = [
      ['/api/build', 'null'],
      ['/api/validate', 'null'],
      ['/api/yaml', 'null'],
      ['/api/diff', 'null'],
      ['/api/import', 'null'],
      ['/api/build', deep],
      ['/api/diff', deepObject],
      ['/api/build', '{"config": null}'],
      ['/api/build', '{"config": {}, "anything": 1}'],
      ['/api/diff', JSON.stringify({ old: minimal, new: minimal, labels: 'evil' })],
      ['/api/diff', JSON.stringify({ old: minimal, new: minimal, full: 'yes' })],
      ['/api/diff', JSON.stringify({ old: minimal, new: minimal, remarks: {} })],
      ['/api/import', JSON.stringify({ yaml: 'a: [' })],
      ['/api/build', '{"config": '],
      [
        '/api/build',
        JSON.stringify({
          config: {
            ...minimal,
            refusal: { addExamples: Array.from({ length: 50_000 }, (_, i) => `例${i}`) },
          },
        }),
      ],
      [
        '/api/validate',
        JSON.stringify({
          config: {
            ...minimal,
            refusal: { removeExamples: Array.from({ length: 50_000 }, (_, i) => `x${i}`) },
          },
        }),
      ],
    ];
    for (const [p, body] of bodies) {
      const res = await post(p, body);
      const text = await res.text();
      expect(res.status, `${p} ${body.slice(0, 40)}`).toBe(400);
      expect(text).not.toMatch(/Cannot read|Maximum call stack|TypeError|内部エラー/);
      expect(text.length).toBeLessThan(100_000); // capped diagnostics, not 20 MB
      await stillAnswers();
    }
    // A limit is named with its field.
    const tooMany = (await (
      await post('/api/build', {
        config: {
          ...minimal,
          refusal: { addExamples: Array.from({ length: 101 }, (_, i) => `例${i}`) },
        },
      })
    ).json()) as { diagnostics: { path: string; message: string }[] };
    expect(tooMany.diagnostics[0]?.path).toBe('refusal.addExamples');
    expect(tooMany.diagnostics[0]?.message).toContain('100件以内');
    // JSON with a BOM is read as the CLI reads it.
    expect(
      (await post('/api/validate', `\uFEFF${JSON.stringify({ config: minimal })}`)).status,
    ).toBe(200);
    expect(logged).toEqual([]);
  });

  it('should send its security headers, sandbox the preview frames and name downloads in Japanese', async () => {
    const res = await fetch(base);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    for (const id of ['preview', 'commentary', 'comparison'])
      expect(html).toMatch(new RegExp(`<iframe[^>]*id="${id}"[^>]*sandbox="allow-same-origin"`));
    const docx = await post('/api/build?format=docx', { config: minimal });
    const cd = docx.headers.get('content-disposition') ?? '';
    expect(cd).toContain('filename="guideline.docx"');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(cd)?.[1] ?? '')).toBe(
      '株式会社テスト_顧客相談ガイドライン.docx',
    );
    expect(docx.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('should close a request whose body never ends (own timeouts, not Node’s 300 s)', async () => {
    const response = await raw(
      `POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin()}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"con`,
      { wait: 15_000 },
    );
    // The server ends the request (408 from Node's requestTimeout) well before the 15 s wait.
    expect(statusOf(response)).toBe(408);
    await stillAnswers();
  });
});

describe.skipIf(!existsSync(CHROMIUM) && !process.env['CI'])(
  'cross-site requests in Chromium',
  () => {
    let browser: Browser;
    let attacker: Server;
    let attackerUrl: string;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      });
      // Another origin on this machine (another port), serving the attacker's page.
      attacker = createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><body>
<form id="f" method="POST" enctype="text/plain" action="${base}api/yaml"><input name='{"config":{"a":"' value='"}}'></form>
<img id="crash" src="${base.replace(/\/$/, '')}//a:b">
<script>
window.nocors = () => fetch('${base}api/build?format=zip', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ config: {} }) }).then(r => r.type, e => 'error');
</script></body>`);
      });
      await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
      const a = attacker.address();
      attackerUrl = `http://localhost:${typeof a === 'object' && a ? a.port : 0}/`;
    });
    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((resolve) => attacker?.close(() => resolve()));
    });

    it('should refuse a no-cors text/plain POST and a script-free form post from another origin', async () => {
      // What the server answered, seen from the server itself (a refused no-cors response is
      // opaque, or blocked by its Cross-Origin-Resource-Policy, to the attacker's page).
      const answered: [string, number][] = [];
      const watch = (req: IncomingMessage, res: ServerResponse) =>
        res.on('finish', () => answered.push([req.url ?? '', res.statusCode]));
      server.on('request', watch);
      try {
        const page = await browser.newPage();
        await page.goto(attackerUrl);
        await page.evaluate('window.nocors()');
        await expect.poll(() => answered.find(([u]) => u.startsWith('/api/build'))?.[1]).toBe(403);
        await Promise.all([
          page.waitForNavigation(),
          page.evaluate('document.getElementById("f").submit()'),
        ]);
        expect(answered.find(([u]) => u === '/api/yaml')?.[1]).toBe(403);
        expect(await page.textContent('body')).toContain('ほかのサイトからの要求には応じません');
        // The <img src="//a:b"> on the attacker's page was answered and did not stop the server.
        expect(answered.find(([u]) => u === '//a:b')?.[1]).toBe(404);
        await stillAnswers();
        await page.close();
      } finally {
        server.off('request', watch);
      }
    }, 30_000);
  },
);
