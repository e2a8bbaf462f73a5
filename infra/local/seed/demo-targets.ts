import type { S3Client } from '@aws-sdk/client-s3';
import type { ApplicationStore } from '#shared/applications/store.js';
import type { VacancyStore } from '#shared/vacancies/store.js';

/** Where the demo data is written: the stores and the documents bucket of the local stack. */
export interface DemoApplicationTargets {
  applications: ApplicationStore;
  s3: S3Client;
  bucket: string;
  /** Where the demo's filled vacancy is written (demo-filled-vacancy.ts). */
  vacancies: VacancyStore;
}

/** The HR officer the demo's selection steps are recorded as. */
export const HR_DEMO = 'hr.demo@secondment-hub.local';
