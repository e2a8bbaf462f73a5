import type { ClaimKey } from '../email/send-once.js';
import type { LettersSetting, LettersSettingAuditEntry } from './settings.js';

/** The setting was saved by someone else since it was read. */
export class StaleLettersSetting extends Error {}

/** HR's letters settings per vacancy, with their history (functions/adapters/dynamodb/letter-settings.ts). */
export interface LetterSettingsStore {
  /** The vacancy's setting; the default (every letter automatic, revision 0) when none is stored. */
  get(vacancy: string): Promise<LettersSetting>;
  /** Writes the setting and its audit entry in one transaction, if stored at `expectedRevision` (0: none yet); else StaleLettersSetting. */
  save(setting: LettersSetting, expectedRevision: number, audit: LettersSettingAuditEntry): Promise<void>;
  history(vacancy: string): Promise<LettersSettingAuditEntry[]>;
}

/**
 * Which letters' claims are held (sent, or being sent under a lease), many at a time
 * (functions/adapters/dynamodb/letter-ledger.ts): a batch read of the claims, so that a run over a
 * vacancy whose letters all went reads 100 claims a call and sends nothing. Only ever a filter before
 * `sendOnce`, whose conditional claim is what makes a letter go once.
 */
export interface LetterLedger {
  held(keys: readonly ClaimKey[], at: Date): Promise<Set<string>>;
}

export const claimId = (key: ClaimKey): string => `${key.scope}|${key.kind}|${key.day}`;

/** Whether the vacancy has a written test (the written tests' store): its invitation is then the shortlisted letter. */
export interface WrittenTestsOfVacancy {
  hasWrittenTest(vacancy: string): Promise<boolean>;
}
