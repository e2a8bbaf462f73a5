import { createHash } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { receivedKey } from '#shared/documents/keys.js';
import { PDF, type ReceivedDocument } from '#shared/documents/kinds.js';
import { lapsesAt } from '#shared/proposals/lapse.js';
import type { Proposal, ProposalDocumentKind } from '#shared/proposals/proposal.js';
import type { ProposalStore } from '#shared/proposals/store.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { onePagePdf } from './one-page-pdf.js';

const uuidOf = (text: string) => {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

export interface DemoProposalTargets {
  proposals: Pick<ProposalStore, 'create' | 'update'>;
  s3: S3Client;
  bucket: string;
  /** The stage's open period (PROPOSAL_OPEN_DAYS on the local stack). */
  openDays: number;
}

/**
 * Two short-term proposals for `npm start` (issue 15, point 7): Spain's NCB proposed an officer
 * with both documents in (open: HR can match it to 1702 or 1704, or decline it), and Morocco's
 * one still waiting for its documents (incomplete: its NCB sees what is missing). Proposed a few
 * days before the demo data was made, through the store, with their audit entries.
 */
export const seedDemoProposals = async (targets: DemoProposalTargets, now: Date): Promise<number> => {
  const today = dateIn(now, 'UTC');
  const document = async (id: string, kind: ProposalDocumentKind, label: string, at: string): Promise<ReceivedDocument> => {
    const bytes = onePagePdf(label);
    const key = receivedKey(id, kind, uuidOf(`${id}-${kind}`));
    await targets.s3.send(new PutObjectCommand({ Bucket: targets.bucket, Key: key, Body: bytes, ContentType: PDF }));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { key, contentType: PDF, size: bytes.length, sha256, receivedAt: at, suppliedBy: 'ncb' };
  };
  const proposal = (id: string, country: string, proposedBy: string, daysAgo: number, body: Pick<Proposal, 'officer' | 'offer' | 'screening'>): Proposal => {
    const proposedAt = new Date(now.getTime() - daysAgo * 24 * 3600_000);
    const at = proposedAt.toISOString();
    return { ...body, id, country, state: 'incomplete', documents: {}, proposedBy, proposedAt: at, lapsesAt: lapsesAt(proposedAt, targets.openDays).toISOString(), updatedAt: at, version: 1 };
  };

  const spain = proposal(uuidOf('demo-proposal-ES'), 'ES', 'ncb.madrid@policia.es.example', 3, {
    officer: {
      givenName: 'Lucía',
      familyName: 'Fernández Ruiz',
      email: 'lucia.fernandez@policia.es.example',
      nationality: 'ES',
      rank: 'Inspectora jefe',
      homeAdministration: 'Policía Nacional',
      yearsOfExperience: 12,
      education: 'master',
      languages: ['es', 'en', 'fr'],
      languageLevels: { es: 'C2', en: 'C1', fr: 'B2' },
      preferredLanguage: 'es',
    },
    offer: { areas: ['cybercrime', 'financialCrime'], availableFrom: addDays(today, 60), durationMonths: 12, note: 'Experta en criptoactivos y blanqueo de capitales.' },
    screening: { clearance: 'Enhanced', screenedOn: addDays(today, -40) },
  });
  const morocco = proposal(uuidOf('demo-proposal-MA'), 'MA', 'ncb.rabat@dgsn.ma.example', 1, {
    officer: {
      givenName: 'Youssef',
      familyName: 'El Amrani',
      email: 'youssef.elamrani@dgsn.ma.example',
      nationality: 'MA',
      rank: 'Commissaire divisionnaire',
      homeAdministration: 'Direction Générale de la Sûreté Nationale',
      yearsOfExperience: 18,
      education: 'bachelor',
      languages: ['ar', 'fr', 'en'],
      languageLevels: { ar: 'C2', fr: 'C2', en: 'B2' },
      preferredLanguage: 'ar',
    },
    offer: { areas: ['counterTerrorism', 'criminalIntelligence'], availableFrom: addDays(today, 30), durationMonths: 24 },
    screening: { clearance: 'Basic', screenedOn: addDays(today, -10) },
  });

  await targets.proposals.create(spain, { at: spain.proposedAt, by: spain.proposedBy, action: 'proposed', changes: { state: { from: null, to: 'incomplete' } } });
  const sentAt = new Date(Date.parse(spain.proposedAt) + 3600_000).toISOString();
  const documents = {
    cv: await document(spain.id, 'cv', 'CV: Lucía Fernández Ruiz', sentAt),
    confirmationLetter: await document(spain.id, 'confirmationLetter', 'Carta de confirmación: Lucía Fernández Ruiz', sentAt),
  };
  await targets.proposals.update({ ...spain, documents, state: 'open', updatedAt: sentAt, version: 2 }, 1, {
    at: sentAt,
    by: spain.proposedBy,
    action: 'opened',
    changes: { documents: { from: null, to: ['cv', 'confirmationLetter'] }, state: { from: 'incomplete', to: 'open' } },
  });
  await targets.proposals.create(morocco, { at: morocco.proposedAt, by: morocco.proposedBy, action: 'proposed', changes: { state: { from: null, to: 'incomplete' } } });
  return 2;
};
