/**
 * The demo selection panel's people (issue 16): the seed names them on the panel of vacancy
 * DEMO_PANEL_VACANCY, and the local sign-in offers them, so `npm start` shows a member's view.
 */
export const DEMO_PANEL_VACANCY = '1614';

export const DEMO_PANEL = [
  { email: 'panel.chair@secondment-hub.local', label: 'Panel chair (demo)' },
  { email: 'panel.member1@secondment-hub.local', label: 'Panel member, has marked one candidate (demo)' },
  { email: 'panel.member2@secondment-hub.local', label: 'Panel member (demo)' },
] as const;
