// A .docx (hinagata's own, saved again by Word or LibreOffice, or from another tool) → the model.
// Reads what the document says, the way pandoc's docx reader does: paragraph kinds by their style's
// name and its basedOn chain (styles.ts), the numbers Word's numbering shows (numbering.ts),
// complex and simple fields (REF to hinagata's bookmarks become references showing their result;
// other fields, such as PAGE, their result only), and tracked changes as they read once accepted:
// inserted and moved-to text counts, deleted and moved-from text does not, and a paragraph whose
// mark is deleted joins the next one. Split runs, direct formatting, proofing marks, content
// controls, hyperlinks, smart tags, custom XML and alternate content are looked through.
import { strFromU8, unzipSync } from 'fflate';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Document, Inline, RefNode } from '../model/types.js';
import { decodeArticleBookmark, decodeParagraphBookmark } from './bookmarks.js';
import { knownArticleIds, linesToDocument, type ReadLine, type ShownNumber } from './lines.js';
import { Numbering } from './numbering.js';
import { numPrOf, StyleSheet } from './styles.js';
import {
  child,
  isElement,
  isOn,
  parseXml,
  textOf,
  valOf,
  type XmlChild,
  type XmlElement,
} from './xml.js';

function unreadable(file: string, message: string): UserError {
  return new UserError([{ rule: 'input/not-docx', severity: 'error', file, message }]);
}

interface Field {
  instr: string;
  result: Inline[];
  phase: 'instr' | 'result';
  /** Part of the result went out with an earlier paragraph (a field over several paragraphs). */
  spilled: boolean;
}

/** A paragraph as read, before it becomes a line (or part of a table cell). */
interface ReadParagraph {
  content: Inline[];
  bookmarks: string[];
  styleId?: string;
  number?: ShownNumber;
  /** Inside the result of a TOC or INDEX field: a list of the document, not its text. */
  listing: boolean;
}

/** The keywords of fields whose result is a list of the document (not read as its text). */
const LISTING_FIELDS = new Set(['TOC', 'INDEX', 'TOA']);

