/**
 * "Match a call" on the Experts tab (issue 18, point 7): HR picks an open call for a mission post,
 * reads its mission, role category and when the post runs, and the experts of the roster whose field
 * is that role category, each with the verdict and every reason in words (field, experience,
 * languages, availability, vetting), whether they were invited to this call and whether they applied;
 * then invites the selected to apply in one action, each row saying what became of its invitation.
 */
import type { ExpertMatch, ExpertMatches, MatchReason } from '#shared/expert-roster/matching.js';
import { intlLocale } from '#shared/i18n/languages.js';
import type { StoredVacancy } from '#shared/vacancies/store.js';
import { append, byId, h } from '../../../pages/client/dom.js';
import { language, rich, t } from '../../../pages/client/words.js';
import { formatDateTime, formatDay, languageName } from './labels.js';
import { showMessage } from './messages.js';
import { missionOrganisationLabel, roleCategoryLabel } from './mission-labels.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

/** What became of one invitation, as the API says it (`already-sent`, `not-found` are `alreadySent`, `notFound` to ICU's select). */
export type InvitationOutcome = 'sent' | 'already-sent' | 'suppressed' | 'failed' | 'not-found' | 'not-matching' | 'left';
/** The outcome as ICU's select names it (no hyphens). */
const outcomeOption = (outcome: InvitationOutcome): string =>
  outcome === 'already-sent' ? 'alreadySent' : outcome === 'not-found' ? 'notFound' : outcome === 'not-matching' ? 'notMatching' : outcome;

const alternatives = new Intl.ListFormat(intlLocale(language), { type: 'disjunction' });

/** One reason a match holds or does not, in the page's words ("Russian C1, the notice asks B2: met"). */
export const reasonText = (reason: MatchReason, expert: Pick<ExpertMatch['expert'], 'languages'>): string => {
  switch (reason.kind) {
    case 'field':
      return t('admin.experts.reason.field', { field: roleCategoryLabel(reason.field) });
    case 'experience':
      return t('admin.experts.reason.experience', { years: reason.years, minimum: reason.minimumYears, verdict: reason.verdict });
    case 'language': {
      const speaks = expert.languages.some((entry) => entry.language === reason.language);
      return t('admin.experts.reason.language', {
        language: languageName(reason.language),
        stated: reason.statedLevel ?? (speaks ? 'unstated' : 'none'),
        need: reason.need,
        level: reason.level ?? 'none',
        verdict: reason.verdict,
      });
    }
    case 'availability':
      return t('admin.experts.reason.availability', {
        until: reason.until === undefined ? 'none' : 'some',
        from: formatDay(reason.from),
        untilDate: formatDay(reason.until ?? ''),
        needFrom: formatDay(reason.needFrom),
        needUntil: formatDay(reason.needUntil),
        verdict: reason.verdict,
      });
    case 'vetting':
      return t('admin.experts.reason.vetting', {
        state: reason.expiresOn === undefined ? 'none' : reason.expiresOn < reason.needUntil ? 'before' : 'after',
        expiresOn: formatDay(reason.expiresOn ?? ''),
        needUntil: formatDay(reason.needUntil),
        verdict: reason.verdict,
      });
  }
};

const verdictBadge = (verdict: ExpertMatch['verdict']) => (verdict === 'met' ? 'badge-ncb-validated' : verdict === 'unknown' ? 'badge-ncb-pending' : 'badge-ncb-declined');

const rowElement = (match: ExpertMatch, outcome: InvitationOutcome | undefined, selected: boolean) => {
  const { expert } = match;
  const box = h('input', { type: 'checkbox', class: 'expert-select', value: expert.id, 'aria-label': t('admin.experts.match.select', { name: expert.name }) });
  box.checked = selected;
  return h(
    'tr',
    { 'data-match': expert.id, 'data-verdict': match.verdict },
    h('td', { 'data-column': 'select' }, box),
    h('th', { scope: 'row', 'data-column': 'expert' }, h('strong', { dir: 'auto' }, expert.name), h('div', { class: 'hint' }, h('bdi', { dir: 'ltr' }, expert.email))),
    h('td', { 'data-column': 'verdict' }, h('span', { class: `badge ${verdictBadge(match.verdict)}` }, t('admin.experts.match.verdict', { verdict: match.verdict }))),
    h(
      'td',
      { 'data-column': 'reasons' },
      h('ul', { class: 'plain-list expert-reasons' }, ...match.reasons.map((reason) =>
          h(
            'li',
            { 'data-reason': reason.kind, 'data-verdict': reason.verdict },
            reasonText(reason, expert),
            // Alternatives ("English or French"): which of them is enough, on a line of its own.
            reason.kind === 'language' && reason.oneOf ? h('div', { class: 'hint' }, t('admin.experts.reason.oneOf', { languages: alternatives.format(reason.oneOf.map(languageName)) })) : false,
          ),
        ),
      ),
    ),
    h(
      'td',
      { 'data-column': 'invitation' },
      h('div', { 'data-invited': match.invitedAt ? 'yes' : 'no' }, match.invitedAt ? t('admin.experts.match.invited', { date: formatDateTime(match.invitedAt) }) : t('admin.experts.match.notInvited')),
      h('div', { class: 'hint', 'data-applied': match.applied ? 'yes' : 'no' }, t('admin.experts.match.applied', { applied: match.applied ? 'yes' : 'no' })),
      outcome
        ? h('div', { 'data-outcome': outcome }, h('span', { class: `badge ${outcome === 'sent' ? 'badge-ncb-validated' : outcome === 'already-sent' ? 'badge-ncb-pending' : 'badge-ncb-declined'}` }, t('admin.experts.match.outcome', { outcome: outcomeOption(outcome) })))
        : false,
    ),
  );
};

