/**
 * One deployment's dialog on the Deployments tab (issue 18, point 6): the checklist (each item's
 * verdict, and HR records one done: the day, its expiry, a reference), the tour's days (editable
 * while preparing), the contact in the mission, the extensions (HR asks; the force's approver
 * decides a serving officer's, HR the others'), the return and the debrief (HR's only). Each part
 * is a small form of its own, sent at the version shown; the API's answer replaces what the dialog
 * and the roster show; a 409 shows the deployment as it stands; each problem is said beside its
 * field or under its form, in the page's language (the API words its problems in it; a rule's 422
 * beside its field through fieldProblemText).
 */
import type { ChecklistItem } from '#shared/deployment/deployment.js';
import { checklistItems } from '#shared/deployment/deployment.js';
import { checklistBodySchema, debriefBodySchema, editDeploymentBodySchema, extensionDecisionBodySchema, extensionRequestBodySchema, returnBodySchema } from '#shared/deployment/schema.js';
import { issueMessage, type ValidationIssue } from '#shared/i18n/validation.js';
import { append, byId, h } from '../../../pages/client/dom.js';
import { rich, t, words } from '../../../pages/client/words.js';
import { formatDay } from './labels.js';
import { showMessage } from './messages.js';
import { missionOrganisationLabel } from './mission-labels.js';
import { currentRowOf, describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';
import { extensionDecider, fieldProblemText, pendingExtension, stateOption, verdictOption, viewOf, type DeploymentView } from './deployment-types.js';

export type DeploymentPart = 'checklist' | 'days' | 'contact' | 'extension' | 'decision' | 'return' | 'debrief';

/** Who reads the dialog: HR (hr, admin) acts on every part; a force approver decides their officers' extensions. */
export interface DeploymentReader {
  hr: boolean;
  force: boolean;
}

type RequiredField = 'deploymentDay' | 'rotationDay' | 'on' | 'until' | 'reason' | 'notes' | 'decision' | 'name' | 'role' | 'email';
const requiredFields: readonly string[] = ['deploymentDay', 'rotationDay', 'on', 'until', 'reason', 'notes', 'decision', 'name', 'role', 'email'];

/** A schema's answer, as zod/mini's safeParse gives it. */
type Checked = { success: true; data: unknown } | { success: false; error: { issues: readonly ValidationIssue[] } };

interface PartSpec {
  fields: readonly string[];
  /** The body as the form holds it, checked with the API's schema; `also` a rule the schema leaves to the API that the page can say at once. */
  body(version: number): { checked: Checked; also?: { field: string; message: string } };
  request(deployment: DeploymentView): { method: 'POST' | 'PUT' | 'PATCH'; path: string };
}

/** The value of a form's named control, trimmed (a checked radio's for a group). */
const valueOf = (form: HTMLFormElement, name: string): string => {
  const control = form.elements.namedItem(name);
  if (control instanceof RadioNodeList) return control.value;
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement ? control.value.trim() : '';
};

const given = (entries: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== ''));

