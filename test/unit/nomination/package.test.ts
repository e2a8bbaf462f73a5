import JSZip from 'jszip';
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildPackage } from '#functions/nomination/package/build-package.js';
import { crc32, dosDateTime, zip } from '#functions/nomination/package/zip.js';
import type { Application } from '#shared/applications/application.js';
import { DOCX, PDF } from '#shared/documents/kinds.js';
import { applicationDocumentPrefixes, packageKey } from '#shared/documents/keys.js';
import { zipEntryNames } from '#shared/documents/zip.js';
import { ForbiddenTransition } from '#shared/errors.js';
import { applicationFormLines, packageFileName, packageFiles, releaseApprovalLines, type PackageCall } from '#shared/nomination/package.js';
import { aminaApplication } from '../../support/candidates.js';
import { eulexCall, unitForces } from '../../support/sending-unit.js';

const now = new Date('2026-12-16T09:30:14.000Z');
const call = eulexCall({ number: 'EULEX-2601' }) as PackageCall;
const cvKey = 'applications/5b1f4c1e-0000-4000-8000-000000000001/cv/0b7a5c1e-0000-4000-8000-00000000000c';

const received = (contentType: typeof PDF | typeof DOCX, size: number) => ({ key: cvKey, contentType, size, sha256: '0'.repeat(64), receivedAt: '2026-12-01T10:00:00.000Z', suppliedBy: 'candidate' as const });

const nominated = (overrides: Partial<Application>) => ({
  ...aminaApplication({
    vacancy: 'EULEX-2601',
    status: 'interviewed',
    givenName: 'Grace',
    familyName: 'Okafor',
    email: 'grace.okafor@met.police.example',
    nationality: 'GB',
    currentTitle: 'Detective Inspector',
    homeAdministration: 'Metropolitan Police Service',
    yearsOfExperience: 14,
    languages: ['en', 'fr', 'sq'],
    languageLevels: { en: 'C2', fr: 'B2', sq: 'A2' },
    education: 'master',
    documents: { cv: received(PDF, 1000) },
    ...overrides,
  }),
  nomination: { nominatedAt: '2026-12-15T23:30:00.000Z', nominatedBy: 'hr.officer@unit.example' },
});

const serving = nominated({
  category: 'serving-police',
  applicantStatus: { force: 'police-scotland', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@scotland.police.example' },
  release: { decision: 'approved', from: '2027-02-01', until: '2028-01-31', note: 'Post held open.', at: '2026-12-10T14:05:00.000Z', by: 'approver@scotland.police.example' },
});
const retired = nominated({ givenName: 'Ian', familyName: 'Ó Súilleabháin', category: 'retired-police', applicantStatus: { retiredOn: '2024-06-30', formerForce: 'met' } });
const civilian = nominated({
  givenName: 'Layla',
  familyName: 'الهاشمي',
  category: 'civilian-expert',
  applicantStatus: { expertise: 'rule-of-law', onExpertRoster: true },
  documents: { cv: received(DOCX, 800) },
});

/** A CV as a candidate sends one: a real PDF with their name in it. */
const cvPdf = async (text: string): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text, { font: await doc.embedFont(StandardFonts.Helvetica), x: 50, y: 700, size: 12 });
  return doc.save();
};

/** The received documents as the bucket would hand them back, by key. */
const bucketOf = (objects: Record<string, Uint8Array>) => async (key: string) => {
  const bytes = objects[key];
  if (!bytes) throw new Error(`No object ${key}`);
  return bytes;
};

const textOf = async (bytes: Uint8Array): Promise<string> => {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  // pdf.js marks a change of font inside a line with a control character: dropped, with repeated spaces.
  return [...text].map((char) => (char.charCodeAt(0) < 0x20 ? ' ' : char)).join('').replace(/\s+/g, ' ');
};

/** The first page's pieces of text as pdf.js reads them, each with the font it is drawn in. */
const textItemsOf = async (bytes: Uint8Array): Promise<Array<{ str: string; fontName: string }>> => {
  const page = await (await getDocumentProxy(new Uint8Array(bytes))).getPage(1);
  return (await page.getTextContent()).items.filter((item) => 'str' in item).map((item) => ({ str: item.str, fontName: item.fontName }));
};

/** The fonts a PDF embeds, by their base names (subset tag and all). */
const fontsOf = async (bytes: Uint8Array): Promise<string[]> => {
  const doc = await PDFDocument.load(bytes);
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font') && object.get(PDFName.of('Subtype')) === PDFName.of('Type0'))
    .map((font) => font.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '')
    .sort();
};

/** Every entry of the archive, read by JSZip with its CRC-32 checked against the bytes. */
const unzipped = async (bytes: Uint8Array): Promise<Record<string, Uint8Array>> => {
  const archive = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const entries: Record<string, Uint8Array> = {};
  for (const [name, entry] of Object.entries(archive.files)) entries[name] = await entry.async('uint8array');
  return entries;
};

