// The same config gives the same bytes whatever the machine's time zone and locale (README:
// "Deterministic outputs"): the sample, every document in every format, built by the real command
// in child processes under TZ=UTC / Asia/Tokyo / Pacific/Kiritimati (UTC+14, the zone furthest
// from UTC) and LANG=C.UTF-8 / ja_JP.UTF-8, compared byte for byte. A .docx zip entry's time
// has no zone: it must be the build time in UTC.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { zipSyncUtc } from '../../src/render/docx/render.js';
import { repoRoot, transpiledPackage } from './transpiled-package.js';

const run = promisify(execFile);

const ENVIRONMENTS = [
  { TZ: 'UTC', LANG: 'C.UTF-8' },
  { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'C.UTF-8' },
] as const;

/** Every file under `dir`, by path relative to it. */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** The DOS date and time of every local and central header of a zip, decoded. */
function zipEntryTimes(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const decode = (time: number, date: number) =>
    `${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')}T` +
    `${String(time >> 11).padStart(2, '0')}:${String((time >> 5) & 63).padStart(2, '0')}:${String((time & 31) * 2).padStart(2, '0')}`;
  const out: string[] = [];
  for (let i = 0; i + 4 <= zip.byteLength; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50)
      out.push(decode(view.getUint16(i + 10, true), view.getUint16(i + 12, true)));
    else if (sig === 0x02014b50)
      out.push(decode(view.getUint16(i + 12, true), view.getUint16(i + 14, true)));
  }
  return out;
}

describe('deterministic outputs', () => {
  let pkg: string;
  const builds = new Map<string, Map<string, Buffer>>();

  beforeAll(async () => {
    pkg = transpiledPackage({ withNodeModules: true });
    const sample = path.join(repoRoot, 'examples', 'sample.yaml');
    await Promise.all(
      ENVIRONMENTS.map(async (env) => {
        const out = tempDir('hinagata-det-');
        const { LC_ALL: _lcAll, SOURCE_DATE_EPOCH: _sde, ...rest } = process.env;
        await run(
          process.execPath,
          [path.join(pkg, 'bin', 'hinagata.js'), 'build', sample, '-o', out, '-q', '--jobs', '1'],
          {
            env: { ...rest, ...env },
            cwd: tempDir('hinagata-det-cwd-'),
          },
        );
        builds.set(`TZ=${env.TZ} LANG=${env.LANG}`, filesOf(path.join(out, 'sample')));
      }),
    );
  }, 120_000);

  afterAll(() => builds.clear());

  it('should write every document in every format', () => {
    const names = [...builds.values()][0]!;
    expect([...names.keys()].sort()).toEqual(
      [
        'commentary.docx',
        'commentary.html',
        'commentary.md',
        'commentary.pdf',
        'guideline.docx',
        'guideline.html',
        'guideline.md',
        'guideline.pdf',
        'manifest.json',
        'record-form.docx',
        'record-form.pdf',
      ].sort(),
    );
  });

  it('should give the same bytes under every time zone and locale', () => {
    const [baseName, base] = [...builds.entries()][0]!;
    for (const [name, files] of builds) {
      if (name === baseName) continue;
      expect([...files.keys()].sort(), name).toEqual([...base.keys()].sort());
      const differing = [...files]
        .filter(([f, data]) => !data.equals(base.get(f)!))
        .map(([f]) => f);
      expect(differing, `${name} against ${baseName}`).toEqual([]);
    }
  });

  it('should time every zip entry of every .docx at the build time in UTC', () => {
    const files = [...builds.values()][0]!;
    const built = (JSON.parse(files.get('manifest.json')!.toString('utf8')) as { built: string })
      .built;
    const expected = built.replace(/\.\d{3}Z$/, '').replace(/Z$/, '');
    for (const [name, data] of files) {
      if (!name.endsWith('.docx')) continue;
      const times = zipEntryTimes(data);
      expect(times.length, name).toBe(2 * Object.keys(unzipSync(data)).length);
      expect(new Set(times), name).toEqual(new Set([expected]));
    }
  });
});

describe('zipSyncUtc', () => {
  it('should write the UTC fields whatever process.env.TZ says, even in a local DST gap', () => {
    const saved = process.env['TZ'];
    try {
      // 2018-11-04 00:30 did not exist in São Paulo (clocks went from 00:00 to 01:00).
      const when = new Date(Date.UTC(2018, 10, 4, 0, 30, 10));
      const zips = ['UTC', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Asia/Tokyo'].map((tz) => {
        process.env['TZ'] = tz;
        return zipSyncUtc(
          { 'a.xml': [new TextEncoder().encode('<a/>'), { mtime: when, level: 6 }] },
          when,
        );
      });
      for (const zip of zips) {
        expect(zipEntryTimes(zip)).toEqual(['2018-11-04T00:30:10', '2018-11-04T00:30:10']);
        expect(Buffer.from(zip).equals(Buffer.from(zips[0]!))).toBe(true);
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});
