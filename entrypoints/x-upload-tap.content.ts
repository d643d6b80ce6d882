import { defineContentScript } from 'wxt/utils/define-content-script';
import { tapUploads } from '../lib/content/upload-tap';

// In the page's own world, before X's scripts: see lib/content/upload-tap.ts for what it reports and why.
export default defineContentScript({
  matches: ['https://x.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main: () => tapUploads(),
});
