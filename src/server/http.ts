// The HTTP plumbing of `hinagata serve`: the one place every response goes through (security
// headers, no internal error text), the request guards (Host, Origin, Content-Type) and the
// bounded body reader. A browser visiting any other site can reach 127.0.0.1, so every check here
// assumes the request may come from a hostile page.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export const MAX_BODY = 1024 * 1024;
/** Deeper JSON than any config (about 5 levels) is refused before anything walks it. */
export const MAX_DEPTH = 64;
/** At most this many diagnostics are sent back; the rest are counted in one more line. */
export const MAX_DIAGNOSTICS = 100;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly diagnostics: Diagnostic[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * The page's own scripts and styles only; the previews are sandboxed srcdoc frames (they inherit
 * this policy and run no script); nothing may frame the app, post a form or load from elsewhere.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' about:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** Writes one response with the security headers; does nothing once a response was started. */
export function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Uint8Array,
): void {
  if (res.headersSent || res.writableEnded) return;
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(value));
}

/** Caps the diagnostics sent back, so a list of 50,000 mistakes is not answered with 20 MB. */
export function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  return [
    ...diagnostics.slice(0, MAX_DIAGNOSTICS),
    {
      rule: 'config/more',
      severity: 'error',
      message: `ほかに${diagnostics.length - MAX_DIAGNOSTICS}件の問題があります。上の問題を直してから、もう一度確かめてください`,
    },
  ];
}

export function sendError(res: ServerResponse, err: HttpError): void {
  if (res.headersSent || res.writableEnded) return;
  res.writeHead(err.status, {
    ...SECURITY_HEADERS,
    ...err.headers,
    'content-type': 'application/json; charset=utf-8',
  });
  res.end(JSON.stringify({ error: err.message, diagnostics: capDiagnostics(err.diagnostics) }));
}

export type Logger = (line: string, err?: unknown) => void;

/** An unexpected error: logged here with an id; the client gets a Japanese message and the id. */
export function sendInternalError(res: ServerResponse, err: unknown, log: Logger): void {
  const id = randomBytes(4).toString('hex');
  log(`hinagata serve: 内部エラー ${id}`, err);
  if (res.headersSent || res.writableEnded) {
    res.destroy();
    return;
  }
  sendJson(res, 500, {
    error: `処理の途中で問題が起きました（番号 ${id}）。もう一度試しても直らないときは、この番号を添えて管理者に知らせてください`,
    id,
  });
}

/** The Host values this server answers to (DNS rebinding: any other name is refused). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function checkHost(req: IncomingMessage, hosts: Set<string>): string {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host))
    throw new HttpError(
      421,
      'このアドレスでは応じません。画面は hinagata serve が表示したアドレス（http://127.0.0.1:番号/）で開いてください',
    );
  return host;
}

/**
 * Work-making requests must come from the page itself: a same-origin `Origin` (browsers send it
 * with every POST) and a JSON body, which no form and no "simple" cross-site request can send.
 */
export function checkSameOrigin(req: IncomingMessage, host: string): void {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    throw new HttpError(403, 'ほかのサイトからの要求には応じません');
  if (req.headers.origin !== `http://${host}`)
    throw new HttpError(403, 'ほかのサイトからの要求には応じません（Origin が一致しません）');
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json')
    throw new HttpError(415, '要求の形式が違います（JSON で送ってください）');
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const tooLarge = () =>
    new HttpError(
      413,
      `要求が大きすぎます（上限 ${MAX_BODY / 1024 / 1024} MB）。設定は数キロバイトで足ります`,
    );
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Depth of a parsed JSON value, without recursion (a deep value must not overflow the stack). */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return max;
}

/** The JSON body as an object, or a 400 that says what is wrong with it. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new HttpError(400, '要求の本文を JSON として読めません', [
      { rule: 'config/syntax', severity: 'error', message: '要求の本文が JSON ではありません' },
    ]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new HttpError(400, '要求の本文は JSON のオブジェクト（{ … }）にしてください');
  if (depthOf(data) > MAX_DEPTH)
    throw new HttpError(400, `要求の本文の入れ子が深すぎます（${MAX_DEPTH}段まで）`);
  return data as Record<string, unknown>;
}

/** Settles with `work`, or rejects with 503 after `ms` (the work itself runs to its end). */
export function withBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HttpError(
            503,
            '作成に時間がかかりすぎたため中止しました。例や記録事項の数を減らしてから、もう一度試してください',
          ),
        ),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
