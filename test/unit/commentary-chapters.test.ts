// The 逐条解説書's 法令対応表, its appendix of model texts (付録 文例) and the page numbers of its
// 目次, read back from real outputs (commentary.md, .docx, .pdf, .html).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it, vi } from 'vitest';
import { buildLoaded, type BuildResult } from '../../src/build.js';
import { LAW_TABLE_HEAD, notCarried } from '../../src/commentary/law-table.js';
import { parseConfigText } from '../../src/config/load.js';
import { inlineText } from '../../src/model/text.js';
import type { CommentaryDocument, ProseTable } from '../../src/model/types.js';
import { commentaryParts, partId } from '../../src/model/visit.js';
import { toHalfwidthDigits } from '../../src/number/format.js';
import { MARGIN, TEXT_WIDTH } from '../../src/render/pdf/composer.js';
import { TABLE_SIZE, commentaryPages } from '../../src/render/commentary/pdf.js';
import { loadLawMap } from '../../src/source/law-map.js';
import type * as Ordinances from '../../src/law/ordinances.js';
import { docxParts } from '../helpers/docx.js';
import { readPdf, readPdfItems, readPdfOutlinePages } from '../helpers/pdf.js';

// A prefecture with an ordinance (fake data) and one without, whatever the real data holds.
vi.mock('../../src/law/ordinances.js', async (original) => {
  const real = await original<typeof Ordinances>();
  return {
    ...real,
    localLaw: (prefecture: Parameters<typeof real.localLaw>[0]) =>
      prefecture === '沖縄県'
        ? {
            prefecture,
            customerHarassment: {
              name: '試験県カスタマーハラスメント防止条例',
              number: '令和7年試験県条例第1号',
              effective: '2025-04-01',
              duties: '事業者に防止の取組を求めている。',
              measure: '事業者に防止の取組を求める',
            },
            antisocial: { name: '沖縄県暴力団排除条例' },
          }
        : prefecture === '鳥取県'
          ? { prefecture, customerHarassment: null, antisocial: { name: '鳥取県暴力団排除条例' } }
          : real.localLaw(prefecture),
  };
});

const repo = path.resolve(import.meta.dirname, '../..');
const sample = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');
const withoutHarassment = sample.replace('customerHarassment: true', 'customerHarassment: false');
const map = loadLawMap('consultation-guideline')!;

async function build(
  text: string,
  formats: ('md' | 'docx' | 'pdf' | 'html')[] = ['md', 'docx', 'pdf', 'html'],
) {
  // --force: the validator's findings on clauses being rewritten do not concern the commentary.
  return buildLoaded(
    parseConfigText(text, 'sample.yaml', repo),
    formats,
    ['guideline', 'commentary'],
    { force: true },
  );
}

const file = (r: BuildResult, name: string): Uint8Array | string => {
  const f = r.files.find((x) => x.name === name);
  if (!f) throw new Error(`${name} not rendered`);
  return f.data;
};
const text = (r: BuildResult, name: string) => {
  const d = file(r, name);
  return typeof d === 'string' ? d : new TextDecoder().decode(d);
};

function lawTable(c: CommentaryDocument): ProseTable {
  const t = c.lawTable?.blocks.find((b) => b.type === 'table');
  if (t?.type !== 'table') throw new Error('no 法令対応表');
  return t;
}

