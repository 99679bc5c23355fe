// Checks of what the config's values say, run by the schema so that a value the validator would
// refuse in the built guideline is refused at its own field instead (with its YAML line), and so
// that every config the schema accepts builds a guideline that passes the validator (the fuzz
// invariant, test/fuzz/invariant.ts). The patterns are the validator's own (src/validate), never
// copies of them.
import { PHONE_WORDING, POSTAL_DETAIL } from '../validate/contacts.js';
import { PLACEHOLDER } from '../validate/placeholder.js';
import { RECORD_ITEM_WORDS } from '../validate/record-items.js';
import { norm } from '../validate/text.js';

export interface ValueProblem {
  path: (string | number)[];
  message: string;
  /** The diagnostic's id after `config/`. */
  rule: 'placeholder' | 'email-only' | 'record-items' | 'unbalanced-brackets';
}

type Leaf = { path: (string | number)[]; value: string };

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}

/** Fields that are not text of the documents (the editor's schema link, font names, ids). */
const NOT_TEXT = new Set(['$schema', 'template', 'style']);

/** The digits of a phone number: 10 or 11 from a leading 0, or +81 and 9 or 10 more. */
export function phoneNumberProblem(number: string): string | undefined {
  const s = number.normalize('NFKC');
  const digits = s.replace(/\D/g, '');
  const ok = s.trim().startsWith('+') ? /^81\d{9,10}$/.test(digits) : /^0\d{9,10}$/.test(digits);
  return ok
    ? undefined
    : '電話番号は市外局番から10桁又は11桁で書いてください（例: 03-1234-5678、0120-000-000、+81 3 1234 5678）';
}

/** A postal address the guideline can show as one: with 〒, or 都道府県 and 市区町村. */
export function postalAddressProblem(address: string): string | undefined {
  const text = norm(address);
  return POSTAL_DETAIL.some((re) => re.test(text))
    ? undefined
    : '送付先住所は郵便番号（〒100-0005）又は都道府県名及び市区町村名から書いてください（例: 〒100-0005 東京都千代田区丸の内一丁目1番1号）';
}

const PAIRS: Record<string, string> = {
  '(': ')',
  '「': '」',
  '『': '』',
  '[': ']',
  '【': '】',
  '〔': '〕',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
/** Every bracket the check pairs (after norm()). */
export const BRACKETS: ReadonlySet<string> = new Set([...Object.keys(PAIRS), ...CLOSERS.keys()]);

/**
 * A value is printed inside the guideline's own sentences, often inside its brackets
 * (「顧客等（顧客、…、患者その他の…をいう。）」): a stray bracket in it ends or opens the
 * sentence's bracket early, so a reader (and the validator) reads a different sentence. Checked on
 * text after norm() (full-width （） are ( ) there).
 */
export function unbalancedBracket(text: string): string | undefined {
  const open: string[] = [];
  for (const ch of text) {
    if (PAIRS[ch]) open.push(ch);
    else if (CLOSERS.has(ch)) {
      if (open.at(-1) !== CLOSERS.get(ch))
        return `括弧「${ch === ')' ? '）' : ch}」に対応する開き括弧がありません。括弧は対にして書いてください`;
      open.pop();
    }
  }
  const last = open.at(-1);
  return last
    ? `括弧「${last === '(' ? '（' : last}」が閉じられていません。括弧は対にして書いてください`
    : undefined;
}

interface Shape {
  intake?: { channels?: readonly { type?: string }[] };
  records?: { items?: string[] | undefined };
}

export function valueProblems(config: Shape): ValueProblem[] {
  const out: ValueProblem[] = [];
  const channels = config.intake?.channels ?? [];
  const emailOnly = channels.length === 1 && channels[0]?.type === 'email';
  for (const { path, value } of leaves(config)) {
    const top = String(path[0]);
    // An override's value is a file path (its text is checked by the validator where it is used).
    if (NOT_TEXT.has(top) || top === 'overrides') continue;
    const text = norm(value);
    const mark = PLACEHOLDER.exec(text);
    if (mark) {
      out.push({
        path,
        rule: 'placeholder',
        message: `埋められていない箇所「${mark[0]}」があります。実際の名称又は文言を書いてください`,
      });
      continue;
    }
    // The employees' own desk contact is printed in the employee notice only, never in the
    // guideline: an email-only company may well give its staff a telephone extension.
    const notInGuideline = path.join('.') === 'harassment.employeeContact';
    const bracket = unbalancedBracket(text);
    if (bracket) {
      out.push({ path, rule: 'unbalanced-brackets', message: bracket });
      continue;
    }
    if (emailOnly && !notInGuideline && !(path[1] === 'channels' && path[3] === 'type')) {
      const m = PHONE_WORDING.exec(text);
      if (m)
        out.push({
          path,
          rule: 'email-only',
          message: `電子メールだけで受け付ける設定に「${m[0].trim()}」があります。電話、通話又は録音に触れない文言にするか、受付方法（intake.channels）に電話を加えてください`,
        });
    }
  }
  const items = config.records?.items;
  if (items) {
    const all = norm(items.join('\n'));
    const lacking = RECORD_ITEM_WORDS.filter((w) => !w.says.test(all)).map((w) => w.what);
    if (lacking.length > 0)
      out.push({
        path: ['records', 'items'],
        rule: 'record-items',
        message: `記録事項には相談の内容、日時及び相談者の氏名を含めてください（足りないもの: ${lacking.join('、')}）`,
      });
  }
  return out;
}
