/**
 * The status page's offer section (issue 16, point 7): shown only when the application carries an
 * offer. Its terms, what the home administration confirms and by when, the answer-by day in the
 * duty station's zone with the instant it ends in the candidate's own; the answer as a radio
 * group (a fieldset with its legend) and one button; a refusal (a second answer, the day ended)
 * announced where the answer is given, after the offer is read again.
 */
import { formatCalendarDate, formatDate, formatTime, utcOffset } from '#shared/i18n/format.js';
import type { CandidateOffer } from '#shared/offers/candidate-view.js';
import { homeConfirmationTermKeys } from '#shared/offers/terms.js';
import { ApiError, callApi } from './api.js';
import type { Credentials } from './answers.js';
import { focusOn, h } from './dom.js';
import { readerTimeZone } from './reader-time.js';
import { language, t } from './words.js';

type OfferAnswer = { offer?: CandidateOffer; status?: string };

const ask = (credentials: Credentials, method: 'GET' | 'PUT', body?: unknown) =>
  callApi<OfferAnswer>(method, `applications/${encodeURIComponent(credentials.applicationId)}/offer`, {
    statusToken: credentials.statusToken,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

const day = (isoDate: string) => formatCalendarDate(language, isoDate);

/** The answer-by in the duty station's words, then in the candidate's zone when it reads otherwise. */
const answerByLines = (offer: CandidateOffer): HTMLElement[] => {
  const until = new Date(offer.answerUntil);
  // The day's last minute there: "until 23:59" reads better than "until 00:00 the next day".
  const lastMinute = new Date(until.getTime() - 60_000);
  const lines = [
    h('p', { class: 'offer-answer-by', id: 'offer-answer-by' }, t('statusPage.offer.answerBy', { date: day(offer.answerBy), timeZone: offer.timeZone, until: `${formatDate(language, lastMinute, offer.timeZone)}, ${formatTime(language, lastMinute, offer.timeZone)}` })),
  ];
  const yours = offer.candidateTimeZone ?? readerTimeZone();
  if (yours !== offer.timeZone && utcOffset(until, yours) !== utcOffset(until, offer.timeZone)) {
    lines.push(h('p', { class: 'offer-your-time' }, t('statusPage.offer.yourTime', { date: formatDate(language, lastMinute, yours), time: formatTime(language, lastMinute, yours), timeZone: yours, offset: utcOffset(until, yours) })));
  }
  return lines;
};

const render = (slot: HTMLElement, answer: OfferAnswer, credentials: Credentials, news?: string): void => {
  const { offer } = answer;
  if (!offer) {
    slot.replaceChildren();
    return;
  }
  const heading = h('h2', { class: 'panel-heading', id: 'offer-heading', tabindex: '-1' }, t('statusPage.offer.title'));
  const announcer = h('p', { class: 'visually-hidden', role: 'status', id: 'offer-news' });
  const section = h(
    'section',
    { class: 'panel offer', 'aria-labelledby': 'offer-heading' },
    heading,
    announcer,
    h('p', {}, t('statusPage.offer.intro', { startsOn: day(offer.startsOn), months: offer.months })),
    h('p', {}, offer.homeConfirmation.confirmed ? t('statusPage.offer.homeConfirmed') : t('statusPage.offer.homeConfirmation', { by: day(offer.homeConfirmation.by) })),
    ...(offer.homeConfirmation.confirmed ? [] : [h('ul', { class: 'offer-terms' }, ...offer.homeConfirmation.terms.map((term) => h('li', {}, t(homeConfirmationTermKeys[term]))))]),
  );
  if (offer.answer) {
    const answeredOn = formatDate(language, new Date(offer.answer.at), offer.candidateTimeZone ?? readerTimeZone());
    section.append(h('p', { class: 'offer-answered', id: 'offer-answered' }, h('strong', {}, t(offer.answer.decision === 'accepted' ? 'statusPage.offer.accepted' : 'statusPage.offer.declined', { date: answeredOn }))));
  } else if (offer.lapsed) {
    section.append(h('p', { class: 'offer-answered' }, t('statusPage.offer.lapsed', { date: day(offer.answerBy), timeZone: offer.timeZone })));
  } else if (offer.open) {
    section.append(...answerByLines(offer), choice(credentials, slot));
  } else {
    section.append(h('p', {}, t('statusPage.offer.closed')));
  }
  slot.replaceChildren(section);
  if (news) {
    announcer.textContent = news;
    focusOn(heading);
  }
};

/** Accept or decline as a radio group; the refusal goes in an alert beside it. */
const choice = (credentials: Credentials, slot: HTMLElement): HTMLFormElement => {
  const error = h('p', { class: 'field-error', id: 'offer-error', role: 'alert' });
  const option = (value: 'accepted' | 'declined', key: 'statusPage.offer.accept' | 'statusPage.offer.decline') =>
    h('div', { class: 'offer-option' }, h('input', { type: 'radio', name: 'decision', value, id: `offer-${value}` }), h('label', { for: `offer-${value}` }, t(key)));
  const fieldset = h(
    'fieldset',
    { class: 'offer-decision', 'aria-describedby': 'offer-decline-warning offer-error' },
    h('legend', {}, t('statusPage.offer.legend')),
    option('accepted', 'statusPage.offer.accept'),
    option('declined', 'statusPage.offer.decline'),
    h('p', { class: 'hint', id: 'offer-decline-warning' }, t('statusPage.offer.declineWarning')),
  );
  const button = h('button', { type: 'submit', class: 'button' }, t('statusPage.offer.send'));
  const form = h('form', { class: 'offer-form', novalidate: true }, fieldset, error, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="decision"]:checked');
    if (!chosen) {
      error.textContent = t('statusPage.offer.pickOne');
      form.querySelector<HTMLInputElement>('input[name="decision"]')?.focus();
      return;
    }
    button.disabled = true;
    void ask(credentials, 'PUT', { decision: chosen.value })
      .then((next) => render(slot, next, credentials, t(chosen.value === 'accepted' ? 'statusPage.offer.acceptedNews' : 'statusPage.offer.declinedNews')))
      .catch(async (failure: unknown) => {
        if (!(failure instanceof ApiError)) throw failure;
        // A second answer, or the day ended: the offer is read again, and the refusal said over it.
        const fresh = await ask(credentials, 'GET').catch(() => ({}));
        render(slot, fresh, credentials);
        const said = t('statusPage.offer.failed', { detail: failure.problem.detail });
        const shown = slot.querySelector<HTMLElement>('#offer-error');
        if (shown) {
          shown.textContent = said;
          slot.querySelector<HTMLInputElement>('input[name="decision"]')?.focus();
        } else {
          const news = slot.querySelector<HTMLElement>('#offer-news');
          if (news) news.textContent = said;
          const heading = slot.querySelector<HTMLElement>('#offer-heading');
          if (heading) focusOn(heading);
        }
      });
  });
  return form;
};

/** Reads the candidate's offer and shows it in `slot`, or nothing when there is none (or it cannot be read). */
export const showOffer = async (slot: HTMLElement, credentials: Credentials): Promise<void> => {
  try {
    render(slot, await ask(credentials, 'GET'), credentials);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    slot.replaceChildren();
  }
};
