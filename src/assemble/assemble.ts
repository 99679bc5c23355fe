// config + template + clauses → numbered, resolved Document.
import type { LoadedConfig } from '../config/load.js';
import { checkOverrideText, readOverrideFile } from '../config/overrides.js';
import { parseFieldPath } from '../config/positions.js';
import { recordItemsOf, type Config } from '../config/schema.js';
import { UserError, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type {
  Article,
  Document,
  Inline,
  NumberStyle,
  Revision,
  SupplementaryBlock,
} from '../model/types.js';
import { formatDate } from '../number/format.js';
import { prefectureOf } from '../law/prefecture.js';
import { resolveReferences } from '../resolve/resolve.js';
import {
  defaultTemplateId,
  hasTemplate,
  listTemplates,
  loadClause,
  loadTemplate,
  readPackFile,
  type ClauseSource,
  type TemplateManifest,
} from '../source/clauses.js';
import { describeTemplateError, registerPartial, renderTemplate } from '../template/handlebars.js';
import { TokenTable, stripTokenChars } from '../template/tokens.js';
import { splitFrontMatter } from '../source/front-matter.js';
import { z } from 'zod';
import { CHANNEL_LABELS, buildView, proseValue, retentionText } from '../template/view.js';
import { markdownToArticle } from './markdown-to-article.js';

export interface AssemblyContext {
  loaded: LoadedConfig;
  style: NumberStyle;
  tokens: TokenTable;
  view: Record<string, unknown>;
  /** Runs a clause or commentary body through Handlebars with this config's view. */
  expand(source: { body: string; file: string; bodyLine: number }): string | Diagnostic;
}

export interface AssembleResult {
  document: Document;
  diagnostics: Diagnostic[];
  /** The view and tokens the document was built with, for documents derived from it. */
  context: AssemblyContext;
}

export { locate as locateDiagnostics };

/** Assembles the document; throws UserError (with every problem found) when it cannot. */
export function assemble(loaded: LoadedConfig): AssembleResult {
  const { config } = loaded;
  const diagnostics: Diagnostic[] = [];
  const template = templateOf(loaded);
  for (const [name, rel] of Object.entries(template.partials))
    registerPartial(name, readPackFile(template, rel).text.replace(/\n+$/, ''));
  const style: NumberStyle = { era: config.style.era, digits: config.style.digits };
  const tokens = new TokenTable();

  const refusalClause = loadClause('intake-refusal');
  const built = buildView(config, tokens, refusalClause.examples ?? []);
  diagnostics.push(...locate(built.diagnostics, loaded));

  const known = new Set(template.articles.map((a) => a.id));
  const overrides = loadOverrides(loaded, known, diagnostics);

  const selected = template.articles.filter(
    (a) =>
      a.optional === undefined || (config.optional as Record<string, boolean>)[a.optional] === true,
  );
  const helperContext = { tokens, style };
  const context: AssemblyContext = {
    loaded,
    style,
    tokens,
    view: built.view,
    expand(source) {
      try {
        return renderTemplate(source.body, built.view, helperContext);
      } catch (err) {
        const e = describeTemplateError(err);
        return {
          rule: 'template/handlebars',
          severity: 'error',
          file: source.file,
          message: e.message,
          ...(e.line !== undefined
            ? { position: { line: e.line + source.bodyLine - 1, column: e.column ?? 1 } }
            : {}),
        };
      }
    },
  };
  const articles: Article[] = [];
  for (const entry of selected) {
    const base = loadClause(entry.id);
    const clause = overrides.get(entry.id) ?? base;
    const markdown = context.expand(clause);
    if (typeof markdown !== 'string') {
      diagnostics.push(markdown);
      continue;
    }
    const body = markdownToArticle(markdown, tokens, {
      file: clause.file,
      clause: entry.id,
      lineOffset: clause.bodyLine,
    });
    diagnostics.push(...body.diagnostics);
    if (body.paragraphs.length === 0) {
      diagnostics.push({
        rule: 'template/empty-article',
        severity: 'error',
        file: clause.file,
        message: `条「${clause.title}」の本文が空です`,
      });
    }
    articles.push({
      type: 'article',
      id: entry.id,
      title: clause.title,
      number: articles.length + 1,
      provisions: base.provisions,
      optional: entry.optional !== undefined,
      paragraphs: body.paragraphs,
      origin: {
        clause: entry.id,
        file: clause.file,
        ...(overrides.has(entry.id) ? { override: true } : {}),
      },
    });
  }

  const effective = config.dates.effective ?? config.dates.enacted;
  const document: Document = {
    type: 'document',
    meta: {
      template: template.id,
      templateVersion: template.version,
      title: config.title,
      company: config.company.name,
      ...(config.company.address !== undefined
        ? { companyAddress: proseValue(config.company.address, config.style.digits) }
        : {}),
      enacted: config.dates.enacted,
      effective,
      lastRevised: config.dates.revisions.at(-1)?.date ?? config.dates.enacted,
      style,
      fonts: { body: config.style.font, heading: config.style.headingFont },
      intake: {
        desk: config.desk.name,
        channels: config.intake.channels.map((c) => CHANNEL_LABELS[c.type]),
        anonymous: config.intake.anonymous,
        callRecording:
          config.records.callRecording && config.intake.channels.some((c) => c.type === 'phone'),
        recordItems: recordItemsOf(config).map((i) => proseValue(i, config.style.digits)),
        retention: retentionText(config.records.retention, config.style),
      },
      productRole: config.company.productRole,
      prefecture: prefectureOf(config.company),
    },
    articles,
    supplementary: supplementaryProvisions(config, style),
    revisions: revisionHistory(config),
  };
  diagnostics.push(...resolveReferences(document));
  if (hasErrors(diagnostics)) throw new UserError(diagnostics);
  return { document, diagnostics, context };
}

/** The config's pack (`template:`, else the default pack); an unknown id is the user's error. */
export function templateOf(loaded: LoadedConfig): TemplateManifest {
  const id = loaded.config.template ?? defaultTemplateId();
  if (!hasTemplate(id)) {
    throw new UserError(
      locate(
        [
          {
            rule: 'config/unknown-template',
            severity: 'error',
            path: 'template',
            message: `テンプレート「${id}」はありません`,
            hint: `使えるテンプレート: ${listTemplates().join(', ')}`,
          },
        ],
        loaded,
      ),
    );
  }
  return loadTemplate(id);
}

function locate(ds: Diagnostic[], loaded: LoadedConfig): Diagnostic[] {
  return ds.map((d) => {
    if (d.file || !d.path) return d;
    const position = loaded.positions?.at(parseFieldPath(d.path));
    return { ...d, file: loaded.file, ...(position ? { position } : {}) };
  });
}

function loadOverrides(
  loaded: LoadedConfig,
  known: Set<string>,
  diagnostics: Diagnostic[],
): Map<string, ClauseSource> {
  const out = new Map<string, ClauseSource>();
  for (const [id, rel] of Object.entries(loaded.config.overrides)) {
    const position = loaded.positions?.at(['overrides', id]);
    const at = { file: loaded.file, path: `overrides.${id}`, ...(position ? { position } : {}) };
    if (!known.has(id)) {
      diagnostics.push({
        rule: 'config/unknown-article',
        severity: 'error',
        ...at,
        message: `条の id「${id}」はテンプレートにありません`,
        hint: `使える id: ${[...known].join(', ')}`,
      });
      continue;
    }
    // A file inside the config's folder only (src/config/overrides.ts), or inline text (web app).
    const read = loaded.inlineOverrides
      ? checkOverrideText(rel, `overrides.${id}`)
      : readOverrideFile(loaded.baseDir, rel);
    if (!('text' in read)) {
      diagnostics.push({ severity: 'error', ...at, ...read });
      continue;
    }
    const text = read.text;
    try {
      const base = loadClause(id);
      const parsed = parseOverride(text, loaded.inlineOverrides ? `overrides.${id}` : rel, base);
      out.set(id, parsed);
    } catch (err) {
      diagnostics.push({
        rule: 'config/override-invalid',
        severity: 'error',
        ...at,
        message: `差替えファイル「${rel}」の前書きが正しくありません: ${(err as Error).message}`,
      });
    }
  }
  return out;
}

/** An override may omit front matter (it keeps the original title) or give `title:` only. */
function parseOverride(text: string, file: string, base: ClauseSource): ClauseSource {
  const { data, body, bodyLine } = splitFrontMatter(stripTokenChars(text));
  const fm = overrideFrontMatter.safeParse(data ?? {});
  if (!fm.success)
    throw new Error(
      fm.error.issues.map((i) => `${i.path.join('.') || '(前書き)'}: ${i.message}`).join('; '),
    );
  return {
    ...base,
    ...(fm.data.title !== undefined ? { title: fm.data.title } : {}),
    file,
    body,
    bodyLine,
  };
}

const overrideFrontMatter = z.object({ title: z.string().min(1).optional() }).strict();

function supplementaryProvisions(config: Config, style: NumberStyle): SupplementaryBlock[] {
  const enacted = config.dates.enacted;
  const effective = config.dates.effective ?? enacted;
  const text = (s: string): Inline[] => [{ type: 'text', value: s }];
  const first: SupplementaryBlock = {
    type: 'supplementary',
    kind: 'enactment',
    date: enacted,
    effective,
    content:
      effective === enacted
        ? text(`本ガイドラインは、${formatDate(enacted, style)}から施行する。`)
        : text(
            `本ガイドラインは、${formatDate(enacted, style)}に制定し、${formatDate(effective, style)}から施行する。`,
          ),
  };
  return [
    first,
    ...config.dates.revisions.map((rev): SupplementaryBlock => ({
      type: 'supplementary',
      kind: 'revision',
      date: rev.date,
      effective: rev.date,
      content: text(`この改定は、${formatDate(rev.date, style)}から施行する。`),
    })),
  ];
}

function revisionHistory(config: Config): Revision[] {
  return [
    { version: 1, date: config.dates.enacted, summary: [{ type: 'text', value: '制定' }] },
    ...config.dates.revisions.map((rev, i): Revision => ({
      version: i + 2,
      date: rev.date,
      summary: [
        {
          type: 'value',
          value: proseValue(rev.summary, config.style.digits),
          field: `dates.revisions[${i}].summary`,
        },
      ],
    })),
  ];
}
