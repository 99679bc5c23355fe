// `hinagata serve`: the local web app and its JSON API, on 127.0.0.1 only. Everything runs on this
// machine; nothing is sent anywhere. The API is the same code the CLI runs: a config (as JSON) is
// validated by the schema, assembled, checked and rendered; a bad config answers 400 with the same
// diagnostics (field paths) the CLI prints.
//
// The server is reachable from any page the user visits, so: every request ends in a response
// and none can stop the process; only the Host names of this machine are answered (DNS
// rebinding); work is done only for the page itself (same Origin, JSON body); bodies, configs,
// the template cache and each request's time are bounded; internal errors are logged here and
// answered with an id only.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { stringify as stringifyYaml } from 'yaml';
import { assemble } from '../assemble/assemble.js';
import { DOCS, FORMATS, buildLoaded, type DocKind, type Format } from '../build.js';
import { diffDate, renderComparison } from '../comparison.js';
import { configJsonSchema, SCHEMA_ID } from '../config/json-schema.js';
import { parseConfigText, type LoadedConfig } from '../config/load.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { compareDocuments } from '../diff/compare.js';
import type { Document, Inline, Item } from '../model/types.js';
import { articleHeading, inlineText } from '../model/text.js';
import { renderComparisonHtml } from '../render/comparison/html.js';
import { zipSyncUtc } from '../render/docx/render.js';
import { packageRoot, packageVersion } from '../source/paths.js';
import { listTemplates, loadTemplate } from '../source/clauses.js';
import { validateDocument } from '../validate/validate.js';
import { MIME, WRITERS } from '../writers.js';
import {
  allowedHosts,
  checkHost,
  checkSameOrigin,
  HttpError,
  parseJsonObject,
  readBody,
  send,
  sendError,
  sendInternalError,
  sendJson,
  withBudget,
  type Logger,
} from './http.js';
import { importYaml } from './import.js';
import { contentDisposition, downloadName } from './names.js';

export { MAX_BODY } from './http.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

type Body = Record<string, unknown>;

/** The config of a request: `{ "config": {…} }` (the page) or the config itself (a script). */
function configOf(body: Body): unknown {
  if (!('config' in body)) return body;
  const extra = Object.keys(body).filter((k) => k !== 'config');
  if (extra.length > 0)
    throw new HttpError(400, `要求に使えない項目があります（${extra.join('、')}）`);
  return body['config'];
}

/** A config sent by the page: read by the same schema, defaults and diagnostics as the CLI's. */
function loadedFrom(config: unknown): LoadedConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config))
    throw new HttpError(400, '設定がありません（config に設定のオブジェクトを入れてください）');
  try {
    return {
      ...parseConfigText(JSON.stringify(config), 'config', process.cwd()),
      inlineOverrides: true,
    };
  } catch (err) {
    if (err instanceof UserError) throw new HttpError(400, '設定に誤りがあります', err.diagnostics);
    throw err;
  }
}

const CONTENT_TYPES: Record<Format | 'zip', string> = { ...MIME, zip: 'application/zip' };
/** The zip's entries carry this time, as the CLI's files carry the build's date. */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

function download(
  res: ServerResponse,
  type: string,
  name: string,
  ascii: string,
  data: Uint8Array | string,
): void {
  send(
    res,
    200,
    { 'content-type': type, 'content-disposition': contentDisposition(name, ascii) },
    data,
  );
}

