/**
 * A nomination package's forms as PDFs (pdf-lib, with the selection report's fonts and page
 * writer, functions/pdf/): the mission's application form and a serving officer's release
 * approval, each laid out from its lines (shared/nomination/package.ts), page numbers on every page.
 */
import { PDFDocument } from 'pdf-lib';
import type { PackageForm } from '#shared/nomination/package.js';
import { embedReportFonts } from '../../pdf/fonts.js';
import { PageWriter } from '../../pdf/page-writer.js';

/** `form` as a PDF of A4 pages, dated `now` (the package's build), so the same build gives the same bytes. */
export const renderForm = async (form: PackageForm, now: Date): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  doc.setTitle(form.title);
  doc.setSubject(form.subtitle);
  doc.setProducer('secondment-hub');
  doc.setCreator('secondment-hub');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const out = new PageWriter(doc, await embedReportFonts(doc));

  out.text(form.title, { size: 16 });
  out.text(form.subtitle, { size: 11, grey: true });
  out.rule();
  for (const section of form.sections) {
    out.space(8);
    // A heading never ends a page: it goes on with its first two fields.
    out.ensure(12 * 1.35 + 2 * 10 * 1.35 + 6);
    out.text(section.heading, { size: 12 });
    out.space(2);
    for (const line of section.lines) out.field(line.label, line.value);
  }
  out.finish(form.foot);
  return doc.save();
};
