/** Plain words and a way forward for every way a description can fail to reach X. */
export { FAILURE_CAUSES, type FailureCause } from './causes';
export { plainWords, reasonOf } from './describe';
export { causeOfResult } from './from-outcome';
export { FAILURE_WORDS, type FailureWords, type NextStep } from './words';
