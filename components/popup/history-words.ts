import { METADATA_FIELDS, type MediaMetadata } from '../../lib/api/metadata-schema';
import { SENSITIVE_FLAGS } from '../../lib/draft/draft';
import { getLocale, t } from '../../lib/i18n';

const list = (names: string[]) => new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(names);

/**
 * What was sent, as sentences a person reads: the alt text quoted, the content-warning flags named, the other
 * fields listed by name (their values are technical and long; the user can see them in the form).
 */
export function sentInWords(sent: MediaMetadata): string[] {
  const lines: string[] = [];
  if (sent.alt_text) lines.push(t('popup.history.alt', { text: sent.alt_text.text }));
  const warning = sent.sensitive_media_warning;
  if (warning) {
    const flags = SENSITIVE_FLAGS.filter((flag) => warning[flag] === true);
    lines.push(
      flags.length > 0
        ? t('popup.history.flags', { flags: list(flags.map((flag) => t(`field.sensitive_media_warning.${flag}`))) })
        : t('popup.history.noFlags'),
    );
  }
  const others = METADATA_FIELDS.filter(
    (field) => field !== 'alt_text' && field !== 'sensitive_media_warning' && sent[field] !== undefined,
  );
  if (others.length > 0) lines.push(t('popup.history.other', { fields: list(others.map((f) => t(`field.${f}`))) }));
  if (lines.length === 0) lines.push(t('popup.history.nothing'));
  return lines;
}

export function formatWhen(at: number): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
