import * as z from 'zod/mini';

// Zod Mini: the same engine as zod with a functional, tree-shakable API (a few KB instead of tens in each bundle:
// every entrypoint validates messages and storage). Jitless: zod probes `Function("")` to decide whether it may
// JIT, which an MV3 worker's CSP forbids (and web-ext lint flags); the build also strips that code (wxt.config.ts).
// Every module imports `z` from here so the setting always applies first.
z.config({ jitless: true });

export { z };
