/**
 * The status page's written test section (issue 16, point 2): shown only to an invited candidate.
 * The test's times in its own zone (named) and in the reader's (the browser's), where it takes
 * place, how it is marked; then the candidate's answer: confirm, or ask for another time with a
 * reason, until the test starts. A refusal is announced where the answer is given.
 */
import { formatDate, formatTime, utcOffset } from '#shared/i18n/format.js';
import type { CandidateTestView } from '#shared/written-tests/candidate-view.js';
import { ApiError, callApi } from './api.js';
import type { Credentials } from './answers.js';
import { focusOn, h } from './dom.js';
import { readerTimeZone } from './reader-time.js';
import { language, t } from './words.js';

type TestView = NonNullable<CandidateTestView['test']>;

const at = (instant: Date, timeZone: string) => ({
  date: formatDate(language, instant, timeZone),
  time: formatTime(language, instant, timeZone),
  timeZone,
  offset: utcOffset(instant, timeZone),
});

/** One end of the test in its zone, then in the reader's when that reads otherwise (each at its own offset: DST may fall between). */
const instantLines = (label: string, instant: Date, test: TestView, readerZone: string): string[] => {
  const own = at(instant, test.timeZone);
  const yours = at(instant, readerZone);
  const lines = [label];
  if (readerZone !== test.timeZone && `${yours.date} ${yours.time} ${yours.offset}` !== `${own.date} ${own.time} ${own.offset}`) lines.push(t('statusPage.writtenTest.yourTime', yours));
  return lines;
};

const whenLines = (test: TestView, readerZone: string): string[] => {
  const starts = new Date(test.startsAt);
  const ends = new Date(test.endsAt);
  if (test.format === 'window') {
    return [
      ...instantLines(t('statusPage.writtenTest.opensAt', at(starts, test.timeZone)), starts, test, readerZone),
      ...instantLines(t('statusPage.writtenTest.closesAt', at(ends, test.timeZone)), ends, test, readerZone),
      t('statusPage.writtenTest.windowLength', { minutes: test.durationMinutes ?? 0 }),
    ];
  }
  return [
    ...instantLines(t('statusPage.writtenTest.startsAt', at(starts, test.timeZone)), starts, test, readerZone),
    ...instantLines(t('statusPage.writtenTest.endsAt', at(ends, test.timeZone)), ends, test, readerZone),
    t('statusPage.writtenTest.length', { minutes: Math.round((ends.getTime() - starts.getTime()) / 60_000) }),
  ];
};

const where = (test: TestView) =>
  test.address
    ? h('p', { class: 'written-test-place' }, t('statusPage.writtenTest.place', { address: test.address }))
    : h('p', { class: 'written-test-remote' }, `${t('statusPage.writtenTest.remote')} `, h('a', { href: test.platformLink ?? '', rel: 'noopener noreferrer' }, test.platformLink ?? ''));

const ask = (credentials: Credentials, method: 'GET' | 'PUT', body?: unknown) =>
  callApi<CandidateTestView>(method, `applications/${encodeURIComponent(credentials.applicationId)}/written-test`, {
    statusToken: credentials.statusToken,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

const answerLine = (view: CandidateTestView): string | undefined => {
  if (view.answer === 'confirmed') return t('statusPage.writtenTest.confirmed');
  if (view.answer === 'another-time') return t('statusPage.writtenTest.askedAnother', { reason: view.reason ?? '' });
  return undefined;
};

const render = (slot: HTMLElement, view: CandidateTestView, credentials: Credentials, news?: string): void => {
  const { test } = view;
  if (!view.invited || !test) {
    slot.replaceChildren();
    return;
  }
  const readerZone = readerTimeZone();
  const heading = h('h2', { class: 'panel-heading', id: 'written-test-heading', tabindex: '-1' }, t('statusPage.writtenTest.title'));
  const announcer = h('p', { class: 'visually-hidden', role: 'status', id: 'written-test-news' });
  const section = h('section', { class: 'panel written-test', 'aria-labelledby': 'written-test-heading' }, heading, announcer);
  if (test.cancelled) section.append(h('p', { class: 'written-test-cancelled' }, t('statusPage.writtenTest.cancelled')));
  else {
    section.append(
      h('p', {}, t('statusPage.writtenTest.invited')),
      h('p', { class: 'written-test-when', id: 'written-test-when' }, ...whenLines(test, readerZone).flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]))),
      where(test),
      h('p', {}, t('statusPage.writtenTest.marks', { maxMark: test.maxMark, passMark: test.passMark })),
    );
    const answered = answerLine(view);
    if (answered) section.append(h('p', { class: 'written-test-answer', id: 'written-test-answer' }, h('strong', {}, answered)));
    if (view.canAnswer) section.append(answerForm(view, credentials, slot));
    else section.append(h('p', {}, t('statusPage.writtenTest.closed')));
  }
  slot.replaceChildren(section);
  if (news) {
    announcer.textContent = news;
    focusOn(heading);
  }
};

