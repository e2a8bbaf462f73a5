import { describe, expect, it, vi } from 'vitest';
import { lambdaContext } from '#infra/local/gateway/rest-event.js';

// job-handler.ts reads LOG_LEVEL when it is imported.
vi.stubEnv('LOG_LEVEL', 'silent');
const { jobHandler } = await import('#functions/jobs/job-handler.js');

const context = lambdaContext('hr-digest', 'req-1', 900_000, 'eu-west-3');

describe('jobHandler', () => {
  it("judges the run at the schedule's time, not the clock's, and answers the summary", async () => {
    let judgedAt: Date | undefined;
    const handler = jobHandler('hr-digest', async ({ now }) => {
      judgedAt = now;
      return { sent: 1 };
    });

    const summary = await handler({ job: 'hr-digest', scheduledTime: '2026-03-29T05:00:00Z' }, context);

    expect(summary).toEqual({ sent: 1 });
    expect(judgedAt?.toISOString()).toBe('2026-03-29T05:00:00.000Z');
  });

  it.each([
    ['another job', { job: 'ncb-digest' as const, scheduledTime: '2026-03-29T05:00:00Z' }],
    ['a time that is not one', { job: 'hr-digest' as const, scheduledTime: '<aws.scheduler.scheduled-time>' }],
  ])('refuses the event of %s, without running', async (_case, event) => {
    const run = vi.fn(async () => ({}));
    const handler = jobHandler('hr-digest', run);

    await expect(handler(event, context)).rejects.toThrow(/not an event of this job/);
    expect(run).not.toHaveBeenCalled();
  });

  it('fails the run, naming the error but never its message (it may quote personal data), so that it is retried and dead-lettered', async () => {
    const handler = jobHandler('hr-digest', async () => {
      throw new TypeError('table unavailable for amina@example.org');
    });

    const failing = handler({ job: 'hr-digest', scheduledTime: '2026-03-29T05:00:00Z' }, context);

    await expect(failing).rejects.toThrow('hr-digest failed (TypeError)');
    await expect(failing).rejects.not.toThrow(/amina/);
  });

  it('fails a run whose sends failed, so that a retry sends them, after answering nothing wrong otherwise', async () => {
    const handler = jobHandler('hr-digest', async () => ({ sent: 3, failed: 1 }));

    await expect(handler({ job: 'hr-digest', scheduledTime: '2026-03-29T05:00:00Z' }, context)).rejects.toThrow('1 email(s) not sent');
  });
});
