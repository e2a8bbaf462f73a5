import type { NominationCatalogue } from './en.js';

/** ردّ البعثة على ترشيح الوحدة، بالعربية (انظر ./en.ts). */
export const ar: NominationCatalogue = {
  'email.nomination.call': 'الدعوة: {number}، {title} ({location})',
  'email.nomination.mission':
    'البعثة: {mission}، التابعة {organisation, select, EU {للاتحاد الأوروبي} UN {للأمم المتحدة} other {لمنظمة الأمن والتعاون في أوروبا (OSCE)}}',
  'email.nomination.outcome': 'ردّ البعثة ({day}): {outcome, select, selected {تم الاختيار} reserve {قائمة الاحتياط} other {لم يتم الاختيار}}',
  'email.nomination.signature': 'فريق الانتدابات الدولية',
  'email.nomination.candidate.subject':
    '{outcome, select, selected {اختارتكم {mission}: الدعوة {number}} reserve {أدرجتكم {mission} في قائمة الاحتياط: الدعوة {number}} other {ردّ {mission} على الدعوة {number}}}',
  'email.nomination.candidate.intro': 'رشّحتكم الوحدة إلى {mission} في إطار الدعوة {number}، {title}، وقد قدّمت البعثة ردّها الآن.',
  'email.nomination.candidate.selected':
    'تهانينا: اختارتكم البعثة لهذه الوظيفة. ستتواصل معكم الوحدة قريبًا للتحضير لانتدابكم: التدقيق الأمني، والفحص الطبي، ودورة التوعية بالبيئات المعادية، والتأمين، إضافةً إلى مواعيد الانتداب. يُرجى عدم القيام بأي ترتيبات للسفر قبل ذلك.',
  'email.nomination.candidate.reserve':
    'أدرجتكم البعثة في قائمة الاحتياط لديها. إذا لم يتسلّم أحد المرشحين المختارين الوظيفة، فقد تستدعيكم البعثة، وستتواصل معكم الوحدة فورًا إن حدث ذلك. لا يلزمكم القيام بأي شيء الآن.',
  'email.nomination.candidate.notSelected':
    'لم تختركم البعثة لهذه الوظيفة. نشكركم على الوقت والعناية اللذين بذلتموهما في طلبكم ومقابلتكم. هناك دعوات أخرى مفتوحة لوظائف في البعثات، ويسعدنا أن تتقدّموا إليها.',
  'email.nomination.force.subject':
    '{outcome, select, selected {{mission}: تم اختيار {name}، الدعوة {number}} reserve {{mission}: إدراج {name} في قائمة الاحتياط، الدعوة {number}} other {{mission}: عدم اختيار {name}، الدعوة {number}}}',
  'email.nomination.force.intro':
    'وافقتم على انتداب {name} ({force}) في إطار الدعوة {number}، {title}، من {from} إلى {until}. رشّحته الوحدة إلى البعثة، وقد قدّمت البعثة ردّها الآن.',
  'email.nomination.force.introNoPeriod': 'وافقتم على انتداب {name} ({force}) في إطار الدعوة {number}، {title}. رشّحته الوحدة إلى البعثة، وقد قدّمت البعثة ردّها الآن.',
  'email.nomination.force.selected':
    'اختارت البعثة {name}. ستتواصل الوحدة معه بشأن التحضير للانتداب (التدقيق الأمني، والفحص الطبي، ودورة التوعية بالبيئات المعادية، والتأمين) وبشأن مواعيد الانتداب، وستبلغكم بهذه المواعيد لتتمكنوا من التخطيط لغيابه.',
  'email.nomination.force.reserve':
    'أدرجت البعثة {name} في قائمة الاحتياط لديها: قد تستدعيه إذا لم يتسلّم أحد المرشحين المختارين الوظيفة. ستبلغكم الوحدة إن حدث ذلك؛ وإلى ذلك الحين يبقى في منصبه لدى جهازكم.',
  'email.nomination.force.notSelected':
    'لم تختر البعثة {name} لهذه الوظيفة: لن يُستخدم الانتداب الذي وافقتم عليه في هذه الدعوة، ويبقى في منصبه لدى جهازكم. نشكركم على موافقتكم على انتدابه.',
};
