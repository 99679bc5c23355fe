// The web server's parts: download names, the import that keeps what fits, internal errors
// answered without their text, and the bounded template cache.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HttpError,
  parseJsonObject,
  sendInternalError,
  withBudget,
} from '../../src/server/http.js';
import { importYaml, looksLikeFilePath } from '../../src/server/import.js';
import { contentDisposition, downloadName, safeNamePart } from '../../src/server/names.js';
import {
  compiledTemplateCount,
  MAX_COMPILED_TEMPLATES,
  renderTemplate,
} from '../../src/template/handlebars.js';
import { TokenTable } from '../../src/template/tokens.js';

describe('download names', () => {
  it('should carry the company and the document, without characters a file system refuses', () => {
    const config = { company: { name: '株式会社髙﨑商事' } };
    expect(downloadName(config, 'guideline', 'docx')).toBe(
      '株式会社髙﨑商事_顧客相談ガイドライン.docx',
    );
    expect(downloadName(config, 'commentary', 'pdf')).toBe('株式会社髙﨑商事_逐条解説書.pdf');
    expect(downloadName(config, 'zip', 'zip')).toBe(
      '株式会社髙﨑商事_顧客相談ガイドライン一式.zip',
    );
    expect(downloadName({}, 'record-form', 'docx')).toBe('相談記録票.docx');
    expect(safeNamePart('../a/b:c*?"<>|\u0000.')).toBe('abc');
  });

  it('should send the name as RFC 5987 filename* with an ASCII filename', () => {
    const cd = contentDisposition('株式会社A(1)_顧客相談ガイドライン.docx', 'guideline.docx');
    expect(cd).toMatch(/^attachment; filename="guideline\.docx"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(cd)![1]!;
    expect(encoded).not.toMatch(/[()'*]/);
    expect(decodeURIComponent(encoded)).toBe('株式会社A(1)_顧客相談ガイドライン.docx');
  });
});

describe('import', () => {
  it('should keep every value that fits, report the rest at its path and explain a file override', () => {
    const { config, problems } = importYaml(
      [
        'company: { name: 株式会社読込, daihyo: 山田 }',
        'desk: { name: 窓口 }',
        'intake: { channels: [{ type: email, address: a@example.jp }, { type: fax, number: 1 }] }',
        'records: { retention: { years: abc } }',
        'jurisdiction: { court: 東京裁判所 }',
        'dates: { enacted: 2026-13-01 }',
        'overrides: { purpose: ./my-purpose.md, records: "本文です。" }',
        '',
      ].join('\n'),
    );
    expect(config['company']).toEqual({ name: '株式会社読込' });
    expect(config['jurisdiction']).toEqual({ court: '東京裁判所' });
    expect(config['dates']).toEqual({ enacted: '2026-13-01' });
    expect(config['overrides']).toEqual({ records: '本文です。' });
    const at = (p: string) => problems.filter((d) => d.path === p);
    expect(at('company.daihyo')).toHaveLength(1);
    expect(at('jurisdiction.court')[0]?.position?.line).toBe(5); // the line in the user's YAML
    expect(at('overrides.purpose')[0]?.message).toContain('ファイルを読めない');
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });

  it('should answer unreadable YAML in Japanese with its line', () => {
    try {
      importYaml('company:\n  name: a\n name: b\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(HttpError);
      const e = err as HttpError;
      expect(e.status).toBe(400);
      expect(e.message).toMatch(/3行目/);
      expect(e.message).not.toMatch(/[a-z]{3,}/); // no parser text in English
    }
  });

  it('should tell file paths from clause text', () => {
    expect(looksLikeFilePath('./my-purpose.md')).toBe(true);
    expect(looksLikeFilePath('/etc/passwd')).toBe(true);
    expect(looksLikeFilePath('当社は、相談に応対する。')).toBe(false);
  });
});

describe('request bodies and internal errors', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  it('should refuse null, arrays and deep JSON with 400', () => {
    for (const text of ['null', '[]', '1', '"x"', `${'['.repeat(100)}${']'.repeat(100)}`, '{'])
      expect(() => parseJsonObject(text)).toThrow(HttpError);
    expect(parseJsonObject('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });

  it('should answer 503 when a request outlasts its time budget', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withBudget(never, 20)).rejects.toMatchObject({ status: 503 });
    await expect(withBudget(Promise.resolve('done'), 1_000)).resolves.toBe('done');
  });

  it('should log an internal error with an id and answer only a Japanese message and that id', async () => {
    const logged: string[] = [];
    server = createServer((_req, res) =>
      sendInternalError(res, new Error('secret internal detail'), (line) => logged.push(line)),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const res = await fetch(
      `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    );
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toContain('secret');
    const body = JSON.parse(text) as { error: string; id: string };
    expect(body.error).toContain(body.id);
    expect(logged[0]).toContain(body.id);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the compiled-template cache', () => {
  it('should stay bounded and still render every template correctly', () => {
    const ctx = {
      tokens: new TokenTable(),
      style: { era: 'wareki', digits: 'fullwidth' } as const,
    };
    for (let i = 0; i < MAX_COMPILED_TEMPLATES * 2; i++)
      expect(renderTemplate(`text ${i} {{x}}`, { x: i }, ctx)).toBe(`text ${i} ${i}`);
    expect(compiledTemplateCount()).toBeLessThanOrEqual(MAX_COMPILED_TEMPLATES);
    // The first templates were evicted, and are compiled again when they come back.
    expect(renderTemplate('text 0 {{x}}', { x: 'again' }, ctx)).toBe('text 0 again');
  });
});
