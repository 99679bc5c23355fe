// The library entry for one build: config file → document → rendered files (in memory).
import { assemble } from './assemble/assemble.js';
import { loadConfigFile, parseConfigText, type LoadedConfig } from './config/load.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { Document } from './model/types.js';
import type { OutputFile } from './output/atomic.js';
import { renderHtml } from './render/html/render.js';
import { renderMarkdown } from './render/markdown/render.js';

export const FORMATS = ['md', 'html'] as const;
export type Format = (typeof FORMATS)[number];
/** Formats named in interfaces.md that later issues add. */
export const PLANNED_FORMATS = ['docx', 'pdf'] as const;

const renderers: Record<Format, (doc: Document) => string> = {
  md: renderMarkdown,
  html: renderHtml,
};

export interface BuildResult {
  document: Document;
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

export function render(document: Document, formats: readonly Format[]): OutputFile[] {
  return formats.map((f) => ({ name: `guideline.${f}`, data: renderers[f](document) }));
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
