import { extensionRoom, type ExtensionRoom } from './extension.js';
import { secondmentState, type Secondment, type SecondmentState } from './secondment.js';
import { todayAt } from './write.js';

/**
 * A secondment is `ending` in its last 3 months, the nearest ending notice's (issue 17, point 3);
 * the notices' own stages are the stage's setting, read by their job.
 */
export const ENDING_MONTHS = 3;

export interface SecondmentView extends Secondment {
  /** Where it stands on `today`, its duty station's date. */
  state: SecondmentState;
  today: string;
  /** The type's limit in all, the months taken and how many more an extension may give. */
  room: ExtensionRoom;
}

/** What the API answers: the record, its state today and its room under the rules. */
export const secondmentView = (secondment: Secondment, now: Date): SecondmentView => {
  const today = todayAt(secondment, now);
  return { ...secondment, state: secondmentState(secondment, today, ENDING_MONTHS), today, room: extensionRoom(secondment) };
};
