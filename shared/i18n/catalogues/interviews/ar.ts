import type { InterviewCatalogue } from './en.js';

/** رسائل قدرة المقابلات بالعربية (انظر ./en.ts). */
export const ar: InterviewCatalogue = {
  'interviewEmail.slotTime': '{date}، الساعة {time} بتوقيت {timeZone} ({offset})',
  'interviewEmail.yourTime': '{date}، الساعة {time} بتوقيتك ({timeZone}، {offset})',
  'interviewEmail.duration': '{minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} other {# دقيقة}}',
  'interviewEmail.place': 'المكان: {place}',
  'interviewEmail.video': 'اتصال مرئي: {link}',
  'interviewEmail.invitation.subject': 'مقابلة للوظيفة الشاغرة {number}، {title}: اختر موعدك',
  'interviewEmail.invitation.body': 'أنت مدعو إلى مقابلة للوظيفة الشاغرة <b>{number}، {title}</b> ({location}).',
  'interviewEmail.invitation.pick':
    '<link>افتح صفحة متابعة طلبك</link> بالرابط الوارد في إشعار استلام طلبك، واختر أحد مواعيد المقابلة المتاحة. كل موعد لمرشح واحد: من يختاره أولاً يحصل عليه.',
  'interviewEmail.booked.subject': 'تم حجز مقابلتك للوظيفة الشاغرة {number}',
  'interviewEmail.booked.body': 'تم حجز مقابلتك للوظيفة الشاغرة <b>{number}، {title}</b>:',
  'interviewEmail.booked.calendar': 'يضيف ملف التقويم المرفق (interview.ics) المقابلة إلى تقويمك.',
  'interviewEmail.booked.change': 'يمكنك الانتقال إلى موعد آخر متاح من صفحة المتابعة حتى {cutoff}.',
  'interviewEmail.reminder.subject': 'تذكير: مقابلتك غداً للوظيفة الشاغرة {number}',
  'interviewEmail.reminder.body': 'نذكّرك بمقابلتك غداً للوظيفة الشاغرة <b>{number}، {title}</b>:',
  'interviewEmail.moved.subject': 'تغيّر موعد مقابلتك للوظيفة الشاغرة {number}',
  'interviewEmail.moved.body': 'غيّرت المنظمة موعد مقابلتك للوظيفة الشاغرة <b>{number}، {title}</b>. الموعد الجديد:',
  'interviewEmail.cancelled.subject': 'أُلغي موعد مقابلتك للوظيفة الشاغرة {number}',
  'interviewEmail.cancelled.body':
    'ألغت المنظمة موعد مقابلتك للوظيفة الشاغرة <b>{number}، {title}</b> ({when}). دعوتك ما زالت قائمة: يرجى اختيار موعد آخر من صفحة المتابعة.',
  'interviewEmail.panel.moved.subject': 'تغيّر موعد مقابلة: الوظيفة الشاغرة {number}',
  'interviewEmail.panel.cancelled.subject': 'أُلغي موعد مقابلة: الوظيفة الشاغرة {number}',
  'interviewEmail.panel.moved.body': 'تغيّر موعد مقابلة للوظيفة الشاغرة <b>{number}، {title}</b> تشارك فيه. الموعد الجديد:',
  'interviewEmail.panel.cancelled.body': 'أُلغي موعد مقابلة للوظيفة الشاغرة <b>{number}، {title}</b> كنت تشارك فيه ({when}).',
  'interviewEmail.panel.candidate': 'الطلب المحجوز في هذا الموعد: {reference}.',
};
