// The library entry for one build: config file → document → rendered files (in memory).
import { assemble, locateDiagnostics } from './assemble/assemble.js';
import { loadConfigFile, parseConfigText, type LoadedConfig } from './config/load.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { Document } from './model/types.js';
import type { OutputFile } from './output/atomic.js';
import { renderDocx } from './render/docx/render.js';
import { renderHtml } from './render/html/render.js';
import { renderMarkdown } from './render/markdown/render.js';
import { pdfFaces } from './render/pdf/fonts.js';
import { checkGlyphs } from './render/pdf/glyphs.js';
import { renderPdf } from './render/pdf/render.js';
import { packageVersion } from './source/paths.js';

export const FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

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
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

export async function render(
  document: Document,
  formats: readonly Format[],
): Promise<OutputFile[]> {
  const ctx: RenderContext = {
    timestamp: buildTimestamp(document),
    generator: `hinagata ${packageVersion()}`,
  };
  const out: OutputFile[] = [];
  for (const f of formats)
    out.push({ name: `guideline.${f}`, data: await renderers[f](document, ctx) });
  return out;
}

export async function buildLoaded(
  loaded: LoadedConfig,
  formats: readonly Format[],
): Promise<BuildResult> {
  const { document, diagnostics } = assemble(loaded);
  if (formats.includes('pdf')) {
    // Characters the PDF font lacks are reported before drawing, with the field they came from.
    const faces = pdfFaces();
    diagnostics.push(
      ...locateDiagnostics(checkGlyphs(document, [faces.regular, faces.bold]), loaded),
    );
  }
  return { document, files: await render(document, formats), diagnostics };
}

export async function buildFile(file: string, formats: readonly Format[]): Promise<BuildResult> {
  return buildLoaded(await loadConfigFile(file), formats);
}

/** Builds from config text (YAML or JSON), e.g. for tests and the web app. */
export async function buildText(
  text: string,
  formats: readonly Format[],
  name = 'config.yaml',
  baseDir = process.cwd(),
): Promise<BuildResult> {
  return buildLoaded(parseConfigText(text, name, baseDir), formats);
}
