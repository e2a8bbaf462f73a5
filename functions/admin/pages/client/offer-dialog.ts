/**
 * HR's offer dialog (issue 16, point 7): the terms of one offer, to an interviewed candidate or to
 * the next on the reserve list. The answer-by starts at the stage's default (the API's
 * `defaultAnswerBy`, in the duty station); the API judges every rule (answer-by not in the past
 * there, start after it, months within the secondment type's limits) and its problems are placed
 * beside their fields. Every post held, or a row changed meanwhile, is a 409 said in the dialog.
 */
import { homeConfirmationTerms } from '#shared/offers/offer.js';
import { addDays } from '#shared/time/zoned.js';
import { byId } from '../../../pages/client/dom.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

const FIELDS = ['answerBy', 'startsOn', 'months', 'homeConfirmation-by', 'homeConfirmation-terms'] as const;
type Field = (typeof FIELDS)[number];

/** Who the offer goes to: one interviewed candidate at the version read, or whoever is next on the reserve list. */
export type OfferTarget = { kind: 'candidate'; applicationId: string; version: number; name: string } | { kind: 'reserve'; name: string };

export interface OfferContext {
  vacancy: string;
  timeZone: string;
  defaultAnswerBy: string;
}

export const offerDialog = (onMade: (message: string) => void) => {
  const dialog = byId('offer-dialog', HTMLDialogElement);
  const form = byId('offer-form', HTMLFormElement);
  const heading = byId('offer-heading', HTMLElement);
  const zone = byId('offer-zone', HTMLElement);
  const answerBy = byId('offer-answerBy', HTMLInputElement);
  const startsOn = byId('offer-startsOn', HTMLInputElement);
  const months = byId('offer-months', HTMLInputElement);
  const confirmBy = byId('offer-confirmBy', HTMLInputElement);
  const formError = byId('offer-error', HTMLElement);
  const errors = Object.fromEntries(FIELDS.map((field) => [field, byId(`offer-${field}-error`, HTMLElement)])) as Record<Field, HTMLElement>;
  let context: OfferContext | undefined;
  let target: OfferTarget | undefined;

  const setError = (element: HTMLElement, text: string) => {
    element.textContent = text;
    element.hidden = text === '';
  };
  const clearErrors = () => {
    for (const element of [...Object.values(errors), formError]) setError(element, '');
    for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  };

  const chosenTerms = () => [...form.querySelectorAll<HTMLInputElement>('input[name="offer-term"]:checked')].map((input) => input.value);

  const body = () => ({
    answerBy: answerBy.value,
    startsOn: startsOn.value,
    months: Number(months.value),
    homeConfirmation: { by: confirmBy.value, terms: chosenTerms() },
  });

  /** The API's `errors` (`body.months`, `homeConfirmation.by`) beside their fields; the rest in the dialog's own. */
  const placeErrors = (problem: StaffApiError) => {
    const unplaced: string[] = [];
    for (const issue of problem.errors) {
      const [first, second] = issue.path.replace(/^body\./, '').split('.');
      const field = (first === 'homeConfirmation' ? `homeConfirmation-${second === 'by' ? 'by' : 'terms'}` : first) as Field;
      if (FIELDS.includes(field)) {
        setError(errors[field], issue.message);
        errors[field].previousElementSibling?.setAttribute('aria-invalid', 'true');
      } else unplaced.push(issue.message);
    }
    const again = problem.status === 409 ? ' Close this dialog: the list shows the offers and posts as they are now.' : '';
    setError(formError, ['The offer was not made.', problem.detail || problem.title, ...unplaced].filter(Boolean).join(' ') + again);
  };

  const save = async () => {
    if (!context || !target) return;
    clearErrors();
    const missing = [answerBy, startsOn, confirmBy].filter((input) => input.value === '');
    if (missing.length > 0 || chosenTerms().length === 0) {
      setError(formError, 'Give the answer-by date, the start, the months, the date the home administration confirms by, and at least one term.');
      (missing[0] ?? form.querySelector<HTMLInputElement>('input[name="offer-term"]'))?.focus();
      return;
    }
    try {
      if (target.kind === 'candidate') {
        await staffApi('POST', `admin/offers/${segment(context.vacancy)}/applications/${segment(target.applicationId)}`, { json: { ...body(), version: target.version } });
      } else {
        await staffApi('POST', `admin/offers/${segment(context.vacancy)}/next-on-reserve`, { json: body() });
      }
      dialog.close();
      onMade(`The post is offered to ${target.name}: they answer by the end of ${answerBy.value} (${context.timeZone} time) on their status page.`);
    } catch (error) {
      if (error instanceof StaffApiError) placeErrors(error);
      else setError(formError, `The offer was not made: ${describeProblem(error)}`);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  byId('offer-close', HTMLButtonElement).addEventListener('click', () => dialog.close());

  return {
    open(offerContext: OfferContext, offerTarget: OfferTarget) {
      context = offerContext;
      target = offerTarget;
      clearErrors();
      heading.textContent = offerTarget.kind === 'candidate' ? `Offer the post to ${offerTarget.name}` : `Offer the freed post to ${offerTarget.name}, next on the reserve list`;
      zone.textContent = `Dates are days at the duty station (${offerContext.timeZone}). The answer-by is ${offerContext.defaultAnswerBy} unless you change it.`;
      answerBy.value = offerContext.defaultAnswerBy;
      // A start a month after the answer-by, the home confirmation due a week before it: HR changes them as agreed.
      startsOn.value = addDays(offerContext.defaultAnswerBy, 30);
      confirmBy.value = addDays(offerContext.defaultAnswerBy, 23);
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="offer-term"]')) input.checked = homeConfirmationTerms.includes(input.value as (typeof homeConfirmationTerms)[number]);
      dialog.showModal();
      startsOn.focus();
    },
  };
};
