/**
 * A notice's language sentences -> languages with a CEFR level and required or asset. The notice
 * says "Excellent command of English" or "Working knowledge of French", never a CEFR level; the
 * table below maps its words to the level a candidate states on the form, so HR can compare the
 * two (issue 15, points 3 and 4). docs/vacancy-notice.md shows the same table.
 */
import { cefrLevels, type CefrLevel, type LanguageRequirement, type RequirementNeed } from './notice-schema.js';

/** The names a notice uses, English first (notices are written in English), to ISO 639-1. */
const LANGUAGE_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/\benglish\b/i, 'en'],
  [/\bfrench\b/i, 'fr'],
  [/\bspanish\b/i, 'es'],
  [/\barabic\b/i, 'ar'],
  [/\bportuguese\b/i, 'pt'],
  [/\brussian\b/i, 'ru'],
  [/\b(?:chinese|mandarin)\b/i, 'zh'],
  [/\bgerman\b/i, 'de'],
  [/\bitalian\b/i, 'it'],
  [/\bjapanese\b/i, 'ja'],
  [/\bkorean\b/i, 'ko'],
  [/\bdutch\b/i, 'nl'],
  [/\bturkish\b/i, 'tr'],
  [/\b(?:persian|farsi)\b/i, 'fa'],
  [/\bhindi\b/i, 'hi'],
  [/\bswahili\b/i, 'sw'],
  [/\bmalay\b/i, 'ms'],
  [/\bindonesian\b/i, 'id'],
  [/\bthai\b/i, 'th'],
  [/\bvietnamese\b/i, 'vi'],
];

/**
 * The notice's words -> CEFR, the first row that matches deciding (so "basic knowledge" is A2 and
 * "working knowledge" B2 before the bare "knowledge" of B1). The levels follow the CEFR's own
 * descriptors: C1 is fluent, effective operational use (a working language); B2 works
 * independently in one's field; B1 gets by; A2 is basic.
 */
export const LEVEL_WORDS: ReadonlyArray<[RegExp, CefrLevel, string]> = [
  [/\b(?:mother[- ]tongue|native|perfect (?:command|knowledge)|mastery)\b/i, 'C2', 'mother tongue, native, perfect command, mastery'],
  [/\b(?:excellent|fluen(?:t|cy)|full command|thorough|advanced|very good (?:command|knowledge))\b/i, 'C1', 'excellent command, fluent / fluency, full command, thorough, advanced, very good'],
  [/\b(?:working knowledge|good (?:command|knowledge)|proficien(?:t|cy)|upper[- ]intermediate)\b/i, 'B2', 'working knowledge, good command or knowledge, proficient, upper-intermediate'],
  [/\b(?:basic|elementary)\b/i, 'A2', 'basic, elementary'],
  [/\b(?:knowledge|intermediate|conversational)\b/i, 'B1', 'knowledge, intermediate, conversational'],
  [/\b(?:beginner|notions?)\b/i, 'A1', 'beginner, notions'],
];

/** A level the notice states as such ("English at C1 level"). */
const CEFR_WRITTEN = /\b([ABC][12])\b/;

/** Words that make a requirement an asset; a requirement says so by default (it sits under "required"). */
const ASSET = /\b(?:assets?|advantage(?:ous)?|desirable|preferabl[ey]|preferred|useful|a plus|an added value)\b/i;
const REQUIRED = /\b(?:required|requirement|essential|mandatory|must)\b/i;

/** Required unless the text calls it an asset and does not also call it required. */
export const needOf = (text: string): RequirementNeed => (ASSET.test(text) && !REQUIRED.test(text) ? 'asset' : 'required');

/**
 * The level a sentence's words say. Rows are tried in order and a match inside an earlier row's
 * ("knowledge" inside "working knowledge") does not count. A sentence about one language that
 * names two levels offers a choice ("Mother tongue Spanish or excellent command of Spanish"), so
 * the lower is what the post needs; one about several languages takes the first row that matches.
 */
