import type { Catalogue } from './en.js';

/**
 * Arabic (Modern Standard Arabic, read right to left): typed by the English catalogue, so a
 * missing key fails the typecheck. Plurals use Arabic's six categories (zero, one, two, few, many, other).
 */
export const ar: Catalogue = {
  'email.greeting.anonymous': 'تحية طيبة وبعد،',
  'email.greeting.named': 'السيد(ة) {name} المحترم(ة)،',
  'email.signature.hr': 'إدارة الموارد البشرية',
  'email.reference': 'الرقم المرجعي: {reference}',
  'deadline.inDutyStation': '{date}، الساعة {time} بتوقيت {location} ({timeZone}، {offset})',
  'deadline.inRecipientZone': '{date}، الساعة {time} بتوقيتكم المحلي ({timeZone}، {offset})',
  'deadline.both': '{dutyStation}، أي {recipient}',
  'time.utc': '{date}، الساعة {time} بالتوقيت العالمي (UTC)',

  'receipt.confirm.subject': 'يُرجى تأكيد طلبكم: الوظيفة الشاغرة {number}، {title}',
  'receipt.confirm.submitted': 'قُدِّم باستخدام عنوان البريد الإلكتروني هذا طلبُ ترشح للوظيفة الشاغرة <b>{number}، {title}</b> ({location}).',
  'receipt.confirm.action':
    'إذا كنتم أنتم من قدّم هذا الطلب، فيُرجى <link>تأكيد عنوان بريدكم الإلكتروني</link> في موعد أقصاه <b>{confirmBy}</b>. هذا الرابط خاص بكم، فلا تطلعوا عليه أحدًا.',
  'receipt.confirm.untilConfirmed': 'لن يُعتدّ بطلبكم ما لم تؤكدوه، ويُحذف كل طلب لا يُؤكَّد في الموعد المحدد.',
  'receipt.confirm.afterwards':
    'ويتيح لكم الرابط نفسه لاحقًا متابعة طلبكم: ما وصل من وثائق، وما لا يزال مطلوبًا، وكيفية سحب الطلب. ويجب أن تصل جميع الوثائق في موعد أقصاه <b>{deadline}</b>.',
  'receipt.confirm.notYou':
    'إذا لم تكونوا أنتم من قدّم هذا الطلب، فلا يلزمكم القيام بأي إجراء: سيُحذف الطلب ولن تتلقوا أي رسائل أخرى بشأنه.',
  'receipt.received.subject': 'إشعار باستلام طلبكم: الوظيفة الشاغرة {number}، {title}',
  'receipt.received.body': 'تلقينا طلب ترشحكم للوظيفة الشاغرة <b>{number}، {title}</b> ({location}).',
  'receipt.received.follow':
    '<link>تابعوا طلبكم، واطلعوا على ما وصل من وثائق وما لا يزال مطلوبًا، وأضيفوا وثائق أو اسحبوا الطلب</link>. هذا الرابط خاص بكم، فلا تطلعوا عليه أحدًا.',
  'receipt.received.deadline': 'يجب أن تصل جميع الوثائق في موعد أقصاه <b>{deadline}</b>؛ ولا يُنظر عادةً في الطلبات غير المكتملة.',
  'receipt.letterThroughNcb':
    'يجب أن يصلنا خطاب التأكيد الصادر عن إدارتكم الأصلية عن طريق المكتب المركزي الوطني في بلدها. وإذا حمّلتم نسخة منه بأنفسكم فإنها تُسجَّل، ولكن لا يُعتدّ بها إلا بعد أن يؤكدها مكتبكم المركزي الوطني.',

  'reminder.subject': 'تذكير: طلبكم للوظيفة الشاغرة {number}، {title}، غير مكتمل',
  'reminder.notComplete': 'لم يكتمل بعدُ طلبكم للوظيفة الشاغرة <b>{number}، {title}</b> ({location}).',
  'reminder.timeLeft':
    '{days, plural, =0 {ينتهي الموعد النهائي اليوم} =1 {ينتهي الموعد النهائي غدًا} =2 {ينتهي الموعد النهائي بعد يومين} few {ينتهي الموعد النهائي بعد # أيام} many {ينتهي الموعد النهائي بعد # يومًا} other {ينتهي الموعد النهائي بعد # يوم}}: يجب أن تصل جميع الوثائق في موعد أقصاه <b>{deadline}</b>. ولا يُنظر عادةً في الطلبات غير المكتملة.',
  'reminder.stillMissing': 'ما زال ينقص الطلبَ ما يلي:',
  'reminder.missingItem': '<b>{what}.</b> {how}',
  'reminder.statusHelp':
    'تُفتح صفحة متابعة طلبكم من الرابط الخاص الوارد في إشعار الاستلام الذي أرسلناه إليكم عند تقديم الطلب (حرصًا على خصوصيتكم، لا يتكرر هذا الرابط في رسائل التذكير). <link>صفحة المتابعة</link>.',
  'receipt.missing.cv': 'سيرتكم الذاتية',
  'receipt.missing.cv.how': 'يُرجى تحميلها من صفحة المتابعة.',
  'receipt.missing.confirmationLetter': 'خطاب التأكيد الصادر عن إدارتكم الأصلية',
  'receipt.missing.confirmationLetter.how':
    'يصلنا هذا الخطاب عن طريق مكتبكم المركزي الوطني: يُرجى أن تطلبوا من إدارتكم إرساله إلى مكتبكم المركزي الوطني. وإذا كان الخطاب بحوزتكم، فيمكنكم أيضًا تحميل نسخة منه من صفحة المتابعة، ويُعتدّ بها بعد أن يؤكدها مكتبكم المركزي الوطني.',
  'receipt.missing.letterConfirmation': 'تأكيد مكتبكم المركزي الوطني لخطاب التأكيد',
  'receipt.missing.letterConfirmation.how':
    'وصلتنا نسختكم، ويُعتدّ بها بعد أن يؤكدها مكتبكم المركزي الوطني. يُرجى أن تطلبوا من مكتبكم المركزي الوطني تأكيدها قبل الموعد النهائي.',
  'receipt.missing.ncbValidation': 'مصادقة مكتبكم المركزي الوطني',
  'receipt.missing.ncbValidation.how':
    'يصادق مكتبكم المركزي الوطني على طلبكم ويشهد بإجراء التحري الأمني الخاص بكم: يُرجى الاتصال بمكتبكم المركزي الوطني.',

  'ncbDigest.subject.oneVacancy':
    'المكتب المركزي الوطني - {countryName} ({country}): {count, plural, one {طلب واحد بانتظار} two {طلبان بانتظار} few {# طلبات بانتظار} many {# طلبًا بانتظار} other {# طلب بانتظار}} إجراءاتكم، الوظيفة الشاغرة {number}، {title}',
  'ncbDigest.subject.vacancies':
    'المكتب المركزي الوطني - {countryName} ({country}): {count, plural, one {طلب واحد بانتظار} two {طلبان بانتظار} few {# طلبات بانتظار} many {# طلبًا بانتظار} other {# طلب بانتظار}} إجراءاتكم، الوظائف الشاغرة {numbers}',
  'ncbDigest.greeting': 'إلى المكتب المركزي الوطني في {countryName} ({country})،',
  'ncbDigest.intro':
    '{count, plural, one {ثمة طلب واحد مقدَّم من إدارات بلدكم بانتظار} two {ثمة طلبان مقدَّمان من إدارات بلدكم بانتظار} few {ثمة # طلبات مقدَّمة من إدارات بلدكم بانتظار} many {ثمة # طلبًا مقدَّمًا من إدارات بلدكم بانتظار} other {ثمة # طلب مقدَّم من إدارات بلدكم بانتظار}} مصادقتكم أو خطاب التأكيد. ولا يُنظر عادةً في الطلب الذي يظل غير مكتمل عند حلول الموعد النهائي.',
  'ncbDigest.vacancy': 'الوظيفة الشاغرة {number}، {title} ({location})',
  'ncbDigest.deadline':
    'الموعد النهائي: <b>{deadline}</b>، {days, plural, =0 {اليوم} =1 {غدًا} =2 {بعد يومين} few {بعد # أيام} many {بعد # يومًا} other {بعد # يوم}}',
  'ncbDigest.application': '<b>{name}</b> ({currentTitle}، {administration}؛ الرقم المرجعي {reference}، قُدِّم في {submittedOn})',
  'ncbDigest.waitingFor': 'بانتظار: {item}',
  'ncbDigest.pending.validationBasic': 'مصادقتكم، مع الشهادة بإجراء التحري الأمني من مستوى Basic وتاريخه',
  'ncbDigest.pending.validationEnhanced': 'مصادقتكم، مع الشهادة بإجراء التحري الأمني من مستوى Enhanced (الذي تشترطه هذه الوظيفة) وتاريخه',
  'ncbDigest.pending.confirmationLetter': 'خطاب التأكيد الصادر عن الإدارة الأصلية، الذي يصلنا عن طريقكم',
  'ncbDigest.pending.letterConfirmation': 'تأكيدكم لنسخة الخطاب التي حمّلها المرشح (لا يُعتدّ بها إلا بعد تأكيدكم)',
  'ncbDigest.action': '<link>يمكنكم المصادقة على الطلبات أو رفضها أو إرفاق الخطاب في جدول الموظفين</link>.',

  'hrDigest.subject':
    'موجز الموارد البشرية، {day}: {newCount, plural, zero {لا طلبات جديدة} one {طلب جديد واحد} two {طلبان جديدان} few {# طلبات جديدة} many {# طلبًا جديدًا} other {# طلب جديد}}، {openCount, plural, zero {لا وظائف شاغرة مفتوحة} one {وظيفة شاغرة مفتوحة واحدة} two {وظيفتان شاغرتان مفتوحتان} few {# وظائف شاغرة مفتوحة} many {# وظيفة شاغرة مفتوحة} other {# وظيفة شاغرة مفتوحة}}{closedCount, plural, =0 {} other {، المغلقة: #}}',
  'hrDigest.heading': 'موجز الموارد البشرية ليوم {day}',
  'hrDigest.summary.since':
    '{newCount, plural, zero {لا طلبات جديدة} one {طلب جديد واحد} two {طلبان جديدان} few {# طلبات جديدة} many {# طلبًا جديدًا} other {# طلب جديد}} منذ الموجز السابق ({since})، في {openCount, plural, zero {لا وظائف شاغرة مفتوحة} one {وظيفة شاغرة مفتوحة واحدة} two {وظيفتين شاغرتين مفتوحتين} few {# وظائف شاغرة مفتوحة} many {# وظيفة شاغرة مفتوحة} other {# وظيفة شاغرة مفتوحة}}.',
  'hrDigest.summary.first':
    '{newCount, plural, zero {لا طلبات جديدة} one {طلب جديد واحد} two {طلبان جديدان} few {# طلبات جديدة} many {# طلبًا جديدًا} other {# طلب جديد}} حتى الآن (هذا هو الموجز الأول)، في {openCount, plural, zero {لا وظائف شاغرة مفتوحة} one {وظيفة شاغرة مفتوحة واحدة} two {وظيفتين شاغرتين مفتوحتين} few {# وظائف شاغرة مفتوحة} many {# وظيفة شاغرة مفتوحة} other {# وظيفة شاغرة مفتوحة}}.',
  'hrDigest.soon.heading': 'المواعيد النهائية خلال {days, plural, one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'hrDigest.soon.item':
    '<b>{number} · {title}</b>: {days, plural, =0 {تُغلق اليوم} =1 {تُغلق غدًا} =2 {تُغلق بعد يومين} few {تُغلق بعد # أيام} many {تُغلق بعد # يومًا} other {تُغلق بعد # يوم}}، غير المكتملة: {incomplete}',
  'hrDigest.open.heading': 'الوظائف الشاغرة المفتوحة',
  'hrDigest.open.none': 'لا توجد أي وظيفة شاغرة مفتوحة.',
  'hrDigest.closed.heading': 'الوظائف التي أُغلقت منذ الموجز السابق',
  'hrDigest.vacancy': '{number} · {title} ({location})',
  'hrDigest.vacancyEnded':
    '{number} · {title} ({location}): {status, select, closed {مغلقة} filled {شُغلت} cancelled {أُلغيت} other {انتهت}}',
  'hrDigest.deadline':
    'الموعد النهائي: {deadline}، <b>{days, plural, =0 {تُغلق اليوم} =1 {تُغلق غدًا} =2 {تُغلق بعد يومين} few {تُغلق بعد # أيام} many {تُغلق بعد # يومًا} other {تُغلق بعد # يوم}}</b>',
  'hrDigest.counts':
    'الطلبات: {total, plural, zero {لا طلبات} one {طلب واحد} two {طلبان} few {# طلبات} many {# طلبًا} other {# طلب}}{byStatus, select, none {} other { ({byStatus})}}؛ غير المكتملة: {incomplete}',
  'hrDigest.finalCounts':
    'الأعداد النهائية: {total, plural, zero {لا طلبات} one {طلب واحد} two {طلبان} few {# طلبات} many {# طلبًا} other {# طلب}}{byStatus, select, none {} other { ({byStatus})}}؛ غير المكتملة: {incomplete}',
  'hrDigest.statusCount': '{status}: {count}',
  'hrDigest.new.since': 'الطلبات الجديدة منذ الموجز السابق ({since}): <b>{count}</b>',
  'hrDigest.new.first': 'الطلبات الجديدة حتى الآن (هذا هو الموجز الأول): <b>{count}</b>',
  'hrDigest.newApplication': '{name} ({nationality})، {submitted}، {status}؛ {missingCount, plural, =0 {مكتمل} other {ينقصه: {missing}}}',
  'hrDigest.more': '{count, plural, one {وطلب آخر} two {وطلبان آخران} few {و# طلبات أخرى} many {و# طلبًا آخر} other {و# طلب آخر}} في الجدول',
  'hrDigest.grid': '<link>فتح {number} في الجدول</link>',
  'hrDigest.signature': 'إدارة الموارد البشرية، منصة الانتداب',
  'hrDigest.missing.cv': 'السيرة الذاتية',
  'hrDigest.missing.confirmationLetter': 'خطاب التأكيد',
  'hrDigest.missing.ncbValidation': 'مصادقة المكتب المركزي الوطني',

  'status.submitted': 'مقدَّم',
  'status.screening': 'قيد الفرز',
  'status.shortlisted': 'في القائمة المختصرة',
  'status.tested': 'خضع للاختبار',
  'status.interviewed': 'أُجريت المقابلة',
  'status.offered': 'قُدِّم عرض',
  'status.appointed': 'عُيِّن',
  'status.rejected': 'لم يُقبل',
  'status.withdrawn': 'مسحوب',
  'problem.validation.title': 'البيانات المرسلة غير صالحة',
  'problem.validation.detail': 'البيانات المرسلة غير صالحة.',
  'validation.required': 'هذا الحقل مطلوب.',
  'validation.invalid': 'هذه القيمة غير صالحة.',
  'validation.format': 'الصيغة ليست الصيغة المتوقعة.',
  'validation.type':
    '{expected, select, string {يُرجى إدخال نص.} number {يُرجى إدخال رقم.} boolean {يُرجى الإجابة بنعم أو لا.} array {يُرجى تقديم قائمة.} object {يُرجى تقديم كائن.} other {هذه القيمة ليست من النوع المتوقع.}}',
  'validation.oneOf': 'إحدى القيم التالية: {values}.',
  'validation.unknownFields': 'حقول غير معروفة: {fields}.',
  'validation.parameterOnce': 'يُرجى ذكر هذه المعلمة مرة واحدة فقط.',
  'validation.text.atLeastCharacters': 'يجب ألا يقل عدد الأحرف عن {min}.',
  'validation.text.atMostCharacters': 'يجب ألا يتجاوز عدد الأحرف {max}.',
  'validation.text.controlCharacters': 'يجب ألا يحتوي النص على محارف تحكم، مثل فواصل الأسطر.',
  'validation.text.directionControls': 'يجب ألا يحتوي النص على فواصل أسطر أو محارف للتحكم في اتجاه الكتابة.',
  'validation.text.onlyLineBreaks': 'لا يُسمح من محارف التحكم إلا بفواصل الأسطر.',
  'validation.number.atLeast': 'يجب ألا تقل القيمة عن {min}.',
  'validation.number.atMost': 'يجب ألا تتجاوز القيمة {max}.',
  'validation.list.atLeast': 'يجب ألا يقل عدد العناصر عن {min}.',
  'validation.list.atMost': 'يجب ألا يتجاوز عدد العناصر {max}.',
  'validation.date.format': 'يُرجى استخدام الصيغة YYYY-MM-DD (السنة-الشهر-اليوم).',
  'validation.date.notCalendarDate': 'هذا التاريخ غير موجود في التقويم.',
  'validation.country.code': 'يُرجى استخدام رمز البلد المكوّن من حرفين وفق المعيار ISO 3166-1، مثل FR.',
  'validation.country.unknown': 'هذا ليس رمز بلد وفق المعيار ISO 3166-1.',
  'validation.nationality.notMember': 'لا يحق التقدم إلا لمواطني البلدان الأعضاء في INTERPOL.',
  'validation.homeAdministrationCountry.notMember':
    'يجب أن تكون الإدارة الأصلية في بلد عضو في INTERPOL: فالمكتب المركزي الوطني لذلك البلد هو الذي يحيل طلبكم.',
  'validation.email': 'هذا ليس عنوان بريد إلكتروني صالحًا.',
  'validation.emailAddress': 'عنوان بريد إلكتروني.',
  'validation.phone': 'يُسمح بالأرقام والمسافات والرموز + ( ) . - فقط، مثل +33 4 72 00 00 00.',
  'validation.category': 'إما law-enforcement (موظف في أجهزة إنفاذ القانون) أو government-official (موظف حكومي).',
  'validation.years.whole': 'يُرجى إدخال عدد صحيح من السنوات.',
  'validation.languages.code': 'هذا ليس رمز لغة وفق المعيار ISO 639-1، مثل ar.',
  'validation.languages.atLeastOne': 'لغة واحدة على الأقل.',
  'validation.languages.eachOnce': 'تُذكر كل لغة مرة واحدة فقط.',
  'validation.privacyConsent': 'الموافقة على إشعار الخصوصية شرط لتقديم الطلب.',
  'validation.timeZone': 'هذه ليست منطقة زمنية وفق تسمية IANA، مثل Europe/Paris.',
  'validation.language': 'إحدى اللغات التالية: ar أو en أو fr أو es.',
  'validation.vacancyNumber': 'يتكون رقم إعلان الوظيفة الشاغرة من 1 إلى 20 حرفًا أو رقمًا أو شرطة.',
  'validation.document.kind': 'يُرجى استخدام cv أو coverLetter أو confirmationLetter.',
  'validation.document.contentType': 'يُرجى إرسال ملف PDF ({pdf}) أو مستند Word ({word}).',
  'validation.document.key': 'مطلوب: الحقل key من عرض التحميل.',
  'validation.confirmationToken': 'هذا ليس رمز تأكيد: يُرجى فتح الرابط الوارد في رسالة الإشعار بالاستلام مرة أخرى.',
  'validation.idempotencyKey': 'يُرجى استخدام ما بين 16 و128 حرفًا أو رقمًا أو - أو _، مثل معرّف UUID عشوائي.',
  'validation.ncb.declineAttestsNothing': 'الرفض لا يشهد بإجراء أي تحرٍّ أمني: يُرجى حذف مستوى التحري وتاريخه.',
  'validation.ncb.clearanceRequired':
    'يجب أن يذكر التحقق مستوى التحري الأمني الذي أُجري: Basic أو Enhanced، على ألا يقل عن المستوى الذي تشترطه الوظيفة الشاغرة.',
  'validation.ncb.screenedOnRequired': 'يجب أن يذكر التحقق تاريخ التحري الأمني (YYYY-MM-DD).',
  'validation.ncb.screeningAttested': 'التحقق يشهد بإجراء التحري الأمني: يُرجى حذف screeningAttested أو إعطاؤه القيمة true، أو رفض الطلب.',
  'validation.ncb.screenedOnFuture': 'تاريخ التحري الأمني لم يحلّ بعد.',
};
