/**
 * The roster grid's columns (issue 17, point 4): ids are stable, since a user's saved layout refers
 * to them. Cells hold codes (a country, a state, a type), shown in the page's words, so a filter
 * saved in French still matches in Arabic.
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { sortableName } from '#shared/i18n/names.js';
import type { RosterRow } from '#shared/secondments/roster.js';
import { t } from '../../../pages/client/words.js';
import { countryName, formatDay } from './labels.js';
import { ValueListFilter } from './value-list-filter.js';

type Column = ColDef<RosterRow>;

/** ICU's select keys take no hyphen: the catalogue chooses by the state's camel-case name. */
const camel = (state: string): string => state.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());

export const typeLabel = (type: string): string => t('admin.secondments.type', { type });
export const stateLabel = (state: string): string => t('admin.secondments.stateValue', { state });
export const extensionText = (extension: RosterRow['extension']): string =>
  extension ? t('admin.roster.extension', { months: extension.months, lastDay: formatDay(extension.toLastDay), state: t('admin.secondments.extensionState', { state: camel(extension.state) }) }) : '';

const valueList = (label?: (value: string) => string): Partial<Column> => ({
  filter: ValueListFilter,
  filterParams: { label },
  ...(label ? { valueFormatter: (params: ValueFormatterParams<RosterRow, string>) => (params.value ? label(params.value) : '') } : {}),
});

/** Cells hold `YYYY-MM-DD` (the duty station's days): compared as calendar days, shown as written. */
const dayColumn: Partial<Column> = {
  filter: 'agDateColumnFilter',
  filterParams: {
    comparator: (day: Date, cell: string) => {
      const picked = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      return cell === picked ? 0 : cell < picked ? -1 : 1;
    },
    buttons: ['reset'],
  },
  valueFormatter: (params: ValueFormatterParams<RosterRow, string>) => formatDay(params.value ?? ''),
  width: 130,
};

/** `rtl`: Arabic pins the officer's name at the grid's start, on the right. */
export const rosterColumns = (rtl: boolean): Column[] => [
  {
    colId: 'officer',
    headerName: t('admin.roster.column.officer'),
    valueGetter: (params) => (params.data ? sortableName(params.data) : ''),
    filter: 'agTextColumnFilter',
    filterParams: { buttons: ['reset'] },
    width: 200,
    pinned: rtl ? 'right' : 'left',
    lockPinned: true,
  },
  { colId: 'nationality', field: 'nationality', headerName: t('admin.roster.column.nationality'), width: 140, ...valueList(countryName), getQuickFilterText: (params) => countryName(params.value as string) },
  { colId: 'homeAdministration', field: 'homeAdministration', headerName: t('admin.roster.column.homeAdministration'), filter: 'agTextColumnFilter', filterParams: { buttons: ['reset'] }, width: 200 },
  { colId: 'unit', field: 'unit', headerName: t('admin.roster.column.unit'), width: 200, ...valueList() },
  { colId: 'dutyStation', field: 'dutyStation', headerName: t('admin.roster.column.dutyStation'), width: 130, ...valueList() },
  { colId: 'grade', field: 'grade', headerName: t('admin.roster.column.grade'), width: 90, ...valueList() },
  { colId: 'type', field: 'type', headerName: t('admin.roster.column.type'), width: 120, ...valueList(typeLabel), getQuickFilterText: (params) => typeLabel(params.value as string) },
  { colId: 'firstDay', field: 'firstDay', headerName: t('admin.roster.column.firstDay'), ...dayColumn },
  { colId: 'lastDay', field: 'lastDay', headerName: t('admin.roster.column.lastDay'), ...dayColumn, sort: 'asc' },
  { colId: 'state', field: 'state', headerName: t('admin.roster.column.state'), width: 120, ...valueList(stateLabel), getQuickFilterText: (params) => stateLabel(params.value as string) },
  { colId: 'monthsLeft', field: 'monthsLeft', headerName: t('admin.roster.column.monthsLeft'), filter: 'agNumberColumnFilter', filterParams: { buttons: ['reset'] }, type: 'numericColumn', width: 110 },
  {
    colId: 'extension',
    headerName: t('admin.roster.column.extension'),
    valueGetter: (params) => extensionText(params.data?.extension),
    filter: 'agTextColumnFilter',
    filterParams: { buttons: ['reset'] },
    width: 260,
  },
];
