import type { ProposalCatalogue } from './en.js';

/** The proposals messages in this language: part of its catalogue. */
export const ar: ProposalCatalogue = {
  'proposals.area.counterTerrorism': 'مكافحة الإرهاب',
  'proposals.area.cybercrime': 'الجريمة السيبرية',
  'proposals.area.drugTrafficking': 'الاتجار بالمخدرات',
  'proposals.area.organizedCrime': 'الجريمة المنظمة',
  'proposals.area.financialCrime': 'الجريمة المالية ومكافحة الفساد',
  'proposals.area.traffickingInHumanBeings': 'الاتجار بالبشر وتهريب المهاجرين',
  'proposals.area.vulnerableCommunities': 'الجرائم ضد الأطفال والفئات المستضعفة',
  'proposals.area.environmentalSecurity': 'الأمن البيئي',
  'proposals.area.fugitiveInvestigations': 'التحقيقات بشأن الفارين',
  'proposals.area.forensics': 'الأدلة الجنائية',
  'proposals.area.criminalIntelligence': 'تحليل المعلومات الجنائية',
  'proposals.area.capacityBuilding': 'بناء القدرات والتدريب',
  'proposalEmail.declined.subject': 'رُفض ترشيح الإعارة القصيرة الأجل: {officer}',
  'proposalEmail.declined.body': 'رفضت المنظمة ترشيح مكتبكم المركزي الوطني لـ<b>{officer}</b> لإعارة قصيرة الأجل، المقدَّم في {proposedOn}.',
  'proposalEmail.declined.reason': 'السبب المذكور: {reason}',
  'proposalEmail.lapsed.subject': 'أُغلق ترشيح الإعارة القصيرة الأجل: {officer}',
  'proposalEmail.lapsed.body': 'لم يُقبَل ترشيح مكتبكم المركزي الوطني لـ<b>{officer}</b> لإعارة قصيرة الأجل، المقدَّم في {proposedOn}، خلال {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}، وقد أُغلق الآن.',
  'proposalEmail.lapsed.again': 'إذا كان الموظف لا يزال متاحًا، يمكنكم ترشيحه من جديد.',
  'proposalEmail.matched.subject': 'إعارة قصيرة الأجل: طلبك للوظيفة {number}، {title}',
  'proposalEmail.matched.body': 'رشّحك مكتبك المركزي الوطني لإعارة قصيرة الأجل، وقد أسندتك المنظمة إلى الوظيفة <b>{number}، {title}</b> ({location}). أُعِدّ طلبك انطلاقًا من الترشيح، مع سيرتك الذاتية ورسالة التأكيد ومصادقة مكتبك المركزي الوطني.',
  'proposalEmail.matched.follow': '<link>تابع طلبك في صفحة متابعته</link>: الخطوات التالية وكيفية سحبه. احتفظ بهذا الرابط لنفسك.',
};
