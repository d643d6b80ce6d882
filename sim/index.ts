import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCertificate, SIM_HOSTS } from './cert';
import { createControl, createControlHandler, createState } from './control';
import { loadSchemas } from './openapi';
import { createPipeline } from './server';
import type { SimControl } from './types';

// The X simulator: one HTTPS listener on 127.0.0.1 standing in for x.com, api.x.com, upload.x.com,
// upload.twitter.com and pbs.twimg.com, routed by the Host header. Nothing here ever opens a non-loopback socket.

export { signOAuth1 } from './oauth1';
export { validateAgainstSpec } from './openapi';
export type * from './types';

export interface Simulator {
  port: number;
  /** Host names to map to 127.0.0.1:port in the browser. */
  hosts: string[];
  /** The run's self-signed certificate (PEM), for Node clients to trust. */
  certPem: string;
  control: SimControl;
  close(): Promise<void>;
}

export async function startSimulator(options: { port?: number; quiet?: boolean } = {}): Promise<Simulator> {
  loadSchemas(); // fail at start, not at the first request, if the spec holds a keyword the validator lacks
  const cert = await makeCertificate();
  const state = createState();
  let releaseHung = () => {};
  const control = createControl(state, () => releaseHung());
  const pipeline = createPipeline(state, createControlHandler(control), options.quiet ?? false);
  releaseHung = () => pipeline.releaseAll();
  const server = createServer({ key: cert.key, cert: cert.cert }, pipeline.handle);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await cert.dispose();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    hosts: [...SIM_HOSTS],
    certPem: cert.cert,
    control,
    close() {
      closing ??= (async () => {
        pipeline.releaseAll({ timers: true });
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await cert.dispose();
      })();
      return closing;
    },
  };
}
