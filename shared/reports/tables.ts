/**
 * The reports' figures as tables: one per figure set, one row per vacancy, country, region or
 * measure. The staff page shows each beside its chart (the chart's figures for a screen reader),
 * and the exports write the same rows (XLSX: a sheet per table; CSV: one table), so what HR
 * downloads is what HR read. A gender cell under 5 reads "fewer than 5" everywhere, and gender is
 * counted per closed quarter only (gender-quarters.ts).
 */
import type { ReportFigures, ShareFigure } from './figures.js';
import type { GenderFigures, GenderQuarter } from './gender-quarters.js';
import type { ReportedGender } from './gender.js';
import { pipelineStages, type PipelineStage } from './pipeline.js';
import { isShown, SMALLEST_SHOWN } from './small-cells.js';

export type TableCell = string | number;

export const reportTableIds = ['pipeline', 'time-to-appointment', 'countries', 'regions', 'serving', 'representation', 'gender'] as const;
export type ReportTableId = (typeof reportTableIds)[number];

export interface FigureTable {
  id: ReportTableId;
  title: string;
  columns: string[];
  rows: TableCell[][];
}

export const FEWER_THAN = `fewer than ${SMALLEST_SHOWN}`;

const stageHeaders: Record<PipelineStage, string> = {
  applied: 'Applied',
  eligible: 'Eligible',
  shortlisted: 'Shortlisted',
  tested: 'Tested',
  interviewed: 'Interviewed',
  offered: 'Offered',
  appointed: 'Appointed',
};

const genderHeaders: Record<ReportedGender, string> = { woman: 'Women', man: 'Men', another: 'Another gender', notStated: 'Not stated' };

/** A country's English name (HR's screens are English); the code where the runtime has no name for it. */
export const countryName = (code: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const blank = (value: number | undefined): TableCell => value ?? '';

const shareRow = (label: string, measure: string, figure: ShareFigure): TableCell[] => [label, measure, figure.count, figure.of, blank(figure.share)];

/** A quarter's cells for one measure: one row per gender, its share of the quarter's applications (or appointments). */
const genderRows = (quarter: GenderQuarter, measure: string, figures: GenderFigures): TableCell[][] =>
  (Object.keys(genderHeaders) as ReportedGender[]).map((gender) => {
    const cell = figures.cells[gender];
    return [quarter.quarter, quarter.from, quarter.to, measure, genderHeaders[gender], isShown(cell) ? cell.count : FEWER_THAN, figures.total, blank(figures.shares[gender])];
  });

export const UNDER_REPRESENTED_MEASURES = {
  applications: 'Applications to date (purged ones included)',
  appointments: 'Appointments to date (stored applications only: a purged one’s country is not kept)',
  serving: 'Officers serving now',
} as const;

export const reportTables = (figures: ReportFigures): FigureTable[] => [
  {
    id: 'pipeline',
    title: 'Pipeline per vacancy',
    columns: ['Vacancy', 'Title', 'Status', 'Published', ...pipelineStages.map((stage) => stageHeaders[stage]), 'Of which purged (kept counts)'],
    rows: [
      ...figures.vacancies.map((vacancy) => [
        vacancy.vacancy,
        vacancy.title,
        vacancy.status,
        vacancy.publishedAt,
        ...pipelineStages.map((stage) => vacancy.pipeline[stage]),
        vacancy.purged,
      ]),
      ['All vacancies', '', '', '', ...pipelineStages.map((stage) => figures.total.pipeline[stage]), figures.total.purged],
    ],
  },
  {
    id: 'time-to-appointment',
    title: 'Time to appointment (days)',
    columns: ['Vacancy', 'Title', 'Published', 'Appointments', 'First (days)', 'Median (days)'],
    rows: [
      ...figures.vacancies
        .filter((vacancy) => vacancy.daysToAppointment.appointments > 0)
        .map((vacancy) => [
          vacancy.vacancy,
          vacancy.title,
          vacancy.publishedAt,
          vacancy.daysToAppointment.appointments,
          blank(vacancy.daysToAppointment.first),
          blank(vacancy.daysToAppointment.median),
        ]),
      ['All vacancies', '', '', figures.total.daysToAppointment.appointments, '', blank(figures.total.daysToAppointment.median)],
    ],
  },
  {
    id: 'countries',
    title: 'By member country (nationality)',
    columns: ['Country', 'Code', 'Region', 'Applications', 'Appointments', 'Secondments', 'Serving'],
    rows: figures.countries.map((row) => [
      countryName(row.country),
      row.country,
      figures.regions.find((region) => region.region === row.region)?.name ?? '',
      row.applications,
      row.appointments,
      row.secondments,
      row.serving,
    ]),
  },
  {
    id: 'regions',
    title: 'By INTERPOL region',
    columns: ['Region', 'Applications', 'Appointments', 'Secondments', 'Serving'],
    rows: figures.regions.map((row) => [row.name, row.applications, row.appointments, row.secondments, row.serving]),
  },
  {
    id: 'serving',
    title: 'Serving now',
    columns: ['Measure', 'Value'],
    rows: [
      ['Seconded officers serving', figures.serving.officers],
      ['Nationalities serving', figures.serving.nationalities],
      ['Secondments ever recorded', figures.serving.secondments],
      ['Of which purged (kept counts)', figures.serving.purgedSecondments],
    ],
  },
  {
    id: 'representation',
    title: 'Representation goals',
    columns: ['Group', 'Measure', 'Count', 'Of', 'Share (%)'],
    rows: [
      shareRow('Nationals of under-represented countries', UNDER_REPRESENTED_MEASURES.applications, figures.representation.underRepresented.applications),
      shareRow('Nationals of under-represented countries', UNDER_REPRESENTED_MEASURES.appointments, figures.representation.underRepresented.appointments),
      shareRow('Nationals of under-represented countries', UNDER_REPRESENTED_MEASURES.serving, figures.representation.underRepresented.serving),
    ],
  },
  {
    id: 'gender',
    title: 'Gender by closed quarter',
    columns: ['Quarter', 'From', 'To', 'Measure', 'Gender', 'Count', 'Of the quarter’s', 'Share (%)'],
    rows: figures.representation.gender.quarters.flatMap((quarter) => [
      ...genderRows(quarter, 'Applications submitted', quarter.applications),
      ...genderRows(quarter, 'Appointments made', quarter.appointments),
    ]),
  },
];
