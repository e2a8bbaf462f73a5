/**
 * A nomination's package as one ZIP (issue 18, point 5): the candidate's CV as received, the
 * mission's application form, and a serving officer's release approval (shared/nomination/package.ts
 * says which), built in memory: a CV of 10 MiB at most and two forms of a few dozen KB.
 */
import type { Force } from '#shared/profiles/forces.js';
import {
  applicationFormLines,
  packageFileName,
  packageFiles,
  releaseApprovalLines,
  type PackageApplication,
  type PackageCall,
  type PackageFile,
} from '#shared/nomination/package.js';
import { renderForm } from './render-forms.js';
import { zip } from './zip.js';

export interface PackageInput {
  application: PackageApplication;
  call: PackageCall;
  /** The stage's forces: a serving officer's force is named, not given by its id. */
  forces: readonly Force[];
  /** A received document's bytes by its key (the documents bucket's adapter). */
  readDocument: (key: string) => Promise<Uint8Array>;
  now: Date;
}

export interface BuiltPackage {
  bytes: Uint8Array;
  /** What the download is called: `nomination-EULEX-2601-okafor.zip`. */
  fileName: string;
  /** The entries' names, in the archive's order. */
  files: string[];
}

export const buildPackage = async ({ application, call, forces, readDocument, now }: PackageInput): Promise<BuiltPackage> => {
  const files = packageFiles(application);
  const bytesOf = (file: PackageFile): Promise<Uint8Array> => {
    switch (file.kind) {
      case 'cv':
        return readDocument(file.document.key);
      case 'application-form':
        return renderForm(applicationFormLines(application, call, forces), now);
      case 'release-approval':
        return renderForm(releaseApprovalLines(application, call, forces), now);
    }
  };
  // One after another: the two forms share the fonts' decoding, and a Lambda has one or two cores.
  const entries: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const file of files) entries.push({ name: file.name, bytes: await bytesOf(file) });
  return { bytes: zip(entries, now), fileName: packageFileName(call, application), files: files.map((file) => file.name) };
};
