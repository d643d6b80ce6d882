import { defineContentScript } from 'wxt/utils/define-content-script';
import { tapPage } from '../lib/page-world/tap';

// In the page's own world, before X's scripts: see lib/page-world/protocol.ts for what it reports and obeys, and why.
export default defineContentScript({
  matches: ['https://x.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main: () => tapPage(),
});
