/**
 * The units or crime areas an NCB offers its officer for (issue 15, point 7): the organisation's
 * crime areas and the units that serve them. Stored and sent as codes; each reader sees its name
 * in their language (`proposals.area.<code>` in shared/i18n/catalogues/proposals/).
 */
export const proposalAreas = [
  'counterTerrorism',
  'cybercrime',
  'drugTrafficking',
  'organizedCrime',
  'financialCrime',
  'traffickingInHumanBeings',
  'vulnerableCommunities',
  'environmentalSecurity',
  'fugitiveInvestigations',
  'forensics',
  'criminalIntelligence',
  'capacityBuilding',
] as const;

export type ProposalArea = (typeof proposalAreas)[number];

/** The catalogue key that names each area, written out so that a search finds its uses. */
export const areaNameKeys = {
  counterTerrorism: 'proposals.area.counterTerrorism',
  cybercrime: 'proposals.area.cybercrime',
  drugTrafficking: 'proposals.area.drugTrafficking',
  organizedCrime: 'proposals.area.organizedCrime',
  financialCrime: 'proposals.area.financialCrime',
  traffickingInHumanBeings: 'proposals.area.traffickingInHumanBeings',
  vulnerableCommunities: 'proposals.area.vulnerableCommunities',
  environmentalSecurity: 'proposals.area.environmentalSecurity',
  fugitiveInvestigations: 'proposals.area.fugitiveInvestigations',
  forensics: 'proposals.area.forensics',
  criminalIntelligence: 'proposals.area.criminalIntelligence',
  capacityBuilding: 'proposals.area.capacityBuilding',
} as const satisfies Record<ProposalArea, `proposals.area.${ProposalArea}`>;

/** The catalogue key that names an area. */
export const areaNameKey = (area: ProposalArea): (typeof areaNameKeys)[ProposalArea] => areaNameKeys[area];
