/**
 * HR's Offers tab (issue 16, point 7): for a vacancy, its posts and how many are held, every offer
 * with its state (awaiting the answer, accepted, declined, lapsed, appointed), its answer-by at the
 * duty station and the home administration's confirmation; the interviewed candidates, each offered
 * the post through the offer dialog; and the reserve list in the panel's ranking order, whose next
 * is offered a freed post in one action. Read again after each offer. English (HR only).
 */
import type { OfferRow, OfferState, VacancyOffers } from '#shared/offers/listing.js';
import { byId, h } from '../../../pages/client/dom.js';
import { showMessage } from './messages.js';
import { offerDialog } from './offer-dialog.js';
import { segment, staffApi } from './staff-api.js';
import { vacancyChoice } from './vacancy-choice.js';

const stateText: Readonly<Record<OfferState, string>> = {
  'awaiting-answer': 'Awaiting the answer',
  accepted: 'Accepted',
  declined: 'Declined (post freed)',
  lapsed: 'Lapsed (post freed)',
  appointed: 'Appointed',
  ended: 'Application ended by HR (post freed)',
};

const homeText = (row: OfferRow): string => {
  const { homeConfirmation } = row.offer;
  if (homeConfirmation.confirmedAt) return `Confirmed on ${homeConfirmation.confirmedAt.slice(0, 10)} by ${homeConfirmation.confirmedBy ?? 'the NCB'}`;
  if (row.state === 'declined' || row.state === 'lapsed' || row.state === 'ended') return 'Not needed';
  return `Waiting for the NCB (due ${homeConfirmation.by})`;
};

export const offersView = () => {
  const select = byId('offers-vacancy', HTMLSelectElement);
  const summary = byId('offers-summary', HTMLElement);
  const offersBody = byId('offers-table', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  const candidatesBody = byId('offers-candidates', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  const reserveList = byId('offers-reserve', HTMLOListElement);
  const next = byId('offers-next', HTMLElement);
  let current: VacancyOffers | undefined;

  const choice = vacancyChoice(select);
  const show = async () => {
    const answer = await choice.read('The offers could not be loaded', (number) => staffApi<VacancyOffers>('GET', `admin/offers/${segment(number)}`));
    if (!answer) return;
    current = answer;
    render(current);
  };

  const dialog = offerDialog((message) => {
    showMessage(message, 'success');
    void show();
  });

  const context = (offers: VacancyOffers) => ({ vacancy: offers.vacancy, timeZone: offers.timeZone, defaultAnswerBy: offers.defaultAnswerBy });

  const render = (offers: VacancyOffers) => {
    const free = Math.max(0, offers.posts - offers.held);
    summary.textContent = `${offers.held} of ${offers.posts} posts held by offers and appointments; ${free} free. Answer-by dates are days at the duty station (${offers.timeZone}).`;
    offersBody.replaceChildren(
      ...(offers.offers.length === 0
        ? [h('tr', {}, h('td', { colspan: '5' }, 'No offer made yet.'))]
        : offers.offers.map((row) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row', dir: 'auto' }, row.name),
              h('td', {}, stateText[row.state]),
              h('td', {}, row.offer.answerBy),
              h('td', {}, `From ${row.offer.startsOn}, ${row.offer.months} months`),
              h('td', {}, homeText(row)),
            ),
          )),
    );
    candidatesBody.replaceChildren(
      ...(offers.interviewed.length === 0
        ? [h('tr', {}, h('td', { colspan: '4' }, 'No interviewed candidate is waiting for an offer.'))]
        : offers.interviewed.map((candidate) => {
            const offer = h('button', { type: 'button', class: 'button button-small', 'aria-label': `Offer the post to ${candidate.name}`, disabled: free === 0 }, 'Offer the post…');
            offer.addEventListener('click', () => dialog.open(context(offers), { kind: 'candidate', applicationId: candidate.applicationId, version: candidate.version, name: candidate.name }));
            return h('tr', {}, h('td', {}, candidate.rank ? String(candidate.rank) : '–'), h('th', { scope: 'row', dir: 'auto' }, candidate.name), h('td', {}, candidate.recommendation ?? '–'), h('td', {}, offer));
          })),
    );
    reserveList.replaceChildren(...offers.reserve.map((entry) => h('li', { dir: 'auto' }, `${entry.name} (rank ${entry.rank}, ${entry.status === 'gone' ? 'no longer assessed' : entry.status})`)));
    if (!offers.next) {
      next.replaceChildren(offers.reserve.length === 0 ? 'The panel placed no one on the reserve list.' : 'No one on the reserve list is left to offer the post to.');
    } else if (free === 0) {
      next.replaceChildren(`Next on the reserve list: ${offers.next.name}. Every post is held: a declined or lapsed offer frees one.`);
    } else {
      const reserveName = offers.next.name;
      const offerNext = h('button', { type: 'button', class: 'button' }, `Offer the freed post to ${reserveName}…`);
      offerNext.addEventListener('click', () => dialog.open(context(offers), { kind: 'reserve', name: reserveName }));
      next.replaceChildren(`Next on the reserve list: ${reserveName}. `, offerNext);
    }
  };

  select.addEventListener('change', () => void show());

  return {
    async load() {
      if (!(await choice.fill())) return;
      await show();
    },
  };
};
