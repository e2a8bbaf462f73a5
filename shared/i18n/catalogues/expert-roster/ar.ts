import type { ExpertRosterCatalogue } from './en.js';

/** دعوة خبير مدني مدرج في قائمة الوحدة إلى التقدّم بطلب، بالعربية (انظر ./en.ts). */
export const ar: ExpertRosterCatalogue = {
  'email.invitation.subject': 'ندعوكم إلى التقدّم بطلب: الدعوة {number}، {title} ({mission})',
  'email.invitation.intro': 'تستقطب الوحدة مرشحين في إطار الدعوة {number}، {title}، لشغل وظيفة في {mission}، وتدعوكم إلى التقدّم بطلب.',
  'email.invitation.call': 'الدعوة: {number}، {title}؛ مقرّ العمل: {location}',
  'email.invitation.mission':
    'البعثة: {mission}، التابعة {organisation, select, EU {للاتحاد الأوروبي} UN {للأمم المتحدة} other {لمنظمة الأمن والتعاون في أوروبا (OSCE)}}',
  'email.invitation.role': 'فئة الوظيفة: {field}',
  'email.invitation.deadline': 'آخر موعد لتقديم الطلبات: {deadline}',
  'email.invitation.missionDeadline': 'الموعد النهائي للبعثة: {date}؛ ترشّح الوحدة مرشحيها إلى البعثة قبل هذا الموعد',
  'email.invitation.why':
    'تصلكم هذه الدعوة لأنكم مدرجون في قائمة الخبراء المدنيين الجاهزين للإيفاد لدى الوحدة، ولأن مجال خبرتكم، {field}، هو المجال الذي تتطلبه هذه الوظيفة.',
  'email.invitation.whyRoster': 'تصلكم هذه الدعوة لأنكم مدرجون في قائمة الخبراء المدنيين الجاهزين للإيفاد لدى الوحدة.',
  'email.invitation.apply': 'للتقدّم بطلب، <link>املؤوا استمارة الدعوة</link>: فهي تبيّن ما تتطلبه الوظيفة والمستندات المطلوب إرسالها.',
  'email.invitation.choice':
    'التقدّم بطلب قرار يعود إليكم وحدكم. وأيًّا كان قراركم، ستبقون مدرجين في القائمة: فعدم التقدّم إلى هذه الدعوة لا يغيّر شيئًا، وستأخذكم الوحدة في الاعتبار لوظائف أخرى في مجالكم.',
  'email.invitation.signature': 'فريق الانتدابات الدولية',
  'email.invitation.field.borderMonitoring': 'مراقبة الحدود',
  'email.invitation.field.fieldOfficeManagement': 'إدارة المكاتب الميدانية والبعثات',
  'email.invitation.field.humanRights': 'حقوق الإنسان',
  'email.invitation.field.ruleOfLaw': 'سيادة القانون',
  'email.invitation.field.media': 'الإعلام',
  'email.invitation.field.programmeManagement': 'إدارة البرامج',
  'email.invitation.field.policeTraining': 'تدريب الشرطة',
  'email.invitation.field.politicalAffairs': 'الشؤون السياسية',
  'email.invitation.field.goodGovernance': 'الحكم الرشيد',
  'email.invitation.field.democratisation': 'تعزيز الديمقراطية',
};
