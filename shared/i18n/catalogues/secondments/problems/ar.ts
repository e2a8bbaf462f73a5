import type { SecondmentProblems } from './en.js';

/** مشكلات الإعارات التي قد يواجهها المكتب المركزي الوطني، بالعربية (انظر ./en.ts). */
export const ar: SecondmentProblems = {
  'problem.notFound.secondment': 'لا توجد إعارة بهذا المعرّف.',
  'problem.notFound.extension': 'لا يوجد تمديد كهذا لهذه الإعارة.',
  'problem.conflict.secondmentChanged': 'تغيّرت هذه الإعارة منذ أن قرأتها: اقرأها مجددًا ثم قرّر من جديد.',
  'problem.conflict.secondmentEnded': 'انتهت هذه الإعارة في {day}: لم يعد تمديدها ممكنًا.',
  'problem.conflict.extensionUnderWay': 'يجري بالفعل تمديد لهذه الإعارة: يجب أن يُعتمد أو يُرفض أو يُسحب قبل طلب تمديد آخر.',
  'problem.conflict.extensionNotAt':
    'هذا التمديد {state, select, awaitingHomeConfirmation {بانتظار تأكيد الإدارة الأصلية} awaitingApproval {بانتظار موافقة الموارد البشرية} approved {معتمد} refused {مرفوض} other {مسحوب}}: هذه الخطوة غير متاحة له.',
  'problem.forbidden.notTheAsker': 'لا يسحب هذا التمديد إلا {as, select, hr {قسم الموارد البشرية} other {المكتب المركزي الوطني}} الذي طلبه.',
  'problem.secondmentRules.extensionLimit':
    'لا تتجاوز {type, select, regular {الإعارة العادية} other {الإعارة القصيرة الأجل}} {limit, number} شهرًا في المجموع؛ وهذه تستغرق {taken, number} شهرًا، لذا {left, plural, =0 {لا يمكن تمديدها} one {يمكن تمديدها شهرًا واحدًا على الأكثر} two {يمكن تمديدها شهرين على الأكثر} few {يمكن تمديدها # أشهر على الأكثر} many {يمكن تمديدها # شهرًا على الأكثر} other {يمكن تمديدها # شهر على الأكثر}} (طُلب {months, number}).',
};
