// The bad-input survey: every input a user could get wrong gives diagnostics, never a crash, a
// stack trace, a polluted prototype or invalid XML (reliability review §5, issue 16).
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import { ConfigUnreadable, loadConfigFile, MAX_CONFIG_BYTES } from '../../src/config/load.js';
import { LIMITS } from '../../src/config/schema.js';
import { MAX_ALIAS_EXPANSION } from '../../src/config/yaml-checks.js';
import { UserError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { configWith, minimal } from '../helpers/build.js';
import { assertWellFormed, docxParts } from '../helpers/docx.js';
import { runCli, tempDir } from '../helpers/cli.js';

async function diagnostics(text: string, baseDir?: string): Promise<Diagnostic[]> {
  try {
    await buildText(text, ['md'], ['guideline'], 'config.yaml', baseDir);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics;
    throw err;
  }
  return [];
}

/** The diagnostics of loading `bytes` as a config file, and whether they count as unreadable. */
async function loadBytes(
  bytes: Uint8Array | string,
): Promise<{ ds: Diagnostic[]; unreadable: boolean }> {
  const file = path.join(tempDir(), 'hinagata.yaml');
  writeFileSync(file, bytes);
  try {
    await loadConfigFile(file);
  } catch (err) {
    if (err instanceof UserError)
      return { ds: err.diagnostics, unreadable: err instanceof ConfigUnreadable };
    throw err;
  }
  return { ds: [], unreadable: false };
}

const sample = stringify(minimal);

describe('bad input survey', () => {
  it('should refuse control characters and lone surrogates by field', async () => {
    const control = await diagnostics(
      JSON.stringify(configWith({ desk: { name: '相談\u0007室' } })),
    );
    expect(control.map((d) => d.path)).toContain('desk.name');
    const surrogate = await diagnostics(
      // JSON.stringify writes the lone surrogate as the escape \ud800; the parser restores it.
      JSON.stringify(configWith({ company: { name: '株式会社\ud800テスト' } })),
    );
    expect(surrogate.map((d) => d.path)).toContain('company.name');
  });

  it('should treat __proto__ and constructor as unknown keys without polluting any prototype', async () => {
    const text = `${sample}__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n`;
    const ds = await diagnostics(text);
    expect(ds.map((d) => d.rule)).toContain('config/unrecognized_keys');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('should never give a stack trace for a bad config on the command line', async () => {
    const dir = tempDir();
    for (const [name, text] of [
      ['empty.yaml', ''],
      ['array.json', '[1, 2]'],
      ['syntax.yaml', 'company:\n  name: "x\n'],
      ['types.yaml', 'company: 3\n'],
    ] as const) {
      writeFileSync(path.join(dir, name), text);
      const run = await runCli(['build', path.join(dir, name), '-o', tempDir()]);
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).not.toMatch(/\n\s+at /);
    }
  });
});

describe('YAML aliases, tags and depth', () => {
  it('should accept 150 harmless aliases of one value', async () => {
    // 100 refusal examples and 50 record items, each an alias of one anchored string.
    const text =
      `${sample}refusal:\n  addExamples:\n    - &ex 深夜に繰り返される長時間の相談\n` +
      '    - *ex\n'.repeat(99) +
      'records:\n  items:\n    - &it 相談の内容、日時及び相談者の氏名\n' +
      '    - *it\n'.repeat(50);
    const ds = await diagnostics(text);
    expect(ds.filter((d) => d.rule.startsWith('config/alias'))).toEqual([]);
    expect(ds.map((d) => d.message).join('\n')).not.toContain('内部エラー');
  });

  it('should refuse an alias bomb as a user error at the alias that crosses the limit', async () => {
    let bomb = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    let prev = 'a';
    for (const name of 'bcdefghi') {
      bomb += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
      prev = name;
    }
    const started = performance.now();
    const ds = await diagnostics(bomb + sample);
    expect(performance.now() - started).toBeLessThan(2000);
    const d = ds.find((x) => x.rule === 'config/alias-limit');
    expect(d?.position?.line).toBe(5); // e: the first level whose expansion passes the limit
    expect(d?.message).toContain(MAX_ALIAS_EXPANSION.toLocaleString('en-US'));
    expect(d?.hint).toBeTruthy();
  });

  it('should refuse a self-referencing alias and an alias without its anchor', async () => {
    const cycle = await diagnostics(`${sample}x: &c [1, *c]\n`);
    expect(cycle.find((d) => d.rule === 'config/alias')?.message).toContain('*c');
    const missing = await diagnostics(sample.replace('株式会社テスト', '*nope'));
    expect(missing.find((d) => d.rule === 'config/alias')).toMatchObject({
      path: 'company.name',
      position: { line: 2 },
    });
  });

  it('should refuse !!js/function, !include and any custom tag with the field and line', async () => {
    for (const [tag, shown] of [
      ['!!js/function', '!!js/function'],
      ['!include', '!include'],
      ['!custom', '!custom'],
      ['!!python/object/apply:os.system', '!!python/object/apply:os.system'],
      ['!!binary', '!!binary'],
      ['!<tag:example.com,2026:x>', 'tag:example.com,2026:x'],
    ]) {
      const ds = await diagnostics(sample.replace('株式会社テスト', `${tag} "株式会社テスト"`));
      const d = ds.find((x) => x.rule === 'config/tag');
      expect(d, tag).toMatchObject({ path: 'company.name', position: { line: 2 } });
      expect(d?.message, tag).toContain(`「${shown}」は使えません`);
    }
    // The core types are plain YAML: !!str keeps 0120 a string.
    const ok = await diagnostics(sample.replace('株式会社テスト', '!!str 株式会社テスト'));
    expect(ok.filter((d) => d.rule === 'config/tag')).toEqual([]);
  });

  it('should say that a deeply nested document is too deep, not that it is badly indented', async () => {
    const flow = await diagnostics(`x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(flow.map((d) => d.rule)).toEqual(['config/too-deep']);
    const block = await diagnostics(
      Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' 1\n',
    );
    expect(block.map((d) => d.rule)).toContain('config/too-deep');
  });
});

describe('encodings', () => {
  // 'company:\n  name: 会社の相談室\n' in other encodings.
  const ascii = 'company:\n  name: ';
  const sjis = Buffer.concat([Buffer.from(ascii), Buffer.from('89ef8ed082cc918a926b8eba', 'hex')]);
  const eucjp = Buffer.concat([Buffer.from(ascii), Buffer.from('b2f1bcd2a4cec1eac3ccbcbc', 'hex')]);
  const text = `${ascii}会社の相談室\n`;
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();

  for (const [name, bytes, expected, iconv] of [
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
      'UTF-16 LE（BOM 付き）',
      'UTF-16LE',
    ],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      'UTF-16 BE（BOM 付き）',
      'UTF-16BE',
    ],
    ['UTF-16 LE without BOM', utf16le, 'UTF-16 LE（BOM なし）', 'UTF-16LE'],
    ['UTF-16 BE without BOM', utf16be, 'UTF-16 BE（BOM なし）', 'UTF-16BE'],
    ['Shift_JIS', sjis, 'Shift_JIS', 'SHIFT_JIS'],
    ['EUC-JP', eucjp, 'EUC-JP', 'EUC-JP'],
  ] as const) {
    it(`should name ${name} and say how to convert it`, async () => {
      const { ds, unreadable } = await loadBytes(bytes);
      expect(unreadable).toBe(true);
      expect(ds).toHaveLength(1);
      expect(ds[0]).toMatchObject({ rule: 'config/encoding', severity: 'error' });
      expect(ds[0]!.message).toContain(`${expected}`);
      expect(ds[0]!.message).toContain('UTF-8');
      expect(ds[0]!.hint).toContain(`iconv -f ${iconv} -t UTF-8`);
    });
  }

  it('should point at invalid UTF-8 bytes in an otherwise UTF-8 file', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${sample.split('\n')[0]}\n  name: 株式会社`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('テスト\n'),
    ]);
    const { ds, unreadable } = await loadBytes(bytes);
    expect(unreadable).toBe(true);
    expect(ds[0]).toMatchObject({ rule: 'config/encoding', position: { line: 2, column: 13 } });
    expect(ds[0]!.message).toContain('0xFF');
  });

  it('should read UTF-8 with or without a BOM, and refuse one NUL byte by field', async () => {
    expect((await loadBytes(`\uFEFF${sample}`)).ds).toEqual([]);
    expect((await loadBytes(sample)).ds).toEqual([]);
    const nul = await loadBytes(sample.replace('株式会社テスト', '株式会社\u0000テスト'));
    expect(nul.unreadable).toBe(false);
    expect(nul.ds.map((d) => d.path)).toContain('company.name');
  });

  it('should refuse a file over the size limit before reading it as YAML', async () => {
    const { ds, unreadable } = await loadBytes(`${sample}#${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(unreadable).toBe(true);
    expect(ds[0]?.rule).toBe('config/too-large');
    expect(ds[0]?.message).toContain('上限 2.0 MB');
  });

  it('should build a 1.5 MB config (long comments) like a small one', async () => {
    const padding = `# ${'あ'.repeat(200)}\n`.repeat(2500);
    expect(Buffer.byteLength(padding)).toBeGreaterThan(1_500_000);
    const result = await buildText(`${padding}${sample}`, ['md']);
    expect(result.document.articles).toHaveLength(13);
  });
});

describe('invisible characters', () => {
  const invisible = [
    0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x200c, 0x200d,
    0x2060, 0xfeff,
  ];
  it('should refuse every bidi control and zero-width character in a name, naming the field and the character', async () => {
    for (const cp of invisible) {
      const code = `U+${cp.toString(16).toUpperCase()}`;
      const ds = await diagnostics(
        JSON.stringify(
          configWith({ company: { name: `株式会社${String.fromCodePoint(cp)}テスト` } }),
        ),
      );
      const d = ds.find((x) => x.rule === 'config/invisible-character');
      expect(d, code).toMatchObject({ path: 'company.name', position: { line: 1 } });
      expect(d?.message, code).toContain(`商号に見えない文字 ${code}`);
      expect(d?.message, code).toContain('5文字目');
    }
  });

  it('should refuse them in every kind of text field', async () => {
    const rlo = '\u202e';
    const ds = await diagnostics(
      stringify(
        configWith({
          desk: { name: `お客様${rlo}相談室` },
          intake: {
            channels: [
              { type: 'phone', number: '03-1234-5678', hours: `平日${rlo}まで` },
              { type: 'webform', url: `https://example.jp/${rlo}form` },
            ],
          },
          refusal: { addExamples: [`深夜の${rlo}相談`] },
          records: { items: [`相談の${rlo}内容`] },
          dates: { revisions: [{ date: '2026-10-01', summary: `改定${rlo}` }] },
          overrides: { records: `./${rlo}records.md` },
        }),
      ),
    );
    const paths = ds.filter((d) => d.rule === 'config/invisible-character').map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'desk.name',
        'intake.channels[0].hours',
        'intake.channels[1].url',
        'refusal.addExamples[0]',
        'records.items[0]',
        'dates.revisions[0].summary',
        'overrides.records',
      ]),
    );
  });

  it('should refuse them in an override file, with its line', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'records.md'),
      '当社は、相談の記録を\n作成する\u200bものとする。\n',
    );
    const ds = await diagnostics(
      stringify(configWith({ overrides: { records: './records.md' } })),
      dir,
    );
    const d = ds.find((x) => x.rule === 'config/invisible-character');
    expect(d?.path).toBe('overrides.records');
    expect(d?.message).toContain('差替えファイル「./records.md」の2行目に見えない文字 U+200B');
  });
});

