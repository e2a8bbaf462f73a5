import { openWithStatusToken } from '#shared/applications/access.js';
import { uploadRequestSchema } from '#shared/documents/schema.js';
import { offerDocumentUpload } from '#shared/documents/uploads.js';
import { dynamoApplicationStore } from '../adapters/dynamodb/application-store.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '../adapters/dynamodb/vacancy-store.js';
import { createS3Client } from '../adapters/s3/client.js';
import { s3UploadOffers } from '../adapters/s3/upload-offers.js';
import { readConfig } from '../config.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { documentPathSchema } from './document-path.js';

const { TABLE_NAME, DOCUMENTS_BUCKET, S3_FORCE_PATH_STYLE } = readConfig(['TABLE_NAME', 'DOCUMENTS_BUCKET', 'S3_FORCE_PATH_STYLE']);
const table = createDocumentClient();
const applications = dynamoApplicationStore(table, TABLE_NAME);
const vacancies = dynamoVacancyStore(table, TABLE_NAME);
const offers = s3UploadOffers(createS3Client({ forcePathStyle: S3_FORCE_PATH_STYLE }), DOCUMENTS_BUCKET);

/** POST /applications/{id}/documents/{kind} with the status token: a fresh presigned POST for that document. */
export const handler = httpHandler(
  { name: 'requestDocumentUpload', path: documentPathSchema, body: uploadRequestSchema },
  async ({ path, body, event, now }) => {
    const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
    return json(201, await offerDocumentUpload({ vacancies, offers }, application, path.kind, body.contentType, now));
  },
);
