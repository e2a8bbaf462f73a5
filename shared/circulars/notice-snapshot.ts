import type { Vacancy } from '../vacancies/schema.js';

/**
 * What a circular tells the member countries about a vacancy, as recorded when it went out: the
 * header, the summary of duties and the conditions of secondment. An amended circular compares
 * this record with the vacancy now (`changesSince`).
 */
export interface NoticeSnapshot {
  number: string;
  title: string;
  grade: string;
  location: string;
  timeZone: string;
  deadline: string;
  durationMonths?: number;
  endsOn?: string;
  posts: number;
  clearance: Vacancy['clearance'];
  /** The summary of duties, paragraph by paragraph, when the vacancy carries its notice. */
  summary?: string[];
  /** The notice's duties' titles, when it has them. */
  duties?: string[];
  /** The standing text on the conditions of secondment and on who pays. */
  conditions?: string;
  costs?: string;
}

/** What a circular says of a vacancy: its header, and the parts of its notice it carries (a vacancy stored before notices had a body: its header alone). */
export const noticeSnapshot = (vacancy: Vacancy): NoticeSnapshot => {
  const notice = vacancy.notice;
  const duties = (notice?.duties ?? []).flatMap((duty) => (duty.title === undefined ? [] : [duty.title]));
  return {
    number: vacancy.number,
    title: vacancy.title,
    grade: vacancy.grade,
    location: vacancy.location,
    timeZone: vacancy.timeZone,
    deadline: vacancy.deadline,
    ...(vacancy.durationMonths !== undefined ? { durationMonths: vacancy.durationMonths } : {}),
    ...(vacancy.endsOn !== undefined ? { endsOn: vacancy.endsOn } : {}),
    posts: vacancy.posts,
    clearance: vacancy.clearance,
    ...(notice?.summary && notice.summary.length > 0 ? { summary: [...notice.summary] } : {}),
    ...(duties.length > 0 ? { duties } : {}),
    ...(notice?.standing?.conditions !== undefined ? { conditions: notice.standing.conditions } : {}),
    ...(notice?.standing?.costs !== undefined ? { costs: notice.standing.costs } : {}),
  };
};

/** The parts an amendment may name, in the order the circular lists them. */
export const snapshotParts = ['title', 'grade', 'location', 'deadline', 'duration', 'posts', 'clearance', 'summary', 'duties', 'conditions', 'costs'] as const;
export type SnapshotPart = (typeof snapshotParts)[number];

const partValue = (snapshot: NoticeSnapshot, part: SnapshotPart): string => {
  switch (part) {
    case 'location':
      return `${snapshot.location}|${snapshot.timeZone}`;
    case 'duration':
      return `${snapshot.durationMonths ?? ''}|${snapshot.endsOn ?? ''}`;
    case 'posts':
      return String(snapshot.posts);
    case 'summary':
    case 'duties':
      return JSON.stringify(snapshot[part] ?? []);
    default:
      return snapshot[part] ?? '';
  }
};

/** What differs between the notice as a circular sent it and as it reads now: none, when nothing a circular says changed. */
export const changesSince = (sent: NoticeSnapshot, now: NoticeSnapshot): SnapshotPart[] =>
  snapshotParts.filter((part) => partValue(sent, part) !== partValue(now, part));
