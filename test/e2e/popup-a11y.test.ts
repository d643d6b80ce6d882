import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AxeSummary, composerWithImage, popupWithItem, runAxe, textOf, waitForStatus } from './harness/popup';
import { ExtensionSession } from './harness/session';
import { buttonsNamed } from './harness/ui';

/** The in-page prompt, inside the shadow root of <alt-text-for-x> (axe's syntax for a shadow DOM context). */
const PROMPT_CONTEXT = { include: { fromShadowDom: ['alt-text-for-x', '[role="dialog"]'] } };

function report(browser: string, what: string, result: AxeSummary): void {
  console.log(
    `axe ${browser} ${what}: ${result.passes.length} rules passed, ${result.violations.length} violated ` +
      `${JSON.stringify(result.violations)}, ` +
      `${result.incomplete.length} need review (${result.incomplete.join(', ') || 'none'}), ` +
      `${result.inapplicable} inapplicable; passed: ${result.passes.join(', ')}`,
  );
}

/** The language a screen reader would use for an element: the nearest lang, across shadow roots. */
function languageOf(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (element) => {
    let node: Node | null = element;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return null;
  });
}

/** Labels of the form controls, in DOM order: what a person sees next to each field. */
function labelTexts(page: Page, root = 'document'): Promise<string[]> {
  return page.evaluate((where) => {
    const scope = where === 'document' ? document : document.querySelector(where)?.shadowRoot;
    return [...(scope?.querySelectorAll('label') ?? [])].map((l) => (l.textContent ?? '').trim());
  }, root);
}

