// Builds a provision rule (P-…): the provision counts as present when its article (or one the spec
// allows) says each required thing, in any of the phrasings a person might use.
import { loadClause } from '../source/clauses.js';
import { defineRule, type Facts, type Rule } from './rule.js';
import { article, articleText, paragraphText } from './text.js';

export interface Requirement {
  /** What must be said, in Japanese (「事実確認」). */
  what: string;
  /** Phrasings that say it (matched against NFKC-normalised text). */
  re: RegExp;
}

export interface ProvisionSpec {
  id: string;
  summary: string;
  /** The article that must carry it, and any other the spec allows. */
  articles: string[];
  requires: Requirement[];
  /** Default wording that restores it (company as 当社). */
  restore: string;
  /** When the provision is required at all (options stated by the text). */
  applies?: (facts: Facts) => boolean;
  /** Everything must be said in one 項 (with its 号): the grounds, not words scattered elsewhere. */
  oneParagraph?: boolean;
  /**
   * The article is optional: when it is absent the rule is silent (another rule may warn about the
   * absence itself); when present it must say everything required.
   */
  optionalArticle?: boolean;
}

export function provisionRule(spec: ProvisionSpec): Rule {
  return defineRule({
    id: spec.id,
    severity: 'error',
    summary: spec.summary,
    check({ doc, facts }) {
      if (spec.applies && !spec.applies(facts)) return [];
      const candidates = spec.articles.map((id) => article(doc, id)).filter((a) => a !== undefined);
      const home = candidates[0];
      const title = loadClause(spec.articles[0]!).title;
      if (candidates.length === 0) {
        if (spec.optionalArticle) return [];
        return [
          {
            message: `「${title}」の条がありません`,
            expected: spec.summary,
            restore: spec.restore,
          },
        ];
      }
      const texts = spec.oneParagraph
        ? candidates.flatMap((a) => a.paragraphs.map((p) => paragraphText(p, doc)))
        : [candidates.map((a) => articleText(a, doc)).join('\n')];
      // The text that says the most of it is the one reported on.
      const missing = texts
        .map((text) => spec.requires.filter((r) => !r.re.test(text)))
        .reduce((best, m) => (m.length < best.length ? m : best), spec.requires);
      if (missing.length === 0) return [];
      return [
        {
          message: `${missing.map((m) => `「${m.what}」`).join('、')}の定めが見当たりません`,
          ...(home ? { article: home } : {}),
          expected: spec.summary,
          restore: spec.restore,
        },
      ];
    },
  });
}
