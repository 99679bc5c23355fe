// Files (or README sections) generated from code, so the docs never drift from the schema.
import { configJsonSchema, configReferenceMarkdown } from '../config/json-schema.js';

export interface GeneratedFile {
  file: string;
  content: string;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`section ${name} not found`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

export function renderGeneratedDocs(read: (file: string) => string): GeneratedFile[] {
  return [
    {
      file: 'schema/hinagata.schema.json',
      content: `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
    },
    {
      file: 'README.md',
      content: replaceSection(read('README.md'), 'config-reference', configReferenceMarkdown()),
    },
  ];
}
