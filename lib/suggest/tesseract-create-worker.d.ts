// tesseract.js's createWorker on its own: its package entry also pulls in regenerator-runtime, whose fallback
// builds a Function from a string (which the extension's build gates refuse). Same function, same types.
declare module 'tesseract.js/src/createWorker.js' {
  import type { createWorker } from 'tesseract.js';

  const create: typeof createWorker;
  export default create;
}
