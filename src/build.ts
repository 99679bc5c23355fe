// The library entry for one build: config file → document → rendered files (in memory).
import { assemble, locateDiagnostics } from './assemble/assemble.js';
import { loadConfigFile, parseConfigText, type LoadedConfig } from './config/load.js';
import { assembleCommentary } from './commentary/assemble.js';
import { UserError, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import type { CommentaryDocument, Document } from './model/types.js';
import type { OutputFile } from './output/folder.js';
import { pdfFaces } from './render/pdf/fonts.js';
import { checkGlyphs } from './render/pdf/glyphs.js';
import { validateDocument } from './validate/validate.js';
import { packageVersion } from './source/paths.js';
import {
  DOCS,
  fileName,
  writerFor,
  type DocKind,
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
  const files = await renderAll(
    { guideline: document, ...(commentary ? { commentary } : {}) },
    DOCS.filter((d) => docs.includes(d)),
    formats,
    renderContext(document),
  );
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
