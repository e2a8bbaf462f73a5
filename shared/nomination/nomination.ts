/**
 * A sending unit's nomination of a candidate to the mission (issue 18, point 5; docs/sending.md):
 * the unit sifts and interviews, nominates at most the call's `mission.nominationsAllowed`, sends
 * each nomination's package to the mission and records the day it went, then the mission's answer.
 * Stored on the application (`Application.nomination`), absent on every other application and on
 * every item stored before it existed.
 */
export const missionAnswers = ['selected', 'reserve', 'not-selected'] as const;
export type MissionAnswer = (typeof missionAnswers)[number];

export interface MissionNomination {
  nominatedAt: string;
  /** The staff member who nominated (an email address; staff only). */
  nominatedBy: string;
  /** The day the package went to the mission (YYYY-MM-DD, as HR records it), and who recorded it when. */
  sent?: { on: string; recordedAt: string; by: string };
  /** The mission's answer, the day it came, and who recorded it when. */
  answer?: { outcome: MissionAnswer; on: string; note?: string; recordedAt: string; by: string };
}