async function build(url: URL, body: Body, res: ServerResponse): Promise<void> {
  const format = url.searchParams.get('format') ?? 'html';
  const doc = (url.searchParams.get('doc') ?? 'guideline') as DocKind;
  if (format !== 'zip' && !(FORMATS as readonly string[]).includes(format))
    throw new HttpError(400, `形式（format）は ${FORMATS.join('、')} 又は zip のいずれかです`);
  if (!(DOCS as readonly string[]).includes(doc))
    throw new HttpError(400, `文書（doc）は ${DOCS.join('、')} のいずれかです`);
  const config = configOf(body);
  const loaded = loadedFrom(config);
  const force = url.searchParams.get('force') === '1';
  const c = config as Parameters<typeof downloadName>[0];
  try {
    if (format === 'zip') {
      // The pack's default documents (the others need fields a config may lack: ask for them).
      const result = await buildLoaded(loaded, ['docx', 'pdf', 'md', 'html'], [], { force });
      const zip = zipSyncUtc(
        Object.fromEntries(
          result.files.map((f) => [f.name, typeof f.data === 'string' ? strToU8(f.data) : f.data]),
        ),
        ZIP_TIME,
      );
      return download(res, CONTENT_TYPES.zip, downloadName(c, 'zip', 'zip'), 'hinagata.zip', zip);
    }
    const result = await buildLoaded(loaded, [format as Format], [doc], { force });
    const file = result.files[0];
    if (!file)
      throw new HttpError(
        400,
        'この文書はこの形式では作れません（相談記録票は Word 又は PDF です）',
      );
    send(
      res,
      200,
      {
        'content-type': CONTENT_TYPES[format as Format],
        'content-disposition': contentDisposition(downloadName(c, doc, format), file.name),
        'x-hinagata-diagnostics': encodeURIComponent(
          JSON.stringify(result.diagnostics.map((d) => d.rule)),
        ),
      },
      file.data,
    );
  } catch (err) {
    if (err instanceof UserError)
      throw new HttpError(400, '設定又は文書に誤りがあります', err.diagnostics);
    throw err;
  }
}

function validate(body: Body): unknown {
  const loaded = loadedFrom(configOf(body));
  const report = (findings: unknown[], errors: boolean) => ({
    version: 1,
    tool: `hinagata ${packageVersion()}`,
    files: [{ file: 'config', status: errors ? 'errors' : 'ok', findings }],
  });
  try {
    const { document, diagnostics } = assemble(loaded);
    const findings = [...diagnostics, ...validateDocument(document, 'config')];
    return report(
      findings,
      findings.some((d) => d.severity === 'error'),
    );
  } catch (err) {
    if (err instanceof UserError) return report(err.diagnostics.slice(0, 100), true);
    throw err;
  }
}

/** An article as override text: paragraphs separated by blank lines, 号 as a Markdown list. */
function articleSource(
  paragraphs: Document['articles'][number]['paragraphs'],
  style: Document['meta']['style'],
): string {
  const text = (c: readonly Inline[]) => inlineText(c, style);
  const items = (list: readonly Item[], indent: string): string[] =>
    list.flatMap((i) => [`${indent}- ${text(i.content)}`, ...items(i.children, `${indent}  `)]);
  return paragraphs
    .map((p) =>
      [text(p.content), ...(p.items.length ? ['', ...items(p.items, '')] : [])].join('\n'),
    )
    .join('\n\n');
}

/** The articles of the assembled guideline, for the page's override editor. */
function articles(body: Body): unknown {
  const { document } = (() => {
    try {
      return assemble(loadedFrom(configOf(body)));
    } catch (err) {
      if (err instanceof UserError)
        throw new HttpError(400, '設定に誤りがあります', err.diagnostics);
      throw err;
    }
  })();
  return {
    articles: document.articles.map((a) => ({
      id: a.id,
      heading: articleHeading(a, document.meta.style),
      text: articleSource(a.paragraphs, document.meta.style),
      override: a.origin.override === true,
    })),
  };
}

const DIFF_KEYS = new Set(['old', 'new', 'full', 'labels', 'remarks']);

