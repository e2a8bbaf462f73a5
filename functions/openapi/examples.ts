/** The examples of DESIGN.md, as the document shows them. */

export const vacancyExample = {
  number: '1152',
  title: 'Senior Coordinator',
  unit: 'Organized and Emerging Crime Sub-directorate',
  reportingTo: 'Director, Organized and Emerging Crime',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '3',
  durationMonths: 36,
  posts: 1,
  clearance: 'Basic',
  secondmentType: 'regular',
  publishedAt: '2025-07-01',
  deadline: '2025-09-01',
  status: 'closed',
};

export const submissionExample = {
  vacancy: '1152',
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
};

/** An NCB contact as stored: its digest goes out in French. */
export const ncbContactExample = {
  country: 'SN',
  email: 'bcn.dakar@police.sn.example',
  name: 'NCB Dakar, recruitment desk',
  language: 'fr',
  updatedAt: '2026-11-22T09:00:00.000Z',
  updatedBy: 'admin@secondment-hub.local',
};
