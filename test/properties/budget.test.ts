import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The property harness's count under a time budget: the minimum always runs, the budget only
 * cuts what comes after it, and a budgeted run is the seed's first cases, the same as a full one.
 * Each budget is set so that no outcome waits on the clock: 1 µs (spent by the time the minimum
 * has run) or none.
 */
const harnessWith = async (budgetSeconds: string) => {
  vi.resetModules();
  vi.stubEnv('TEST_LONG', '');
  vi.stubEnv('PROPERTY_BUDGET_S', budgetSeconds);
  return import('./harness/answers.js');
};

const seen = async (budgetSeconds: string, runs: { full: number; minimum: number }) => {
  const { checkProperty } = await harnessWith(budgetSeconds);
  const values: number[] = [];
  await checkProperty('budget', runs, fc.integer(), async (value) => void values.push(value));
  return values;
};

afterEach(() => vi.unstubAllEnvs());

describe('a property under a time budget', () => {
  it('runs its minimum however small the budget, and stops there once the budget is spent', async () => {
    expect(await seen('0.000001', { full: 1_000, minimum: 50 })).toHaveLength(50);
  });

  it('runs the full count with the budget off (PROPERTY_BUDGET_S=0), and the same cases, in order, within a budget', async () => {
    const full = await seen('0', { full: 1_000, minimum: 50 });
    expect(full).toHaveLength(1_000);
    expect(await seen('600', { full: 1_000, minimum: 50 })).toEqual(full);
    expect((await seen('0.000001', { full: 1_000, minimum: 50 })).slice(0, 50)).toEqual(full.slice(0, 50));
  });

  it('fails on a case past the minimum, naming the seed', async () => {
    const { checkProperty } = await harnessWith('600');
    let count = 0;
    const failing = checkProperty('budget', { full: 1_000, minimum: 50 }, fc.integer(), async () => {
      count += 1;
      expect(count).toBeLessThan(500);
    });
    await expect(failing).rejects.toThrow(/seed/);
  });
});
