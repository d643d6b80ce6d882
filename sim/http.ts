import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SchemaError } from './openapi';

// Response helpers that produce X's wire shapes: JSON with X's content types, RFC 7807 problems, legacy errors.

export const JSON_TYPE = 'application/json; charset=utf-8';
export const PROBLEM_TYPE = 'application/problem+json';
const PROBLEMS = 'https://api.x.com/2/problems';

export type Headers = Record<string, string>;

export function send(res: ServerResponse, status: number, body: string | Buffer, headers: Headers = {}): void {
  if (res.headersSent || res.destroyed) return;
  // X tags every response with a transaction id; clients sometimes log it, so it is cheap realism.
  res.writeHead(status, { 'x-transaction-id': randomBytes(8).toString('hex'), ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Headers = {}): void {
  send(res, status, JSON.stringify(value), { 'content-type': JSON_TYPE, ...headers });
}

export function sendProblem(res: ServerResponse, status: number, problem: object, headers: Headers = {}): void {
  send(res, status, JSON.stringify(problem), { 'content-type': PROBLEM_TYPE, ...headers });
}

/** The legacy v1.1 error shape, still used by upload hosts and for some 429s. */
export function sendLegacyError(res: ServerResponse, status: number, code: number, message: string, h: Headers = {}) {
  sendJson(res, status, { errors: [{ code, message }] }, h);
}

export const unauthorizedProblem = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' };
export const tooManyProblem = {
  title: 'Too Many Requests',
  detail: 'Too Many Requests',
  type: 'about:blank',
  status: 429,
};
export const usageCappedProblem = {
  title: 'Usage capped',
  detail: 'Usage cap exceeded: Daily product cap',
  type: `${PROBLEMS}/usage-capped`,
  period: 'Daily',
  scope: 'Product',
  status: 429,
};

/** X's invalid-request problem: one error per bad parameter, `parameters` keyed by the dotted path. */
export function invalidRequestProblem(errors: SchemaError[], body: unknown): object {
  return {
    errors: errors.map((e) => {
      const path = e.path || 'body';
      const value = e.path ? valueAt(body, e.path) : body;
      return { parameters: { [path]: value === undefined ? [] : [display(value)] }, message: `${path}: ${e.message}` };
    }),
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: `${PROBLEMS}/invalid-request`,
  };
}

export function forbiddenProblem(detail: string, type = `${PROBLEMS}/client-forbidden`): object {
  return { title: 'Forbidden', detail, type, status: 403 };
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Reads `a.b[0].c` out of a parsed body, for echoing the offending value back as X does. */
function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const part of path.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The Host header's name, lower-cased, without port: one listener serves every simulated host. */
export function hostnameOf(req: IncomingMessage): string {
  const host = (req.headers.host ?? '').toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d+$/, '');
}

export function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function parseForm(body: Buffer): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
}

export function isFormBody(req: IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