describe('numbers and limits', () => {
  it('should give the allowed range for a retention period out of range', async () => {
    for (const [retention, range] of [
      [{ years: 1000 }, '1年から100年まで'],
      [{ years: 0 }, '1年から100年まで'],
      [{ years: 1e308 }, '1年から100年まで'],
      [{ months: 5000 }, '1か月から1200か月まで'],
    ] as const) {
      const ds = await diagnostics(stringify(configWith({ records: { retention } })));
      const msgs = ds.filter((d) => d.path?.startsWith('records.retention'));
      expect(msgs, JSON.stringify(retention)).toHaveLength(1);
      expect(msgs[0]?.message).toContain(`保存期間は${range}の整数で書いてください`);
    }
  });

  it('should say that years and months cannot be written together', async () => {
    const ds = await diagnostics(
      stringify(configWith({ records: { retention: { years: 5, months: 3 } as never } })),
    );
    expect(ds.map((d) => d.message).join('\n')).toContain('一緒には書けません');
    expect(ds.map((d) => d.hint).join('\n')).not.toContain('の誤りではありませんか');
  });

  it('should limit list lengths, naming the field, the limit and the count', async () => {
    const many = (n: number, s: string) => Array.from({ length: n }, (_, i) => `${s}${i}`);
    const cases = [
      [
        { refusal: { addExamples: many(LIMITS.refusalExamples + 1, '深夜の相談') } },
        'refusal.addExamples',
        LIMITS.refusalExamples,
      ],
      [
        { refusal: { removeExamples: many(LIMITS.refusalExamples + 1, 'x') } },
        'refusal.removeExamples',
        LIMITS.refusalExamples,
      ],
      [
        { records: { items: many(LIMITS.recordItems + 1, '相談の内容') } },
        'records.items',
        LIMITS.recordItems,
      ],
    ] as const;
    for (const [patch, field, limit] of cases) {
      const ds = await diagnostics(stringify(configWith(patch as never)));
      const d = ds.find((x) => x.path === field && x.rule === 'config/too_big');
      expect(d?.message, field).toContain(`${limit}件以内にしてください（いまは${limit + 1}件）`);
      expect(d?.position, field).toBeDefined();
    }
    let day = Date.UTC(2026, 4, 1);
    const revisions = Array.from({ length: LIMITS.revisions + 1 }, (_, i) => ({
      date: new Date((day += 86_400_000)).toISOString().slice(0, 10),
      summary: `改定${i}`,
    }));
    const ds = await diagnostics(stringify(configWith({ dates: { revisions } })));
    expect(ds.find((d) => d.path === 'dates.revisions')?.message).toContain(
      `${LIMITS.revisions}件以内`,
    );
  });

  it('should build the largest config the limits allow in a few seconds, with valid Word XML', async () => {
    const long = 'あ'.repeat(480);
    const addExamples = Array.from(
      { length: LIMITS.refusalExamples },
      (_, i) => `例${i + 1}の${long}<w:p>&amp;を伴う相談`,
    );
    const started = performance.now();
    const result = await buildText(
      stringify(
        configWith({ company: { name: `株式会社${'い'.repeat(490)}` }, refusal: { addExamples } }),
      ),
      ['docx', 'md'],
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    const refusal = result.document.articles.find((a) => a.id === 'intake-refusal');
    expect(refusal?.paragraphs[1]?.items.length).toBe(LIMITS.refusalExamples + 10);
    const parts = docxParts(result.files[0]!.data as Uint8Array);
    assertWellFormed(parts);
    // Counts in a prose value follow the document's digit style (full-width by default).
    expect(parts['word/document.xml']).toContain('例１００の');
    expect(parts['word/document.xml']).toContain('&lt;w:p&gt;&amp;amp;を伴う相談');
  });
});

describe('overrides stay inside the config folder', () => {
  it('should refuse an absolute path, a path out of the folder and a symbolic link out of it', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'records.md'), '当社は、相談の記録を作成する。\n');
    symlinkSync(path.join(outside, 'records.md'), path.join(dir, 'link.md'));
    for (const rel of ['/etc/passwd', path.join(outside, 'records.md'), '../x.md', './link.md']) {
      const ds = await diagnostics(stringify(configWith({ overrides: { records: rel } })), dir);
      const d = ds.find((x) => x.rule === 'config/override-outside');
      expect(d, rel).toMatchObject({ path: 'overrides.records' });
      expect(d?.message, rel).toContain('設定ファイルのフォルダの外');
      expect(ds.map((x) => x.message).join('\n'), rel).not.toContain('root:');
    }
  });

  it('should read an override in the folder or below it', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'clauses'));
    writeFileSync(
      path.join(dir, 'clauses', 'jurisdiction.md'),
      '本ガイドラインは、日本法に準拠し、東京地方裁判所を第一審の合意管轄裁判所とする。\n',
    );
    const ds = await diagnostics(
      stringify(configWith({ overrides: { jurisdiction: './clauses/jurisdiction.md' } })),
      dir,
    );
    expect(ds.filter((d) => d.rule.startsWith('config/override'))).toEqual([]);
  });

  it('should refuse an override file over 32 KB, naming its size', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'records.md'),
      `${'当社は、相談の記録を作成する。'.repeat(800)}\n`,
    );
    const ds = await diagnostics(
      stringify(configWith({ overrides: { records: './records.md' } })),
      dir,
    );
    expect(ds.find((d) => d.rule === 'config/override-too-large')?.message).toContain('上限 32 KB');
  });

  it('should report an override path that is a folder', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'records'));
    const ds = await diagnostics(
      stringify(configWith({ overrides: { records: './records' } })),
      dir,
    );
    expect(ds.map((d) => d.rule)).toContain('config/override-unreadable');
  });
});

