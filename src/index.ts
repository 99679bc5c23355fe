// The public API of hinagata as a library. Kept small and pinned by a test.
export { assemble } from './assemble/assemble.js';
export { buildFile, buildText, render, FORMATS, type Format, type BuildResult } from './build.js';
export { loadConfigFile, parseConfigText, type LoadedConfig } from './config/load.js';
export { configSchema, type Config, type ConfigInput } from './config/schema.js';
export { formatDiagnostic, UserError, type Diagnostic } from './diagnostics/diagnostic.js';
export type * from './model/types.js';
export { renderHtml } from './render/html/render.js';
export { renderMarkdown } from './render/markdown/render.js';
