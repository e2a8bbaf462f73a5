import type { SecondmentDocument } from './document.js';
import { extensionRoom, type Extension, type ExtensionRoom } from './extension.js';
import { secondmentState, type Secondment, type SecondmentState } from './secondment.js';
import { todayAt } from './write.js';

/**
 * A secondment is `ending` in its last 3 months, the nearest ending notice's (issue 17, point 3);
 * the notices' own stages are the stage's setting, read by their job.
 */
export const ENDING_MONTHS = 3;

/** A document as the API shows it: enough to show and fetch it (through its route), not where it is stored. */
export type DocumentView = Omit<SecondmentDocument, 'key'>;
export type ExtensionView = Omit<Extension, 'homeConfirmation'> & { homeConfirmation?: Omit<NonNullable<Extension['homeConfirmation']>, 'letter'> & { letter: DocumentView } };

const shown = ({ key: _key, ...document }: SecondmentDocument): DocumentView => document;

export interface SecondmentView extends Omit<Secondment, 'documents' | 'extensions'> {
  documents: { confirmationLetter?: DocumentView; signedTerms?: DocumentView };
  extensions: ExtensionView[];
  /** Where it stands on `today`, its duty station's date. */
  state: SecondmentState;
  today: string;
  /** The type's limit in all, the months taken and how many more an extension may give. */
  room: ExtensionRoom;
}

/** What the API answers: the record, its state today and its room under the rules. */
export const secondmentView = (secondment: Secondment, now: Date): SecondmentView => {
  const today = todayAt(secondment, now);
  const { confirmationLetter, signedTerms } = secondment.documents;
  return {
    ...secondment,
    documents: { ...(confirmationLetter ? { confirmationLetter: shown(confirmationLetter) } : {}), ...(signedTerms ? { signedTerms: shown(signedTerms) } : {}) },
    extensions: secondment.extensions.map((extension) => (extension.homeConfirmation ? { ...extension, homeConfirmation: { ...extension.homeConfirmation, letter: shown(extension.homeConfirmation.letter) } } : extension)),
    state: secondmentState(secondment, today, ENDING_MONTHS),
    today,
    room: extensionRoom(secondment),
  };
};
