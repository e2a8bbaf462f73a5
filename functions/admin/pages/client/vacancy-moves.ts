import { applicationsCloseAt } from '#shared/vacancies/deadline.js';
import { vacancyTransitions, type VacancyMove } from '#shared/vacancies/status-machine.js';
import type { Vacancy, VacancyStatus } from '#shared/vacancies/schema.js';

const moveLabels: Record<VacancyMove, string> = { publish: 'Publish', close: 'Close', cancel: 'Cancel', fill: 'Mark filled', reopen: 'Reopen' };

/**
 * The buttons on a vacancy's row: the moves of the shared status machine that the API would take
 * now. Opening (publish, reopen) needs the deadline still ahead; marking filled needs an
 * appointment (`appointed`, from the switcher's summary; unknown counts as none).
 */
export const vacancyMoves = (
  vacancy: Pick<Vacancy, 'status' | 'deadline' | 'timeZone'>,
  context: { appointed: number; now: Date },
): Array<{ to: VacancyStatus; label: string }> =>
  Object.entries(vacancyTransitions[vacancy.status])
    .filter(([to]) => (to === 'open' ? context.now.getTime() < applicationsCloseAt(vacancy).getTime() : to !== 'filled' || context.appointed > 0))
    .map(([to, move]) => ({ to: to as VacancyStatus, label: moveLabels[move] }));
