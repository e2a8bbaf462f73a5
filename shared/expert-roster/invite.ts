/**
 * HR invites matching experts to apply to a call, in one action (issue 18, point 7): each expert
 * is written to once per call (a claim), in their language, with the link to the call's form, and
 * the invitation is recorded on their record (with its audit entry) once it went.
 */
import { vacancyPageUrl } from '../circulars/links.js';
import { sendOnce, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import { pacing, type SendBudget } from '../email/send-pacing.js';
import { Conflict } from '../errors.js';
import { openCall } from '../nomination/call.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { isTakingApplications } from '../vacancies/deadline.js';
import type { VacancyStore } from '../vacancies/store.js';
import { callInvitationClaim, callInvitationEmail } from './emails.js';
import type { RosterExpert } from './expert.js';
import { ExpertMoved, type ExpertRoster } from './store.js';

export interface InvitationDependencies {
  roster: Pick<ExpertRoster, 'get' | 'recordInvitation'>;
  vacancies: Pick<VacancyStore, 'get'>;
  email: SendOnceDependencies;
  /** The public site's origin, without a trailing slash: the form is `<it>/?lang=<language>&vacancy=<number>`. */
  publicBaseUrl: string;
}

/**
 * `not-matching`: none of the expert's fields is the call's role (the email would claim one);
 * `left`: not begun before the request's time ran out (at the stage's send rate): invite them again.
 */
export type InvitationOutcome = SendOutcome | 'not-found' | 'not-matching' | 'left';

export interface InvitationResults {
  /** `recorded: false`: sent, but the record could not take the invitation (logged; the claim keeps it from going twice). */
  results: Array<{ id: string; outcome: InvitationOutcome; recorded?: false }>;
}


/** Adds the invitation unless it is there; a record changed meanwhile is read again (up to 3 times). */
const record = async (roster: InvitationDependencies['roster'], read: RosterExpert, invitation: RosterExpert['invitations'][number]): Promise<void> => {
  let expert: RosterExpert | undefined = read;
  for (let attempt = 1; expert && !expert.invitations.some((one) => one.vacancy === invitation.vacancy); attempt += 1) {
    try {
      await roster.recordInvitation(expert, invitation, { at: invitation.at, by: invitation.by, action: 'invited', vacancy: invitation.vacancy });
      return;
    } catch (error) {
      if (!(error instanceof ExpertMoved) || attempt >= 3) throw error;
      expert = await roster.get(read.id);
    }
  }
};

/** `POST /admin/experts/invitations/{vacancy}` `{experts}`: each id's outcome, in the order given (an id given twice, once). */
export const inviteExperts = async (deps: InvitationDependencies, principal: StaffPrincipal, vacancy: string, ids: readonly string[], now: Date, budget?: SendBudget): Promise<InvitationResults> => {
  const call = await openCall(deps.vacancies, vacancy);
  if (!isTakingApplications(call, now)) {
    throw new Conflict(`Call ${call.number} no longer takes applications (its national deadline was ${call.deadline} in ${call.timeZone}, or it is ${call.status}): nobody can be invited to it.`);
  }
  const results: InvitationResults['results'] = [];
  const begin = budget ? pacing(budget) : undefined;
  for (const id of new Set(ids)) {
    const expert = await deps.roster.get(id);
    if (!expert) {
      results.push({ id, outcome: 'not-found' });
      continue;
    }
    if (!(expert.fields as readonly string[]).includes(call.mission.roleCategory)) {
      results.push({ id, outcome: 'not-matching' });
      continue;
    }
    // Begun no faster than the stage's send rate, and none the request has no time left to finish.
    if (begin && !(await begin(1))) {
      results.push({ id, outcome: 'left' });
      continue;
    }
    const claim = callInvitationClaim(expert.id, call.number);
    // The call's form, its notice open, in the language the unit writes to them in (as a circular links an NCB).
    const applyUrl = vacancyPageUrl(deps.publicBaseUrl, call.number, expert.language);
    const outcome = await sendOnce(deps.email, claim, callInvitationEmail({ expert, call, applyUrl }), now).catch((): SendOutcome => 'failed');
    // A claim another request holds may still fail and be given back: the invitation is recorded once the email is known to have gone.
    const gone = outcome === 'sent' || (outcome === 'already-sent' && (await deps.email.claims.isSent(claim)));
    let recorded = true;
    if (gone) recorded = await record(deps.roster, expert, { vacancy: call.number, at: now.toISOString(), by: principal.email }).then(() => true, () => false);
    results.push({ id, outcome, ...(recorded ? {} : { recorded: false as const }) });
  }
  return { results };
};
