// Files LibreOffice saved (test/fixtures/saved/, made by `npm run fixtures:libreoffice` from the
// file hinagata wrote beside them): unchanged, they give the original's findings and no diff;
// after each edit, the diff is exactly that edit. Runs without LibreOffice.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/validate/inputs.js';
import {
  diffOf,
  expectDeletedItem,
  expectInsertedArticle,
  expectNoChange,
  expectReworded,
  expectTracked,
  findingsOf,
} from '../helpers/client-edits.js';

const root = path.resolve(import.meta.dirname, '../fixtures/saved');
const sets = readdirSync(root).filter((d) => !d.includes('.'));

describe.each(sets)('a guideline saved by LibreOffice (%s)', (set) => {
  const file = (name: string) => path.join(root, set, `${name}.docx`);

  it('is the fixture set the script makes', () => {
    expect(readdirSync(path.join(root, set)).sort()).toEqual(
      ['delete-item', 'insert-article', 'original', 'reword', 'roundtrip', 'tracked'].map(
        (n) => `${n}.docx`,
      ),
    );
  });

  it('reads back, saved unchanged, as the same model: same findings, no diff', async () => {
    expect(await findingsOf(file('roundtrip'))).toEqual(await findingsOf(file('original')));
    expectNoChange(await diffOf(file('original'), file('roundtrip')));
  });

  it('shows an inserted article as exactly that', async () => {
    const count = (await readInput(file('original'))).doc.articles.length;
    expectInsertedArticle(await diffOf(file('original'), file('insert-article')), count);
  });

  it('shows a deleted 号 as exactly that, and the validator notices the lost definition', async () => {
    expectDeletedItem(await diffOf(file('original'), file('delete-item')));
    const lost = await findingsOf(file('delete-item'));
    expect(lost.filter((f) => !(f.split(' ')[0] ?? '').startsWith('C-'))).not.toEqual([]);
  });

  it('shows a reworded sentence as exactly that', async () => {
    expectReworded(await diffOf(file('original'), file('reword')));
  });

  it('reads tracked changes as accepted', async () => {
    expectTracked(await diffOf(file('original'), file('tracked')));
  });
});
