/**
 * The reports' figures (issue 17, point 5), pure: from the vacancies, their applications (with the
 * histories the stages need), the kept counts of purged applications, the secondments and HR's list
 * of under-represented countries, all read by the caller (report.ts). Counts only: no figure names
 * a person, and gender is shown only in cells of 5 or more (small-cells.ts).
 */
import type { Application } from '../applications/application.js';
import type { AuditEntry } from '../applications/store.js';
import { regionNames, regionOf, regions, type Region } from '../reference/regions.js';
import type { SecondmentStatistics } from '../retention/secondment-statistics.js';
import type { RetentionStatistics } from '../retention/statistics.js';
import { secondmentState, type Secondment } from '../secondments/secondment.js';
import { ENDING_MONTHS } from '../secondments/view.js';
import { todayAt } from '../secondments/write.js';
import { dateIn } from '../time/zoned.js';
import type { Vacancy } from '../vacancies/schema.js';
import { genderOf } from './gender.js';
import { genderTally, type GenderQuarter } from './gender-quarters.js';
import { median } from './median.js';
import { addPipelines, appointedAt, emptyPipeline, keptPipeline, stagesOf, type PipelineCounts } from './pipeline.js';
import type { UnderRepresentedList } from './under-represented.js';

export type ReportedVacancy = Pick<Vacancy, 'number' | 'title' | 'status' | 'publishedAt' | 'timeZone' | 'clearance' | 'notice'>;

export interface ReportInputs {
  vacancies: readonly ReportedVacancy[];
  /** Each vacancy's stored applications, with their histories where `reportNeedsHistory` says so. */
  applications: ReadonlyMap<string, ReadonlyArray<{ application: Application; history?: readonly AuditEntry[] }>>;
  /** The kept counts of each vacancy's purged applications (absent: none purged). */
  kept: ReadonlyMap<string, RetentionStatistics>;
  /** Every secondment, ended ones too. */
  secondments: readonly Secondment[];
  /** The kept counts of purged secondments (shared/retention/secondment-statistics.ts). */
  keptSecondments: SecondmentStatistics;
  underRepresented: UnderRepresentedList;
  now: Date;
}

export interface VacancyFigures {
  vacancy: string;
  title: string;
  status: Vacancy['status'];
  publishedAt: string;
  pipeline: PipelineCounts;
  /** Of `pipeline.applied`, purged applications counted from their kept counts. */
  purged: number;
  /** Days from publication to each appointment (at the duty station): the first and the median. */
  daysToAppointment: { first?: number; median?: number; appointments: number };
}

export interface PlaceFigures {
  applications: number;
  appointments: number;
  /** Every secondment recorded, ended ones too, and purged ones from their kept counts. */
  secondments: number;
  /** Secondments not ended today (the roster's: arriving, serving, extended, ending). */
  serving: number;
}

export interface ShareFigure {
  count: number;
  of: number;
  /** Per cent, to a tenth; absent when `of` is 0. */
  share?: number;
}

