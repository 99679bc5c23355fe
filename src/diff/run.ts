// `hinagata diff OLD NEW`: reads both (configs are assembled, .docx and .md read back), compares
// them and renders the 新旧対照表 (docx, pdf, html) and the redline (docx).
import type { Document, DocumentMeta } from '../model/types.js';
import type { OutputFile } from '../output/folder.js';
import { renderComparisonDocx } from '../render/comparison/docx.js';
import { renderComparisonHtml, type ComparisonOptions } from '../render/comparison/html.js';
import { renderComparisonPdf } from '../render/comparison/pdf.js';
import { renderRedlineDocx } from '../render/comparison/redline.js';
import { packageVersion } from '../source/paths.js';
import { readInput } from '../validate/inputs.js';
import { compareDocuments } from './compare.js';
import type { DiffDocument } from './model.js';

export interface DiffOptions extends ComparisonOptions {
  author?: string;
}

/** The date of the tracked changes and the files: SOURCE_DATE_EPOCH, else the newer document's. */
export function diffDate(
  oldDoc: Document,
  newDoc: Document,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch))
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return newDoc.meta.lastRevised || oldDoc.meta.lastRevised || '2000-01-01';
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

export async function diffFiles(
  oldFile: string,
  newFile: string,
  options: DiffOptions = {},
): Promise<{ diff: DiffDocument; files: OutputFile[] }> {
  const oldDoc = (await readInput(oldFile)).doc;
  const newDoc = (await readInput(newFile)).doc;
  const date = diffDate(oldDoc, newDoc);
  const diff = compareDocuments(oldDoc, newDoc, date);
  const meta = metaFor(newDoc);
  const ctx = {
    timestamp: new Date(`${date}T00:00:00Z`),
    generator: `hinagata ${packageVersion()}`,
  };
  const files: OutputFile[] = [
    { name: 'comparison.docx', data: renderComparisonDocx(diff, meta, { ...options, ...ctx }) },
    { name: 'comparison.pdf', data: await renderComparisonPdf(diff, meta, { ...options, ...ctx }) },
    { name: 'comparison.html', data: renderComparisonHtml(diff, options) },
    {
      name: 'redline.docx',
      data: renderRedlineDocx(diff, meta, { ...ctx, author: options.author ?? 'hinagata' }),
    },
  ];
  return { diff, files };
}
