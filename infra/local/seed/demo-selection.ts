import { createHash } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoMarks } from '#functions/adapters/dynamodb/selection-marks.js';
import { dynamoPanels } from '#functions/adapters/dynamodb/selection-panels.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { resolveCriteria, DEFAULT_SPREAD_THRESHOLD, type Panel } from '#shared/selection/panel.js';
import { submittedMarks, type Marks } from '#shared/selection/marks.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { DEMO_PANEL, DEMO_PANEL_VACANCY } from './demo-panel-members.js';
import { demoDocuments, demoHistory, demoUuid } from './demo-history.js';
import { HR_DEMO, type DemoApplicationTargets } from './demo-targets.js';

/** Three candidates of the closed notice 1614 before its panel: shortlisted, one interviewed already. */
const CANDIDATES: ReadonlyArray<{ given: string; family: string; country: string; title: string; administration: string; years: number; path: ApplicationStatus[] }> = [
  { given: 'Nadia', family: 'Benali', country: 'DZ', title: 'Commissaire divisionnaire', administration: 'Direction Générale de la Sûreté Nationale', years: 18, path: ['screening', 'shortlisted', 'interviewed'] },
  { given: 'Oliver', family: 'Hughes', country: 'GB', title: 'Detective Chief Inspector', administration: 'National Crime Agency', years: 16, path: ['screening', 'shortlisted'] },
  { given: 'Carmen', family: 'Ruiz', country: 'CO', title: 'Coronel', administration: 'Policía Nacional de Colombia', years: 21, path: ['screening', 'shortlisted'] },
];

/**
 * The demo of selection (issue 16, points 1 and 4): vacancy 1614's panel (a chair and two
 * members, DEMO_PANEL), its criteria from the notice, three shortlisted candidates with their CVs,
 * and one member's submitted marks for the first candidate, so a member signing in with
 * `npm start` sees a panel half-way through. Answers how many applications it wrote.
 */
export const seedDemoSelection = async (targets: DemoApplicationTargets, client: DynamoDBDocumentClient, tableName: string, vacancies: readonly Vacancy[]): Promise<number> => {
  const vacancy = vacancies.find((candidate) => candidate.number === DEMO_PANEL_VACANCY);
  if (!vacancy) return 0;
  const opened = Date.parse(`${vacancy.publishedAt}T09:00:00Z`);
  const ids: string[] = [];
  for (const [i, person] of CANDIDATES.entries()) {
    const id = demoUuid(`demo-selection-application-${i}`);
    ids.push(id);
    const submittedMs = opened + (5 + i * 4) * 86_400_000;
    const submittedAt = new Date(submittedMs).toISOString();
    const documents = await demoDocuments(targets, id, `${person.given} ${person.family}`, submittedAt);
    const application: Application = {
      id,
      vacancy: vacancy.number,
      givenName: person.given,
      familyName: person.family,
      email: `${person.given}.${person.family}.selection`.toLowerCase() + '@police.example',
      nationality: person.country,
      category: 'law-enforcement',
      currentTitle: person.title,
      homeAdministration: person.administration,
      yearsOfExperience: person.years,
      languages: ['en', 'fr', 'es'],
      languageLevels: { en: 'C1', fr: i === 0 ? 'C2' : 'B1', es: i === 2 ? 'C2' : 'A2' },
      education: 'master',
      status: 'submitted',
      submittedAt,
      updatedAt: submittedAt,
      version: 1,
      privacyConsentAt: submittedAt,
      documents,
      statusTokenHash: createHash('sha256').update(`demo-selection-token-${i}`).digest('hex'),
    };
    const history = await demoHistory(targets, application, vacancy);
    await history.validate(vacancy.publishedAt);
    for (const status of person.path) await history.move(status);
  }

  // The panel after the deadline: the chair and two members, five criteria from the notice.
  const panelAt = new Date(Date.parse(`${vacancy.deadline}T09:00:00Z`) + 7 * 86_400_000).toISOString();
  const [chair, member1, member2] = DEMO_PANEL.map((member) => member.email);
  const body = {
    members: [chair, member1, member2] as string[],
    chair: chair as string,
    criteria: [
      { id: 'experience', weight: 3 },
      { id: 'duty-1', weight: 2 },
      { id: 'duty-2', weight: 2 },
      { id: 'language-en', weight: 1 },
      { id: 'ability-3', weight: 1 },
    ],
  };
  const panel: Panel = { vacancy: vacancy.number, members: body.members, chair: body.chair, criteria: resolveCriteria(vacancy.notice, body), spreadThreshold: DEFAULT_SPREAD_THRESHOLD, revision: 1, updatedAt: panelAt, updatedBy: HR_DEMO };
  await dynamoPanels(client, tableName).save(panel, undefined, { vacancy: vacancy.number, at: panelAt, by: HR_DEMO, action: 'panel-created', changes: {} });

  // The first member has marked the first candidate and submitted: the panel's criteria are locked.
  const markedAt = new Date(Date.parse(panelAt) + 2 * 86_400_000).toISOString();
  const marks = dynamoMarks(client, tableName);
  const scores = [4, 4, 3, 5, 4];
  const draft: Marks = {
    vacancy: vacancy.number,
    applicationId: ids[0] as string,
    member: member1 as string,
    scores: Object.fromEntries(panel.criteria.map((criterion, i) => [criterion.id, { score: scores[i] ?? 3 }])),
    overallComment: 'Led a national communications office through two major crises; convincing at interview.',
    state: 'draft',
    revision: 1,
    updatedAt: markedAt,
  };
  await marks.save(draft, undefined, { vacancy: vacancy.number, at: markedAt, by: draft.member, action: 'marks-saved', applicationId: draft.applicationId, changes: {} });
  const submitted = submittedMarks(panel.criteria, draft, markedAt);
  await marks.save(submitted, draft.revision, { vacancy: vacancy.number, at: markedAt, by: draft.member, action: 'marks-submitted', applicationId: draft.applicationId, changes: {} }, { panelRevision: panel.revision });
  return CANDIDATES.length;
};
