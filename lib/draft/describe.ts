import { describeFieldProblem } from '../api/describe';
import type { FieldProblem } from '../api/rules';
import { t } from '../i18n';
import { EXPIRATION_PATH, PAST_REASON } from './to-metadata';

/** describeFieldProblem, plus the one check the schemas cannot express (an expiration already past). */
export function describeProblem(problem: FieldProblem): string {
  if (problem.path === EXPIRATION_PATH && problem.params.reason === PAST_REASON) return t('form.expiration.past');
  return describeFieldProblem(problem);
}
