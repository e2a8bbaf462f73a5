import type { CircularCatalogue } from './en.js';

/** The circulars messages in this language: part of its catalogue. */
export const ar: CircularCatalogue = {
  'circularAck.title': 'تعميم الوظيفة الشاغرة {number} · Secondment Hub',
  'circularAck.skipLink': 'الانتقال إلى المحتوى الرئيسي',
  'circularAck.tagline': 'الإعارة إلى المنظمة',
  'circularAck.languages': 'اللغة',
  'circularAck.heading': 'تعميم الوظيفة الشاغرة {number}',
  'circularAck.about': 'أُرسل التعميم الذي يعلن عن الوظيفة الشاغرة <b>{number}</b>، {title}، إلى المكتب المركزي الوطني في <b>{country}</b>.',
  'circularAck.amended': 'هذا تعميم معدَّل: وهو يحل محل التعميم المرسل سابقاً.',
  'circularAck.prompt': 'يرجى تأكيد استلام مكتبكم المركزي الوطني لهذا التعميم. لن يُسجَّل أي شيء قبل أن تضغطوا على الزر.',
  'circularAck.button': 'الإشعار بالاستلام',
  'circularAck.acknowledged': 'شكراً لكم. سُجِّل إشعار مكتبكم المركزي الوطني باستلام هذا التعميم في {date}.',
  'circularAck.already': 'سبق أن أشعر مكتبكم المركزي الوطني باستلام هذا التعميم في {date}. لا يلزم أي إجراء آخر.',
  'circularAck.notice': 'الاطلاع على إعلان الوظيفة الشاغرة',
  'circularAck.notFound.heading': 'هذا الرابط لا يعمل',
  'circularAck.notFound.text': 'لا يوجد تعميم بهذا الرابط. يرجى فتح الرابط الوارد في رسالة التعميم مرة أخرى.',
  'circularAck.expired.heading': 'انتهت صلاحية هذا الرابط',
  'circularAck.expired.text': 'انتهت صلاحية رابط الإشعار بالاستلام هذا في {date}. يرجى الرد على رسالة التعميم بدلاً من ذلك.',
  'circularAck.footer': 'Secondment Hub: الوظائف الشاغرة للموظفين المعارين من إداراتهم الوطنية.',

  'admin.circular.notSent': 'التعميم: لم يُرسل إلى مكتبكم المركزي الوطني بعد',
  'admin.circular.sent': 'أُرسل التعميم في {date}؛ لم يُشعَر باستلامه بعد',
  'admin.circular.amended': 'أُرسل التعميم المعدَّل في {date}؛ لم يُشعَر باستلامه بعد',
  'admin.circular.acknowledged': 'أُرسل التعميم في {sent}؛ أُشعر باستلامه في {date}',
  'admin.circular.acknowledge': 'الإشعار بالاستلام',
  'admin.circular.acknowledge.label': 'الإشعار باستلام تعميم الوظيفة الشاغرة {number}',
  'admin.circular.acknowledgedNow': 'سُجِّل الإشعار باستلام تعميم الوظيفة الشاغرة {number}.',
  'admin.circular.acknowledgeFailed': 'تعذّر تسجيل الإشعار بالاستلام: {reason}',

  'admin.circular.hr.column': 'التعميم',
  'admin.circular.hr.summary':
    '{sent, plural, =0 {لم يُرسل بعد} zero {لم يُرسل بعد} one {أُرسل إلى مكتب مركزي وطني واحد} two {أُرسل إلى مكتبين مركزيين وطنيين} few {أُرسل إلى # مكاتب مركزية وطنية} many {أُرسل إلى # مكتباً مركزياً وطنياً} other {أُرسل إلى # مكتب مركزي وطني}}، مرتجع: {bounced}، أُشعر بالاستلام: {acknowledged}{amendments, plural, =0 {} zero {} one {، تعديل واحد} two {، تعديلان} few {، # تعديلات} many {، # تعديلاً} other {، # تعديل}}',
  'admin.circular.hr.bounced': 'مرتجع من: {countries}',
  'admin.circular.hr.pending': '{pending, plural, zero {لا مكاتب تنتظر آخر إصدار} one {مكتب مركزي وطني واحد لم يُرسل إليه آخر إصدار بعد} two {مكتبان مركزيان وطنيان لم يُرسل إليهما آخر إصدار بعد} few {# مكاتب مركزية وطنية لم يُرسل إليها آخر إصدار بعد} many {# مكتباً مركزياً وطنياً لم يُرسل إليه آخر إصدار بعد} other {# مكتب مركزي وطني لم يُرسل إليه آخر إصدار بعد}}',
  'admin.circular.hr.loadFailed': 'تعذّر تحميل أرقام التعميم.',
};
