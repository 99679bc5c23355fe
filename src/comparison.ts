// The library entry for one comparison: two versions (configs, .docx or .md files in any mix) →
// the DiffDocument → the 新旧対照表 (docx, pdf, html) and the redline (docx), through the one
// table of writers. Both are read from the same DiffDocument, so they agree.
import { stat } from 'node:fs/promises';
import { compareDocuments } from './diff/compare.js';
import type { DiffDocument } from './diff/model.js';
import { redlineDocument } from './diff/redline.js';
import type { Document, DocumentMeta } from './model/types.js';
import type { OutputFile } from './output/folder.js';
import type { ComparisonOptions } from './render/comparison/html.js';
import { packageVersion } from './source/paths.js';
import { readInput } from './validate/inputs.js';
import { COMPARISON_DOCS, fileName, WRITERS, type Sources } from './writers.js';

export interface DiffOptions extends ComparisonOptions {
  /** Author of the redline's tracked changes (default: the newer version's company). */
  author?: string;
}

/**
 * The date of the tracked changes and the files: SOURCE_DATE_EPOCH, else the newer version's
 * (its last revision as its title page or config states it), else the older's, else the day the
 * newer file was last saved.
 */
export async function diffDate(
  oldDoc: Document,
  newDoc: Document,
  newFile?: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch))
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  const stated = newDoc.meta.lastRevised || oldDoc.meta.lastRevised;
  if (stated) return stated;
  if (newFile) return (await stat(newFile)).mtime.toISOString().slice(0, 10);
  return '1980-01-02';
}

/** Read-back documents carry no fonts: the guideline's defaults apply. */
function metaFor(doc: Document): DocumentMeta {
  return {
    ...doc.meta,
    fonts: {
      body: doc.meta.fonts.body || '游明朝',
      heading: doc.meta.fonts.heading || '游ゴシック',
    },
  };
}

/** Compares two documents and renders the comparison's files. */
export async function renderComparison(
  oldDoc: Document,
  newDoc: Document,
  date: string,
  options: DiffOptions = {},
): Promise<{ diff: DiffDocument; files: OutputFile[] }> {
  const diff = compareDocuments(oldDoc, newDoc, date);
  const meta = metaFor(newDoc);
  const { author, ...tableOptions } = options;
  const src: Sources = {
    guideline: { ...newDoc, meta },
    comparison: {
      diff,
      redline: redlineDocument(diff, meta),
      options: tableOptions,
      revision: { author: author ?? (newDoc.meta.company || 'hinagata'), date },
    },
  };
  const ctx = {
    timestamp: new Date(`${date}T00:00:00Z`),
    generator: `hinagata ${packageVersion()}`,
  };
  const files: OutputFile[] = [];
  for (const doc of COMPARISON_DOCS)
    for (const w of WRITERS.filter((x) => x.doc === doc))
      files.push({ name: fileName(w), data: await w.render(src, ctx) });
  return { diff, files };
}

export async function diffFiles(
  oldFile: string,
  newFile: string,
  options: DiffOptions = {},
): Promise<{ diff: DiffDocument; files: OutputFile[] }> {
  const oldDoc = (await readInput(oldFile)).doc;
  const newDoc = (await readInput(newFile)).doc;
  return renderComparison(oldDoc, newDoc, await diffDate(oldDoc, newDoc, newFile), options);
}
