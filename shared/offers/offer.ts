/**
 * An offer of the post to one candidate (issue 16, point 7), kept on the application it is made
 * on (`Application.offer`). The offers capability (shared/offers/) makes, answers and ends it; the
 * letters (shared/letters/) read it to tell the candidate and their NCB. Absent on every
 * application not offered, and on items stored before offers existed.
 */
export interface Offer {
  madeAt: string;
  madeBy: string;
  /** The candidate answers by the end of this day (YYYY-MM-DD) in the vacancy's duty station. */
  answerBy: string;
  /** The secondment offered: when it would start and for how many months. */
  startsOn: string;
  months: number;
  /** What the home administration must confirm through the NCB, and by when (YYYY-MM-DD, the duty station's day). */
  homeConfirmation: HomeConfirmation;
  /** The candidate's answer; absent while the offer waits for it. */
  answer?: { decision: 'accepted' | 'declined'; at: string };
  /** Set when the answer-by day ended without an answer: the offer lapsed and freed its post. */
  lapsedAt?: string;
  /** The application HR offered the post after: set when the offer went to the next on the reserve list. */
  fromReserve?: true;
}

export interface HomeConfirmation {
  by: string;
  /** The terms the home administration confirms (shared/offers/terms.ts names them in four languages). */
  terms: readonly HomeConfirmationTerm[];
  /** Recorded by the NCB once the home administration confirmed, with who recorded it. */
  confirmedAt?: string;
  confirmedBy?: string;
  /** The home administration's letter, as the NCB uploaded it (checked like every document). */
  letter?: HomeConfirmationLetter;
}

/** The home administration's letter, kept under the application's documents (same retention). */
export interface HomeConfirmationLetter {
  key: string;
  contentType: string;
  size: number;
  sha256: string;
  receivedAt: string;
}

/**
 * What a home administration confirms for a secondment (About Secondments: it releases the
 * official for the period, and keeps paying salary, social insurance, pension and benefits, and
 * the travel and removal costs of arriving and leaving).
 */
export const homeConfirmationTerms = ['release-for-period', 'salary-and-benefits', 'travel-and-removal', 'duty-station-conditions'] as const;
export type HomeConfirmationTerm = (typeof homeConfirmationTerms)[number];
