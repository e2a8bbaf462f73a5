import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type Route } from '#functions/routes.js';
import { createLocalIssuer } from '#infra/local/auth/local-issuer.js';
import { staffGroups, type StaffGroup } from '#shared/staff/principal.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, hrOfficer, metApprover, ncbFrance, panelMember, staffToken, type StaffIdentity } from '../../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
const tokens = new Map<StaffGroup | 'none', string>();

const identities: Record<StaffGroup, StaffIdentity> = { hr: hrOfficer, ncb: ncbFrance, admin: administrator, panel: panelMember, force: metApprover };

/** Every staff route of the table, so the routes of every capability are held to the matrix as they land. */
const staffRoutes = routes.filter((route): route is Route & { caller: { kind: 'staff' } } => route.caller.kind === 'staff');

/** A request path for a route: path parameters filled with values of the right shape that name nothing stored. */
const samplePath = (route: Route) =>
  route.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    name === 'id' ? '5b1f4c1e-9999-4999-8999-999999999999' : name === 'kind' ? 'confirmationLetter' : name === 'number' ? '9999' : 'x',
  );

const call = async (route: Route, token: string | undefined) => {
  const withBody = route.method !== 'GET' && route.method !== 'DELETE';
  const response = await fetch(`${stack.url}${samplePath(route)}`, {
    method: route.method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(withBody ? { 'Content-Type': 'application/json' } : {}) },
    ...(withBody ? { body: '{}' } : {}),
  });
  const body = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', body };
};

const expectProblemWhenRefused = (answer: { status: number; type: string }) => {
  if (answer.status >= 400) expect(answer.type).toMatch(/^application\/problem\+json/);
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  for (const group of staffGroups) tokens.set(group, await staffToken(stack, identities[group]));
  // /_local/token signs only identities with a group; a user pool member in no group gets a token all the same.
  const issuer = await createLocalIssuer(join(stack.dataDir, 'auth', 'signing-key.json'));
  tokens.set('none', await issuer.issue({ email: 'no.group@secondment-hub.local', groups: [] }, clock.now()));
});
afterAll(async () => {
  await stack?.stop();
});

