import { listPublicVacancies } from '#shared/vacancies/catalogue.js';
import { vacancyListQuerySchema } from '#shared/vacancies/schema.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '../adapters/dynamodb/vacancy-store.js';
import { readConfig } from '../config.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';

const { TABLE_NAME } = readConfig(['TABLE_NAME']);
const vacancies = dynamoVacancyStore(createDocumentClient(), TABLE_NAME);

/** GET /vacancies: the open vacancies; `?status=all` for every published one. */
export const handler = httpHandler({ name: 'listVacancies', query: vacancyListQuerySchema }, async ({ query, now }) =>
  json(200, { items: await listPublicVacancies(vacancies, now, query.status) }),
);
