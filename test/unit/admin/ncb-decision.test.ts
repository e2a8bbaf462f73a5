import { describe, expect, it } from 'vitest';
import { ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { EditConflict } from '#shared/admin/edit-application.js';
import { recordNcbDecision } from '#shared/admin/ncb-decision.js';
import { Conflict, NotFound, ValidationFailed } from '#shared/errors.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication } from '../../support/candidates.js';
import { memoryApplicationStore } from './memory-application-store.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const ID = '5b1f4c1e-0000-4000-8000-000000000001';
const senegal: StaffPrincipal = { subject: 's', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };
const france: StaffPrincipal = { subject: 'f', email: 'ncb.lyon@interpol.fr.example', groups: ['ncb'], country: 'FR' };

describe('the NCB decision body', () => {
  it('refuses a validation that does not attest screening, at screeningAttested', () => {
    const result = ncbDecisionSchema.safeParse({ version: 1, decision: 'validated', screeningAttested: false });

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['screeningAttested']]);
  });

  it('takes a decline without attestation, and a validation with it', () => {
    expect(ncbDecisionSchema.safeParse({ version: 1, decision: 'declined', screeningAttested: false }).success).toBe(true);
    expect(ncbDecisionSchema.safeParse({ version: 1, decision: 'validated', screeningAttested: true }).success).toBe(true);
  });
});

describe('recording the NCB decision', () => {
  it('records the decision with its author and time, and its audit entry', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID })]);

    const { outcome, application } = await recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', screeningAttested: true }, NOW);

    expect(outcome).toBe('applied');
    expect(application.ncbValidation).toEqual({ decision: 'validated', screeningAttested: true, at: NOW.toISOString(), by: senegal.email });
    expect(memory.auditOf(ID)).toEqual([
      { at: NOW.toISOString(), by: senegal.email, action: 'ncb-decision', changes: { ncbValidation: { from: null, to: application.ncbValidation } } },
    ]);
  });

  it('refuses a validation without attestation even when called past the schema', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID })]);

    const attempt = recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', screeningAttested: false }, NOW);

    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    expect(memory.current(ID)?.version).toBe(1);
  });

  it('writes nothing when the same decision is recorded again', async () => {
    const memory = memoryApplicationStore([
      aminaApplication({ id: ID, version: 2, ncbValidation: { decision: 'declined', screeningAttested: false, at: '2026-11-21T08:00:00.000Z', by: senegal.email } }),
    ]);

    const { outcome } = await recordNcbDecision(memory.store, senegal, ID, { version: 2, decision: 'declined', screeningAttested: false }, NOW);

    expect(outcome).toBe('unchanged');
    expect(memory.auditOf(ID)).toEqual([]);
  });

  it('treats another country’s application as unknown', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID })]);

    await expect(recordNcbDecision(memory.store, france, ID, { version: 1, decision: 'declined', screeningAttested: false }, NOW)).rejects.toBeInstanceOf(NotFound);
  });

  it('answers a stale version with the row as it is now', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID, version: 4 })]);

    const attempt = recordNcbDecision(memory.store, senegal, ID, { version: 3, decision: 'declined', screeningAttested: false }, NOW);

    await expect(attempt).rejects.toBeInstanceOf(EditConflict);
    await expect(attempt).rejects.toMatchObject({ current: { version: 4 } });
  });

  it('takes no decision on a withdrawn application', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID, status: 'withdrawn' })]);

    await expect(recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', screeningAttested: true }, NOW)).rejects.toBeInstanceOf(Conflict);
  });
});
