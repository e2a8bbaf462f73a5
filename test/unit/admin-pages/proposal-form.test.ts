import { describe, expect, it } from 'vitest';
import { translatorFor } from '#shared/i18n/catalogues/index.js';
import { checkProposal, fieldErrorsFromProblem, fieldOfPath, proposalInput, type ProposalFormValues } from '#functions/admin/pages/client/proposal-check.js';
import { proposalNeeds } from '#functions/admin/pages/client/proposal-words.js';
import { takesProposals, vacancyDraftFromProposal } from '#functions/admin/pages/client/proposal-vacancy.js';
import { checkVacancy } from '#functions/admin/pages/client/vacancy-form.js';

const english = translatorFor('en');
const french = translatorFor('fr');

/** The form as a French NCB fills it in for one of its officers. */
const filled = (over: Partial<ProposalFormValues> = {}): ProposalFormValues => ({
  givenName: 'Claire',
  familyName: 'Martin',
  email: 'claire.martin@interieur.example',
  nationality: 'FR',
  rank: 'Commissaire de police',
  homeAdministration: 'Police nationale',
  yearsOfExperience: '14',
  education: 'master',
  preferredLanguage: 'fr',
  languages: ['fr', 'en'],
  languageLevels: { fr: 'C2', en: 'B2' },
  areas: ['cybercrime', 'forensics'],
  availableFrom: '2027-03-01',
  durationMonths: '12',
  note: '',
  clearance: 'Enhanced',
  screenedOn: '2026-11-20',
  ...over,
});

describe('the NCB’s proposal form as the API’s body', () => {
  it('sends the officer, the offer and the screening as POST /admin/proposals takes them, numbers as numbers', () => {
    const checked = checkProposal(filled(), english);

    expect(checked).toEqual({
      ok: true,
      body: {
        officer: {
          givenName: 'Claire',
          familyName: 'Martin',
          email: 'claire.martin@interieur.example',
          nationality: 'FR',
          rank: 'Commissaire de police',
          homeAdministration: 'Police nationale',
          yearsOfExperience: 14,
          education: 'master',
          languages: ['fr', 'en'],
          languageLevels: { fr: 'C2', en: 'B2' },
          preferredLanguage: 'fr',
        },
        offer: { areas: ['cybercrime', 'forensics'], availableFrom: '2027-03-01', durationMonths: 12 },
        screening: { clearance: 'Enhanced', screenedOn: '2026-11-20' },
      },
    });
  });

  it('reads years typed in Arabic-Indic digits, and sends no family name for an officer with one name, nor an empty note', () => {
    const input = proposalInput(filled({ yearsOfExperience: '١٤', familyName: '  ', note: '' }));

    expect(input.officer).toMatchObject({ yearsOfExperience: 14 });
    expect(input.officer).not.toHaveProperty('familyName');
    expect(input.offer).not.toHaveProperty('note');
  });

  it('asks for each empty field by name, addressed to the NCB about its officer, in the page’s language, in page order', () => {
    const checked = checkProposal(filled({ givenName: '', nationality: '', areas: [], screenedOn: '', clearance: '' }), french);

    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual([
      { field: 'givenName', message: 'Saisissez le prénom de l’agent.' },
      { field: 'nationality', message: 'Choisissez la nationalité de l’agent.' },
      { field: 'areas', message: 'Cochez au moins une unité ou un domaine de criminalité.' },
      { field: 'clearance', message: 'Choisissez le niveau d’enquête que votre BCN atteste.' },
      { field: 'screenedOn', message: 'Saisissez la date de l’enquête.' },
    ]);
  });

  it('names each language chosen without a level, as the candidate form does', () => {
    const checked = checkProposal(filled({ languages: ['fr', 'en', 'es'], languageLevels: { fr: 'C2' } }), french);

    expect(checked).toEqual({ ok: false, errors: [{ field: 'languageLevels', message: 'Choisissez le niveau de l’agent en anglais et espagnol.' }] });
  });

  it('refuses a duration outside 6 to 36 months and a word for years, with the schema’s words beside the field', () => {
    const checked = checkProposal(filled({ durationMonths: '48', yearsOfExperience: 'many' }), english);

    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual([
      { field: 'yearsOfExperience', message: 'Enter a whole number, such as 12.' },
      { field: 'durationMonths', message: 'A short-term secondment runs at most 36 months.' },
    ]);
  });

  it('places the API’s errors beside the same fields, and one of no field above the form', () => {
    expect(fieldOfPath(['officer', 'languageLevels', 'fr'])).toBe('languageLevels');
    expect(fieldOfPath(['offer', 'areas', 0])).toBe('areas');
    expect(fieldOfPath(['screening', 'screenedOn'])).toBe('screenedOn');
    expect(fieldOfPath(['officer', 'areas'])).toBe('form');
    expect(
      fieldErrorsFromProblem([
        { path: 'body.screening.screenedOn', message: 'La date de l’enquête est dans le futur.' },
        { path: 'body.officer.email', message: 'Adresse électronique non valide.' },
        { path: 'body', message: 'Champ inconnu : rank2.' },
      ]),
    ).toEqual([
      { field: 'form', message: 'Champ inconnu : rank2.' },
      { field: 'email', message: 'Adresse électronique non valide.' },
      { field: 'screenedOn', message: 'La date de l’enquête est dans le futur.' },
    ]);
  });
});

