/**
 * The reports' charts (Chart.js, bundled into the staff page's script: no other origin, no inline
 * style the page's policy would refuse, since Chart.js sizes its canvas through the DOM). Each chart
 * draws figures its table beside it lists, so a screen reader reads the table.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import type { ReportFigures } from '#shared/reports/figures.js';
import { pipelineStages } from '#shared/reports/pipeline.js';
import { countryName, type ReportTableId } from '#shared/reports/tables.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The page's palette (styles.css), dark enough against white for the bars' 3:1. */
const colours = ['#1f5f99', '#b3541e', '#2e7d4f', '#6b4c9a'];

const stageLabels = ['Applied', 'Eligible', 'Shortlisted', 'Tested', 'Interviewed', 'Offered', 'Appointed'];

type BarChart = ChartConfiguration<'bar', Array<number | null>, string>;

const bars = (labels: string[], datasets: Array<{ label: string; data: Array<number | null> }>, options: { horizontal?: boolean; percent?: boolean } = {}): BarChart => ({
  type: 'bar',
  data: { labels, datasets: datasets.map((dataset, index) => ({ ...dataset, backgroundColor: colours[index % colours.length] })) },
  options: {
    // Drawn once per load: no animation to wait for, and the same picture for the browser tests' screenshots.
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: options.horizontal ? 'y' : 'x',
    plugins: { legend: { display: datasets.length > 1 } },
    scales: { [options.horizontal ? 'x' : 'y']: { beginAtZero: true, ...(options.percent ? { max: 100, title: { display: true, text: 'Per cent' } } : {}) } },
  },
});

/** The chart of each figure set that has one, and the sentence a screen reader hears for its canvas. */
export const chartOf = (id: ReportTableId, figures: ReportFigures): { config: BarChart; label: string } | undefined => {
  switch (id) {
    case 'pipeline':
      return {
        config: bars(stageLabels, [{ label: 'Applications, all vacancies', data: pipelineStages.map((stage) => figures.total.pipeline[stage]) }]),
        label: 'Bar chart: applications reaching each stage, all vacancies together. The table below gives each vacancy’s.',
      };
    case 'time-to-appointment': {
      const appointed = figures.vacancies.filter((vacancy) => vacancy.daysToAppointment.median !== undefined);
      return {
        config: bars(
          appointed.map((vacancy) => vacancy.vacancy),
          [{ label: 'Median days from publication to appointment', data: appointed.map((vacancy) => vacancy.daysToAppointment.median ?? null) }],
        ),
        label: 'Bar chart: median days from publication to appointment, per vacancy. The table below gives the figures.',
      };
    }
    case 'countries': {
      // The 15 countries with the most applications: a bar per member country would be unreadable.
      const top = figures.countries.slice(0, 15);
      return {
        config: bars(
          top.map((row) => countryName(row.country)),
          [
            { label: 'Applications', data: top.map((row) => row.applications) },
            { label: 'Appointments', data: top.map((row) => row.appointments) },
            { label: 'Serving', data: top.map((row) => row.serving) },
          ],
          { horizontal: true },
        ),
        label: 'Bar chart: applications, appointments and officers serving for the 15 countries with the most applications. The table below lists every country.',
      };
    }
    case 'regions':
      return {
        config: bars(
          figures.regions.map((row) => row.name),
          [
            { label: 'Applications', data: figures.regions.map((row) => row.applications) },
            { label: 'Appointments', data: figures.regions.map((row) => row.appointments) },
            { label: 'Serving', data: figures.regions.map((row) => row.serving) },
          ],
        ),
        label: 'Bar chart: applications, appointments and officers serving by INTERPOL region. The table below gives the figures.',
      };
    case 'representation': {
      const { underRepresented } = figures.representation;
      return {
        config: bars(
          ['Nationals of under-represented countries'],
          [
            { label: 'Share of applications to date, purged ones included (%)', data: [underRepresented.applications.share ?? null] },
            { label: 'Share of appointments to date, stored applications only (%)', data: [underRepresented.appointments.share ?? null] },
            { label: 'Share of officers serving now (%)', data: [underRepresented.serving.share ?? null] },
          ],
          { percent: true },
        ),
        label:
          'Bar chart: the shares from under-represented countries of the applications to date (purged ones included), of the appointments to date (stored applications only) and of the officers serving now. The table below gives the figures.',
      };
    }
    case 'gender': {
      // Each quarter's bars are shares of that quarter's own applications and appointments; a hidden count has no bar.
      const { quarters } = figures.representation.gender;
      return {
        config: bars(
          quarters.map((quarter) => quarter.quarter),
          [
            { label: 'Women, share of the quarter’s applications (%)', data: quarters.map((quarter) => quarter.applications.shares.woman ?? null) },
            { label: 'Women, share of the quarter’s appointments (%)', data: quarters.map((quarter) => quarter.appointments.shares.woman ?? null) },
          ],
          { percent: true },
        ),
        label:
          'Bar chart: per closed quarter, the share of women (self-declared) among that quarter’s applications and among its appointments, where the count is shown. The table below gives every cell; a hidden count reads fewer than 5 and has no bar.',
      };
    }
    default:
      return undefined;
  }
};

/** Draws a chart on its canvas, replacing the one drawn there before. */
export const drawChart = (canvas: HTMLCanvasElement, config: BarChart): Chart<'bar', Array<number | null>, string> => {
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, config);
};
