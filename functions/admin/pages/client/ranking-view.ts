/**
 * The panel's ranking (issue 16, point 4), for HR at any time, and a member (the chair too) once
 * they have submitted marks for every candidate: rank, candidate, combined mark, each criterion's
 * combined mark with its spread flag in words (not colour only), the tie rule's step that put each
 * below the one above, and the recommendation, which the chair records (reasons required for "not recommended").
 */
import type { Criterion } from '#shared/selection/criteria.js';
import type { Separation } from '#shared/selection/ranking.js';
import type { RankingAnswer, Seat } from '#shared/selection/reading.js';
import type { Recommendation, RecommendationDecision } from '#shared/selection/recommendation.js';
import { byId, h } from '../../../pages/client/dom.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

type RankedItem = RankingAnswer['items'][number];

export const decisionText: Readonly<Record<RecommendationDecision, string>> = { appoint: 'Appoint', reserve: 'Reserve list', 'not-recommended': 'Not recommended' };

/** Which step of the tie rule separated a candidate from the one above, in words. */
export const separationText = (separation: Separation | undefined, criteria: readonly Criterion[]): string => {
  if (separation === undefined) return '–';
  if (separation === 'combined') return 'Combined mark';
  if (separation === 'submissions') return 'More members’ marks';
  if (separation === 'submittedAt') return 'Applied earlier';
  if (separation === 'reference') return 'Reference (alphabetical)';
  const label = criteria.find((criterion) => criterion.id === separation.criterionId)?.label ?? separation.criterionId;
  return `Tie on the combined mark; higher mean on ${label}`;
};

const mark = (value: number) => value.toFixed(2);

