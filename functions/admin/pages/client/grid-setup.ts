/**
 * AG Grid Community, with each module the page uses registered by name: an unregistered module
 * fails silently (its option is ignored), so this list is the inventory of what the grids do.
 */
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomFilterModule,
  DateFilterModule,
  EventApiModule,
  HighlightChangesModule,
  LargeTextEditorModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  NumberFilterModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  themeQuartz,
  type GridOptions,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  TextFilterModule,
  TextEditorModule,
  NumberFilterModule,
  DateFilterModule,
  CustomFilterModule,
  QuickFilterModule,
  RowSelectionModule,
  SelectEditorModule,
  NumberEditorModule,
  LargeTextEditorModule,
  // The applications grid's own words in the page's language (getLocaleText).
  LocaleModule,
  HighlightChangesModule,
  CellStyleModule,
  RowStyleModule,
  TooltipModule,
  EventApiModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
]);

/** The grids' look: Quartz, in the page's colours, dense enough for a day of work. */
export const gridTheme = themeQuartz.withParams({
  accentColor: '#0b4f8a',
  foregroundColor: '#1b2733',
  headerBackgroundColor: '#eef2f6',
  headerFontWeight: 600,
  rowHoverColor: '#f3f7fb',
  selectedRowBackgroundColor: '#e3eefa',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontSize: 13,
  spacing: 6,
  wrapperBorderRadius: 6,
  borderColor: '#d5dde6',
  // A saved or conflicting change flashes in the page's warning yellow, not the theme's teal.
  valueChangeValueHighlightBackgroundColor: '#ffe58a',
});

/** The nonce this response's CSP allows for styles: the page put it on its own <style>. */
export const styleNonce = (): string | undefined => document.querySelector('style')?.nonce || undefined;

/** What both grids share: the theme under the page's CSP, keyboard-first editing, no animation to wait for. */
export const commonGridOptions = (): Partial<GridOptions> => ({
  theme: gridTheme,
  styleNonce: styleNonce(),
  animateRows: false,
  stopEditingWhenCellsLoseFocus: true,
  enterNavigatesVerticallyAfterEdit: true,
  tooltipShowDelay: 400,
});
