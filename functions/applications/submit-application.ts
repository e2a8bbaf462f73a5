import { randomUUID } from 'node:crypto';
import { candidateMayUpload } from '#shared/applications/status-view.js';
import { newStatusToken } from '#shared/applications/secrets.js';
import { idempotencyKeySchema, submitApplication } from '#shared/applications/submit.js';
import { deliverReceipt } from '#shared/applications/pending-receipt.js';
import { ValidationFailed } from '#shared/errors.js';
import { negotiateLanguage } from '#shared/i18n/negotiate.js';
import { headerValue } from '../http/headers.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { initialUploadOffers } from './initial-upload-offers.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { receiptStores } from '../stores/receipt-stores.js';
import { tableStores } from '../stores/table-stores.js';
import { stageProfile } from '../profile.js';

const { applications, vacancies } = tableStores();
const { offers } = documentsBucket();
const receiptDeps = receiptStores();
// The stage's profile says who may apply and what they tell of their status (shared/profiles/).
const { applicationSubmission } = stageProfile();

const idempotencyKeyOf = (headers: Parameters<typeof headerValue>[0]): string | undefined => {
  const raw = headerValue(headers, 'idempotency-key');
  if (raw === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(raw);
  if (!parsed.success) throw new ValidationFailed([{ path: 'headers.Idempotency-Key', message: parsed.error.issues[0]?.message ?? 'Invalid.' }]);
  return parsed.data;
};

/** POST /applications: the application, its status token, and where to upload its documents. */
export const handler = httpHandler({ name: 'submitApplication', body: applicationSubmission }, async ({ body, event, now, logger, signal }) => {
  const submitted = await submitApplication(
    { vacancies, applications, newApplicationId: randomUUID, newStatusToken, abandoned: signal },
    body,
    now,
    idempotencyKeyOf(event),
    // A body that names no language gets the one the browser asks for (English by default).
    negotiateLanguage({ acceptLanguage: headerValue(event, 'accept-language') }),
  );
  const { application, vacancy, statusToken } = submitted;
  if (submitted.outcome === 'created') {
    // The application stands even if the receipt cannot be sent now: it is owed in the outbox,
    // and the pending-receipts job sends it; the answer carries the same link meanwhile.
    const receipt = { applicationId: application.id, submittedAt: application.submittedAt, statusToken, confirmationToken: submitted.confirmationToken };
    await deliverReceipt(receiptDeps, receipt, now, { application, vacancy }).then(
      (outcome) => outcome !== 'sent' && logger.info('receipt not sent now', { applicationId: application.id, outcome }),
      (error: Error) => logger.warn('receipt not sent now', { applicationId: application.id, error: error.name }),
    );
  }
  // The answer is the same whether or not the address applied before; the confirmation token is never in it.
  // A replay after the deadline (or of a withdrawn application) gets no offers: nothing more can be uploaded.
  const uploads = candidateMayUpload(application, vacancy, now) ? await initialUploadOffers(offers, application.id, now) : {};
  return json(
    201,
    { applicationId: application.id, statusToken, uploads },
    { Location: `/applications/${application.id}`, ...(submitted.outcome === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}) },
  );
});
