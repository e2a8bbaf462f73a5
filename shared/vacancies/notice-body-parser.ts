/**
 * The body of a pasted notice -> `VacancyNotice`, plus each part it could not read (issue 15).
 *
 * A notice is a run of sections under headings it always words alike ("PRINCIPAL DUTIES",
 * "Experience required:", "Languages"...), with the standing paragraphs before them. One pass over
 * the lines: a line is a heading, a "DUTY n" line, or content of the section it is in; each line
 * meets a fixed number of anchored or keyword tests, so the cost stays linear in the paste. Like
 * the header parser it never guesses: a part it cannot find or that fails the schema is left out
 * and listed with why.
 */
import type * as z from '../zod.js';
import { needOf, readLanguages } from './notice-languages.js';
import { noticeFields, noticeParts, type Ability, type NoticePart, type Duty, type Requirement, type StandingText, type VacancyNotice } from './notice-schema.js';

/** A part of the notice the parser reports on; `standing.costs` and so on for the standing text. */
export type NoticeUnreadPart = NoticePart | `standing.${keyof StandingText}`;
export interface NoticeUnread {
  part: NoticeUnreadPart;
  reason: string;
}

type Section = 'preamble' | 'summary' | 'duties' | 'requirements' | 'education' | 'experience' | 'languages' | 'abilities' | 'aptitudes';

/** Headings as notices word them, matched against the whole line lowercased, without its final ":" or ",". */
const HEADINGS: ReadonlyArray<[RegExp, Section]> = [
  [/^(?:summary of (?:the )?(?:assigned )?duties|introduction of the post|(?:post|job) summary|purpose of the post|summary)\b/, 'summary'],
  [/^(?:(?:principal|primary|main|key|essential) )?(?:duties|responsibilities|tasks)(?: and (?:activities|responsibilities|tasks))?(?: of the post)?$/, 'duties'],
  [/^(?:requirements|qualifications(?:,? competencies)?(?:,? and skills)?|profile(?: of the candidate)?)$/, 'requirements'],
  [/^(?:(?:training|academic) ?\/ ?)?(?:education|training)(?: and (?:training|qualifications?))?(?: required)?$/, 'education'],
  [/^(?:(?:professional|work|relevant) )?experience(?: required)?$/, 'experience'],
  [/^(?:languages?|(?:language|linguistic) (?:skills|requirements))(?: required)?$/, 'languages'],
  [/^(?:abilities|skills|competencies|competences)(?: and (?:skills|competencies|competences))?(?: required)?$/, 'abilities'],
  [/^aptitudes(?: required)?$/, 'aptitudes'],
];

/** "DUTY 1: Plan ...", "DUTY 2 - Manage ...", "DUTY 6" (its title then on the next line). */
const DUTY = /^duty\s*(\d{1,2})\s*(?:[:.\-–—]\s*)?(.*)$/i;

/** Standing paragraphs by what they say; who pays first, since it also names the conditions of secondment. */
const STANDING: ReadonlyArray<[keyof StandingText, (text: string) => boolean]> = [
  ['costs', (text) => /\bresponsible for\b/i.test(text) && /\b(?:salary|remuneration)\b/i.test(text)],
  ['conditions', (text) => /\bconditions of secondment\b/i.test(text)],
  ['diversity', (text) => /\bdivers(?:e|ity)\b/i.test(text) && /\b(?:inclusive|inclusion|workforce|backgrounds)\b/i.test(text)],
  ['audience', (text) => /\b(?:announcement|notice)\b/i.test(text) && /\b(?:pertains|open|addressed)\s+(?:only\s+)?to\b/i.test(text) && /\bofficials?\b/i.test(text)],
  ['evidence', (text) => /\b(?:proof of employment|official proof|evidence of employment)\b/i.test(text)],
];

