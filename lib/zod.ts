import { z } from 'zod';

// Zod probes `Function("")` to decide whether it may JIT; an MV3 worker's CSP forbids that (and web-ext lint
// flags it). Jitless mode skips the probe. Every module imports `z` from here so the setting always applies first.
z.config({ jitless: true });

export { z };
