import type { LetterCatalogue } from './en.js';

/** رسائل الخطابات باللغة العربية (انظر ./en.ts). */
export const ar: LetterCatalogue = {
  'letterEmail.shortlisted.subject': 'الوظيفة الشاغرة {number}، {title}: أُدرج طلبك في القائمة المختصرة',
  'letterEmail.shortlisted.body': 'يسرّنا إبلاغك بأن طلبك للوظيفة الشاغرة <b>{number}، {title}</b> ({location}) قد أُدرج في القائمة المختصرة.',
  'letterEmail.shortlisted.next': 'سنكتب إليك مجددًا بشأن المرحلة التالية من الاختيار.',
  'letterEmail.testResult.subject': 'الوظيفة الشاغرة {number}، {title}: نتيجة اختبارك الكتابي',
  'letterEmail.testResult.body':
    '{passed, select, yes {لقد نجحت في الاختبار الكتابي للوظيفة الشاغرة <b>{number}، {title}</b>.} other {لم تبلغ درجة النجاح في الاختبار الكتابي للوظيفة الشاغرة <b>{number}، {title}</b>.}}',
  'letterEmail.testResult.mark': 'درجتك: {mark} من {maxMark} (درجة النجاح: {passMark}).',
  'letterEmail.testResult.next': 'سنكتب إليك مجددًا عندما تتقدم عملية الاختيار.',
  'letterEmail.notRetained.subject': 'الوظيفة الشاغرة {number}، {title}: طلبك',
  'letterEmail.notRetained.body':
    '{stage, select, screening {نشكرك على طلبك للوظيفة الشاغرة <b>{number}، {title}</b> ({location}). بعد فرز الطلبات الواردة، نأسف لإبلاغك بأن طلبك لم يُختر للمرحلة التالية.} shortlisting {نشكرك على طلبك للوظيفة الشاغرة <b>{number}، {title}</b> ({location}). بعد دراسة متأنية للطلبات المدرجة في القائمة المختصرة، نأسف لإبلاغك بأن طلبك لم يُختر للمرحلة التالية.} test {نشكرك على أدائك الاختبار الكتابي للوظيفة الشاغرة <b>{number}، {title}</b> ({location}). نأسف لإبلاغك بأن طلبك لم يُختر للمرحلة التالية.} other {نشكرك على حضورك المقابلة للوظيفة الشاغرة <b>{number}، {title}</b> ({location}). نأسف لإبلاغك بأن طلبك لم يُختر بعد المقابلات.}}',
  'letterEmail.notRetained.thanks': 'نشكرك على اهتمامك بالمنظمة، ونشجعك على التقدم للوظائف الشاغرة المقبلة التي تناسب مؤهلاتك.',
  'letterEmail.reserve.subject': 'الوظيفة الشاغرة {number}، {title}: قائمة الاحتياط',
  'letterEmail.reserve.body': 'بعد المقابلات الخاصة بالوظيفة الشاغرة <b>{number}، {title}</b> ({location})، أدرجتك لجنة الاختيار في قائمة الاحتياط.',
  'letterEmail.reserve.meaning': 'هذا ليس عرضًا: إذا شغر منصب في هذه الوظيفة، فقد نعرضه عليك، وسنكتب إليك حينئذ.',
  'letterEmail.offer.subject': 'عرض انتداب: الوظيفة الشاغرة {number}، {title}',
  'letterEmail.offer.body': 'يسرّنا أن نعرض عليك الانتداب إلى منصب <b>{title}</b> (الوظيفة الشاغرة {number}) في {location}.',
  'letterEmail.offer.period': 'يبدأ الانتداب في {startsOn} لمدة {months, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'letterEmail.offer.home': 'يجب على إدارتك الأصلية أن تؤكد لنا ما يلي عن طريق المكتب المركزي الوطني في بلدك في موعد أقصاه <b>{by}</b>:',
  'letterEmail.offer.term':
    '{term, select, releaseForPeriod {أنها تفرغك طوال مدة الانتداب} salaryAndBenefits {أنها تواصل دفع راتبك وتأمينك الاجتماعي ومعاشك التقاعدي واستحقاقاتك} travelAndRemoval {أنها تتحمل تكاليف السفر والانتقال عند وصولك ومغادرتك} other {أنها تقبل شروط الخدمة في مقر العمل}}',
  'letterEmail.offer.answer':
    '<link>اقبل العرض أو ارفضه من صفحة متابعة طلبك</link> (يفتحها الرابط الوارد في إشعار استلام طلبك) في موعد أقصاه <b>{answerBy}</b>. إذا لم يصلنا ردك بحلول ذلك الموعد، يسقط العرض.',
  'letterEmail.offer.answerBy': 'نهاية يوم {date} بتوقيت {location} ({timeZone})',
  'letterEmail.appointed.subject': 'التعيين: الوظيفة الشاغرة {number}، {title}',
  'letterEmail.appointed.body': 'يسرّنا أن نؤكد تعيينك موظفًا منتدبًا في منصب <b>{title}</b> (الوظيفة الشاغرة {number}) في {location}.',
  'letterEmail.appointed.next': 'ستكتب إليك إدارة الموارد البشرية بشأن وصولك. مرحبًا بك في المنظمة.',
  'letterEmail.ncb.greeting': 'إلى المكتب المركزي الوطني في {countryName} ({country})،',
  'letterEmail.ncb.offer.subject': 'نسخة للمكتب المركزي الوطني: عرض انتداب إلى {name}، الوظيفة الشاغرة {number}',
  'letterEmail.ncb.offer.body':
    'للعلم: عرضت المنظمة على <b>{name}</b> ({currentTitle}، {administration}) الانتداب إلى منصب <b>{title}</b> (الوظيفة الشاغرة {number}) في {location}، ابتداءً من {startsOn} لمدة {months, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}.',
  'letterEmail.ncb.offer.home': 'يجب أن يصلنا تأكيد الإدارة الأصلية عن طريقكم في موعد أقصاه <b>{by}</b>، متضمنًا:',
  'letterEmail.ncb.offer.answer': 'يرد المرشح على العرض في موعد أقصاه {answerBy}.',
  'letterEmail.ncb.appointed.subject': 'نسخة للمكتب المركزي الوطني: تعيين {name}، الوظيفة الشاغرة {number}',
  'letterEmail.ncb.appointed.body': 'للعلم: عُيّن <b>{name}</b> ({currentTitle}، {administration}) موظفًا منتدبًا في منصب <b>{title}</b> (الوظيفة الشاغرة {number}) في {location}.',
  'letterEmail.ncb.reference': 'مرجع الطلب: {reference}',

  'statusPage.stage.title': 'أين وصلت عملية الاختيار',
  'statusPage.stage.text':
    '{stage, select, received {تسلّمنا طلبك، وسيُفرز بعد الموعد النهائي.} shortlisted {أُدرج طلبك في القائمة المختصرة.} tested {أدّيت الاختبار الكتابي، وسنكتب إليك بشأن المرحلة التالية.} interviewed {أنت مدعو إلى مقابلة أو أجريتها، وسنكتب إليك بشأن النتيجة.} offered {عُرض عليك الانتداب: يُرجى الرد من هذه الصفحة قبل التاريخ المذكور في خطابنا.} appointed {لقد عُيّنت. مرحبًا بك في المنظمة.} notRetained {لم يُختر طلبك. نشكرك على اهتمامك.} other {سُحب طلبك.}}',
};
