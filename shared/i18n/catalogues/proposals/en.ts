/**
 * The proposals capability's messages in English (shared/proposals/ and its pages and emails), kept in a
 * file of their own so that the capability's messages change beside its code. Part of the English
 * catalogue (../en.ts spreads it); the key's prefix decides which surfaces say it (../surfaces.ts).
 */
export const en = {
  'proposals.area.counterTerrorism': 'Counter-terrorism',
  'proposals.area.cybercrime': 'Cybercrime',
  'proposals.area.drugTrafficking': 'Drug trafficking',
  'proposals.area.organizedCrime': 'Organized crime',
  'proposals.area.financialCrime': 'Financial crime and anti-corruption',
  'proposals.area.traffickingInHumanBeings': 'Trafficking in human beings and people smuggling',
  'proposals.area.vulnerableCommunities': 'Crimes against children and vulnerable communities',
  'proposals.area.environmentalSecurity': 'Environmental security',
  'proposals.area.fugitiveInvestigations': 'Fugitive investigations',
  'proposals.area.forensics': 'Forensics',
  'proposals.area.criminalIntelligence': 'Criminal intelligence analysis',
  'proposals.area.capacityBuilding': 'Capacity building and training',
  'proposalEmail.declined.subject': 'Short-term secondment proposal declined: {officer}',
  'proposalEmail.declined.body': 'The organisation has declined your NCB’s proposal of <b>{officer}</b> for a short-term secondment, made on {proposedOn}.',
  'proposalEmail.declined.reason': 'The reason given: {reason}',
  'proposalEmail.lapsed.subject': 'Short-term secondment proposal closed: {officer}',
  'proposalEmail.lapsed.body': 'Your NCB’s proposal of <b>{officer}</b> for a short-term secondment, made on {proposedOn}, was not taken up within {days, plural, one {# day} other {# days}}, and it is now closed.',
  'proposalEmail.lapsed.again': 'If the officer is still available, you may propose them again.',
  'proposalEmail.matched.subject': 'Short-term secondment: your application to vacancy {number}, {title}',
  'proposalEmail.matched.body': 'Your National Central Bureau (NCB) proposed you for a short-term secondment, and the organisation has matched you to vacancy <b>{number}, {title}</b> ({location}). Your application was made from the proposal, with your CV, your confirmation letter and your NCB’s validation.',
  'proposalEmail.matched.follow': '<link>Follow your application on its status page</link>: what happens next, and how to withdraw it. Keep this link private.',
} as const satisfies Record<string, string>;

export type ProposalKey = keyof typeof en;

/** The proposals messages of one language: every English key. */
export type ProposalCatalogue = Readonly<Record<ProposalKey, string>>;
