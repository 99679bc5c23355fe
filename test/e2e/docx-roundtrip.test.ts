// guideline.docx opened in LibreOffice and saved as .docx with no edit (issue 15): it must read
// back as the same guideline — the same document (test/helpers/read-project.ts), the same
// validator findings, and no change in `hinagata diff`. One soffice run converts every file.
// Skipped on a developer machine without LibreOffice; under CI (which installs it) a missing
// soffice is a failure, so the check cannot go silently missing. Tracked changes made by hand
// (w:del / w:ins, as Word writes them) are read as they read once accepted, with or without
// LibreOffice.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/cli/validate.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { compareDocuments } from '../../src/diff/compare.js';
import { inlineText } from '../../src/model/text.js';
import type { Document } from '../../src/model/types.js';
import { refsOf } from '../../src/model/visit.js';
import { readDocx } from '../../src/read/docx.js';
import { allOptional, build, configWith } from '../helpers/build.js';
import { sofficeConvert, sofficePath, sofficeSkip } from '../helpers/libreoffice.js';
import { project } from '../helpers/read-project.js';

const repo = path.resolve(import.meta.dirname, '../..');
const soffice = sofficePath();

const configs: [string, ConfigInput | string][] = [
  ...['sample', 'email-only', 'full-options'].map((name): [string, string] => [
    name,
    readFileSync(path.join(repo, 'examples', `${name}.yaml`), 'utf8'),
  ]),
  [
    'all-options-seireki-halfwidth',
    configWith({
      optional: allOptional,
      style: { era: 'seireki', digits: 'halfwidth' },
      dates: {
        enacted: '2026-04-01',
        revisions: [
          { date: '2026-10-01', summary: '受付方法に相談フォームを追加' },
          { date: '2027-04-01', summary: '記録の保存期間を変更' },
        ],
      },
    }),
  ],
];

function docxOf(config: ConfigInput | string): { doc: Document; data: Uint8Array } {
  const result = build(config);
  return {
    doc: result.document,
    data: result.files.find((f) => f.name === 'guideline.docx')!.data as Uint8Array,
  };
}

const DELETED = '相談の受付日時及び受付方法';
const INSERTED = '（受付番号を含む。）';

/**
 * The sample with tracked changes as Word writes them: the run of the first 号 of 第１１条
 * deleted (w:del, its text in w:delText) and a run inserted after it (w:ins).
 */
function trackedChanges(): Uint8Array {
  const files = unzipSync(docxOf(configs[0]![1]).data);
  const xml = strFromU8(files['word/document.xml']!);
  const run = `<w:r><w:t xml:space="preserve">${DELETED}</w:t></w:r>`;
  if (!xml.includes(run)) throw new Error('the run to delete is not in the sample');
  const edited = xml.replace(
    run,
    `<w:del w:id="9001" w:author="client" w:date="2026-11-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${DELETED}</w:delText></w:r></w:del>` +
      `<w:ins w:id="9002" w:author="client" w:date="2026-11-01T00:00:00Z"><w:r><w:t xml:space="preserve">相談の受付日時${INSERTED}</w:t></w:r></w:ins>`,
  );
  files['word/document.xml'] = strToU8(edited);
  return zipSync(files);
}

function expectTrackedChangesRead(doc: Document): void {
  const records = doc.articles.find((a) => a.id === 'records')!;
  const first = records.paragraphs[0]!.items[0]!;
  expect(inlineText(first.content, doc.meta.style)).toBe(`相談の受付日時${INSERTED}`);
  expect(JSON.stringify(doc)).not.toContain(DELETED);
}

describe('tracked changes made by hand', () => {
  it('should read the inserted text and not the deleted one', () => {
    expectTrackedChangesRead(readDocx(trackedChanges(), 'tracked.docx'));
  });
});

describe.skipIf(sofficeSkip)('guideline.docx saved by LibreOffice with no edit', () => {
  let dir: string;
  const originals = new Map<string, string>();
  const saved = new Map<string, string>();
  const models = new Map<string, Document>();

  beforeAll(() => {
    if (!soffice) return;
    dir = mkdtempSync(path.join(tmpdir(), 'hinagata-docx-roundtrip-'));
    const inputs: string[] = [];
    for (const [name, config] of configs) {
      const { doc, data } = docxOf(config);
      const file = path.join(dir, `${name}.docx`);
      writeFileSync(file, data);
      inputs.push(file);
      originals.set(name, file);
      models.set(name, doc);
    }
    const tracked = path.join(dir, 'tracked.docx');
    writeFileSync(tracked, trackedChanges());
    inputs.push(tracked);
    // "Open, then save as .docx": one run for every file, a profile of its own so that a
    // LibreOffice already open does not matter.
    const out = path.join(dir, 'saved');
    mkdirSync(out);
    sofficeConvert(inputs, 'docx:MS Word 2007 XML', out, dir, 120_000);
    for (const file of inputs)
      saved.set(path.basename(file, '.docx'), path.join(out, path.basename(file)));
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('should find LibreOffice (CI installs libreoffice-writer-nogui)', () => {
    expect(soffice, 'soffice is not on the PATH').not.toBe('');
  });

  const read = (file: string) => readDocx(new Uint8Array(readFileSync(file)), path.basename(file));

  it.each(configs.map(([name]) => name))(
    'should read %s as saved by LibreOffice as the document it was written from',
    (name) => {
      const original = read(originals.get(name)!);
      const back = read(saved.get(name)!);
      expect(project(back)).toEqual(project(models.get(name)!));
      expect(project(back)).toEqual(project(original));
      // LibreOffice may write a REF field's result in ASCII digits (「第7条」 for 「第７条」);
      // nothing else of a reference may change, and the reader shows it in the document's width.
      const refs = (d: Document) => d.articles.flatMap((a) => refsOf(a));
      expect(refs(back).map((r) => r.target)).toEqual(refs(original).map((r) => r.target));
      expect(refs(back).map((r) => r.display)).toEqual(refs(original).map((r) => r.display));
    },
  );

  it.each(configs.map(([name]) => name))(
    'should give the same validator findings for %s and its LibreOffice copy',
    async (name) => {
      const report = await validateFiles([originals.get(name)!, saved.get(name)!]);
      const findings = (i: number) =>
        report.files[i]!.findings.map(({ file: _file, ...rest }) => rest);
      expect(report.files.map((f) => f.status)).toEqual(['ok', 'ok']);
      expect(findings(1)).toEqual(findings(0));
    },
  );

  it.each(configs.map(([name]) => name))(
    'should show no change between %s and its LibreOffice copy in hinagata diff',
    (name) => {
      const diff = compareDocuments(
        read(originals.get(name)!),
        read(saved.get(name)!),
        '2026-12-01',
      );
      expect(diff.summary).toEqual({
        added: [],
        removed: [],
        moved: [],
        changed: [],
        renumbered: [],
      });
      expect(diff.articles.map((a) => a.status)).toEqual(
        models.get(name)!.articles.map(() => 'same'),
      );
      expect(diff.supplementary.every((l) => l.status === 'same')).toBe(true);
      expect(diff.title).toBe(models.get(name)!.meta.title);
    },
  );

  it('should still read tracked changes as accepted after LibreOffice saved them', () => {
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(saved.get('tracked')!)))['word/document.xml']!,
    );
    expect(xml).toContain('<w:del ');
    expect(xml).toContain('<w:ins ');
    expectTrackedChangesRead(read(saved.get('tracked')!));
  });
});
