// CommentaryDocument → commentary.html: the guideline's page style, the article text in a shaded
// box (rendered from the model by the guideline's own HTML code), then the commentary prose; the
// 法令対応表 as a ruled table and the appendix's model texts (文例) in frames.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { articleHeading, commentaryDateLine } from '../../model/text.js';
import type {
  CommentaryChapter,
  CommentaryDocument,
  ModelText,
  ProseBlock,
  ProseTable,
} from '../../model/types.js';
import { commentaryParts } from '../../model/visit.js';
import { articleBodyHtml, htmlPage, inlines } from '../html/render.js';
import { GUIDELINE_CSS } from '../html/style.js';

const COMMENTARY_CSS = `${GUIDELINE_CSS}
nav.toc ol { list-style: none; padding-left: 1em; margin: 0.5em 0 2em; }
nav.toc a { color: inherit; text-decoration: none; }
section.chapter h2, section.commentary-section > h2 { font-size: 12pt; border-bottom: 1px solid #555; padding-bottom: 0.1em; margin-top: 2em; }
.article-text { background: #f2f2f2; border: 1px solid #bbb; padding: 0.6em 0.9em; margin: 0.6em 0 1em; break-inside: avoid; }
h3 { font-size: 10.5pt; margin: 1.1em 0 0.2em; }
h4 { font-size: 10.5pt; font-weight: normal; text-decoration: underline; margin: 0.8em 0 0.2em; }
p.prose { margin: 0 0 0.5em; text-indent: 1em; text-align: justify; }
ul.prose-list { margin: 0 0 0.5em 1em; padding-left: 1em; }
table.prose-table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 9.5pt; line-height: 1.5; }
table.prose-table th, table.prose-table td { border: 1px solid #555; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
table.prose-table th { background: #e7e6e6; font-weight: bold; text-align: center; }
table.prose-table thead { display: table-header-group; }
table.prose-table tr { break-inside: avoid; }
.model-text { border: 1px solid #777; padding: 0.8em 1.2em; margin: 0.6em 0 1em; break-inside: avoid; }
.model-text p { margin: 0; }
.model-text p.title { text-align: center; font-weight: bold; margin: 0.3em 0 0.6em; }
.model-text p.paragraph { text-indent: 1em; text-align: justify; }
.model-text p.right { text-align: right; }
.model-text p.left { text-align: left; }
.model-text p.center { text-align: center; margin: 0.4em 0; }
.model-text ul { list-style: none; margin: 0; padding-left: 3em; }
.model-text ul li { text-indent: -2em; }
`;

function table(t: ProseTable, doc: CommentaryDocument): Element {
  const g = doc.guideline;
  const total = (t.widths ?? []).reduce((a, b) => a + b, 0);
  const cols =
    t.widths && total > 0
      ? [
          h(
            'colgroup',
            t.widths.map((w) => h('col', { style: `width: ${((w / total) * 100).toFixed(1)}%` })),
          ),
        ]
      : [];
  return h('table', { className: ['prose-table'] }, [
    ...cols,
    h(
      'thead',
      h(
        'tr',
        t.head.map((c) => h('th', { scope: 'col' }, inlines(c, g))),
      ),
    ),
    h(
      'tbody',
      t.rows.map((r) =>
        h(
          'tr',
          r.map((c) => h('td', inlines(c, g))),
        ),
      ),
    ),
  ]);
}

function modelText(m: ModelText, doc: CommentaryDocument): Element {
  const g = doc.guideline;
  const out: ElementContent[] = [];
  let items: Element[] = [];
  const flush = () => {
    if (items.length > 0) out.push(h('ul', items));
    items = [];
  };
  for (const line of m.lines) {
    if (line.kind === 'item') {
      items.push(h('li', inlines(line.content, g)));
      continue;
    }
    flush();
    out.push(h('p', { className: [line.kind] }, inlines(line.content, g)));
  }
  flush();
  return h('div', { className: ['model-text'] }, out);
}

function prose(
  blocks: readonly ProseBlock[],
  doc: CommentaryDocument,
  sectionHeadings: boolean,
): ElementContent[] {
  const g = doc.guideline;
  return blocks.map((b) => {
    switch (b.type) {
      case 'heading': {
        const content = inlines(b.content, g);
        if (b.depth === 2) return h('h3', sectionHeadings ? ['【', ...content, '】'] : content);
        return h('h4', content);
      }
      case 'prose':
        return h('p', { className: ['prose'] }, inlines(b.content, g));
      case 'list':
        return h(
          'ul',
          { className: ['prose-list'] },
          b.items.map((item) => h('li', inlines(item, g))),
        );
      case 'table':
        return table(b, doc);
      case 'model-text':
        return modelText(b, doc);
    }
  });
}

function chapter(c: CommentaryChapter, doc: CommentaryDocument): Element {
  return h('section', { className: ['chapter'], id: c.id }, [
    h('h2', c.title),
    ...prose(c.blocks, doc, false),
  ]);
}

export function renderCommentaryHtml(doc: CommentaryDocument): string {
  const style = doc.meta.style;
  const g = doc.guideline;
  const parts = commentaryParts(doc);
  const body: ElementContent[] = [
    h('header', { className: ['title-block'] }, [
      h('h1', doc.meta.title),
      h('p', { className: ['company'] }, doc.meta.company),
      h('p', { className: ['dates'] }, commentaryDateLine(doc)),
    ]),
    h('nav', { className: ['toc'] }, [
      h('h2', '目次'),
      h(
        'ol',
        parts.map((p) =>
          p.kind === 'chapter'
            ? h('li', h('a', { href: `#${p.chapter.id}` }, p.chapter.title))
            : h(
                'li',
                h(
                  'a',
                  { href: `#${p.section.article.id}` },
                  articleHeading(p.section.article, style),
                ),
              ),
        ),
      ),
    ]),
    ...parts.map((p) => {
      if (p.kind === 'chapter') return chapter(p.chapter, doc);
      const s = p.section;
      return h(
        'section',
        { className: ['commentary-section'], id: s.article.id, dataArticle: s.article.id },
        [
          h('h2', articleHeading(s.article, style)),
          h('div', { className: ['article-text'] }, articleBodyHtml(s.article, g)),
          ...prose(s.blocks, doc, true),
        ],
      );
    }),
  ];
  return htmlPage(doc.meta, COMMENTARY_CSS, 'commentary', body);
}
