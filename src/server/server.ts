// `hinagata serve`: the local web app and its JSON API, on 127.0.0.1 only. Everything runs on this
// machine; nothing is sent anywhere. The API is the same code the CLI runs: a config (as JSON) is
// validated by the schema, assembled, checked and rendered; a bad config answers 400 with the same
// diagnostics (field paths) the CLI prints.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { DOCS, FORMATS, buildLoaded, type DocKind, type Format } from '../build.js';
import { configJsonSchema } from '../config/json-schema.js';
import { parseConfigText, type LoadedConfig } from '../config/load.js';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { compareDocuments } from '../diff/compare.js';
import { MIME, WRITERS } from '../writers.js';
import { listTemplates, loadTemplate } from '../source/clauses.js';
import { renderComparisonHtml } from '../render/comparison/html.js';
import { assemble } from '../assemble/assemble.js';
import { packageRoot, packageVersion } from '../source/paths.js';
import { validateDocument } from '../validate/validate.js';

export const MAX_BODY = 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new HttpError(413, `リクエストが大きすぎます（上限 ${MAX_BODY} バイト）`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(value));
}

/** A config sent by the page or a script: JSON (the form's state) or YAML text (an import). */
function loadedFrom(text: string): LoadedConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'JSON として読めません', [
      {
        rule: 'config/syntax',
        severity: 'error',
        message: 'リクエストの本文が JSON ではありません',
      },
    ]);
  }
  const source = (data as { config?: unknown }).config ?? data;
  try {
    // Read as YAML text so the same schema, defaults and diagnostics apply as on the command line.
    return {
      ...parseConfigText(JSON.stringify(source), 'config', process.cwd()),
      inlineOverrides: true,
    };
  } catch (err) {
    if (err instanceof UserError) throw new HttpError(400, '設定に誤りがあります', err.diagnostics);
    throw err;
  }
}

const CONTENT_TYPES: Record<Format | 'zip', string> = { ...MIME, zip: 'application/zip' };

async function build(url: URL, text: string, res: ServerResponse): Promise<void> {
  const format = url.searchParams.get('format') ?? 'html';
  const doc = (url.searchParams.get('doc') ?? 'guideline') as DocKind;
  if (format !== 'zip' && !(FORMATS as readonly string[]).includes(format))
    throw new HttpError(400, `format は ${FORMATS.join('|')}|zip です`);
  if (!(DOCS as readonly string[]).includes(doc))
    throw new HttpError(400, `doc は ${DOCS.join('|')} です`);
  const loaded = loadedFrom(text);
  const force = url.searchParams.get('force') === '1';
  try {
    if (format === 'zip') {
      // The pack's default documents (the others need fields a config may lack: ask for them).
      const result = await buildLoaded(loaded, ['docx', 'pdf', 'md', 'html'], [], { force });
      const zip = zipSync(
        Object.fromEntries(
          result.files.map((f) => [
            f.name,
            [
              typeof f.data === 'string' ? strToU8(f.data) : f.data,
              { mtime: new Date('2000-01-01T00:00:00Z') },
            ],
          ]),
        ),
      );
      res.writeHead(200, {
        'content-type': CONTENT_TYPES.zip,
        'content-disposition': 'attachment; filename="hinagata.zip"',
      });
      res.end(zip);
      return;
    }
    const result = await buildLoaded(loaded, [format as Format], [doc], { force });
    const file = result.files[0];
    if (!file)
      throw new HttpError(400, `${doc} は ${format} では作れません（相談記録票は docx 又は pdf）`);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[format as Format],
      'content-disposition': `attachment; filename="${file.name}"`,
      'x-hinagata-diagnostics': encodeURIComponent(
        JSON.stringify(result.diagnostics.map((d) => d.rule)),
      ),
    });
    res.end(file.data);
  } catch (err) {
    if (err instanceof UserError)
      throw new HttpError(400, '設定又は文書に誤りがあります', err.diagnostics);
    throw err;
  }
}

