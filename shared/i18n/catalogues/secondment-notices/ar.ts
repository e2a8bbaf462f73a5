import type { SecondmentNoticeCatalogue } from './en.js';

/** إشعارات انتهاء الإعارة بالعربية (انظر ./en.ts). */
export const ar: SecondmentNoticeCatalogue = {
  'endingEmail.officer.subject': 'تنتهي إعارتكم في {lastDay}',
  'endingEmail.officer.body': 'تنتهي إعارتكم إلى <b>{unit}</b> في {dutyStation}، التي بدأت في {firstDay}، في <b>{lastDay}</b>، وهو آخر يوم خدمة لكم.',
  'endingEmail.about.subject': 'انتهاء إعارة في {lastDay}: {name}، {unit}',
  'endingEmail.about.body':
    'تنتهي إعارة <b>{name}</b> ({administration}) إلى <b>{unit}</b> في {dutyStation}، التي بدأت في {firstDay}، في <b>{lastDay}</b>، وهو آخر يوم خدمة.',
  'endingEmail.endsThere': 'تنتهي الخدمة بنهاية ذلك اليوم في {dutyStation} ({timeZone})، أي في {there}.',
  'endingEmail.notice': '{monthsLeft, plural, =0 {يتبقى أقل من شهر} one {يتبقى شهر واحد} two {يتبقى شهران} few {تتبقى # أشهر} many {يتبقى # شهرًا} other {يتبقى # شهر}} حتى ذلك الحين، وهو وقت كافٍ للتحضير للعودة أو لطلب تمديد.',
  'endingEmail.room.left':
    'وفقًا للقواعد، لا تتجاوز مدة الإعارة {type, select, regular {العادية} other {القصيرة الأجل}} {limit, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} إجمالًا؛ وتستغرق هذه الإعارة {taken, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}، فيجوز تمديدها بما لا يزيد على <b>{left, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}</b>.',
  'endingEmail.room.none':
    'وفقًا للقواعد، لا تتجاوز مدة الإعارة {type, select, regular {العادية} other {القصيرة الأجل}} {limit, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} إجمالًا؛ وتستغرق هذه الإعارة {taken, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}، لذا <b>لا يجوز تمديدها أكثر من ذلك</b>.',
  'endingEmail.underWay': 'سبق طلب تمديد لمدة {months, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} وهو قيد الإجراء: يبقى آخر يوم هذا ساريًا إلى أن توافق عليه إدارة الموارد البشرية.',
  'endingEmail.how.officer':
    'إذا رغبتم أنتم وإدارتكم الأصلية في تمديدها، فيرجى التوجه إلى مكتبكم المركزي الوطني: فهو يطلب التمديد باسم إدارتكم الأصلية ويرسل إلينا رسالة التأكيد الصادرة عنها؛ ثم تتخذ إدارة الموارد البشرية قرارها.',
  'endingEmail.how.ncb':
    'لتمديدها، يرجى طلب التمديد في تبويب الإعارات في صفحة الموظفين قبل آخر يوم، وتحميل رسالة التأكيد الصادرة عن الإدارة الأصلية هناك؛ ثم تتخذ إدارة الموارد البشرية قرارها.',
  'endingEmail.how.hr':
    'تطلب إدارة الموارد البشرية أو المكتب المركزي الوطني التمديد في تبويب الإعارات؛ ويتطلب رسالة تأكيد من الإدارة الأصلية عن طريق المكتب المركزي الوطني، وموافقة إدارة الموارد البشرية.',
  'endingEmail.reference': 'الرقم المرجعي للإعارة: {reference}',
  'hrDigest.secondments.heading': 'الإعارات التي تنتهي خلال {months, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}',
  'hrDigest.secondments.none': 'لا تنتهي أي إعارة خلال هذه الفترة.',
  'hrDigest.secondments.item':
    '{name} ({nationality})، {unit}، {dutyStation}: آخر يوم <b>{lastDay}</b>{early, select, yes { (سُجّل إنهاء مبكر)} other {}}؛ {left, plural, =0 {لا تمديد متاح وفقًا للقواعد} one {يتبقى شهر واحد وفقًا للقواعد} two {يتبقى شهران وفقًا للقواعد} few {تتبقى # أشهر وفقًا للقواعد} other {يتبقى # شهرًا وفقًا للقواعد}}',
  'hrDigest.extensions.heading': 'التمديدات قيد الإجراء',
  'hrDigest.extensions.item':
    '{name}، {unit}: طُلب تمديد {months, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} في {askedOn}؛ {step, select, letter {<b>بانتظار رسالة الإدارة الأصلية</b> عن طريق المكتب المركزي الوطني} other {<b>بانتظار موافقة إدارة الموارد البشرية</b>}}',
};