export const rankingView = () => {
  const note = byId('selection-ranking-note', HTMLElement);
  const frame = byId('selection-ranking-frame', HTMLElement);
  const table = byId('selection-ranking', HTMLTableElement);
  const tieRule = byId('selection-tie-rule', HTMLElement);
  const dialog = byId('recommend-dialog', HTMLDialogElement);
  const reasons = byId('recommend-reasons', HTMLTextAreaElement);
  const formError = byId('recommend-error', HTMLElement);
  const decisionError = byId('recommend-decision-error', HTMLElement);
  const reasonsError = byId('recommend-reasons-error', HTMLElement);
  let vacancy = '';
  let recommending: RankedItem | undefined;
  let reloadRanking: () => Promise<void> = async () => {};

  const setError = (element: HTMLElement, text: string) => {
    element.textContent = text;
    element.hidden = text === '';
  };

  const openRecommendation = (item: RankedItem) => {
    recommending = item;
    byId('recommend-who', HTMLElement).textContent = `${item.name}, ranked ${item.rank} (combined mark ${mark(item.combined)})`;
    for (const radio of dialog.querySelectorAll<HTMLInputElement>('input[name="decision"]')) radio.checked = radio.value === item.recommendation?.decision;
    reasons.value = item.recommendation?.reasons ?? '';
    for (const element of [formError, decisionError, reasonsError]) setError(element, '');
    dialog.showModal();
  };

  const saveRecommendation = async () => {
    if (!recommending) return;
    for (const element of [formError, decisionError, reasonsError]) setError(element, '');
    const decision = dialog.querySelector<HTMLInputElement>('input[name="decision"]:checked')?.value;
    const text = reasons.value.trim();
    const body = { ...(recommending.recommendation ? { revision: recommending.recommendation.revision } : {}), ...(decision ? { decision } : {}), ...(text ? { reasons: text } : {}) };
    try {
      await staffApi<{ recommendation: Recommendation }>('PUT', `admin/selection/panels/${segment(vacancy)}/candidates/${segment(recommending.applicationId)}/recommendation`, { json: body });
      dialog.close();
      await reloadRanking();
    } catch (error) {
      if (!(error instanceof StaffApiError)) return setError(formError, describeProblem(error));
      const unplaced: string[] = [];
      for (const issue of error.errors) {
        const field = issue.path.replace(/^body\./, '');
        if (field === 'decision') setError(decisionError, issue.message);
        else if (field === 'reasons') setError(reasonsError, issue.message);
        else unplaced.push(issue.message);
      }
      const stale = error.status === 409 ? ' Close and open the ranking again to see the recommendation as it stands now.' : '';
      setError(formError, [error.title, error.detail, ...unplaced].filter(Boolean).join(' ') + stale);
    }
  };
  byId('recommend-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void saveRecommendation();
  });
  byId('recommend-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());

  const row = (item: RankedItem, answer: RankingAnswer, seat: Seat) => {
    const recommendation = item.recommendation;
    const recommend = h(
      'button',
      { type: 'button', class: 'cell-action', 'data-recommend': item.applicationId, 'aria-label': `${recommendation ? 'Change the recommendation for' : 'Recommend'} ${item.name}` },
      recommendation ? 'Change…' : 'Recommend…',
    );
    recommend.addEventListener('click', () => openRecommendation(item));
    return h(
      'tr',
      { 'data-application': item.applicationId },
      h('td', {}, String(item.rank)),
      h('th', { scope: 'row', dir: 'auto' }, item.name),
      h('td', { class: 'number' }, mark(item.combined), h('span', { class: 'hint' }, ` (${item.submissions} of ${answer.members})`)),
      ...answer.criteria.map((criterion) => {
        const result = item.criteria.find((one) => one.criterionId === criterion.id);
        if (!result) return h('td', {}, '–');
        return h(
          'td',
          { class: result.spread ? 'number spread' : 'number', 'data-criterion': criterion.id },
          mark(result.mean),
          result.spread ? h('span', { class: 'spread-flag' }, ` ⚑ spread ${result.lowest}–${result.highest}, to discuss`) : false,
        );
      }),
      h('td', {}, separationText(item.separatedBy, answer.criteria)),
      h(
        'td',
        { class: 'recommendation' },
        recommendation ? h('strong', {}, decisionText[recommendation.decision]) : 'None yet',
        recommendation?.reasons ? h('span', { class: 'hint', dir: 'auto' }, ` ${recommendation.reasons}`) : false,
        seat === 'chair' ? h('span', {}, ' ', recommend) : false,
      ),
    );
  };

  return {
    /** Loads the vacancy's ranking; a member who still has candidates to mark is told how many (the API's 403). */
    async load(number: string, seat: Seat) {
      vacancy = number;
      reloadRanking = () => this.load(number, seat);
      try {
        const answer = await staffApi<RankingAnswer>('GET', `admin/selection/panels/${segment(number)}/ranking`);
        table.tHead?.replaceChildren(
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Rank'),
            h('th', { scope: 'col' }, 'Candidate'),
            h('th', { scope: 'col' }, 'Combined mark'),
            ...answer.criteria.map((criterion) => h('th', { scope: 'col' }, `${criterion.label} (×${criterion.weight})`)),
            h('th', { scope: 'col' }, 'Below the one above by'),
            h('th', { scope: 'col' }, 'Recommendation'),
          ),
        );
        table.tBodies[0]?.replaceChildren(...answer.items.map((item) => row(item, answer, seat)));
        const flagged = answer.items.filter((item) => item.spreadFlags.length > 0).length;
        note.textContent = [
          `${answer.items.length} ranked, ${answer.unranked} not marked by any member yet.`,
          flagged > 0 ? `${flagged} with a spread above ${answer.spreadThreshold} between members (⚑): for the panel to discuss.` : '',
        ]
          .filter(Boolean)
          .join(' ');
        tieRule.textContent = `Tie rule: ${answer.tieRule}`;
        frame.hidden = answer.items.length === 0;
      } catch (error) {
        frame.hidden = true;
        tieRule.textContent = '';
        note.textContent = error instanceof StaffApiError && error.status === 403 ? `The ranking shows once you have submitted marks for every candidate. ${error.detail}` : `The ranking could not be loaded: ${describeProblem(error)}`;
      }
    },
  };
};
