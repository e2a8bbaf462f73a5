/**
 * A sending unit's demo deployments (issue 18, point 6): the older call's interviewed candidates
 * nominated, their packages sent and the mission's answers recorded, then its two selected
 * officers made deployments, each step through the rule its route runs (shared/nomination/,
 * shared/deployment/) with the routes' own dependencies, at a time in the demo's past. As the
 * receiving demo's secondments (demo-secondments.ts), nothing is emailed: the mailbox starts empty.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { deploymentDependencies } from '#functions/deployment/deployment-stores.js';
import { nominationDependencies } from '#functions/nomination/nomination-stores.js';
import { tableClient } from '#functions/stores/table-client.js';
import type { ChecklistItem } from '#shared/deployment/deployment.js';
import { startDeployment } from '#shared/deployment/start.js';
import { editDeployment, recordChecklistItem, requestExtension } from '#shared/deployment/steps.js';
import { nominate } from '#shared/nomination/nominate.js';
import type { MissionAnswer } from '#shared/nomination/nomination.js';
import { recordMissionAnswer, recordNominationSent } from '#shared/nomination/steps.js';
import { addMonths } from '#shared/secondments/months.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { addDays } from '#shared/time/zoned.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { demoUuid } from './demo-history.js';
import { HR_DEMO } from './demo-targets.js';
import { DEMO_MARKER } from './seed-demo-data.js';

const hr: StaffPrincipal = { subject: 'demo-hr', email: HR_DEMO, groups: ['hr'] };

/** The call whose story goes as far as deployments (mission-posts.json). */
export const DEPLOYED_CALL = 'EUMM-2590';

/** One of the call's interviewed candidates and the mission's answer to their nomination. */
export interface Answered {
  id: string;
  answer: MissionAnswer;
}

/** A time of `day` (UTC), morning in Tbilisi: every step is taken at one. */
const at = (day: string, hour = 8): Date => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/** The day the demo's dates are counted from: the one its marker records (seed-demo-data.ts). */
const demoToday = async (): Promise<string> => {
  const { client, tableName } = tableClient();
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: DEMO_MARKER }));
  if (typeof Item?.seededOn !== 'string') throw new Error('The demo marker is not written yet: seed the calls first.');
  return Item.seededOn;
};

/**
 * Nominates the call's candidates the day after its national deadline, sends their packages the
 * next day, records the mission's answers 20 days later; then the two it selected become
 * deployments: the serving officer in mission for five months, every checklist item done, with an
 * in-mission contact and an extension waiting five days for the force; the civilian expert leaving
 * in three weeks (the post falls vacant when its present monitor rotates out), vetted and trained,
 * the medical and the insurance still missing. Answers how many deployments it made.
 */
export const seedSendingDeployments = async (calls: readonly Vacancy[], answered: readonly Answered[]): Promise<number> => {
  const call = calls.find((candidate) => candidate.number === DEPLOYED_CALL);
  if (!call?.mission) return 0;
  const today = await demoToday();
  // A tour as long as the call's post (EUMM-2590: six months).
  const months = call.durationMonths ?? 6;
  const nominations = nominationDependencies();
  const deployments = { ...deploymentDependencies(), newId: () => demoUuid(`demo-deployment-extension-${DEPLOYED_CALL}`) };

  const nominatedOn = addDays(call.deadline, 1);
  const sentOn = addDays(nominatedOn, 1);
  const answeredOn = addDays(sentOn, 20);
  for (const { id, answer } of answered) {
    const { row } = await nominate(nominations, hr, call.number, id, (await nominations.applications.get(id))?.version ?? 1, at(nominatedOn));
    const sent = await recordNominationSent(nominations, hr, call.number, id, { version: row.version, sentOn }, at(sentOn));
    await recordMissionAnswer(
      nominations,
      hr,
      call.number,
      id,
      { version: sent.application.version, outcome: answer, answeredOn, ...(answer === 'reserve' ? { note: 'First on the reserve list should a monitor leave early.' } : {}) },
      at(answeredOn, 12),
    );
  }
  const [officer, civilian] = answered.filter(({ answer }) => answer === 'selected');
  if (!officer || !civilian) return 0;

  const record = async (id: string, version: number, items: ReadonlyArray<[ChecklistItem, string, string | undefined, string]>): Promise<number> => {
    let current = version;
    for (const [item, on, expiresOn, reference] of items) {
      current = (await recordChecklistItem(deployments, hr, id, item, { version: current, on, ...(expiresOn ? { expiresOn } : {}), reference }, at(on, 13))).deployment.version;
    }
    return current;
  };

  // The serving officer: in mission since the day their force released them from (demo-sending-applications.ts).
  const firstDay = addDays(call.mission.missionDeadline, 30);
  const lastDay = addDays(addMonths(firstDay, months), -1);
  const started = await startDeployment(deployments, hr, { applicationId: officer.id, deploymentDay: firstDay, rotationDay: lastDay }, at(addDays(answeredOn, 2)));
  let version = await record(officer.id, started.deployment.version, [
    ['vetting', addDays(answeredOn, 3), addDays(answeredOn, 3 + 5 * 365), 'NPPV3-2026-0412'],
    ['medical', addDays(answeredOn, 5), addDays(answeredOn, 5 + 365), 'OHU-MED-88213'],
    ['hostileEnvironmentTraining', addDays(answeredOn, 9), undefined, 'HEAT-2026-117'],
    ['insurance', addDays(answeredOn, 10), addDays(firstDay, 365), 'POL-INT-559031'],
  ]);
  const contact = { name: 'Nino Beridze', role: 'Head of Field Office Mtskheta', email: 'nino.beridze@eumm.example', phone: '+995 32 200 0100' };
  version = (await editDeployment(deployments, hr, officer.id, { version, contact }, at(addDays(firstDay, 1)))).deployment.version;
  await requestExtension(
    deployments,
    hr,
    officer.id,
    { version, until: addDays(addMonths(firstDay, months + 3), -1), reason: 'The mission asks to keep the monitor through the winter patrols, until the field office’s new team leader arrives.' },
    at(addDays(today, -5), 9),
  );

  // The civilian expert: selected with the officer, for the post that falls vacant in three weeks.
  const leaves = addDays(today, 21);
  const planned = await startDeployment(
    deployments,
    hr,
    { applicationId: civilian.id, deploymentDay: leaves, rotationDay: addDays(addMonths(leaves, months), -1) },
    at(addDays(answeredOn, 2), 9),
  );
  await record(civilian.id, planned.deployment.version, [
    ['vetting', addDays(today, -40), addDays(today, -40 + 5 * 365), 'NPPV2-2026-1187'],
    ['hostileEnvironmentTraining', addDays(today, -12), undefined, 'HEAT-2026-163'],
  ]);
  return 2;
};
