/**
 * The selection report as a PDF (pdf-lib, fonts embedded and subset): the vacancy, the figures,
 * the panel and its criteria, the ranking with each criterion's combined mark, the chair's
 * recommendations with reasons, the tie rule, and the sign-off block; page numbers on every page.
 * Staff reading only: English, as the staff page is (docs/i18n.md).
 */
import { PDFDocument } from 'pdf-lib';
import type { SelectionReport } from '#shared/selection-report/report.js';
import type { ReportRenderer } from '#shared/selection-report/store.js';
import { embedReportFonts } from '../../pdf/fonts.js';
import { PageWriter } from '../../pdf/page-writer.js';

const decisionWords = { appoint: 'Appoint', reserve: 'Reserve list', 'not-recommended': 'Not recommended' } as const;

/** An instant in the vacancy's duty station, as HR reads it: "7 December 2026 at 09:15 (Europe/Paris)". */
export const instantIn = (iso: string, timeZone: string): string =>
  `${new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso))} (${timeZone})`;

const mark = (value: number) => value.toFixed(2);

/** Points a ranked candidate's block takes with a line of marks and two of reasons. */
const ROW_BLOCK = 9 * 1.35 + 3 * 8 * 1.35 + 3;

/** The figures as the PDF lists them, in the order of the selection. */
export const figureLines = (report: SelectionReport): Array<[string, number]> => [
  ['Applied (confirmed applications)', report.figures.applied],
  ['Eligible (requirements met, or HR’s override)', report.figures.eligible],
  ['Eligibility not yet known', report.figures.eligibilityUnknown],
  ['Shortlisted', report.figures.shortlisted],
  ['Tested', report.figures.tested],
  ['Interviewed', report.figures.interviewed],
  ['Ranked by the panel', report.ranking.length],
  ['Before the panel, not yet marked', report.unranked],
];

export const renderReport: ReportRenderer = async (report) => {
  const doc = await PDFDocument.create();
  const zone = report.vacancy.timeZone;
  doc.setTitle(`Selection report, vacancy ${report.vacancy.number}`);
  doc.setSubject(report.vacancy.title);
  doc.setProducer('secondment-hub');
  doc.setCreationDate(new Date(report.signOff?.at ?? report.generatedAt));
  doc.setModificationDate(new Date(report.signOff?.at ?? report.generatedAt));
  const out = new PageWriter(doc, await embedReportFonts(doc));

  out.text(`Selection report: vacancy ${report.vacancy.number}`, { size: 16 });
  out.text(report.vacancy.title, { size: 12 });
  out.text(`${report.vacancy.unit}, ${report.vacancy.location}; grade ${report.vacancy.grade}; ${report.vacancy.posts === 1 ? '1 post' : `${report.vacancy.posts} posts`}; vacancy ${report.vacancy.status}`, { grey: true });
  out.text(
    report.signOff
      ? `Signed off by ${report.signOff.by} on ${instantIn(report.signOff.at, zone)}; figures as they stood then.`
      : `DRAFT, not signed off: figures as they stood on ${instantIn(report.generatedAt, zone)}.`,
    { grey: !report.signOff },
  );
  out.rule();

  out.text('Figures', { size: 12 });
  for (const [label, value] of figureLines(report)) out.row([{ text: label, at: 0, width: 300 }, { text: String(value), at: 320, width: 80 }], 10);
  out.space(6);

  out.text('The panel', { size: 12 });
  out.text(`Chair: ${report.panel.chair}`);
  out.text(`Members: ${report.panel.members.join(', ')}`);
  out.text(`Criteria (scores 1 to 5; a spread above ${report.panel.spreadThreshold} between members is flagged):`);
  for (const criterion of report.panel.criteria) out.text(`${criterion.label}: weight ${criterion.weight}`, { indent: 12 });
  out.space(6);

  out.text('Ranking', { size: 12 });
  if (report.ranking.length === 0) out.text('No candidate has been marked yet.', { grey: true });
  out.row([
    { text: 'Rank', at: 0, width: 30 },
    { text: 'Candidate', at: 34, width: 220 },
    { text: 'Combined', at: 258, width: 60 },
    { text: 'Marks', at: 322, width: 40 },
    { text: 'Recommendation', at: 366, width: 130 },
  ]);
  out.rule();
  for (const row of report.ranking) {
    // A candidate's row, marks and reasons stay on one page (reasons of a few lines; longer ones flow on).
    out.ensure(ROW_BLOCK);
    out.row([
      { text: String(row.rank), at: 0, width: 30 },
      { text: row.name, at: 34, width: 220 },
      { text: mark(row.combined), at: 258, width: 60 },
      { text: String(row.submissions), at: 322, width: 40 },
      { text: row.recommendation ? decisionWords[row.recommendation.decision] : 'None yet', at: 366, width: 130 },
    ]);
    const criteria = row.criteria.map((criterion) => `${criterion.label} ${mark(criterion.mean)}${criterion.spread ? ' (spread flagged)' : ''}`).join('; ');
    out.text(criteria, { indent: 34, size: 8, grey: true });
    if (row.recommendation?.reasons) out.text(`Reasons: ${row.recommendation.reasons}`, { indent: 34, size: 8 });
    out.space(3);
  }
  out.space(4);
  out.text(`Tie rule: ${report.tieRule}`, { size: 8, grey: true });
  out.space(12);

  out.ensure(90);
  out.text('Sign-off', { size: 12 });
  if (report.signOff) {
    out.text(`Signed off in secondment-hub by ${report.signOff.by}`);
    out.text(`on ${instantIn(report.signOff.at, zone)}`);
  } else {
    out.text('Signed off by: ______________________________');
    out.text('Date: ______________________________');
  }
  out.finish(`Selection report, vacancy ${report.vacancy.number}`);
  return doc.save();
};
