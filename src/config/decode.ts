// Config bytes → text. Configs are UTF-8 (a UTF-8 BOM is allowed); a file saved as UTF-16,
// UTF-32, Shift_JIS or EUC-JP, or holding bytes that are not UTF-8, is refused with the encoding
// named and the command that converts it, never read as mojibake.
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';

export interface Decoded {
  text: string;
}

/** Why the bytes are not a UTF-8 config: a Diagnostic without `file` (the caller adds it). */
export type EncodingProblem = Omit<Diagnostic, 'file'>;

const SAVE_AS_UTF8 = 'エディタで文字コードを UTF-8 にして保存し直してください';

function converted(from: string): string {
  return `${SAVE_AS_UTF8}（例: iconv -f ${from} -t UTF-8 元のファイル > 新しいファイル）`;
}

function wrongEncoding(what: string, name: string, iconvName: string, note = ''): EncodingProblem {
  return {
    rule: 'config/encoding',
    severity: 'error',
    message: `${what}が ${name}${/[）)]$/.test(name) ? '' : ' '}で保存されています。${what}は UTF-8 で書いてください${note}`,
    hint: converted(iconvName),
  };
}

/** Decodes a config file, or says which encoding it is in and how to convert it. */
export function decodeConfig(buf: Uint8Array, what = '設定ファイル'): Decoded | EncodingProblem {
  // Byte order marks (UTF-32 first: its LE mark starts with UTF-16 LE's).
  if (startsWith(buf, [0xff, 0xfe, 0x00, 0x00]))
    return wrongEncoding(what, 'UTF-32 LE（BOM 付き）', 'UTF-32LE');
  if (startsWith(buf, [0x00, 0x00, 0xfe, 0xff]))
    return wrongEncoding(what, 'UTF-32 BE（BOM 付き）', 'UTF-32BE');
  if (startsWith(buf, [0xff, 0xfe]))
    return wrongEncoding(what, 'UTF-16 LE（BOM 付き）', 'UTF-16LE');
  if (startsWith(buf, [0xfe, 0xff]))
    return wrongEncoding(what, 'UTF-16 BE（BOM 付き）', 'UTF-16BE');
  const bomless = utf16WithoutBom(buf);
  if (bomless) return wrongEncoding(what, `UTF-16 ${bomless}（BOM なし）`, `UTF-16${bomless}`);

  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { text };
  } catch {
    // not UTF-8: find out what it is below
  }
  const scan = scanUtf8(buf);
  // Mostly UTF-8 with a few broken bytes (a paste from another file, a truncated copy).
  if (scan.validMultibyte > scan.invalid) {
    return {
      rule: 'config/encoding',
      severity: 'error',
      position: positionOf(buf, scan.firstInvalid),
      message: `UTF-8 として読めないバイト（0x${hex(buf[scan.firstInvalid] ?? 0)}）があります（${scan.invalid}か所）`,
      hint: 'この位置の文字を消して書き直し、UTF-8 で保存してください',
    };
  }
  if (decodes(buf, 'euc-jp')) return wrongEncoding(what, 'EUC-JP', 'EUC-JP');
  if (decodes(buf, 'shift_jis'))
    return wrongEncoding(
      what,
      'Shift_JIS',
      'SHIFT_JIS',
      '（Windows の機種依存文字（①、㈱ など）を含むときは iconv -f CP932）',
    );
  return {
    rule: 'config/encoding',
    severity: 'error',
    position: positionOf(buf, scan.firstInvalid),
    message: `${what}が UTF-8 ではありません（UTF-8 として読めないバイト 0x${hex(buf[scan.firstInvalid] ?? 0)} があります）`,
    hint: `${SAVE_AS_UTF8}（元の文字コードが分かれば iconv -f <文字コード> -t UTF-8 で変換できます）`,
  };
}

function startsWith(buf: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, '0');
}

function decodes(buf: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a byte order mark: a YAML config is mostly ASCII (keys, indentation), so in
 * UTF-16 every other byte is zero. One stray NUL in a UTF-8 file is not that (the schema refuses
 * it as a control character, by field).
 */
function utf16WithoutBom(buf: Uint8Array): 'LE' | 'BE' | undefined {
  const n = Math.min(buf.length, 8192) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'LE';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'BE';
  return undefined;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that start no valid sequence. */
function scanUtf8(buf: Uint8Array): {
  validMultibyte: number;
  invalid: number;
  firstInvalid: number;
} {
  let validMultibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok && len === 3) {
      const b1 = buf[i + 1]!;
      ok = !(b === 0xe0 && b1 < 0xa0) && !(b === 0xed && b1 > 0x9f);
    }
    if (ok && len === 4) {
      const b1 = buf[i + 1]!;
      ok = !(b === 0xf0 && b1 < 0x90) && !(b === 0xf4 && b1 > 0x8f);
    }
    if (ok) {
      if (len > 1) validMultibyte++;
      i += len;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { validMultibyte, invalid, firstInvalid: Math.max(firstInvalid, 0) };
}

/** Line and column (in characters) of a byte offset. */
function positionOf(buf: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(buf.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
