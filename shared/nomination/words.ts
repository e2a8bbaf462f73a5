import type { MissingItem } from '../applications/application.js';

/** What an application still lacks, as HR reads it in a nomination's refusal. */
const labels: Readonly<Record<MissingItem, string>> = {
  cv: 'the CV',
  confirmationLetter: "the home administration's confirmation letter",
  ncbValidation: "the NCB's validation",
  release: "the force's release",
};

export const requirementLabel = (item: MissingItem): string => labels[item];
