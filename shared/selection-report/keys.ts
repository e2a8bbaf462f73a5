/**
 * Where a signed report is kept in the documents bucket, beside the application documents
 * (shared/documents/keys.ts): `selection-reports/<vacancy>/<sign-off id>.pdf` and `.json`. A
 * fresh id per sign-off, so that two sign-offs at once never write over each other's file: the
 * table decides which one is the report (sign-off.ts). The retention purge removes the prefix.
 */
export const SELECTION_REPORTS_PREFIX = 'selection-reports/';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Everything kept of a vacancy's selection report: what the retention purge removes. */
export const selectionReportPrefix = (vacancy: string): string => `${SELECTION_REPORTS_PREFIX}${vacancy}/`;

export const signedReportKeys = (vacancy: string, signOffId: string): { pdf: string; json: string } => {
  if (!UUID.test(signOffId)) throw new Error('A sign-off id is a lower-case UUID.');
  return { pdf: `${selectionReportPrefix(vacancy)}${signOffId}.pdf`, json: `${selectionReportPrefix(vacancy)}${signOffId}.json` };
};
