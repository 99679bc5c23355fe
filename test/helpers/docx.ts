// Reads a .docx back: its parts as text, and the pretty form used for golden files.
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';

export function docxParts(data: Uint8Array): Record<string, string> {
  const files = unzipSync(data);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export function assertWellFormed(parts: Record<string, string>): void {
  for (const [name, xml] of Object.entries(parts)) {
    const result = XMLValidator.validate(xml);
    if (result !== true) throw new Error(`${name}: ${JSON.stringify(result.err)}`);
  }
}

export { prettyDocumentXml } from '../../src/docs/golden.js';
