import { DOCX, MAX_DOCUMENT_BYTES, PDF, type DocumentContentType } from '#shared/documents/kinds.js';
import type { Translator } from '#shared/i18n/translator.js';
import { formatSize } from '../format.js';

/** What a chosen file will be sent as: by its type, or its extension when the browser gives none. */
export const contentTypeOf = (file: Pick<File, 'name' | 'type'>): DocumentContentType | undefined => {
  if (file.type === PDF || file.type === DOCX) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'pdf') return PDF;
  if (extension === 'docx') return DOCX;
  return undefined;
};

/** S3's error code and message, from its XML answer. */
export const parseStorageError = (xml: string): { code: string; detail: string; expired: boolean } => {
  const code = /<Code>([^<]*)<\/Code>/.exec(xml)?.[1] ?? '';
  const detail = /<Message>([^<]*)<\/Message>/.exec(xml)?.[1] ?? '';
  return { code, detail, expired: code === 'AccessDenied' && /expired/i.test(detail) };
};

/** Why a file cannot be sent, before trying (the upload policy would refuse it anyway), in the page's language. */
export const describeFileProblem = (file: Pick<File, 'name' | 'type' | 'size'>, words: Translator): string | undefined => {
  if (!contentTypeOf(file)) return words.t('upload.notPdfOrWord', { name: file.name });
  if (file.size === 0) return words.t('upload.empty', { name: file.name });
  if (file.size > MAX_DOCUMENT_BYTES) {
    return words.t('upload.tooLarge', { name: file.name, size: formatSize(words.language, file.size), limit: formatSize(words.language, MAX_DOCUMENT_BYTES) });
  }
  return undefined;
};

/** S3's XML error (`<Error><Code>EntityTooLarge</Code>…`) in words the reader can act on, in the page's language. */
export const describeStorageError = (status: number, xml: string, words: Translator): string => {
  const { code, expired } = parseStorageError(xml);
  switch (code) {
    case 'EntityTooLarge':
      return words.t('upload.store.tooLarge', { limit: formatSize(words.language, MAX_DOCUMENT_BYTES) });
    case 'EntityTooSmall':
      return words.t('upload.store.empty');
    case 'AccessDenied':
      return expired ? words.t('upload.store.expired') : words.t('upload.store.refused');
    case 'SlowDown':
    case 'ServiceUnavailable':
    case 'InternalError':
      return words.t('upload.store.busy');
    default:
      return words.t('upload.store.other', { code: code || String(status) });
  }
};
