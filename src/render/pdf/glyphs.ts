// Finds characters the PDF font cannot draw, before drawing, and names where each came from (the
// config field or the clause), so none is ever printed as an empty box without a word.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CommentaryDocument, Document, Inline, Item, ProseBlock } from '../../model/types.js';
import { commentaryParts, proseInlines } from '../../model/visit.js';
import { MISSING_GLYPH, type Face } from './fonts.js';

function describe(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function checkGlyphs(
  doc: Document,
  faces: readonly Face[],
  commentary?: CommentaryDocument,
): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const check = (text: string, where: { path?: string; file?: string }) => {
    for (const c of text) {
      if (/\s/.test(c) || faces.every((f) => f.has(c.codePointAt(0) ?? 0))) continue;
      const key = `${c}|${where.path ?? where.file ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        rule: 'pdf/missing-glyph',
        severity: 'warning',
        message: `文字「${c}」（${describe(c)}）は PDF のフォント（Noto Serif JP）にないため、PDF では「${MISSING_GLYPH}」で示しました`,
        ...(where.path ? { path: where.path } : {}),
        ...(where.file ? { file: where.file } : {}),
        hint: '別の字形（常用の字体など）に書き換えると PDF にもそのまま出ます。Word 及び HTML の出力には影響しません',
      });
    }
  };
  const inlines = (content: readonly Inline[], file: string | undefined) => {
    for (const n of content) {
      if (n.type === 'value') check(n.value, { path: n.field });
      else if (n.type === 'text') check(n.value, file ? { file } : {});
    }
  };
  const items = (list: readonly Item[], file: string | undefined) => {
    for (const i of list) {
      inlines(i.content, file);
      items(i.children, file);
    }
  };
  check(doc.meta.title, { path: 'title' });
  check(doc.meta.company, { path: 'company.name' });
  for (const a of doc.articles) {
    check(a.title, a.origin.file ? { file: a.origin.file } : {});
    for (const p of a.paragraphs) {
      inlines(p.content, a.origin.file);
      items(p.items, a.origin.file);
    }
  }
  for (const r of doc.revisions) inlines(r.summary, undefined);
  // The commentary's own prose (its values and article quotes are checked above).
  const prose = (blocks: readonly ProseBlock[], file: string) => {
    for (const b of blocks) for (const c of proseInlines(b)) inlines(c, file);
  };
  if (commentary) {
    for (const part of commentaryParts(commentary)) {
      if (part.kind === 'chapter') prose(part.chapter.blocks, part.chapter.file);
      else prose(part.section.blocks, `commentary/${part.section.article.id}.md`);
    }
  }
  return out;
}