describe.each(['chromium', 'firefox'] as const)('popup, options and prompt: accessibility and French in %s', (name) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    await session.connect();
  });
  afterAll(() => session?.close());

  test('axe-core finds no violation in the popup (with an item), the options page and the in-page prompt', async () => {
    const page = await composerWithImage(session);
    // An applied item: its status line, and a history entry with its "Clear history" button, are checked too.
    const { popup, mediaId } = await popupWithItem(session, page);
    await popup.type('textarea', 'A heron standing in shallow water');
    await (await buttonsNamed(popup, 'Save'))[0]!.click();
    await waitForStatus(popup, mediaId, 'Applied');
    await waitForStatus(page, mediaId, 'Applied', 'alt-text-for-x');

    // The prompt on x.com, in its shadow root; only our dialog is checked, not the simulated X page around it.
    const prompt = await runAxe(page, PROMPT_CONTEXT);
    report(name, 'in-page prompt', prompt);

    // The popup with "More options" and the history open: every field and panel it shows for an item.
    await (await buttonsNamed(popup, 'More options'))[0]!.click();
    await popup.waitForSelector('.mf-more');
    await (await buttonsNamed(popup, 'History'))[0]!.click();
    await popup.waitForSelector('xpath///button[normalize-space()="Clear history"]', { timeout: 15_000 }); // the history panel read from the background: < 1 s
    const popupResult = await runAxe(popup);
    report(name, 'popup', popupResult);

    const options = await session.openOptions();
    const optionsResult = await runAxe(options);
    report(name, 'options page', optionsResult);

    expect(prompt.violations).toEqual([]);
    expect(popupResult.violations).toEqual([]);
    expect(optionsResult.violations).toEqual([]);
    // The run really checked something in each (a context that matched nothing would pass vacuously).
    for (const result of [prompt, popupResult, optionsResult]) {
      expect(result.passes).toEqual(expect.arrayContaining(['label', 'button-name', 'color-contrast']));
    }

    // Dark mode (the pages follow the system's colour scheme). Chromium only: puppeteer emulates media features
    // over CDP, which Firefox over WebDriver BiDi does not offer.
    if (name === 'chromium') {
      const dark = [{ name: 'prefers-color-scheme', value: 'dark' }];
      for (const [what, target, context] of [
        ['in-page prompt', page, PROMPT_CONTEXT],
        ['popup', popup, undefined],
        ['options page', options, undefined],
      ] as const) {
        // In front: a background tab runs no animation frames, so its transitions would never finish.
        await target.bringToFront();
        await target.emulateMediaFeatures(dark);
        // Colours change through CSS transitions (buttons): check the settled colours, not a frame mid-way.
        await target.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
        const result = await runAxe(target, context);
        report(name, `${what} (dark)`, result);
        expect(result.violations, `${what} in dark mode`).toEqual([]);
        expect(result.passes).toContain('color-contrast');
      }
    }
    await options.close();
    await popup.close();
    await page.close();
  });

  test('Tab reaches Alt text, the three flags, "More options" and "Save" in that order, each visibly focused', async () => {
    const page = await composerWithImage(session);
    const { popup } = await popupWithItem(session, page);
    await popup.bringToFront();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: Array<{ name: string; focusVisible: boolean; outline: string }> = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      stops.push(
        await popup.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          if (!e || e === document.body) return { name: '(body)', focusVisible: false, outline: 'none' };
          const labelled = (e as HTMLInputElement).labels?.[0]?.textContent;
          const name = (e.getAttribute('aria-label') ?? labelled ?? e.textContent ?? '').trim();
          const style = getComputedStyle(e);
          return {
            name,
            focusVisible: e.matches(':focus-visible'),
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        }),
      );
    }
    const names = stops.map((stop) => stop.name);
    const expected = [
      'Alt text',
      'Adult content',
      'Graphic violence',
      'Other sensitive content',
      'More options',
      'Save',
    ];
    const start = names.indexOf('Alt text');
    expect(start, `focus went through: ${names.join(' → ')}`).toBeGreaterThanOrEqual(0);
    expect(names.slice(start, start + expected.length)).toEqual(expected);
    for (const stop of stops.slice(start, start + expected.length)) {
      expect(stop.focusVisible, `${stop.name} matches :focus-visible`).toBe(true);
      expect(stop.outline, `${stop.name} has a focus outline`).not.toMatch(/^none|\b0px$/);
    }
    await popup.close();
    await page.close();
  });

  test('in French, the popup, the options page and the in-page prompt speak French', async () => {
    const updated = await session.message<{ ok: boolean }>('settings/update', { locale: 'fr' });
    expect(updated.ok).toBe(true);
    try {
      const page = await composerWithImage(session);
      await page.waitForFunction(
        () =>
          document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent ===
          'Décrivez vos médias',
        { timeout: 15_000 }, // an upload and the prompt in French: < 3 s under load
      );
      expect(await labelTexts(page, 'alt-text-for-x')).toEqual(
        expect.arrayContaining(['Texte alternatif', 'Contenu pour adultes', 'Violence explicite']),
      );
      const promptButtons = await page.$$eval('alt-text-for-x >>> [role="dialog"] button', (buttons) =>
        buttons.map((b) => (b.textContent ?? '').trim()),
      );
      expect(promptButtons).toEqual(expect.arrayContaining(['Plus d’options', 'Enregistrer']));
      // Set on our UI, not left to X's page (here English): a screen reader must read it with a French voice.
      expect(await languageOf(page, 'alt-text-for-x >>> [role="dialog"]')).toBe('fr');

      const { popup } = await popupWithItem(session, page);
      expect(await labelTexts(popup)).toEqual(
        expect.arrayContaining(['Texte alternatif', 'Contenu pour adultes', 'Violence explicite']),
      );
      expect(await buttonsNamed(popup, 'Enregistrer')).toHaveLength(1);
      expect(await buttonsNamed(popup, 'Plus d’options')).toHaveLength(1);
      expect(await buttonsNamed(popup, 'Historique')).toHaveLength(1);
      expect(await textOf(popup, 'h1')).toBe('Texte alternatif pour X');
      expect(await languageOf(popup, 'main')).toBe('fr');

      const options = await session.openOptions();
      await options.waitForSelector('xpath///h2[normalize-space()="Votre compte X"]');
      expect(await labelTexts(options)).toEqual(expect.arrayContaining(['Jeton d’accès', 'Langue']));
      expect(await buttonsNamed(options, 'Enregistrer le jeton')).toHaveLength(1);
      expect(await languageOf(options, 'main')).toBe('fr');
      await options.close();
      await popup.close();
      await page.close();
    } finally {
      await session.message('settings/update', { locale: 'en' });
    }
  });
});
