import type { ReleaseCatalogue } from './en.js';

/** La mise à disposition d'un policier en service par sa force, en français (voir ./en.ts). */
export const fr: ReleaseCatalogue = {
  'receipt.missing.release': 'Votre mise à disposition pour la mission par votre force de police',
  'receipt.missing.release.how': 'L’approbateur de votre force en décide : demandez à votre supérieur hiérarchique de présenter votre mise à disposition avant la date limite.',
  'hrDigest.missing.release': 'mise à disposition par la force',
};
