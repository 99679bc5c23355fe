// The one table of documents × formats: which documents hinagata writes, in which formats, under
// which file name and MIME type, and the writer that renders each from the models (the way
// pandoc keeps its writers in one list). `build`, `diff` and the web app all look writers up here.
import type { DiffDocument } from './diff/model.js';
import type { NoticeDocument } from './model/notice.js';
import type { CommentaryDocument, Document } from './model/types.js';
import { recordForm } from './record-form/form.js';
import { renderCommentaryDocx } from './render/commentary/docx.js';
import { renderCommentaryHtml } from './render/commentary/html.js';
import { renderCommentaryMarkdown } from './render/commentary/markdown.js';
import { renderCommentaryPdf } from './render/commentary/pdf.js';
import { renderComparisonDocx } from './render/comparison/docx.js';
import { renderComparisonHtml, type ComparisonOptions } from './render/comparison/html.js';
import { renderComparisonPdf } from './render/comparison/pdf.js';
import type { RevisionAuthor } from './render/docx/body.js';
import { renderDocx } from './render/docx/render.js';
import { renderHtml } from './render/html/render.js';
import { renderMarkdown } from './render/markdown/render.js';
import { renderNoticeDocx } from './render/notice/docx.js';
import { renderNoticeHtml } from './render/notice/html.js';
import { renderNoticeMarkdown } from './render/notice/markdown.js';
import { renderNoticePdf } from './render/notice/pdf.js';
import { renderPdf } from './render/pdf/render.js';
import { renderRecordFormDocx } from './render/record-form/docx.js';
import { renderRecordFormPdf } from './render/record-form/pdf.js';

export {
  DOCS,
  FORMATS,
  NOTICE_DOCS,
  type DocKind,
  type Format,
  type NoticeKind,
} from './formats.js';
import { NOTICE_DOCS, type DocKind, type Format, type NoticeKind } from './formats.js';

export const isNoticeKind = (d: string): d is NoticeKind =>
  (NOTICE_DOCS as readonly string[]).includes(d);

/** The documents of a comparison: the 新旧対照表 and the redline (見え消し版). */
export const COMPARISON_DOCS = ['comparison', 'redline'] as const;
export type ComparisonDocKind = (typeof COMPARISON_DOCS)[number];

export interface RenderContext {
  /** Fixed date for document properties and zip entries: same config, same bytes. */
  timestamp: Date;
  generator: string;
}

/** What the writers read: the guideline, and what else the documents asked for are made of. */
export interface Sources {
  /** The guideline (for a comparison: the newer version, whose fonts and style apply). */
  guideline: Document;
  commentary?: CommentaryDocument;
  /** The section documents asked for, by kind (same config, same view as the guideline). */
  notices?: Partial<Record<NoticeKind, NoticeDocument>>;
  comparison?: {
    diff: DiffDocument;
    /** The diff as one document with change marks (src/diff/redline.ts). */
    redline: Document;
    options: ComparisonOptions;
    revision: RevisionAuthor;
  };
}

export interface Writer {
  doc: DocKind | ComparisonDocKind;
  format: Format;
  mime: string;
  render: (src: Sources, ctx: RenderContext) => string | Uint8Array | Promise<string | Uint8Array>;
}

export const MIME: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} was not prepared for this writer`);
  return value;
}

const commentary = (s: Sources) => need(s.commentary, 'the commentary');
const notice = (s: Sources, kind: NoticeKind) => need(s.notices?.[kind], `the ${kind}`);

/** A section document in every format; its HTML is a fragment to paste into a web page. */
const noticeWriters = (kind: NoticeKind): Writer[] => [
  entry(kind, 'docx', (s, ctx) => renderNoticeDocx(notice(s, kind), ctx)),
  entry(kind, 'pdf', (s, ctx) => renderNoticePdf(notice(s, kind), ctx)),
  entry(kind, 'md', (s) => renderNoticeMarkdown(notice(s, kind))),
  entry(kind, 'html', (s) => renderNoticeHtml(notice(s, kind))),
];
const comparison = (s: Sources) => need(s.comparison, 'the comparison');

const entry = (doc: Writer['doc'], format: Format, render: Writer['render']): Writer => ({
  doc,
  format,
  mime: MIME[format],
  render,
});

export const WRITERS: readonly Writer[] = [
  entry('guideline', 'docx', (s, ctx) => renderDocx(s.guideline, ctx)),
  entry('guideline', 'pdf', (s, ctx) => renderPdf(s.guideline, ctx)),
  entry('guideline', 'md', (s) => renderMarkdown(s.guideline)),
  entry('guideline', 'html', (s) => renderHtml(s.guideline)),
  entry('commentary', 'docx', (s, ctx) => renderCommentaryDocx(commentary(s), ctx)),
  entry('commentary', 'pdf', (s, ctx) => renderCommentaryPdf(commentary(s), ctx)),
  entry('commentary', 'md', (s) => renderCommentaryMarkdown(commentary(s))),
  entry('commentary', 'html', (s) => renderCommentaryHtml(commentary(s))),
  // The record form is a form to print or fill in: Word and PDF only.
  entry('record-form', 'docx', (s, ctx) =>
    renderRecordFormDocx(recordForm(s.guideline), s.guideline.meta, ctx),
  ),
  entry('record-form', 'pdf', (s, ctx) =>
    renderRecordFormPdf(recordForm(s.guideline), s.guideline.meta, ctx),
  ),
  ...NOTICE_DOCS.flatMap(noticeWriters),
  entry('comparison', 'docx', (s, ctx) =>
    renderComparisonDocx(comparison(s).diff, s.guideline.meta, {
      ...comparison(s).options,
      ...ctx,
    }),
  ),
  entry('comparison', 'pdf', (s, ctx) =>
    renderComparisonPdf(comparison(s).diff, s.guideline.meta, { ...comparison(s).options, ...ctx }),
  ),
  entry('comparison', 'html', (s) =>
    renderComparisonHtml(comparison(s).diff, comparison(s).options),
  ),
  // The redline is the guideline itself with tracked changes: the guideline's own Word writer.
  entry('redline', 'docx', (s, ctx) =>
    renderDocx(
      {
        ...comparison(s).redline,
        // Only the file's properties say 見え消し版: accepting every change gives the guideline.
        meta: {
          ...comparison(s).redline.meta,
          title: `${comparison(s).redline.meta.title}（見え消し版）`,
        },
      },
      { ...ctx, revision: comparison(s).revision },
    ),
  ),
];

export function writerFor(doc: Writer['doc'], format: Format): Writer | undefined {
  return WRITERS.find((w) => w.doc === doc && w.format === format);
}

/** 「guideline.docx」「redline.docx」. */
export const fileName = (w: Pick<Writer, 'doc' | 'format'>): string => `${w.doc}.${w.format}`;