/** Confirm or another time (a radio group with its legend); the reason's field, required with another time; the refusal in an alert beside them. */
const answerForm = (view: CandidateTestView, credentials: Credentials, slot: HTMLElement): HTMLFormElement => {
  const error = h('p', { class: 'field-error', id: 'written-test-error', role: 'alert' });
  const option = (value: 'confirmed' | 'another-time', label: string) =>
    h(
      'div',
      { class: 'written-test-option' },
      h('input', { type: 'radio', name: 'answer', value, id: `written-test-${value}`, ...(view.answer === value ? { checked: true } : {}) }),
      h('label', { for: `written-test-${value}` }, label),
    );
  const fieldset = h(
    'fieldset',
    { class: 'written-test-answers', 'aria-describedby': 'written-test-error' },
    h('legend', {}, t('statusPage.writtenTest.legend')),
    option('confirmed', t('statusPage.writtenTest.confirm')),
    option('another-time', t('statusPage.writtenTest.another')),
  );
  const reason = h('input', { type: 'text', id: 'written-test-reason', name: 'reason', maxlength: '500', autocomplete: 'off', value: view.reason ?? '' });
  const reasonField = h('div', { class: 'field' }, h('label', { for: 'written-test-reason' }, t('statusPage.writtenTest.reason')), reason);
  const button = h('button', { type: 'submit', class: 'button' }, t('statusPage.writtenTest.send'));
  const form = h('form', { class: 'written-test-form', novalidate: true }, fieldset, reasonField, error, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="answer"]:checked');
    if (!chosen) {
      error.textContent = t('statusPage.writtenTest.pickOne');
      form.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
      return;
    }
    const why = reason.value.trim();
    if (chosen.value === 'another-time' && why === '') {
      error.textContent = t('statusPage.writtenTest.reasonMissing');
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    button.disabled = true;
    void ask(credentials, 'PUT', chosen.value === 'confirmed' ? { answer: 'confirmed' } : { answer: 'another-time', reason: why })
      .then((next) => render(slot, next, credentials, t('statusPage.writtenTest.sentNews')))
      .catch(async (failure: unknown) => {
        if (!(failure instanceof ApiError)) throw failure;
        // The test moved or started meanwhile: it is read again, and the refusal said over it.
        const fresh = await ask(credentials, 'GET').catch(() => view);
        render(slot, fresh, credentials);
        const shown = slot.querySelector<HTMLElement>('#written-test-error');
        if (shown) shown.textContent = t('statusPage.writtenTest.failed', { detail: failure.problem.detail });
        else slot.querySelector('.written-test')?.append(h('p', { class: 'field-error', role: 'alert' }, t('statusPage.writtenTest.failed', { detail: failure.problem.detail })));
        slot.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
      });
  });
  return form;
};

/** Reads the candidate's written test and shows it in `slot`, or nothing when they are not invited (or it cannot be read). */
export const showWrittenTest = async (slot: HTMLElement, credentials: Credentials): Promise<void> => {
  try {
    render(slot, await ask(credentials, 'GET'), credentials);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    slot.replaceChildren();
  }
};
