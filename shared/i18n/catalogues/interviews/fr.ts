import type { InterviewCatalogue } from './en.js';

/** Les messages de la capacité « entretiens » en français (voir ./en.ts). */
export const fr: InterviewCatalogue = {
  'interviewEmail.slotTime': '{date}, {time}, heure de {timeZone} ({offset})',
  'interviewEmail.yourTime': '{date}, {time} à votre heure ({timeZone}, {offset})',
  'interviewEmail.duration': '{minutes, plural, one {# minute} other {# minutes}}',
  'interviewEmail.place': 'Lieu : {place}',
  'interviewEmail.video': 'Visioconférence : {link}',
  'interviewEmail.invitation.subject': 'Entretien pour le poste {number}, {title} : choisissez votre horaire',
  'interviewEmail.invitation.body': 'Vous êtes invité(e) à un entretien pour le poste <b>{number}, {title}</b> ({location}).',
  'interviewEmail.invitation.pick':
    '<link>Ouvrez votre page de suivi</link> avec le lien de l’accusé de réception de votre candidature et choisissez l’un des horaires d’entretien ouverts. Chaque horaire est réservé à un seul candidat : le premier qui le choisit l’obtient.',
  'interviewEmail.booked.subject': 'Votre entretien pour le poste {number} est réservé',
  'interviewEmail.booked.body': 'Votre entretien pour le poste <b>{number}, {title}</b> est réservé :',
  'interviewEmail.booked.calendar': 'Le fichier de calendrier joint (interview.ics) l’ajoute à votre agenda.',
  'interviewEmail.booked.change': 'Vous pouvez choisir un autre horaire ouvert sur votre page de suivi jusqu’au {cutoff}.',
  'interviewEmail.reminder.subject': 'Rappel : votre entretien de demain pour le poste {number}',
  'interviewEmail.reminder.body': 'Nous vous rappelons votre entretien de demain pour le poste <b>{number}, {title}</b> :',
  'interviewEmail.moved.subject': 'Votre entretien pour le poste {number} a changé',
  'interviewEmail.moved.body': 'L’organisation a modifié votre entretien pour le poste <b>{number}, {title}</b>. Il a désormais lieu :',
  'interviewEmail.cancelled.subject': 'Votre horaire d’entretien pour le poste {number} est annulé',
  'interviewEmail.cancelled.body':
    'L’organisation a annulé votre horaire d’entretien pour le poste <b>{number}, {title}</b> ({when}). Votre invitation reste valable : choisissez un autre horaire sur votre page de suivi.',
  'interviewEmail.panel.moved.subject': 'Créneau d’entretien modifié : poste {number}',
  'interviewEmail.panel.cancelled.subject': 'Créneau d’entretien annulé : poste {number}',
  'interviewEmail.panel.moved.body': 'Un créneau d’entretien du poste <b>{number}, {title}</b> auquel vous siégez a changé. Il a désormais lieu :',
  'interviewEmail.panel.cancelled.body': 'Un créneau d’entretien du poste <b>{number}, {title}</b> auquel vous siégiez est annulé ({when}).',
  'interviewEmail.panel.candidate': 'Candidature réservée sur ce créneau : {reference}.',
};
