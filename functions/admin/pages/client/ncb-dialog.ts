/** The NCB's decision on one application: validate or decline, attest the screening, and attach the confirmation letter. */
import { ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { attestedClearance, covers } from '#shared/applications/clearance.js';
import { countryName } from '#shared/i18n/format.js';
import { issueMessage } from '#shared/i18n/validation.js';
import { byId } from '../../../pages/client/dom.js';
import type { ApplicationRow } from './answers.js';
import { fullName } from './labels.js';
import { LetterNotSent, uploadLetter } from './letter-upload.js';
import { showMessage } from './messages.js';
import { currentRowOf, describeProblem, segment, staffApi } from './staff-api.js';
import { language, t, words } from '../../../pages/client/words.js';

/**
 * The NCB's screens speak the page's language (the switcher's, admin-words.ts): every text here
 * comes from the catalogues, the schema's messages through shared/i18n/validation.ts, the API's
 * problems in the same language (staff-api.ts sends it).
 */

/** Where the letter stands, in the dialog's words. */
const letterState = (row: Pick<ApplicationRow, 'documents' | 'letterAwaitsNcb'>): string => {
  const letter = row.documents.confirmationLetter;
  const state = !letter ? 'missing' : row.letterAwaitsNcb ? 'awaiting' : letter.confirmedByNcb ? 'confirmed' : (letter.suppliedBy ?? 'unknown');
  return t('admin.ncb.letterState', { state });
};

export const ncbDialog = (saved: (row: ApplicationRow) => void) => {
  const dialog = byId('ncb-dialog', HTMLDialogElement);
  const form = byId('ncb-form', HTMLFormElement);
  const error = byId('ncb-error', HTMLElement);
  const letter = byId('ncb-letter', HTMLInputElement);
  const save = byId('ncb-save', HTMLButtonElement);
  let row: ApplicationRow | undefined;
  const letterCopy = byId('ncb-letter-copy', HTMLElement);
  const confirmLetter = byId('ncb-confirm-letter', HTMLButtonElement);
  const letterUpload = byId('ncb-letter-upload', HTMLElement);
  const letterClosed = byId('ncb-letter-closed', HTMLElement);
  const showLetter = (next: ApplicationRow) => {
    byId('ncb-who', HTMLElement).textContent = t('admin.ncb.who', {
      name: fullName(next),
      country: countryName(language, next.nationality),
      vacancy: next.vacancy,
      letter: letterState(next),
    });
    letterCopy.hidden = !next.letterAwaitsNcb;
    // The API refuses a letter after the close: the dialog offers the upload only before it.
    letterUpload.hidden = !next.takesDocuments;
    letterClosed.hidden = next.takesDocuments;
  };

  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };

  byId('ncb-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
  // One action of its own: the candidate's copy counts once the NCB confirms it (POST .../confirmationLetter/confirm).
  confirmLetter.addEventListener('click', async () => {
    if (!row) return;
    error.hidden = true;
    confirmLetter.disabled = true;
    try {
      const confirmed = await staffApi<ApplicationRow>('POST', `admin/applications/${segment(row.id)}/documents/confirmationLetter/confirm`, { json: { version: row.version } });
      row = confirmed;
      saved(confirmed);
      showLetter(confirmed);
      showMessage(t('admin.ncb.copyConfirmed', { name: fullName(confirmed) }), 'success');
    } catch (problem) {
      const current = currentRowOf<ApplicationRow>(problem);
      if (current) {
        row = current;
        saved(current);
        showLetter(current);
        fail(t('admin.ncb.changedConfirm', { name: fullName(current), version: current.version }));
      } else fail(describeProblem(problem));
    } finally {
      confirmLetter.disabled = false;
    }
  });
  form.addEventListener('change', () => {
    error.hidden = true;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!row) return;
    error.hidden = true;
    const data = new FormData(form);
    const note = String(data.get('note') ?? '').trim();
    const validating = data.get('decision') === 'validated';
    const screenedOn = String(data.get('screenedOn') ?? '');
    // A validation attests the level the vacancy requires (never a lower one: the API refuses it), on a date.
    const decision = ncbDecisionSchema.safeParse({
      version: row.version,
      decision: data.get('decision'),
      ...(validating ? { clearance: row.requiredClearance, screenedOn } : {}),
      ...(note ? { note } : {}),
    });
    // The schema refuses it too, in the API's words; this says it in the dialog's.
    if (validating && !byId('ncb-attest', HTMLInputElement).checked) return fail(t('admin.ncb.attestNeeded', { clearance: row.requiredClearance }));
    if (validating && !screenedOn) return fail(t('admin.ncb.screenedOnNeeded'));
    if (!decision.success) return fail(decision.error.issues.map((issue) => issueMessage(issue, words)).join(' '));
    save.disabled = true;
    try {
      let current = row;
      const file = row.takesDocuments ? letter.files?.[0] : undefined;
      if (file) {
        current = await uploadLetter(current, file);
        saved(current);
      }
      const decided = await staffApi<ApplicationRow>('POST', `admin/applications/${segment(current.id)}/ncb`, {
        json: { ...decision.data, version: current.version },
      });
      saved(decided);
      dialog.close();
      showMessage(t('admin.ncb.saved', { name: fullName(decided), decision: decision.data.decision, letter: file ? 'attached' : 'none' }), 'success');
    } catch (problem) {
      const current = currentRowOf<ApplicationRow>(problem);
      if (current) {
        row = current;
        saved(current);
        fail(t('admin.ncb.changedSave', { name: fullName(current), version: current.version }));
      } else if (problem instanceof LetterNotSent) fail(t('admin.ncb.letterNotAttached', { reason: problem.message }));
      else fail(describeProblem(problem));
    } finally {
      save.disabled = false;
    }
  });

  return {
    open(next: ApplicationRow) {
      row = next;
      form.reset();
      error.hidden = true;
      showLetter(next);
      byId('ncb-attest-text', HTMLElement).textContent = t('admin.ncb.attest', { clearance: next.requiredClearance });
      byId('ncb-screened-on', HTMLInputElement).max = new Date().toISOString().slice(0, 10);
      if (next.ncbValidation) {
        const choice = form.querySelector<HTMLInputElement>(`input[name="decision"][value="${next.ncbValidation.decision}"]`);
        if (choice) choice.checked = true;
        // A validation stands for this vacancy only at its level: one below it is asked for again.
        const level = attestedClearance(next.ncbValidation);
        byId('ncb-attest', HTMLInputElement).checked = level !== undefined && covers(level, next.requiredClearance);
        if (next.ncbValidation.screenedOn) byId('ncb-screened-on', HTMLInputElement).value = next.ncbValidation.screenedOn;
      }
      dialog.showModal();
    },
  };
};
