import type { ApplicationStore } from '../applications/store.js';
import type { SendOnceDependencies } from '../email/send-once.js';
import type { NcbContactStore } from '../ncb/store.js';
import type { RecommendationStore } from '../selection/store.js';
import type { VacancyStore } from '../vacancies/store.js';
import type { LetterLedger, LetterSettingsStore, WrittenTestsOfVacancy } from './store.js';

/** What finding and sending letters reads and writes. */
export interface LetterDependencies {
  applications: Pick<ApplicationStore, 'list' | 'history' | 'get'>;
  vacancies: Pick<VacancyStore, 'get' | 'listByStatus'>;
  recommendations: Pick<RecommendationStore, 'listByVacancy'>;
  writtenTests: WrittenTestsOfVacancy;
  settings: LetterSettingsStore;
  ledger: LetterLedger;
  contacts: Pick<NcbContactStore, 'getMany'>;
  email: SendOnceDependencies;
  /** The public site: letters point to `<publicBaseUrl>/status`. */
  publicBaseUrl: string;
  /** The day the stage's automatic letters began (settings.ts startingSetting; the job's alone); absent: they always were. */
  automaticFrom?: string;
}

/** Close-out writes statuses too: every write path of the applications' store. */
export interface CloseOutDependencies extends LetterDependencies {
  applications: ApplicationStore;
}
