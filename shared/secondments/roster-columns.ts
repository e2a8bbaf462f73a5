import type { SpreadsheetColumn } from '../admin/spreadsheet/columns.js';
import type { RosterRow } from './roster.js';

/**
 * The roster's export (XLSX and CSV alike): the grid's columns, the officer's name split as the
 * applications' export splits it. Staff data: names yes, never an email or a gender. Days are the
 * duty station's calendar days, written as `YYYY-MM-DD` text so no spreadsheet shifts them by a zone.
 */
export const rosterColumns: readonly SpreadsheetColumn<RosterRow>[] = [
  { key: 'id', header: 'Id', width: 38, type: 'text', editable: false, read: (row) => row.id },
  { key: 'familyName', header: 'Family name', width: 18, type: 'text', editable: false, read: (row) => row.familyName },
  { key: 'givenName', header: 'Given name', width: 16, type: 'text', editable: false, read: (row) => row.givenName },
  { key: 'nationality', header: 'Nationality', width: 11, type: 'text', editable: false, read: (row) => row.nationality },
  { key: 'homeAdministration', header: 'Home administration', width: 28, type: 'text', editable: false, read: (row) => row.homeAdministration },
  { key: 'homeAdministrationCountry', header: 'Home administration country', width: 12, type: 'text', editable: false, read: (row) => row.homeAdministrationCountry },
  { key: 'unit', header: 'Unit', width: 28, type: 'text', editable: false, read: (row) => row.unit },
  { key: 'dutyStation', header: 'Duty station', width: 16, type: 'text', editable: false, read: (row) => row.dutyStation },
  { key: 'grade', header: 'Grade', width: 8, type: 'text', editable: false, read: (row) => row.grade },
  { key: 'type', header: 'Type', width: 11, type: 'text', editable: false, read: (row) => row.type },
  { key: 'firstDay', header: 'First day', width: 11, type: 'text', editable: false, read: (row) => row.firstDay },
  { key: 'lastDay', header: 'Last day', width: 11, type: 'text', editable: false, read: (row) => row.lastDay },
  { key: 'state', header: 'State', width: 10, type: 'text', editable: false, read: (row) => row.state },
  { key: 'monthsLeft', header: 'Months left', width: 8, type: 'number', editable: false, read: (row) => row.monthsLeft },
  { key: 'extensionMonths', header: 'Extension asked (months)', width: 10, type: 'number', editable: false, read: (row) => row.extension?.months },
  { key: 'extensionLastDay', header: 'Extension to', width: 11, type: 'text', editable: false, read: (row) => row.extension?.toLastDay },
  { key: 'extensionState', header: 'Extension state', width: 26, type: 'text', editable: false, read: (row) => row.extension?.state },
];
