import { describe, expect, it } from 'vitest';
import { ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { EditConflict } from '#shared/admin/edit-application.js';
import { recordNcbDecision } from '#shared/admin/ncb-decision.js';
import { ClearanceTooLow, Conflict, NotFound, ValidationFailed } from '#shared/errors.js';
import { toApplicationRow } from '#shared/admin/application-row.js';
import { attestedClearance } from '#shared/applications/clearance.js';
import { beforeTheDeadline, vacancyTerms } from '../../support/vacancy-terms.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication } from '../../support/candidates.js';
import { memoryApplicationStore } from './memory-application-store.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const ID = '5b1f4c1e-0000-4000-8000-000000000001';
const senegal: StaffPrincipal = { subject: 's', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };
const cvDocument = { key: 'applications/x/cv/1', contentType: 'application/pdf' as const, size: 1000, sha256: 'a'.repeat(64), receivedAt: '2026-11-20T10:00:00.000Z' };
const france: StaffPrincipal = { subject: 'f', email: 'ncb.lyon@interpol.fr.example', groups: ['ncb'], country: 'FR' };

const basic = { clearance: 'Basic', screenedOn: '2026-10-02' } as const;
const enhanced = { clearance: 'Enhanced', screenedOn: '2026-10-02' } as const;

describe('the NCB decision body', () => {
  it('refuses a validation that names no screening level or date, at those fields', () => {
    const result = ncbDecisionSchema.safeParse({ version: 1, decision: 'validated', screeningAttested: true });

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['clearance'], ['screenedOn']]);
  });

  it('refuses a validation whose screeningAttested (the first version\'s field) is false', () => {
    const result = ncbDecisionSchema.safeParse({ version: 1, decision: 'validated', ...basic, screeningAttested: false });

    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['screeningAttested']]);
  });

  it('takes a decline without attestation (the first version\'s body too), and a validation with a level and date', () => {
    expect(ncbDecisionSchema.safeParse({ version: 1, decision: 'declined', screeningAttested: false }).success).toBe(true);
    expect(ncbDecisionSchema.safeParse({ version: 1, decision: 'declined' }).success).toBe(true);
    expect(ncbDecisionSchema.safeParse({ version: 1, decision: 'validated', ...enhanced }).success).toBe(true);
    expect(ncbDecisionSchema.safeParse({ version: 1, decision: 'validated', ...basic, screeningAttested: true }).success).toBe(true);
  });

  it('refuses a level or date on a decline, which attests nothing', () => {
    expect(ncbDecisionSchema.safeParse({ version: 1, decision: 'declined', ...basic }).success).toBe(false);
  });
});

describe('recording the NCB decision', () => {
  it('records the decision with its author and time, and its audit entry', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID })]);

    const { outcome, application } = await recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', ...basic }, NOW);

    expect(outcome).toBe('applied');
    expect(application.ncbValidation).toEqual({ decision: 'validated', screeningAttested: true, ...basic, at: NOW.toISOString(), by: senegal.email });
    expect(memory.auditOf(ID)).toEqual([
      { at: NOW.toISOString(), by: senegal.email, action: 'ncb-decision', changes: { ncbValidation: { from: null, to: application.ncbValidation } } },
    ]);
  });

  it('refuses a validation without attestation even when called past the schema', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID })]);

    const attempt = recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', screeningAttested: false }, NOW);
    const undated = recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', clearance: 'Basic' }, NOW);

    await expect(undated).rejects.toBeInstanceOf(ValidationFailed);

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

    await expect(recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', ...basic }, NOW)).rejects.toBeInstanceOf(Conflict);
  });

  it('refuses an attestation of Basic screening for an Enhanced vacancy (422), and writes nothing', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID })]);
    memory.setTerms('1701', { clearance: 'Enhanced' });

    const attempt = recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', ...basic }, NOW);

    await expect(attempt).rejects.toBeInstanceOf(ClearanceTooLow);
    await expect(attempt).rejects.toThrow('Vacancy 1701 requires Enhanced security screening');
    expect(memory.auditOf(ID)).toEqual([]);
    const { application } = await recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', ...enhanced }, NOW);
    expect(application.ncbValidation).toMatchObject({ clearance: 'Enhanced', screenedOn: '2026-10-02' });
  });

  it('takes Enhanced screening for a Basic vacancy, and refuses a screening date in the future', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID })]);

    const future = recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', clearance: 'Enhanced', screenedOn: '2026-12-25' }, NOW);

    await expect(future).rejects.toBeInstanceOf(ValidationFailed);
    expect((await recordNcbDecision(memory.store, senegal, ID, { version: 1, decision: 'validated', ...enhanced }, NOW)).outcome).toBe('applied');
  });

  it('reads an old validation (screeningAttested, no level) as Basic: it completes a Basic vacancy\'s application, not an Enhanced one\'s', () => {
    // Prepare: as the first version stored it
    const old = aminaApplication({
      id: ID,
      status: 'screening',
      documents: aminaApplication({ id: ID }).documents,
      ncbValidation: { decision: 'validated', screeningAttested: true, at: '2026-11-21T08:00:00.000Z', by: senegal.email },
    });
    const withLetter = { ...old, documents: { ...old.documents, cv: cvDocument, confirmationLetter: { ...cvDocument, suppliedBy: 'ncb' as const } } };

    // Act
    const basicRow = toApplicationRow(withLetter, undefined, vacancyTerms(), beforeTheDeadline);
    const enhancedRow = toApplicationRow(withLetter, undefined, vacancyTerms({ clearance: 'Enhanced' }), beforeTheDeadline);

    // Assert
    expect(attestedClearance(old.ncbValidation)).toBe('Basic');
    expect(basicRow).toMatchObject({ complete: true, requiredClearance: 'Basic', nextStatuses: ['shortlisted', 'rejected', 'withdrawn'] });
    expect(enhancedRow).toMatchObject({ complete: false, missing: ['ncbValidation'], requiredClearance: 'Enhanced', nextStatuses: ['rejected', 'withdrawn'] });
  });
});