describe('what a nomination package holds', () => {
  it.each([
    ['a serving officer', serving, ['cv.pdf', 'application-form.pdf', 'release-approval.pdf']],
    ['a retired officer', retired, ['cv.pdf', 'application-form.pdf']],
    ['a civilian expert, whose CV is a DOCX', civilian, ['cv.docx', 'application-form.pdf']],
  ])('holds for %s exactly the CV, the application form and only a serving officer’s release approval', (_who, application, expected) => {
    // Act
    const files = packageFiles(application);

    // Assert
    expect(files.map((file) => file.name)).toEqual(expected);
  });

  it('refuses a package without the CV, and a serving officer’s without an approved release, rather than build it short', () => {
    const refused = nominated({ ...serving, release: { decision: 'refused', at: '2026-12-10T14:05:00.000Z', by: 'approver@scotland.police.example' } });

    expect(() => packageFiles({ ...retired, documents: {} })).toThrow(ForbiddenTransition);
    expect(() => packageFiles(refused)).toThrow(/release is not approved/);
    expect(() => packageFiles({ ...serving, release: undefined })).toThrow(ForbiddenTransition);
    expect(() => releaseApprovalLines(refused, call, unitForces)).toThrow(ForbiddenTransition);
  });

  it('names the package after the call and the family name in ASCII, the id when the name has no Latin letter', () => {
    expect(packageFileName(call, serving)).toBe('nomination-EULEX-2601-okafor.zip');
    expect(packageFileName(call, retired)).toBe('nomination-EULEX-2601-o-suilleabhain.zip');
    expect(packageFileName(call, { id: 'x', givenName: 'Zoë', familyName: undefined })).toBe('nomination-EULEX-2601-zoe.zip');
    expect(packageFileName(call, civilian)).toBe('nomination-EULEX-2601-candidate-5b1f4c1e.zip');
  });

  it('keeps each build under nomination-packages/, by application, which its purge removes', () => {
    expect(packageKey(serving.id, now)).toBe(`nomination-packages/${serving.id}/20261216T093014000Z.zip`);
    expect(applicationDocumentPrefixes(serving.id)).toContain(`nomination-packages/${serving.id}/`);
  });

  it('fills the application form with what the candidate gave, by their category, and the call with both deadlines', () => {
    // Act
    const form = applicationFormLines(serving, call, unitForces);
    const lines = Object.fromEntries(form.sections.flatMap((section) => section.lines.map((line) => [line.label, line.value])));
    const retiredLines = Object.fromEntries(applicationFormLines(retired, call, unitForces).sections.flatMap((s) => s.lines.map((l) => [l.label, l.value])));
    const civilianLines = Object.fromEntries(applicationFormLines(civilian, call, unitForces).sections.flatMap((s) => s.lines.map((l) => [l.label, l.value])));

    // Assert
    expect(form.title).toBe('Application form: EULEX Kosovo');
    // Nominated at 00:30 in Pristina: that day, not the day before in UTC.
    expect(form.subtitle).toBe('Call EULEX-2601, Police Adviser, Organised Crime; nominated by the national unit on 16 December 2026');
    expect(lines).toMatchObject({
      Name: 'Grace Okafor',
      Nationality: 'United Kingdom (GB)',
      'Applicant category': 'Serving police officer',
      'Police force': 'Police Scotland',
      'Line manager': 'Chief Inspector Dan Reyes',
      'Current title': 'Detective Inspector',
      'Years of experience': '14',
      'Languages (CEFR level)': 'English (C2), French (B2), Albanian (A2)',
      'Highest education': 'Master’s degree or equivalent (ISCED 7)',
      Mission: 'EULEX Kosovo',
      'Run by': 'European Union (EU)',
      'Role category': 'Mentoring and advising (police)',
      'Rank or grade sought': 'Inspector or above',
      'Duty station': 'Pristina (Europe/Belgrade)',
      'National deadline': '13 December 2026, end of the day in Europe/Belgrade',
      'Mission’s deadline': '28 December 2026',
    });
    expect(retiredLines).toMatchObject({ 'Applicant category': 'Retired police officer', 'Retired on': '30 June 2024', 'Last force served in': 'Metropolitan Police Service' });
    expect(retiredLines).not.toHaveProperty('Police force');
    expect(civilianLines).toMatchObject({ Name: 'Layla الهاشمي', 'Field of expertise': 'Rule of law', 'On the unit’s roster of deployable experts': 'Yes' });
  });
});

