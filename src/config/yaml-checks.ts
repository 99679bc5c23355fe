// Checks on the YAML tree before it becomes data: tags (only the plain YAML types), aliases (their
// expansion is bounded, a self-reference is refused) and nesting depth. Each problem names the
// field and the line:column it was written at.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Tags a config may carry: the YAML 1.2 core types (`!!str 0120` keeps a string a string). */
const ALLOWED_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/**
 * How many values aliases may add when they are expanded. A config's lists are short (the schema
 * caps them), so 10,000 is far beyond any honest reuse of an anchor, and far below an alias bomb
 * (nine levels of ten aliases: 10^9 values).
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/** A config nests five levels at most; anything deeper is not a config. */
export const MAX_DEPTH = 32;

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

export function checkYamlTree(doc: Document, lineCounter: LineCounter, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (node: Node | null | undefined, path: readonly PropertyKey[]) => {
    const start = node?.range?.[0];
    const pos = start === undefined ? undefined : lineCounter.linePos(start);
    return {
      file,
      path: formatPath(path) || '(最上位)',
      ...(pos ? { position: { line: pos.line, column: pos.col } } : {}),
    };
  };
  const anchors = new Map<string, Node>();
  const size = new Map<Node, number>();
  const open = new Set<Node>();
  let expansion = 0;
  let expansionReported = false;
  let depthReported = false;

  /** Walks in document order; returns the number of values the node stands for once expanded. */
  const walk = (node: unknown, path: readonly PropertyKey[], depth: number): number => {
    if (node === null || node === undefined) return 1;
    const n = node as Node;
    if (depth > MAX_DEPTH) {
      if (!depthReported) {
        depthReported = true;
        out.push({
          rule: 'config/too-deep',
          severity: 'error',
          ...at(n, path),
          message: `入れ子が深すぎます（${MAX_DEPTH}段まで）`,
          hint: '設定は company.name のように数段の入れ子で書きます。`hinagata init` の雛形を参考にしてください',
        });
      }
      return 1;
    }
    if (isAlias(n)) {
      const target = anchors.get(n.source);
      if (!target) {
        out.push({
          rule: 'config/alias',
          severity: 'error',
          ...at(n, path),
          message: `エイリアス「*${n.source}」のアンカー「&${n.source}」がありません`,
          hint: 'アンカー（&名前）はエイリアス（*名前）より前に書いてください',
        });
        return 1;
      }
      if (open.has(target)) {
        out.push({
          rule: 'config/alias',
          severity: 'error',
          ...at(n, path),
          message: `エイリアス「*${n.source}」が自分を含む値を指しています（無限に展開されます）`,
          hint: 'エイリアスを使わずに値を書いてください',
        });
        return 1;
      }
      const s = size.get(target) ?? 1;
      expansion += s;
      if (expansion > MAX_ALIAS_EXPANSION && !expansionReported) {
        expansionReported = true;
        out.push({
          rule: 'config/alias-limit',
          severity: 'error',
          ...at(n, path),
          message: `エイリアスを展開した値が多すぎます（エイリアス「*${n.source}」で上限 ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} 個を超えます）`,
          hint: 'エイリアス（*名前）を入れ子にして値を増やさず、値をそのまま書いてください',
        });
      }
      return s;
    }
    if (n.anchor) anchors.set(n.anchor, n);
    if (n.tag && !ALLOWED_TAGS.has(n.tag)) {
      out.push({
        rule: 'config/tag',
        severity: 'error',
        ...at(n, path),
        message: `タグ「${shortTag(n.tag)}」は使えません（設定は文字列、数値、真偽値、リスト及びキーと値の組だけで書きます）`,
        hint: `「${shortTag(n.tag)}」を消して、値をそのまま書いてください（ファイルの取込み、コードの実行などはできません）`,
      });
    }
    open.add(n);
    let total = 1;
    if (isMap(n)) {
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const keyPath = [...path, isScalar(pair.key) ? String(pair.key.value) : '?'];
        total += walk(pair.key, keyPath, depth + 1);
        total += walk(pair.value, keyPath, depth + 1);
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => {
        total += walk(item, [...path, i], depth + 1);
      });
    }
    open.delete(n);
    size.set(n, total);
    return total;
  };
  walk(doc.contents, [], 0);
  return out;
}
