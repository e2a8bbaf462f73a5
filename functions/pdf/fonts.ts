// fontkit's Indic shaper (Devanagari, Bengali...) is compiled to generators that look for this global (pdf-lib #785).
import 'regenerator-runtime/runtime.js';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { notoSans, notoSansArabic } from '../pages/generated/report-fonts.js';

/** The PDF fonts (the selection report, a nomination package), decoded once per container (about 0.8 MB together). */
let bytes: { latin: Uint8Array; arabic: Uint8Array } | undefined;

export interface ReportFonts {
  /** Latin, Greek, Cyrillic. */
  latin: PDFFont;
  arabic: PDFFont;
  /** Whether one of the two has a glyph for the character. */
  covers(char: string): boolean;
}

/** Embeds the fonts in `doc`, subset to the glyphs the report uses. */
export const embedReportFonts = async (doc: PDFDocument): Promise<ReportFonts> => {
  bytes ??= { latin: Buffer.from(notoSans, 'base64'), arabic: Buffer.from(notoSansArabic, 'base64') };
  doc.registerFontkit(fontkit);
  const [latin, arabic] = await Promise.all([doc.embedFont(bytes.latin, { subset: true }), doc.embedFont(bytes.arabic, { subset: true })]);
  const covered = new Set([...latin.getCharacterSet(), ...arabic.getCharacterSet()]);
  return { latin, arabic, covers: (char) => covered.has(char.codePointAt(0) ?? -1) };
};
