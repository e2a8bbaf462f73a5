/**
 * HR's Written test tab (issue 16, point 2; docs/written-test.md): for a vacancy, its tests (each
 * in its own zone) to correct, cancel or invite every shortlisted candidate to; the schedule form;
 * the shortlisted and tested candidates with their invitation, answer and result, each invited or
 * moved to a test and marked by hand; and the platform's CSV import, whose refusal lists each bad
 * row by line. Read again after each change. English (HR only).
 */
import type { TestBoard } from '#shared/written-tests/board.js';
import { localIn } from '#shared/written-tests/local-time.js';
import type { TestInvitation, WrittenTest } from '#shared/written-tests/test.js';
import { byId, h } from '../../../pages/client/dom.js';
import { showMessage } from './messages.js';
import { describeProblem, segment, StaffApiError, staffApi } from './staff-api.js';
import { vacancyChoice } from './vacancy-choice.js';

interface EmailOutcome {
  /** What became of the candidate's email (shared/email/send-once.ts): sent, already-sent, suppressed or failed. */
  email?: string;
}

const readable = (local: string) => local.replace('T', ' ');

const whenText = (test: WrittenTest) => {
  const from = readable(localIn(new Date(test.startsAt), test.timeZone));
  const to = readable(localIn(new Date(test.endsAt), test.timeZone));
  return test.format === 'window' ? `Window ${from} to ${to} (${test.timeZone}), takes ${test.durationMinutes ?? 0} min` : `Sitting ${from} to ${to} (${test.timeZone})`;
};

const testLabel = (test: WrittenTest) => `${whenText(test)}${test.status === 'cancelled' ? ' — cancelled' : ''}`;

const answerText = (invitation: TestInvitation | undefined) => {
  if (!invitation) return '–';
  if (invitation.answer === 'confirmed') return 'Confirmed';
  if (invitation.answer === 'another-time') return `Asks for another time: ${invitation.reason ?? ''}`;
  return 'No answer yet';
};

/**
 * How many of the emails an action sent SES refused. Inviting again sends an invitation that did not
 * go (its claim lets it go once); a correction or a cancellation is told once, by its own request,
 * which a second time is refused: those candidates are to be told another way.
 */
const emailsText = (items: readonly EmailOutcome[], repeatable = true) => {
  const failed = items.filter((item) => item.email === 'failed').length;
  if (failed === 0) return '';
  const emails = `${failed} email${failed === 1 ? '' : 's'} could not go`;
  return repeatable ? ` ${emails}: invite them again to send them.` : ` ${emails}: tell ${failed === 1 ? 'that candidate' : 'those candidates'} yourself; a change is emailed once.`;
};

