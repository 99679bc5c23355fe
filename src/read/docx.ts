// A .docx (hinagata's own, edited in Word, or from another tool) → the model. Reads what the
// reader of the document sees: inserted text of tracked changes counts, deleted text does not;
// runs split by Word, proofing marks and bookmarks are joined back; REF fields keep their target
// bookmark and the number they show.
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Document, Inline } from '../model/types.js';
import { linesToDocument, type ReadLine } from './lines.js';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
});

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function children(node: XmlNode): XmlNode[] {
  const v = node[nameOf(node)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  return node[':@']?.[name];
}

function textOf(node: XmlNode): string {
  return children(node)
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
    .join('');
}

const STYLE_KINDS: Record<string, { kind: ReadLine['kind']; depth?: number }> = {
  GuidelineTitle: { kind: 'title' },
  ArticleHeading: { kind: 'article-heading' },
  ArticleBody: { kind: 'first-paragraph' },
  ArticleParagraph: { kind: 'paragraph' },
  ArticleItem: { kind: 'item', depth: 1 },
  ArticleSubitem: { kind: 'item', depth: 2 },
  ArticleSubsubitem: { kind: 'item', depth: 3 },
  SupplementaryHeading: { kind: 'supplementary-heading' },
};

/** One paragraph's visible content, with REF fields as references. */
function readParagraph(p: XmlNode): { content: Inline[]; bookmarks: string[]; style?: string } {
  const content: Inline[] = [];
  const bookmarks: string[] = [];
  let style: string | undefined;
  // Complex fields: begin → instruction → separate → result → end.
  let field: { instr: string; result: string; inResult: boolean } | undefined;
  const pushText = (t: string) => {
    if (t === '') return;
    if (field) {
      if (field.inResult) field.result += t;
      return;
    }
    const last = content.at(-1);
    if (last?.type === 'text') last.value += t;
    else content.push({ type: 'text', value: t });
  };
  const endField = () => {
    if (!field) return;
    const m = /^\s*REF\s+(\S+)/.exec(field.instr);
    if (m) {
      const name = m[1]!;
      const target = name.startsWith('art_')
        ? { article: name.slice(4).replace(/_/g, '-') }
        : name.startsWith('p_') && name.includes('__')
          ? {
              article: name.slice(2, name.indexOf('__')).replace(/_/g, '-'),
              paragraph: name.slice(name.indexOf('__') + 2).replace(/_/g, '-'),
              form: 'paragraph-number' as const,
            }
          : { article: name };
      content.push({ type: 'ref', target, display: field.result });
    } else {
      const saved = field.result;
      field = undefined;
      pushText(saved);
    }
    field = undefined;
  };
  const walk = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const name = nameOf(n);
      switch (name) {
        case 'w:pPr': {
          const ps = children(n).find((c) => nameOf(c) === 'w:pStyle');
          if (ps) style = attr(ps, 'w:val');
          break;
        }
        case 'w:del':
        case 'w:moveFrom':
        case 'w:proofErr':
        case 'w:rPr':
          break; // deleted text is not there for the reader; proofing marks carry nothing
        case 'w:bookmarkStart': {
          const b = attr(n, 'w:name');
          if (b) bookmarks.push(b);
          break;
        }
        case 'w:fldChar': {
          const type = attr(n, 'w:fldCharType');
          if (type === 'begin') field = { instr: '', result: '', inResult: false };
          else if (type === 'separate' && field) field.inResult = true;
          else if (type === 'end') endField();
          break;
        }
        case 'w:instrText':
          if (field && !field.inResult) field.instr += textOf(n);
          break;
        case 'w:fldSimple': {
          field = { instr: attr(n, 'w:instr') ?? '', result: '', inResult: true };
          walk(children(n));
          endField();
          break;
        }
        case 'w:t':
          pushText(textOf(n));
          break;
        case 'w:tab':
          pushText('\u3000');
          break;
        default:
          walk(children(n)); // w:r, w:ins, w:hyperlink, w:smartTag, w:sdt…
      }
    }
  };
  walk(children(p));
  return { content, bookmarks, ...(style ? { style } : {}) };
}

export function readDocx(data: Uint8Array, file: string): Document {
  let xml: string;
  let numbering = '';
  try {
    const parts = unzipSync(data, {
      filter: (f) => f.name === 'word/document.xml' || f.name === 'word/numbering.xml',
    });
    const numberingPart = parts['word/numbering.xml'];
    numbering = numberingPart ? strFromU8(numberingPart) : '';
    const doc = parts['word/document.xml'];
    if (!doc) {
      throw new UserError([
        {
          rule: 'input/not-docx',
          severity: 'error',
          file,
          message: 'Word 文書（.docx）ではありません（word/document.xml がありません）',
        },
      ]);
    }
    xml = strFromU8(doc);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError([
      {
        rule: 'input/not-docx',
        severity: 'error',
        file,
        message: `Word 文書（.docx）として読めません（zip 形式ではありません: ${(err as Error).message}）`,
      },
    ]);
  }
  let tree: XmlNode[];
  try {
    tree = parser.parse(xml) as XmlNode[];
  } catch (err) {
    throw new UserError([
      {
        rule: 'input/not-docx',
        severity: 'error',
        file,
        message: `word/document.xml を読めません: ${(err as Error).message}`,
      },
    ]);
  }
  const body = children(tree.find((n) => nameOf(n) === 'w:document') ?? {}).find(
    (n) => nameOf(n) === 'w:body',
  );
  if (!body)
    throw new UserError([
      {
        rule: 'input/not-docx',
        severity: 'error',
        file,
        message: 'word/document.xml に本文（w:body）がありません',
      },
    ]);
  const lines: ReadLine[] = [];
  let index = 0;
  const visit = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const name = nameOf(n);
      if (name === 'w:p') {
        index++;
        const { content, bookmarks, style } = readParagraph(n);
        const known = style ? STYLE_KINDS[style] : undefined;
        lines.push({
          content,
          bookmarks,
          where: `段落 ${index}`,
          ...(known?.kind ? { kind: known.kind } : {}),
          ...(known?.depth ? { depth: known.depth } : {}),
        });
      } else if (name === 'w:tbl') {
        lines.push({
          content: [{ type: 'text', value: '改定履歴' }],
          bookmarks: [],
          kind: 'supplementary-heading',
          where: `段落 ${index}`,
        });
      } else if (name === 'w:sdt' || name === 'w:sdtContent' || name === 'w:ins') {
        visit(children(n));
      }
    }
  };
  visit(children(body));
  const doc = linesToDocument(lines, file);
  // Word numbering prints 第１条 when the article list uses full-width digits.
  if (/decimalFullWidth"\/><w:pStyle w:val="ArticleHeading"/.test(numbering))
    doc.meta.style.digits = 'fullwidth';
  return doc;
}
