/**
 * HR's sign-off of the selection report (issue 16, point 5): one action, audited (who and when),
 * that freezes the report. The PDF of that moment and its figures are stored in the documents
 * bucket; later reads give that copy. Refused (409) before the chair has recommended every ranked
 * candidate, and once signed.
 */
import { Conflict, NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { SelectionAuditEntry } from '../selection/store.js';
import { signedReportKeys } from './keys.js';
import { buildReport, type ReportSources, type SelectionReport } from './report.js';
import type { ReportObjects, ReportRenderer, SignOffStore, SignedReportRecord } from './store.js';

export interface SignOffDependencies extends ReportSources {
  signOffs: SignOffStore;
  objects: ReportObjects;
  render: ReportRenderer;
  /** SHA-256, hex. */
  sha256: (bytes: Uint8Array) => string;
  newId: () => string;
}

const alreadySigned = (signed: SignedReportRecord) =>
  new Conflict(`The selection report of vacancy ${signed.vacancy} was already signed off by ${signed.by} at ${signed.at}: a signed report does not change.`);

/** Why the report cannot be signed yet, or nothing. */
export const signOffRefusal = (report: Pick<SelectionReport, 'ranking' | 'awaitingRecommendation' | 'vacancy'>): string | undefined => {
  if (report.ranking.length === 0) {
    return `No candidate of vacancy ${report.vacancy.number} is ranked yet: the report is signed off once the panel has submitted marks and the chair has recommended each ranked candidate.`;
  }
  if (report.awaitingRecommendation > 0) {
    const count = report.awaitingRecommendation === 1 ? '1 ranked candidate has' : `${report.awaitingRecommendation} ranked candidates have`;
    return `${count} no recommendation from the chair yet: the report is signed off once the panel's recommendation is recorded for each ranked candidate.`;
  }
  return undefined;
};

const encoder = new TextEncoder();

/**
 * Signs the report off: the files first (under a fresh id, so a concurrent sign-off writes its
 * own), then the record with its audit entry in one conditional write. The loser of two sign-offs
 * at once removes its files and gets the 409 naming the winner; a failure between the files and
 * the record leaves files no record names, which the vacancy's retention purge removes with the rest.
 */
export const signOffReport = async (deps: SignOffDependencies, principal: StaffPrincipal, vacancy: string, now: Date): Promise<SelectionReport> => {
  const existing = await deps.signOffs.get(vacancy);
  if (existing) throw alreadySigned(existing);
  const report = await buildReport(deps, vacancy, now);
  const refusal = signOffRefusal(report);
  if (refusal) throw new Conflict(refusal);

  const at = now.toISOString();
  const signed: SelectionReport = { ...report, signOff: { by: principal.email, at } };
  const pdf = await deps.render(signed);
  const id = deps.newId();
  const keys = signedReportKeys(vacancy, id);
  await deps.objects.put(keys.pdf, pdf, 'application/pdf');
  await deps.objects.put(keys.json, encoder.encode(JSON.stringify(signed)), 'application/json');
  const record: SignedReportRecord = { vacancy, id, by: principal.email, at, pdfKey: keys.pdf, jsonKey: keys.json, pdfSha256: deps.sha256(pdf), pdfBytes: pdf.length };
  const audit: SelectionAuditEntry = { vacancy, at, by: principal.email, action: 'report-signed', changes: { reportSignedOff: { from: null, to: record.pdfSha256 } } };
  if (!(await deps.signOffs.record(record, audit))) {
    await Promise.all([deps.objects.remove(keys.pdf), deps.objects.remove(keys.json)]);
    const winner = await deps.signOffs.get(vacancy);
    throw winner ? alreadySigned(winner) : new Conflict(`The selection report of vacancy ${vacancy} changed meanwhile: read it again.`);
  }
  return signed;
};

const removedByRetention = (signed: SignedReportRecord) =>
  new NotFound(`The selection report of vacancy ${signed.vacancy}, signed off by ${signed.by} at ${signed.at}, was removed with the vacancy’s documents under the retention rules.`);

export type ReadDependencies = ReportSources & Pick<SignOffDependencies, 'signOffs' | 'objects'>;

const decoder = new TextDecoder();

/** The report: the signed copy once signed off, else as the stored data stand now. */
export const readReport = async (deps: ReadDependencies, vacancy: string, now: Date): Promise<SelectionReport> => {
  const signed = await deps.signOffs.get(vacancy);
  if (!signed) return buildReport(deps, vacancy, now);
  const bytes = await deps.objects.get(signed.jsonKey);
  if (!bytes) throw removedByRetention(signed);
  return JSON.parse(decoder.decode(bytes)) as SelectionReport;
};

/** The report's PDF: the signed one once signed off, else laid out now (marked as a draft). */
export const readReportPdf = async (deps: ReadDependencies & Pick<SignOffDependencies, 'render'>, vacancy: string, now: Date): Promise<Uint8Array> => {
  const signed = await deps.signOffs.get(vacancy);
  if (!signed) return deps.render(await buildReport(deps, vacancy, now));
  const bytes = await deps.objects.get(signed.pdfKey);
  if (!bytes) throw removedByRetention(signed);
  return bytes;
};
