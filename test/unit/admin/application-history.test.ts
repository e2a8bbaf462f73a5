import { describe, expect, it } from 'vitest';
import { ncbCountry } from '#shared/applications/application.js';
import type { AuditEntry } from '#shared/applications/store.js';
import { applicationHistory } from '#shared/admin/application-history.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication } from '../../support/candidates.js';

const application = aminaApplication({ status: 'tested' });
const result = { testId: 't1', mark: 29, passMark: 30, maxMark: 50, passed: false };
const entries: AuditEntry[] = [
  { at: '2026-12-01T09:00:00.000Z', by: 'hr@secondment-hub.local', action: 'status-changed', changes: { status: { from: 'shortlisted', to: 'tested' }, writtenTest: { from: undefined, to: result } } },
  { at: '2026-12-02T09:00:00.000Z', by: 'hr@secondment-hub.local', action: 'edited', changes: { writtenTest: { from: result, to: { ...result, mark: 31, passed: true } } } },
];
const store = { get: async (id: string) => (id === application.id ? application : undefined), history: async () => entries };
const hr: StaffPrincipal = { subject: 'hr', email: 'hr@secondment-hub.local', groups: ['hr'] };
const ncb: StaffPrincipal = { subject: 'ncb', email: 'ncb@secondment-hub.local', groups: ['ncb'], country: ncbCountry(application) };

describe("an application's history as each staff member reads it", () => {
  it("gives HR the written test's mark, and the NCB the move to tested without it (an entry that changed only the mark goes)", async () => {
    expect((await applicationHistory(store, hr, application.id)).items.map((entry) => Object.keys(entry.changes))).toEqual([['status', 'writtenTest'], ['writtenTest']]);
    expect((await applicationHistory(store, ncb, application.id)).items).toEqual([expect.objectContaining({ changes: { status: { from: 'shortlisted', to: 'tested' } } })]);
  });
});
