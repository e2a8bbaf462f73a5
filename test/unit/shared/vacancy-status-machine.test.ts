import { describe, expect, it } from 'vitest';
import { vacancyStatuses, type VacancyStatus } from '#shared/vacancies/schema.js';
import { checkVacancyMove, vacancyMovesFrom } from '#shared/vacancies/status-machine.js';

const beforeDeadline = { deadlinePassed: false };
const afterDeadline = { deadlinePassed: true };

/** Every move the machine allows before the deadline, as `from -> to`. */
const allowedMoves = (): string[] =>
  vacancyStatuses.flatMap((from) =>
    vacancyStatuses.filter((to) => checkVacancyMove(from, to, beforeDeadline).allowed).map((to) => `${from} -> ${to}`),
  );

describe('the vacancy status machine', () => {
  it('allows exactly publish, close, fill, reopen and cancel from draft, open and closed', () => {
    // Act
    const moves = allowedMoves();

    // Assert
    expect(moves.sort()).toEqual(
      [
        'draft -> open',
        'draft -> cancelled',
        'open -> closed',
        'open -> cancelled',
        'closed -> filled',
        'closed -> cancelled',
        'closed -> open',
      ].sort(),
    );
  });

  it('names each move, so the history says publish, close, fill, reopen or cancel', () => {
    // Act
    const names = (['draft:open', 'open:closed', 'closed:filled', 'closed:open', 'draft:cancelled'] as const).map((pair) => {
      const [from, to] = pair.split(':') as [VacancyStatus, VacancyStatus];
      const verdict = checkVacancyMove(from, to, beforeDeadline);
      return verdict.allowed ? verdict.move : verdict.reason;
    });

    // Assert
    expect(names).toEqual(['publish', 'close', 'fill', 'reopen', 'cancel']);
  });

  it('never moves a filled or cancelled vacancy, and says so', () => {
    for (const from of ['filled', 'cancelled'] as const) {
      // Act
      const verdicts = vacancyStatuses.map((to) => checkVacancyMove(from, to, beforeDeadline));

      // Assert
      expect(vacancyMovesFrom(from)).toEqual([]);
      expect(verdicts.every((verdict) => !verdict.allowed)).toBe(true);
      expect(verdicts[0]).toEqual({ allowed: false, reason: `A ${from} vacancy cannot change status.` });
    }
  });

  it('reopens a closed vacancy only while its deadline is not past', () => {
    // Act
    const before = checkVacancyMove('closed', 'open', beforeDeadline);
    const after = checkVacancyMove('closed', 'open', afterDeadline);

    // Assert
    expect(before).toEqual({ allowed: true, move: 'reopen' });
    expect(after).toEqual({ allowed: false, reason: 'A vacancy cannot reopen once its deadline has passed; set a later deadline first.' });
  });

  it('does not publish a draft whose deadline has passed: it would take no application', () => {
    // Act
    const verdict = checkVacancyMove('draft', 'open', afterDeadline);

    // Assert
    expect(verdict.allowed).toBe(false);
  });

  it('lets a vacancy be closed, filled or cancelled after its deadline', () => {
    // Act
    const verdicts = [checkVacancyMove('open', 'closed', afterDeadline), checkVacancyMove('closed', 'filled', afterDeadline), checkVacancyMove('closed', 'cancelled', afterDeadline)];

    // Assert
    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, true]);
  });

  it('refuses a skipped step and names the moves that are possible', () => {
    // Act
    const verdict = checkVacancyMove('draft', 'filled', beforeDeadline);

    // Assert
    expect(verdict).toEqual({ allowed: false, reason: 'A vacancy cannot move from draft to filled; from draft it can move to open, cancelled.' });
  });
});
