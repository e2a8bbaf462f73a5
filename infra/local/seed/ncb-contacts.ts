import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoNcbContacts } from '#functions/adapters/dynamodb/ncb-contacts.js';
import { languageOr } from '#shared/i18n/languages.js';
import type { NcbContact } from '#shared/ncb/contact.js';
import { memberCountryCodes } from '#shared/reference/countries.js';

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** A placeholder NCB address for every member country, so the local NCB digest can be seen in the mailbox. */
export const demoNcbContacts = (now: Date): NcbContact[] =>
  [...memberCountryCodes].map((country) => ({
    country,
    email: `ncb.${country.toLowerCase()}@ncb.secondment-hub.local`,
    name: `NCB ${names.of(country) ?? country} (demo)`,
    // The country's likely language when it is one of the four (Morocco Arabic, Mexico Spanish), else English.
    language: languageOr(new Intl.Locale(`und-${country}`).maximize().language),
    updatedAt: now.toISOString(),
    updatedBy: 'seed',
  }));

/**
 * Seeds the placeholder contacts when there are none at all: a data directory from before NCB
 * contacts existed gets them too, and one where an admin has edited them keeps the edits.
 */
export const seedNcbContacts = async (client: DynamoDBDocumentClient, tableName: string, now: Date): Promise<boolean> => {
  const store = dynamoNcbContacts(client, tableName);
  if ((await store.list()).length > 0) return false;
  await store.seed(demoNcbContacts(now));
  return true;
};
