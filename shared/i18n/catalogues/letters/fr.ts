import type { LetterCatalogue } from './en.js';

/** Les messages des lettres en français (voir ./en.ts). */
export const fr: LetterCatalogue = {
  'letterEmail.shortlisted.subject': 'Poste {number}, {title} : votre candidature est présélectionnée',
  'letterEmail.shortlisted.body': 'Nous avons le plaisir de vous informer que votre candidature au poste <b>{number}, {title}</b> ({location}) a été présélectionnée.',
  'letterEmail.shortlisted.next': 'Nous vous écrirons de nouveau au sujet de la prochaine étape de la sélection.',
  'letterEmail.testResult.subject': 'Poste {number}, {title} : le résultat de votre épreuve écrite',
  'letterEmail.testResult.body':
    '{passed, select, yes {Vous avez réussi l’épreuve écrite du poste <b>{number}, {title}</b>.} other {Vous n’avez pas atteint la note de passage de l’épreuve écrite du poste <b>{number}, {title}</b>.}}',
  'letterEmail.testResult.mark': 'Votre note : {mark} sur {maxMark} (note de passage : {passMark}).',
  'letterEmail.testResult.next': 'Nous vous écrirons de nouveau lorsque la sélection aura avancé.',
  'letterEmail.notRetained.subject': 'Poste {number}, {title} : votre candidature',
  'letterEmail.notRetained.body':
    '{stage, select, screening {Nous vous remercions de votre candidature au poste <b>{number}, {title}</b> ({location}). Après examen des candidatures reçues, nous avons le regret de vous informer que la vôtre n’a pas été retenue pour l’étape suivante.} shortlisting {Nous vous remercions de votre candidature au poste <b>{number}, {title}</b> ({location}). Après un examen attentif des candidatures présélectionnées, nous avons le regret de vous informer que la vôtre n’a pas été retenue pour l’étape suivante.} test {Nous vous remercions d’avoir passé l’épreuve écrite du poste <b>{number}, {title}</b> ({location}). Nous avons le regret de vous informer que votre candidature n’a pas été retenue pour l’étape suivante.} other {Nous vous remercions de votre entretien pour le poste <b>{number}, {title}</b> ({location}). Nous avons le regret de vous informer qu’à l’issue des entretiens, votre candidature n’a pas été retenue.}}',
  'letterEmail.notRetained.thanks': 'Nous vous remercions de l’intérêt que vous portez à l’organisation et vous encourageons à postuler aux futurs postes correspondant à votre profil.',
  'letterEmail.reserve.subject': 'Poste {number}, {title} : liste de réserve',
  'letterEmail.reserve.body': 'À l’issue des entretiens pour le poste <b>{number}, {title}</b> ({location}), le jury de sélection vous a inscrit(e) sur la liste de réserve.',
  'letterEmail.reserve.meaning': 'Il ne s’agit pas d’une offre : si un poste de cet avis se libère, il pourra vous être proposé, et nous vous écririons alors.',
  'letterEmail.offer.subject': 'Offre de détachement : poste {number}, {title}',
  'letterEmail.offer.body': 'Nous avons le plaisir de vous offrir un détachement au poste de <b>{title}</b> (avis {number}) à {location}.',
  'letterEmail.offer.period': 'Le détachement commencerait le {startsOn} pour {months, plural, one {# mois} other {# mois}}.',
  'letterEmail.offer.home': 'Votre administration d’origine doit nous confirmer ce qui suit par l’intermédiaire de votre Bureau central national (BCN) au plus tard le <b>{by}</b> :',
  'letterEmail.offer.term':
    '{term, select, releaseForPeriod {qu’elle vous libère pour toute la durée du détachement} salaryAndBenefits {qu’elle continue de verser votre traitement, vos cotisations sociales, votre pension et vos prestations} travelAndRemoval {qu’elle prend en charge les frais de voyage et de déménagement de votre arrivée et de votre départ} other {qu’elle accepte les conditions de service au lieu d’affectation}}',
  'letterEmail.offer.answer':
    '<link>Acceptez ou refusez l’offre sur votre page de suivi</link> (le lien de votre accusé de réception l’ouvre) au plus tard <b>{answerBy}</b>. Sans réponse à cette date, l’offre devient caduque.',
  'letterEmail.offer.answerBy': 'à la fin du {date}, heure de {location} ({timeZone})',
  'letterEmail.appointed.subject': 'Nomination : poste {number}, {title}',
  'letterEmail.appointed.body': 'Nous avons le plaisir de vous confirmer votre nomination en tant que fonctionnaire détaché(e) au poste de <b>{title}</b> (avis {number}) à {location}.',
  'letterEmail.appointed.next': 'Les Ressources humaines vous écriront au sujet de votre arrivée. Bienvenue dans l’organisation.',
  'letterEmail.ncb.greeting': 'Au Bureau central national de {countryName} ({country}),',
  'letterEmail.ncb.offer.subject': 'Copie pour le BCN : offre de détachement à {name}, poste {number}',
  'letterEmail.ncb.offer.body':
    'Pour information : l’organisation a offert à <b>{name}</b> ({currentTitle}, {administration}) un détachement au poste de <b>{title}</b> (avis {number}) à {location}, à compter du {startsOn} pour {months, plural, one {# mois} other {# mois}}.',
  'letterEmail.ncb.offer.home': 'La confirmation de l’administration d’origine doit nous parvenir par votre intermédiaire au plus tard le <b>{by}</b>, et indiquer :',
  'letterEmail.ncb.offer.answer': 'Le candidat répond à l’offre au plus tard {answerBy}.',
  'letterEmail.ncb.appointed.subject': 'Copie pour le BCN : nomination de {name}, poste {number}',
  'letterEmail.ncb.appointed.body': 'Pour information : <b>{name}</b> ({currentTitle}, {administration}) a été nommé(e) fonctionnaire détaché(e) au poste de <b>{title}</b> (avis {number}) à {location}.',
  'letterEmail.ncb.reference': 'Référence de la candidature : {reference}',

  'statusPage.stage.title': 'Où en est la sélection',
  'statusPage.stage.text':
    '{stage, select, received {Votre candidature a été reçue ; elle sera examinée après la date limite.} shortlisted {Votre candidature a été présélectionnée.} tested {Vous avez passé l’épreuve écrite ; nous vous écrirons au sujet de l’étape suivante.} interviewed {Vous êtes invité(e) à un entretien, ou l’avez passé ; nous vous écrirons au sujet du résultat.} offered {Un détachement vous est offert : veuillez répondre sur cette page avant la date indiquée dans notre lettre.} appointed {Vous avez été nommé(e). Bienvenue dans l’organisation.} notRetained {Votre candidature n’a pas été retenue. Merci de votre intérêt.} other {Votre candidature a été retirée.}}',
};
