/** The NCB contacts tab (admins): where each member country's NCB digest goes, edited in place as in a spreadsheet. */
import { createGrid, type CellEditRequestEvent, type GridApi } from 'ag-grid-community';
import { ncbContactBodySchema, type NcbContact } from '#shared/ncb/contact.js';
import { byId } from '../../../pages/client/dom.js';
import { commonGridOptions } from './grid-setup.js';
import { languages, nativeName, type Language } from '#shared/i18n/languages.js';
import { countryTimeZones } from '#shared/reference/country-time-zones.js';
import { countryName, languageName } from './labels.js';
import { showMessage } from './messages.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

/** A language as an admin reads it: "français (French)"; English is "English". */
const languageLabel = (language: Language): string => (language === 'en' ? 'English' : `${nativeName(language)} (${languageName(language)})`);

/** A contact as the API answers it: with the zone it reads times in. */
type AnsweredContact = NcbContact & { timeZone: string };

/** A country's row: its contact, or an empty address where none is kept yet. */
type ContactRow = Partial<AnsweredContact> & { country: string; email: string };

export const contactsView = () => {
  const onEdit = async (event: CellEditRequestEvent<ContactRow>) => {
    const row = event.data;
    const editable = ['name', 'language', 'timeZone'] as const;
    const field = editable.find((name) => name === event.colDef.field) ?? 'email';
    const wanted = { email: row.email, name: row.name, language: row.language, timeZone: row.timeZone, [field]: String(event.newValue ?? '').trim() };
    // The same schema as the API's: a bad address is named here, and nothing is sent.
    const checked = ncbContactBodySchema.safeParse({
      email: wanted.email,
      ...(wanted.name ? { name: wanted.name } : {}),
      ...(wanted.language ? { language: wanted.language } : {}),
      // Cleared in the zone column: back to the country's zone.
      ...(field === 'timeZone' && wanted.timeZone === '' ? { timeZone: null } : wanted.timeZone ? { timeZone: wanted.timeZone } : {}),
    });
    if (!checked.success) {
      showMessage(`${countryName(row.country)}: ${checked.error.issues[0]?.message ?? 'not valid'} Nothing was saved.`, 'error');
      return;
    }
    try {
      const saved = await staffApi<AnsweredContact>('PUT', `admin/ncb-contacts/${segment(row.country)}`, { json: checked.data });
      api.applyTransaction({ update: [saved] });
      showMessage(`The NCB digest for ${countryName(row.country)} now goes to ${saved.email}, in ${languageLabel(saved.language)}; its times are given in ${saved.timeZone}.`, 'success');
    } catch (error) {
      showMessage(`The contact of ${countryName(row.country)} was not saved: ${describeProblem(error)}`, 'error');
    }
  };

  const api: GridApi<ContactRow> = createGrid<ContactRow>(byId('contacts-grid', HTMLElement), {
    ...commonGridOptions(),
    rowData: [],
    getRowId: (params) => params.data.country,
    // The grid shows only what the server saved.
    readOnlyEdit: true,
    onCellEditRequest: (event) => void onEdit(event),
    defaultColDef: { sortable: true, resizable: true, filter: 'agTextColumnFilter', cellDataType: false },
    columnDefs: [
      { colId: 'countryName', headerName: 'Country', valueGetter: (p) => (p.data ? countryName(p.data.country) : ''), flex: 1, minWidth: 180, sort: 'asc' },
      { field: 'country', headerName: 'Code', width: 90 },
      { field: 'email', headerName: 'NCB address (digest)', editable: true, flex: 1, minWidth: 260 },
      { field: 'name', headerName: 'Desk', editable: true, flex: 1, minWidth: 200 },
      {
        // The language of the NCB's digest (and of the grid link in it): one of the four, named in itself and in English.
        field: 'language',
        headerName: 'Language',
        editable: (p) => Boolean(p.data?.email),
        width: 190,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...languages] },
        valueFormatter: (p) => (p.value ? languageLabel(p.value as Language) : ''),
      },
      {
        // The zone the NCB reads a circular's deadline and its digest's in: its country's unless an admin names another.
        field: 'timeZone',
        headerName: 'Time zone',
        editable: (p) => Boolean(p.data?.email),
        width: 200,
        cellEditorSelector: (p) => {
          const zones = countryTimeZones(p.data?.country ?? '');
          // A browser without Intl.Locale#timeZones (or a zone outside the country's) takes the name as typed; the API checks it.
          // '' first: the country's own zone, whatever it is (the capital's where the country spans several).
          const countrys = { formatValue: (value: unknown) => (value === '' ? 'The country’s own' : String(value)) };
          return zones.length > 0 ? { component: 'agSelectCellEditor', params: { values: ['', ...zones], ...countrys } } : { component: 'agTextCellEditor' };
        },
      },
      { field: 'updatedBy', headerName: 'Changed by', width: 220 },
      { field: 'updatedAt', headerName: 'Changed', width: 190, valueFormatter: (p) => (p.value ? new Date(String(p.value)).toLocaleString('en-GB') : '') },
    ],
  });

  const load = async () => {
    try {
      const { items, withoutContact } = await staffApi<{ items: AnsweredContact[]; withoutContact: string[] }>('GET', 'admin/ncb-contacts');
      api.setGridOption('rowData', [...items, ...withoutContact.map((country) => ({ country, email: '' }))]);
    } catch (error) {
      showMessage(`The NCB contacts could not be loaded: ${describeProblem(error)}`, 'error');
    }
  };

  return { load };
};
