// Builds a provision rule (P-…): the provision counts as present when a statement of its article
// (a sentence of a 項, or a 号 read with its 柱書) says each required thing, in one of the wordings
// a person might use, and does not say it the other way round. A keyword elsewhere in the article
// is not enough: each requirement names the phrase that says it (「納得したとき」, not 「納得」),
// and a phrase followed by a negation (「賠償する責任を負わない」) is a reversal, not the provision.
import { defineRule, type Facts, type Finding, type Rule } from './rule.js';
import { article, INNER_STOP, type Statement, type TextView } from './text.js';

export interface Requirement {
  /** What must be said, in Japanese (「事実確認」). */
  what: string;
  /** Wordings that say it (alternatives), matched in one statement (normalised, values masked). */
  says: RegExp | readonly RegExp[];
  /**
   * What the 柱書 of a 号 (or, for a sentence, the sentence itself) must also say: the grounds of
   * 「次の各号のいずれかに該当するときは、相談応対を終了する」 are grounds only under that 柱書.
   */
  context?: RegExp;
  /**
   * The wording is negative on purpose (「許諾しない」「受け付けない」): then only a double
   * negative (「…しないものではない」) reverses it.
   */
  negative?: boolean;
  /** Said but withdrawn in the same sentence (「…賠償する。ただし、一切の責任を負わない」). */
  unless?: RegExp;
}

export interface ProvisionSpec {
  id: string;
  summary: string;
  /** The title of the article that carries it (for 「…の条がありません」). */
  title: string;
  /** The article that must carry it, and any other the spec allows. */
  articles: string[];
  requires: Requirement[];
  /** Default wording that restores it (company as 当社). */
  restore: string;
  /** When the provision is required at all (options stated by the text). */
  applies?: (facts: Facts) => boolean;
  /**
   * Where everything must be said: `paragraph`, in one 項 with its 号 (the grounds of a list, not
   * words scattered over the article); `statement`, in one sentence (a 号 with its 柱書).
   * Default: each requirement anywhere in the article, each in a statement of its own.
   */
  together?: 'paragraph' | 'statement';
  /**
   * The article is optional: when it is absent the rule is silent (another rule may warn about the
   * absence itself); when present it must say everything required.
   */
  optionalArticle?: boolean;
}

/** A negation right after a positive wording, in the same clause: 「賠償する責任を負わない」. */
const NEGATION = /ない|ません|せず|(?<=[わじけさたらまがばれめ])ず(?![つれかと])/;
/** A negative wording negated again: 「許諾しないものではない」. */
const DOUBLE_NEGATION =
  /ものではない|ものでない|わけではない|とは限らない|ことはない|ものとはしない/;

export type Verdict =
  { said: true } | { said: false; reversed?: { excerpt: string; at: Statement } };

const compiled = new WeakMap<Requirement, RegExp[]>();

function alternatives(r: Requirement): RegExp[] {
  let out = compiled.get(r);
  if (!out) {
    const list = Array.isArray(r.says) ? (r.says as RegExp[]) : [r.says as RegExp];
    out = list.map((re) => (re.global ? re : new RegExp(re.source, `${re.flags}g`)));
    compiled.set(r, out);
  }
  return out;
}

/** Whether one statement says the requirement, or says it reversed. */
export function judge(r: Requirement, s: Statement): Verdict {
  let reversed: { excerpt: string; at: Statement } | undefined;
  if (r.context && !r.context.test(s.lead || s.text)) return { said: false };
  for (const re of alternatives(r)) {
    for (const m of s.text.matchAll(re)) {
      const end = m.index + m[0].length;
      const tail = /^[^、。]*/.exec(s.text.slice(end))![0];
      const undone =
        (r.negative ? DOUBLE_NEGATION.test(tail) : NEGATION.test(tail)) ||
        (r.unless?.test(s.text) ?? false);
      if (!undone) return { said: true };
      const excerpt = s.text
        .slice(m.index, end + tail.length)
        .split(INNER_STOP)
        .join('。');
      reversed ??= { excerpt: excerpt.length > 40 ? `${excerpt.slice(0, 39)}…` : excerpt, at: s };
    }
  }
  return reversed ? { said: false, reversed } : { said: false };
}

