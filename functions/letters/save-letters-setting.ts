import { lettersPathSchema } from '#shared/letters/requests.js';
import { saveLettersSetting } from '#shared/letters/save-setting.js';
import { settingBodySchema } from '#shared/letters/settings.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { letterDependencies } from './letter-stores.js';

/** PUT /admin/letters/{vacancy}/settings: HR turns automatic letters on or off for the vacancy (audited). */
export const handler = staffHandler({ name: 'saveLettersSetting', path: lettersPathSchema, body: settingBodySchema }, async ({ principal, path, body, now }) =>
  json(200, await saveLettersSetting(letterDependencies(), principal, path.vacancy, body, now)),
);
