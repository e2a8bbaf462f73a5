import type { GenderCatalogue } from './en.js';

/** La question facultative sur le genre, en français (voir ./en.ts). */
export const fr: GenderCatalogue = {
  'form.gender': 'Genre',
  'form.gender.why':
    'Nous le demandons uniquement pour mesurer, en totaux anonymes, dans quelle mesure nous atteignons les objectifs de représentation énoncés dans nos avis de vacance, par exemple davantage de femmes parmi les fonctionnaires détachés. Votre réponse n’est jamais montrée au jury de sélection, aux BCN ni dans aucune liste de candidats.',
  'form.gender.preferNotToSay': 'Je préfère ne pas répondre',
  'form.gender.woman': 'Femme',
  'form.gender.man': 'Homme',
  'form.gender.another': 'Autre genre',
};
