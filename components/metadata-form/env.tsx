import { createContext, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import { type EndpointForm, FORM_SPECS } from '../../lib/api/endpoint-forms';
import type { MetadataField } from '../../lib/api/metadata-schema';
import type { FieldProblem } from '../../lib/api/rules';
import { describeProblem } from '../../lib/draft/describe';
import type { MetadataDraft } from '../../lib/draft/draft';
import { type MessageKey, t } from '../../lib/i18n';

/** What every field of one item's form needs; one provider per item, so ids never clash between items. */
export interface FormEnv {
  idBase: string;
  form: EndpointForm;
  draft: MetadataDraft;
  /** Problems shown now: ours after a Save attempt, and X's from a failed call. */
  problems: readonly FieldProblem[];
  defaultFields: ReadonlySet<string>;
  /** What X's own editor holds for this media, if anything. */
  xAltText?: string;
  update<F extends MetadataField>(field: F, value: MetadataDraft[F]): void;
}

export const FormEnvContext = createContext<FormEnv | null>(null);

export function useFormEnv(): FormEnv {
  const env = useContext(FormEnvContext);
  if (!env) throw new Error('Metadata form fields must be inside <MetadataForm>');
  return env;
}

export const pathId = (env: FormEnv, path: string) => `${env.idBase}-${path.replace(/[^\w-]/g, '-')}`;

/** `path` itself, or anything under it unless `exact`. */
const matches = (problem: FieldProblem, path: string, exact: boolean) =>
  problem.path === path || (!exact && problem.path.startsWith(`${path}.`));

export interface FieldState {
  id: string;
  notesId: string;
  problems: FieldProblem[];
  invalid: boolean;
  /** The chosen endpoint form does not accept this field. */
  disabled: boolean;
  unavailableNote: boolean;
  isDefault: boolean;
  /** For `aria-describedby`: the notes, when there are any. */
  describedBy: string | undefined;
  field: MetadataField;
}

export interface FieldOptions {
  /** Leave problems of deeper paths to the controls that own them (a list's entries). */
  exact?: boolean;
  /** Show the Default mark when the field came from the defaults (off for a group whose entries show it). */
  markDefault?: boolean;
  /** Say here why the field is disabled (off for entries whose group says it once). */
  noteUnavailable?: boolean;
}

/** The state of the control at `path`, a problem path such as `found_media_origin.provider`. */
export function useField(path: string, options: FieldOptions = {}): FieldState {
  const { exact = false, markDefault = true, noteUnavailable = true } = options;
  const env = useFormEnv();
  const field = path.split('.')[0] as MetadataField;
  const problems = env.problems.filter((problem) => matches(problem, path, exact));
  const disabled = !FORM_SPECS[env.form].fields.includes(field);
  const isDefault = markDefault && (env.defaultFields.has(path) || env.defaultFields.has(field));
  const id = pathId(env, path);
  const unavailableNote = disabled && noteUnavailable;
  const hasNotes = problems.length > 0 || unavailableNote || isDefault;
  return {
    id,
    notesId: `${id}-notes`,
    problems,
    invalid: problems.length > 0,
    disabled,
    unavailableNote,
    isDefault,
    describedBy: hasNotes ? `${id}-notes` : undefined,
    field,
  };
}

/** Joins `aria-describedby` ids, leaving out the absent ones. */
export const idList = (...ids: (string | undefined | false)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

export function endpointName(form: EndpointForm): string {
  return t(`endpoint.${form}` as MessageKey);
}

/** The notes next to a control: the Default mark, why it is disabled, and its problems in words. */
export function FieldNotes({ state }: { state: FieldState }): VNode | null {
  const env = useFormEnv();
  if (!state.describedBy) return null;
  return (
    <div class="mf-notes" id={state.notesId}>
      {state.isDefault && <span class="mf-default">{t('form.default')}</span>}
      {state.unavailableNote && (
        <span class="mf-unavailable">{t('form.notAccepted', { form: endpointName(env.form) })}</span>
      )}
      {/* Index keys: the same problem can come from our checks and from X. */}
      {state.problems.map((problem, index) => (
        <span class="mf-problem" key={index}>
          {describeProblem(problem)}
        </span>
      ))}
    </div>
  );
}
