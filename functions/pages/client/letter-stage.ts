/**
 * The status page's stage in plain words (issue 16, point 6): what the latest letter says of the
 * application, read from its status only, so it says no more than the letters (no score, note,
 * rank or reason). A vacancy's cancellation is said by the panel's own line, so it shows nothing here.
 */
import type { ApplicationView } from './answers.js';
import { h } from './dom.js';
import { t } from './words.js';

type Stage = 'received' | 'shortlisted' | 'tested' | 'interviewed' | 'offered' | 'appointed' | 'notRetained' | 'withdrawn';

const stages: Readonly<Record<ApplicationView['status'], Stage>> = {
  submitted: 'received',
  screening: 'received',
  shortlisted: 'shortlisted',
  tested: 'tested',
  interviewed: 'interviewed',
  offered: 'offered',
  appointed: 'appointed',
  rejected: 'notRetained',
  withdrawn: 'withdrawn',
};

/** The stage the view's status is at, or undefined when the panel already says why it ended. */
export const stageOf = (view: Pick<ApplicationView, 'status' | 'endedBecause'>): Stage | undefined => (view.endedBecause === 'vacancy-cancelled' ? undefined : stages[view.status]);

/** The section under the status line: a heading and one sentence, or nothing. */
export const stageSection = (view: Pick<ApplicationView, 'status' | 'endedBecause'>): HTMLElement | null => {
  const stage = stageOf(view);
  if (!stage) return null;
  return h(
    'section',
    { class: 'letter-stage', 'aria-labelledby': 'letter-stage-heading', 'data-stage': stage },
    h('h3', { id: 'letter-stage-heading' }, t('statusPage.stage.title')),
    h('p', { id: 'letter-stage-text' }, t('statusPage.stage.text', { stage })),
  );
};
