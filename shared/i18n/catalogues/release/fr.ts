import type { ReleaseCatalogue } from './en.js';

/** La mise à disposition d'un policier en service par sa force, en français (voir ./en.ts). */
export const fr: ReleaseCatalogue = {
  'receipt.missing.release': 'Votre mise à disposition pour la mission par votre force de police',
  'receipt.missing.release.how': 'L’approbateur de votre force en décide : demandez à votre supérieur hiérarchique de présenter votre mise à disposition avant la date limite.',
  'hrDigest.missing.release': 'mise à disposition par la force',
  'page.footer.sending': 'Une question sur un poste ou sur les conditions de déploiement ? Adressez-vous à l’équipe des détachements internationaux de l’unité.',
  'panel.missing.release': 'L’approbateur de votre force en décide ; nous vous prévenons dès que c’est fait. Si cela tarde, demandez à votre supérieur hiérarchique de la présenter.',
  'form.gender.why.sending':
    'Nous le demandons uniquement pour mesurer, en totaux anonymes, dans quelle mesure nous atteignons nos objectifs de représentation, par exemple davantage de femmes parmi les policiers et experts que nous déployons. Votre réponse n’est jamais montrée au jury de sélection, à votre force ni dans aucune liste de candidats.',
};
