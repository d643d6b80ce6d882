import { fieldLabel } from '../../lib/api/describe';
import { FORM_SPECS } from '../../lib/api/endpoint-forms';
import type { MetadataField } from '../../lib/api/metadata-schema';
import { RULE } from '../../lib/api/rules';
import { emptyDraft } from '../../lib/draft/draft';
import { buildMetadata } from '../../lib/draft/to-metadata';
import { t } from '../../lib/i18n';
import { useFormEnv } from './env';

/**
 * A field the endpoint form does not accept is disabled, so a value already in it (from a default, or typed
 * before the endpoint changed) could neither be sent nor edited away: this button is the way out.
 */
export function ClearUnavailable({ field }: { field: MetadataField }) {
  const env = useFormEnv();
  if (FORM_SPECS[env.form].fields.includes(field) || !(field in buildMetadata(env.draft))) return null;
  const refused = env.problems.some((problem) => problem.path === field && problem.rule === RULE.notInForm);
  return (
    <button
      type="button"
      class="mf-button mf-button-small"
      data-invalid-target={refused ? '' : undefined}
      onClick={() => env.update(field, emptyDraft()[field])}
    >
      {t('form.clear', { field: fieldLabel(field) })}
    </button>
  );
}
