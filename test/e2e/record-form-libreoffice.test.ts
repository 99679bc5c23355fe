// The 相談記録票's Word file as LibreOffice lays it out: converted to PDF with `soffice`, it keeps
// the case sheet on page 1 and the 経過記録 on page 2 for every config, however much the config
// switches on. Skipped on a developer machine without LibreOffice; under CI (which installs it) a
// missing soffice is a failure, so the check cannot go silently missing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import { defaultRecordItems } from '../../src/config/schema.js';
import { allOptional, configWith } from '../helpers/build.js';
import { sofficeConvert, sofficePath, sofficeSkip } from '../helpers/libreoffice.js';
import { readPdf } from '../helpers/pdf.js';

const repo = path.resolve(import.meta.dirname, '../..');
const soffice = sofficePath();

const channels = [
  { type: 'phone' as const, number: '0120-000-000', hours: '毎日午前10時から午後6時まで' },
  { type: 'email' as const, address: 'cs@example.jp' },
  { type: 'webform' as const, url: 'https://example.jp/support' },
  { type: 'postal' as const, address: '〒530-0001 大阪府大阪市北区梅田一丁目1番1号' },
];

/** Every optional article, anonymous, all four channels; `items` are added to the default ones. */
const busy = (items: string[]) =>
  stringify(
    configWith({
      intake: { channels, anonymous: true },
      records: { items: [...defaultRecordItems(true), ...items], callRecording: true },
      optional: allOptional,
    }),
  );

const configs: [string, string][] = [
  ...['sample', 'email-only', 'full-options'].map(
    (name) =>
      [name, readFileSync(path.join(repo, 'examples', `${name}.yaml`), 'utf8')] as [string, string],
  ),
  [
    'all-options',
    busy([
      '相談の方法',
      '社内での共有先',
      '相談者の年齢層',
      '返品・交換の有無',
      '関係部署への報告の有無',
    ]),
  ],
  ['many-items', busy(Array.from({ length: 20 }, (_, i) => `追加の記録事項${i + 1}`))],
  [
    'services',
    stringify(
      configWith({
        company: { productRole: 'services' },
        intake: { channels: [{ type: 'email', address: 'a@example.jp' }] },
      }),
    ),
  ],
];

describe.skipIf(sofficeSkip)('相談記録票 in LibreOffice', () => {
  it('should find LibreOffice (CI installs libreoffice-writer-nogui)', () => {
    expect(soffice, 'soffice is not on the PATH').not.toBe('');
  });

  it('should keep the case sheet on page 1 and the 経過記録 on page 2 for every config', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hinagata-lo-'));
    const files: string[] = [];
    for (const [name, text] of configs) {
      const result = await buildText(text, ['docx'], ['record-form'], 'c.yaml', repo);
      const file = path.join(dir, `${name}.docx`);
      writeFileSync(file, result.files[0]!.data);
      files.push(file);
    }
    sofficeConvert(files, 'pdf', dir, dir);
    for (const [name] of configs) {
      const read = await readPdf(new Uint8Array(readFileSync(path.join(dir, `${name}.pdf`))));
      expect(read.pages, name).toHaveLength(2);
      const [page1, page2] = read.pages.map((p) => p.lines.join('\n')) as [string, string];
      // Page 1 runs from the title to the retention note under the table.
      for (const w of ['相談記録票', '受付番号', '判断者', '終了日', '保存期限', '保存期間'])
        expect(page1, `${name}: ${w}`).toContain(w);
      expect(page1, name).not.toContain('経過記録');
      expect(page2, name).toContain('経過記録');
      expect(page2, name).toContain('次の対応');
    }
  }, 300_000);
});
