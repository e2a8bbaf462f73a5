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
  // Shortened from the real notice: one part of each kind.
  notice: {
    summary: ['The Senior Coordinator Organized and Emerging Crime ... is responsible for supporting OEC Coordinators and Assistant Directors ...'],
    duties: [{ title: 'Plan, monitor and coordinate operations and projects', activities: ['Ensure compliance with INTERPOL policy and procedures;'] }],
    education: [{ text: 'University degree or equivalent or law enforcement training at senior level', need: 'required' }],
    experience: { items: [{ text: 'Experience in implementing and managing complex projects', need: 'required' }] },
    languages: [
      { language: 'en', level: 'C1', need: 'required', wording: 'Excellent Command of English (written and oral) as working language.' },
      { language: 'fr', level: 'C1', need: 'asset', wording: 'Fluency in French would be an additional asset.' },
    ],
    abilities: [{ text: 'Ability to :', details: ['give presentations'] }],
    standing: { costs: 'Please be aware that your home Administration/Agency/Service/Government will be responsible for all of your salary/remuneration ...' },
  },
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

/** A serving officer's application to a sending unit's call for a EULEX Kosovo post (issue 18). */
const servingOfficerExample = {
  vacancy: 'EULEX-26-07',
  givenName: 'Grace',
  familyName: 'Okafor',
  email: 'grace.okafor@met.police.example',
  nationality: 'GB',
  category: 'serving-police',
  applicantStatus: { force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' },
  currentTitle: 'Detective Inspector',
  homeAdministration: 'Metropolitan Police Service, Organised Crime Command',
  yearsOfExperience: 14,
  languages: ['en', 'sq'],
  privacyConsent: true,
};

/** The body's example on each profile's stage. */
export const submissionExamples = { receiving: submissionExample, sending: servingOfficerExample } as const;

/** An NCB contact as answered: its digest goes out in French, its times in Dakar's zone (Senegal's). */
export const ncbContactExample = {
  country: 'SN',
  email: 'bcn.dakar@police.sn.example',
  name: 'NCB Dakar, recruitment desk',
  language: 'fr',
  timeZone: 'Africa/Dakar',
  updatedAt: '2026-11-22T09:00:00.000Z',
  updatedBy: 'admin@secondment-hub.local',
};
