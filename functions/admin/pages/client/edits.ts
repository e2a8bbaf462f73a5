/** From a cell edit to the change the API takes, and what to say when it could not be saved. Pure. */
import { applicationChangesSchema, type ApplicationChanges } from '#shared/admin/application-edit.js';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { fullName, statusLabels } from './labels.js';

export type EditableColumn = 'status' | 'score' | 'note' | 'eligibilityOverride';

export const isEditableColumn = (colId: string): colId is EditableColumn => ['status', 'score', 'note', 'eligibilityOverride'].includes(colId);

export type CellChange = { ok: true; changes: ApplicationChanges } | { ok: false; message: string } | { ok: 'same' };

const scoreOf = (value: unknown): number | null | string => {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'number' ? value : Number.isFinite(Number(value)) ? Number(value) : String(value);
};

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** What the new value of a cell asks for, checked with the API's own schema (an emptied score, note or override reason clears it). */
export const changeForCell = (row: ApplicationRow, column: EditableColumn, value: unknown): CellChange => {
  if (column === 'eligibilityOverride') {
    // The override's cell holds its reason; who and when are the API's to record.
    const reason = textOrNull(value);
    if (reason === (row.eligibilityOverride?.reason ?? null)) return { ok: 'same' };
    const parsed = applicationChangesSchema.safeParse({ eligibilityOverride: reason === null ? null : { reason } });
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Not a valid value.' };
    return { ok: true, changes: parsed.data };
  }
  const raw = column === 'status' ? { status: value } : column === 'score' ? { score: scoreOf(value) } : { note: textOrNull(value) };
  const current = column === 'status' ? row.status : column === 'score' ? (row.score ?? null) : (row.note ?? null);
  if (Object.values(raw)[0] === current) return { ok: 'same' };
  const parsed = applicationChangesSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Not a valid value.' };
  return { ok: true, changes: parsed.data };
};

const describeChange = (changes: ApplicationChanges): string =>
  Object.entries(changes)
    .map(([field, value]) =>
      field === 'status'
        ? `status to ${statusLabels[value as ApplicationRow['status']]}`
        : field === 'eligibilityOverride'
          ? value === null
            ? 'clear the eligibility override'
            : `override the eligibility flag (${(value as { reason: string }).reason})`
          : value === null
            ? `clear the ${field}`
            : `${field} to ${String(value)}`,
    )
    .join(', ');

/** The 409 explained: whose row, that someone else saved first, that the row now shows their values, and what was not saved. */
export const conflictMessage = (current: ApplicationRow, changes: ApplicationChanges): string =>
  `${fullName(current)}'s application was changed by someone else while you edited it (now version ${current.version}, ` +
  `status ${statusLabels[current.status]}). Your change (${describeChange(changes)}) was not saved: the row now shows the saved values. ` +
  'Check them, then edit again if your change still applies.';
