// The customer-harassment documents from the web app's API, as the page asks for them: the list of
// documents each pack offers, the public 基本方針 as a Word file and as the HTML fragment a company
// pastes into its website, and the employees' notice, refused with the field to fill in when the
// employee desk is missing.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/server.js';
import { minimal } from '../helpers/build.js';
import { docxParts } from '../helpers/docx.js';

let server: Server;
let base: string;

beforeAll(async () => {
  ({ server, url: base } = await startServer({ port: 0, log: () => {} }));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (p: string, body: unknown) =>
  fetch(new URL(p, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(base).origin },
    body: JSON.stringify(body),
  });

const config = {
  ...minimal,
  optional: { customerHarassment: true },
  harassment: { employeeDesk: '人事部ハラスメント相談窓口' },
};

describe('the customer-harassment documents in the web app', () => {
  it('should list every document of the pack with its formats', async () => {
    const res = await fetch(new URL('/api/documents', base));
    expect(res.status).toBe(200);
    const list = (await res.json()) as {
      templates: { documents: { id: string; formats: string[]; default: boolean }[] }[];
    };
    const docs = list.templates[0]!.documents;
    expect(docs.map((d) => d.id)).toEqual(
      expect.arrayContaining(['guideline', 'cushara-policy', 'employee-notice']),
    );
    expect(docs.find((d) => d.id === 'cushara-policy')!.formats.sort()).toEqual(
      ['docx', 'html', 'md', 'pdf'].sort(),
    );
  });

  it('should give the 基本方針 as Word, named after the company and the document', async () => {
    const res = await post('/api/build?doc=cushara-policy&format=docx', { config });
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(
      '株式会社テスト_カスタマーハラスメントに対する基本方針.docx',
    );
    const xml = docxParts(new Uint8Array(await res.arrayBuffer()))['word/document.xml']!;
    expect(xml).toContain('カスタマーハラスメントに対する基本方針');
    expect(xml).toContain('株式会社テスト');
  });

  it('should give the HTML fragment to paste into a website, and the notice with the desk', async () => {
    const html = await (await post('/api/build?doc=cushara-policy&format=html', { config })).text();
    expect(html).not.toMatch(/<(html|head|script|link|img)\b/i);
    expect(html).toContain('hinagata-notice');
    const notice = await post('/api/build?doc=employee-notice&format=docx', { config });
    expect(notice.status).toBe(200);
    const xml = docxParts(new Uint8Array(await notice.arrayBuffer()))['word/document.xml']!;
    expect(xml).toContain('人事部ハラスメント相談窓口');
  });

  it('should refuse the notice without an employee desk, naming the field', async () => {
    const res = await post('/api/build?doc=employee-notice&format=pdf', {
      config: { ...config, harassment: {} },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('harassment.employeeDesk');
  });
});
