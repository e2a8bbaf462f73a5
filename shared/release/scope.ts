import { isConfirmed, type Application } from '../applications/application.js';
import { requirementsOf } from '../profiles/requirements.js';
import { NotFound } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';

/** Whose releases a staff member sees: HR and admins every force's, an approver only their own force's. */
export const releaseScope = (principal: StaffPrincipal): { force?: string } => {
  if (principal.groups.includes('hr') || principal.groups.includes('admin')) return {};
  // A force approver without a force sees nothing, rather than everything.
  return { force: principal.force ?? '\u0000' };
};

/** An application whose applicant needs a force's release, in the principal's scope. */
export const inReleaseScope = (principal: StaffPrincipal, application: Pick<Application, 'category' | 'applicantStatus' | 'emailConfirmation'>): boolean => {
  // An address never confirmed is nobody's application yet (../applications/confirmation.ts).
  if (!isConfirmed(application) || !requirementsOf(application.category).includes('release')) return false;
  const { force } = releaseScope(principal);
  return force === undefined || application.applicantStatus?.force === force;
};

/**
 * The application a release decision is about. Another force's officer, an applicant who needs no
 * release, or an unknown id: the same 404, so an approver cannot probe who applied elsewhere.
 */
export const openForRelease = async (
  store: { get(id: string): Promise<Application | undefined> },
  principal: StaffPrincipal,
  id: string,
): Promise<Application> => {
  const application = await store.get(id);
  if (!application || !inReleaseScope(principal, application)) throw new NotFound('There is no application with this id.', { key: 'problem.notFound.application' });
  return application;
};
