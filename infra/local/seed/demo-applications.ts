import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { AuditEntry } from '#shared/applications/store.js';
import { receivedKey } from '#shared/documents/keys.js';
import { PDF, type DocumentKind, type ReceivedDocument } from '#shared/documents/kinds.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { onePagePdf } from './one-page-pdf.js';
import { seedUnconfirmedApplications } from './demo-unconfirmed.js';
import { seedFilledVacancy } from './demo-filled-vacancy.js';
import { demoGender } from './demo-gender.js';
import { HR_DEMO, type DemoApplicationTargets } from './demo-targets.js';

/** A small deterministic generator (mulberry32): the same demo data on every machine. */
const generator = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { chance: (p: number) => next() < p, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T, between: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
};

/** Candidates from member countries on every continent, with names and titles of their services. */
const PEOPLE: ReadonlyArray<{ country: string; given: string[]; family: string[]; title: string; administration: string; languages: string[] }> = [
  { country: 'FR', given: ['Camille', 'Julien', 'Claire', 'Mathieu'], family: ['Martin', 'Bernard', 'Lefèvre', 'Moreau'], title: 'Commandant de police', administration: 'Police nationale', languages: ['fr', 'en'] },
  { country: 'SN', given: ['Amina', 'Moussa', 'Awa', 'Cheikh'], family: ['Diallo', 'Ndiaye', 'Sow', 'Fall'], title: 'Commissaire de police', administration: 'Police nationale du Sénégal', languages: ['fr', 'en', 'wo'] },
  { country: 'BR', given: ['Ana', 'Rafael', 'Beatriz', 'Lucas'], family: ['Silva', 'Souza', 'Oliveira', 'Costa'], title: 'Delegado de Polícia Federal', administration: 'Polícia Federal', languages: ['pt', 'es', 'en'] },
  { country: 'JP', given: ['Yuki', 'Haruto', 'Aiko', 'Ren'], family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka'], title: 'Police Superintendent', administration: 'National Police Agency', languages: ['ja', 'en'] },
  { country: 'KE', given: ['Wanjiru', 'Otieno', 'Achieng', 'Kamau'], family: ['Mwangi', 'Odhiambo', 'Kiprop', 'Njoroge'], title: 'Assistant Superintendent of Police', administration: 'National Police Service', languages: ['en', 'sw'] },
  { country: 'DE', given: ['Lena', 'Jonas', 'Miriam', 'Felix'], family: ['Müller', 'Schmidt', 'Fischer', 'Weber'], title: 'Kriminalhauptkommissarin', administration: 'Bundeskriminalamt', languages: ['de', 'en'] },
  { country: 'IN', given: ['Priya', 'Arjun', 'Ananya', 'Vikram'], family: ['Sharma', 'Iyer', 'Reddy', 'Singh'], title: 'Deputy Superintendent of Police', administration: 'Central Bureau of Investigation', languages: ['hi', 'en'] },
  { country: 'AR', given: ['Sofía', 'Martín', 'Valentina', 'Diego'], family: ['González', 'Rodríguez', 'Fernández', 'López'], title: 'Comisario', administration: 'Policía Federal Argentina', languages: ['es', 'en'] },
  { country: 'SG', given: ['Wei Ling', 'Jun Jie', 'Mei', 'Arif'], family: ['Tan', 'Lim', 'Ng', 'Rahman'], title: 'Deputy Superintendent', administration: 'Singapore Police Force', languages: ['en', 'zh', 'ms'] },
  { country: 'CA', given: ['Olivia', 'Liam', 'Émilie', 'Noah'], family: ['Tremblay', 'Roy', 'Campbell', 'Wilson'], title: 'Inspector', administration: 'Royal Canadian Mounted Police', languages: ['en', 'fr'] },
  { country: 'EG', given: ['Nour', 'Omar', 'Salma', 'Youssef'], family: ['Hassan', 'Mahmoud', 'Ibrahim', 'Fathy'], title: 'Police Colonel', administration: 'Ministry of Interior', languages: ['ar', 'en'] },
  { country: 'AU', given: ['Charlotte', 'Jack', 'Mia', 'Thomas'], family: ['Smith', 'Nguyen', 'Brown', 'Kelly'], title: 'Detective Superintendent', administration: 'Australian Federal Police', languages: ['en'] },
];

/** The paths applications take through selection, ending where each demo row stands. */
const JOURNEYS: ReadonlyArray<{ weight: number; path: ApplicationStatus[]; complete: boolean }> = [
  { weight: 30, path: [], complete: false },
  { weight: 20, path: ['screening'], complete: false },
  { weight: 10, path: ['screening'], complete: true },
  { weight: 10, path: ['screening', 'shortlisted'], complete: true },
  { weight: 6, path: ['screening', 'shortlisted', 'tested'], complete: true },
  { weight: 5, path: ['screening', 'shortlisted', 'tested', 'interviewed'], complete: true },
  { weight: 8, path: ['screening', 'rejected'], complete: false },
  { weight: 6, path: ['withdrawn'], complete: false },
];

const journeyOf = (roll: number) => {
  let left = roll * JOURNEYS.reduce((sum, journey) => sum + journey.weight, 0);
  for (const journey of JOURNEYS) {
    left -= journey.weight;
    if (left < 0) return journey;
  }
  return JOURNEYS[0] as (typeof JOURNEYS)[number];
};

const uuidOf = (text: string) => {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};


/**
 * A few officers serve an administration of another country than their nationality's: that
 * country's NCB validates them (issue 12, point 5). Chosen by row number, not by the generator, so
 * every other row comes out as before.
 */
const homeOf = (i: number, nationality: string): Pick<Application, 'homeAdministrationCountry' | 'homeAdministration'> | undefined =>
  ['AU', 'CA', 'KE'].includes(nationality) && i % 3 === 0 ? { homeAdministrationCountry: 'GB', homeAdministration: 'National Crime Agency' } : undefined;
const NCB_DEMO = (country: string) => `ncb.${country.toLowerCase()}@secondment-hub.local`;

/**
 * Demo applications for `npm start`, spread over the open vacancies, a dozen countries and every
 * stage of selection, each with the history that got it there and real PDF documents in S3, so
 * the grid, its filters, downloads and the NCB view have something to show. Not used by tests,
 * which write exactly the rows each case needs.
 */
export const seedDemoApplications = async (targets: DemoApplicationTargets, vacancies: Vacancy[], count: number, now: Date): Promise<number> => {
  const open = vacancies.filter((vacancy) => vacancy.status === 'open');
  if (open.length === 0 || count === 0) return 0;
  const jobs = Array.from({ length: count }, (_, i) => i);
  const one = async (i: number) => {
    // One generator per row: the workers interleave, and each row must come out the same anyway.
    const random = generator(20261201 + i * 7919);
    const vacancy = open[i % open.length] as Vacancy;
    const person = random.pick(PEOPLE);
    const given = random.pick(person.given);
    const family = random.pick(person.family);
    const journey = journeyOf(random.between(0, 999) / 1000);
    const published = Date.parse(`${vacancy.publishedAt}T08:00:00Z`);
    const submittedMs = Math.min(now.getTime() - 3600_000, published + random.between(1, 20) * 86_400_000 + random.between(0, 86_399) * 1000);
    const submittedAt = new Date(submittedMs).toISOString();
    const id = uuidOf(`demo-application-${i}`);
    const email = `${given}.${family}.${i}`.normalize('NFD').replace(/[^A-Za-z0-9.]/g, '').toLowerCase() + '@police.example';
    const documents: Application['documents'] = {};
    const hasCv = journey.complete || random.chance(0.75);
    const hasLetter = journey.complete || random.chance(0.4);
    const receive = async (kind: DocumentKind, label: string) => {
      const bytes = onePagePdf(`${label}: ${given} ${family}`);
      const key = receivedKey(id, kind, uuidOf(`${id}-${kind}`));
      await targets.s3.send(new PutObjectCommand({ Bucket: targets.bucket, Key: key, Body: bytes, ContentType: PDF }));
      const document: ReceivedDocument = {
        key,
        contentType: PDF,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        receivedAt: new Date(submittedMs + 600_000).toISOString(),
      };
      documents[kind] = document;
    };
    if (hasCv) await receive('cv', 'Curriculum vitae');
    if (hasLetter) await receive('confirmationLetter', 'Confirmation of secondment conditions');
    const validated = journey.complete || (hasLetter && random.chance(0.5));
    const home = homeOf(i, person.country);
    const ncb = NCB_DEMO(home?.homeAdministrationCountry ?? person.country);
    // Who supplied each document (issue 12, point 4): the candidate the CV; the letter the NCB, or
    // the candidate's copy, which the NCB confirmed for a complete row and which still waits for
    // it on every other incomplete row (the grid shows "Letter copy, awaiting NCB").
    if (documents.cv) documents.cv = { ...documents.cv, suppliedBy: 'candidate' };
    const letter = documents.confirmationLetter;
    if (letter) {
      const copy = i % 2 === 0;
      documents.confirmationLetter = !copy
        ? { ...letter, suppliedBy: 'ncb' }
        : journey.complete
          ? { ...letter, suppliedBy: 'candidate', confirmedByNcb: { at: new Date(Math.min(submittedMs + 2 * 86_400_000, now.getTime() - 60_000)).toISOString(), by: ncb } }
          : { ...letter, suppliedBy: 'candidate' };
    }
    const gender = demoGender(i);
    const application: Application = {
      id,
      vacancy: vacancy.number,
      givenName: given,
      familyName: family,
      email,
      nationality: person.country,
      category: random.chance(0.85) ? 'law-enforcement' : 'government-official',
      currentTitle: person.title,
      homeAdministration: person.administration,
      ...home,
      yearsOfExperience: random.between(4, 28),
      languages: person.languages,
      ...(gender ? { gender } : {}),
      status: 'submitted',
      submittedAt,
      updatedAt: submittedAt,
      version: 1,
      privacyConsentAt: submittedAt,
      documents,
      statusTokenHash: createHash('sha256').update(`demo-token-${i}`).digest('hex'),
    };
    const submitted: AuditEntry = { at: submittedAt, by: 'candidate', action: 'submitted', changes: {} };
    await targets.applications.create(application, submitted);
    let current = application;
    let at = submittedMs + 86_400_000;
    const step = async (changes: Partial<Application>, audit: Omit<AuditEntry, 'at'>) => {
      const when = new Date(Math.min(at, now.getTime() - 60_000)).toISOString();
      current = await targets.applications.update(id, current.version, { ...changes, updatedAt: when }, { ...audit, at: when });
      at += random.between(1, 4) * 86_400_000;
    };
    if (validated) {
      // The NCB attests the level the vacancy requires (1702 is Enhanced), with the screening's date.
      const screenedOn = new Date(submittedMs - random.between(30, 300) * 86_400_000).toISOString().slice(0, 10);
      const ncbValidation = { decision: 'validated' as const, screeningAttested: true, clearance: vacancy.clearance, screenedOn, at: '', by: ncb };
      await step({ ncbValidation: { ...ncbValidation, at: new Date(Math.min(at, now.getTime() - 60_000)).toISOString() } }, { by: ncbValidation.by, action: 'ncb-decision', changes: { ncbValidation: { from: null, to: 'validated' } } });
    }
    for (const status of journey.path) {
      const by = status === 'withdrawn' ? 'candidate' : HR_DEMO;
      await step({ status }, { by, action: status === 'withdrawn' ? 'withdrawn' : 'status-changed', changes: { status: { from: current.status, to: status } } });
    }
    // An NCB may learn something late and decline after shortlisting (issue 12, point 2): the row shows it and goes no further.
    if (current.status === 'shortlisted' && i % 4 === 0) {
      const declined = { decision: 'declined' as const, screeningAttested: false, note: 'New information from the home administration.', at: new Date(Math.min(at, now.getTime() - 60_000)).toISOString(), by: ncb };
      await step({ ncbValidation: declined }, { by: ncb, action: 'ncb-decision', changes: { ncbValidation: { from: current.ncbValidation ?? null, to: declined } } });
    }
    if (current.status !== 'submitted' && random.chance(0.6)) {
      const score = random.between(45, 95);
      // Notes are free text, as HR types them: `- ...` and `+33 ...` too (the exports neutralise them, issue 12).
      const notes = ['Strong operational profile.', 'Check language level at interview.', 'Good fit for the unit.', 'Asked for the letter by phone.', '- strong languages', '+33 mobile given; call after 18:00'];
      await step({ score, note: random.pick(notes) }, { by: HR_DEMO, action: 'edited', changes: { score: { from: null, to: score } } });
    }
  };
  // A few at a time: DynamoDB Local and s3rver answer faster to a handful of parallel writers.
  const workers = Array.from({ length: 8 }, async () => {
    for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) await one(job);
  });
  await Promise.all(workers);
  count += await seedUnconfirmedApplications(targets.applications, open, now);
  return count + (await seedFilledVacancy(targets, now));
};
