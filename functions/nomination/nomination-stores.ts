import type { NominationDependencies } from '#shared/nomination/nominate.js';
import { stageProfile } from '../profile.js';
import { tableStores } from '../stores/table-stores.js';

let dependencies: NominationDependencies | undefined;

/** What the nominations' routes need: the applications, the calls, the stage's forces; built once per container. */
export const nominationDependencies = (): NominationDependencies => {
  if (!dependencies) {
    const { applications, vacancies } = tableStores();
    dependencies = { applications, vacancies, forces: stageProfile().forces };
  }
  return dependencies;
};
