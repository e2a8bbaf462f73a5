/**
 * A panel member's focused marking form for one candidate (issue 16, point 4): each criterion a
 * fieldset of the 1-5 scale with its anchors' words, a comment per criterion and an overall one;
 * "Save draft" names the revision read (a save from another tab meanwhile is a 409: reload), and
 * "Submit" makes the marks final after a confirmation. Once submitted, the form is read-only and
 * shows the other members' submitted marks, as the API answers them.
 */
import type { Criterion } from '#shared/selection/criteria.js';
import type { Marks, scaleAnchors } from '#shared/selection/marks.js';
import type { CandidateAnswer } from '#shared/selection/reading.js';
import { byId, focusOn, h } from '../../../pages/client/dom.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

export interface MarkingContext {
  vacancy: string;
  criteria: readonly Criterion[];
  anchors: typeof scaleAnchors;
  /** The signed-in member's email: their own marks among those answered. */
  member: string;
}

const criterionKey = (id: string) => `marking-${id}`;

export const markingForm = (reloadCandidate: (applicationId: string) => Promise<CandidateAnswer | undefined>, onChanged: () => void) => {
  const dialog = byId('marking-dialog', HTMLDialogElement);
  const criteriaBox = byId('marking-criteria', HTMLElement);
  const overall = byId('marking-overall', HTMLTextAreaElement);
  const state = byId('marking-state', HTMLElement);
  const formError = byId('marking-error', HTMLElement);
  const others = byId('marking-others', HTMLElement);
  const othersList = byId('marking-others-list', HTMLElement);
  const saveButton = byId('marking-save', HTMLButtonElement);
  const submitButton = byId('marking-submit', HTMLButtonElement);
  let context: MarkingContext | undefined;
  let answer: CandidateAnswer | undefined;
  let mine: Marks | undefined;

  const showError = (...parts: Array<string | Node>) => {
    formError.replaceChildren(...parts);
    formError.hidden = parts.length === 0;
  };

  const fieldErrors = () => criteriaBox.querySelectorAll<HTMLElement>('.field-error');

  const fill = () => {
    if (!context || !answer) return;
    const { criteria, anchors } = context;
    mine = answer.marks.find((marks) => marks.member === context?.member);
    const submitted = mine?.state === 'submitted';
    byId('marking-who', HTMLElement).textContent = `${answer.candidate.name}, ${answer.candidate.currentTitle} (vacancy ${context.vacancy})`;
    state.textContent = submitted
      ? `Your marks were submitted on ${mine?.submittedAt?.slice(0, 10) ?? ''}: they are final.`
      : mine
        ? `Draft saved (revision ${mine.revision}). Every criterion needs a score before you submit.`
        : 'Not marked yet.';
    criteriaBox.replaceChildren(
      ...criteria.map((criterion) => {
        const key = criterionKey(criterion.id);
        const given = mine?.scores[criterion.id];
        return h(
          'fieldset',
          { class: 'fieldset marking-criterion', 'data-criterion': criterion.id, 'aria-describedby': `${key}-error` },
          h('legend', {}, `${criterion.label} (weight ${criterion.weight})`),
          h(
            'div',
            { class: 'choices-inline scale' },
            ...anchors.map((anchor) =>
              h(
                'label',
                { class: 'choice' },
                h('input', { type: 'radio', name: key, value: String(anchor.score), checked: given?.score === anchor.score, disabled: submitted }),
                ` ${anchor.score}: ${anchor.label}`,
              ),
            ),
          ),
          h('label', { class: 'label', for: `${key}-comment` }, `Comment on ${criterion.label} (optional)`),
          h('textarea', { id: `${key}-comment`, class: 'input', rows: '2', maxlength: '2000', dir: 'auto', disabled: submitted }, given?.comment ?? ''),
          h('p', { class: 'field-error', id: `${key}-error`, 'aria-live': 'polite', hidden: true }),
        );
      }),
    );
    overall.value = mine?.overallComment ?? '';
    overall.disabled = submitted;
    saveButton.hidden = submitted;
    submitButton.hidden = submitted;
    // Another member's marks are in the answer only once the member's own are submitted.
    const othersMarks = answer.marks.filter((marks) => marks.member !== context?.member && marks.state === 'submitted');
    others.hidden = !submitted;
    othersList.replaceChildren(
      ...(othersMarks.length === 0
        ? [h('p', {}, 'No other member has submitted marks for this candidate yet.')]
        : othersMarks.map((marks) =>
            h(
              'div',
              { class: 'other-marks', 'data-member': marks.member },
              h('h4', { dir: 'ltr' }, marks.member),
              h(
                'ul',
                {},
                ...criteria.map((criterion) => {
                  const given = marks.scores[criterion.id];
                  return h('li', {}, `${criterion.label}: ${given ? String(given.score) : '–'}`, given?.comment ? h('span', { class: 'hint', dir: 'auto' }, ` “${given.comment}”`) : false);
                }),
              ),
              marks.overallComment ? h('p', { dir: 'auto' }, `Overall: ${marks.overallComment}`) : false,
            ),
          )),
    );
    showError();
  };

  const draftBody = () => {
    const scores: Record<string, { score: number; comment?: string }> = {};
    for (const criterion of context?.criteria ?? []) {
      const key = criterionKey(criterion.id);
      const picked = criteriaBox.querySelector<HTMLInputElement>(`input[name="${key}"]:checked`);
      const comment = byId(`${key}-comment`, HTMLTextAreaElement).value.trim();
      if (picked) scores[criterion.id] = { score: Number(picked.value), ...(comment ? { comment } : {}) };
    }
    const overallComment = overall.value.trim();
    return { ...(mine ? { revision: mine.revision } : {}), scores, ...(overallComment ? { overallComment } : {}) };
  };

  const reload = async () => {
    if (!answer) return;
    const fresh = await reloadCandidate(answer.candidate.applicationId);
    if (fresh) answer = fresh;
    fill();
  };

  /** The API's problems: `scores.<criterion>` beside its fieldset, a 409 with a way to reload. */
  const placeProblem = (error: unknown) => {
    for (const element of fieldErrors()) element.hidden = true;
    if (!(error instanceof StaffApiError)) return showError(describeProblem(error));
    const unplaced: string[] = [];
    for (const issue of error.errors) {
      const [field, id] = issue.path.replace(/^body\./, '').split('.');
      const target = field === 'scores' && id ? document.getElementById(`${criterionKey(id)}-error`) : null;
      if (target) {
        target.textContent = issue.message;
        target.hidden = false;
      } else unplaced.push(issue.message);
    }
    const text = [error.title, error.detail, ...unplaced].filter(Boolean).join(' ');
    if (error.status !== 409) return showError(text);
    const again = h('button', { type: 'button', class: 'button button-secondary', id: 'marking-reload' }, 'Reload the marks');
    again.addEventListener('click', () => void reload());
    showError(`${text} Your marks were changed elsewhere (perhaps in another tab) since this form was opened: reload them, then make your change again. `, again);
  };

  const markingPath = () => `admin/selection/panels/${segment(context?.vacancy ?? '')}/candidates/${segment(answer?.candidate.applicationId ?? '')}/marks`;

  const saveDraft = async (): Promise<Marks | undefined> => {
    try {
      ({ marks: mine } = await staffApi<{ marks: Marks }>('PUT', markingPath(), { json: draftBody() }));
      if (answer) answer = { ...answer, marks: [...answer.marks.filter((marks) => marks.member !== context?.member), mine] };
      onChanged();
      return mine;
    } catch (error) {
      placeProblem(error);
      return undefined;
    }
  };

  saveButton.addEventListener('click', async () => {
    if (await saveDraft()) {
      fill();
      state.textContent = `Draft saved (revision ${mine?.revision ?? ''}).`;
    }
  });
  submitButton.addEventListener('click', async () => {
    // Submitted marks are final: the member confirms, and what is on screen is saved first.
    if (!window.confirm('Submit your marks for this candidate? Submitted marks are final: you cannot change them afterwards.')) return;
    const saved = await saveDraft();
    if (!saved) return;
    try {
      await staffApi<{ marks: Marks }>('POST', `${markingPath()}/submit`, { json: { revision: saved.revision } });
      onChanged();
      await reload();
      focusOn(state);
    } catch (error) {
      fill();
      placeProblem(error);
    }
  });
  byId('marking-close', HTMLButtonElement).addEventListener('click', () => dialog.close());
  // Enter in a field must not submit the form (method="dialog" would close it with the marks unsaved).
  byId('marking-form', HTMLFormElement).addEventListener('submit', (event) => event.preventDefault());

  return {
    open(opened: MarkingContext, candidate: CandidateAnswer) {
      context = opened;
      answer = candidate;
      fill();
      dialog.showModal();
    },
  };
};