export const levelFromWords = (text: string, languagesNamed = 1): CefrLevel | undefined => {
  const written = CEFR_WRITTEN.exec(text)?.[1];
  if (written) return written as CefrLevel;
  const taken: Array<{ start: number; end: number; level: CefrLevel }> = [];
  for (const [pattern, level] of LEVEL_WORDS) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'gi'))) {
      const [start, end] = [match.index, match.index + match[0].length];
      if (!taken.some((other) => start < other.end && other.start < end)) taken.push({ start, end, level });
    }
  }
  if (taken.length === 0) return undefined;
  if (languagesNamed > 1) return taken[0]?.level;
  return taken.map((found) => found.level).reduce((lowest, level) => (cefrLevels.indexOf(level) < cefrLevels.indexOf(lowest) ? level : lowest));
};

/** Sentences of a language item: "Excellent command of English. Fluency in French would be an asset." is two. */
const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.;!])\s+(?=\S)/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '' && /\p{L}/u.test(sentence));

export interface LanguagesRead {
  languages: LanguageRequirement[];
  /** Sentences that name no language, and languages named without a level. */
  unread: string[];
}

/** Between two languages: an "or" ("English or French", "English and/or French"), an "and" besides none, or a list's comma. */
const OR_BETWEEN = /\bor\b/i;
const AND_BETWEEN = /\band\b(?!\/or)|&/i;
const LIST_COMMA = /^[\s,;()]*$/;

/**
 * The languages a sentence names, in its order, in runs of alternatives. "and" parts runs: "English
 * and French" is two runs of one. Within a part, an "or" makes every language of it one run, as a
 * list's last word speaks for the list: "English, French, Spanish or Arabic" is one run of four,
 * "English, and French or Spanish" [en] then [fr, es]; a part with commas only is runs of one.
 */
const namedRuns = (sentence: string): string[][] => {
  const named = LANGUAGE_NAMES.map(([pattern, code]) => {
    const match = pattern.exec(sentence);
    return { code, at: match?.index ?? -1, end: match ? match.index + match[0].length : -1 };
  })
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at);
  const parts: Array<{ codes: string[]; or: boolean }> = [];
  named.forEach((found, index) => {
    const gap = index === 0 ? '' : sentence.slice(named[index - 1]?.end ?? 0, found.at);
    const part = parts[parts.length - 1];
    const joins = part && !AND_BETWEEN.test(gap) && (OR_BETWEEN.test(gap) || LIST_COMMA.test(gap));
    if (part && joins) {
      part.codes.push(found.code);
      part.or ||= OR_BETWEEN.test(gap);
    } else parts.push({ codes: [found.code], or: false });
  });
  return parts.flatMap((part) => (part.or ? [part.codes] : part.codes.map((code) => [code])));
};

/** Every language the items name, once each (the first sentence that names it decides); "or" between languages makes them alternatives. */
export const readLanguages = (items: readonly string[]): LanguagesRead => {
  const languages: LanguageRequirement[] = [];
  const unread: string[] = [];
  const seen = new Set<string>();
  let alternatives = 0;
  for (const sentence of items.flatMap(sentencesOf)) {
    const runs = namedRuns(sentence);
    if (runs.length === 0) {
      unread.push(`"${sentence.length > 60 ? `${sentence.slice(0, 57)}...` : sentence}" names no language this parser knows.`);
      continue;
    }
    const level = levelFromWords(sentence, runs.flat().length);
    const need = needOf(sentence);
    for (const run of runs) {
      // Alternatives one of which the notice already named ("English ... English or French") add nothing to it.
      if (run.length > 1 && run.some((language) => seen.has(language))) continue;
      const either = run.length > 1 ? (alternatives += 1) : undefined;
      for (const language of run.filter((code) => !seen.has(code))) {
        seen.add(language);
        if (level === undefined) unread.push(`The level of ${language} is not stated in words this parser maps to CEFR.`);
        languages.push({ language, ...(level ? { level } : {}), need, wording: sentence, ...(either ? { either } : {}) });
      }
    }
  }
  return { languages, unread };
};
