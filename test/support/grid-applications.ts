/**
 * Many believable applications for the staff grid (the browser test, the grid bench): names,
 * countries, titles, documents and NCB decisions spread deterministically over `count` rows.
 */
import type { Application } from '#shared/applications/application.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { aminaApplication } from './candidates.js';

const given = ['Amina', 'Lucas', 'Chloé', 'Moussa', 'Ana', 'Kenji', 'Fatou', 'Jonas', 'Leila', 'Tomás', 'Aisha', 'Pierre', 'Ngozi', 'Sofia', 'Omar', 'Ingrid'];
const family = ['Diallo', 'Martin', 'Bernard', 'Ndiaye', 'Souza', 'Tanaka', 'Sow', 'Müller', 'Haddad', 'García', 'Okafor', 'Dubois', 'Fall', 'Rossi', 'Benali', 'Larsen'];
const countries = ['FR', 'SN', 'FR', 'BR', 'JP', 'SN', 'DE', 'LB', 'ES', 'NG', 'FR', 'SN', 'IT', 'MA', 'NO', 'CA'];
const titles = ['Commissaire de police', 'Detective Inspector', 'Capitaine de gendarmerie', 'Analyst, Financial Crimes Unit', 'Chief Superintendent', 'Cybercrime Investigator', 'Legal Adviser'];
const administrations = ['Police nationale', 'Gendarmerie nationale', 'Polícia Federal', 'National Police Agency', 'Bundeskriminalamt', 'Policía Nacional'];
const languageSets = [['en', 'fr'], ['fr'], ['en', 'pt'], ['en', 'ja'], ['de', 'en'], ['ar', 'en', 'fr'], ['es', 'en']];

export const applicationId = (n: number): string => `5b1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;

const document = (kind: string, n: number, at: string): ReceivedDocument => ({
  key: `applications/${applicationId(n)}/${kind}`,
  contentType: 'application/pdf',
  size: 120_000 + n,
  sha256: '0'.repeat(64),
  receivedAt: at,
});

/** The `n`th application of `vacancy`: every ninth one complete and shortlisted, every fourth without a CV, some screened or rejected. */
export const gridApplication = (n: number, vacancy: string): Application => {
  const at = new Date(Date.UTC(2026, 10, 2) + n * 3_600_000 * 7).toISOString();
  const nationality = countries[n % countries.length] ?? 'FR';
  const hasCv = n % 4 !== 3;
  const hasLetter = n % 3 === 0;
  const validated = n % 3 === 0 || n % 5 === 1;
  const status = n % 9 === 0 && hasCv && hasLetter && validated ? 'shortlisted' : n % 10 === 4 ? 'rejected' : n % 6 === 2 ? 'screening' : 'submitted';
  return aminaApplication({
    id: applicationId(n),
    vacancy,
    givenName: given[n % given.length] ?? 'Amina',
    familyName: `${family[(n * 7 + Math.floor(n / given.length)) % family.length] ?? 'Diallo'}${n >= family.length * given.length ? ` ${n}` : ''}`,
    email: `candidate.${n}@police.example`,
    nationality,
    currentTitle: titles[n % titles.length] ?? 'Commissaire de police',
    homeAdministration: administrations[n % administrations.length] ?? 'Police nationale',
    yearsOfExperience: 5 + (n % 20),
    languages: languageSets[n % languageSets.length] ?? ['en'],
    status,
    submittedAt: at,
    updatedAt: at,
    documents: {
      ...(hasCv ? { cv: document('cv', n, at) } : {}),
      ...(hasLetter ? { confirmationLetter: document('confirmationLetter', n, at) } : {}),
    },
    ...(validated ? { ncbValidation: { decision: 'validated' as const, screeningAttested: true, at, by: `ncb.${nationality.toLowerCase()}@police.example` } } : {}),
  });
};

export const gridApplications = (count: number, vacancy: string, first = 1): Application[] =>
  Array.from({ length: count }, (_, i) => gridApplication(first + i, vacancy));
