/**
 * A person's name as written to them: given and family name, or the one name a person has (the
 * family name is optional: many people have a single name). Never "Amina undefined".
 */
export const personName = ({ givenName, familyName }: { givenName: string; familyName?: string | undefined }): string =>
  [givenName, familyName].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');
