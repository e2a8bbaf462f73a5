import { getPublicVacancy } from '#shared/vacancies/catalogue.js';
import { vacancyPathSchema } from '#shared/vacancies/schema.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '../adapters/dynamodb/vacancy-store.js';
import { readConfig } from '../config.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';

const { TABLE_NAME } = readConfig(['TABLE_NAME']);
const vacancies = dynamoVacancyStore(createDocumentClient(), TABLE_NAME);

/** GET /vacancies/{number}: one published vacancy, or 404. */
export const handler = httpHandler({ name: 'getVacancy', path: vacancyPathSchema }, async ({ path, now }) =>
  json(200, await getPublicVacancy(vacancies, path.number, now)),
);