const MISSING: Readonly<Partial<Record<NoticeUnreadPart, string>>> = {
  summary: 'No "SUMMARY OF THE ASSIGNED DUTIES" (or "INTRODUCTION OF THE POST") section.',
  duties: 'No "DUTY 1: ..." lines under "PRINCIPAL DUTIES".',
  education: 'No "Education required" section.',
  experience: 'No "Experience required" section.',
  languages: 'No "Languages" section.',
  abilities: 'No "Abilities required" section.',
  'standing.audience': 'No paragraph saying whom the vacancy is addressed to ("This vacancy announcement pertains to ...").',
  'standing.conditions': 'No paragraph about the Conditions of Secondment.',
  'standing.costs': 'No paragraph saying who pays ("... will be responsible for all of your salary ...").',
  'standing.diversity': 'No diversity statement.',
};

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const OTHER_CONTROL = /\p{Cc}/gu;
const BULLET = /^(?:[•·‣▪▫◦●○■□►▸➢➤✓✔→]|[-*–—+](?=\s|$)|\d{1,2}[.)](?=\s))\s*/u;
/** Longer than any heading: such a line is content. */
const MAX_HEADING = 80;
/** The longest item the schema takes; a longer line is reported, never searched. */
const MAX_ITEM = 1_000;

interface Line {
  text: string;
  bulleted: boolean;
}

const linesOf = (text: string): Line[] =>
  text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .split(LINE_BREAK)
    .map((raw) => {
      const spaced = raw.replace(ODD_SPACE, ' ').replace(OTHER_CONTROL, ' ').trim();
      const bullet = BULLET.exec(spaced);
      return { text: (bullet ? spaced.slice(bullet[0].length) : spaced).replace(/\s+/g, ' ').trim(), bulleted: bullet !== null };
    });

const headingOf = (line: Line): Section | undefined => {
  if (line.bulleted || line.text.length > MAX_HEADING) return undefined;
  const words = line.text.toLowerCase().replace(/[\s:,.]+$/, '').replace(/\s+/g, ' ');
  return HEADINGS.find(([pattern]) => pattern.test(words))?.[1];
};

/** "INCLUDING GOALS AND OBJECTIVES OF THE POST": a heading's second line, in capitals like it. */
const continuesHeading = (line: Line): boolean =>
  !line.bulleted && line.text.length <= MAX_HEADING && /\p{Lu}/u.test(line.text) && !/\p{Ll}/u.test(line.text) && !DUTY.test(line.text);

/** "Grade: 3" and the like: the header's lines, which the header parser reads. */
const isLabelled = (text: string): boolean => {
  const colon = text.indexOf(':');
  return colon > 0 && colon <= 60;
};

