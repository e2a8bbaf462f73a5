import { ncbCountry, type Application, type NcbValidation } from '../applications/application.js';
import { covers } from '../applications/clearance.js';
import { isFinal } from '../applications/status-machine.js';
import { NominationsMoved, StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import { Conflict, NotFound, ValidationFailed } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { addDays, dateIn } from '../time/zoned.js';
import type { NcbDecision } from './application-edit.js';
import { conflictOf, lostRace, type EditOutcome } from './edit-application.js';
import { clearanceTooLow, screeningRuleBroken } from './ncb-rules.js';
import { countingNominations, NominationLimitReached } from './nomination-limit.js';
import { openForStaff } from './staff-application.js';
import { termsReader } from './vacancy-terms-reader.js';

export type NcbDecisionOutcome = EditOutcome;

type Decided = Omit<NcbValidation, 'at' | 'by'>;

const sameDecision = (recorded: NcbValidation | undefined, wanted: Decided): boolean =>
  recorded !== undefined &&
  recorded.decision === wanted.decision &&
  recorded.screeningAttested === wanted.screeningAttested &&
  recorded.clearance === wanted.clearance &&
  recorded.screenedOn === wanted.screenedOn &&
  (recorded.note ?? undefined) === (wanted.note ?? undefined);

/** What the decision records: a validation attests its level and date (and `screeningAttested: true`, for readers of the first version). */
const decided = (body: NcbDecision): Decided =>
  body.decision === 'validated'
    ? {
        decision: 'validated',
        screeningAttested: true,
        ...(body.clearance ? { clearance: body.clearance } : {}),
        ...(body.screenedOn ? { screenedOn: body.screenedOn } : {}),
        ...(body.note ? { note: body.note } : {}),
      }
    : { decision: 'declined', screeningAttested: false, ...(body.note ? { note: body.note } : {}) };

/**
 * `POST /admin/applications/{id}/ncb`: the NCB validates or declines its national's application
 * (an officer of another country gets the 404 of an unknown id), at the version it saw. A
 * validation attests screening at a level that covers the vacancy's clearance (else 422) on a
 * date not in the future; the decision and its author go into the audit trail in the same
 * transaction. The same decision again writes nothing. A decline may come at any open status,
 * after shortlisting too: the application then goes no further until the NCB validates again.
 * Where the vacancy limits the validated applications per country, one more is a 409 naming the
 * ones that count (shared/admin/nomination-limit.ts), also when two NCB officers validate at once.
 */
export const recordNcbDecision = async (
  store: ApplicationStore,
  principal: StaffPrincipal,
  id: string,
  body: NcbDecision,
  now: Date,
): Promise<NcbDecisionOutcome> => {
  const broken = screeningRuleBroken(body);
  if (broken.length > 0) throw new ValidationFailed(broken.map((issue) => ({ path: `body.${issue.path.join('.')}`, message: issue.message })));
  // No time zone on Earth is yet past tomorrow in UTC: a screening date after that is a typing slip.
  if (body.screenedOn !== undefined && body.screenedOn > addDays(dateIn(now, 'UTC'), 1)) {
    throw new ValidationFailed([{ path: 'body.screenedOn', message: 'The screening date is in the future.' }]);
  }
  const application = await openForStaff(store, principal, id);
  const wanted = decided(body);
  // The same decision again, at any version: a retry after a lost answer changes nothing.
  if (sameDecision(application.ncbValidation, wanted)) return { outcome: 'unchanged', application };
  if (application.version !== body.version) throw await conflictOf(store, application, principal, now);
  if (isFinal(application.status)) {
    throw new Conflict(`A ${application.status} application takes no NCB decision.`, { key: 'problem.conflict.noNcbDecision', values: { status: application.status } });
  }
  let limit: number | undefined;
  if (wanted.decision === 'validated') {
    const terms = await termsReader(store)(application.vacancy);
    if (!terms) throw new NotFound(`There is no vacancy ${application.vacancy}.`, { key: 'problem.notFound.vacancy', values: { number: application.vacancy } });
    if (!covers(wanted.clearance, terms.clearance)) {
      throw clearanceTooLow(terms.number, terms.clearance, wanted.clearance ?? 'Basic');
    }
    limit = terms.maxValidatedPerCountry;
  }
  const at = now.toISOString();
  const ncbValidation: NcbValidation = { ...wanted, at, by: principal.email };
  const audit: AuditEntry = {
    at,
    by: principal.email,
    action: 'ncb-decision',
    changes: { ncbValidation: { from: application.ncbValidation ?? null, to: ncbValidation } },
  };
  // Under a limit per country, the validation is judged on the country's nominations and written only while they stand as judged.
  for (let attempt = 1; ; attempt += 1) {
    const guard = limit === undefined ? undefined : { nominations: await nominationsGuard(store, application, limit) };
    try {
      return { outcome: 'applied', application: await store.update(id, body.version, { ncbValidation, updatedAt: at }, audit, application, guard) };
    } catch (error) {
      if (error instanceof StaleVersion) return lostRace(store, principal, id, now);
      if (!(error instanceof NominationsMoved)) throw error;
      if (attempt >= NOMINATION_ATTEMPTS) {
        throw new Conflict('Other validations of your country for this vacancy are being recorded at this moment: try again in a moment.', {
          key: 'problem.conflict.nominationsBusy',
        });
      }
    }
  }
};

/** Another validation of the country took the nominations meanwhile this many times: give up with a 409 the officer may retry, rather than loop. */
const NOMINATION_ATTEMPTS = 5;

/** The country's nominations as they stand, with this application's: refused when they already reach the vacancy's limit. */
const nominationsGuard = async (store: ApplicationStore, application: Application, limit: number) => {
  const country = ncbCountry(application);
  const { revision, counting } = await countingNominations(store, application.vacancy, country, application.id);
  if (counting.length >= limit) throw new NominationLimitReached(application.vacancy, country, limit, counting);
  return { vacancy: application.vacancy, country, revision, claims: [...counting.map((one) => one.id), application.id] };
};