describe('exit codes', () => {
  it('should exit 2 for every input validate cannot read, and 1 for an invalid one', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'folder.yaml'));
    writeFileSync(path.join(dir, 'sjis.yaml'), Buffer.from('6e616d653a2089ef8ed0', 'hex'));
    writeFileSync(path.join(dir, 'utf16.md'), Buffer.from('\uFEFF第1条（目的）\n', 'utf16le'));
    for (const file of [
      'missing.yaml',
      'missing.json',
      'missing.docx',
      'missing.md',
      'folder.yaml',
      'sjis.yaml',
      'utf16.md',
    ]) {
      const run = await runCli(['validate', path.join(dir, file)]);
      expect(run.code, file).toBe(2);
      expect(run.stdout, file).toContain('読めませんでした');
    }
    writeFileSync(path.join(dir, 'bad.yaml'), 'company: 3\n');
    expect((await runCli(['validate', path.join(dir, 'bad.yaml')])).code).toBe(1);
  });

  it('should answer an output that cannot be written with exit 1, not an internal error', async () => {
    const dir = tempDir();
    const config = path.join(dir, 'a.yaml');
    writeFileSync(config, sample);
    writeFileSync(path.join(dir, 'blocker'), 'x');
    const run = await runCli(['diff', config, config, '-o', path.join(dir, 'blocker', 'out')]);
    expect(run.code).toBe(1);
    // The folder and the errno code, whether main or the output writer words it.
    expect(run.stderr).toContain('blocker');
    expect(run.stderr).toMatch(/（E[A-Z]{3,}[）:]/);
    expect(run.stderr).not.toContain('内部エラー');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('should answer an alias bomb and a custom tag with exit 1 and no internal error', async () => {
    const dir = tempDir();
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ])
      bomb += `${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]\n`;
    writeFileSync(path.join(dir, 'bomb.yaml'), bomb + sample);
    writeFileSync(
      path.join(dir, 'tag.yaml'),
      sample.replace('株式会社テスト', '!include secrets.yaml'),
    );
    for (const file of ['bomb.yaml', 'tag.yaml']) {
      for (const command of ['build', 'validate']) {
        const run = await runCli([
          command,
          path.join(dir, file),
          ...(command === 'build' ? ['-o', tempDir()] : []),
        ]);
        expect(run.code, `${command} ${file}`).toBe(1);
        expect(run.stderr + run.stdout, `${command} ${file}`).not.toContain('内部エラー');
      }
    }
  });
});
