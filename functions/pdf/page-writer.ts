import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { ReportFonts } from './fonts.js';
import { scriptRuns } from './script-runs.js';

/** A4 in points, with 50 pt margins and room at the foot for the page number. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const FOOT = 40;
const LINE = 1.35;

export interface TextStyle {
  size?: number;
  indent?: number;
  grey?: boolean;
}

/**
 * Writes lines down the pages of a PDF, opening a new page when one is full: wrapping by measured
 * width, each script run in its font (script-runs.ts). Page numbers go on at the end (`finish`),
 * once the number of pages is known.
 */
export class PageWriter {
  private page: PDFPage;
  private y: number;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: ReportFonts,
  ) {
    this.page = this.addPage();
    this.y = PAGE.height - MARGIN;
  }

  private addPage(): PDFPage {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(page);
    return page;
  }

  private fontOf(script: 'arabic' | 'latin') {
    return script === 'arabic' ? this.fonts.arabic : this.fonts.latin;
  }

  /**
   * `text` with each character neither font has as a "?": a script they lack (Devanagari, Chinese,
   * Hebrew...) would come out as empty boxes, and fontkit's Indic shaping throws in a bundle.
   */
  private drawable(text: string): string {
    return [...text].map((char) => (this.fonts.covers(char) || /\s/u.test(char) ? char : '?')).join('');
  }

  width(text: string, size: number): number {
    return scriptRuns(this.drawable(text)).reduce((sum, run) => sum + this.fontOf(run.script).widthOfTextAtSize(run.text, size), 0);
  }

  /** Room for `height` more points on this page, else the next page. */
  ensure(height: number): void {
    if (this.y - height < MARGIN + FOOT) {
      this.page = this.addPage();
      this.y = PAGE.height - MARGIN;
    }
  }

  space(points: number): void {
    this.y -= points;
  }

  private draw(page: PDFPage, text: string, x: number, y: number, size: number, grey = false): void {
    let at = x;
    for (const run of scriptRuns(this.drawable(text))) {
      const font = this.fontOf(run.script);
      page.drawText(run.text, { x: at, y, size, font, color: grey ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0) });
      at += font.widthOfTextAtSize(run.text, size);
    }
  }

  /** The words of `text` wrapped to `room` points, each line break of `text` kept. */
  private wrap(text: string, size: number, room: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && this.width(candidate, size) > room) {
          lines.push(line);
          line = word;
        } else line = candidate;
      }
      lines.push(line);
    }
    return lines;
  }

  /** The words of `text` wrapped to the width left after `indent`; each line break of `text` kept. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    for (const line of this.wrap(text, size, PAGE.width - 2 * MARGIN - indent)) this.line(line, size, indent, style.grey);
  }

  /**
   * A form's field: its label in grey in a column `labelWidth` wide, its value beside it, wrapped
   * within the rest of the line; a label too long for its column wraps there too.
   */
  field(label: string, value: string, labelWidth = 170, size = 10): void {
    const labels = this.wrap(label, size, labelWidth - 8);
    const values = this.wrap(value, size, PAGE.width - 2 * MARGIN - labelWidth);
    const lines = Math.max(labels.length, values.length);
    // A short field stays on one page; a long one flows on.
    if (lines <= 4) this.ensure(lines * size * LINE);
    for (let index = 0; index < lines; index += 1) {
      this.ensure(size * LINE);
      this.y -= size * LINE;
      this.draw(this.page, labels[index] ?? '', MARGIN, this.y, size, true);
      this.draw(this.page, values[index] ?? '', MARGIN + labelWidth, this.y, size);
    }
  }

  private line(text: string, size: number, indent: number, grey?: boolean): void {
    this.ensure(size * LINE);
    this.y -= size * LINE;
    this.draw(this.page, text, MARGIN + indent, this.y, size, grey);
  }

  /** A row of cells at the given x offsets (from the margin), each cut to its column with an ellipsis. */
  row(cells: ReadonlyArray<{ text: string; at: number; width: number }>, size = 9): void {
    this.ensure(size * LINE);
    this.y -= size * LINE;
    for (const cell of cells) {
      let text = cell.text;
      while (text.length > 1 && this.width(text, size) > cell.width) text = `${text.slice(0, -2)}…`;
      this.draw(this.page, text, MARGIN + cell.at, this.y, size);
    }
  }

  rule(): void {
    this.ensure(6);
    this.y -= 4;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: PAGE.width - MARGIN, y: this.y }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
    this.y -= 2;
  }

  /** Each page's foot: what the report is, and "Page i of n". */
  finish(foot: string): void {
    for (const [index, page] of this.pages.entries()) {
      this.draw(page, foot, MARGIN, MARGIN / 2 + 4, 8, true);
      const number = `Page ${index + 1} of ${this.pages.length}`;
      this.draw(page, number, PAGE.width - MARGIN - this.width(number, 8), MARGIN / 2 + 4, 8, true);
    }
  }
}
