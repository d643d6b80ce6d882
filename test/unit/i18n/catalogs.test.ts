import { describe, expect, test } from 'vitest';
import { detectLocale, dirOf, LOCALES, SURFACES, setLocale, t } from '../../../lib/i18n';
import type { Message } from '../../../lib/i18n/catalog';
import common from '../../../lib/i18n/catalogs/en/common';
import failures from '../../../lib/i18n/catalogs/en/failures';
import form from '../../../lib/i18n/catalogs/en/form';
import options from '../../../lib/i18n/catalogs/en/options';
import popup from '../../../lib/i18n/catalogs/en/popup';
import prompt from '../../../lib/i18n/catalogs/en/prompt';
import suggest from '../../../lib/i18n/catalogs/en/suggest';
import { LOADERS, missingKeys } from '../../../lib/i18n/load';

const ENGLISH: Record<string, Record<string, Message>> = { common, failures, form, options, popup, prompt, suggest };
const placeholders = (message: Message) =>
  new Set(
    (typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
      [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
    ),
  );

describe('catalogs', () => {
  // The list a translator works from after new English strings: `surface:key` per language, empty when done.
  test.each(LOCALES.map((locale) => [locale]))('%s has every English key', async (locale) => {
    expect(await missingKeys(locale)).toEqual([]);
  });

  test.each(LOCALES.filter((l) => l !== 'en').map((locale) => [locale]))(
    '%s uses only the placeholders English has (a typo would show "{name}" to the user)',
    async (locale) => {
      const wrong: string[] = [];
      for (const surface of SURFACES) {
        const theirs = (await LOADERS[locale as Exclude<typeof locale, 'en'>][surface]()).default;
        for (const [key, english] of Object.entries(ENGLISH[surface] ?? {})) {
          const want = placeholders(english);
          for (const name of placeholders(theirs[key] ?? '')) if (!want.has(name)) wrong.push(`${key}: {${name}}`);
          // A plain sentence keeps every value; a plural form may say "one" instead of {count}.
          if (typeof english === 'string') {
            for (const name of want) if (!placeholders(theirs[key] ?? '').has(name)) wrong.push(`${key}: no {${name}}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  test('plurals through Intl.PluralRules: English one/other, Arabic six forms, Japanese one', () => {
    setLocale('en');
    expect(t('hold.remind', { count: 1 })).toBe('Post without a description? One item has no alt text.');
    expect(t('hold.remind', { count: 3 })).toBe('Post without a description? 3 items have no alt text.');
    expect(t('cost.calls', { count: 1 })).toBe('1 call to X');
    setLocale('ar');
    expect(t('cost.calls', { count: 2 })).toBe('استدعاءان إلى X');
    expect(t('cost.calls', { count: 3 })).toBe('3 استدعاءات إلى X');
    expect(t('cost.calls', { count: 11 })).toBe('11 استدعاءً إلى X');
    setLocale('ja');
    expect(t('cost.calls', { count: 1 })).toBe('Xへの呼び出し 1 回');
    setLocale('en');
  });

  test('no "(s)" anywhere: counts are plural-aware', () => {
    for (const catalog of Object.values(ENGLISH)) {
      for (const message of Object.values(catalog)) expect(JSON.stringify(message)).not.toContain('(s)');
    }
  });

  test('language from the browser: exact, base language, Indonesian’s old code, else English', () => {
    expect(detectLocale('pt-BR')).toBe('pt-BR');
    expect(detectLocale('pt-PT')).toBe('pt-BR');
    expect(detectLocale('fr-CA')).toBe('fr');
    expect(detectLocale('ar-EG')).toBe('ar');
    expect(detectLocale('in-ID')).toBe('id');
    expect(detectLocale('zh-CN')).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });

  test('Arabic is right to left, the others left to right', () => {
    expect(LOCALES.filter((locale) => dirOf(locale) === 'rtl')).toEqual(['ar']);
  });
});