async function diff(url: URL, body: Body, res: ServerResponse): Promise<void> {
  const extra = Object.keys(body).filter((k) => !DIFF_KEYS.has(k));
  if (extra.length > 0)
    throw new HttpError(400, `要求に使えない項目があります（${extra.join('、')}）`);
  const { full, labels, remarks } = body;
  if (full !== undefined && typeof full !== 'boolean')
    throw new HttpError(400, '全文（full）は true 又は false です');
  if (remarks !== undefined && typeof remarks !== 'boolean')
    throw new HttpError(400, '備考（remarks）は true 又は false です');
  if (labels !== undefined && labels !== 'kaisei' && labels !== 'shinkyu')
    throw new HttpError(
      400,
      '見出し（labels）は kaisei（改正後／改正前）又は shinkyu（新／旧）です',
    );
  const format = url.searchParams.get('format') ?? 'json';
  if (!['json', 'docx', 'pdf', 'redline'].includes(format))
    throw new HttpError(400, '形式（format）は json、docx、pdf 又は redline のいずれかです');
  const docOf = (c: unknown, which: string) => {
    try {
      return assemble(loadedFrom(c)).document;
    } catch (err) {
      if (err instanceof UserError)
        throw new HttpError(400, `${which}の設定に誤りがあります`, err.diagnostics);
      throw err;
    }
  };
  const oldDoc = docOf(body['old'], '比べる元の版');
  const newDoc = docOf(body['new'], 'いまの版');
  const options = {
    ...(full ? { full: true } : {}),
    ...(labels ? { labels: labels as 'kaisei' | 'shinkyu' } : {}),
    ...(remarks ? { remarks: true } : {}),
  };
  const date = await diffDate(oldDoc, newDoc);
  if (format === 'json') {
    const d = compareDocuments(oldDoc, newDoc, date);
    return sendJson(res, 200, { summary: d.summary, html: renderComparisonHtml(d, options) });
  }
  const { files } = await renderComparison(oldDoc, newDoc, date, options);
  const wanted = format === 'redline' ? 'redline.docx' : `comparison.${format}`;
  const file = files.find((f) => f.name === wanted);
  if (!file) throw new Error(`comparison: ${wanted} was not rendered`);
  const ext = format === 'pdf' ? 'pdf' : 'docx';
  download(
    res,
    CONTENT_TYPES[ext],
    downloadName(
      body['new'] as Parameters<typeof downloadName>[0],
      format === 'redline' ? 'redline' : 'comparison',
      ext,
    ),
    wanted,
    file.data,
  );
}

function exportYaml(body: Body, res: ServerResponse): void {
  const config = configOf(body);
  loadedFrom(config); // a config the schema refuses is answered 400 with its diagnostics
  download(
    res,
    'text/yaml; charset=utf-8',
    downloadName(config as Parameters<typeof downloadName>[0], 'yaml', 'yaml'),
    'hinagata.yaml',
    `# yaml-language-server: $schema=${SCHEMA_ID}\n${stringifyYaml(config)}`,
  );
}

function importBody(body: Body): unknown {
  if (typeof body['yaml'] !== 'string' || Object.keys(body).length !== 1)
    throw new HttpError(400, '読み込む YAML を yaml に文字列で入れてください');
  return importYaml(body['yaml']);
}

const STATIC: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/app.js': 'app.js',
  '/form.js': 'form.js',
  '/style.css': 'style.css',
};
const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const POST_ROUTES = new Set([
  '/api/build',
  '/api/validate',
  '/api/diff',
  '/api/yaml',
  '/api/import',
  '/api/articles',
]);

/** What the page offers: every pack's documents, each with the formats its writers make. */
function documentList(): unknown {
  return {
    templates: listTemplates().map((id) => {
      const pack = loadTemplate(id);
      return {
        id,
        title: pack.title,
        default: pack.default,
        documents: pack.documents.map((d) => ({
          id: d.id,
          title: d.title,
          default: d.default,
          formats: WRITERS.filter((w) => w.doc === d.id).map((w) => w.format),
        })),
      };
    }),
  };
}

