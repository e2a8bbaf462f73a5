import { randomUUID } from 'node:crypto';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { newStatusToken } from '#shared/applications/secrets.js';
import { idempotencyKeySchema, submitApplication } from '#shared/applications/submit.js';
import { applicationReceipt } from '#shared/email/templates/application-receipt.js';
import { ValidationFailed } from '#shared/errors.js';
import { dynamoApplicationStore } from '../adapters/dynamodb/application-store.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '../adapters/dynamodb/vacancy-store.js';
import { createS3Client } from '../adapters/s3/client.js';
import { s3UploadOffers } from '../adapters/s3/upload-offers.js';
import { createSesClient } from '../adapters/ses/client.js';
import { sesEmailSender } from '../adapters/ses/email-sender.js';
import { readConfig } from '../config.js';
import { headerValue } from '../http/headers.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { initialUploadOffers } from './initial-upload-offers.js';

const { TABLE_NAME, DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE, EMAIL_FROM, PUBLIC_BASE_URL } = readConfig([
  'TABLE_NAME',
  'DOCUMENTS_BUCKET',
  'S3_FORCE_PATH_STYLE',
  'EMAIL_FROM',
  'PUBLIC_BASE_URL',
]);
const documents = createDocumentClient();
const applications = dynamoApplicationStore(documents, TABLE_NAME);
const vacancies = dynamoVacancyStore(documents, TABLE_NAME);
const email = sesEmailSender(createSesClient(), EMAIL_FROM);
const offers = s3UploadOffers(createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE }), DOCUMENTS_BUCKET);

const idempotencyKeyOf = (headers: Parameters<typeof headerValue>[0]): string | undefined => {
  const raw = headerValue(headers, 'idempotency-key');
  if (raw === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(raw);
  if (!parsed.success) throw new ValidationFailed([{ path: 'headers.Idempotency-Key', message: parsed.error.issues[0]?.message ?? 'Invalid.' }]);
  return parsed.data;
};

/** POST /applications: the application, its status token, and where to upload its documents. */
export const handler = httpHandler({ name: 'submitApplication', body: applicationSubmissionSchema }, async ({ body, event, now, logger }) => {
  const submitted = await submitApplication(
    { vacancies, applications, newApplicationId: randomUUID, newStatusToken },
    body,
    now,
    idempotencyKeyOf(event),
  );
  const { application, vacancy, statusToken } = submitted;
  if (submitted.outcome === 'created') {
    const statusLink = `${PUBLIC_BASE_URL}/status#id=${application.id}&token=${statusToken}`;
    // The application stands even if the receipt cannot be sent now; the answer carries the same link.
    await email.send(applicationReceipt({ application, vacancy, statusLink })).catch((error: Error) => {
      logger.warn('receipt not sent', { applicationId: application.id, error: error.name });
    });
  }
  return json(
    201,
    { applicationId: application.id, statusToken, uploads: await initialUploadOffers(offers, application.id, now) },
    { Location: `/applications/${application.id}`, ...(submitted.outcome === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}) },
  );
});
