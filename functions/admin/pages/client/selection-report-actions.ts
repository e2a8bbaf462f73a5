/**
 * The selection report in the Selection tab (issue 16, point 5), for HR: its state (signed off by
 * whom and when, or how many ranked candidates still wait for the chair's recommendation), the
 * PDF to download (the signed one once signed off, else a draft laid out now), and the sign-off
 * after a dialog that says it cannot be undone. The API decides; a refusal (409) is said as it
 * words it.
 */
import type { SelectionReport } from '#shared/selection-report/report.js';
import { apiUrl } from '../../../pages/client/api.js';
import { byId } from '../../../pages/client/dom.js';
import { showMessage } from './messages.js';
import { currentToken, signIn } from './session.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

/** An instant as HR reads it, in the vacancy's duty station. */
const when = (iso: string, timeZone: string) =>
  `${new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso))} (${timeZone})`;

/** Why the report cannot be signed yet, in the words the API's refusal uses, or nothing. */
const waitingFor = (report: SelectionReport): string | undefined => {
  if (report.ranking.length === 0) return 'No candidate is ranked yet: it can be signed off once the panel has marked and the chair has recommended each ranked candidate.';
  if (report.awaitingRecommendation === 0) return undefined;
  const count = report.awaitingRecommendation === 1 ? '1 ranked candidate waits' : `${report.awaitingRecommendation} ranked candidates wait`;
  return `Not signed off: ${count} for the chair’s recommendation.`;
};

export const selectionReportActions = () => {
  const section = byId('selection-report', HTMLElement);
  const state = byId('selection-report-state', HTMLElement);
  const pdfButton = byId('selection-report-pdf', HTMLButtonElement);
  const signButton = byId('selection-report-sign', HTMLButtonElement);
  const dialog = byId('report-sign-dialog', HTMLDialogElement);
  const what = byId('report-sign-what', HTMLElement);
  const formError = byId('report-sign-error', HTMLElement);
  const keep = byId('report-sign-keep', HTMLButtonElement);
  let vacancy: string | undefined;
  let report: SelectionReport | undefined;

  const render = () => {
    if (!report) return;
    const signed = report.signOff;
    const waiting = waitingFor(report);
    state.textContent = signed
      ? `Signed off by ${signed.by} on ${when(signed.at, report.vacancy.timeZone)}. The report no longer changes: its PDF is the signed one.`
      : (waiting ?? 'Ready to sign off: every ranked candidate has the chair’s recommendation.');
    signButton.hidden = signed !== undefined;
    // The button stays in the page while the report waits, so HR finds it; the API says why it refuses.
    signButton.disabled = waiting !== undefined;
    pdfButton.textContent = signed ? 'Download the signed report (PDF)' : 'Download a draft of the report (PDF)';
  };

  const load = async () => {
    if (!vacancy) return;
    const asked = vacancy;
    try {
      const answer = await staffApi<SelectionReport>('GET', `admin/selection-report/${segment(asked)}`);
      if (asked !== vacancy) return;
      report = answer;
      render();
    } catch (error) {
      report = undefined;
      signButton.hidden = true;
      state.textContent = `The selection report could not be read: ${describeProblem(error)}`;
    }
  };

  /** The PDF through fetch (the route wants the bearer token), saved by the browser under the API's file name. */
  const download = async () => {
    if (!vacancy) return;
    const token = currentToken();
    if (!token) return signIn();
    pdfButton.disabled = true;
    try {
      const response = await fetch(apiUrl(`admin/selection-report/${segment(vacancy)}/pdf`), {
        headers: { Accept: 'application/pdf', Authorization: `Bearer ${token}` },
        credentials: 'omit',
        cache: 'no-store',
      });
      if (response.status === 401) return signIn();
      if (!response.ok) {
        const problem = (await response.json().catch(() => ({}))) as { title?: string; detail?: string };
        throw new StaffApiError(response.status, problem.title ?? `The API answered ${response.status}.`, problem.detail ?? '', [], problem);
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `selection-report-${vacancy}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      // The click has handed the file to the browser: the object URL can go on the next turn.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      showMessage(`The selection report’s PDF could not be downloaded: ${describeProblem(error)}`, 'error');
    } finally {
      pdfButton.disabled = false;
    }
  };

  const signOff = async () => {
    if (!vacancy) return;
    formError.hidden = true;
    try {
      report = await staffApi<SelectionReport>('POST', `admin/selection-report/${segment(vacancy)}/sign-off`, { json: {} });
      dialog.close();
      render();
      showMessage(`The selection report of vacancy ${vacancy} is signed off.`, 'success');
    } catch (error) {
      formError.textContent = `The report was not signed off: ${describeProblem(error)}`;
      formError.hidden = false;
      // Signed meanwhile by someone else, or no longer ready: the state line says what holds now.
      if (error instanceof StaffApiError && error.status === 409) void load();
    }
  };

  pdfButton.addEventListener('click', () => void download());
  signButton.addEventListener('click', () => {
    if (!vacancy) return;
    what.textContent = `You sign off the selection report of vacancy ${vacancy} as it stands now: its figures, the ranking and the chair’s recommendations. The signed PDF is kept with the vacancy’s documents, the sign-off is recorded in the panel’s history under your name, and the report no longer changes.`;
    formError.hidden = true;
    dialog.showModal();
    // The safe choice first: Enter does not sign.
    keep.focus();
  });
  keep.addEventListener('click', () => dialog.close());
  byId('report-sign-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void signOff();
  });

  return {
    /** Shows the report of `number` (HR), or hides the part (a panel member, or no panel). */
    show(number: string | undefined) {
      vacancy = number;
      report = undefined;
      section.hidden = number === undefined;
      state.textContent = '';
      signButton.hidden = true;
      if (number !== undefined) void load();
    },
  };
};
