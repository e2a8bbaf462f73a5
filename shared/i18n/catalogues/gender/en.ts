/**
 * The optional gender question's words in English (issue 17, point 5; shared/applications/gender.ts).
 * Part of the English catalogue (../en.ts spreads it); `form.` keys are said by the candidate
 * pages only (../surfaces.ts). English types the other languages (GenderCatalogue).
 */
export const en = {
  'form.gender': 'Gender',
  'form.gender.why':
    'We ask only to count, in anonymous totals, how far we meet the representation goals our vacancy notices state, such as more women among seconded officers. Your answer is never shown to the selection panel, to NCBs or in any list of candidates.',
  'form.gender.preferNotToSay': 'Prefer not to say',
  'form.gender.woman': 'Woman',
  'form.gender.man': 'Man',
  'form.gender.another': 'Another gender',
} as const;

export type GenderCatalogue = Record<keyof typeof en, string>;
