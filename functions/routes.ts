/**
 * The route and schedule tables, written once. The CDK app (infra/aws) makes one function per
 * entry and the local gateway (infra/local) serves the same entries; nothing else lists routes.
 */

export type StaffGroup = 'hr' | 'ncb' | 'admin';

/** Who may call a route: anyone, or a signed-in member of one of the groups. */
export type Caller = { kind: 'public' } | { kind: 'staff'; groups: readonly StaffGroup[] };

/**
 * What a handler touches, so that each function gets only the environment and IAM grants it
 * uses (a read route cannot write).
 */
export interface Uses {
  table?: 'read' | 'write';
  documents?: 'read' | 'write';
  email?: boolean;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
  /** A stable name: the function's logical id in CDK and the name in logs. */
  name: string;
  method: HttpMethod;
  /** An API Gateway resource path: `{param}` for a path parameter. */
  path: string;
  /** The module under functions/ that exports `handler`, without extension. */
  handler: string;
  caller: Caller;
  uses: Uses;
}

export const jobNames = ['hr-digest', 'ncb-digest', 'deadline-reminders', 'retention-purge'] as const;
export type JobName = (typeof jobNames)[number];

export interface Schedule {
  name: JobName;
  /** An EventBridge Scheduler cron expression, read in `timeZone`. */
  cron: string;
  /** `stage` means the stage's organisation time zone (infra/aws/stages.ts). */
  timeZone: 'stage' | string;
  handler: string;
  uses: Uses;
}

/** The payload a schedule delivers (EventBridge Scheduler's `<aws.scheduler.scheduled-time>`; locally `?now=`). */
export interface JobEvent {
  job: JobName;
  scheduledTime: string;
}

/** Where a handler's source lives, relative to the project root: the CDK entry and the local import. */
export const handlerSourcePath = (handler: string): string => `functions/${handler}.ts`;

const PUBLIC: Caller = { kind: 'public' };

export const routes: readonly Route[] = [
  {
    name: 'listVacancies',
    method: 'GET',
    path: '/vacancies',
    handler: 'vacancies/list-vacancies',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
  {
    name: 'getVacancy',
    method: 'GET',
    path: '/vacancies/{number}',
    handler: 'vacancies/get-vacancy',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
];

/** Scheduled jobs arrive with the email issue; the CDK app and `/_local/jobs` already read this table. */
export const schedules: readonly Schedule[] = [];