function validate(text: string): unknown {
  const loaded = loadedFrom(text);
  try {
    const { document } = assemble(loaded);
    const findings = validateDocument(document, 'config');
    return {
      version: 1,
      tool: `hinagata ${packageVersion()}`,
      files: [
        {
          file: 'config',
          status: findings.some((d) => d.severity === 'error') ? 'errors' : 'ok',
          findings,
        },
      ],
    };
  } catch (err) {
    if (err instanceof UserError)
      return {
        version: 1,
        tool: `hinagata ${packageVersion()}`,
        files: [{ file: 'config', status: 'errors', findings: err.diagnostics }],
      };
    throw err;
  }
}

function diff(text: string): unknown {
  let data: {
    old?: unknown;
    new?: unknown;
    full?: boolean;
    labels?: 'kaisei' | 'shinkyu';
    remarks?: boolean;
  };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    throw new HttpError(400, 'JSON として読めません');
  }
  const docOf = (c: unknown) => {
    try {
      return assemble(loadedFrom(JSON.stringify(c ?? {}))).document;
    } catch (err) {
      if (err instanceof UserError)
        throw new HttpError(400, '設定に誤りがあります', err.diagnostics);
      throw err;
    }
  };
  const oldDoc = docOf(data.old);
  const newDoc = docOf(data.new);
  const d = compareDocuments(oldDoc, newDoc, newDoc.meta.lastRevised);
  const options = {
    ...(data.full ? { full: true } : {}),
    ...(data.labels ? { labels: data.labels } : {}),
    ...(data.remarks ? { remarks: true } : {}),
  };
  return { summary: d.summary, html: renderComparisonHtml(d, options) };
}

const STATIC: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/app.js': 'app.js',
  '/style.css': 'style.css',
};
const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

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

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  try {
    if (req.method === 'GET' && STATIC[url.pathname]) {
      const file = path.join(packageRoot(), 'web', STATIC[url.pathname]!);
      res.writeHead(200, {
        'content-type': STATIC_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(await readFile(file));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/api/schema')
      return json(res, 200, configJsonSchema());
    if (req.method === 'GET' && url.pathname === '/api/documents')
      return json(res, 200, documentList());
    if (req.method !== 'POST')
      throw new HttpError(url.pathname.startsWith('/api/') ? 405 : 404, '見つかりません');
    const text = await body(req);
    switch (url.pathname) {
      case '/api/build':
        return await build(url, text, res);
      case '/api/validate':
        return json(res, 200, validate(text));
      case '/api/diff':
        return json(res, 200, diff(text));
      case '/api/yaml': {
        // Export: the form's config as YAML, so the CLI builds exactly what the page showed.
        loadedFrom(text); // a config the schema refuses is answered 400 with its diagnostics
        const data = JSON.parse(text) as { config?: unknown };
        res.writeHead(200, {
          'content-type': 'text/yaml; charset=utf-8',
          'content-disposition': 'attachment; filename="hinagata.yaml"',
        });
        res.end(
          `# yaml-language-server: $schema=https://hinagata.invalid/schema/hinagata.schema.json\n${stringifyYaml(data.config ?? data)}`,
        );
        return;
      }
      case '/api/import': {
        let data: unknown;
        try {
          data = parseYaml(text);
        } catch (err) {
          throw new HttpError(
            400,
            `YAML として読めません: ${(err as Error).message.split('\n')[0] ?? ''}`,
          );
        }
        loadedFrom(JSON.stringify(data ?? {})); // answer 400 with diagnostics when invalid
        return json(res, 200, { config: data });
      }
      default:
        throw new HttpError(404, '見つかりません');
    }
  } catch (err) {
    if (err instanceof HttpError)
      return json(res, err.status, { error: err.message, diagnostics: err.diagnostics });
    json(res, 500, { error: `内部エラーです: ${(err as Error).message}` });
  }
}

export interface ServeOptions {
  port?: number;
  host?: string;
}

/** Starts the server; it listens on loopback only and refuses any other address. */
export async function startServer(
  options: ServeOptions = {},
): Promise<{ server: Server; url: string }> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host))
    throw new Error(`hinagata serve は 127.0.0.1 でだけ待ち受けます（${host} は使えません）`);
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://${host === '::1' ? '[::1]' : '127.0.0.1'}:${port}/` };
}
