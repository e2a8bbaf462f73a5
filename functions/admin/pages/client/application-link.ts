/**
 * A link from elsewhere in the page to one application in the applications grid (HR's matched
 * proposal, issue 15 point 7): its vacancy chosen in the switcher, the grid's tab opened, and the
 * row brought into view and focused once the rows are in. A vacancy the switcher does not list yet
 * (one the match just created) is opened by loading the page again at `#vacancy=…&application=…`,
 * which the switcher reads.
 */
import type { GridApi } from 'ag-grid-community';
import { byId } from '../../../pages/client/dom.js';
import type { ApplicationRow } from './answers.js';

const WAIT_MS = 15_000;
const STEP_MS = 200;

/** Shows the row when the grid has it (its vacancy's rows may still be loading), then stops looking. */
export const revealApplication = (api: GridApi<ApplicationRow>, id: string): void => {
  const started = Date.now();
  const look = () => {
    const node = api.getRowNode(id);
    if (node && node.rowIndex !== null) {
      api.ensureNodeVisible(node, 'middle');
      api.setFocusedCell(node.rowIndex, 'name');
      api.flashCells({ rowNodes: [node] });
      return;
    }
    if (Date.now() - started < WAIT_MS) window.setTimeout(look, STEP_MS);
  };
  look();
};

/** The application the address names (`#vacancy=1703&application=…`), if any. */
export const linkedApplication = (): string | undefined => new URLSearchParams(window.location.hash.slice(1)).get('application') ?? undefined;

export const openApplication = (api: () => GridApi<ApplicationRow> | undefined, vacancy: string, id: string): void => {
  const select = byId('vacancy-select', HTMLSelectElement);
  const grid = api();
  if (!grid || ![...select.options].some((option) => option.value === vacancy)) {
    window.location.hash = new URLSearchParams({ vacancy, application: id }).toString();
    window.location.reload();
    return;
  }
  if (select.value !== vacancy) {
    select.value = vacancy;
    select.dispatchEvent(new Event('change'));
  }
  byId('tab-applications', HTMLButtonElement).click();
  revealApplication(grid, id);
};
