/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with one of these is
 * run as a formula by Excel, LibreOffice and Google Sheets.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text);

/** The text as a spreadsheet cell that shows it as typed and never runs it: a leading apostrophe. */
export const neutraliseFormula = (text: string): string => (looksLikeFormula(text) ? `'${text}` : text);
