// CommentaryDocument → commentary.html: the guideline's page style, the article text in a shaded
// box (rendered from the model by the guideline's own HTML code), then the commentary prose.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { articleHeading } from '../../model/text.js';
import type { CommentaryDocument, ProseBlock } from '../../model/types.js';
import { formatDate } from '../../number/format.js';
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
`;

function prose(blocks: readonly ProseBlock[], doc: CommentaryDocument, sectionHeadings: boolean): ElementContent[] {
  const g = doc.guideline;
  return blocks.map((b) => {
    if (b.type === 'heading') {
      const content = inlines(b.content, g);
      if (b.depth === 2) return h('h3', sectionHeadings ? ['【', ...content, '】'] : content);
      return h('h4', content);
    }
    if (b.type === 'prose') return h('p', { className: ['prose'] }, inlines(b.content, g));
    return h('ul', { className: ['prose-list'] }, b.items.map((item) => h('li', inlines(item, g))));
  });
}

export function renderCommentaryHtml(doc: CommentaryDocument): string {
  const style = doc.meta.style;
  const g = doc.guideline;
  const body: ElementContent[] = [
    h('header', { className: ['title-block'] }, [
      h('h1', doc.meta.title),
      h('p', { className: ['company'] }, doc.meta.company),
      h('p', { className: ['dates'] }, `${formatDate(doc.meta.lastRevised, style)}現在`),
    ]),
    h('nav', { className: ['toc'] }, [
      h('h2', '目次'),
      h('ol', [
        h('li', h('a', { href: '#introduction' }, doc.introduction.title)),
        ...doc.sections.map((s) => h('li', h('a', { href: `#${s.article.id}` }, articleHeading(s.article, style)))),
      ]),
    ]),
    h('section', { className: ['chapter'], id: 'introduction' }, [
      h('h2', doc.introduction.title),
      ...prose(doc.introduction.blocks, doc, false),
    ]),
    ...doc.sections.map((s) =>
      h('section', { className: ['commentary-section'], id: s.article.id, dataArticle: s.article.id }, [
        h('h2', articleHeading(s.article, style)),
        h('div', { className: ['article-text'] }, articleBodyHtml(s.article, g)),
        ...prose(s.blocks, doc, true),
      ]),
    ),
  ];
  return htmlPage(doc.meta, COMMENTARY_CSS, 'commentary', body);
}
