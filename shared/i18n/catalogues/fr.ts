import type { Catalogue } from './en.js';

/** French: typed by the English catalogue, so a missing key fails the typecheck. */
export const fr: Catalogue = {
  'email.greeting.anonymous': 'Madame, Monsieur,',
  'email.greeting.named': 'Bonjour {name},',
  'email.signature.hr': 'Ressources humaines',
  'email.reference': 'Référence : {reference}',
  'deadline.inDutyStation': '{date} à {time}, heure de {location} ({timeZone}, {offset})',
  'deadline.inRecipientZone': '{date} à {time}, votre heure ({timeZone}, {offset})',
  'deadline.both': '{dutyStation}, soit le {recipient}',
  'time.utc': '{date} à {time} UTC',

  'receipt.confirm.subject': 'Confirmez votre candidature : avis de vacance {number}, {title}',
  'receipt.confirm.submitted':
    'Une candidature à l’avis de vacance <b>{number}, {title}</b> ({location}) a été déposée avec cette adresse électronique.',
  'receipt.confirm.action':
    'Si vous en êtes l’auteur, veuillez <link>confirmer votre adresse électronique</link> avant le <b>{confirmBy}</b>. Ce lien est personnel : ne le communiquez à personne.',
  'receipt.confirm.untilConfirmed':
    'Tant que vous ne l’avez pas confirmée, votre candidature n’est pas prise en compte. Une candidature non confirmée dans le délai imparti est supprimée.',
  'receipt.confirm.afterwards':
    'Le même lien vous permet ensuite de suivre votre candidature : les pièces reçues, celles qui manquent encore et la marche à suivre pour la retirer. Toutes les pièces doivent nous parvenir au plus tard le <b>{deadline}</b>.',
  'receipt.confirm.notYou':
    'Si vous n’êtes pas à l’origine de cette candidature, vous n’avez rien à faire : elle sera supprimée et vous ne recevrez plus aucun message à son sujet.',
  'receipt.received.subject': 'Accusé de réception de votre candidature : avis de vacance {number}, {title}',
  'receipt.received.body': 'Nous avons bien reçu votre candidature à l’avis de vacance <b>{number}, {title}</b> ({location}).',
  'receipt.received.follow':
    '<link>Suivez votre candidature, consultez les pièces reçues et celles qui manquent encore, ajoutez des documents ou retirez-la</link>. Ce lien est personnel : ne le communiquez à personne.',
  'receipt.received.deadline':
    'Toutes les pièces doivent nous parvenir au plus tard le <b>{deadline}</b> ; une candidature incomplète n’est généralement pas examinée.',
  'receipt.letterThroughNcb':
    'La lettre de confirmation de votre administration d’origine doit nous parvenir par l’intermédiaire du Bureau central national (BCN) de son pays. Si vous en téléchargez vous-même une copie, celle-ci est bien enregistrée, mais elle n’est prise en compte qu’une fois confirmée par votre BCN.',

  'reminder.subject': 'Rappel : votre candidature à l’avis de vacance {number}, {title}, est incomplète',
  'reminder.notComplete': 'Votre candidature à l’avis de vacance <b>{number}, {title}</b> ({location}) n’est pas encore complète.',
  'reminder.timeLeft':
    '{days, plural, =0 {La date limite est aujourd’hui} =1 {La date limite est demain} other {La date limite est dans # jours}} : toutes les pièces doivent nous parvenir au plus tard le <b>{deadline}</b>. Une candidature incomplète n’est généralement pas examinée.',
  'reminder.stillMissing': 'Pièces manquantes :',
  'reminder.missingItem': '<b>{what}.</b> {how}',
  'reminder.statusHelp':
    'Votre page de suivi s’ouvre au moyen du lien personnel figurant dans l’accusé de réception que nous vous avons adressé lors de votre candidature (pour protéger vos données, ce lien n’est pas repris dans les rappels). <link>Page de suivi</link>.',
  'receipt.missing.cv': 'Votre CV',
  'receipt.missing.cv.how': 'Téléchargez-le depuis votre page de suivi.',
  'receipt.missing.confirmationLetter': 'La lettre de confirmation de votre administration d’origine',
  'receipt.missing.confirmationLetter.how':
    'Elle nous parvient par l’intermédiaire de votre Bureau central national (BCN) : demandez à votre administration de l’adresser à votre BCN. Si vous l’avez déjà, vous pouvez aussi en télécharger une copie depuis votre page de suivi ; elle sera prise en compte une fois confirmée par votre BCN.',
  'receipt.missing.letterConfirmation': 'La confirmation de votre lettre de confirmation par votre BCN',
  'receipt.missing.letterConfirmation.how':
    'Votre copie est bien enregistrée ; elle sera prise en compte une fois confirmée par votre BCN. Veuillez demander à votre BCN de la confirmer avant la date limite.',
  'receipt.missing.ncbValidation': 'La validation par votre Bureau central national (BCN)',
  'receipt.missing.ncbValidation.how':
    'Votre BCN valide votre candidature et atteste votre enquête de sécurité : veuillez prendre contact avec votre BCN.',

  'ncbDigest.subject.oneVacancy':
    'BCN {countryName} ({country}) : {count, plural, one {# candidature attend} other {# candidatures attendent}} votre intervention, avis de vacance {number}, {title}',
  'ncbDigest.subject.vacancies':
    'BCN {countryName} ({country}) : {count, plural, one {# candidature attend} other {# candidatures attendent}} votre intervention, avis de vacance {numbers}',
  'ncbDigest.greeting': 'À l’attention du Bureau central national – {countryName} ({country}),',
  'ncbDigest.intro':
    '{count, plural, one {# candidature présentée par les administrations de votre pays attend} other {# candidatures présentées par les administrations de votre pays attendent}} votre validation ou la lettre de confirmation. Une candidature encore incomplète à la date limite n’est généralement pas examinée.',
  'ncbDigest.vacancy': 'Avis de vacance {number}, {title} ({location})',
  'ncbDigest.deadline': 'Date limite : <b>{deadline}</b>, {days, plural, =0 {aujourd’hui} =1 {demain} other {dans # jours}}',
  'ncbDigest.application': '<b>{name}</b> ({currentTitle}, {administration} ; référence {reference}, déposée le {submittedOn})',
  'ncbDigest.waitingFor': 'en attente de : {item}',
  'ncbDigest.pending.validationBasic': 'votre validation, avec l’attestation de l’enquête de sécurité de niveau Basic et sa date',
  'ncbDigest.pending.validationEnhanced':
    'votre validation, avec l’attestation de l’enquête de sécurité de niveau Enhanced (exigée pour ce poste) et sa date',
  'ncbDigest.pending.confirmationLetter': 'la lettre de confirmation de l’administration d’origine, qui nous parvient par votre intermédiaire',
  'ncbDigest.pending.letterConfirmation':
    'votre confirmation de la copie de la lettre téléchargée par le candidat (elle n’est prise en compte qu’après votre confirmation)',
  'ncbDigest.action': '<link>Validez, refusez ou joignez la lettre dans la grille du personnel</link>.',

  'hrDigest.subject':
    'Synthèse RH du {day} : {newCount, plural, one {# nouvelle candidature} other {# nouvelles candidatures}}, {openCount, plural, one {# avis de vacance ouvert} other {# avis de vacance ouverts}}{closedCount, plural, =0 {} one {, # clos} other {, # clos}}',
  'hrDigest.heading': 'Synthèse RH du {day}',
  'hrDigest.summary.since':
    '{newCount, plural, one {# nouvelle candidature} other {# nouvelles candidatures}} depuis la dernière synthèse ({since}), pour {openCount, plural, one {# avis de vacance ouvert} other {# avis de vacance ouverts}}.',
  'hrDigest.summary.first':
    '{newCount, plural, one {# nouvelle candidature} other {# nouvelles candidatures}} à ce jour (première synthèse), pour {openCount, plural, one {# avis de vacance ouvert} other {# avis de vacance ouverts}}.',
  'hrDigest.soon.heading': 'Dates limites d’ici {days, plural, one {# jour} other {# jours}}',
  'hrDigest.soon.item':
    '<b>{number} · {title}</b> : {days, plural, =0 {clôture aujourd’hui} one {clôture dans # jour} other {clôture dans # jours}}, {incomplete, plural, one {# incomplète} other {# incomplètes}}',
  'hrDigest.open.heading': 'Avis de vacance ouverts',
  'hrDigest.open.none': 'Aucun avis de vacance n’est ouvert.',
  'hrDigest.closed.heading': 'Avis de vacance clos depuis la dernière synthèse',
  'hrDigest.vacancy': '{number} · {title} ({location})',
  'hrDigest.vacancyEnded':
    '{number} · {title} ({location}) : {status, select, closed {clos} filled {pourvu} cancelled {annulé} other {terminé}}',
  'hrDigest.deadline':
    'Date limite : {deadline}, <b>{days, plural, =0 {clôture aujourd’hui} one {clôture dans # jour} other {clôture dans # jours}}</b>',
  'hrDigest.counts':
    'Candidatures : {total, plural, one {# candidature} other {# candidatures}}{byStatus, select, none {} other { ({byStatus})}} ; incomplètes : {incomplete}',
  'hrDigest.finalCounts':
    'Décompte final : {total, plural, one {# candidature} other {# candidatures}}{byStatus, select, none {} other { ({byStatus})}} ; incomplètes : {incomplete}',
  'hrDigest.statusCount': '{status} : {count}',
  'hrDigest.new.since': 'Nouvelles depuis la dernière synthèse ({since}) : <b>{count}</b>',
  'hrDigest.new.first': 'Nouvelles à ce jour (première synthèse) : <b>{count}</b>',
  'hrDigest.newApplication':
    '{name} ({nationality}), {submitted}, {status} ; {missingCount, plural, =0 {complète} other {manque : {missing}}}',
  'hrDigest.more': 'et {count, plural, one {# autre} other {# autres}} dans la grille',
  'hrDigest.grid': '<link>Ouvrir {number} dans la grille</link>',
  'hrDigest.signature': 'Ressources humaines, plateforme des détachements',
  'hrDigest.missing.cv': 'CV',
  'hrDigest.missing.confirmationLetter': 'lettre de confirmation',
  'hrDigest.missing.ncbValidation': 'validation du BCN',

  'status.submitted': 'déposée',
  'status.screening': 'en cours d’examen',
  'status.shortlisted': 'présélectionnée',
  'status.tested': 'épreuve passée',
  'status.interviewed': 'entretien passé',
  'status.offered': 'offre adressée',
  'status.appointed': 'nomination effectuée',
  'status.rejected': 'non retenue',
  'status.withdrawn': 'retirée',
  'problem.validation.title': 'La demande n’est pas valable',
  'problem.validation.detail': 'La demande n’est pas valable.',
  'validation.required': 'Ce champ est obligatoire.',
  'validation.invalid': 'Cette valeur n’est pas valable.',
  'validation.format': 'Le format n’est pas celui attendu.',
  'validation.type':
    '{expected, select, string {Veuillez saisir un texte.} number {Veuillez saisir un nombre.} boolean {Veuillez répondre par oui ou par non.} array {Veuillez donner une liste.} object {Veuillez donner un objet.} other {Cette valeur n’est pas du type attendu.}}',
  'validation.oneOf': 'L’une des valeurs suivantes : {values}.',
  'validation.unknownFields': 'Champ(s) inconnu(s) : {fields}.',
  'validation.parameterOnce': 'Veuillez ne donner ce paramètre qu’une fois.',
  'validation.text.atLeastCharacters': '{min, plural, one {# caractère au moins.} other {# caractères au moins.}}',
  'validation.text.atMostCharacters': '{max, plural, one {# caractère au plus.} other {# caractères au plus.}}',
  'validation.text.controlCharacters': 'Le texte ne doit pas contenir de caractères de contrôle, tels que des sauts de ligne.',
  'validation.text.directionControls': 'Le texte ne doit pas contenir de séparateurs de ligne ni de caractères de contrôle du sens de l’écriture.',
  'validation.text.onlyLineBreaks': 'Parmi les caractères de contrôle, seuls les sauts de ligne sont admis.',
  'validation.number.atLeast': 'Au moins {min}.',
  'validation.number.atMost': 'Au plus {max}.',
  'validation.list.atLeast': '{min, plural, one {# élément au moins.} other {# éléments au moins.}}',
  'validation.list.atMost': '{max, plural, one {# élément au plus.} other {# éléments au plus.}}',
  'validation.date.format': 'Veuillez utiliser le format AAAA-MM-JJ (YYYY-MM-DD).',
  'validation.date.notCalendarDate': 'Cette date n’existe pas dans le calendrier.',
  'validation.country.code': 'Veuillez utiliser le code pays à deux lettres de la norme ISO 3166-1, par exemple FR.',
  'validation.country.unknown': 'Ce n’est pas un code pays de la norme ISO 3166-1.',
  'validation.nationality.notMember': 'Seuls les ressortissants des pays membres d’INTERPOL peuvent faire acte de candidature.',
  'validation.homeAdministrationCountry.notMember':
    'L’administration d’origine doit se trouver dans un pays membre d’INTERPOL : c’est son BCN qui transmet votre candidature.',
  'validation.email': 'Ce n’est pas une adresse électronique valable.',
  'validation.emailAddress': 'Une adresse électronique.',
  'validation.phone': 'Chiffres, espaces et + ( ) . - uniquement, par exemple +33 4 72 00 00 00.',
  'validation.category': 'Soit law-enforcement (agent des services chargés de l’application de la loi), soit government-official (fonctionnaire).',
  'validation.years.whole': 'Un nombre entier d’années.',
  'validation.languages.code': 'Ce n’est pas un code de langue de la norme ISO 639-1, par exemple fr.',
  'validation.languages.atLeastOne': 'Au moins une langue.',
  'validation.languages.eachOnce': 'Chaque langue une seule fois.',
  'validation.privacyConsent': 'Pour faire acte de candidature, vous devez accepter l’avis de confidentialité.',
  'validation.timeZone': 'Ce n’est pas un fuseau horaire IANA, tel que Europe/Paris.',
  'validation.language': 'L’une des langues suivantes : ar, en, fr, es.',
  'validation.vacancyNumber': 'Un numéro d’avis de vacance compte de 1 à 20 lettres, chiffres ou traits d’union.',
  'validation.document.kind': 'Veuillez utiliser cv, coverLetter ou confirmationLetter.',
  'validation.document.contentType': 'Veuillez envoyer un PDF ({pdf}) ou un document Word ({word}).',
  'validation.document.key': 'Obligatoire : le champ key de l’offre de téléversement.',
  'validation.confirmationToken': 'Ce n’est pas un jeton de confirmation : veuillez rouvrir le lien figurant dans le courriel d’accusé de réception.',
  'validation.idempotencyKey': 'Veuillez utiliser de 16 à 128 lettres, chiffres, - ou _, par exemple un UUID aléatoire.',
  'validation.ncb.declineAttestsNothing': 'Un refus n’atteste aucune enquête de sécurité : veuillez omettre le niveau et la date de l’enquête.',
  'validation.ncb.clearanceRequired':
    'Une validation indique le niveau de l’enquête de sécurité effectuée : Basic ou Enhanced, au moins celui qu’exige l’avis de vacance.',
  'validation.ncb.screenedOnRequired': 'Une validation indique la date de l’enquête de sécurité (AAAA-MM-JJ).',
  'validation.ncb.screeningAttested': 'Une validation atteste l’enquête de sécurité : omettez screeningAttested ou donnez-lui la valeur true, ou refusez la candidature.',
  'validation.ncb.screenedOnFuture': 'La date de l’enquête de sécurité est dans le futur.',
};