interface Context {
  hosts: Set<string>;
  budgetMs: number;
  log: Logger;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  // A request path is anything the client sent ("//a:b", "//["): parsed as a path only.
  const raw = req.url ?? '/';
  let url: URL;
  try {
    url = new URL(`http://127.0.0.1${raw.startsWith('/') ? '' : '/'}${raw}`);
  } catch {
    throw new HttpError(404, '見つかりません');
  }
  const pathname = url.pathname;
  const host = checkHost(req, ctx.hosts);
  const method = req.method ?? 'GET';
  if (pathname === '/favicon.ico') return send(res, 204, {});
  const file = STATIC[pathname];
  if (file) {
    if (method !== 'GET' && method !== 'HEAD')
      throw new HttpError(405, `この方法（${method}）には応じません`, [], { allow: 'GET, HEAD' });
    const full = path.join(packageRoot(), 'web', file);
    const data = await readFile(full);
    return send(
      res,
      200,
      { 'content-type': STATIC_TYPES[path.extname(full)] ?? 'application/octet-stream' },
      method === 'HEAD' ? undefined : data,
    );
  }
  if (pathname === '/api/documents') {
    if (method !== 'GET' && method !== 'HEAD')
      throw new HttpError(405, `この方法（${method}）には応じません`, [], { allow: 'GET, HEAD' });
    return sendJson(res, 200, documentList());
  }
  if (pathname === '/api/schema') {
    if (method !== 'GET' && method !== 'HEAD')
      throw new HttpError(405, `この方法（${method}）には応じません`, [], { allow: 'GET, HEAD' });
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site')
      throw new HttpError(403, 'ほかのサイトからの要求には応じません');
    return sendJson(res, 200, configJsonSchema());
  }
  if (!POST_ROUTES.has(pathname)) throw new HttpError(404, '見つかりません');
  if (method !== 'POST')
    throw new HttpError(405, `この方法（${method}）には応じません`, [], { allow: 'POST' });
  checkSameOrigin(req, host);
  const body = parseJsonObject(await readBody(req));
  const work = async () => {
    switch (pathname) {
      case '/api/build':
        return build(url, body, res);
      case '/api/validate':
        return sendJson(res, 200, validate(body));
      case '/api/articles':
        return sendJson(res, 200, articles(body));
      case '/api/diff':
        return diff(url, body, res);
      case '/api/yaml':
        return exportYaml(body, res);
      default:
        return sendJson(res, 200, importBody(body));
    }
  };
  await withBudget(work(), ctx.budgetMs);
}

export interface ServeOptions {
  port?: number;
  host?: string;
  /** The most a request may take before it is answered 503 (default 30 s). */
  budgetMs?: number;
  /** The most a client may take to send a request's headers and body (default 20 s). */
  requestTimeoutMs?: number;
  /** Where internal errors are logged (default: standard error). */
  log?: Logger;
}

/** Starts the server; it listens on loopback only and refuses any other address. */
export async function startServer(
  options: ServeOptions = {},
): Promise<{ server: Server; url: string }> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host))
    throw new Error(`hinagata serve は 127.0.0.1 でだけ待ち受けます（${host} は使えません）`);
  const log: Logger =
    options.log ?? ((line, err) => console.error(line, err instanceof Error ? err.stack : err));
  const ctx: Context = { hosts: new Set(), budgetMs: options.budgetMs ?? 30_000, log };
  const timeout = options.requestTimeoutMs ?? 20_000;
  const server = createServer(
    {
      requestTimeout: timeout,
      headersTimeout: Math.min(timeout, 10_000),
      keepAliveTimeout: 5_000,
      // How often the timeouts above are checked (Node's default is every 30 s).
      connectionsCheckingInterval: Math.min(1_000, timeout),
    },
    (req, res) => {
      const fail = (err: unknown) => {
        // A refused body is not read to its end: the connection is closed after the answer.
        if (!req.complete && !res.headersSent) res.setHeader('connection', 'close');
        if (err instanceof HttpError) sendError(res, err);
        else sendInternalError(res, err, log);
      };
      try {
        handle(req, res, ctx).catch(fail);
      } catch (err) {
        fail(err);
      }
    },
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status =
      err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    if (socket.writable)
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  for (const h of allowedHosts(port)) ctx.hosts.add(h);
  return { server, url: `http://${host === '::1' ? '[::1]' : '127.0.0.1'}:${port}/` };
}
