import type { OfferCatalogue } from './en.js';

/** رسائل العروض بالعربية (يحدد ./en.ts مفاتيحها واستخدامها). */
export const ar = {
  'offerTerm.releaseForPeriod': 'إعارة الموظف طوال مدة الانتداب',
  'offerTerm.salaryAndBenefits': 'استمرار الإدارة الأصلية في دفع الراتب والتأمين الاجتماعي والمعاش والاستحقاقات',
  'offerTerm.travelAndRemoval': 'تكاليف السفر والانتقال عند الوصول والمغادرة',
  'offerTerm.dutyStationConditions': 'شروط الخدمة في مقر العمل',
  'statusPage.offer.title': 'العرض المقدم إليك',
  'statusPage.offer.intro': 'نعرض عليك الوظيفة: انتداب يبدأ في {startsOn} لمدة {months, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهراً} other {# شهر}}.',
  'statusPage.offer.answerBy': 'يرجى الرد قبل نهاية يوم {date} في مقر العمل (بتوقيت {timeZone}): أي حتى {until}.',
  'statusPage.offer.yourTime': 'أي حتى {date}، الساعة {time} بتوقيتك ({timeZone}، {offset}).',
  'statusPage.offer.homeConfirmation': 'على إدارتك الأصلية أن تؤكد ما يلي عن طريق مكتبك المركزي الوطني قبل {by}:',
  'statusPage.offer.homeConfirmed': 'تم استلام تأكيد إدارتك الأصلية.',
  'statusPage.offer.legend': 'ردك',
  'statusPage.offer.accept': 'أقبل العرض',
  'statusPage.offer.decline': 'أرفض العرض',
  'statusPage.offer.declineWarning': 'إذا رفضت العرض، ينتهي طلبك لهذه الوظيفة وقد تُعرض الوظيفة على مرشح آخر.',
  'statusPage.offer.send': 'إرسال ردي',
  'statusPage.offer.pickOne': 'اختر أولاً القبول أو الرفض.',
  'statusPage.offer.accepted': 'قبلت العرض في {date}.',
  'statusPage.offer.declined': 'رفضت العرض في {date}.',
  'statusPage.offer.lapsed': 'انقضى العرض: لم يصل رد قبل نهاية يوم {date} (بتوقيت {timeZone}).',
  'statusPage.offer.closed': 'انتهى اليوم المحدد للرد: لم يعد من الممكن الرد على العرض هنا.',
  'statusPage.offer.acceptedNews': 'شكراً لك: تم تسجيل قبولك.',
  'statusPage.offer.declinedNews': 'تم تسجيل ردك: لقد رفضت العرض.',
  'statusPage.offer.failed': 'تعذر تسجيل ردك. {detail}',
} as const satisfies OfferCatalogue;
