import { isMessageKey, type MessageKey, t } from '../i18n';
import type { FieldProblem } from './rules';

/**
 * The label of the field a problem path points at: the most specific label known, from
 * `geo_restrictions.whitelisted_country_codes.2` down to `geo_restrictions`; stickers are named by number.
 */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'sticker_info' && parts[1] === 'stickers' && /^\d+$/.test(parts[2] ?? '')) {
    return t('field.sticker', { n: Number(parts[2]) + 1 });
  }
  const named = parts.filter((part) => !/^\d+$/.test(part));
  for (let length = named.length; length > 0; length--) {
    const key = `field.${named.slice(0, length).join('.')}`;
    if (isMessageKey(key)) return t(key);
  }
  return path;
}

/** One sentence, in the interface language, saying which field is wrong and what it needs. */
export function describeFieldProblem(problem: FieldProblem): string {
  const form = typeof problem.params.form === 'string' ? problem.params.form : '';
  const formName = isMessageKey(`endpoint.${form}`) ? t(`endpoint.${form}` as MessageKey) : form;
  return t(problem.rule, { ...problem.params, form: formName, field: fieldLabel(problem.path) });
}
