import type { SecondmentType } from '../vacancies/schema.js';
import { isUnderWay, type ExtensionState } from './extension.js';
import { monthsLeft } from './months.js';
import { secondmentState, type Secondment, type SecondmentState } from './secondment.js';
import { ENDING_MONTHS } from './view.js';
import { todayAt } from './write.js';

/*
 * The roster (issue 17, point 4): every serving secondee, one row each, with the months left and
 * counts by nationality, unit and type. Rows and counts are made here, once, so the staff page, the
 * export and a reconciliation against the records all read the same figures.
 */

export type RosterState = Exclude<SecondmentState, 'ended'>;

/** The extension under way, if any: what it would give and where it stands. */
export interface RosterExtension {
  months: number;
  toLastDay: string;
  state: ExtensionState;
}

/** One serving secondee as the roster shows them (staff data: the officer's name, never an email or a gender). */
export interface RosterRow {
  id: string;
  vacancy: string;
  givenName: string;
  familyName?: string;
  nationality: string;
  homeAdministration: string;
  homeAdministrationCountry: string;
  unit: string;
  dutyStation: string;
  grade: string;
  type: SecondmentType;
  firstDay: string;
  /** The last day to be served: a recorded (early) end's, else the planned one. */
  lastDay: string;
  state: RosterState;
  monthsLeft: number;
  extension?: RosterExtension;
}

const underWay = (secondment: Pick<Secondment, 'extensions'>): RosterExtension | undefined => {
  const extension = secondment.extensions.find(isUnderWay);
  return extension ? { months: extension.months, toLastDay: extension.toLastDay, state: extension.state } : undefined;
};

/** A secondment's row on `now` (read at its duty station's date), or undefined once it has ended. */
export const rosterRow = (secondment: Secondment, now: Date): RosterRow | undefined => {
  const today = todayAt(secondment, now);
  const state = secondmentState(secondment, today, ENDING_MONTHS);
  if (state === 'ended') return undefined;
  const lastDay = secondment.ended?.lastDay ?? secondment.lastDay;
  const extension = underWay(secondment);
  return {
    id: secondment.id,
    vacancy: secondment.vacancy,
    givenName: secondment.officer.givenName,
    ...(secondment.officer.familyName !== undefined ? { familyName: secondment.officer.familyName } : {}),
    nationality: secondment.nationality,
    homeAdministration: secondment.homeAdministration,
    homeAdministrationCountry: secondment.homeAdministrationCountry,
    unit: secondment.unit,
    dutyStation: secondment.dutyStation,
    grade: secondment.grade,
    type: secondment.type,
    firstDay: secondment.firstDay,
    lastDay,
    state,
    monthsLeft: monthsLeft(lastDay, today),
    ...(extension ? { extension } : {}),
  };
};

/** The serving secondees among `secondments` on `now`, by last day, then family and given name. */
export const rosterRows = (secondments: readonly Secondment[], now: Date): RosterRow[] =>
  secondments
    .map((secondment) => rosterRow(secondment, now))
    .filter((row): row is RosterRow => row !== undefined)
    .sort(
      (a, b) =>
        a.lastDay.localeCompare(b.lastDay) ||
        (a.familyName ?? a.givenName).localeCompare(b.familyName ?? b.givenName) ||
        a.givenName.localeCompare(b.givenName) ||
        a.id.localeCompare(b.id),
    );

export interface RosterCount {
  value: string;
  count: number;
}

export interface RosterCounts {
  total: number;
  byNationality: RosterCount[];
  byUnit: RosterCount[];
  byType: RosterCount[];
}

/** Most first, then by value, so the same rows always read the same. */
const countBy = (rows: readonly RosterRow[], value: (row: RosterRow) => string): RosterCount[] => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(value(row), (counts.get(value(row)) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ value: key, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
};

/** The counts above the roster: how many serve, by nationality, by unit and by type. */
export const rosterCounts = (rows: readonly RosterRow[]): RosterCounts => ({
  total: rows.length,
  byNationality: countBy(rows, (row) => row.nationality),
  byUnit: countBy(rows, (row) => row.unit),
  byType: countBy(rows, (row) => row.type),
});