describe('every staff route against every role', () => {
  it('gives each staff route exactly the roles the issue and DESIGN.md give it, written here a second time on purpose', () => {
    const hrWork = ['hr', 'admin'];
    const reading = ['hr', 'ncb', 'admin'];
    const ncbWork = ['ncb', 'admin'];
    const expected: Record<string, string[]> = {
      listStaffApplications: reading,
      summariseStaffApplications: reading,
      staffApplicationHistory: reading,
      downloadStaffDocument: reading,
      exportApplications: reading,
      editStaffApplication: hrWork,
      bulkEditStaffApplications: hrWork,
      importApplications: hrWork,
      recordNcbDecision: ncbWork,
      requestNcbLetterUpload: ncbWork,
      completeNcbLetterUpload: ncbWork,
      confirmNcbLetter: ncbWork,
      // The NCB's own vacancies tab: an NCB officer's country; HR and admins have the Vacancies tab.
      // Releases (issue 18, point 4): a sending unit's force approvers decide for their own force; HR and admins read.
      listReleases: ['force', 'hr', 'admin'],
      recordRelease: ['force'],
      // Nominations to the mission (issue 18, point 5) and the roster of deployable civilian experts (point 7): the unit's HR.
      listNominations: hrWork,
      nominate: hrWork,
      withdrawNomination: hrWork,
      recordNominationSent: hrWork,
      recordMissionAnswer: hrWork,
      downloadNominationPackage: hrWork,
      listExperts: hrWork,
      addExpert: hrWork,
      editExpert: hrWork,
      removeExpert: hrWork,
      listExpertMatches: hrWork,
      inviteExperts: hrWork,
      // Deployments (issue 18, point 6): the unit's HR keeps them; a force's approver reads its own serving officers' and decides their extensions.
      listDeployments: ['force', 'hr', 'admin'],
      getDeployment: ['force', 'hr', 'admin'],
      decideDeploymentExtension: ['force', 'hr', 'admin'],
      startDeployment: hrWork,
      deploymentReport: hrWork,
      editDeployment: hrWork,
      recordDeploymentChecklist: hrWork,
      requestDeploymentExtension: hrWork,
      recordDeploymentReturn: hrWork,
      recordDeploymentDebrief: hrWork,
      listNcbVacancies: ['ncb'],
      listStaffVacancies: hrWork,
      getStaffVacancy: hrWork,
      vacancyHistory: hrWork,
      createVacancy: hrWork,
      updateVacancy: hrWork,
      parseVacancyNotice: hrWork,
      vacancyCircular: hrWork,
      // The NCB acknowledges the circular its country was sent, from its Vacancies tab.
      acknowledgeCircularForNcb: ['ncb'],
      listNcbContacts: ['admin'],
      saveNcbContact: ['admin'],
      // Short-term proposals (issue 15, point 7): the NCB proposes its own country's officers; HR matches or declines.
      createProposal: ['ncb'],
      listProposals: reading,
      getProposal: reading,
      downloadProposalDocument: reading,
      requestProposalUpload: ['ncb'],
      completeProposalUpload: ['ncb'],
      withdrawProposal: ['ncb'],
      declineProposal: hrWork,
      matchProposal: hrWork,
      // Selection (issue 16, points 1 and 4): HR names panels; members mark; the chair recommends (the rules check the seat).
      listSelectionPanels: ['hr', 'admin', 'panel'],
      getSelectionPanel: ['hr', 'admin', 'panel'],
      setSelectionPanel: hrWork,
      selectionCriteriaOptions: hrWork,
      listSelectionCandidates: ['hr', 'admin', 'panel'],
      downloadSelectionCv: ['hr', 'admin', 'panel'],
      saveSelectionMarks: ['panel'],
      submitSelectionMarks: ['panel'],
      getSelectionRanking: ['hr', 'admin', 'panel'],
      recommendSelectionCandidate: ['panel'],
      selectionHistory: hrWork,
      // The selection report (issue 16, point 5): HR reads it, downloads its PDF and signs it off.
      getSelectionReport: hrWork,
      getSelectionReportPdf: hrWork,
      signOffSelectionReport: hrWork,
      // Interviews (issue 16, point 3): HR sets the slots, invites and assigns; candidates book on their status page.
      listInterviews: hrWork,
      createInterviewSlot: hrWork,
      moveInterviewSlot: hrWork,
      cancelInterviewSlot: hrWork,
      inviteToInterview: hrWork,
      assignInterviewSlot: hrWork,
      // Written tests (issue 16, point 2): HR schedules, invites and records results; candidates answer on their status page.
      listWrittenTests: hrWork,
      scheduleWrittenTest: hrWork,
      correctWrittenTest: hrWork,
      cancelWrittenTest: hrWork,
      inviteToWrittenTest: hrWork,
      recordWrittenTestResult: hrWork,
      importWrittenTestResults: hrWork,
      // Letters (issue 16, point 6): HR's setting, preview, bulk send and close-out per vacancy.
      lettersOverview: hrWork,
      saveLettersSetting: hrWork,
      previewLetters: hrWork,
      sendLetters: hrWork,
      previewCloseOut: hrWork,
      closeOutVacancy: hrWork,
      // Secondments (issue 17, points 1 and 2): HR keeps the record; HR or the country's NCB asks an extension, the NCB confirms it, HR decides.
      createSecondment: hrWork,
      listSecondments: reading,
      getSecondment: reading,
      requestSignedTermsUpload: hrWork,
      completeSignedTermsUpload: hrWork,
      downloadSecondmentDocument: hrWork,
      recordSecondmentEnd: hrWork,
      askExtension: reading,
      requestExtensionLetterUpload: ['ncb'],
      downloadExtensionLetter: hrWork,
      confirmExtension: ['ncb'],
      decideExtension: hrWork,
      withdrawExtension: reading,
      // The roster (issue 17, point 4): HR every serving secondee, an NCB officer its own country's.
      secondmentRoster: reading,
      exportSecondmentRoster: reading,
      // Offers (issue 16, point 7): HR offers and offers the reserve; the NCB records the home administration's confirmation.
      listOffers: hrWork,
      makeOffer: hrWork,
      offerNextOnReserve: hrWork,
      listHomeConfirmations: reading,
      requestHomeLetterUpload: ncbWork,
      recordHomeConfirmation: ncbWork,
      // Reports (issue 17, point 5): HR's figures, their files and the list of under-represented countries.
      getReports: hrWork,
      exportReports: hrWork,
      getUnderRepresented: hrWork,
      saveUnderRepresented: hrWork,
    };

    expect(Object.fromEntries(staffRoutes.map((route) => [route.name, [...route.caller.groups]]))).toEqual(expected);
  });

  it.each(staffRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s: no token is a 401 problem', async (_name, route) => {
    const answer = await call(route, undefined);

    expect(answer.status).toBe(401);
    expectProblemWhenRefused(answer);
  });

  it.each(staffRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s: a token in no group is a 403 problem', async (_name, route) => {
    const answer = await call(route, tokens.get('none'));

    expect(answer.status).toBe(403);
    expectProblemWhenRefused(answer);
  });

  const cases = staffRoutes.flatMap((route) =>
    staffGroups.map((group) => [`${route.method} ${route.path}`, group, route.caller.groups.includes(group), route] as const),
  );

  it.each(cases)('%s as %s (allowed: %s)', async (_name, group, allowed, route) => {
    const answer = await call(route, tokens.get(group));

    if (allowed) {
      // Dummy input may be refused (400, 404, 422) but never for want of a role, and never as a 500.
      expect([401, 403]).not.toContain(answer.status);
      expect(answer.status).toBeLessThan(500);
    } else {
      expect(answer.status).toBe(403);
    }
    expectProblemWhenRefused(answer);
  });
});
