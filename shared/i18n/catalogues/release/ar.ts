import type { ReleaseCatalogue } from './en.js';

/** موافقة جهاز الشرطة على انتداب الضابط العامل، بالعربية (انظر ./en.ts). */
export const ar: ReleaseCatalogue = {
  'receipt.missing.release': 'موافقة جهاز الشرطة الذي تعمل فيه على انتدابك للبعثة',
  'receipt.missing.release.how': 'يبتّ فيها المسؤول عن الموافقات في جهازك: يُرجى أن تطلب من رئيسك المباشر تقديم طلب انتدابك قبل الموعد النهائي.',
  'hrDigest.missing.release': 'موافقة الجهاز على الانتداب',
};
