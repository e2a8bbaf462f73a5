import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { DocumentKind } from '#shared/documents/kinds.js';

/** Each status in the candidate's words: a short name, and what it means for them. */
export const statusWords: Record<ApplicationStatus, { name: string; meaning: string }> = {
  submitted: { name: 'Received', meaning: 'We have your application. The recruitment team screens applications after the deadline.' },
  screening: { name: 'In screening', meaning: 'The recruitment team is reviewing applications.' },
  shortlisted: { name: 'Shortlisted', meaning: 'You are on the shortlist. We will contact you about the next steps.' },
  tested: { name: 'Written test taken', meaning: 'You have taken the written test. We will contact you about the next steps.' },
  interviewed: { name: 'Interviewed', meaning: 'You have been interviewed. We will let you know the outcome.' },
  offered: { name: 'Offer made', meaning: 'We have offered you the post. Your home administration and NCB will be told.' },
  appointed: { name: 'Appointed', meaning: 'You have been appointed to the post.' },
  rejected: { name: 'Not selected', meaning: 'Your application was not selected this time. Thank you for applying.' },
  withdrawn: { name: 'Withdrawn', meaning: 'You withdrew this application.' },
};

/** An application the organisation ended because the vacancy itself was cancelled: said as such, not as a selection. */
export const vacancyCancelledWords = {
  name: 'Vacancy cancelled',
  meaning: 'This vacancy has been cancelled, so no one will be selected for it and your application is closed. This says nothing about your application itself.',
};

/** Names short enough for a button: "Upload CV". */
export const shortDocumentNames: Record<DocumentKind, string> = {
  cv: 'CV',
  coverLetter: 'cover letter',
  confirmationLetter: 'confirmation letter',
};
