// zod issues → Diagnostics in Japanese, with "did you mean" for misspelt keys and values.
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePositions } from './positions.js';
import { keysAt } from './shape.js';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  boolean: 'true 又は false',
  object: 'キーと値の組（オブジェクト）',
  array: 'リスト（配列）',
  undefined: '未記入',
  null: 'null',
};

function describeReceived(value: unknown): string {
  if (value === undefined) return '未記入';
  if (value === null) return '空（null）';
  if (Array.isArray(value)) return 'リスト';
  if (typeof value === 'object') return 'オブジェクト';
  if (typeof value === 'string')
    return `文字列「${value.length > 40 ? `${value.slice(0, 40)}…` : value}」`;
  return `${typeof value === 'number' ? '数値' : typeof value === 'boolean' ? '真偽値' : typeof value} ${String(value)}`;
}

export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

export function issueToDiagnostics(
  issue: Issue,
  ctx: { schema: z.ZodType; data: unknown; file: string; positions: SourcePositions | undefined },
): Diagnostic[] {
  const base = (
    path: readonly PropertyKey[],
    message: string,
    hint?: string,
    key = false,
  ): Diagnostic => {
    const position = ctx.positions?.at(path, { key });
    return {
      rule: `config/${issue.code === 'custom' && typeof issue.params?.['rule'] === 'string' ? issue.params['rule'] : issue.code}`,
      severity: 'error',
      message,
      file: ctx.file,
      path: formatPath(path) || '(最上位)',
      ...(position ? { position } : {}),
      ...(hint ? { hint } : {}),
    };
  };
  const path = issue.path;
  const received = valueAt(ctx.data, path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(ctx.schema, path, valueAt(ctx.data, path));
      return issue.keys.map((key) => {
        // A key of another branch of a union (retention: years and months together).
        if (allowed.includes(key)) {
          const written = Object.keys(
            (received && typeof received === 'object' ? received : {}) as object,
          ).filter((k) => k !== key && allowed.includes(k));
          return base(
            [...path, key],
            `「${key}」は${written.length > 0 ? `「${written.join('」「')}」` : 'ほかのキー'}と一緒には書けません`,
            `${[key, ...written].join(' 又は ')} のどちらか一方だけを書いてください`,
            true,
          );
        }
        const guess = suggest(key, allowed);
        const hint = guess
          ? `「${guess}」の誤りではありませんか`
          : allowed.length > 0
            ? `書けるキー: ${allowed.join(', ')}`
            : undefined;
        return base([...path, key], `未知のキー「${key}」があります`, hint, true);
      });
    }
    case 'invalid_type': {
      if (received === undefined) {
        return [base(path, '必須の項目がありません', `「${String(path.at(-1))}」を書いてください`)];
      }
      const expected = typeNames[issue.expected] ?? issue.expected;
      const sep = /[A-Za-z]$/.test(expected) ? ' ' : '';
      return [
        base(path, `${expected}${sep}を書いてください（いまは${describeReceived(received)}）`),
      ];
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const guess = typeof received === 'string' ? suggest(received, options) : undefined;
        return [
          base(
            path,
            `${String(issue.discriminator)} に ${received === undefined ? '何も書かれていません' : `${JSON.stringify(received)} は使えません`}。${options.join(', ')} のいずれかにしてください`,
            guess ? `「${guess}」の誤りではありませんか` : undefined,
          ),
        ];
      }
      // Plain unions (e.g. retention: {years} | {months}): report the branch closest to what was written.
      const branches = issue.errors;
      const best = [...branches].sort((a, b) => a.length - b.length)[0];
      if (best && best.length > 0) {
        const keys = received && typeof received === 'object' ? Object.keys(received) : [];
        const tailored = branches.find(
          (b) =>
            b.every(
              (i) => i.code !== 'unrecognized_keys' || !i.keys.some((k) => keys.includes(k)),
            ) && b.length > 0,
        );
        return (tailored ?? best).flatMap((inner) =>
          issueToDiagnostics({ ...inner, path: [...path, ...inner.path] } as Issue, ctx),
        );
      }
      return [base(path, `書き方が正しくありません（いまは${describeReceived(received)}）`)];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof received === 'string' ? suggest(received, options) : undefined;
      return [
        base(
          path,
          `${describeReceived(received)} は使えません。${options.join(', ')} のいずれかにしてください`,
          guess ? `「${guess}」の誤りではありませんか` : undefined,
        ),
      ];
    }
    case 'too_small': {
      if (issue.origin === 'array')
        return [
          base(
            path,
            issue.message.startsWith('Too')
              ? `少なくとも${String(issue.minimum)}件必要です`
              : issue.message,
          ),
        ];
      if (issue.origin === 'string')
        return [base(path, issue.message.startsWith('Too') ? '空です' : issue.message)];
      return [
        base(
          path,
          issue.message.startsWith('Too')
            ? `${String(issue.minimum)}${issue.inclusive ? '以上' : 'より大きい値'}にしてください（いまは${describeReceived(received)}）`
            : `${issue.message}（いまは${describeReceived(received)}）`,
        ),
      ];
    }
    case 'too_big': {
      const now =
        issue.origin === 'array' && Array.isArray(received)
          ? `（いまは${received.length}件）`
          : issue.origin === 'string' && typeof received === 'string'
            ? `（いまは${[...received].length}文字）`
            : typeof received === 'number'
              ? `（いまは${describeReceived(received)}）`
              : '';
      const unit = issue.origin === 'array' ? '件' : issue.origin === 'string' ? '文字' : '';
      return [
        base(
          path,
          issue.message.startsWith('Too')
            ? `${String(issue.maximum)}${unit}${issue.inclusive ? '以下' : '未満'}にしてください${now}`
            : `${issue.message}${now}`,
        ),
      ];
    }
    default:
      return [
        base(
          path,
          issue.message.match(/^[A-Za-z]/)
            ? `値が正しくありません（${issue.message}）`
            : issue.message,
        ),
      ];
  }
}
