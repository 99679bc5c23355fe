// The golden copies kept under test/golden: readable text forms of generated documents.
import { strFromU8, unzipSync } from 'fflate';
import type { OutputFile } from '../output/folder.js';

/** One block element per line, so a golden diff reads paragraph by paragraph. */
export function prettyDocumentXml(xml: string): string {
  return `${xml.replace(/(<w:(?:p|tbl|tr|sectPr|body)[ >])/g, '\n$1').replace(/(<\/w:(?:tbl|body)>)/g, '\n$1')}\n`;
}

export function goldenFiles(files: readonly OutputFile[]): { file: string; content: string }[] {
  const docx = files.find((f) => f.name === 'guideline.docx');
  if (!docx || typeof docx.data === 'string') throw new Error('guideline.docx not built');
  const xml = strFromU8(unzipSync(docx.data)['word/document.xml'] ?? new Uint8Array());
  return [{ file: 'test/golden/sample.document.xml', content: prettyDocumentXml(xml) }];
}
