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

  it('rethrows a failure, so that Scheduler retries and then dead-letters the event', async () => {
    const handler = jobHandler('hr-digest', async () => {
      throw new Error('table unavailable for amina@example.org');
    });

    await expect(handler({ job: 'hr-digest', scheduledTime: '2026-03-29T05:00:00Z' }, context)).rejects.toThrow('table unavailable');
  });
});