/** Rows of the first GFM table after 「## 法令対応表」 in commentary.md. */
function markdownRows(md: string): string[][] {
  const chapter = md.slice(md.indexOf('## 法令対応表'));
  return chapter
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .filter((l, i, all) => all.indexOf(l) === i)
    .filter((l) => !/^\|\s*:?-/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
}

/** Rows of the CommentaryTable in document.xml, cell texts joined from their runs. */
function docxRows(xml: string): string[][] {
  const table =
    /<w:tbl><w:tblPr><w:tblStyle w:val="CommentaryTable"\/>.*?<\/w:tbl>/s.exec(xml)?.[0] ?? '';
  return [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((row) =>
    [...(row[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((cell) =>
      [...(cell[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    ),
  );
}

/** Rows of the 法令対応表 in commentary.html, each cell's text (links to the articles included). */
function htmlRows(html: string): string[][] {
  const rows: string[][] = [];
  const walk = (node: Root | RootContent, inTable: boolean): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const here =
      inTable ||
      (node.type === 'element' &&
        node.tagName === 'table' &&
        String(node.properties['className']) === 'prose-table');
    if (here && node.type === 'element' && node.tagName === 'tr')
      rows.push(node.children.flatMap((c) => (c.type === 'element' ? [toText(c)] : [])));
    else for (const c of node.children) walk(c, here);
  };
  walk(fromHtml(html), false);
  return rows;
}

/** The table's text per column, read from the PDF's 9.5pt items (table cells only). */
async function pdfColumns(pdf: Uint8Array, widths: readonly number[]): Promise<string[]> {
  const total = widths.reduce((a, b) => a + b, 0);
  const edges = widths.reduce<number[]>(
    (acc, w) => [...acc, (acc.at(-1) ?? MARGIN.left) + (w / total) * TEXT_WIDTH],
    [],
  );
  const items = (await readPdfItems(pdf))
    // pdf.js adds spaces of its own between runs; the cells hold none.
    .filter((i) => Math.abs(i.size - TABLE_SIZE) < 0.05 && i.str.trim() !== '')
    .sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const column = (x: number) => edges.findIndex((right) => x < right);
  // Lines of the table (one per baseline), each split into its columns' text.
  const lines = new Map<string, string[]>();
  for (const i of items) {
    const key = `${i.page}:${Math.round(i.y)}`;
    const line = lines.get(key) ?? edges.map(() => '');
    line[column(i.x)] += i.str;
    lines.set(key, line);
  }
  // The header row repeated on a later page is read once.
  const all = [...lines.values()];
  const header = all[0] ?? [];
  const body = all.slice(1).filter((l) => l.join('|') !== header.join('|'));
  return edges.map((_, col) => [header, ...body].map((l) => l[col]).join(''));
}

interface Place {
  article: string;
  paragraph: string;
  item?: string;
  paragraphs: number;
}

const KANJI = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Where guideline.md says `phrase`: 「第９条」, 「第３項」, 「第２号」 as the guideline prints them. */
function locate(md: string, phrase: string): Place {
  let article = '';
  let paragraph = '';
  const counts = new Map<string, number>();
  const hits: Omit<Place, 'paragraphs'>[] = [];
  const wide = (n: number) =>
    md.includes('第１条')
      ? String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
      : String(n);
  for (const line of md.split('\n')) {
    const heading = /^## (第[０-９0-9]+条)（/.exec(line);
    if (heading) {
      article = heading[1]!;
      paragraph = `第${wide(1)}項`;
      counts.set(article, 1);
      continue;
    }
    if (!article || line.trim() === '') continue;
    const p = /^([０-９0-9]+)\u3000/.exec(line);
    if (p) {
      paragraph = `第${p[1]}項`;
      counts.set(article, Number(toHalfwidthDigits(p[1]!)));
    }
    const item = /^\u3000+([一二三四五六七八九十]+)\u3000/.exec(line);
    if (line.includes(phrase))
      hits.push({
        article,
        paragraph,
        ...(item ? { item: `第${wide(KANJI.indexOf(item[1]!))}号` } : {}),
      });
  }
  expect(hits, `「${phrase}」 in guideline.md`).toHaveLength(1);
  const hit = hits[0]!;
  return { ...hit, paragraphs: counts.get(hit.article) ?? 1 };
}

const cite = (p: Place) => `${p.article}${p.paragraphs > 1 ? p.paragraph : ''}${p.item ?? ''}`;

/** The guideline's own words for each measure's carriers, main carriers first. */
const PHRASES: Record<string, { main: string[]; related?: string[] }> = {
  policy: { main: ['基本方針を定め'], related: ['正当な相談には誠実に応対し'] },
  publication: { main: ['ウェブサイトへの掲載その他の方法により公表'] },
  'employee-desk': { main: ['適切に対応するための窓口'] },
  'response-system': { main: ['複数の従業員等で応対させ'] },
  aftercare: { main: ['事実関係を迅速かつ正確に確認', '警察に通報'] },
  recurrence: { main: ['再発の防止のために必要な措置'] },
  deterrence: {
    main: ['その中止を求めるものとする'],
    related: ['その受付を拒絶することができる', '条:相談を取り下げたとき'],
  },
  privacy: { main: ['プライバシーを保護するために必要な措置'] },
  'no-retaliation': { main: ['解雇その他不利益な取扱いをしない'] },
  training: { main: ['教育及び研修を行う'] },
  cooperation: { main: [] },
};

describe('法令対応表', () => {
  it('should map each measure of the statute and the 指針 to the article, 項 and 号 the sample guideline numbers it by', async () => {
    const r = await build(sample);
    const c = r.commentary!;
    const t = lawTable(c);
    const md = text(r, 'commentary.md');
    const guideline = text(r, 'guideline.md');
    const rows = markdownRows(md);
    expect(rows[0]).toEqual([...LAW_TABLE_HEAD]);
    expect(rows.length - 1).toBe(t.rows.length);
    expect(Object.keys(PHRASES)).toEqual(map.measures.map((m) => m.id));
    map.measures.forEach((m, i) => {
      const [requirement, basis, carried = ''] = rows[i + 1]!;
      expect(requirement).toBe(toWidth(m.requirement, c));
      expect(basis).toBe(toWidth(m.basis, c));
      const phrases = PHRASES[m.id]!;
      if (phrases.main.length === 0) {
        expect(carried).toBe(toWidth(notCarried(m.elsewhere), c));
        return;
      }
      expect(carried, m.id).not.toContain('定めなし');
      // The first carrier in full; a later one in the same article by its 項 (and 号).
      const [first, ...more] = phrases.main.map((p) => locate(guideline, p));
      expect(carried.startsWith(cite(first!)), `${m.id}: ${carried}`).toBe(true);
      for (const p of more)
        expect(carried, m.id).toContain(
          p.article === first!.article ? `${p.paragraph}${p.item ?? ''}` : cite(p),
        );
      // Related articles in 「（関連：…）」; 「条:」 marks a citation of the whole article.
      for (const phrase of phrases.related ?? []) {
        const p = locate(guideline, phrase.replace(/^条:/, ''));
        const related = carried.slice(carried.indexOf('（関連：'));
        expect(related, m.id).toContain(phrase.startsWith('条:') ? p.article : cite(p));
      }
    });
    // The commentary prints the harassment article under its number after the options.
    expect(locate(guideline, '基本方針を定め').article).toBe(
      `第${c.meta.style.digits === 'fullwidth' ? '９' : '9'}条`,
    );
  });

  it('should give the same rows in commentary.docx, commentary.pdf and commentary.html as in commentary.md', async () => {
    for (const config of [sample, withoutHarassment]) {
      const r = await build(config);
      const md = markdownRows(text(r, 'commentary.md'));
      expect(
        docxRows(docxParts(file(r, 'commentary.docx') as Uint8Array)['word/document.xml'] ?? ''),
      ).toEqual(md);
      const t = lawTable(r.commentary!);
      const columns = await pdfColumns(file(r, 'commentary.pdf') as Uint8Array, t.widths!);
      md.forEach((row) => row.forEach((cell, col) => expect(columns[col]).toContain(cell)));
      // Column by column, the cells in order and nothing else.
      expect(columns).toEqual(md[0]!.map((_, col) => md.map((row) => row[col]).join('')));
      expect(htmlRows(text(r, 'commentary.html'))).toEqual(md);
      // Its own chapter, after the opening one and before the articles.
      const outline = (await readPdf(file(r, 'commentary.pdf') as Uint8Array)).outline;
      expect(outline.slice(0, 3)).toEqual([
        '本ガイドラインの考え方',
        '法令対応表',
        expect.stringMatching(/^第[1１]条/),
      ]);
    }
  });

  it('should say, with the customer-harassment article off, that the guideline carries none of the measures and where each must go', async () => {
    const r = await build(withoutHarassment);
    const c = r.commentary!;
    expect(c.guideline.articles.map((a) => a.id)).not.toContain('customer-harassment');
    const all = markdownRows(text(r, 'commentary.md')).slice(1);
    // The sample's prefecture may add its ordinance's row: carried by nothing either.
    expect(all.length - map.measures.length).toBeLessThanOrEqual(1);
    for (const row of all) expect(row[2]).toMatch(/^本ガイドラインに定めなし（.+に定める）$/);
    const rows = all.slice(0, map.measures.length);
    rows.forEach((row, i) => {
      const m = map.measures[i]!;
      expect(row[2]).toBe(toWidth(notCarried(m.elsewhere), c));
      expect(row[2]).toContain(toWidth(m.elsewhere, c));
      expect(row[2]).not.toMatch(/第[0-9０-９]+条/);
    });
    // The lead says so too.
    const lead = c
      .lawTable!.blocks.filter((b) => b.type === 'prose')
      .map((b) => (b.type === 'prose' ? inlineText(b.content, c.meta.style) : ''));
    expect(lead.join('')).toContain('カスタマーハラスメントへの対応の条を置いていない');
    const pdfText = (await readPdf(file(r, 'commentary.pdf') as Uint8Array)).pages
      .flatMap((p) => p.lines)
      .join('');
    expect(pdfText).toContain('本ガイドラインに定めなし');
  });

  it("should add a row for the prefecture's customer-harassment ordinance, carried by the harassment article, and none where there is no ordinance", async () => {
    const okinawa = sample.replace(/address: .*/, 'address: 沖縄県那覇市泉崎一丁目2番2号');
    const r = await build(okinawa, ['md']);
    const rows = markdownRows(text(r, 'commentary.md'));
    const row = rows.at(-1)!;
    expect(row[0]).toBe('事業者に防止の取組を求める');
    expect(row[1]).toBe('試験県カスタマーハラスメント防止条例（令和７年試験県条例第１号）');
    const guideline = text(r, 'guideline.md');
    expect(row[2]).toContain(cite(locate(guideline, '基本方針を定め')));
    expect(rows).toHaveLength(map.measures.length + 2);
    const off = await build(
      okinawa.replace('customerHarassment: true', 'customerHarassment: false'),
      ['md'],
    );
    expect(markdownRows(text(off, 'commentary.md')).at(-1)![2]).toBe(
      toWidth(notCarried(map.ordinance!.elsewhere), off.commentary!),
    );
    const tottori = await build(
      sample.replace(/address: .*/, 'address: 鳥取県鳥取市東町一丁目220番地'),
      ['md'],
    );
    expect(markdownRows(text(tottori, 'commentary.md'))).toHaveLength(map.measures.length + 1);
  });
});

/** pdf.js reads the ideographic space (U+3000) as a space: back to what was typeset. */
const ideographic = (s: string) => s.replace(/ /g, '\u3000');

/** Law-map text as the commentary prints it (digits in the document's width). */
function toWidth(s: string, c: CommentaryDocument): string {
  return c.meta.style.digits === 'fullwidth'
    ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    : s;
}

describe('付録 文例', () => {
  const TITLES = [
    '相談応対を終了する旨の通知',
    '警告書',
    '預り証',
    '録音の告知',
    '利用目的の通知',
    '受付の通知',
  ];

  it('should close the commentary with the model texts, numbered, in every format', async () => {
    const r = await build(sample);
    const c = r.commentary!;
    expect(commentaryParts(c).at(-1)).toEqual({ kind: 'chapter', chapter: c.appendix });
    const md = text(r, 'commentary.md');
    const appendix = md.slice(md.indexOf('## 付録　文例'));
    expect(md.indexOf('## 付録　文例')).toBeGreaterThan(md.lastIndexOf('## 第１'));
    const headings = [...appendix.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(TITLES.map((t, i) => `文例${'１２３４５６'[i]}\u3000${t}`));
    // Each model text is a block quote in Markdown, a frame in HTML and Word.
    expect((appendix.match(/^> /gm) ?? []).length).toBeGreaterThan(40);
    expect(appendix).not.toMatch(/[○〇●◯]{2}|＿/);
    const html = text(r, 'commentary.html');
    expect((html.match(/class="model-text"/g) ?? []).length).toBe(6);
    const xml = docxParts(file(r, 'commentary.docx') as Uint8Array)['word/document.xml'] ?? '';
    expect((xml.match(/<w:tblStyle w:val="ModelTextBox"\/>/g) ?? []).length).toBe(6);
    const pdf = (await readPdf(file(r, 'commentary.pdf') as Uint8Array)).pages.flatMap((p) =>
      p.lines.map(ideographic),
    );
    for (const h of headings) expect(pdf).toContain(h);
    expect(pdf).toContain('記');
    // References resolve against the guideline: the termination article's notice 項.
    const guideline = text(r, 'guideline.md');
    expect(appendix).toContain(
      `${cite(locate(guideline, '相談応対を終了する旨及びその理由を相談者に通知'))}により`,
    );
    expect(appendix).toContain('support@example.co.jp');
    expect(appendix).toContain('https://example.co.jp/privacy');
  });

  it('should follow the options: no 警告書 without the harassment article, no recording notice without recording, numbers without gaps', async () => {
    const r = await build(
      withoutHarassment
        .replace('callRecording: true', 'callRecording: false')
        .replace(/privacy:\n {2}policyUrl: .*\n/, ''),
      ['md'],
    );
    const md = text(r, 'commentary.md');
    const appendix = md.slice(md.indexOf('## 付録　文例'));
    const headings = [...appendix.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(
      ['相談応対を終了する旨の通知', '預り証', '利用目的の通知', '受付の通知'].map(
        (t, i) => `文例${'１２３４'[i]}\u3000${t}`,
      ),
    );
    expect(appendix).not.toContain('録音');
    expect(appendix).toContain('- ご相談への回答その他の応対');
  });
});

describe('目次', () => {
  it("should print in commentary.pdf's 目次 the page each chapter's heading is on", async () => {
    for (const config of [sample, withoutHarassment]) {
      const r = await build(config, ['docx', 'pdf']);
      const pdf = file(r, 'commentary.pdf') as Uint8Array;
      const read = await readPdf(pdf);
      read.pages.forEach((p) => (p.lines = p.lines.map(ideographic)));
      const first = read.pages[0]!.lines;
      const entries = first
        .slice(first.indexOf('目\u3000次') + 1)
        .filter((l) => !/^-\s\d+\s-$/.test(l));
      const parts = commentaryParts(r.commentary!);
      expect(entries).toHaveLength(parts.length);
      const outline = await readPdfOutlinePages(pdf);
      entries.forEach((entry, i) => {
        const m = /^(.*?)(\d+)$/.exec(entry);
        expect(m, entry).not.toBeNull();
        const [, title, page] = m!;
        expect(outline[i]?.title).toBe(title);
        expect(Number(page), title).toBe(outline[i]?.page);
        // The heading itself is on that page.
        expect(read.pages[Number(page) - 1]?.lines, title).toContain(title);
      });
      // The Word file caches the same numbers in PAGEREF fields to bookmarks on the headings.
      const parts2 = docxParts(file(r, 'commentary.docx') as Uint8Array);
      const xml = parts2['word/document.xml'] ?? '';
      const fields = [
        ...xml.matchAll(
          / PAGEREF (_Toc_\w+) \\h <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t xml:space="preserve">(\d+)<\/w:t>/g,
        ),
      ];
      expect(fields.map((f) => f[2])).toEqual(entries.map((e) => /(\d+)$/.exec(e)![1]));
      for (const [, name] of fields) {
        expect(xml).toMatch(
          new RegExp(
            `<w:pStyle w:val="CommentaryHeading1"/></w:pPr><w:bookmarkStart w:id="\\d+" w:name="${name}"/>`,
          ),
        );
        expect(xml).toContain(` REF ${name} \\h `);
      }
      expect(parts2['word/settings.xml']).toContain('<w:updateFields w:val="true"/>');
      // Laying the pages out without drawing them gives the same pages (a copy: not the cached layout).
      const measured = commentaryPages({ ...r.commentary! });
      expect(commentaryParts(r.commentary!).map((p) => String(measured.get(partId(p))))).toEqual(
        entries.map((e) => /(\d+)$/.exec(e)![1]),
      );
    }
  });
});