/** Whether some statement says it (for rules built by hand). */
export function says(r: Requirement, statements: readonly Statement[]): boolean {
  return statements.some((s) => judge(r, s).said);
}

interface Outcome {
  missing: Requirement[];
  reversed: Map<Requirement, { excerpt: string; at: Statement }>;
  said: number;
  statements: Statement[];
}

function evaluate(requires: readonly Requirement[], statements: Statement[]): Outcome {
  const missing: Requirement[] = [];
  const reversed = new Map<Requirement, { excerpt: string; at: Statement }>();
  for (const r of requires) {
    let rev: { excerpt: string; at: Statement } | undefined;
    let ok = false;
    for (const s of statements) {
      const v = judge(r, s);
      if (v.said) {
        ok = true;
        break;
      }
      rev ??= v.reversed;
    }
    if (!ok) {
      missing.push(r);
      if (rev) reversed.set(r, rev);
    }
  }
  return { missing, reversed, said: requires.length - missing.length, statements };
}

function groups(spec: ProvisionSpec, statements: Statement[]): Statement[][] {
  if (spec.together === 'statement') return statements.map((s) => [s]);
  if (spec.together === 'paragraph') {
    const byParagraph = new Map<unknown, Statement[]>();
    for (const s of statements) {
      const list = byParagraph.get(s.paragraph) ?? [];
      list.push(s);
      byParagraph.set(s.paragraph, list);
    }
    return [...byParagraph.values()];
  }
  return [statements];
}

/** The findings of a provision over a view (for rules that add checks of their own). */
export function checkProvision(spec: ProvisionSpec, view: TextView, facts: Facts): Finding[] {
  if (spec.applies && !spec.applies(facts)) return [];
  const candidates = spec.articles
    .map((id) => article(view.doc, id))
    .filter((a) => a !== undefined);
  const home = candidates[0];
  if (!home) {
    if (spec.optionalArticle) return [];
    return [
      {
        message: `「${spec.title}」の条がありません`,
        expected: spec.summary,
        restore: spec.restore,
      },
    ];
  }
  const statements = candidates.flatMap((a) => view.statements(a));
  const outcomes = groups(spec, statements).map((g) => evaluate(spec.requires, g));
  // The group that says the most of it is the one reported on.
  const best = outcomes.reduce<Outcome | undefined>(
    (b, o) => (b === undefined || o.missing.length < b.missing.length ? o : b),
    undefined,
  ) ?? { missing: spec.requires.slice(), reversed: new Map(), said: 0, statements: [] };
  if (best.missing.length === 0) return [];
  const out: Finding[] = [];
  const absent = best.missing.filter((r) => !best.reversed.has(r));
  const where = spec.together && best.said > 0 ? best.statements[0] : undefined;
  if (absent.length > 0) {
    out.push({
      message: `${absent.map((m) => `「${m.what}」`).join('、')}の定めが見当たりません`,
      article: where?.article ?? home,
      ...(where ? { paragraph: where.paragraph } : {}),
      expected: spec.summary,
      restore: spec.restore,
    });
  }
  for (const [r, { excerpt, at }] of best.reversed) {
    out.push({
      message: `「${r.what}」の定めが反対の趣旨になっています（「${excerpt}」）`,
      article: at.article,
      paragraph: at.paragraph,
      expected: spec.summary,
      restore: spec.restore,
    });
  }
  return out;
}

export function provisionRule(spec: ProvisionSpec): Rule {
  return defineRule({
    id: spec.id,
    severity: 'error',
    summary: spec.summary,
    check: ({ view, facts }) => checkProvision(spec, view, facts),
  });
}
