import { describe, expect, it } from 'vitest';
import { recordAfterSend } from '#functions/adapters/dynamodb/after-send.js';

class ConditionFailed extends Error {}
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });

describe('recording that an email went (injected table faults)', () => {
  it('keeps trying through a short outage and answers the write’s result', async () => {
    let calls = 0;
    const result = await recordAfterSend(async () => {
      calls += 1;
      if (calls < 3) throw refused();
      return 'recorded';
    });

    expect(result).toBe('recorded');
    expect(calls).toBe(3);
  });

  it('gives up once its patience is spent, throwing the outage', async () => {
    let calls = 0;
    const write = recordAfterSend(
      async () => {
        calls += 1;
        throw refused();
      },
      undefined,
      600,
    );

    await expect(write).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // 250 ms, then what is left of 600: three tries, or two on a machine slow to wake a timer.
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(3);
  });

  it('throws a final answer (a failed condition) at once, without retrying it', async () => {
    let calls = 0;
    const write = recordAfterSend(
      async () => {
        calls += 1;
        throw new ConditionFailed('The conditional request failed');
      },
      (error) => error instanceof ConditionFailed,
    );

    await expect(write).rejects.toBeInstanceOf(ConditionFailed);
    expect(calls).toBe(1);
  });
});