/** Splits a field instruction into words; quoted words keep their spaces. */
function fieldWords(instr: string): string[] {
  return [...instr.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

function pushInline(list: Inline[], n: Inline): void {
  if (n.type === 'text') {
    if (n.value === '') return;
    const last = list.at(-1);
    if (last?.type === 'text') {
      last.value += n.value;
      return;
    }
    list.push({ ...n });
    return;
  }
  list.push(n);
}

function plainText(content: readonly Inline[]): string {
  return content.map((c) => (c.type === 'ref' ? (c.display ?? '') : c.value)).join('');
}

class BodyReader {
  readonly lines: ReadLine[] = [];
  private index = 0;
  private readonly fields: Field[] = [];
  /** Bookmarks that start between paragraphs belong to the next one. */
  private pendingBookmarks: string[] = [];
  /** A paragraph whose mark is deleted: it joins the next paragraph. */
  private carried: { content: Inline[]; bookmarks: string[] } | undefined;
  private readonly ids = knownArticleIds();
  /** The last line pushed was a 改定履歴 heading (the table after it is the history). */
  private afterRevisionHeading = false;

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: Numbering,
  ) {}

  // -------------------------------------------------------------------------------------------
  // Block level

  blocks(nodes: readonly XmlChild[], out: (p: ReadParagraph) => void): void {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      switch (n.name) {
        case 'w:p': {
          const p = this.paragraph(n);
          if (p) out(p);
          break;
        }
        case 'w:tbl':
          this.table(n, out);
          break;
        case 'w:sdt':
          this.blocks(child(n, 'w:sdtContent')?.children ?? [], out);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:smartTag':
          this.blocks(n.children, out);
          break;
        case 'mc:AlternateContent':
          this.blocks(this.alternative(n), out);
          break;
        case 'w:bookmarkStart': {
          const name = n.attrs['w:name'];
          if (name) this.pendingBookmarks.push(name);
          break;
        }
        default:
          break; // w:del, w:moveFrom (gone once accepted), w:sectPr, w:altChunk …
      }
    }
  }

  /** The branch of mc:AlternateContent to read: the first choice, else the fallback. */
  private alternative(n: XmlElement): XmlChild[] {
    return (child(n, 'mc:Choice') ?? child(n, 'mc:Fallback'))?.children ?? [];
  }

  private pushLine(p: ReadParagraph): void {
    this.index++;
    const known = this.styles.kindOf(p.styleId);
    const kind = p.listing ? ('other' as const) : known?.kind;
    this.afterRevisionHeading =
      kind === 'revision-heading' ||
      (kind === undefined && /^改定履歴$/.test(plainText(p.content).trim()));
    this.lines.push({
      content: p.content,
      bookmarks: p.bookmarks,
      where: `段落 ${this.index}`,
      ...(kind ? { kind } : {}),
      ...(known?.depth ? { depth: known.depth } : {}),
      ...(p.number ? { number: p.number } : {}),
    });
  }

  readBody(body: XmlElement): void {
    this.blocks(body.children, (p) => this.pushLine(p));
    if (this.carried && (this.carried.content.length || this.carried.bookmarks.length)) {
      // The last paragraph's mark deleted: nothing to join; its text stays a paragraph.
      const { content, bookmarks } = this.carried;
      this.carried = undefined;
      this.pushLine({ content, bookmarks, listing: false });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Tables

  private table(tbl: XmlElement, out: (p: ReadParagraph) => void): void {
    const rows: ReadParagraph[][][] = [];
    for (const tr of this.rowsOf(tbl)) {
      const cells: ReadParagraph[][] = [];
      for (const tc of this.cellsOf(tr)) {
        const paragraphs: ReadParagraph[] = [];
        this.blocks(tc.children, (p) => paragraphs.push(p));
        cells.push(paragraphs);
      }
      rows.push(cells);
    }
    const cellText = (c: ReadParagraph[]) =>
      c
        .map((p) => plainText(p.content))
        .join('')
        .normalize('NFKC')
        .replace(/\s/g, '');
    const header = rows[0]?.map(cellText) ?? [];
    const styleName = this.styles.get(valOf(child(tbl, 'w:tblPr'), 'w:tblStyle') ?? '')?.name;
    const isHistory =
      styleName === '改定履歴表' ||
      (header.includes('版') && header.some((c) => /日付|年月日/.test(c))) ||
      this.afterRevisionHeading;
    if (!isHistory) {
      // Another table: its paragraphs in reading order.
      for (const row of rows) for (const cell of row) for (const p of cell) out(p);
      return;
    }
    for (const row of rows) {
      this.index++;
      this.lines.push({
        content: [],
        bookmarks: [],
        where: `段落 ${this.index}`,
        cells: row.map((cell) => {
          const content: Inline[] = [];
          cell.forEach((p, i) => {
            if (i > 0) pushInline(content, { type: 'text', value: '\n' });
            for (const n of p.content) pushInline(content, n);
          });
          return content;
        }),
      });
    }
    this.afterRevisionHeading = false;
  }

  private rowsOf(tbl: XmlElement): XmlElement[] {
    const out: XmlElement[] = [];
    const visit = (nodes: readonly XmlChild[]) => {
      for (const n of nodes) {
        if (!isElement(n)) continue;
        if (n.name === 'w:tr') {
          // A row deleted with track changes is gone once accepted.
          const trPr = child(n, 'w:trPr');
          if (!child(trPr, 'w:del')) out.push(n);
        } else if (n.name === 'w:sdt') visit(child(n, 'w:sdtContent')?.children ?? []);
        else if (n.name === 'w:customXml' || n.name === 'w:ins') visit(n.children);
      }
    };
    visit(tbl.children);
    return out;
  }

  private cellsOf(tr: XmlElement): XmlElement[] {
    const out: XmlElement[] = [];
    const visit = (nodes: readonly XmlChild[]) => {
      for (const n of nodes) {
        if (!isElement(n)) continue;
        if (n.name === 'w:tc') out.push(n);
        else if (n.name === 'w:sdt') visit(child(n, 'w:sdtContent')?.children ?? []);
        else if (n.name === 'w:customXml') visit(n.children);
      }
    };
    visit(tr.children);
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Paragraphs

  /** One paragraph; undefined when its mark is deleted (it joins the next). */
  private paragraph(p: XmlElement): ReadParagraph | undefined {
    const pPr = child(p, 'w:pPr');
    const content: Inline[] = [];
    const bookmarks = [...this.pendingBookmarks];
    this.pendingBookmarks = [];
    if (this.carried) {
      content.push(...this.carried.content);
      bookmarks.unshift(...this.carried.bookmarks);
      this.carried = undefined;
    }
    const emit = (n: Inline) => {
      const top = this.fields.at(-1);
      if (!top) pushInline(content, n);
      else if (top.phase === 'instr') top.instr += n.type === 'ref' ? (n.display ?? '') : n.value;
      else pushInline(top.result, n);
    };
    this.inlines(p.children, emit, bookmarks);

    // A field still open at the end of the paragraph (a TOC over many paragraphs): what its result
    // showed so far is this paragraph's text.
    const listing = this.fields.some((f) =>
      LISTING_FIELDS.has(fieldWords(f.instr)[0]?.toUpperCase() ?? ''),
    );
    for (const f of this.fields) {
      if (f.phase !== 'result') continue;
      for (const n of f.result) pushInline(content, n);
      f.result = [];
      f.spilled = true;
    }

    // Tracked deletion of the paragraph mark: after accepting, this text runs into the next.
    const markRPr = child(pPr, 'w:rPr');
    if (child(markRPr, 'w:del') || child(markRPr, 'w:moveFrom')) {
      this.carried = { content, bookmarks };
      return undefined;
    }

    const styleId = valOf(pPr, 'w:pStyle');
    const number = this.numberOf(pPr, styleId);
    return {
      content,
      bookmarks,
      ...(styleId ? { styleId } : {}),
      ...(number ? { number } : {}),
      listing,
    };
  }

  /** The number Word shows before the paragraph: its own numPr, else its style's. */
  private numberOf(
    pPr: XmlElement | undefined,
    styleId: string | undefined,
  ): ShownNumber | undefined {
    const direct = numPrOf(pPr);
    const fromStyle = this.styles.numPrOf(styleId);
    const numId = direct?.numId ?? fromStyle?.numId;
    if (numId === undefined || numId <= 0) return undefined;
    const ilvl =
      direct?.ilvl ??
      (direct?.numId === undefined ? fromStyle?.ilvl : undefined) ??
      this.numbering.levelForStyle(numId, styleId);
    const n = this.numbering.next(numId, ilvl);
    return n ? { text: n.text, value: n.value, family: n.family } : undefined;
  }

  private inlines(
    nodes: readonly XmlChild[],
    emit: (n: Inline) => void,
    bookmarks: string[],
  ): void {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      switch (n.name) {
        case 'w:r':
          this.run(n, emit);
          break;
        case 'w:ins':
        case 'w:moveTo':
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          this.inlines(n.children, emit, bookmarks);
          break;
        case 'w:sdt':
          this.inlines(child(n, 'w:sdtContent')?.children ?? [], emit, bookmarks);
          break;
        case 'mc:AlternateContent':
          this.inlines(this.alternative(n), emit, bookmarks);
          break;
        case 'w:fldSimple': {
          this.fields.push({
            instr: n.attrs['w:instr'] ?? '',
            result: [],
            phase: 'result',
            spilled: false,
          });
          this.inlines(n.children, emit, bookmarks);
          this.endField(emit);
          break;
        }
        case 'w:bookmarkStart': {
          const name = n.attrs['w:name'];
          if (name) bookmarks.push(name);
          break;
        }
        default:
          // w:pPr (read apart), w:del and w:moveFrom (gone once accepted), w:proofErr,
          // w:bookmarkEnd, comments, permissions, math …
          break;
      }
    }
  }

  private run(r: XmlElement, emit: (n: Inline) => void): void {
    // Hidden text is not what the reader of the document sees.
    const hidden = isOn(child(r, 'w:rPr'), 'w:vanish');
    const text = (value: string) => {
      if (!hidden) emit({ type: 'text', value });
    };
    for (const n of r.children) {
      if (!isElement(n)) continue;
      switch (n.name) {
        case 'w:t':
          text(textOf(n));
          break;
        case 'w:tab':
        case 'w:ptab':
          text('\u3000');
          break;
        case 'w:br':
        case 'w:cr': {
          const type = n.attrs['w:type'];
          if (type !== 'page' && type !== 'column') text('\n');
          break;
        }
        case 'w:noBreakHyphen':
          text('-');
          break;
        case 'w:sym': {
          const code = parseInt(n.attrs['w:char'] ?? '', 16);
          // Symbol fonts map their characters to U+F0xx.
          if (Number.isFinite(code))
            text(String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code));
          break;
        }
        case 'w:fldChar': {
          const type = n.attrs['w:fldCharType'];
          if (type === 'begin')
            this.fields.push({ instr: '', result: [], phase: 'instr', spilled: false });
          else if (type === 'separate') {
            const top = this.fields.at(-1);
            if (top) top.phase = 'result';
          } else if (type === 'end') this.endField(emit);
          break;
        }
        case 'w:instrText': {
          const top = this.fields.at(-1);
          if (top && top.phase === 'instr') top.instr += textOf(n);
          break;
        }
        case 'mc:AlternateContent':
          this.run({ name: 'w:r', attrs: {}, children: this.alternative(n) }, emit);
          break;
        default:
          // w:rPr, w:delText and w:delInstrText (deleted), w:softHyphen, drawings and text boxes
          // (not the paragraph's text), note references …
          break;
      }
    }
  }

  /** A field ends: a REF to one of our bookmarks becomes a reference; any other, its result. */
  private endField(emit: (n: Inline) => void): void {
    const field = this.fields.pop();
    if (!field) return; // a stray end (its begin was deleted): nothing to close
    const ref = field.spilled ? undefined : this.refOf(field);
    if (ref) emit(ref);
    else for (const n of field.result) emit(n);
  }

  private refOf(field: Field): RefNode | undefined {
    const words = fieldWords(field.instr);
    let name: string | undefined;
    let switches: string[];
    if (words[0]?.toUpperCase() === 'REF') {
      name = words[1];
      switches = words.slice(2);
    } else if (words[0] && /^(art|p)_/.test(words[0])) {
      // {art_purpose \r}: a bookmark name alone is a REF field.
      name = words[0];
      switches = words.slice(1);
    } else return undefined;
    if (!name) return undefined;
    const display = plainText(field.result);
    const article = decodeArticleBookmark(name, this.ids);
    if (article) return { type: 'ref', target: { article }, display };
    const paragraph = decodeParagraphBookmark(name, this.ids);
    if (!paragraph) return undefined;
    const numberOnly = switches.some((s) => /^\\[nrw]$/i.test(s));
    return {
      type: 'ref',
      target: {
        article: paragraph.article,
        paragraph: paragraph.label,
        ...(numberOnly ? { form: 'paragraph-number' as const } : {}),
      },
      display,
    };
  }
}

export function readDocx(data: Uint8Array, file: string): Document {
  const wanted = new Set(['word/document.xml', 'word/styles.xml', 'word/numbering.xml']);
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(data, { filter: (f) => wanted.has(f.name) });
  } catch (err) {
    throw unreadable(
      file,
      `Word 文書（.docx）として読めません（zip 形式ではありません: ${(err as Error).message}）`,
    );
  }
  const doc = parts['word/document.xml'];
  if (!doc)
    throw unreadable(file, 'Word 文書（.docx）ではありません（word/document.xml がありません）');
  const part = (name: string): XmlElement | undefined => {
    const bytes = parts[name];
    if (!bytes) return undefined;
    try {
      return parseXml(strFromU8(bytes));
    } catch (err) {
      throw unreadable(file, `${name} を読めません: ${(err as Error).message}`);
    }
  };
  const root = part('word/document.xml');
  const body = root?.name === 'w:document' ? child(root, 'w:body') : undefined;
  if (!body) throw unreadable(file, 'word/document.xml に本文（w:body）がありません');
  // A broken styles or numbering part costs the styles or the numbers, not the text.
  const optional = (name: string): XmlElement | undefined => {
    try {
      return part(name);
    } catch {
      return undefined;
    }
  };
  const styles = new StyleSheet(optional('word/styles.xml'));
  const numbering = new Numbering(optional('word/numbering.xml'), styles);
  const reader = new BodyReader(styles, numbering);
  reader.readBody(body);
  return linesToDocument(reader.lines, file, { fonts: styles.fonts() });
}
