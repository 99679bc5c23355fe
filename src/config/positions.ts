// Maps a field path to the YAML (or JSON) line and column it was written at.
import { isAlias, isMap, isSeq, isScalar, type LineCounter, type Document, type Node } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';

export interface SourcePositions {
  /** Position of the value at `path`, of its key when `key` is set, or of the nearest parent that exists. */
  at(path: readonly PropertyKey[], options?: { key?: boolean }): Position | undefined;
}

export function positionsOf(doc: Document, lineCounter: LineCounter): SourcePositions {
  const toPos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    at(path, options = {}) {
      let node: Node | null = doc.contents as Node | null;
      let keyNode: Node | null = null;
      for (const seg of path) {
        // Through an alias, into the value its anchor names.
        if (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? node;
        if (node && isMap(node)) {
          const pair = node.items.find(
            (p) => isScalar(p.key) && String(p.key.value) === String(seg),
          );
          if (!pair) break; // missing field: point at the parent
          keyNode = pair.key as Node;
          node = (pair.value as Node | null) ?? keyNode;
        } else if (node && isSeq(node) && typeof seg === 'number') {
          const item = node.items[seg] as Node | undefined;
          if (!item) break;
          keyNode = null;
          node = item;
        } else {
          break;
        }
      }
      const target = options.key && keyNode ? keyNode : node;
      const start = target?.range?.[0];
      return start === undefined ? undefined : toPos(start);
    },
  };
}

/** `intake.channels[0].type` → ['intake', 'channels', 0, 'type'] */
export function parseFieldPath(path: string): (string | number)[] {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((s) => s !== undefined && s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
