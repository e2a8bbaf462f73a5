/**
 * DESIGN.md's example candidate as a `POST /applications` body, for the open demo vacancy 1701;
 * tests change only what their case is about.
 */
export const aminaSubmission = (overrides: Record<string, unknown> = {}) => ({
  vacancy: '1701',
  givenName: 'Amina',
  familyName: 'Diallo',
  email: 'amina.diallo@police.example',
  phone: '+33 4 72 00 00 00',
  nationality: 'SN',
  category: 'law-enforcement',
  currentTitle: 'Commissaire de police',
  homeAdministration: 'Police nationale',
  yearsOfExperience: 12,
  languages: ['en', 'fr'],
  privacyConsent: true,
  ...overrides,
});
