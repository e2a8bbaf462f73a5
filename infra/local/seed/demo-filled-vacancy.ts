import { createHash } from 'node:crypto';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { demoDocuments, demoHistory, demoUuid } from './demo-history.js';
import type { DemoApplicationTargets } from './demo-targets.js';


/** The people of the filled vacancy, and where each one's selection ended. */
const CANDIDATES: ReadonlyArray<{ given: string; family: string; country: string; title: string; administration: string; path: ApplicationStatus[] }> = [
  { given: 'Inès', family: 'Haddad', country: 'MA', title: 'Commissaire principal', administration: 'Direction Générale de la Sûreté Nationale', path: ['screening', 'shortlisted', 'interviewed', 'offered', 'appointed'] },
  { given: 'Luis', family: 'Ortega', country: 'MX', title: 'Comisario', administration: 'Guardia Nacional', path: ['screening', 'shortlisted', 'interviewed', 'offered', 'withdrawn'] },
  { given: 'Grace', family: 'Mensah', country: 'GH', title: 'Chief Superintendent', administration: 'Ghana Police Service', path: ['screening', 'shortlisted', 'interviewed', 'rejected'] },
  { given: 'Tomasz', family: 'Nowak', country: 'PL', title: 'Komisarz', administration: 'Centralne Biuro Śledcze Policji', path: ['screening', 'shortlisted', 'tested', 'interviewed', 'offered', 'appointed'] },
  { given: 'Hana', family: 'Novak', country: 'CZ', title: 'Kriminalistka', administration: 'Policie České republiky', path: ['screening', 'rejected'] },
];

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
    const id = demoUuid(`demo-filled-application-${i}`);
    const submittedMs = opened + (10 + i * 3) * 86_400_000;
    const submittedAt = new Date(submittedMs).toISOString();
    const documents = await demoDocuments(targets, id, `${person.given} ${person.family}`, submittedAt);
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
    const history = await demoHistory(targets, application, vacancy);
    await history.validate(addDays(vacancy.publishedAt, -30 * (i + 1)));
    for (const status of person.path) {
      // Offers and appointments come after the deadline: everyone who applied in time was assessed together.
      const assessed = Date.parse(`${vacancy.deadline}T23:00:00Z`) + (i + 2) * 86_400_000 + (status === 'appointed' ? 20 * 86_400_000 : 0);
      // An offer declined by the candidate after it was made is recorded by HR (a candidate withdraws an offer through HR).
      await history.move(status, status === 'offered' || status === 'appointed' ? assessed : 0);
    }
  }
  await targets.vacancies.put({ ...vacancy, status: 'filled' });
  return CANDIDATES.length;
};
