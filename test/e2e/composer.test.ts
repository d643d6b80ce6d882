import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pngFile } from './harness/media-files';
import { ExtensionSession } from './harness/session';
import { buttonsNamed, clickVisible, inUi, waitForUi } from './harness/ui';

/** Attaches files through a composer's file input (the modal one by default). */
async function attach(page: Page, files: string[], scope = '#layers'): Promise<void> {
  const input = (await page.waitForSelector(
    `${scope} input[data-testid="fileInput"]`,
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...files);
}

describe.each(['chromium', 'firefox'] as const)('the composer in %s', (name) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    await session.connect();
  });
  afterAll(() => session?.close());

  test('an upload prompts at once; Save applies; Post waits for nothing more', async () => {
    const page = await session.openX('/compose/post');
    await page.waitForSelector('alt-text-for-x');
    await attach(page, [pngFile('one.png', 40), pngFile('two.png', 60)]);
    const dialog = await page.waitForSelector(inUi('[role="dialog"]'), { timeout: 15_000 }); // two uploads, then the prompt: < 3 s under load
    expect(await dialog!.evaluate((d) => d.querySelector('h2')?.textContent)).toBe('Describe your media');
    await waitForUi(page, 'textarea', 2);
    const textareas = await page.$$(inUi('textarea'));
    expect(textareas).toHaveLength(2);
    await textareas[0]!.type('A red square');
    await textareas[1]!.type('A blue square');
    for (const [index, text] of ['A red square', 'A blue square'].entries()) {
      const saves = await buttonsNamed(page, 'Save', inUi('button'));
      expect(saves).toHaveLength(2);
      await clickVisible(saves[index]!);
      await session.sim.control.log.waitFor(
        (e) => e.kind === 'metadata-v2' && e.status === 200 && e.body.includes(text),
        15_000, // one save through the simulator: < 2 s under load
      );
    }
    await waitForUi(page, '[role="status"]', 2);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('[role="dialog"]'),
    );
    await page.type('#layers [data-testid="tweetTextarea_0"]', 'Two squares');
    await page.click('#layers [data-testid="tweetButton"]');
    const created = await session.sim.control.log.waitFor((e) => e.kind === 'create-tweet', 15_000); // the post released once both are applied: < 2 s
    const metadataCalls = session.sim.control.log.entries({ kind: 'metadata-v2' });
    expect(metadataCalls).toHaveLength(2);
    for (const call of metadataCalls) expect(call.seq).toBeLessThan(created.seq);
    const sentIds = metadataCalls.map((c) => (c.json as { id: string }).id).sort();
    const postedIds = (
      created.json as { variables: { media: { media_entities: Array<{ media_id: string }> } } }
    ).variables.media.media_entities
      .map((m) => m.media_id)
      .sort();
    expect(sentIds).toEqual(postedIds);
    await page.close();
  });
});
