import type { Force } from '#shared/profiles/forces.js';

/**
 * The example sending unit's forces (issue 18): the United Kingdom's 45 territorial police forces
 * (43 in England and Wales, Police Scotland, the Police Service of Northern Ireland) and its three
 * special ones, as `PROFILE=sending npm start` and `cdk synth -c stage=dev -c profile=sending` use
 * them. Data, not code: a real unit lists its own in its stage's `organisation.forces`
 * (infra/aws/stages.ts). Realistic in length on purpose: Lambda's 4 KB of variables must hold them.
 */
export const exampleUnitForces: readonly Force[] = [
  { id: 'avon-and-somerset', name: 'Avon and Somerset Constabulary' },
  { id: 'bedfordshire', name: 'Bedfordshire Police' },
  { id: 'cambridgeshire', name: 'Cambridgeshire Constabulary' },
  { id: 'cheshire', name: 'Cheshire Constabulary' },
  { id: 'city-of-london', name: 'City of London Police' },
  { id: 'cleveland', name: 'Cleveland Police' },
  { id: 'cumbria', name: 'Cumbria Constabulary' },
  { id: 'derbyshire', name: 'Derbyshire Constabulary' },
  { id: 'devon-and-cornwall', name: 'Devon and Cornwall Police' },
  { id: 'dorset', name: 'Dorset Police' },
  { id: 'durham', name: 'Durham Constabulary' },
  { id: 'dyfed-powys', name: 'Dyfed-Powys Police' },
  { id: 'essex', name: 'Essex Police' },
  { id: 'gloucestershire', name: 'Gloucestershire Constabulary' },
  { id: 'greater-manchester', name: 'Greater Manchester Police' },
  { id: 'gwent', name: 'Gwent Police' },
  { id: 'hampshire', name: 'Hampshire and Isle of Wight Constabulary' },
  { id: 'hertfordshire', name: 'Hertfordshire Constabulary' },
  { id: 'humberside', name: 'Humberside Police' },
  { id: 'kent', name: 'Kent Police' },
  { id: 'lancashire', name: 'Lancashire Constabulary' },
  { id: 'leicestershire', name: 'Leicestershire Police' },
  { id: 'lincolnshire', name: 'Lincolnshire Police' },
  { id: 'merseyside', name: 'Merseyside Police' },
  { id: 'met', name: 'Metropolitan Police Service' },
  { id: 'norfolk', name: 'Norfolk Constabulary' },
  { id: 'north-wales', name: 'North Wales Police' },
  { id: 'north-yorkshire', name: 'North Yorkshire Police' },
  { id: 'northamptonshire', name: 'Northamptonshire Police' },
  { id: 'northumbria', name: 'Northumbria Police' },
  { id: 'nottinghamshire', name: 'Nottinghamshire Police' },
  { id: 'south-wales', name: 'South Wales Police' },
  { id: 'south-yorkshire', name: 'South Yorkshire Police' },
  { id: 'staffordshire', name: 'Staffordshire Police' },
  { id: 'suffolk', name: 'Suffolk Constabulary' },
  { id: 'surrey', name: 'Surrey Police' },
  { id: 'sussex', name: 'Sussex Police' },
  { id: 'thames-valley', name: 'Thames Valley Police' },
  { id: 'warwickshire', name: 'Warwickshire Police' },
  { id: 'west-mercia', name: 'West Mercia Police' },
  { id: 'west-midlands', name: 'West Midlands Police' },
  { id: 'west-yorkshire', name: 'West Yorkshire Police' },
  { id: 'wiltshire', name: 'Wiltshire Police' },
  { id: 'police-scotland', name: 'Police Scotland' },
  { id: 'psni', name: 'Police Service of Northern Ireland' },
  // The special forces, with national remits.
  { id: 'british-transport-police', name: 'British Transport Police' },
  { id: 'civil-nuclear-constabulary', name: 'Civil Nuclear Constabulary' },
  { id: 'ministry-of-defence-police', name: 'Ministry of Defence Police' },
];
