/**
 * The status page's interview section (issue 16, point 3): shown only to an invited candidate. The
 * booked interview with where and until when it may change; the open times as a radio group (a
 * fieldset with its legend), each in the slot's zone and in the candidate's own; a refusal (a time
 * someone took first, the cut-off) announced where the choice is made.
 */
import { formatDate, formatTime, utcOffset } from '#shared/i18n/format.js';
import type { InterviewView, SlotView } from '#shared/interviews/candidate-view.js';
import { ApiError, callApi } from './api.js';
import type { Credentials } from './answers.js';
import { focusOn, h } from './dom.js';
import { readerTimeZone } from './reader-time.js';
import { language, t } from './words.js';

const at = (instant: Date, timeZone: string) => ({
  date: formatDate(language, instant, timeZone),
  time: formatTime(language, instant, timeZone),
  timeZone,
  offset: utcOffset(instant, timeZone),
});

/** The slot's time in its own zone, and in the candidate's when it reads otherwise. */
const whenLines = (slot: SlotView, candidateZone: string): string[] => {
  const instant = new Date(slot.startsAt);
  const own = at(instant, slot.timeZone);
  const yours = at(instant, candidateZone);
  const lines = [t('statusPage.interview.slotTime', own)];
  if (candidateZone !== slot.timeZone && `${yours.date} ${yours.time} ${yours.offset}` !== `${own.date} ${own.time} ${own.offset}`) lines.push(t('statusPage.interview.yourTime', yours));
  return lines;
};

const where = (slot: SlotView) => [
  slot.place ? h('span', { class: 'interview-place' }, t('statusPage.interview.place', { place: slot.place })) : null,
  slot.videoLink ? h('span', { class: 'interview-video' }, `${t('statusPage.interview.video')} `, h('a', { href: slot.videoLink, rel: 'noopener noreferrer' }, slot.videoLink)) : null,
];

const slotDescription = (slot: SlotView, candidateZone: string) =>
  [...whenLines(slot, candidateZone), t('statusPage.interview.duration', { minutes: slot.durationMinutes })].flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]));

const ask = (credentials: Credentials, method: 'GET' | 'PUT', body?: unknown) =>
  callApi<InterviewView>(method, `applications/${encodeURIComponent(credentials.applicationId)}/interview`, {
    statusToken: credentials.statusToken,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

const render = (slot: HTMLElement, view: InterviewView, credentials: Credentials, news?: string): void => {
  if (!view.invited) {
    slot.replaceChildren();
    return;
  }
  const candidateZone = view.candidateTimeZone ?? readerTimeZone();
  const heading = h('h2', { class: 'panel-heading', id: 'interview-heading', tabindex: '-1' }, t('statusPage.interview.title'));
  const announcer = h('p', { class: 'visually-hidden', role: 'status', id: 'interview-news' });
  const section = h('section', { class: 'panel interview', 'aria-labelledby': 'interview-heading' }, heading, announcer);
  const { booked } = view;
  if (booked) {
    const until = at(new Date(booked.changeUntil), candidateZone);
    section.append(
      h('p', { class: 'interview-booked', id: 'interview-booked' }, h('strong', {}, t('statusPage.interview.booked')), h('br'), ...slotDescription(booked, candidateZone), h('br'), ...where(booked)),
      h('p', {}, booked.canChange ? t('statusPage.interview.changeUntil', { until: `${until.date}, ${until.time} (${until.timeZone})` }) : t('statusPage.interview.noChange')),
    );
  } else section.append(h('p', {}, t('statusPage.interview.invited')));

  if (!booked || booked.canChange) {
    if (view.open.length === 0) section.append(h('p', { class: 'interview-none' }, t('statusPage.interview.none')));
    else section.append(choice(view, credentials, candidateZone, slot));
  }
  slot.replaceChildren(section);
  if (news) {
    announcer.textContent = news;
    focusOn(heading);
  }
};

/** The radio group of open times and its button; the refusal goes in an alert beside them and names the field. */
const choice = (view: InterviewView, credentials: Credentials, candidateZone: string, slot: HTMLElement): HTMLFormElement => {
  const error = h('p', { class: 'field-error', id: 'interview-error', role: 'alert' });
  const fieldset = h(
    'fieldset',
    { class: 'interview-slots', 'aria-describedby': 'interview-error' },
    h('legend', {}, t(view.booked ? 'statusPage.interview.changeTo' : 'statusPage.interview.choose')),
    ...view.open.map((open, index) => {
      const id = `interview-slot-${index}`;
      return h(
        'div',
        { class: 'interview-slot' },
        h('input', { type: 'radio', name: 'slotId', value: open.id, id }),
        h('label', { for: id }, ...slotDescription(open, candidateZone), h('br'), ...where(open)),
      );
    }),
  );
  const button = h('button', { type: 'submit', class: 'button' }, t(view.booked ? 'statusPage.interview.change' : 'statusPage.interview.book'));
  const form = h('form', { class: 'interview-form', novalidate: true }, fieldset, error, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="slotId"]:checked');
    if (!chosen) {
      error.textContent = t('statusPage.interview.pickOne');
      form.querySelector<HTMLInputElement>('input[name="slotId"]')?.focus();
      return;
    }
    button.disabled = true;
    void ask(credentials, 'PUT', { slotId: chosen.value })
      .then((next) => render(slot, next, credentials, t('statusPage.interview.bookedNews')))
      .catch(async (failure: unknown) => {
        if (!(failure instanceof ApiError)) throw failure;
        // A time someone took first: the list is read again, and the refusal said over it.
        const fresh = await ask(credentials, 'GET').catch(() => view);
        render(slot, fresh, credentials);
        const shown = slot.querySelector<HTMLElement>('#interview-error');
        if (shown) shown.textContent = t('statusPage.interview.failed', { detail: failure.problem.detail });
        slot.querySelector<HTMLInputElement>('input[name="slotId"]')?.focus();
      });
  });
  return form;
};

/** Reads the candidate's interview and shows it in `slot`, or nothing when they are not invited (or it cannot be read). */
export const showInterview = async (slot: HTMLElement, credentials: Credentials): Promise<void> => {
  try {
    render(slot, await ask(credentials, 'GET'), credentials);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    slot.replaceChildren();
  }
};