export const writtenTestView = () => {
  const select = byId('written-tests-vacancy', HTMLSelectElement);
  const summary = byId('written-tests-summary', HTMLElement);
  const testsBody = byId('written-tests-table', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  const candidatesBody = byId('written-tests-candidates', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  const form = byId('written-test-form', HTMLFormElement);
  const formHeading = byId('written-test-form-heading', HTMLElement);
  const formError = byId('written-test-form-error', HTMLElement);
  const save = byId('written-test-save', HTMLButtonElement);
  const startOver = byId('written-test-new', HTMLButtonElement);
  const field = (id: string) => byId(id, HTMLInputElement);
  const importForm = byId('written-tests-import', HTMLFormElement);
  const importErrors = byId('written-tests-import-errors', HTMLElement);
  /** The test being corrected, with the revision read; none: the form schedules a new one. */
  let correcting: WrittenTest | undefined;

  const choice = vacancyChoice(select);
  const show = async () => {
    const read = await choice.read('The written tests could not be loaded', (number) => staffApi<TestBoard>('GET', `admin/written-tests/${segment(number)}`));
    if (read) render(read);
  };

  const resetForm = () => {
    correcting = undefined;
    form.reset();
    formHeading.textContent = 'Schedule a test';
    save.textContent = 'Schedule the test';
    startOver.hidden = true;
    formError.hidden = true;
  };

  const correct = (test: WrittenTest) => {
    correcting = test;
    const check = (name: string, value: string) => {
      const radio = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (radio) radio.checked = true;
    };
    check('format', test.format);
    check('where', test.address ? 'place' : 'remote');
    field('written-test-starts').value = localIn(new Date(test.startsAt), test.timeZone);
    field('written-test-ends').value = localIn(new Date(test.endsAt), test.timeZone);
    field('written-test-duration').value = test.durationMinutes !== undefined ? String(test.durationMinutes) : '';
    field('written-test-zone').value = test.timeZone;
    field('written-test-link').value = test.platformLink ?? '';
    field('written-test-address').value = test.address ?? '';
    field('written-test-max').value = String(test.maxMark);
    field('written-test-pass').value = String(test.passMark);
    formHeading.textContent = 'Correct the test';
    save.textContent = 'Save the correction';
    startOver.hidden = false;
    field('written-test-starts').focus();
  };

  const act = async (what: string, call: () => Promise<string>) => {
    try {
      showMessage(await call(), 'success');
    } catch (error) {
      showMessage(`${what} failed: ${describeProblem(error)}`, 'error');
    }
    await show();
  };

  const invite = (testId: string, body: { applicationIds: string[] } | { allShortlisted: true }) =>
    act('The invitation', async () => {
      const { items } = await staffApi<{ items: Array<EmailOutcome & { outcome: string; reason?: string }> }>('POST', `admin/written-tests/${segment(select.value)}/tests/${segment(testId)}/invitations`, { json: body });
      const count = (outcome: string) => items.filter((item) => item.outcome === outcome).length;
      const refused = items.filter((item) => item.outcome === 'not-invitable').map((item) => item.reason);
      return `Invited ${count('invited')}, moved ${count('moved')}, already invited ${count('already-invited')}.${refused.length ? ` Not invited: ${refused.join(' ')}` : ''}${emailsText(items)}`;
    });

  const render = (view: TestBoard) => {
    // The browser's clock only picks which buttons to offer; the API judges every request by its own.
    const started = (test: WrittenTest) => Date.parse(test.startsAt) <= Date.now();
    const upcoming = view.tests.filter((test) => test.status === 'scheduled' && !started(test));
    const invitationOf = new Map(view.invitations.map((invitation) => [invitation.applicationId, invitation]));
    const testOf = new Map(view.tests.map((test) => [test.id, test]));
    const shortlisted = view.candidates.filter((candidate) => candidate.status === 'shortlisted').length;
    const tested = view.candidates.filter((candidate) => candidate.writtenTest).length;
    summary.textContent = `${view.tests.length} test${view.tests.length === 1 ? '' : 's'}; ${view.invitations.length} invited; ${shortlisted} shortlisted awaiting a result, ${tested} marked.`;

    testsBody.replaceChildren(
      ...(view.tests.length === 0
        ? [h('tr', {}, h('td', { colspan: '5' }, 'No test scheduled yet.'))]
        : view.tests.map((test) => {
            const invited = view.invitations.filter((invitation) => invitation.testId === test.id).length;
            const actions = h('td', {});
            if (test.status === 'scheduled' && started(test)) actions.append('Taken place: record its results below');
            else if (test.status === 'scheduled') {
              const inviteAll = h('button', { type: 'button', class: 'button button-small', 'aria-label': `Invite all shortlisted candidates to the test of ${whenText(test)}` }, 'Invite all shortlisted');
              inviteAll.addEventListener('click', () => void invite(test.id, { allShortlisted: true }));
              const edit = h('button', { type: 'button', class: 'button button-small button-quiet', 'aria-label': `Correct the test of ${whenText(test)}` }, 'Correct');
              edit.addEventListener('click', () => correct(test));
              const cancel = h('button', { type: 'button', class: 'button button-small button-quiet', 'aria-label': `Cancel the test of ${whenText(test)}` }, 'Cancel');
              cancel.addEventListener('click', () => {
                if (!window.confirm(`Cancel the test of ${whenText(test)}? Its ${invited} invited candidate(s) are emailed.`)) return;
                void act('The cancellation', async () => {
                  const outcome = await staffApi<{ emails: EmailOutcome[] }>('DELETE', `admin/written-tests/${segment(select.value)}/tests/${segment(test.id)}?revision=${test.revision}`);
                  return `Test cancelled; ${outcome.emails.length} candidate(s) told.${emailsText(outcome.emails, false)}`;
                });
              });
              actions.append(inviteAll, ' ', edit, ' ', cancel);
            } else actions.append('Cancelled');
            return h(
              'tr',
              {},
              h('th', { scope: 'row' }, whenText(test)),
              h('td', { dir: 'auto' }, test.address ?? test.platformLink ?? ''),
              h('td', {}, `Out of ${test.maxMark}, passed at ${test.passMark} or more`),
              h('td', {}, String(invited)),
              actions,
            );
          })),
    );

    candidatesBody.replaceChildren(
      ...(view.candidates.length === 0
        ? [h('tr', {}, h('td', { colspan: '6' }, 'No shortlisted candidate yet.'))]
        : view.candidates.map((candidate) => {
            const invitation = invitationOf.get(candidate.applicationId);
            const test = invitation ? testOf.get(invitation.testId) : undefined;
            const actions = h('td', {});
            if (candidate.status === 'shortlisted' && upcoming.length > 0) {
              const choice = h(
                'select',
                { class: 'select', 'aria-label': `Test to invite ${candidate.name} to` },
                ...upcoming.map((one) => h('option', { value: one.id, ...(one.id === invitation?.testId ? { selected: true } : {}) }, whenText(one))),
              );
              const go = h('button', { type: 'button', class: 'button button-small', 'aria-label': `${invitation ? 'Move' : 'Invite'} ${candidate.name}` }, invitation ? 'Move' : 'Invite');
              go.addEventListener('click', () => void invite(choice.value, { applicationIds: [candidate.applicationId] }));
              actions.append(choice, ' ', go);
            }
            if (invitation && test && test.status === 'scheduled' && started(test)) {
              const mark = h('input', { type: 'number', class: 'input input-small', min: '0', max: String(test.maxMark), step: '0.01', 'aria-label': `Mark of ${candidate.name}`, value: candidate.writtenTest ? String(candidate.writtenTest.mark) : '' });
              const record = h('button', { type: 'button', class: 'button button-small', 'aria-label': `Record the mark of ${candidate.name}` }, 'Record');
              record.addEventListener('click', () =>
                void act('Recording the mark', async () => {
                  const answer = await staffApi<{ outcome: string; writtenTest?: { passed: boolean } }>('PUT', `admin/written-tests/${segment(select.value)}/results/${segment(candidate.applicationId)}`, { json: { mark: Number(mark.value) } });
                  return answer.outcome === 'unchanged' ? `${candidate.name}: that mark is recorded already.` : `${candidate.name}: ${mark.value}, ${answer.writtenTest?.passed ? 'passed' : 'failed'}.`;
                }),
              );
              actions.append(' ', mark, ' ', record);
            }
            const result = candidate.writtenTest ? `${candidate.writtenTest.mark} / ${candidate.writtenTest.maxMark}: ${candidate.writtenTest.passed ? 'passed' : 'failed'}` : '–';
            return h(
              'tr',
              {},
              h('th', { scope: 'row', dir: 'auto' }, candidate.name),
              h('td', {}, candidate.status),
              h('td', {}, test ? testLabel(test) : 'Not invited'),
              h('td', { dir: 'auto' }, answerText(invitation)),
              h('td', {}, result),
              actions,
            );
          })),
    );
  };

  const body = () => {
    const format = form.querySelector<HTMLInputElement>('input[name="format"]:checked')?.value ?? 'sitting';
    const remote = form.querySelector<HTMLInputElement>('input[name="where"]:checked')?.value !== 'place';
    const duration = field('written-test-duration').value;
    return {
      format,
      startsAt: field('written-test-starts').value,
      endsAt: field('written-test-ends').value,
      ...(format === 'window' && duration ? { durationMinutes: Number(duration) } : {}),
      timeZone: field('written-test-zone').value.trim(),
      ...(remote ? { platformLink: field('written-test-link').value.trim() } : { address: field('written-test-address').value.trim() }),
      maxMark: Number(field('written-test-max').value),
      passMark: Number(field('written-test-pass').value),
      ...(correcting ? { revision: correcting.revision } : {}),
    };
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    formError.hidden = true;
    const editing = correcting;
    const request = editing
      ? staffApi<{ emails: EmailOutcome[] }>('PUT', `admin/written-tests/${segment(select.value)}/tests/${segment(editing.id)}`, { json: body() }).then(
          (outcome) => `Test corrected; ${outcome.emails.length} candidate(s) told.${emailsText(outcome.emails, false)}`,
        )
      : staffApi<{ test: WrittenTest }>('POST', `admin/written-tests/${segment(select.value)}/tests`, { json: body() }).then(({ test }) => `Test scheduled: ${whenText(test)}.`);
    void request
      .then(async (message) => {
        showMessage(message, 'success');
        resetForm();
        await show();
      })
      .catch((error: unknown) => {
        formError.textContent = describeProblem(error);
        formError.hidden = false;
      });
  });
  startOver.addEventListener('click', resetForm);

  importForm.addEventListener('submit', (event) => {
    event.preventDefault();
    importErrors.replaceChildren();
    const file = field('written-tests-file').files?.[0];
    if (!file) {
      importErrors.replaceChildren(h('p', { class: 'form-error' }, 'Choose the results file first.'));
      return;
    }
    void file
      .text()
      .then((csv) => staffApi<{ recorded: number; unchanged: number; conflicts: number }>('POST', `admin/written-tests/${segment(select.value)}/results/import`, { json: { csv } }))
      .then(async (outcome) => {
        showMessage(`Imported: ${outcome.recorded} recorded, ${outcome.unchanged} unchanged${outcome.conflicts ? `, ${outcome.conflicts} changed meanwhile (import again)` : ''}.`, 'success');
        await show();
      })
      .catch((error: unknown) => {
        // The refusal lists each bad row by its line: shown as a list where the file was chosen.
        const lines = error instanceof StaffApiError ? error.errors.map((issue) => issue.message) : [];
        importErrors.replaceChildren(
          h('p', { class: 'form-error' }, error instanceof StaffApiError ? `${error.title}. ${error.detail}` : describeProblem(error)),
          ...(lines.length ? [h('ul', { class: 'written-tests-import-lines' }, ...lines.map((line) => h('li', {}, line)))] : []),
        );
      });
  });

  select.addEventListener('change', () => {
    resetForm();
    void show();
  });

  return {
    async load() {
      if (!(await choice.fill())) return;
      await show();
    },
  };
};
