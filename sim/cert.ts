import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Every host name the simulator answers for; browsers map each of them to 127.0.0.1:PORT. */
export const SIM_HOSTS = ['x.com', 'api.x.com', 'upload.x.com', 'upload.twitter.com', 'pbs.twimg.com'];

export interface SimCert {
  key: string;
  cert: string;
  /** Removes the temp dir holding the key. */
  dispose(): Promise<void>;
}

/**
 * A fresh self-signed certificate per run (2 days), so no key is ever committed and nothing is trusted system-wide:
 * browsers run with --ignore-certificate-errors / acceptInsecureCerts, Node clients pin `certPem` as their CA.
 */
export async function makeCertificate(): Promise<SimCert> {
  const dir = await mkdtemp(join(tmpdir(), 'x-sim-cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const san = [...SIM_HOSTS, 'localhost'].map((h) => `DNS:${h}`).join(',');
  try {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=x.com',
      '-addext',
      `subjectAltName=${san},IP:127.0.0.1`,
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ]);
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    return { key, cert, dispose: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`x simulator: could not make a certificate with openssl: ${String(error)}`);
  }
}
