/**
 * The roster's messages on the staff page in English (issue 17, point 4; shared/secondments/roster.ts):
 * HR and NCB officers read it, so every word is in the page's language. Part of the English
 * catalogue (../en.ts spreads it). AG Grid's own words, the search, columns and export buttons are
 * the applications grid's (`admin.grid.`).
 */
export const en = {
  'admin.roster.tab': 'Roster',
  'admin.roster.heading': 'Roster',
  'admin.roster.intro': '{reader, select, ncb {Your country’s seconded officers serving now or about to arrive, one row each.} other {Every seconded officer serving now or about to arrive, one row each.}} Months left are whole months to the last day, on the duty station’s calendar. Double-click a row, or press Enter on it, to open the secondment’s record.',
  'admin.roster.total': '{total, plural, =0 {No one is serving} one {# officer serving} other {# officers serving}}',
  'admin.roster.byNationality': 'By nationality',
  'admin.roster.byUnit': 'By unit',
  'admin.roster.byType': 'By type',
  'admin.roster.count': '{label}: {count, number}',
  'admin.roster.column.officer': 'Officer',
  'admin.roster.column.nationality': 'Nationality',
  'admin.roster.column.homeAdministration': 'Home administration',
  'admin.roster.column.unit': 'Unit',
  'admin.roster.column.dutyStation': 'Duty station',
  'admin.roster.column.grade': 'Grade',
  'admin.roster.column.type': 'Type',
  'admin.roster.column.firstDay': 'First day',
  'admin.roster.column.lastDay': 'Last day',
  'admin.roster.column.state': 'State',
  'admin.roster.column.monthsLeft': 'Months left',
  'admin.roster.column.extension': 'Extension under way',
  'admin.roster.extension': '{months, plural, one {# more month} other {# more months}}, to {lastDay}: {state}',
  'admin.roster.grid': 'The roster’s officers',
  'admin.roster.search': 'Search name, country, unit…',
  'admin.roster.searchLabel': 'Search the roster',
  'admin.roster.loadFailed': 'The roster could not be loaded: {reason}',
  'admin.roster.exportWhole': 'More than {max, number} rows are shown: the export has the whole roster.',
} as const satisfies Record<string, string>;

export type RosterPageKey = keyof typeof en;
export type RosterPageCatalogue = Readonly<Record<RosterPageKey, string>>;
