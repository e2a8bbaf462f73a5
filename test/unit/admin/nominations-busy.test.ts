import { describe, expect, it } from 'vitest';
import { recordNcbDecision } from '#shared/admin/ncb-decision.js';
import { NominationsMoved } from '#shared/applications/store.js';
import { Conflict } from '#shared/errors.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication } from '../../support/candidates.js';
import { memoryApplicationStore } from './memory-application-store.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const ID = '5b1f4c1e-0000-4000-8000-000000000001';
const senegal: StaffPrincipal = { subject: 's', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };

describe('a validation under a limit per country that keeps losing the race', () => {
  it('(fault injected: the nominations item moves at every write, which the emulator cannot be made to do) gives up with a 409 to retry, not a 500, writing nothing', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID, nationality: 'SN' })]);
    memory.setTerms('1701', { clearance: 'Basic', maxValidatedPerCountry: 2 });
    let writes = 0;
    const store = {
      ...memory.store,
      update: async () => {
        writes += 1;
        throw new NominationsMoved();
      },
    };

    const attempt = recordNcbDecision(store, senegal, ID, { version: 1, decision: 'validated', clearance: 'Basic', screenedOn: '2026-10-02' }, NOW);

    await expect(attempt).rejects.toBeInstanceOf(Conflict);
    await expect(attempt).rejects.toMatchObject({ translation: { key: 'problem.conflict.nominationsBusy' } });
    expect(writes).toBe(5);
    expect((await memory.store.get(ID))?.ncbValidation).toBeUndefined();
  });
});
