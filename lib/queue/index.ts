/** The durable job queue: every saved description ends applied or visibly failed. The background wires it. */
export { blockedUntilFrom, RETRY, retryDelay } from './backoff';
export { type CallResult, type Job, JobSchema, MESSAGES, type Save, type SaveInput, SaveSchema } from './job';
export { createQueue, type JobQueue, type QueueDeps } from './queue';
export { statusOf } from './status';
