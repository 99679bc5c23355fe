// The customer-harassment documents of the guideline pack: the public 基本方針 (with its HTML
// fragment) and the employees' notice, built from the guideline's own config and view.
import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildText, type BuildResult } from '../../src/build.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { listTemplates, loadTemplate } from '../../src/source/clauses.js';
import { FORMATS, WRITERS, type DocKind } from '../../src/writers.js';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.yaml'));
const exampleText = (f: string) => readFileSync(`examples/${f}`, 'utf8');

async function build(text: string, docs: DocKind[]): Promise<BuildResult> {
  return buildText(text, ['md'], docs, 'config.yaml', 'examples');
}

const file = (r: BuildResult, name: string) => {
  const f = r.files.find((x) => x.name === name);
  if (!f) throw new Error(`${name} not built`);
  return typeof f.data === 'string' ? f.data : strFromU8(f.data);
};

/** full-options.yaml with changes. */
function variant(edit: (c: Record<string, Record<string, unknown>>) => void): string {
  const c = parse(exampleText('full-options.yaml')) as Record<string, Record<string, unknown>>;
  edit(c);
  return stringify(c);
}

describe('every pack document, in every format, for every example config', () => {
  for (const example of EXAMPLES) {
    for (const id of listTemplates()) {
      const pack = loadTemplate(id);
      const text = exampleText(example);
      for (const doc of pack.documents) {
        it(`should build ${doc.id} of ${id} for ${example}`, async () => {
          const needsDesk = doc.id === 'employee-notice' && !/employeeDesk:/.test(text);
          const run = buildText(text, [...FORMATS], [doc.id as DocKind], example, 'examples');
          if (needsDesk) {
            // A notice that cannot name the desk is refused with the field to fill in.
            const err = await run.then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(err).toBeInstanceOf(UserError);
            expect((err as UserError).diagnostics.map((d) => [d.rule, d.path])).toEqual([
              ['config/required-for-document', 'harassment.employeeDesk'],
            ]);
            return;
          }
          const r = await run;
          const formats = WRITERS.filter((w) => w.doc === doc.id).map((w) => w.format);
          expect(r.files.map((f) => f.name)).toEqual(formats.map((f) => `${doc.id}.${f}`));
          for (const f of r.files) {
            const bytes = typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data;
            expect(bytes.length).toBeGreaterThan(500);
            if (f.name.endsWith('.pdf')) expect(strFromU8(bytes.slice(0, 5))).toBe('%PDF-');
            if (f.name.endsWith('.docx'))
              expect(Object.keys(unzipSync(bytes))).toContain('word/document.xml');
          }
        });
      }
    }
  }
});

