import { ncbCountry } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import { languageOr } from '../i18n/languages.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { VacancyStore } from '../vacancies/store.js';
import { secondmentLimits } from '../vacancies/secondment-rules.js';
import { datesFromOffer, datesNeeded, initialOutsideRules, noApplication, noVacancy, notAppointed, offerNotAccepted } from './hr-problems.js';
import { lastDayOf } from './months.js';
import type { SecondmentCreate } from './schema.js';
import type { Secondment } from './secondment.js';
import { ApplicationAlreadySeconded, type SecondmentAuditEntry, type SecondmentStore } from './store.js';

export interface MakeDependencies {
  secondments: Pick<SecondmentStore, 'ofApplication' | 'create'>;
  applications: Pick<ApplicationStore, 'get'>;
  vacancies: Pick<VacancyStore, 'get'>;
  newSecondmentId: () => string;
}

export type Made = { outcome: 'created' | 'existing'; secondment: Secondment };

/** The first day and months: the accepted offer's, or HR's for an application appointed before offers existed. */
const runOf = (application: NonNullable<Awaited<ReturnType<ApplicationStore['get']>>>, body: SecondmentCreate): { firstDay: string; months: number } => {
  const { offer } = application;
  if (offer) {
    if (offer.answer?.decision !== 'accepted') throw offerNotAccepted();
    if (body.firstDay !== undefined || body.months !== undefined) throw datesFromOffer();
    return { firstDay: offer.startsOn, months: offer.months };
  }
  if (body.firstDay === undefined || body.months === undefined) throw datesNeeded();
  return { firstDay: body.firstDay, months: body.months };
};

/**
 * `POST /admin/secondments` (issue 17, point 1): HR makes an appointed application a secondment.
 * Idempotent per application: the application's guard, written in the same transaction, lets it
 * become one secondment at most, and a second call (or the loser of two at once) answers that one.
 */
export const makeSecondment = async (deps: MakeDependencies, principal: StaffPrincipal, body: SecondmentCreate, now: Date): Promise<Made> => {
  const existing = await deps.secondments.ofApplication(body.applicationId);
  if (existing) return { outcome: 'existing', secondment: existing };
  const application = await deps.applications.get(body.applicationId);
  if (!application) throw noApplication();
  if (application.status !== 'appointed') throw notAppointed(application.status);
  const { firstDay, months } = runOf(application, body);
  const vacancy = await deps.vacancies.get(application.vacancy);
  if (!vacancy) throw noVacancy(application.vacancy);
  const type = vacancy.secondmentType;
  const limits = secondmentLimits[type];
  // An offer's months were judged when it was made (shared/offers/make.ts); HR's own are judged here.
  if (months < limits.minInitial || months > limits.maxInitial) {
    throw initialOutsideRules(`A ${type} secondment runs ${limits.minInitial} to ${limits.maxInitial} months at first; ${months} given.`);
  }
  const at = now.toISOString();
  const letter = application.documents.confirmationLetter;
  const secondment: Secondment = {
    id: deps.newSecondmentId(),
    applicationId: application.id,
    vacancy: vacancy.number,
    officer: {
      givenName: application.givenName,
      ...(application.familyName ? { familyName: application.familyName } : {}),
      email: application.email,
      language: languageOr(application.language),
    },
    nationality: application.nationality,
    homeAdministration: application.homeAdministration,
    homeAdministrationCountry: ncbCountry(application),
    unit: vacancy.unit,
    dutyStation: vacancy.location,
    timeZone: vacancy.timeZone,
    grade: vacancy.grade,
    type,
    firstDay,
    lastDay: lastDayOf(firstDay, months),
    // The Conditions of Secondment: a regular secondment usually carries it, a short-term one not.
    expatriationAllowance: body.expatriationAllowance ?? type === 'regular',
    documents: letter ? { confirmationLetter: { key: letter.key, contentType: letter.contentType, size: letter.size, sha256: letter.sha256, receivedAt: letter.receivedAt } } : {},
    extensions: [],
    createdAt: at,
    createdBy: principal.email,
    updatedAt: at,
    version: 1,
  };
  const audit: SecondmentAuditEntry = {
    at,
    by: principal.email,
    action: 'created',
    changes: { secondment: { from: null, to: { applicationId: application.id, firstDay, lastDay: secondment.lastDay, type, fromOffer: application.offer !== undefined } } },
  };
  try {
    await deps.secondments.create(secondment, audit);
  } catch (error) {
    if (!(error instanceof ApplicationAlreadySeconded)) throw error;
    // Another call made it meanwhile: that one stands, and is this call's answer.
    const made = await deps.secondments.ofApplication(body.applicationId);
    if (!made) throw error;
    return { outcome: 'existing', secondment: made };
  }
  return { outcome: 'created', secondment };
};