export const deploymentDialog = (reader: DeploymentReader, now: () => Date, saved: (deployment: DeploymentView) => void) => {
  const dialog = byId('deployment-dialog', HTMLDialogElement);
  const formOf = (part: DeploymentPart) => byId(`deployment-${part}-form`, HTMLFormElement);
  let shown: DeploymentView | undefined;

  const base = (deployment: DeploymentView) => `admin/deployments/${segment(deployment.id)}`;
  const parts: Record<DeploymentPart, PartSpec> = {
    checklist: {
      fields: ['on', 'expiresOn', 'reference'],
      body: (version) => {
        const form = formOf('checklist');
        return { checked: checklistBodySchema.safeParse({ version, ...given({ on: valueOf(form, 'on'), expiresOn: valueOf(form, 'expiresOn'), reference: valueOf(form, 'reference') }) }) };
      },
      request: (deployment) => ({ method: 'PUT', path: `${base(deployment)}/checklist/${segment(valueOf(formOf('checklist'), 'item'))}` }),
    },
    days: {
      fields: ['deploymentDay', 'rotationDay'],
      body: (version) => {
        const form = formOf('days');
        const days = given({ deploymentDay: valueOf(form, 'deploymentDay'), rotationDay: valueOf(form, 'rotationDay') });
        // Both days are asked: the form shows both, and an empty one is a day forgotten, not one kept.
        const body = { version, deploymentDay: days.deploymentDay ?? '', rotationDay: days.rotationDay ?? '' };
        const after = days.deploymentDay && days.rotationDay && days.rotationDay <= days.deploymentDay;
        return { checked: editDeploymentBodySchema.safeParse(body), ...(after ? { also: { field: 'rotationDay', message: t('admin.deployments.error.rotationAfter') } } : {}) };
      },
      request: (deployment) => ({ method: 'PATCH', path: base(deployment) }),
    },
    contact: {
      fields: ['name', 'role', 'email', 'phone'],
      body: (version) => {
        const form = formOf('contact');
        const contact = { name: valueOf(form, 'name'), role: valueOf(form, 'role'), email: valueOf(form, 'email'), ...given({ phone: valueOf(form, 'phone') }) };
        return { checked: editDeploymentBodySchema.safeParse({ version, contact }) };
      },
      request: (deployment) => ({ method: 'PATCH', path: base(deployment) }),
    },
    extension: {
      fields: ['until', 'reason'],
      body: (version) => {
        const form = formOf('extension');
        return { checked: extensionRequestBodySchema.safeParse({ version, until: valueOf(form, 'until'), reason: valueOf(form, 'reason') }) };
      },
      request: (deployment) => ({ method: 'POST', path: `${base(deployment)}/extensions` }),
    },
    decision: {
      fields: ['decision', 'note'],
      body: (version) => {
        const form = formOf('decision');
        return { checked: extensionDecisionBodySchema.safeParse({ version, decision: valueOf(form, 'decision'), ...given({ note: valueOf(form, 'note') }) }) };
      },
      request: (deployment) => ({ method: 'POST', path: `${base(deployment)}/extensions/${segment(pendingExtension(deployment)?.id ?? '')}/decision` }),
    },
    return: {
      fields: ['on', 'early', 'reason'],
      body: (version) => {
        const form = formOf('return');
        const early = byId('deployment-return-early', HTMLInputElement).checked;
        const reason = valueOf(form, 'reason');
        // Early is said only when ticked: the API reckons it from the day otherwise (a day before the rotation day).
        const checked = returnBodySchema.safeParse({ version, on: valueOf(form, 'on'), ...given({ reason }), ...(early ? { early: true } : {}) });
        return { checked, ...(early && !reason ? { also: { field: 'reason', message: t('admin.deployments.error.required', { field: 'reason' }) } } : {}) };
      },
      request: (deployment) => ({ method: 'POST', path: `${base(deployment)}/return` }),
    },
    debrief: {
      fields: ['on', 'notes'],
      body: (version) => {
        const form = formOf('debrief');
        return { checked: debriefBodySchema.safeParse({ version, on: valueOf(form, 'on'), notes: valueOf(form, 'notes') }) };
      },
      request: (deployment) => ({ method: 'POST', path: `${base(deployment)}/debrief` }),
    },
  };

  const fieldError = (part: DeploymentPart, field: string) => document.getElementById(`deployment-${part}-${field}-error`);
  const control = (part: DeploymentPart, field: string) => document.getElementById(`deployment-${part}-${field}`);
  const partError = (part: DeploymentPart) => byId(`deployment-${part}-error`, HTMLElement);

  const clearErrors = (part: DeploymentPart) => {
    partError(part).hidden = true;
    for (const field of parts[part].fields) {
      const shownError = fieldError(part, field);
      if (shownError) shownError.hidden = true;
      control(part, field)?.removeAttribute('aria-invalid');
    }
  };
  const showFieldErrors = (part: DeploymentPart, problems: ReadonlyMap<string, string>) => {
    let first: HTMLElement | undefined;
    for (const field of parts[part].fields) {
      const message = problems.get(field);
      const shownError = fieldError(part, field);
      if (message === undefined || !shownError) continue;
      shownError.textContent = message;
      shownError.hidden = false;
      const element = control(part, field);
      element?.setAttribute('aria-invalid', 'true');
      // A radio group is focused on its first choice.
      first ??= (element instanceof HTMLFieldSetElement ? (element.querySelector('input') ?? undefined) : (element ?? undefined)) as HTMLElement | undefined;
    }
    first?.focus();
  };
  const failPart = (part: DeploymentPart, message: string) => {
    const shownError = partError(part);
    shownError.textContent = message;
    shownError.hidden = false;
  };

  const name = (deployment: DeploymentView) => [deployment.officer.givenName, deployment.officer.familyName].filter(Boolean).join(' ');

  const item = (key: ChecklistItem, deployment: DeploymentView) => {
    const verdict = deployment.checklistVerdicts[key];
    const done = deployment.checklist[key];
    const badge = verdict === 'done' ? 'badge-ncb-validated' : verdict === 'missing' ? 'badge-ncb-declined' : 'badge-ncb-pending';
    return h(
      'li',
      { 'data-item': key, 'data-verdict': verdict },
      h('span', { class: `badge ${badge}` }, t('admin.deployments.checklistLine', { item: t('admin.deployments.item', { item: key }), verdict: t('admin.deployments.verdict', { verdict: verdictOption(verdict) }) })),
      done ? h('div', { class: 'hint' }, t('admin.deployments.checklist.doneOn', { date: formatDay(done.on) })) : false,
      done?.expiresOn ? h('div', { class: 'hint' }, t('admin.deployments.checklist.expires', { date: formatDay(done.expiresOn) })) : false,
      done?.reference ? h('div', { class: 'hint' }, ...rich('admin.deployments.checklist.reference', { reference: h('bdi', { dir: 'auto' }, done.reference) })) : false,
    );
  };

  /** The dialog drawn for `deployment`: each part's record, and the forms the reader and the state allow. */
  const draw = (deployment: DeploymentView) => {
    shown = deployment;
    const returned = deployment.returned !== undefined;
    const pending = pendingExtension(deployment);
    byId('deployment-heading', HTMLElement).textContent = t('admin.deployments.dialog.heading', { name: name(deployment) });
    byId('deployment-summary', HTMLElement).textContent = t('admin.deployments.dialog.summary', {
      mission: deployment.mission.name,
      organisation: missionOrganisationLabel(deployment.mission.organisation),
      call: deployment.call,
      state: t('admin.deployments.state', { state: stateOption(deployment.state) }),
    });
    byId('deployment-checklist-list', HTMLElement).replaceChildren(...checklistItems.map((key) => item(key, deployment)));
    byId('deployment-days-text', HTMLElement).textContent = t('admin.deployments.days.text', { from: formatDay(deployment.deploymentDay), until: formatDay(deployment.rotationDay) });
    byId('deployment-days-underway', HTMLElement).hidden = !reader.hr || deployment.state === 'preparing' || returned;
    const contact = deployment.contact;
    // The contact's parts joined as the page's language joins a list (Arabic with its own comma).
    const said = contact && { name: h('bdi', { dir: 'auto' }, contact.name), role: h('bdi', { dir: 'auto' }, contact.role), email: h('bdi', { dir: 'ltr' }, contact.email) };
    const contactText = byId('deployment-contact-text', HTMLElement);
    contactText.replaceChildren();
    append(
      contactText,
      ...(contact && said
        ? contact.phone
          ? rich('admin.deployments.contact.textWithPhone', { ...said, phone: h('bdi', { dir: 'ltr' }, contact.phone) })
          : rich('admin.deployments.contact.text', said)
        : [t('admin.deployments.contact.none')]),
    );
    byId('deployment-extensions-list', HTMLElement).replaceChildren(
      ...(deployment.extensions.length > 0
        ? deployment.extensions.map((extension) =>
            h(
              'li',
              { 'data-extension': extension.id, 'data-state': extension.state },
              h('div', {}, ...rich('admin.deployments.extensions.line', { state: extension.state, until: formatDay(extension.until), reason: h('bdi', { dir: 'auto' }, extension.reason) })),
              extension.note ? h('div', { class: 'hint' }, ...rich('admin.deployments.extensions.note', { note: h('bdi', { dir: 'auto' }, extension.note) })) : false,
            ),
          )
        : [h('li', {}, t('admin.deployments.extensions.none'))]),
    );
    const returnedRecord = deployment.returned;
    const returnText = byId('deployment-return-text', HTMLElement);
    returnText.replaceChildren();
    append(
      returnText,
      ...(returnedRecord
        ? rich('admin.deployments.return.text', { early: returnedRecord.early ? 'yes' : 'no', on: formatDay(returnedRecord.on), reason: h('bdi', { dir: 'auto' }, returnedRecord.reason ?? '') })
        : [t('admin.deployments.return.none')]),
    );
    byId('deployment-debrief-text', HTMLElement).textContent = deployment.debrief ? t('admin.deployments.debrief.text', { on: formatDay(deployment.debrief.on) }) : t('admin.deployments.debrief.none');

    const open: Record<DeploymentPart, boolean> = {
      checklist: reader.hr && !returned,
      days: reader.hr && deployment.state === 'preparing',
      contact: reader.hr && !returned,
      extension: reader.hr && !returned && !pending,
      decision: pending !== undefined && (extensionDecider(deployment) === 'force' ? reader.force : reader.hr),
      return: reader.hr && !returned && deployment.state !== 'preparing',
      debrief: reader.hr && returned && !deployment.debrief,
    };
    for (const part of Object.keys(open) as DeploymentPart[]) formOf(part).hidden = !open[part];
    byId('deployment-extension-force', HTMLElement).hidden = extensionDecider(deployment) !== 'force';
    if (pending) byId('deployment-decision-legend', HTMLElement).textContent = t('admin.deployments.decision', { until: formatDay(pending.until) });
  };

  /** Each form emptied and its problems cleared; the days and the contact filled with what is recorded. */
  const reset = (deployment: DeploymentView) => {
    for (const part of Object.keys(parts) as DeploymentPart[]) {
      formOf(part).reset();
      clearErrors(part);
    }
    byId('deployment-error', HTMLElement).hidden = true;
    byId('deployment-days-deploymentDay', HTMLInputElement).value = deployment.deploymentDay;
    byId('deployment-days-rotationDay', HTMLInputElement).value = deployment.rotationDay;
    byId('deployment-contact-name', HTMLInputElement).value = deployment.contact?.name ?? '';
    byId('deployment-contact-role', HTMLInputElement).value = deployment.contact?.role ?? '';
    byId('deployment-contact-email', HTMLInputElement).value = deployment.contact?.email ?? '';
    byId('deployment-contact-phone', HTMLInputElement).value = deployment.contact?.phone ?? '';
  };

  const submit = async (part: DeploymentPart, button: HTMLButtonElement) => {
    const deployment = shown;
    if (!deployment) return;
    clearErrors(part);
    const spec = parts[part];
    const { checked, also } = spec.body(deployment.version);
    if (!checked.success || also) {
      const problems = new Map<string, string>();
      const other: string[] = [];
      for (const issue of checked.success ? [] : checked.error.issues) {
        const field = fieldOfIssue(issue.path);
        if (!spec.fields.includes(field)) other.push(issueMessage(issue, words));
        else if (!problems.has(field)) {
          // A field left empty is named in the tab's words; a value the schema refuses (a malformed address), in the schema's.
          const empty = control(part, field) instanceof HTMLFieldSetElement ? valueOf(formOf(part), field) === '' : (control(part, field) as HTMLInputElement | null)?.value.trim() === '';
          problems.set(field, empty && requiredFields.includes(field) ? t('admin.deployments.error.required', { field: field as RequiredField }) : issueMessage(issue, words));
        }
      }
      if (also && !problems.has(also.field)) problems.set(also.field, also.message);
      showFieldErrors(part, problems);
      if (other.length > 0) failPart(part, other.join(' '));
      return;
    }
    const { method, path } = spec.request(deployment);
    button.disabled = true;
    try {
      const answer = await staffApi<{ deployment: DeploymentView }>(method, path, { json: checked.data });
      const next = viewOf(answer.deployment, now());
      reset(next);
      draw(next);
      saved(next);
      showMessage(t('admin.deployments.saved', { action: part }), 'success');
    } catch (problem) {
      const current = currentRowOf<DeploymentView>(problem);
      if (current && typeof current.version === 'number' && current.mission) {
        // The deployment as it stands now replaces the one shown, here and in the roster; the reader acts again on it.
        const next = viewOf(current, now());
        draw(next);
        saved(next);
        failPart(part, t('admin.deployments.changed', { name: name(next), version: next.version }));
      } else if (problem instanceof StaffApiError && (problem.status === 400 || problem.status === 422) && problem.errors.some((one) => spec.fields.includes(fieldOf(one.path)))) {
        const problems = new Map<string, string>();
        for (const one of problem.errors) if (spec.fields.includes(fieldOf(one.path)) && !problems.has(fieldOf(one.path))) problems.set(fieldOf(one.path), fieldProblemText(one, problem));
        showFieldErrors(part, problems);
      } else failPart(part, t('admin.deployments.failed', { reason: describeProblem(problem) }));
    } finally {
      button.disabled = false;
    }
  };

  for (const part of Object.keys(parts) as DeploymentPart[]) {
    const form = formOf(part);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void submit(part, byId(`deployment-${part}-save`, HTMLButtonElement));
    });
    form.addEventListener('input', (event) => {
      const field = (event.target as { name?: unknown } | null)?.name;
      if (typeof field !== 'string') return;
      const shownError = fieldError(part, field);
      if (shownError) shownError.hidden = true;
      control(part, field)?.removeAttribute('aria-invalid');
    });
  }
  byId('deployment-close', HTMLButtonElement).addEventListener('click', () => dialog.close());

  return {
    /** The dialog on a deployment, read afresh from the API (the roster's row holds less than the record). */
    async open(id: string) {
      try {
        const answer = await staffApi<{ deployment: DeploymentView }>('GET', `admin/deployments/${segment(id)}`);
        const deployment = viewOf(answer.deployment, now());
        reset(deployment);
        draw(deployment);
        if (!dialog.open) dialog.showModal();
        byId('deployment-close', HTMLButtonElement).focus();
      } catch (problem) {
        showMessage(t('admin.deployments.loadFailed', { reason: describeProblem(problem) }), 'error');
      }
    },
  };
};

/** A field problem's path as the API names it (`body.contact.email`, `body.until`): the field's own name. */
const fieldOf = (path: string): string => path.replace(/^body\./, '').replace(/^contact\./, '');
/** A schema issue's path (`['contact', 'email']`, `['until']`): the field's own name. */
const fieldOfIssue = (path: readonly PropertyKey[] = []): string => String(path[0] === 'contact' ? (path[1] ?? '') : (path[0] ?? ''));
