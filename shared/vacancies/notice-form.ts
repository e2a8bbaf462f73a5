/**
 * The notice's body as the staff vacancy form edits it (issue 15, point 1): each part a text HR can
 * type in a simple written format, and back, checked with `vacancyNoticeSchema` so the page refuses
 * what the API would, field by field. Pure functions: the browser and the tests use the same ones.
 *
 * The formats (the form's hints say the same):
 * - summary: paragraphs separated by a blank line;
 * - duties: a duty's title on a line, then its activities on lines starting with "- "; duties are
 *   separated by a blank line; a duty without a title is its "- " lines alone;
 * - education, experience: one item per line, "(asset) " at the start of an item that only counts
 *   in the candidate's favour;
 * - abilities: one per line, its details on the "- " lines under it;
 * - aptitudes: one per line;
 * - the standing texts: one paragraph each (line breaks become spaces).
 */
import type * as z from '../zod.js';
import { vacancyNoticeSchema, type Ability, type Duty, type Requirement, type StandingText, type VacancyNotice } from './notice-schema.js';

/** The standing texts, in the order a notice gives them. */
export const standingKinds = ['audience', 'conditions', 'costs', 'diversity', 'evidence'] as const satisfies ReadonlyArray<keyof StandingText>;
type StandingKind = (typeof standingKinds)[number];

/** One row of the languages table, as its inputs hold it ('' for a level the notice does not state, and for a language needed by itself). */
export interface LanguageRowFields {
  language: string;
  level: string;
  need: string;
  wording: string;
  /** The number the row shares with its alternatives ("English or French"), or ''. */
  either: string;
}

/** What the notice editor's inputs hold. */
export type NoticeFormFields = {
  /** The language the notice is written in; '' when it does not say (English). */
  language: string;
  summary: string;
  duties: string;
  education: string;
  experience: string;
  minimumYears: string;
  languages: LanguageRowFields[];
  abilities: string;
  aptitudes: string;
} & Record<StandingKind, string>;

/** The editor's text fields, each named in errors as `notice.<name>` (`notice.costs` for a standing text; the languages' rows as `notice.languages.<row>.<input>`). */
export const noticeTextFields = ['summary', 'duties', 'education', 'experience', 'abilities', 'aptitudes', ...standingKinds] as const;
export type NoticeTextField = (typeof noticeTextFields)[number];

/** The marker of an asset in an education or experience line. */
export const ASSET_MARK = '(asset)';
const ASSET_LINE = /^\(asset\)\s*/i;
/** A "- " line: an activity under a duty, a detail under an ability. */
const DASH_LINE = /^-(?:\s+|$)/;

const emptyFields = (): NoticeFormFields => ({
  language: '',
  summary: '',
  duties: '',
  education: '',
  experience: '',
  minimumYears: '',
  languages: [],
  abilities: '',
  aptitudes: '',
  audience: '',
  conditions: '',
  costs: '',
  diversity: '',
  evidence: '',
});

const requirementLine = (requirement: Requirement) => (requirement.need === 'asset' ? `${ASSET_MARK} ${requirement.text}` : requirement.text);

const dutyBlock = (duty: Duty) => [...(duty.title === undefined ? [] : [duty.title]), ...duty.activities.map((activity) => `- ${activity}`)].join('\n');

const abilityLines = (ability: Ability) => [ability.text, ...(ability.details ?? []).map((detail) => `- ${detail}`)].join('\n');

/** A stored or parsed notice -> the editor's fields (no notice: every field blank). */
export const fieldsFromNotice = (notice: VacancyNotice | undefined): NoticeFormFields => {
  const fields = emptyFields();
  if (!notice) return fields;
  fields.language = notice.language ?? '';
  fields.summary = (notice.summary ?? []).join('\n\n');
  fields.duties = (notice.duties ?? []).map(dutyBlock).join('\n\n');
  fields.education = (notice.education ?? []).map(requirementLine).join('\n');
  fields.experience = (notice.experience?.items ?? []).map(requirementLine).join('\n');
  fields.minimumYears = notice.experience?.minimumYears === undefined ? '' : String(notice.experience.minimumYears);
  fields.languages = (notice.languages ?? []).map(({ language, level, need, wording, either }) => ({ language, level: level ?? '', need, wording, either: either === undefined ? '' : String(either) }));
  fields.abilities = (notice.abilities ?? []).map(abilityLines).join('\n');
  fields.aptitudes = (notice.aptitudes ?? []).join('\n');
  for (const kind of standingKinds) fields[kind] = notice.standing?.[kind] ?? '';
  return fields;
};

