// A fresh build through LibreOffice, as a client would send it back: the same saves as the
// committed fixtures (test/fixtures/saved/edits.json), on what the writer produces today. Saved
// unchanged, the file validates with the original's findings and diffs empty against it; after
// each edit the diff shows exactly that edit. Skipped without LibreOffice and a Python with uno,
// except under CI (which installs them), so the fixtures can never hide a change of the writer.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import {
  diffOf,
  expectDeletedItem,
  expectInsertedArticle,
  expectNoChange,
  expectReworded,
  expectTracked,
  findingsOf,
} from '../helpers/client-edits.js';
import { runUnoJobs, unoSkip, type SaveJob } from '../helpers/libreoffice.js';

const repo = path.resolve(import.meta.dirname, '../..');
const { saves } = JSON.parse(
  readFileSync(path.join(repo, 'test/fixtures/saved/edits.json'), 'utf8'),
) as { saves: Record<string, Omit<SaveJob, 'type' | 'file' | 'out'>> };
const EXAMPLES = ['sample', 'email-only', 'full-options'];

describe.skipIf(unoSkip)('a fresh guideline.docx saved by LibreOffice', () => {
  let dir: string;
  const counts = new Map<string, number>();
  const file = (example: string, name: string) => path.join(dir, example, `${name}.docx`);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hinagata-client-'));
    const jobs: SaveJob[] = [];
    for (const example of EXAMPLES) {
      const text = readFileSync(path.join(repo, 'examples', `${example}.yaml`), 'utf8');
      const built = await buildText(text, ['docx'], ['guideline'], `${example}.yaml`, repo);
      counts.set(example, built.document.articles.length);
      mkdirSync(path.join(dir, example));
      writeFileSync(file(example, 'original'), built.files[0]!.data);
      for (const [name, save] of Object.entries(saves))
        jobs.push({
          type: 'save',
          ...save,
          file: file(example, 'original'),
          out: file(example, name),
        });
    }
    await runUnoJobs(jobs);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe.each(EXAMPLES)('%s', (example) => {
    it('saved unchanged: the same findings and no diff', async () => {
      expect(await findingsOf(file(example, 'roundtrip'))).toEqual(
        await findingsOf(file(example, 'original')),
      );
      expectNoChange(await diffOf(file(example, 'original'), file(example, 'roundtrip')));
    });

    it('an inserted article, a deleted 号, a reworded sentence: each diff is exactly that', async () => {
      const original = file(example, 'original');
      expectInsertedArticle(
        await diffOf(original, file(example, 'insert-article')),
        counts.get(example)!,
      );
      expectDeletedItem(await diffOf(original, file(example, 'delete-item')));
      expectReworded(await diffOf(original, file(example, 'reword')));
      expectTracked(await diffOf(original, file(example, 'tracked')));
    });
  });
});
