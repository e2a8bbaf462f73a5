import { personName } from '../i18n/names.js';
import { extensionRoom, isUnderWay } from '../secondments/extension.js';
import { addMonths } from '../secondments/months.js';
import type { Secondment } from '../secondments/secondment.js';
import type { SecondmentStore } from '../secondments/store.js';

/** HR's digest section on secondments (issue 17, point 3): who leaves within the notices' window, and the extensions still waiting. */
export interface EndingSecondment {
  id: string;
  name: string;
  nationality: string;
  unit: string;
  dutyStation: string;
  /** The last day served: planned, or the recorded early end's. */
  lastDay: string;
  early: boolean;
  /** Months an extension may still give under the type's limit. */
  left: number;
}

export interface WaitingExtension {
  secondmentId: string;
  name: string;
  unit: string;
  months: number;
  askedOn: string;
  /** `letter`: the home administration's confirmation, through the NCB; `approval`: HR's decision. */
  waitingFor: 'letter' | 'approval';
}

export interface SecondmentsSection {
  /** The window: the largest of the stage's notice months. */
  months: number;
  ending: EndingSecondment[];
  extensions: WaitingExtension[];
}

/** An extension may still be approved after the planned last day (shared/secondments/extension-steps.ts): those a year past it are looked at too. */
const EXTENSIONS_LOOK_BACK_MONTHS = 12;

/**
 * The section on `today` (the organisation's date): the secondments not ended whose last day is
 * from today to `months` ahead, and those with an early end recorded in that span; the extensions
 * under way, by the step they wait for. Two Queries (pattern 51), no Scan.
 */
export const collectSecondmentsSection = async (
  store: Pick<SecondmentStore, 'listNotEnded' | 'listEndingFrom'>,
  months: number,
  today: string,
): Promise<SecondmentsSection> => {
  const upTo = addMonths(today, months);
  const [notEnded, endingEarly] = await Promise.all([store.listNotEnded({ from: addMonths(today, -EXTENSIONS_LOOK_BACK_MONTHS) }), store.listEndingFrom(today)]);
  const ending = (secondment: Secondment, lastDay: string, early: boolean): EndingSecondment => ({
    id: secondment.id,
    name: personName(secondment.officer),
    nationality: secondment.nationality,
    unit: secondment.unit,
    dutyStation: secondment.dutyStation,
    lastDay,
    early,
    left: early ? 0 : extensionRoom(secondment).left,
  });
  const planned = notEnded.filter((one) => one.lastDay >= today && one.lastDay <= upTo).map((one) => ending(one, one.lastDay, false));
  const early = endingEarly.flatMap((one) => (one.ended && one.ended.lastDay <= upTo ? [ending(one, one.ended.lastDay, true)] : []));
  const extensions = notEnded.flatMap((secondment) =>
    secondment.extensions.filter(isUnderWay).map(
      (extension): WaitingExtension => ({
        secondmentId: secondment.id,
        name: personName(secondment.officer),
        unit: secondment.unit,
        months: extension.months,
        askedOn: extension.requestedAt.slice(0, 10),
        waitingFor: extension.state === 'awaiting-home-confirmation' ? 'letter' : 'approval',
      }),
    ),
  );
  return { months, ending: [...planned, ...early].sort((a, b) => a.lastDay.localeCompare(b.lastDay)), extensions };
};
