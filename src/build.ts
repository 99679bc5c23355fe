// The library entry for one build: config file → document → rendered files (in memory).
import { assemble } from './assemble/assemble.js';
import { loadConfigFile, parseConfigText, type LoadedConfig } from './config/load.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { Document } from './model/types.js';
import type { OutputFile } from './output/atomic.js';
import { renderHtml } from './render/html/render.js';
import { renderMarkdown } from './render/markdown/render.js';
import { renderDocx } from './render/docx/render.js';
import { packageVersion } from './source/paths.js';

export const FORMATS = ['docx', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];
/** Formats named in interfaces.md that later issues add. */
export const PLANNED_FORMATS = ['pdf'] as const;

export interface RenderContext {
  /** Fixed date for document properties and zip entries: same config, same bytes. */
  timestamp: Date;
  generator: string;
}

const renderers: Record<Format, (doc: Document, ctx: RenderContext) => string | Uint8Array> = {
  docx: (doc, ctx) => renderDocx(doc, ctx),
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

export function render(document: Document, formats: readonly Format[]): OutputFile[] {
  const ctx: RenderContext = {
    timestamp: buildTimestamp(document),
    generator: `hinagata ${packageVersion()}`,
  };
  return formats.map((f) => ({ name: `guideline.${f}`, data: renderers[f](document, ctx) }));
}

export function buildLoaded(loaded: LoadedConfig, formats: readonly Format[]): BuildResult {
  const { document, diagnostics } = assemble(loaded);
  return { document, files: render(document, formats), diagnostics };
}

export async function buildFile(file: string, formats: readonly Format[]): Promise<BuildResult> {
  return buildLoaded(await loadConfigFile(file), formats);
}

/** Builds from config text (YAML or JSON), e.g. for tests and the web app. */
export function buildText(
  text: string,
  formats: readonly Format[],
  name = 'config.yaml',
  baseDir = process.cwd(),
): BuildResult {
  return buildLoaded(parseConfigText(text, name, baseDir), formats);
}