export interface ReportFigures {
  generatedAt: string;
  underRepresented: UnderRepresentedList;
  vacancies: VacancyFigures[];
  total: { pipeline: PipelineCounts; purged: number; daysToAppointment: { median?: number; appointments: number } };
  countries: Array<{ country: string; region?: Region } & PlaceFigures>;
  regions: Array<{ region: Region; name: string } & PlaceFigures>;
  /** Officers serving now and their nationalities; every secondment ever recorded (purged ones from their kept counts). */
  serving: { officers: number; nationalities: number; secondments: number; purgedSecondments: number };
  representation: {
    underRepresented: { applications: ShareFigure; appointments: ShareFigure; serving: ShareFigure };
    /** Per closed quarter only (gender-quarters.ts): a live or cumulative count would tell an appointee's answer. */
    gender: { quarters: GenderQuarter[] };
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

const emptyPlace = (): PlaceFigures => ({ applications: 0, appointments: 0, secondments: 0, serving: 0 });

const share = (count: number, of: number): ShareFigure => ({ count, of, ...(of > 0 ? { share: Math.round((count / of) * 1000) / 10 } : {}) });

export const reportFigures = (inputs: ReportInputs): ReportFigures => {
  const places = new Map<string, PlaceFigures>();
  const place = (country: string) => {
    let figures = places.get(country);
    if (!figures) places.set(country, (figures = emptyPlace()));
    return figures;
  };
  const underRepresented = new Set(inputs.underRepresented.countries);
  const genders = genderTally();
  const allDays: number[] = [];
  let applied = 0;
  let appointed = 0;
  let appliedUnder = 0;
  let appointedUnder = 0;

  const vacancies = [...inputs.vacancies]
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.number.localeCompare(b.number))
    .map((vacancy): VacancyFigures => {
      let pipeline = emptyPipeline();
      const days: number[] = [];
      for (const { application, history } of inputs.applications.get(vacancy.number) ?? []) {
        const stages = stagesOf(vacancy, application, history);
        if (!stages.has('applied')) continue;
        for (const stage of stages) pipeline[stage] += 1;
        const gender = genderOf(application);
        genders.applied(application.submittedAt, gender);
        place(application.nationality).applications += 1;
        applied += 1;
        if (underRepresented.has(application.nationality)) appliedUnder += 1;
        if (stages.has('appointed')) {
          place(application.nationality).appointments += 1;
          appointed += 1;
          if (underRepresented.has(application.nationality)) appointedUnder += 1;
          const at = appointedAt(application, history ?? []);
          if (at !== undefined) days.push(daysBetween(vacancy.publishedAt, dateIn(new Date(at), vacancy.timeZone)));
          if (at !== undefined) genders.appointed(at, gender);
        }
      }
      const kept = inputs.kept.get(vacancy.number);
      if (kept) {
        pipeline = addPipelines(pipeline, keptPipeline(kept.byStatus, kept.total));
        for (const [country, count] of Object.entries(kept.byCountry)) {
          place(country).applications += count;
          applied += count;
          if (underRepresented.has(country)) appliedUnder += count;
        }
        // Kept counts never cross country and status: a purged appointment counts in the pipeline only, not by country.
        // The purged applications' answers, kept by quarter: a closed quarter does not move when a purge takes some.
        for (const [key, count] of Object.entries(kept.byQuarterGender)) genders.kept(key, count);
      }
      allDays.push(...days);
      const sorted = [...days].sort((a, b) => a - b);
      const medianDays = median(days);
      return {
        vacancy: vacancy.number,
        title: vacancy.title,
        status: vacancy.status,
        publishedAt: vacancy.publishedAt,
        pipeline,
        purged: kept?.total ?? 0,
        daysToAppointment: {
          ...(sorted[0] !== undefined ? { first: sorted[0] } : {}),
          ...(medianDays !== undefined ? { median: medianDays } : {}),
          appointments: days.length,
        },
      };
    });

  let serving = 0;
  let servingUnder = 0;
  const nationalitiesServing = new Set<string>();
  for (const secondment of inputs.secondments) {
    const figures = place(secondment.nationality);
    figures.secondments += 1;
    if (secondmentState(secondment, todayAt(secondment, inputs.now), ENDING_MONTHS) === 'ended') continue;
    figures.serving += 1;
    serving += 1;
    nationalitiesServing.add(secondment.nationality);
    if (underRepresented.has(secondment.nationality)) servingUnder += 1;
  }
  for (const [country, count] of Object.entries(inputs.keptSecondments.byNationality)) place(country).secondments += count;

  const countries = [...places]
    .map(([country, figures]) => {
      const region = regionOf(country);
      return { country, ...(region ? { region } : {}), ...figures };
    })
    .sort((a, b) => b.applications - a.applications || b.serving - a.serving || a.country.localeCompare(b.country));
  const byRegion = regions.map((region) => {
    const figures = emptyPlace();
    for (const row of countries) {
      if (row.region !== region) continue;
      figures.applications += row.applications;
      figures.appointments += row.appointments;
      figures.secondments += row.secondments;
      figures.serving += row.serving;
    }
    return { region, name: regionNames[region], ...figures };
  });

  const total = vacancies.reduce((sum, vacancy) => addPipelines(sum, vacancy.pipeline), emptyPipeline());
  const medianAll = median(allDays);
  return {
    generatedAt: inputs.now.toISOString(),
    underRepresented: inputs.underRepresented,
    vacancies,
    total: {
      pipeline: total,
      purged: vacancies.reduce((sum, vacancy) => sum + vacancy.purged, 0),
      daysToAppointment: { ...(medianAll !== undefined ? { median: medianAll } : {}), appointments: allDays.length },
    },
    countries,
    regions: byRegion,
    serving: {
      officers: serving,
      nationalities: nationalitiesServing.size,
      secondments: inputs.secondments.length + inputs.keptSecondments.total,
      purgedSecondments: inputs.keptSecondments.total,
    },
    representation: {
      underRepresented: {
        applications: share(appliedUnder, applied),
        appointments: share(appointedUnder, appointed),
        serving: share(servingUnder, serving),
      },
      gender: { quarters: genders.quarters(inputs.now) },
    },
  };
};
