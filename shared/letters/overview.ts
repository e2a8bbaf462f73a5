/**
 * HR's view of a vacancy's letters: each kind with whether the job sends it by itself and how many
 * are due now, the interview invitation listed as the interviews' own, and the setting's revision.
 */
import type { LetterDependencies } from './dependencies.js';
import { findDue } from './find-due.js';
import { letterKinds, sentElsewhere, sentLetterKinds, type LetterKind } from './kinds.js';
import { vacancyOf } from './send-letters.js';

export interface LettersOverview {
  vacancy: string;
  title: string;
  status: string;
  revision: number;
  kinds: Array<{ kind: LetterKind; automatic?: boolean; due?: number; sentBy: 'letters' | 'interviews'; note?: string }>;
}

export const lettersOverview = async (deps: LetterDependencies, number: string, now: Date): Promise<LettersOverview> => {
  const vacancy = await vacancyOf(deps, number);
  const setting = await deps.settings.get(number);
  const { owed } = await findDue(deps, number, sentLetterKinds, now);
  return {
    vacancy: number,
    title: vacancy.title,
    status: vacancy.status,
    revision: setting.revision,
    kinds: letterKinds.map((kind) =>
      kind === 'interview-invitation'
        ? { kind, sentBy: 'interviews' as const, note: sentElsewhere[kind] }
        : { kind, automatic: setting.automatic[kind], due: owed.filter((letter) => letter.due.kind === kind).length, sentBy: 'letters' as const },
    ),
  };
};
