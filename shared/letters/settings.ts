/**
 * HR's letters setting of a vacancy: which letters the job sends by itself. A kind turned off is
 * sent only by HR's bulk send (after its preview). A vacancy with no setting stored sends all, but
 * one published before the stage's letters began (startingSetting).
 * Every change is audited (who, when, from and to).
 */
import * as z from '../zod.js';
import { sentLetterKinds, type SentLetterKind } from './kinds.js';

export type AutomaticLetters = Readonly<Record<SentLetterKind, boolean>>;

export interface LettersSetting {
  vacancy: string;
  automatic: AutomaticLetters;
  /** Bumped by every save; 0 for the default (nothing stored). */
  revision: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface LettersSettingAuditEntry {
  vacancy: string;
  at: string;
  by: string;
  revision: number;
  changes: Record<string, { from: boolean; to: boolean }>;
}

/** What a vacancy without a stored setting reads as: every letter automatic. */
export const defaultSetting = (vacancy: string): LettersSetting => ({
  vacancy,
  automatic: Object.fromEntries(sentLetterKinds.map((kind) => [kind, true])) as Record<SentLetterKind, boolean>,
  revision: 0,
});

/** The stages' default start of automatic letters: before any vacancy, so every vacancy's letters go. */
export const LETTERS_ALWAYS = '2000-01-01';

/**
 * The setting a vacancy starts from: with none stored, a vacancy published before the stage's letters
 * began (`automaticFrom`, a day) sends none by itself, since HR wrote to its candidates by hand and
 * the first run after the deploy would otherwise send every one of them the letter of where they
 * stand; HR may still preview and bulk-send, or turn kinds on (a stored setting is kept as saved).
 * The letters job stores it so (vacancy-setting.ts jobSettingOf).
 */
export const startingSetting = (setting: LettersSetting, publishedAt: string, automaticFrom: string | undefined): LettersSetting =>
  setting.revision === 0 && automaticFrom !== undefined && publishedAt < automaticFrom
    ? { ...setting, automatic: Object.fromEntries(sentLetterKinds.map((kind) => [kind, false])) as Record<SentLetterKind, boolean> }
    : setting;

/** A stored setting read whole: a kind it does not name (one added since) is on. */
export const readSetting = (vacancy: string, stored: { automatic?: Partial<Record<string, unknown>>; revision?: unknown; updatedAt?: unknown; updatedBy?: unknown } | undefined): LettersSetting => {
  const base = defaultSetting(vacancy);
  if (!stored) return base;
  const automatic = { ...base.automatic } as Record<SentLetterKind, boolean>;
  for (const kind of sentLetterKinds) if (typeof stored.automatic?.[kind] === 'boolean') automatic[kind] = stored.automatic[kind] as boolean;
  return {
    vacancy,
    automatic,
    revision: typeof stored.revision === 'number' ? stored.revision : 1,
    ...(typeof stored.updatedAt === 'string' ? { updatedAt: stored.updatedAt } : {}),
    ...(typeof stored.updatedBy === 'string' ? { updatedBy: stored.updatedBy } : {}),
  };
};

/** `PUT /admin/letters/{vacancy}/settings`: the kinds named change, the others keep theirs; `revision` is the one read. */
export const settingBodySchema = z.strictObject({
  revision: z.int().check(z.minimum(0, 'The revision read: 0 when none was saved yet.')),
  automatic: z.strictObject(
    Object.fromEntries(sentLetterKinds.map((kind) => [kind, z.optional(z.boolean('true (sent by the job) or false (sent only by HR’s bulk send).'))])) as Record<
      SentLetterKind,
      z.ZodMiniOptional<z.ZodMiniBoolean>
    >,
  ),
});
export type SettingBody = z.infer<typeof settingBodySchema>;

/** The setting after `body`, and what changed (for the audit entry); an empty change writes nothing. */
export const applySetting = (current: LettersSetting, body: SettingBody, by: string, at: string): { next: LettersSetting; audit: LettersSettingAuditEntry } => {
  const automatic = { ...current.automatic } as Record<SentLetterKind, boolean>;
  const changes: Record<string, { from: boolean; to: boolean }> = {};
  for (const kind of sentLetterKinds) {
    const to = body.automatic[kind];
    if (to !== undefined && to !== automatic[kind]) {
      changes[kind] = { from: automatic[kind], to };
      automatic[kind] = to;
    }
  }
  const revision = current.revision + 1;
  return { next: { vacancy: current.vacancy, automatic, revision, updatedAt: at, updatedBy: by }, audit: { vacancy: current.vacancy, at, by, revision, changes } };
};
