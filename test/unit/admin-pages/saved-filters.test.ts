import { describe, expect, it } from 'vitest';
import { readLayout } from '#functions/admin/pages/client/column-layout.js';
import { documentStates, ncbStates } from '#functions/admin/pages/client/labels.js';
import { languageFreeFilters, savedBeforeCodes, type CodedColumn } from '#functions/admin/pages/client/saved-filters.js';

/** The page's words as a French page says them (the unit has no page, so its own `t` would give keys). */
const french: Record<string, string> = { cvMissing: 'CV manquant', letterMissing: 'Lettre manquante', awaitingBasic: 'En attente du BCN (enquête Basic)' };
const coded = (label: (code: string) => string = (code) => french[code] ?? code): Record<string, CodedColumn> => ({
  documents: { codes: documentStates, label, englishWords: savedBeforeCodes.documents },
  ncb: { codes: ncbStates, label, englishWords: savedBeforeCodes.ncb },
});

describe('saved grid filters in no language (issue 14, point 1)', () => {
  it('keeps the codes the grid filters on now, whatever the page’s language', () => {
    const filters = { documents: { filterType: 'valueList', values: ['letterMissing'] }, ncb: { filterType: 'valueList', values: ['awaitingBasic'] } };

    expect(languageFreeFilters(filters, coded())).toEqual(filters);
    expect(languageFreeFilters(filters, coded((code) => `arabic ${code}`))).toEqual(filters);
  });

  it('reads a layout saved before the codes (English words, written the way the previous code wrote them) as codes', () => {
    // Prepare: the layout exactly as the previous code kept it in localStorage.
    const stored = JSON.stringify({
      columns: [{ colId: 'documents' }, { colId: 'ncb' }, { colId: 'status' }],
      filters: {
        documents: { filterType: 'valueList', values: ['CV missing', 'Letter awaiting NCB'] },
        ncb: { filterType: 'valueList', values: ['Declined by the NCB', 'Awaiting NCB (Enhanced screening)'] },
        status: { filterType: 'valueList', values: ['screening'] },
      },
    });
    const saved = readLayout({ getItem: () => stored }, 'key', ['documents', 'ncb', 'status']);

    const filters = languageFreeFilters(saved?.filters ?? {}, coded());

    expect(filters).toEqual({
      documents: { filterType: 'valueList', values: ['cvMissing', 'letterAwaiting'] },
      ncb: { filterType: 'valueList', values: ['awaitingEnhanced', 'declined'] },
      status: { filterType: 'valueList', values: ['screening'] },
    });
  });

  it('reads words saved by a page in the language it is in now as codes', () => {
    const filters = { documents: { filterType: 'valueList', values: ['Lettre manquante'] }, ncb: { filterType: 'valueList', values: ['En attente du BCN (enquête Basic)'] } };

    expect(languageFreeFilters(filters, coded())).toEqual({
      documents: { filterType: 'valueList', values: ['letterMissing'] },
      ncb: { filterType: 'valueList', values: ['awaitingBasic'] },
    });
  });

  it('drops words it cannot read, and a filter left with none, rather than empty the grid', () => {
    const filters = {
      documents: { filterType: 'valueList', values: ['Falta el CV', 'CV missing'] },
      ncb: { filterType: 'valueList', values: ['Awaiting NCB'] },
      nationality: { filterType: 'valueList', values: ['FR'] },
    };

    expect(languageFreeFilters(filters, coded())).toEqual({
      documents: { filterType: 'valueList', values: ['cvMissing'] },
      nationality: { filterType: 'valueList', values: ['FR'] },
    });
    expect(languageFreeFilters({ ncb: { type: 'contains', filter: 'x' } }, coded())).toEqual({});
  });
});
