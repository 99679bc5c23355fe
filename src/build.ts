// The library entry for one build: config file → document → rendered files (in memory).
import { assemble, locateDiagnostics, templateOf } from './assemble/assemble.js';
import { assembleNotice } from './assemble/notice.js';
import { loadConfigFile, parseConfigText, type LoadedConfig } from './config/load.js';
import { assembleCommentary } from './commentary/assemble.js';
import { UserError, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import type { NoticeDocument } from './model/notice.js';
import type { CommentaryDocument, Document } from './model/types.js';
import type { OutputFile } from './output/folder.js';
import { pdfFaces } from './render/pdf/fonts.js';
import { checkGlyphs } from './render/pdf/glyphs.js';
import { validateDocument } from './validate/validate.js';
import { validateNotices } from './validate/notice.js';
import { packageVersion } from './source/paths.js';
import {
  fileName,
  isNoticeKind,
  writerFor,
  type DocKind,
  type NoticeKind,
  type Format,
  type RenderContext,
  type Sources,
} from './writers.js';

export { DOCS, FORMATS, type DocKind, type Format, type RenderContext } from './writers.js';

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the document's latest date. */
export function buildTimestamp(doc: Document, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${doc.meta.lastRevised}T00:00:00Z`);
}

export interface BuildResult {
  document: Document;
  commentary?: CommentaryDocument;
  notices?: Partial<Record<NoticeKind, NoticeDocument>>;
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

function renderContext(document: Document): RenderContext {
  return { timestamp: buildTimestamp(document), generator: `hinagata ${packageVersion()}` };
}

/** Renders documents of the deliverable through the writers' table, in the order asked. */
async function renderAll(
  src: Sources,
  docs: readonly DocKind[],
  formats: readonly Format[],
  ctx: RenderContext,
): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const doc of docs) {
    // The commentary's PDF first: its Word file's 目次 then caches the page numbers without a
    // second layout.
    const order =
      doc === 'commentary'
        ? [...formats].sort((a, b) => Number(b === 'pdf') - Number(a === 'pdf'))
        : formats;
    const rendered = new Map<Format, string | Uint8Array>();
    for (const f of order) {
      const w = writerFor(doc, f);
      if (w) rendered.set(f, await w.render(src, ctx));
    }
    for (const f of formats) {
      const data = rendered.get(f);
      if (data !== undefined) files.push({ name: fileName({ doc, format: f }), data });
    }
  }
  return files;
}

export async function render(
  document: Document,
  formats: readonly Format[],
): Promise<OutputFile[]> {
  return renderAll({ guideline: document }, ['guideline'], formats, renderContext(document));
}

/**
 * Builds the documents asked for (none: the pack's default documents), in the pack's order. A
 * document the config's pack does not offer is the user's error.
 */
export async function buildLoaded(
  loaded: LoadedConfig,
  formats: readonly Format[],
  docs: readonly DocKind[] = ['guideline'],
  options: { force?: boolean } = {},
): Promise<BuildResult> {
  const pack = templateOf(loaded);
  const offered = pack.documents.map((d) => d.id);
  const unknown = docs.filter((d) => !offered.includes(d));
  if (unknown.length > 0) {
    throw new UserError([
      {
        rule: 'build/unknown-document',
        severity: 'error',
        file: loaded.file,
        message: `テンプレート「${pack.id}」には文書 ${unknown.join(', ')} がありません`,
        hint: `作れる文書: ${offered.join(', ')}`,
      },
    ]);
  }
  const wanted = pack.documents
    .filter((d) => (docs.length === 0 ? d.default : docs.includes(d.id as DocKind)))
    .map((d) => d.id as DocKind);
  const { document, diagnostics, context } = assemble(loaded);
  // What is assembled is validated like any file: a company's override may have lost a required
  // provision, and an invalid guideline is not written unless the user insists (--force).
  const findings = validateDocument(document, loaded.file);
  // The section documents come from the same view and tokens as the guideline.
  const notices: Partial<Record<NoticeKind, NoticeDocument>> = {};
  for (const d of pack.documents) {
    if (!wanted.includes(d.id as DocKind) || !isNoticeKind(d.id)) continue;
    const n = assembleNotice(pack, d, document, context);
    diagnostics.push(...n.diagnostics);
    if (n.notice) notices[d.id] = n.notice;
  }
  if (hasErrors(diagnostics)) throw new UserError(diagnostics);
  findings.push(...validateNotices(Object.values(notices), document, loaded.file));
  if (hasErrors(findings) && !options.force) throw new UserError([...diagnostics, ...findings]);
  diagnostics.push(
    ...findings.map((f) => (f.severity === 'error' ? { ...f, severity: 'warning' as const } : f)),
  );
  let commentary: CommentaryDocument | undefined;
  if (wanted.includes('commentary')) {
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
  const hasNotices = Object.keys(notices).length > 0;
  const files = await renderAll(
    {
      guideline: document,
      ...(commentary ? { commentary } : {}),
      ...(hasNotices ? { notices } : {}),
    },
    wanted,
    formats,
    renderContext(document),
  );
  return {
    document,
    ...(commentary ? { commentary } : {}),
    ...(hasNotices ? { notices } : {}),
    files,
    diagnostics,
  };
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
