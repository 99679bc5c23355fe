// The library entry for one comparison: two versions (configs, .docx or .md files in any mix) →
// the DiffDocument → the 新旧対照表 (docx, pdf, html) and the redline (docx), through the one
// table of writers. Both are read from the same DiffDocument, so they agree.
import { stat } from 'node:fs/promises';
import { buildLoaded } from './build.js';
import { loadConfigFile } from './config/load.js';
import { UserError } from './diagnostics/diagnostic.js';
import type { NoticeDocument } from './model/notice.js';
import { digits } from './number/format.js';
import { compareDocuments } from './diff/compare.js';
import type { DiffDocument } from './diff/model.js';
import { redlineDocument } from './diff/redline.js';
import type { Document, DocumentMeta } from './model/types.js';
import type { DocKind, NoticeKind } from './writers.js';
import type { OutputFile } from './output/folder.js';
import type { ComparisonOptions } from './render/comparison/html.js';
import { packageVersion } from './source/paths.js';
import { readInput } from './validate/inputs.js';
import {
  COMPARISON_DOCS,
  fileName,
  isNoticeKind,
  WRITERS,
  type ComparisonDocKind,
  type Sources,
} from './writers.js';

export interface DiffOptions extends ComparisonOptions {
  /** Author of the redline's tracked changes (default: the newer version's company). */
  author?: string;
  /**
   * The document to compare (a document id of the configs' pack; default the guideline). A
   * section document (the 基本方針, the employees' notice) is compared between two configs and
   * gives the 新旧対照表 only: its redline would be laid out as a guideline.
   */
  doc?: string;
}

/** A section document as a Document whose articles are its sections, for the diff. */
export function noticeAsDocument(n: NoticeDocument): Document {
  return {
    type: 'document',
    meta: n.meta,
    articles: n.sections.map((s) => ({
      type: 'article',
      id: s.id,
      title: s.heading,
      number: s.number,
      provisions: [],
      optional: false,
      // Every paragraph of a section is printed without a number.
      paragraphs: s.paragraphs.map((p) => ({ ...p, number: 1 })),
      origin: { file: n.file, clause: `${n.kind}#${s.id}` },
    })),
    supplementary: [],
    revisions: [],
  };
}

/** Sections are 「１」「２」…, not 第１条: the table's labels say so. */
function sectionLabels(diff: DiffDocument, style: Document['meta']['style']): DiffDocument {
  const label = (n: number | undefined) => (n === undefined ? undefined : digits(n, style));
  // 「第４条（見出し）」 in the summary → 「４　見出し」.
  const relabel = (list: string[]) =>
    list.map((h) => h.replace(/^第(.+?)条（(.*)）$/u, '$1\u3000$2'));
  const s = diff.summary;
  return {
    ...diff,
    summary: {
      ...s,
      added: relabel(s.added),
      removed: relabel(s.removed),
      moved: relabel(s.moved),
      changed: relabel(s.changed),
      renumbered: relabel(s.renumbered),
    },
    articles: diff.articles.map((a) => {
      const oldNumberLabel = label(a.oldNumber);
      const newNumberLabel = label(a.newNumber);
      return {
        ...a,
        ...(oldNumberLabel !== undefined
          ? { oldNumberLabel, oldHeading: `${oldNumberLabel}\u3000${a.oldTitle ?? ''}` }
          : {}),
        ...(newNumberLabel !== undefined
          ? { newNumberLabel, newHeading: `${newNumberLabel}\u3000${a.newTitle ?? ''}` }
          : {}),
      };
    }),
  };
}

const CONFIG = /\.(ya?ml|json)$/i;

async function noticeOf(file: string, kind: string): Promise<NoticeDocument> {
  if (!CONFIG.test(file)) {
    throw new UserError([
      {
        rule: 'diff/section-document-input',
        severity: 'error',
        file,
        message: `文書 ${kind} は設定ファイル（.yaml/.json）どうしでだけ比べられます`,
        hint: '改正前と改正後の設定ファイルを指定してください',
      },
    ]);
  }
  const result = await buildLoaded(await loadConfigFile(file), [], [kind as DocKind]);
  const notice = result.notices?.[kind as NoticeKind];
  if (!notice) throw new Error(`${kind} was not assembled`);
  return notice;
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
  docs: readonly ComparisonDocKind[] = COMPARISON_DOCS,
): Promise<{ diff: DiffDocument; files: OutputFile[] }> {
  const compared = compareDocuments(oldDoc, newDoc, date);
  const diff = docs.includes('redline') ? compared : sectionLabels(compared, newDoc.meta.style);
  const meta = metaFor(newDoc);
  const { author, doc: _doc, ...tableOptions } = options;
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
  for (const doc of COMPARISON_DOCS.filter((d) => docs.includes(d)))
    for (const w of WRITERS.filter((x) => x.doc === doc))
      files.push({ name: fileName(w), data: await w.render(src, ctx) });
  return { diff, files };
}

export async function diffFiles(
  oldFile: string,
  newFile: string,
  options: DiffOptions = {},
): Promise<{ diff: DiffDocument; files: OutputFile[] }> {
  if (options.doc !== undefined && options.doc !== 'guideline') {
    if (!isNoticeKind(options.doc)) {
      throw new UserError([
        {
          rule: 'diff/unknown-document',
          severity: 'error',
          message: `文書 ${options.doc} は比べられません`,
          hint: '比べられる文書: guideline と、基本方針などの節からなる文書（hinagata build --help の --docs）',
        },
      ]);
    }
    const oldDoc = noticeAsDocument(await noticeOf(oldFile, options.doc));
    const newDoc = noticeAsDocument(await noticeOf(newFile, options.doc));
    const date = await diffDate(oldDoc, newDoc, newFile);
    return renderComparison(oldDoc, newDoc, date, options, ['comparison']);
  }
  const oldDoc = (await readInput(oldFile)).doc;
  const newDoc = (await readInput(newFile)).doc;
  return renderComparison(oldDoc, newDoc, await diffDate(oldDoc, newDoc, newFile), options);
}
