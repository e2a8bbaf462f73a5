import { createHash } from 'node:crypto';
import type { Application } from '#shared/applications/application.js';
import { confirmationExpiry } from '#shared/applications/confirmation.js';
import type { ApplicationStore } from '#shared/applications/store.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

/**
 * Two applications whose address is not confirmed yet (issue 12, point 6): the grid shows them as
 * "unconfirmed", the vacancy switcher and the digests do not count them, and no reminder or NCB
 * digest is about them. Submitted an hour before the demo data was made, so each expires 71
 * hours after it, as a real one would; the retention purge then
 * removes it. Their status links (token `demo-unconfirmed-token-<n>`) show the page's notice.
 */
export const seedUnconfirmedApplications = async (applications: ApplicationStore, vacancies: Vacancy[], now: Date): Promise<number> => {
  const open = vacancies.filter((vacancy) => vacancy.status === 'open').slice(0, 2);
  const submittedAt = new Date(now.getTime() - 3600_000);
  const rows = open.map((vacancy, n): Application => {
    const at = submittedAt.toISOString();
    return {
      id: `0c0ffee0-0000-4000-8000-00000000000${n + 1}`,
      vacancy: vacancy.number,
      givenName: n === 0 ? 'Lucía' : 'Kwame',
      familyName: n === 0 ? 'Morales' : 'Mensah',
      email: n === 0 ? 'lucia.morales@policia.example' : 'kwame.mensah@police.example',
      nationality: n === 0 ? 'ES' : 'GH',
      category: 'law-enforcement',
      currentTitle: n === 0 ? 'Inspectora de Policía' : 'Chief Superintendent',
      homeAdministration: n === 0 ? 'Policía Nacional' : 'Ghana Police Service',
      yearsOfExperience: n === 0 ? 9 : 17,
      languages: n === 0 ? ['es', 'en'] : ['en', 'fr'],
      status: 'submitted',
      submittedAt: at,
      updatedAt: at,
      version: 1,
      privacyConsentAt: at,
      documents: {},
      statusTokenHash: createHash('sha256').update(`demo-unconfirmed-token-${n + 1}`).digest('hex'),
      emailConfirmation: {
        tokenHash: createHash('sha256').update(`demo-unconfirmed-confirmation-${n + 1}`).digest('hex'),
        expiresAt: confirmationExpiry(submittedAt).toISOString(),
      },
    };
  });
  for (const application of rows) {
    await applications.create(application, { at: application.submittedAt, by: 'candidate', action: 'submitted', changes: { status: { from: null, to: 'submitted' } } });
  }
  return rows.length;
};
