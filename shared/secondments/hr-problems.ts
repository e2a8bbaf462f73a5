/**
 * HR's refusals on secondments (making one, its signed terms, its end, deciding an extension):
 * HR's screens alone meet them, so they stay in English (issue 14; the NCB's are in problems.ts).
 */
import { Conflict, DocumentRejected, ForbiddenTransition, NotFound, SecondmentRulesBroken, ValidationFailed } from '../errors.js';
import type { ApplicationStatus } from '../applications/status-machine.js';

export const noApplication = (): NotFound => new NotFound('There is no application with this id.');

export const noVacancy = (vacancy: string): NotFound => new NotFound(`The vacancy ${vacancy} of this application no longer exists.`);

export const notAppointed = (status: ApplicationStatus): ForbiddenTransition =>
  new ForbiddenTransition(`Only an appointed application becomes a secondment; this one is ${status}.`);

export const offerNotAccepted = (): ForbiddenTransition =>
  new ForbiddenTransition('The offer on this application was not accepted: it cannot become a secondment.');

/** The offer gives the dates: HR does not give others beside it. */
export const datesFromOffer = (): ValidationFailed =>
  new ValidationFailed([{ path: 'body.firstDay', message: 'The accepted offer gives the first day and the months: leave firstDay and months out.' }]);

/** An application appointed before offers existed: HR gives the dates. */
export const datesNeeded = (): ValidationFailed =>
  new ValidationFailed([
    { path: 'body.firstDay', message: 'This application has no offer: give the first day.' },
    { path: 'body.months', message: 'This application has no offer: give the months.' },
  ]);

export const initialOutsideRules = (message: string): SecondmentRulesBroken => new SecondmentRulesBroken([{ path: 'months', message }]);

export const endOutOfRun = (message: string): ValidationFailed => new ValidationFailed([{ path: 'body.lastDay', message }]);

export const alreadyEnded = (): Conflict => new Conflict('The end of this secondment is already recorded.');

export const endWhileExtending = (): Conflict =>
  new Conflict('An extension of this secondment is under way: refuse it, or let its asker withdraw it, before recording the end.');

export const notASignedTermsUpload = (): DocumentRejected =>
  new DocumentRejected('missing', 'This key is not an upload offered for this secondment’s signed terms.');

const documentNames: Record<string, string> = { signedTerms: 'signed terms have', confirmationLetter: 'confirmation letter has', extensionLetter: 'letter of the home administration has' };
export const noDocument = (kind: 'signedTerms' | 'confirmationLetter' | 'extensionLetter'): NotFound => new NotFound(`No ${documentNames[kind]} been received for this secondment.`);
