import type { JobName } from '#functions/routes.js';
import type { LocalStack } from '#infra/local/stack.js';

/** A job's summary: counts only. */
export type JobSummary = Record<string, number>;

/** `POST /_local/jobs/<name>?now=`, as EventBridge Scheduler would fire the job at that time; its summary, or a throw naming the answer. */
export const runLocalJob = async (stack: Pick<LocalStack, 'url'>, name: JobName, now: string): Promise<JobSummary> => {
  const response = await fetch(`${stack.url}/_local/jobs/${name}?now=${new Date(now).toISOString()}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the job answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { summary: JobSummary }).summary;
};
