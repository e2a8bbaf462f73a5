import * as z from '#shared/zod.js';
import { listPublicVacancies } from '#shared/vacancies/catalogue.js';
import { vacancyNumber } from '#shared/vacancies/schema.js';
import { readConfig } from '../config.js';
import { httpHandler } from '../http/http-handler.js';
import { formPageScript, pageStyle } from './assets.js';
import { formView } from './form-view.js';
import { languageParameter, pageLanguage } from './page-language.js';
import { pageWords } from './page-words.js';
import { pageResponse } from './page-document.js';
import { stageProfile } from '../profile.js';
import { profileFormWords } from './profile-words.js';
import { vacancyStore } from '../stores/vacancy-store.js';

// DOCUMENTS_UPLOAD_ORIGIN: where the page's script posts documents, allowed by its CSP.
const { DOCUMENTS_UPLOAD_ORIGIN } = readConfig(['DOCUMENTS_UPLOAD_ORIGIN']);
const vacancies = vacancyStore();
// The stage's organisation, read once per container: who may apply and what they say of their status.
const profile = stageProfile();

/** A page takes links with other parameters (campaign tags and the like) and ignores them. */
const formQuery = z.object({ vacancy: z.catch(z.optional(vacancyNumber), undefined), lang: languageParameter });

/** GET /: the open vacancies and the application form, in the reader's language (`?lang=`, else Accept-Language). */
export const handler = httpHandler({ name: 'formPage', query: formQuery }, async ({ query, event, now }) => {
  const words = pageWords(pageLanguage(query.lang, event));
  return pageResponse({
    name: 'form',
    title: words.t('form.title'),
    main: formView(await listPublicVacancies(vacancies, now, 'open'), { selected: query.vacancy, words, profile }),
    script: formPageScript,
    style: pageStyle,
    connectSources: [DOCUMENTS_UPLOAD_ORIGIN],
    words,
    query: { vacancy: query.vacancy },
    footer: profileFormWords[profile.name].footer,
  });
});