export const expertMatches = (invited: () => void) => {
  const select = byId('expert-matches-call', HTMLSelectElement);
  const body = byId('expert-matches-rows', HTMLElement);
  const count = byId('expert-matches-count', HTMLElement);
  const invite = byId('expert-matches-invite', HTMLButtonElement);
  let shown: ExpertMatches | undefined;
  /** What the last invitation said of each expert, kept while the same call is shown. */
  let outcomes = new Map<string, InvitationOutcome>();

  const hide = () => {
    shown = undefined;
    byId('expert-matches-summary', HTMLElement).hidden = true;
    byId('expert-matches-frame', HTMLElement).hidden = true;
    byId('expert-matches-actions', HTMLElement).hidden = true;
    count.textContent = '';
  };

  const draw = (matches: ExpertMatches) => {
    const selected = new Set([...body.querySelectorAll<HTMLInputElement>('input.expert-select:checked')].map((box) => box.value));
    const call = matches.call;
    // The mission's name stays as written, isolated in the page's sentence (Arabic reads from the right).
    const mission = byId('expert-matches-mission', HTMLElement);
    mission.replaceChildren();
    append(mission, ...rich('admin.experts.match.mission', { mission: h('bdi', { dir: 'auto' }, call.mission.mission), organisation: missionOrganisationLabel(call.mission.organisation) }));
    byId('expert-matches-role', HTMLElement).textContent = t('admin.experts.match.role', { role: roleCategoryLabel(call.mission.roleCategory) });
    byId('expert-matches-period', HTMLElement).textContent = t('admin.experts.match.period', { from: formatDay(matches.period.from), until: formatDay(matches.period.until) });
    byId('expert-matches-deadline', HTMLElement).textContent = t('admin.experts.match.deadline', { date: formatDay(call.deadline), location: call.location });
    byId('expert-matches-summary', HTMLElement).hidden = false;
    count.textContent = t('admin.experts.match.count', { count: matches.matches.length });
    body.replaceChildren(...matches.matches.map((match) => rowElement(match, outcomes.get(match.expert.id), selected.has(match.expert.id))));
    byId('expert-matches-frame', HTMLElement).hidden = matches.matches.length === 0;
    byId('expert-matches-actions', HTMLElement).hidden = matches.matches.length === 0;
  };

  /** The matches of the chosen call; an answer for a call no longer chosen is dropped. */
  const read = async () => {
    const asked = select.value;
    if (!asked) return hide();
    try {
      const answer = await staffApi<ExpertMatches>('GET', `admin/experts/matches/${segment(asked)}`);
      if (asked !== select.value) return;
      shown = answer;
      draw(answer);
    } catch (error) {
      hide();
      showMessage(t('admin.experts.match.failed', { reason: describeProblem(error) }), 'error');
    }
  };

  select.addEventListener('change', () => {
    outcomes = new Map();
    body.replaceChildren();
    void read();
  });

  invite.addEventListener('click', async () => {
    const ids = [...body.querySelectorAll<HTMLInputElement>('input.expert-select:checked')].map((box) => box.value);
    if (!shown) return;
    if (ids.length === 0) {
      showMessage(t('admin.experts.invite.none'), 'warning');
      return;
    }
    invite.disabled = true;
    try {
      const { results } = await staffApi<{ results: Array<{ id: string; outcome: InvitationOutcome }> }>('POST', `admin/experts/invitations/${segment(shown.call.number)}`, { json: { experts: ids } });
      for (const result of results) outcomes.set(result.id, result.outcome);
      const sent = results.filter((one) => one.outcome === 'sent').length;
      const already = results.filter((one) => one.outcome === 'already-sent').length;
      showMessage(t('admin.experts.invite.done', { sent, already, missed: results.length - sent - already }), results.length - sent - already > 0 ? 'warning' : 'success');
      for (const box of body.querySelectorAll<HTMLInputElement>('input.expert-select')) box.checked = false;
      await read();
      invited();
    } catch (problem) {
      showMessage(t('admin.experts.invite.failed', { reason: describeProblem(problem) }), 'error');
    } finally {
      invite.disabled = false;
    }
  });

  return {
    /** The open calls for a mission post, to choose from. */
    async load() {
      try {
        const { items } = await staffApi<{ items: StoredVacancy[] }>('GET', 'admin/vacancies');
        const calls = items.filter((item) => item.mission && item.status === 'open');
        select.replaceChildren(
          h('option', { value: '' }, calls.length > 0 ? t('admin.experts.match.choose') : t('admin.experts.match.noCalls')),
          ...calls.map((item) => h('option', { value: item.number }, t('admin.experts.match.callOption', { number: item.number, title: item.title, mission: item.mission?.mission ?? '' }))),
        );
      } catch (error) {
        showMessage(t('admin.experts.match.callsFailed', { reason: describeProblem(error) }), 'error');
      }
    },
  };
};
