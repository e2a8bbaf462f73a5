/**
 * What HR (and a force's approver, for its extension decisions) sends about a deployment (issue
 * 18, point 6; docs/sending.md "Deployments"). Unknown fields are refused (strict objects); each
 * change carries the version read.
 */
import * as z from '../zod.js';
import { note } from '../admin/application-edit.js';
import { email } from '../applications/schema.js';
import { isoDate, singleLine } from '../text.js';
import { checklistItems, deploymentStates } from './deployment.js';

const version = z.int().check(z.minimum(1));
const id = z.uuid('Not an id.');
/** A text that must say something; `message` says what is missing. */
const text = (message: string) => note.check(z.refine((value) => value.trim() !== '', message));

/** `/admin/deployments/{id}` (the application's id). */
export const deploymentPathSchema = z.strictObject({ id });
/** `/admin/deployments/{id}/checklist/{item}`. */
export const checklistPathSchema = z.strictObject({ id, item: z.enum(checklistItems, 'vetting, medical, hostileEnvironmentTraining or insurance.') });
/** `/admin/deployments/{id}/extensions/{extensionId}/decision`. */
export const extensionPathSchema = z.strictObject({ id, extensionId: id });

/** `POST /admin/deployments`: a selected officer's tour, from the first day in mission to the last. */
export const startDeploymentBodySchema = z.strictObject({ applicationId: id, deploymentDay: isoDate, rotationDay: isoDate });
export type StartDeploymentBody = z.infer<typeof startDeploymentBodySchema>;

export const inMissionContactSchema = z.strictObject({
  name: singleLine(120),
  role: singleLine(120),
  email,
  phone: z.optional(singleLine(40).check(z.regex(/^\+?[0-9 ()-]{4,40}$/, 'Digits, spaces, brackets and hyphens, with an optional leading +.'))),
});

/** `PATCH /admin/deployments/{id}`: the days (while preparing), the in-mission contact. */
export const editDeploymentBodySchema = z.strictObject({ version, deploymentDay: z.optional(isoDate), rotationDay: z.optional(isoDate), contact: z.optional(inMissionContactSchema) });
export type EditDeploymentBody = z.infer<typeof editDeploymentBodySchema>;

/** `PUT .../checklist/{item}`: the day it was done, when it stops covering the officer, its reference. */
export const checklistBodySchema = z.strictObject({ version, on: isoDate, expiresOn: z.optional(isoDate), reference: z.optional(singleLine(120)) });
export type ChecklistBody = z.infer<typeof checklistBodySchema>;

/** `POST .../extensions`: the new last day asked, and why. */
export const extensionRequestBodySchema = z.strictObject({ version, until: isoDate, reason: text('A reason is required.') });
export type ExtensionRequestBody = z.infer<typeof extensionRequestBodySchema>;

/** `POST .../extensions/{extensionId}/decision`. */
export const extensionDecisionBodySchema = z.strictObject({ version, decision: z.enum(['approved', 'refused'], 'approved or refused.'), note: z.optional(note) });
export type ExtensionDecisionBody = z.infer<typeof extensionDecisionBodySchema>;

/** `POST .../return`: the day the officer came back; early (before the rotation day) says why. */
export const returnBodySchema = z.strictObject({ version, on: isoDate, early: z.optional(z.boolean()), reason: z.optional(note) });
export type ReturnBody = z.infer<typeof returnBodySchema>;

/** `POST .../debrief`: the day it was held and the unit's notes (internal). */
export const debriefBodySchema = z.strictObject({ version, on: isoDate, notes: text('The debrief’s notes are required.') });
export type DebriefBody = z.infer<typeof debriefBodySchema>;

/** `GET /admin/deployments?state=&call=`. */
export const rosterQuerySchema = z.strictObject({ state: z.optional(z.enum(deploymentStates)), call: z.optional(singleLine(40)) });
export type RosterQuery = z.infer<typeof rosterQuerySchema>;

/** `GET /admin/deployments/report?from=&until=`. */
export const reportQuerySchema = z
  .strictObject({ from: z.optional(isoDate), until: z.optional(isoDate) })
  .check(z.refine((query) => query.from === undefined || query.until === undefined || query.from <= query.until, { message: 'from must not fall after until.', path: ['from'] }));
export type ReportQuery = z.infer<typeof reportQuerySchema>;