describe('the 基本方針 as an HTML fragment', () => {
  it('should be a fragment without document, script, style or external resources', async () => {
    const r = await buildText(exampleText('full-options.yaml'), ['html'], ['cushara-policy']);
    const html = file(r, 'cushara-policy.html');
    expect(html).toMatch(/^<!-- カスタマーハラスメントに対する基本方針/);
    expect(html).toContain(
      '<section class="hinagata-notice hinagata-notice--cushara-policy" lang="ja">',
    );
    for (const banned of [
      /<html/i,
      /<head/i,
      /<body/i,
      /<script/i,
      /<style/i,
      /<link/i,
      /<img/i,
      /\bsrc=/i,
      /\bhref=/i,
      /\bstyle=/i,
      /\bon[a-z]+=/i,
    ])
      expect(html).not.toMatch(banned);
    // Every element carries a class of the one prefix.
    const classes = [...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    expect(classes.every((c) => c.startsWith('hinagata-notice'))).toBe(true);
    expect([...html.matchAll(/<(\w+)/g)].length).toBe(
      classes.filter((c) => !c.includes('--')).length,
    );
  });

  it('should escape config values', async () => {
    const text = variant((c) => {
      c['company']!['name'] = '株式会社<script>alert(1)</script>&"';
      c['company']!['shortName'] = '当社<b>';
    });
    const html = file(await buildText(text, ['html'], ['cushara-policy']), 'cushara-policy.html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('株式会社&#x3C;script>alert(1)&#x3C;/script>&#x26;"');
    expect(html).toContain('当社&#x3C;b>は、');
  });
});

describe('one config, one set of facts: the guideline, the 基本方針 and the notice change together', () => {
  const docs: DocKind[] = ['guideline', 'cushara-policy', 'employee-notice'];
  const texts = async (text: string) => {
    const r = await build(text, docs);
    return {
      guideline: file(r, 'guideline.md'),
      policy: file(r, 'cushara-policy.md'),
      notice: file(r, 'employee-notice.md'),
    };
  };

  it('should change the desk in the guideline and the notice', async () => {
    const before = await texts(exampleText('full-options.yaml'));
    const after = await texts(
      variant((c) => {
        c['harassment']!['employeeDesk'] = '総務部カスハラ相談デスク';
      }),
    );
    expect(before.guideline).toContain('人事部ハラスメント相談窓口');
    expect(before.notice).toContain('- 窓口　人事部ハラスメント相談窓口');
    expect(after.guideline).toContain('窓口として総務部カスハラ相談デスクを定め');
    expect(after.notice).toContain('- 窓口　総務部カスハラ相談デスク');
    expect(after.guideline + after.notice).not.toContain('人事部ハラスメント相談窓口');
  });

  it('should change the definition in all three', async () => {
    const after = await texts(
      variant((c) => {
        c['harassment']!['addParties'] = ['患者及びその家族'];
      }),
    );
    const parties =
      '顧客等（顧客、取引の相手方、施設の利用者、患者及びその家族その他の当社の行う事業に関係を有する者';
    expect(after.guideline).toContain(`${parties}をいい、相談者を含む。）`);
    expect(after.policy).toContain(`${parties}をいいます。）`);
    expect(after.notice).toContain(`${parties}をいいます。）`);
  });

  it('should drop a measure from all three', async () => {
    const before = await texts(exampleText('full-options.yaml'));
    const after = await texts(
      variant((c) => {
        c['harassment']!['measures'] = ['warning', 'end', 'restrict', 'suspend', 'police'];
      }),
    );
    const guidelineItem = '一定の期間を定めて、当該行為を行った者からの相談の受付を拒絶すること。';
    // The public wording speaks to the customer; the notice, to staff, of the other party.
    const publicItem = '- 期間を定めて、以後の御相談の受付をお断りすること。';
    const staffItem = '- 期間を定めて、相手方からの申出の受付を断ること。';
    expect(before.guideline).toContain(guidelineItem);
    expect(before.policy).toContain(publicItem);
    expect(before.notice).toContain(staffItem);
    expect(before.notice).not.toContain('御相談');
    expect(after.guideline).not.toContain(guidelineItem);
    expect(after.policy).not.toContain(publicItem);
    expect(after.notice).not.toContain(staffItem);
    // The police: the emergency call stays, the consultation follows the switch.
    const off = await texts(
      variant((c) => {
        c['harassment']!['measures'] = ['end'];
      }),
    );
    expect(off.guideline).toContain('直ちに警察に通報するものとする。');
    expect(off.guideline).not.toContain('警察に相談するものとする');
    expect(off.policy).toContain('直ちに警察に通報いたします。');
    expect(off.policy).not.toContain('警察に相談いたします');
    expect(off.policy.match(/^- /gm)?.length).toBe(10 + 1);
  });

  it('should date every document with the guideline dates', async () => {
    const { policy, notice } = await texts(exampleText('full-options.yaml'));
    for (const t of [policy, notice]) {
      expect(t).toContain(
        '制定　令和７年４月１日  \n最終改定　令和８年１０月１日  \n株式会社フルオプション\n',
      );
    }
  });

  it('should refuse measures that leave nothing after the request to stop', async () => {
    const err = await build(
      variant((c) => {
        c['harassment']!['measures'] = ['police'];
      }),
      docs,
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    const d = (err as UserError).diagnostics[0]!;
    expect(d.path).toBe('harassment.measures');
    expect(d.message).toMatch(/警察への相談（police）のほかに/);
  });
});
