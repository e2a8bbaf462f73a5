/** One audit entry's `changes`: for each field that changed, what it was and what it became. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * Field by field, what differs between `before` and `after` among `fields`, an absent field
 * counting as `null`: the audit trail of applications and vacancies alike.
 */
export const fieldChanges = <F extends string>(
  before: Partial<Record<F, unknown>>,
  after: Partial<Record<F, unknown>>,
  fields: readonly F[],
): FieldChanges => {
  const out: FieldChanges = {};
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (from !== to) out[field] = { from, to };
  }
  return out;
};
