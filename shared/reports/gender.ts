/**
 * The self-declared gender as the reports count it (issue 17, point 5; the question is
 * shared/applications/gender.ts): an application without an answer counts as not stated, as does
 * every application stored before the question. Read defensively, so an unexpected stored value is
 * not stated rather than a cell of its own.
 */
export const reportedGenders = ['woman', 'man', 'another', 'notStated'] as const;
export type ReportedGender = (typeof reportedGenders)[number];

export const genderOf = (application: object): ReportedGender => {
  const value = 'gender' in application ? application.gender : undefined;
  return value === 'woman' || value === 'man' || value === 'another' ? value : 'notStated';
};
