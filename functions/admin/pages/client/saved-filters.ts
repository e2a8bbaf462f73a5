/**
 * Saved filters in no language. The documents and NCB columns filter on codes (`cvMissing`,
 * `awaitingBasic`), shown in the page's words, so a filter saved in French still matches after the
 * officer switches to Arabic. A layout saved before kept those columns' words instead (English, or
 * the page's language of the time): each word is read back as its code where it is known, an
 * unknown one is dropped, and a filter left with no value goes, so an old layout never empties the grid.
 */
import { isValueListModel, valueListModel } from './value-list.js';

export interface CodedColumn {
  /** The codes the column's cells hold. */
  codes: readonly string[];
  /** A code in the page's words (what an older layout saved in this language holds). */
  label: (code: string) => string;
  /** What the English page said before it filtered on codes: a fixed, historical list. */
  englishWords: Readonly<Record<string, string>>;
}

/** The English words of the layouts saved before the codes (functions/admin/pages/client/labels.ts at cc2394f). */
export const savedBeforeCodes = {
  documents: {
    'CV received': 'cvReceived',
    'CV missing': 'cvMissing',
    'Letter awaiting NCB': 'letterAwaiting',
    'Letter received': 'letterReceived',
    'Letter missing': 'letterMissing',
  },
  ncb: {
    'Awaiting NCB (Basic screening)': 'awaitingBasic',
    'Awaiting NCB (Enhanced screening)': 'awaitingEnhanced',
    'Validated: Basic screening': 'validatedBasic',
    'Validated: Enhanced screening': 'validatedEnhanced',
    'Validated below Basic screening': 'belowBasic',
    'Validated at Basic only: Enhanced screening needed': 'belowEnhanced',
    'Declined by the NCB': 'declined',
  },
} as const satisfies Record<string, Record<string, string>>;

const codeOf = (value: string, column: CodedColumn): string | undefined =>
  column.codes.includes(value) ? value : (column.codes.find((code) => column.label(code) === value) ?? column.englishWords[value]);

/** The saved filters with every coded column's values as codes; the other columns' filters as they were. */
export const languageFreeFilters = (filters: Record<string, unknown>, coded: Readonly<Record<string, CodedColumn>>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(filters).flatMap(([colId, model]): Array<[string, unknown]> => {
      const column = coded[colId];
      if (!column) return [[colId, model]];
      if (!isValueListModel(model)) return [];
      const codes = valueListModel(model.values.flatMap((value) => codeOf(value, column) ?? []));
      return codes ? [[colId, codes]] : [];
    }),
  );
