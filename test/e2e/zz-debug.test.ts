import { test } from 'vitest';
import { attach, Background, LogWindow, openWide, typePost } from './harness/composer';
import { pngFile } from './harness/media-files';
import { ExtensionSession } from './harness/session';

test('debug data saver + app scoped', async () => {
  const session = await ExtensionSession.start('chromium');
  await session.connect();
  const background = await Background.open(session);
  try {
    session.sim.control.setWeb({ dataSaver: true });
    await background.setRule('require');
    const log = new LogWindow(session);
    const page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('saver.png', 52, 48, 9)]);
    await typePost(page, 'Data Saver');
    await new Promise((r) => setTimeout(r, 1500));
    console.log('before post', JSON.stringify((await background.tab(tabId)).items));
    await page.click('#layers [data-testid="tweetButton"]');
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 500));
      console.log(
        i,
        await page.evaluate(() => {
          const r = document.querySelector('alt-text-for-x')?.shadowRoot;
          return (
            (r?.querySelector('[role="alertdialog"]')?.textContent ?? 'none') +
            ' | ' +
            (r?.textContent ?? '').slice(0, 200)
          );
        }),
      );
    }
    console.log(
      'after post',
      JSON.stringify((await background.tab(tabId)).items.map((i) => [i.mediaId, i.status, i.tileKey])),
    );
    console.log('record', JSON.stringify(await background.record(tabId)).slice(0, 1500));
    console.log('log kinds', log.entries('create-tweet').length, log.entries('upload-finalize').length);
    console.log(
      'console',
      session.console
        .map((c) => c.text)
        .join('\n')
        .slice(-3000),
    );
    await page.close();

    session.sim.control.setWeb({ dataSaver: false, appScopedOwnership: true });
    await background.setRule('remind');
    const log2 = new LogWindow(session);
    const page2 = await openWide(session, '/compose/post?lang=en');
    const tab2 = await session.tabIdOf(page2);
    await attach(page2, [pngFile('app-a.png', 45, 48, 1)]);
    const items = await background.waitForItems(tab2, 1);
    const field = await page2.waitForSelector(`pierce/fieldset[data-media-id="${items[0]!.mediaId}"] textarea`);
    await field!.type('Described');
    await page2.click('#layers [data-testid="tweetButton"]');
    await new Promise((r) => setTimeout(r, 6000));
    const tabIdNow = tab2;
    const direct = await (background as unknown as { page: import('puppeteer-core').Page }).page.evaluate(
      async (id, mid) => {
        type B = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: B; chrome: B };
        try {
          const a = await (scope.browser ?? scope.chrome).tabs.sendMessage(id, {
            type: 'reupload/bytes',
            mediaId: mid,
          });
          return JSON.stringify(a)?.slice(0, 200) ?? 'undefined';
        } catch (e) {
          return 'error ' + String(e);
        }
      },
      tabIdNow,
      items[0]!.mediaId,
    );
    console.log('direct bytes', direct);
    console.log(
      'app items',
      JSON.stringify((await background.tab(tab2)).items.map((i) => [i.mediaId, i.status, i.reuploadedAs])),
    );
    console.log('app record', JSON.stringify(await background.record(tab2)).slice(0, 1500));
    console.log(
      'app log',
      JSON.stringify(log2.entries('metadata-v2').map((e) => [e.status, e.body.slice(0, 80)])),
      log2.entries('media-v2-init').length,
    );
    console.log(
      'console2',
      session.console
        .map((c) => c.text)
        .join('\n')
        .slice(-3000),
    );
  } finally {
    await session.close();
  }
}, 120_000);
