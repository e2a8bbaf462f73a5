import { describe, expect, it } from 'vitest';
import { recordAfterSend } from '#functions/adapters/dynamodb/after-send.js';

class ConditionFailed extends Error {}
/** What the SDK throws when DynamoDB is away (an injected fault: no table is stopped here). */
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });

/** Pauses that only note how long they would have waited. */
const notedPauses = () => {
  const waits: number[] = [];
  return { waits, pause: async (ms: number) => void waits.push(ms) };
};

describe('recording that an email went (injected table faults)', () => {
  it('keeps trying through a short outage, pausing longer each time, and answers the write’s result', async () => {
    const { waits, pause } = notedPauses();
    let calls = 0;
    const result = await recordAfterSend(
      async () => {
        calls += 1;
        if (calls < 4) throw refused();
        return 'recorded';
      },
      { pause },
    );

    expect(result).toBe('recorded');
    expect(waits).toEqual([250, 500, 1000]);
  });

  it('gives up once its pauses add up to its patience, throwing the outage', async () => {
    const { waits, pause } = notedPauses();
    const write = recordAfterSend(
      async () => {
        throw refused();
      },
      { pause, patienceMs: 15_000 },
    );

    await expect(write).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(waits).toEqual([250, 500, 1000, 2000, 4000, 4000, 3250]);
  });

  it('throws an answer at once: a failed condition it is told of, or any error that is no outage (a denied grant)', async () => {
    const { waits, pause } = notedPauses();
    const condition = recordAfterSend(
      async () => {
        throw new ConditionFailed('The conditional request failed');
      },
      { pause, isFinal: (error) => error instanceof ConditionFailed },
    );
    const denied = recordAfterSend(
      async () => {
        throw Object.assign(new Error('not authorized to perform dynamodb:UpdateItem'), { name: 'AccessDeniedException' });
      },
      { pause },
    );

    await expect(condition).rejects.toBeInstanceOf(ConditionFailed);
    await expect(denied).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(waits).toEqual([]);
  });
});
