import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { AuditEntry } from '#shared/applications/store.js';
import { receivedKey } from '#shared/documents/keys.js';
import { PDF, type DocumentKind, type ReceivedDocument } from '#shared/documents/kinds.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { HR_DEMO, type DemoApplicationTargets } from './demo-targets.js';
import { onePagePdf } from './one-page-pdf.js';


/** The people of the filled vacancy, and where each one's selection ended. */
const CANDIDATES: ReadonlyArray<{ given: string; family: string; country: string; title: string; administration: string; path: ApplicationStatus[] }> = [
  { given: 'Inès', family: 'Haddad', country: 'MA', title: 'Commissaire principal', administration: 'Direction Générale de la Sûreté Nationale', path: ['screening', 'shortlisted', 'interviewed', 'offered', 'appointed'] },
  { given: 'Luis', family: 'Ortega', country: 'MX', title: 'Comisario', administration: 'Guardia Nacional', path: ['screening', 'shortlisted', 'interviewed', 'offered', 'withdrawn'] },
  { given: 'Grace', family: 'Mensah', country: 'GH', title: 'Chief Superintendent', administration: 'Ghana Police Service', path: ['screening', 'shortlisted', 'interviewed', 'rejected'] },
  { given: 'Tomasz', family: 'Nowak', country: 'PL', title: 'Komisarz', administration: 'Centralne Biuro Śledcze Policji', path: ['screening', 'shortlisted', 'tested', 'interviewed', 'offered', 'appointed'] },
  { given: 'Hana', family: 'Novak', country: 'CZ', title: 'Kriminalistka', administration: 'Policie České republiky', path: ['screening', 'rejected'] },
];

const uuidOf = (text: string) => {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/**
 * A vacancy past its deadline and filled, with two appointments on its two posts, an offer that
 * ended in a withdrawal (its post freed and given to the next candidate) and two regrets: the
 * demo of "posts are real" (issue 12, point 3). Each move goes through the store, so the
 * vacancy's post counter is written as in production. Answers how many applications it wrote.
 */
export const seedFilledVacancy = async (targets: DemoApplicationTargets, now: Date): Promise<number> => {
  const today = dateIn(now, 'UTC');
  const vacancy: Vacancy = {
    number: '1690',
    title: 'Financial Crimes Analyst',
    unit: 'Financial Crime and Anti-Corruption Centre',
    reportingTo: 'Head of Financial Crime Analysis',
    location: 'Lyon',
    timeZone: 'Europe/Paris',
    grade: '4',
    durationMonths: 24,
    posts: 2,
    clearance: 'Basic',
    secondmentType: 'regular',
    publishedAt: addDays(today, -120),
    deadline: addDays(today, -75),
    status: 'open',
  };
  await targets.vacancies.put(vacancy);
  const opened = Date.parse(`${vacancy.publishedAt}T09:00:00Z`);
  for (const [i, person] of CANDIDATES.entries()) {
    const id = uuidOf(`demo-filled-application-${i}`);
    const submittedMs = opened + (10 + i * 3) * 86_400_000;
    const submittedAt = new Date(submittedMs).toISOString();
    const documents: Application['documents'] = {};
    for (const [kind, label, suppliedBy] of [['cv', 'Curriculum vitae', 'candidate'], ['confirmationLetter', 'Confirmation of secondment conditions', 'ncb']] as const) {
      const bytes = onePagePdf(`${label}: ${person.given} ${person.family}`);
      const key = receivedKey(id, kind as DocumentKind, uuidOf(`${id}-${kind}`));
      await targets.s3.send(new PutObjectCommand({ Bucket: targets.bucket, Key: key, Body: bytes, ContentType: PDF }));
      const document: ReceivedDocument = { key, contentType: PDF, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), receivedAt: submittedAt, suppliedBy };
      documents[kind] = document;
    }
    const application: Application = {
      id,
      vacancy: vacancy.number,
      givenName: person.given,
      familyName: person.family,
      email: `${person.given}.${person.family}.filled`.normalize('NFD').replace(/[^A-Za-z0-9.]/g, '').toLowerCase() + '@police.example',
      nationality: person.country,
      category: 'law-enforcement',
      currentTitle: person.title,
      homeAdministration: person.administration,
      yearsOfExperience: 9 + i * 3,
      languages: ['en', 'fr'],
      status: 'submitted',
      submittedAt,
      updatedAt: submittedAt,
      version: 1,
      privacyConsentAt: submittedAt,
      documents,
      statusTokenHash: createHash('sha256').update(`demo-filled-token-${i}`).digest('hex'),
    };
    await targets.applications.create(application, { at: submittedAt, by: 'candidate', action: 'submitted', changes: {} });
    let current = application;
    let at = submittedMs + 2 * 86_400_000;
    const step = async (changes: Partial<Application>, audit: Omit<AuditEntry, 'at'>) => {
      const when = new Date(at).toISOString();
      current = await targets.applications.update(id, current.version, { ...changes, updatedAt: when }, { ...audit, at: when }, current, { posts: vacancy.posts });
      at += 3 * 86_400_000;
    };
    const ncb = `ncb.${person.country.toLowerCase()}@secondment-hub.local`;
    const ncbValidation = { decision: 'validated' as const, screeningAttested: true, clearance: vacancy.clearance, screenedOn: addDays(vacancy.publishedAt, -30 * (i + 1)), at: new Date(at).toISOString(), by: ncb };
    await step({ ncbValidation }, { by: ncb, action: 'ncb-decision', changes: { ncbValidation: { from: null, to: ncbValidation } } });
    for (const status of person.path) {
      // Offers and appointments come after the deadline: everyone who applied in time was assessed together.
      if (status === 'offered' || status === 'appointed') at = Math.max(at, Date.parse(`${vacancy.deadline}T23:00:00Z`) + (i + 2) * 86_400_000 + (status === 'appointed' ? 20 * 86_400_000 : 0));
      // An offer declined by the candidate after it was made is recorded by HR (a candidate withdraws an offer through HR).
      await step({ status }, { by: HR_DEMO, action: 'status-changed', changes: { status: { from: current.status, to: status } } });
    }
  }
  await targets.vacancies.put({ ...vacancy, status: 'filled' });
  return CANDIDATES.length;
};