const proposal = {
  state: 'incomplete' as const,
  documents: {},
  lapsesAt: '2027-03-07T09:00:00.000Z',
  offer: { areas: ['cybercrime' as const], availableFrom: '2027-03-01', durationMonths: 12 },
  screening: { clearance: 'Enhanced' as const, screenedOn: '2026-11-20' },
};
const received = { contentType: 'application/pdf' as const, size: 1000, receivedAt: '2026-12-07T09:00:00.000Z' };

describe('what a proposal still needs', () => {
  it('waits for the NCB’s documents until both are in, then for HR until it lapses', () => {
    expect(proposalNeeds(proposal)).toEqual({ from: 'ncb', documents: ['cv', 'confirmationLetter'] });
    expect(proposalNeeds({ ...proposal, documents: { cv: received } })).toEqual({ from: 'ncb', documents: ['confirmationLetter'] });
    expect(proposalNeeds({ ...proposal, state: 'open', documents: { cv: received, confirmationLetter: received } })).toEqual({ from: 'hr', until: '2027-03-07T09:00:00.000Z' });
  });

  it('needs nothing once matched or closed, and says why it closed', () => {
    const match = { vacancyNumber: '1780', applicationId: 'a', matchedAt: '2026-12-08T09:00:00.000Z', matchedBy: 'hr@x' };
    expect(proposalNeeds({ ...proposal, state: 'matched', match })).toEqual({ from: 'nobody', matched: '1780' });
    const closed = { at: '2026-12-09T09:00:00.000Z', by: 'hr@x', reason: 'No unit needs forensics this year.' };
    expect(proposalNeeds({ ...proposal, state: 'declined', closed })).toEqual({ from: 'nobody', closedAt: closed.at, reason: closed.reason });
    expect(proposalNeeds({ ...proposal, state: 'lapsed' })).toEqual({ from: 'nobody', closedAt: proposal.lapsesAt });
  });
});

describe('a short-term vacancy drafted from a proposal', () => {
  const draft = vacancyDraftFromProposal(proposal, { today: '2026-12-07', areasTitle: 'Short-term secondment: Cybercrime', areasUnit: 'Cybercrime' });

  it('takes the proposal’s areas, duration and attested level, published today and open, short-term, one post', () => {
    expect(draft).toMatchObject({
      title: 'Short-term secondment: Cybercrime',
      unit: 'Cybercrime',
      durationMonths: '12',
      clearance: 'Enhanced',
      secondmentType: 'short-term',
      posts: '1',
      status: 'open',
      publishedAt: '2026-12-07',
      deadline: '2027-01-06',
    });
  });

  it('is checked by the vacancy form’s schema: HR gives the number, the reporting line and the grade, and then it passes', () => {
    const incomplete = checkVacancy(draft);
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) expect([...incomplete.errors.keys()].sort()).toEqual(['grade', 'number', 'reportingTo']);

    const completed = checkVacancy({ ...draft, number: '1780', reportingTo: 'Director, Cybercrime', grade: 'P3' });
    expect(completed.ok).toBe(true);
  });

  it('offers only a published short-term vacancy to match', () => {
    expect(takesProposals({ secondmentType: 'short-term', status: 'open' })).toBe(true);
    expect(takesProposals({ secondmentType: 'short-term', status: 'draft' })).toBe(false);
    expect(takesProposals({ secondmentType: 'regular', status: 'open' })).toBe(false);
  });
});
