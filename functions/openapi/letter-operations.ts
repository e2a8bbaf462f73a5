/**
 * What the OpenAPI document says of the letters' routes (functions/letters/; issue 16, point 6;
 * docs/letters.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import { letterKindPathSchema, lettersPathSchema, previewQuerySchema } from '#shared/letters/requests.js';
import { settingBodySchema } from '#shared/letters/settings.js';

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const letterOperations = {
  lettersOverview: {
    summary: 'A vacancy’s letters: each kind, whether the job sends it by itself, and how many are due now',
    path: lettersPathSchema,
    answers: { 200: { schema: 'LettersOverview', description: 'Every kind, the interview invitation listed as the interviews’ own.' } },
    problems: ['not-found'],
  },
  saveLettersSetting: {
    summary: 'HR turns automatic letter kinds on or off for a vacancy (audited)',
    description: 'Kinds not named keep theirs; `revision` is the one read (0 when none was saved): 409 when stale. A kind turned off is sent only by the bulk send.',
    path: lettersPathSchema,
    body: settingBodySchema,
    bodyExample: { revision: 0, automatic: { 'not-retained': false } },
    answers: { 200: { schema: 'LettersSetting', description: 'The setting as stored.' } },
    problems: ['not-found', 'conflict'],
  },
  previewLetters: {
    summary: 'Who is due a letter of this kind, and the letter as one of them reads it, in their language',
    path: letterKindPathSchema,
    query: previewQuerySchema,
    answers: { 200: { schema: 'LetterPreview', description: 'The recipients by name, and the letter rendered (text and HTML).' } },
    problems: ['not-found'],
  },
  sendLetters: {
    summary: 'HR’s bulk send of a kind: every letter due and not yet sent, once each',
    description: 'Turned-off kinds too. A second run sends nothing already sent; one that failed (SES down) is sent by the next run or the job.',
    path: letterKindPathSchema,
    answers: { 200: { schema: 'LettersSent', description: 'What was sent, found sent already, suppressed or failed.' } },
    problems: ['not-found'],
  },
  previewCloseOut: {
    summary: 'What closing out the vacancy would end, and the not-retained letters it would send, by stage',
    path: lettersPathSchema,
    answers: { 200: { schema: 'CloseOutPreview', description: 'Counts only.' } },
    problems: ['not-found', 'conflict'],
  },
  closeOutVacancy: {
    summary: 'Close out a filled or closed vacancy: everyone still open rejected and told once',
    description: 'Each application its own audited move through the status machine; an offer outstanding is left alone. 409 for a vacancy still open. A second run finishes one cut short and doubles nothing.',
    path: lettersPathSchema,
    answers: { 200: { schema: 'CloseOutDone', description: 'How many were ended, and the letters’ counts.' } },
    problems: ['not-found', 'conflict'],
  },
} as const;