const linesOf = (text: string) => text.split(/\r\n|\r|\n/).map((line) => line.trim());
const nonBlankLines = (text: string) => linesOf(text).filter((line) => line !== '');
/** Runs of non-blank lines, a blank line (or several) between them. */
const blocksOf = (text: string): string[][] => {
  const blocks: string[][] = [[]];
  for (const line of linesOf(text)) {
    if (line === '') blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  return blocks.filter((block) => block.length > 0);
};
/** A paragraph typed over several lines is one paragraph: its lines joined by a space. */
const paragraphOf = (lines: readonly string[]) => lines.join(' ');

const requirementsOf = (text: string): Requirement[] =>
  nonBlankLines(text).map((line) => (ASSET_LINE.test(line) ? { text: line.replace(ASSET_LINE, ''), need: 'asset' } : { text: line, need: 'required' }));

type Errors = Map<string, string>;
const addError = (errors: Errors, field: string, message: string) => {
  if (!errors.has(field)) errors.set(field, message);
};

const dutiesOf = (text: string, errors: Errors): Duty[] =>
  blocksOf(text).map((block, index) => {
    const duty: Duty = { activities: [] };
    block.forEach((line, at) => {
      if (DASH_LINE.test(line)) duty.activities.push(line.replace(DASH_LINE, ''));
      else if (at === 0) duty.title = line;
      else addError(errors, 'notice.duties', `Duty ${index + 1}: one title line, then each activity on a line starting with "- ".`);
    });
    return duty;
  });

const abilitiesOf = (text: string, errors: Errors): Ability[] => {
  const abilities: Ability[] = [];
  for (const line of nonBlankLines(text)) {
    const last = abilities.at(-1);
    if (!DASH_LINE.test(line)) abilities.push({ text: line });
    else if (last) last.details = [...(last.details ?? []), line.replace(DASH_LINE, '')];
    else addError(errors, 'notice.abilities', 'A detail ("- ...") comes under the ability it belongs to: write the ability on the line above.');
  }
  return abilities;
};

/** The editor's fields -> the notice, before the schema has checked it; the errors are the format's own. */
const draftNotice = (fields: NoticeFormFields, errors: Errors): { notice: Record<string, unknown>; rowOf: number[] } => {
  const notice: Record<string, unknown> = {};
  if (fields.language !== '') notice.language = fields.language;
  const summary = blocksOf(fields.summary).map(paragraphOf);
  if (summary.length > 0) notice.summary = summary;
  const duties = dutiesOf(fields.duties, errors);
  if (duties.length > 0) notice.duties = duties;
  const education = requirementsOf(fields.education);
  if (education.length > 0) notice.education = education;

  const items = requirementsOf(fields.experience);
  const years = fields.minimumYears.trim();
  if (years !== '' && !/^\d+$/.test(years)) addError(errors, 'notice.minimumYears', 'Whole years, such as 10.');
  if (items.length > 0 || years !== '') notice.experience = { ...(/^\d+$/.test(years) ? { minimumYears: Number(years) } : {}), items };

  // A row left wholly blank is no language; the rows kept remember where they stand on the form.
  const rowOf: number[] = [];
  const languages = fields.languages.flatMap((row, index) => {
    if (row.language.trim() === '' && row.level === '' && row.wording.trim() === '') return [];
    rowOf.push(index);
    const either = row.either.trim();
    // A number the schema refuses (0, 13, "x") is kept as typed so that its error names this row.
    return [{ language: row.language.trim(), ...(row.level === '' ? {} : { level: row.level }), need: row.need, wording: row.wording, ...(either === '' ? {} : { either: /^\d+$/.test(either) ? Number(either) : either }) }];
  });
  if (languages.length > 0) notice.languages = languages;

  const abilities = abilitiesOf(fields.abilities, errors);
  if (abilities.length > 0) notice.abilities = abilities;
  const aptitudes = nonBlankLines(fields.aptitudes);
  if (aptitudes.length > 0) notice.aptitudes = aptitudes;
  const standing = Object.fromEntries(standingKinds.map((kind) => [kind, paragraphOf(nonBlankLines(fields[kind]))]).filter(([, text]) => text !== ''));
  if (Object.keys(standing).length > 0) notice.standing = standing;
  return { notice, rowOf };
};

const ordinal = (what: string, index: PropertyKey | undefined) => (typeof index === 'number' ? `${what} ${index + 1}` : undefined);

/** Where in a part an issue is, in words ("Duty 2, activity 3"), so one message beside a textarea can say which line. */
const placeIn = (part: PropertyKey | undefined, rest: readonly PropertyKey[]): string | undefined => {
  const [index, key, inner] = rest;
  switch (part) {
    case 'summary':
      return ordinal('Paragraph', index);
    case 'duties':
      return [ordinal('Duty', index), key === 'activities' ? ordinal('activity', inner) : undefined].filter(Boolean).join(', ') || undefined;
    case 'abilities':
      return [ordinal('Ability', index), key === 'details' ? ordinal('detail', inner) : undefined].filter(Boolean).join(', ') || undefined;
    case 'experience':
      return key === undefined ? undefined : ordinal('Item', key);
    default:
      return ordinal('Item', index);
  }
};

/**
 * The editor's field an issue of the notice belongs to, from its path inside the notice (the
 * schema's, or the API's `body.notice....` without its prefix); `rowOf` maps a kept language to its
 * row on the form.
 */
export const noticeFieldOf = (path: readonly PropertyKey[], rowOf: readonly number[] = []): string => {
  const [part, second, third] = path;
  if (part === 'languages') {
    if (typeof second !== 'number') return 'notice.languages';
    return `notice.languages.${rowOf[second] ?? second}.${typeof third === 'string' ? third : 'language'}`;
  }
  if (part === 'standing') return typeof second === 'string' ? `notice.${second}` : 'notice.audience';
  if (part === 'experience' && second === 'minimumYears') return 'notice.minimumYears';
  if (part === 'language') return 'notice.language';
  return typeof part === 'string' && (noticeTextFields as readonly string[]).includes(part) ? `notice.${part}` : 'notice.summary';
};

/** The message for an issue, placed in its part when the field holds several lines. */
const messageOf = (path: readonly PropertyKey[], message: string): string => {
  const [part, ...rest] = path;
  if (part === 'languages' || part === 'standing' || part === 'language') return message;
  const place = placeIn(part, rest);
  return place ? `${place}: ${message}` : message;
};

export type NoticeCheck = { ok: true; notice: VacancyNotice } | { ok: false; errors: Map<string, string> };

/**
 * The editor's fields -> the notice, checked with the shared schema; every section blank gives `{}`
 * (which a save reads as "remove the notice"). Errors are keyed by the editor's field, one each.
 */
export const noticeFromFields = (fields: NoticeFormFields): NoticeCheck => {
  const errors: Errors = new Map();
  const { notice, rowOf } = draftNotice(fields, errors);
  const result = vacancyNoticeSchema.safeParse(notice);
  if (!result.success) {
    for (const issue of result.error.issues as ReadonlyArray<Pick<z.core.$ZodIssue, 'path' | 'message'>>) {
      addError(errors, noticeFieldOf(issue.path, rowOf), messageOf(issue.path, issue.message));
    }
  }
  if (errors.size > 0 || !result.success) return { ok: false, errors };
  return { ok: true, notice: result.data };
};

/** The codes the languages table offers: the organisation's four, then those notices name (notice-languages.ts); a stored code not listed is added to its row. */
export const noticeLanguageCodes = ['en', 'fr', 'es', 'ar', 'pt', 'ru', 'zh', 'de', 'it', 'ja', 'ko', 'nl', 'tr', 'fa', 'hi', 'sw', 'ms', 'id', 'th', 'vi'] as const;
