import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import type { Force } from '#shared/profiles/forces.js';
import type { OrganisationProfile, ProfileName } from '#shared/profiles/profile.js';
import { sendingSubmissionSchema } from '#shared/profiles/sending-submission.js';

/** What the browser's check needs of the stage's profile: its name (for the form's own words) and the schema the API takes. */
export type FormProfile = Pick<OrganisationProfile, 'name' | 'applicationSubmission'>;

/** A receiving organisation's form, the default: `applicationSubmissionSchema`. */
export const receivingForm: FormProfile = { name: 'receiving', applicationSubmission: applicationSubmissionSchema };

/**
 * Each profile's submission schema with the stage's forces, as shared/profiles/profile.ts gives
 * it to the API; named here rather than built by `organisationProfile`, whose module brings the
 * staff's vacancy schemas (and their notice parser) into the candidate's script.
 */
const submissionOf: Readonly<Record<ProfileName, (forces: readonly Force[]) => FormProfile['applicationSubmission']>> = {
  receiving: () => applicationSubmissionSchema,
  sending: (forces) => sendingSubmissionSchema(forces),
};

const isProfileName = (name: string | undefined): name is ProfileName => name !== undefined && Object.hasOwn(submissionOf, name);

/**
 * The stage's profile as the form page carries it: its name on the form (`data-profile`, absent
 * on the default receiving stage) and its forces as the force select's options.
 */
export const pageProfile = (form: HTMLFormElement): FormProfile => {
  const name = form.dataset.profile;
  if (!isProfileName(name)) return receivingForm;
  const forces = [...form.querySelectorAll<HTMLOptionElement>('select[name="applicantStatus.force"] option')]
    .filter((option) => option.value !== '')
    .map((option) => ({ id: option.value, name: option.textContent?.trim() ?? '' }));
  return { name, applicationSubmission: submissionOf[name](forces) };
};

/** Shows the status fields of the category chosen, and hides the others' (their values are not sent: read-form.ts). */
export const wireStatusFields = (form: HTMLFormElement): void => {
  const groups = [...form.querySelectorAll<HTMLElement>('[data-status-for]')];
  if (groups.length === 0) return;
  const show = () => {
    const chosen = form.querySelector<HTMLInputElement>('input[name="category"]:checked')?.value;
    for (const group of groups) group.hidden = group.dataset.statusFor !== chosen;
  };
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'category') show();
  });
  show();
};
