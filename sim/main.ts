import { startSimulator } from './index';

// `npm run sim`: runs the simulator for a demo or manual testing, and prints how to point a browser at it.

const port = Number(process.env.SIM_PORT ?? 8443);
const sim = await startSimulator({ port });
const { accessToken } = sim.control.issueToken();
const hosts = sim.hosts;

console.log(`X simulator listening on https://127.0.0.1:${sim.port} (hosts: ${hosts.join(', ')})

Chromium:
  --host-resolver-rules="${hosts.map((h) => `MAP ${h} 127.0.0.1:${sim.port}`).join(', ')}" --ignore-certificate-errors

Firefox prefs (network.socket.forcePort sends every :443 connection to the simulator):
  network.dns.localDomains = ${hosts.join(',')}
  network.socket.forcePort = 443=${sim.port}
  network.trr.mode = 5
  (and accept the self-signed certificate, e.g. acceptInsecureCerts)

Control API: POST https://localhost:${sim.port}/__control/<method> with a JSON argument list, e.g.
  curl -k -X POST https://localhost:${sim.port}/__control/log.entries -d '[{"kind":"metadata-v2"}]'

Demo access token for demo_user (2 h, scopes media.write users.read tweet.read offline.access):
  ${accessToken}

Ctrl+C stops it.`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the X simulator…');
  sim.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
