import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Simulator } from '../../sim/index';

// Requests to the simulator as a browser mapped to it would send them: TCP to 127.0.0.1:port, TLS SNI and Host
// naming the X host, and the run's certificate pinned as the only trusted CA (so the SAN list is checked too).

export interface SimRequest {
  host: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
}

export interface SimResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

export function send(sim: Simulator, r: SimRequest): Promise<SimResponse> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port: sim.port,
        servername: r.host,
        ca: sim.certPem,
        agent: false,
        method: r.method ?? 'GET',
        path: r.path,
        headers: { host: r.host, ...r.headers },
        signal: r.signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(r.body);
  });
}

export function postJson(sim: Simulator, host: string, path: string, body: unknown, headers: Record<string, string>) {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return send(sim, {
    host,
    path,
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function postForm(sim: Simulator, host: string, path: string, form: Record<string, string>) {
  const body = new URLSearchParams(form).toString();
  return send(sim, {
    host,
    path,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
