// The library entry for one build: config file → document → rendered files (in memory).
import { assemble, locateDiagnostics } from './assemble/assemble.js';
import { loadConfigFile, parseConfigText, type LoadedConfig } from './config/load.js';
import { assembleCommentary } from './commentary/assemble.js';
import { UserError, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import type { CommentaryDocument, Document } from './model/types.js';
import { recordForm } from './record-form/form.js';
import { renderCommentaryDocx } from './render/commentary/docx.js';
import { renderCommentaryHtml } from './render/commentary/html.js';
import { renderCommentaryMarkdown } from './render/commentary/markdown.js';
import { renderCommentaryPdf } from './render/commentary/pdf.js';
import { renderRecordFormDocx } from './render/record-form/docx.js';
import { renderRecordFormPdf } from './render/record-form/pdf.js';
import type { OutputFile } from './output/folder.js';
import { renderDocx } from './render/docx/render.js';
import { renderHtml } from './render/html/render.js';
import { renderMarkdown } from './render/markdown/render.js';
import { pdfFaces } from './render/pdf/fonts.js';
import { checkGlyphs } from './render/pdf/glyphs.js';
import { renderPdf } from './render/pdf/render.js';
import { validateDocument } from './validate/validate.js';
import { packageVersion } from './source/paths.js';

export const FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** The documents of a deliverable: the guideline, its 逐条解説書 and the 相談記録票. */
export const DOCS = ['guideline', 'commentary', 'record-form'] as const;
export type DocKind = (typeof DOCS)[number];

export interface RenderContext {
  /** Fixed date for document properties and zip entries: same config, same bytes. */
  timestamp: Date;
  generator: string;
}

const renderers: Record<
  Format,
  (doc: Document, ctx: RenderContext) => string | Uint8Array | Promise<Uint8Array>
> = {
  docx: (doc, ctx) => renderDocx(doc, ctx),
  pdf: (doc, ctx) => renderPdf(doc, ctx),
  md: (doc) => renderMarkdown(doc),
  html: (doc) => renderHtml(doc),
};

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the document's latest date. */
export function buildTimestamp(doc: Document, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${doc.meta.lastRevised}T00:00:00Z`);
}

export interface BuildResult {
  document: Document;
  commentary?: CommentaryDocument;
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

const commentaryRenderers: Record<
  Format,
  (doc: CommentaryDocument, ctx: RenderContext) => string | Uint8Array | Promise<Uint8Array>
> = {
  docx: (doc, ctx) => renderCommentaryDocx(doc, ctx),
  pdf: (doc, ctx) => renderCommentaryPdf(doc, ctx),
  md: (doc) => renderCommentaryMarkdown(doc),
  html: (doc) => renderCommentaryHtml(doc),
};

/** The record form is a form to print or fill in: Word and PDF only. */
const recordFormRenderers: Partial<
  Record<Format, (doc: Document, ctx: RenderContext) => Uint8Array | Promise<Uint8Array>>
> = {
  docx: (doc, ctx) => renderRecordFormDocx(recordForm(doc), doc.meta, ctx),
  pdf: (doc, ctx) => renderRecordFormPdf(recordForm(doc), doc.meta, ctx),
};

function renderContext(document: Document): RenderContext {
  return { timestamp: buildTimestamp(document), generator: `hinagata ${packageVersion()}` };
}

export async function render(
  document: Document,
  formats: readonly Format[],
): Promise<OutputFile[]> {
  const ctx = renderContext(document);
  const out: OutputFile[] = [];
  for (const f of formats)
    out.push({ name: `guideline.${f}`, data: await renderers[f](document, ctx) });
  return out;
}

export async function buildLoaded(
  loaded: LoadedConfig,
  formats: readonly Format[],
  docs: readonly DocKind[] = ['guideline'],
  options: { force?: boolean } = {},
): Promise<BuildResult> {
  const { document, diagnostics, context } = assemble(loaded);
  // What is assembled is validated like any file: a company's override may have lost a required
  // provision, and an invalid guideline is not written unless the user insists (--force).
  const findings = validateDocument(document, loaded.file);
  if (hasErrors(findings) && !options.force) throw new UserError([...diagnostics, ...findings]);
  diagnostics.push(
    ...findings.map((f) => (f.severity === 'error' ? { ...f, severity: 'warning' as const } : f)),
  );
  let commentary: CommentaryDocument | undefined;
  if (docs.includes('commentary')) {
    const c = assembleCommentary(document, context);
    diagnostics.push(...c.diagnostics);
    if (hasErrors(diagnostics)) throw new UserError(diagnostics);
    commentary = c.commentary;
  }
  if (formats.includes('pdf')) {
    // Characters the PDF font lacks are reported before drawing, with the field they came from.
    const faces = pdfFaces();
    diagnostics.push(
      ...locateDiagnostics(checkGlyphs(document, [faces.regular, faces.bold], commentary), loaded),
    );
  }
  const ctx = renderContext(document);
  const files: OutputFile[] = [];
  if (docs.includes('guideline')) files.push(...(await render(document, formats)));
  if (commentary) {
    // The PDF first: the Word file's 目次 then caches its page numbers without a second layout.
    const rendered = new Map<Format, string | Uint8Array>();
    for (const f of [...formats].sort((a, b) => Number(b === 'pdf') - Number(a === 'pdf')))
      rendered.set(f, await commentaryRenderers[f](commentary, ctx));
    for (const f of formats) files.push({ name: `commentary.${f}`, data: rendered.get(f) ?? '' });
  }
  if (docs.includes('record-form')) {
    for (const f of formats) {
      const r = recordFormRenderers[f];
      if (r) files.push({ name: `record-form.${f}`, data: await r(document, ctx) });
    }
  }
  return { document, ...(commentary ? { commentary } : {}), files, diagnostics };
}

export async function buildFile(
  file: string,
  formats: readonly Format[],
  docs: readonly DocKind[] = ['guideline'],
  options: { force?: boolean } = {},
): Promise<BuildResult> {
  return buildLoaded(await loadConfigFile(file), formats, docs, options);
}

/** Builds from config text (YAML or JSON), e.g. for tests and the web app. */
export async function buildText(
  text: string,
  formats: readonly Format[],
  docs: readonly DocKind[] = ['guideline'],
  name = 'config.yaml',
  baseDir = process.cwd(),
): Promise<BuildResult> {
  return buildLoaded(parseConfigText(text, name, baseDir), formats, docs);
}
