/**
 * A person's name as written to them: given and family name, or the one name a person has (the
 * family name is optional: many people have a single name). Never "Amina undefined".
 */
export const personName = ({ givenName, familyName }: { givenName: string; familyName?: string | undefined }): string =>
  [givenName, familyName].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');

/**
 * A name as a list sorts it: "Diallo, Amina", or "Amina" alone for a person with one name (never
 * ", Amina").
 */
export const sortableName = ({ givenName, familyName }: { givenName: string; familyName?: string | undefined }): string =>
  [familyName, givenName].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(', ');
