/**
 * The test's own judge of a spreadsheet formula, written apart from shared/admin/formula.ts so
 * that the two can disagree: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * runs as a formula (OWASP "CSV injection").
 */
const FORMULA_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'];

export const looksLikeFormula = (cell: string): boolean => FORMULA_CHARACTERS.some((character) => cell.startsWith(character));

/** Whether any cell a spreadsheet could cut from the text (at `,` `;` TAB `|` CR or LF, whatever its list separator) starts as a formula. */
export const hasFormulaStart = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) {
    const atCellStart = i === 0 || [',', ';', '\t', '|', '\r', '\n'].includes(text.charAt(i - 1));
    if (atCellStart && looksLikeFormula(text.slice(i))) return true;
  }
  return false;
};
