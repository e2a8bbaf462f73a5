/**
 * Short-term proposals written through the API, as an NCB officer makes them: the proposal, then each
 * document under its presigned POST (straight to the local bucket) and its `complete`. For browser
 * suites that need a proposal on the page before they start (its list row, HR's grid and dialogs).
 */
import { randomUUID } from 'node:crypto';
import type { LocalStack } from '#infra/local/stack.js';
import { pdfBytes } from './documents.js';
import { staffClient, type StaffIdentity } from './staff.js';

/** The body of POST /admin/proposals for an officer of the NCB's country; `over` replaces parts of it. */
export const proposalBody = (country: string, over: { givenName?: string; familyName?: string; email?: string } = {}) => ({
  officer: {
    givenName: over.givenName ?? 'Claire',
    familyName: over.familyName ?? 'Martin',
    email: over.email ?? `officer.${randomUUID().slice(0, 8)}@police.example`,
    nationality: country,
    rank: 'Commissaire de police',
    homeAdministration: 'Police nationale',
    yearsOfExperience: 14,
    education: 'master',
    languages: ['fr', 'en'],
    languageLevels: { fr: 'C2', en: 'B2' },
    preferredLanguage: 'fr',
  },
  offer: { areas: ['cybercrime', 'forensics'], availableFrom: '2027-03-01', durationMonths: 12 },
  screening: { clearance: 'Enhanced', screenedOn: '2026-11-20' },
});

/** Proposes an officer as `ncb`, and with `documents` attaches both documents, which opens it to HR; answers its id. */
export const seedProposal = async (stack: Pick<LocalStack, 'url'>, ncb: StaffIdentity, options: { documents: boolean; givenName?: string; familyName?: string }): Promise<string> => {
  if (!ncb.country) throw new Error(`${ncb.email} is no NCB officer of a country`);
  const call = await staffClient(stack, ncb);
  const proposed = await call('POST', '/admin/proposals', proposalBody(ncb.country, { givenName: options.givenName, familyName: options.familyName }), { 'Idempotency-Key': randomUUID() });
  if (proposed.status !== 201) throw new Error(`POST /admin/proposals answered ${proposed.status}: ${JSON.stringify(proposed.body)}`);
  const id = String((proposed.body.proposal as { id: string }).id);
  if (!options.documents) return id;
  for (const kind of ['cv', 'confirmationLetter']) {
    const offer = await call('POST', `/admin/proposals/${id}/documents/${kind}`, { contentType: 'application/pdf' });
    if (offer.status !== 201 && offer.status !== 200) throw new Error(`the ${kind} offer answered ${offer.status}: ${JSON.stringify(offer.body)}`);
    const { url, fields } = offer.body as { url: string; fields: Record<string, string> };
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([Buffer.from(pdfBytes(kind))], { type: 'application/pdf' }));
    const stored = await fetch(url, { method: 'POST', body: form });
    if (!stored.ok) throw new Error(`the bucket refused the ${kind}: ${stored.status} ${await stored.text()}`);
    const completed = await call('POST', `/admin/proposals/${id}/documents/${kind}/complete`, { key: fields.key });
    if (completed.status !== 200) throw new Error(`the ${kind}'s complete answered ${completed.status}: ${JSON.stringify(completed.body)}`);
  }
  return id;
};
