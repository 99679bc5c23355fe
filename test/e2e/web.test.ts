// The web app: its JSON API, loopback-only listening, and the page driven in a real Chromium
// (Debian's chromium, installed by .ci/run; skipped where no Chromium exists, never in CI).
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY, startServer } from '../../src/server/server.js';
import { minimal } from '../helpers/build.js';
import { repo } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
let server: Server;
let base: string;

beforeAll(async () => {
  ({ server, url: base } = await startServer({ port: 0 }));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (p: string, body: unknown) =>
  fetch(new URL(p, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('web API', () => {
  it('should listen on 127.0.0.1 only and refuse any other address', async () => {
    expect(new URL(base).hostname).toBe('127.0.0.1');
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    await expect(startServer({ host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1/);
    await expect(startServer({ host: '192.168.1.10' })).rejects.toThrow();
  });

  it('should build every document in every format from a config sent as JSON', async () => {
    const md = await post('/api/build?format=md&doc=guideline', minimal);
    expect(md.status).toBe(200);
    expect(await md.text()).toContain('## 第１条（目的）');
    const docx = await post('/api/build?format=docx&doc=commentary', minimal);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const zip = unzipSync(
      new Uint8Array(await (await post('/api/build?format=zip', minimal)).arrayBuffer()),
    );
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        'guideline.docx',
        'guideline.pdf',
        'commentary.pdf',
        'record-form.pdf',
      ]),
    );
  });

  it('should answer a bad config with 400 and the same diagnostics the CLI gives', async () => {
    const res = await post('/api/build?format=html', { ...minimal, desk: { nmae: '窓口' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      diagnostics: { rule: string; path: string; hint?: string }[];
    };
    expect(body.diagnostics.map((d) => d.path)).toContain('desk.nmae');
    expect(body.diagnostics.find((d) => d.path === 'desk.nmae')?.hint).toContain('name');
  });

  it('should validate, compare and take overrides only as inline text', async () => {
    const report = (await (await post('/api/validate', minimal)).json()) as {
      version: number;
      files: { status: string }[];
    };
    expect(report.version).toBe(1);
    expect(report.files[0]?.status).toBe('ok');
    const diff = (await (
      await post('/api/diff', {
        old: minimal,
        new: { ...minimal, optional: { ...minimal.optional, antisocialForces: true } },
      })
    ).json()) as { summary: { added: string[] }; html: string };
    expect(diff.summary.added).toEqual(['第６条（反社会的勢力の排除）']);
    expect(diff.html).toContain('新旧対照表');
    // A path is not read from the server's disk: it is taken as the clause's text.
    const res = await post('/api/build?format=md&force=1', {
      ...minimal,
      overrides: { amendment: '/etc/passwd' },
    });
    const text = await res.text();
    expect(text).toContain('/etc/passwd');
    expect(text).not.toContain('root:');
  });

  it('should refuse a request body over the limit', async () => {
    const res = await post('/api/validate', `{"x":"${'a'.repeat(MAX_BODY + 10)}"}`);
    expect(res.status).toBe(413);
  });
});

describe.skipIf(!existsSync(CHROMIUM) && !process.env['CI'])('the page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => browser?.close());

  it('should preview, switch to email-only, show a finding and download the docx of that config', async () => {
    const page = await browser.newPage({
      acceptDownloads: true,
      viewport: { width: 1400, height: 1000 },
    });
    await page.goto(base);
    const preview = page.frameLocator('#preview');
    await expect
      .poll(() => preview.locator('body').textContent(), { timeout: 15_000 })
      .toContain('第１条（目的）');

    await page.fill('#f-company-name', '株式会社ウェブ試験');
    await expect
      .poll(() => preview.locator('body').textContent(), { timeout: 15_000 })
      .toContain('株式会社ウェブ試験');

    // Email only: remove the phone channel (the first row).
    await page
      .getByRole('button', { name: /受け付ける方法の1件目を削除|1件目を削除/ })
      .first()
      .click();
    await expect
      .poll(async () => (await preview.locator('body').textContent()) ?? '', { timeout: 15_000 })
      .not.toMatch(/電話|録音/);
    await page.screenshot({ path: path.join(repo, 'output', 'web-page.png') });

    // Clearing the retention period is caught.
    await page.fill('#f-records-retention', '');
    await page.getByRole('tab', { name: /検査結果/ }).click();
    await expect
      .poll(() => page.locator('#findings').textContent(), { timeout: 15_000 })
      .toMatch(/retention/);
    await page.fill('#f-records-retention', '3');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ガイドライン（Word）' }).click(),
    ]);
    const file = await download.path();
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!);
    expect(xml).toContain('株式会社ウェブ試験');
    expect(xml).not.toMatch(/電話|録音/);
    expect(xml).toContain('３年間');
  }, 60_000);
});
