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
    // A bug, not an outage: a retry would meet it again.
    await expect(failing).rejects.toMatchObject({ transient: false });
  });

  it('marks a run stopped by a dependency away (DynamoDB refusing connections) as safe to retry', async () => {
    const handler = jobHandler('hr-digest', async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });
    });

    await expect(handler({ job: 'hr-digest', scheduledTime: '2026-03-29T05:00:00Z' }, context)).rejects.toMatchObject({ name: 'JobFailed', transient: true });
  });

  it('fails a run whose sends failed, so that a retry sends them, after answering nothing wrong otherwise', async () => {
    const handler = jobHandler('hr-digest', async () => ({ sent: 3, failed: 1 }));

    const failing = handler({ job: 'hr-digest', scheduledTime: '2026-03-29T05:00:00Z' }, context);

    await expect(failing).rejects.toThrow('1 email(s) not sent');
    await expect(failing).rejects.toMatchObject({ transient: true });
    // What it did before failing travels with the failure (the local jobs endpoint shows it).
    await expect(failing).rejects.toMatchObject({ summary: { sent: 3, failed: 1 } });
  });
});