const WORD_YEARS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const MINIMUM_YEARS = /\b(?:at least|a minimum of|minimum of|minimum|no less than|not less than)\s+(\d{1,2}|[a-z]{3,9})\s*\+?\s*(?:\(\d{1,2}\)\s*)?years?\b/i;
const YEARS_OF_EXPERIENCE = /\b(\d{1,2}|[a-z]{3,9})\s*\+?\s*years?['’]?\s+(?:of\s+)?(?:[a-z-]+\s+){0,4}experience\b/i;

/** The minimum years an experience item states: "A minimum of 15 years of ... experience", "at least ten years' experience". */
const minimumYearsOf = (text: string): number | undefined => {
  const raw = (MINIMUM_YEARS.exec(text) ?? YEARS_OF_EXPERIENCE.exec(text))?.[1]?.toLowerCase();
  if (raw === undefined) return undefined;
  return /^\d+$/.test(raw) ? Number(raw) : WORD_YEARS[raw];
};

/** What the single pass collects, before validation. */
interface Collected {
  summary: string[];
  duties: Duty[];
  education: string[];
  experience: string[];
  languages: string[];
  abilities: Ability[];
  aptitudes: string[];
  standing: StandingText;
  tooLong: Set<NoticeUnreadPart>;
}

const collect = (lines: readonly Line[]): Collected => {
  const found: Collected = { summary: [], duties: [], education: [], experience: [], languages: [], abilities: [], aptitudes: [], standing: {}, tooLong: new Set() };
  let section: Section = 'preamble';
  let afterHeading = false;
  let dutyWantsTitle = false;
  let leadIn: Ability | undefined;

  for (const line of lines) {
    if (line.text === '') continue;
    const heading = headingOf(line);
    if (heading) {
      section = heading;
      afterHeading = true;
      leadIn = undefined;
      continue;
    }
    if (afterHeading && continuesHeading(line)) continue;
    afterHeading = false;

    const { text } = line;
    if (text.length > MAX_ITEM * 4) {
      if (section !== 'preamble' && section !== 'requirements') found.tooLong.add(section);
      continue;
    }
    if (section === 'preamble' || section === 'requirements') {
      if (line.bulleted || isLabelled(text)) continue;
      const kind = STANDING.find(([, test]) => test(text))?.[0];
      if (kind && found.standing[kind] === undefined) found.standing[kind] = text;
      continue;
    }
    if (section === 'summary') {
      found.summary.push(text);
      continue;
    }
    if (section === 'duties') {
      const duty = DUTY.exec(text);
      if (duty) {
        const title = (duty[2] ?? '').trim();
        found.duties.push({ ...(title ? { title } : {}), activities: [] });
        dutyWantsTitle = title === '';
        continue;
      }
      const current = found.duties.at(-1);
      // Before "DUTY 1" a notice carries the template's instructions ("In the order of importance, ..."), not duties.
      if (!current) continue;
      if (dutyWantsTitle && !line.bulleted) current.title = text;
      else current.activities.push(text);
      dutyWantsTitle = false;
      continue;
    }
    if (section === 'abilities') {
      // "Ability to:" and "These skills include:" take the bullets after them, to the section's end.
      if (leadIn?.details) {
        leadIn.details.push(text);
        continue;
      }
      const ability: Ability = { text };
      found.abilities.push(ability);
      if (/:\s*$/.test(text)) {
        ability.details = [];
        leadIn = ability;
      }
      continue;
    }
    found[section].push(text);
  }
  return found;
};

const requirementsOf = (items: readonly string[]): Requirement[] => items.map((text) => ({ text, need: needOf(text) }));

const firstIssue = (error: z.core.$ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'It does not pass the notice schema.';
};

export interface NoticeBodyRead {
  /** Only the parts read with confidence, each passing its schema; undefined when none was. */
  notice: VacancyNotice | undefined;
  unread: NoticeUnread[];
}

/** The notice's body from a pasted notice: each part validated on its own, so one bad part costs only itself. */
export const parseNoticeBody = (text: string): NoticeBodyRead => {
  const found = collect(linesOf(text));
  const unread: NoticeUnread[] = [];

  const emptyDuties = found.duties.filter((duty) => duty.title === undefined && duty.activities.length === 0).length;
  if (emptyDuties > 0) unread.push({ part: 'duties', reason: `${emptyDuties} "DUTY n" line(s) with neither a title nor activities were left out.` });
  const languages = readLanguages(found.languages);
  const experienceItems = requirementsOf(found.experience);
  const years = experienceItems
    .filter((item) => item.need === 'required')
    .map((item) => minimumYearsOf(item.text))
    .filter((value): value is number => value !== undefined);

  // The language a notice is written in is not read: every notice so far is in English, which an absent language means.
  const candidate: Record<NoticePart, unknown> = {
    summary: found.summary,
    duties: found.duties.filter((duty) => duty.title !== undefined || duty.activities.length > 0),
    education: requirementsOf(found.education),
    experience: found.experience.length === 0 ? undefined : { ...(years.length > 0 ? { minimumYears: Math.max(...years) } : {}), items: experienceItems },
    languages: languages.languages,
    abilities: found.abilities.map((ability) => (ability.details?.length === 0 ? { text: ability.text } : ability)),
    aptitudes: found.aptitudes,
    standing: found.standing,
  };

  const notice: Partial<Record<keyof VacancyNotice, unknown>> = {};
  for (const part of noticeParts) {
    const value = candidate[part];
    const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0);
    if (found.tooLong.has(part)) {
      unread.push({ part, reason: `A line of this part is longer than ${MAX_ITEM * 4} characters; it was not read.` });
    }
    if (empty) {
      const missing = MISSING[part];
      if (missing && !found.tooLong.has(part)) unread.push({ part, reason: missing });
      continue;
    }
    const result = noticeFields[part].safeParse(value);
    if (result.success) notice[part] = result.data;
    else unread.push({ part, reason: `Read but not valid, so left out: ${firstIssue(result.error)}` });
  }
  for (const kind of ['audience', 'conditions', 'costs', 'diversity'] as const) {
    if ((notice.standing as StandingText | undefined)?.[kind] === undefined && found.standing[kind] === undefined) {
      unread.push({ part: `standing.${kind}`, reason: MISSING[`standing.${kind}`] ?? '' });
    }
  }
  if (notice.languages !== undefined) unread.push(...languages.unread.map((reason) => ({ part: 'languages' as const, reason })));

  return { notice: Object.keys(notice).length > 0 ? (notice as VacancyNotice) : undefined, unread };
};