describe('the package as a ZIP', () => {
  it('zips a serving officer’s CV as received and the two forms, which an outside reader and ours open, each entry’s bytes and CRC intact', async () => {
    // Prepare
    const cv = await cvPdf('Curriculum vitae of Grace Okafor');

    // Act
    const built = await buildPackage({ application: serving, call, forces: unitForces, readDocument: bucketOf({ [cvKey]: cv }), now });
    const entries = await unzipped(built.bytes);
    const ours = zipEntryNames(built.bytes);

    // Assert
    expect(built.fileName).toBe('nomination-EULEX-2601-okafor.zip');
    expect(built.files).toEqual(['cv.pdf', 'application-form.pdf', 'release-approval.pdf']);
    expect(Object.keys(entries)).toEqual(built.files);
    expect(entries['cv.pdf']).toEqual(cv);
    expect(ours.ok && ours.names).toEqual(built.files);
    expect(ours.ok && ours.entries.map((entry) => entry.declaredBytes)).toEqual(built.files.map((name) => entries[name]?.length));
    const form = await textOf(entries['application-form.pdf'] ?? new Uint8Array());
    for (const said of ['Application form: EULEX Kosovo', 'Grace Okafor', 'Police Scotland', 'EULEX-2601', 'Inspector or above', 'English (C2), French (B2)', '28 December 2026', 'Page 1 of 1']) {
      expect(form).toContain(said);
    }
    const release = await textOf(entries['release-approval.pdf'] ?? new Uint8Array());
    for (const said of ['Release approval', 'Grace Okafor', 'Police Scotland', 'EULEX Kosovo', '1 February 2027', '31 January 2028', 'approver@scotland.police.example', '10 December 2026, 14:05 UTC']) {
      expect(release).toContain(said);
    }
  }, 30_000);

  it('draws an Arabic family name in the form with the Arabic font, and names a DOCX CV cv.docx with its bytes kept', async () => {
    // Prepare: a DOCX is itself a ZIP, which the package stores rather than deflate again when that would not shrink it.
    const docx = zip([{ name: 'word/document.xml', bytes: new TextEncoder().encode('<w:document>Layla</w:document>') }], now);

    // Act
    const built = await buildPackage({ application: civilian, call, forces: unitForces, readDocument: bucketOf({ [cvKey]: docx }), now });
    const entries = await unzipped(built.bytes);

    // Assert
    expect(built.files).toEqual(['cv.docx', 'application-form.pdf']);
    expect(entries['cv.docx']).toEqual(docx);
    const form = await textOf(entries['application-form.pdf'] ?? new Uint8Array());
    // pdf.js may split a shaped Arabic run where a mark glyph sits (docs/selection-report.md): the letters, in order.
    expect(form.replace(/\s/g, '')).toContain('Laylaالهاشمي');
    expect(await fontsOf(entries['application-form.pdf'] ?? new Uint8Array())).toEqual([expect.stringMatching(/^NotoSans-Regular-/), expect.stringMatching(/^NotoSansArabic-Regular-/)]);
    // The Arabic letters are drawn in a font of their own, not in the one the Latin name is.
    const items = await textItemsOf(entries['application-form.pdf'] ?? new Uint8Array());
    const latin = items.find((item) => item.str === 'Layla')?.fontName;
    const arabic = items.filter((item) => /[\u0600-\u06FF]/u.test(item.str)).map((item) => item.fontName);
    expect(latin).toBeDefined();
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((font) => font !== latin)).toBe(true);
    expect(form).toContain('Civilian expert');
    expect(form).not.toContain('Release');
  }, 30_000);

  it('writes names as UTF-8, dates every entry by the injected clock, and refuses two entries of one name', async () => {
    // Prepare
    const bytes = new Uint8Array(5000).map((_, index) => (index * 7) % 256);

    // Act
    const archive = zip([{ name: 'notes/é.txt', bytes }, { name: 'empty', bytes: new Uint8Array() }], now);
    const read = await JSZip.loadAsync(archive, { checkCRC32: true });

    // Assert
    expect(Object.keys(read.files)).toEqual(['notes/é.txt', 'empty']);
    expect(await read.file('notes/é.txt')?.async('uint8array')).toEqual(bytes);
    expect(await read.file('empty')?.async('uint8array')).toEqual(new Uint8Array());
    // DOS time has two-second steps and no zone: the UTC wall clock, 09:30:14.
    expect(read.files['empty']?.date.toISOString()).toBe(new Date(2026, 11, 16, 9, 30, 14).toISOString());
    expect(dosDateTime(now)).toEqual({ date: ((2026 - 1980) << 9) | (12 << 5) | 16, time: (9 << 11) | (30 << 5) | 7 });
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(() => zip([{ name: 'a', bytes }, { name: 'a', bytes }], now)).toThrow(/Two entries named a/);
    expect(() => zip([{ name: '../a', bytes }], now)).toThrow(/Not an entry name/);
  });
});
