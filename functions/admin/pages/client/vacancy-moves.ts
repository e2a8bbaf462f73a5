import { vacancyTransitions, type VacancyMove } from '#shared/vacancies/status-machine.js';
import type { VacancyStatus } from '#shared/vacancies/schema.js';

const moveLabels: Record<VacancyMove, string> = { publish: 'Publish', close: 'Close', cancel: 'Cancel', fill: 'Mark filled', reopen: 'Reopen' };

/** The buttons on a vacancy's row: the moves of the shared status machine; the API still judges each (deadline, secondment rules). */
export const vacancyMoves = (status: VacancyStatus): Array<{ to: VacancyStatus; label: string }> =>
  Object.entries(vacancyTransitions[status]).map(([to, move]) => ({ to: to as VacancyStatus, label: moveLabels[move] }));
