import type { VacancyStatus } from './schema.js';

/**
 * The vacancy status machine, as one table: each allowed move and its name. Nothing leaves
 * `filled` or `cancelled`; a closed vacancy may be reopened only while its deadline is not past.
 */
export type VacancyMove = 'publish' | 'close' | 'cancel' | 'fill' | 'reopen';

export const vacancyTransitions: Readonly<Record<VacancyStatus, Readonly<Partial<Record<VacancyStatus, VacancyMove>>>>> = {
  draft: { open: 'publish', cancelled: 'cancel' },
  open: { closed: 'close', cancelled: 'cancel' },
  closed: { filled: 'fill', cancelled: 'cancel', open: 'reopen' },
  filled: {},
  cancelled: {},
};

/** What a move may depend on beyond the two statuses. */
export interface VacancyMoveContext {
  /** The deadline day (as the vacancy will be saved) has ended in the duty station. */
  deadlinePassed: boolean;
}

export type VacancyMoveVerdict = { allowed: true; move: VacancyMove } | { allowed: false; reason: string };

export const vacancyMovesFrom = (from: VacancyStatus): VacancyStatus[] => Object.keys(vacancyTransitions[from]) as VacancyStatus[];

export const checkVacancyMove = (from: VacancyStatus, to: VacancyStatus, context: VacancyMoveContext): VacancyMoveVerdict => {
  const move = vacancyTransitions[from][to];
  if (move === undefined) {
    const exits = vacancyMovesFrom(from);
    return {
      allowed: false,
      reason:
        exits.length === 0
          ? `A ${from} vacancy cannot change status.`
          : `A vacancy cannot move from ${from} to ${to}; from ${from} it can move to ${exits.join(', ')}.`,
    };
  }
  // Opening a vacancy whose deadline is over would take no application: move the deadline first.
  if (to === 'open' && context.deadlinePassed) {
    return { allowed: false, reason: `A vacancy cannot ${move} once its deadline has passed; set a later deadline first.` };
  }
  return { allowed: true, move };
};
