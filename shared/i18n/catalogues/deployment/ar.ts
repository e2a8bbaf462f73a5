import type { DeploymentCatalogue } from './en.js';

/** رسائل الانتشار بالعربية (انظر ./en.ts). */
export const ar: DeploymentCatalogue = {
  'email.deployment.mission':
    'البعثة: {mission}، التي {organisation, select, EU {يديرها الاتحاد الأوروبي} UN {تديرها الأمم المتحدة} other {تديرها منظمة الأمن والتعاون في أوروبا}}، مركز العمل: {dutyStation}',
  'email.deployment.tour': 'فترة البعثة: من {deploymentDay} إلى {rotationDay}',
  'email.deployment.extensionRequested.subject': 'طلب تمديد لـ{name} ({mission}) حتى {until}',
  'email.deployment.extensionRequested.body':
    'تطلب منكم الوحدة الموافقة على تمديد انتشار {name} ({force}) في {mission}: فترة البعثة التي تنتهي حاليًا في {rotationDay} ستستمر حتى {until}.',
  'email.deployment.extension.reason': 'السبب الذي قدّمته الوحدة: {reason}',
  'email.deployment.extension.how':
    'يرجى الموافقة على التمديد أو رفضه في تبويب «الانتشار» في صفحة الموظفين. وإلى أن تقرروا، تنتهي البعثة في اليوم المحدد حاليًا.',
  'email.deployment.extensionWaiting.subject': 'تذكير: تمديد {name} ({mission}) بانتظار قراركم',
  'email.deployment.extensionWaiting.body':
    'في {requestedOn} طلبت منكم الوحدة الموافقة على تمديد انتشار {name} ({force}) في {mission} حتى {until}. لم يُتخذ القرار بعد، وتنتهي فترة البعثة في {rotationDay}.',
  'email.deployment.extensionDecided.subject':
    '{decision, select, approved {مُدّد انتشاركم في {mission} حتى {until}} other {لم يُمدَّد انتشاركم في {mission}}}',
  'email.deployment.extensionDecided.body':
    '{decision, select, approved {تمت الموافقة على تمديد انتشاركم في {mission}: تنتهي فترة البعثة الآن في {until}.} other {لم تتم الموافقة على تمديد انتشاركم في {mission} حتى {until}: تظل فترة البعثة منتهية في {rotationDay}.}}',
  'email.deployment.extensionDecided.next': 'ستتواصل معكم الوحدة بشأن المناوبة ورحلة العودة. لا تترددوا في التواصل معها لأي استفسار.',
  'email.deployment.checklist.missing':
    '{item, select, vetting {التدقيق الأمني} medical {الفحص الطبي} hostileEnvironmentTraining {دورة التوعية بالبيئات العدائية} other {التأمين}}: لم يُسجَّل بعد',
  'email.deployment.checklist.expires':
    '{item, select, vetting {التدقيق الأمني} medical {الفحص الطبي} hostileEnvironmentTraining {دورة التوعية بالبيئات العدائية} other {التأمين}}: ينتهي في {expiresOn}، قبل نهاية البعثة في {rotationDay}',
  'email.deployment.checklist.officer.subject':
    'قبل انتشاركم في {mission}: {days, plural, zero {لم يبقَ أي يوم} one {بقي يوم واحد} two {بقي يومان} few {بقيت # أيام} many {بقي # يومًا} other {بقي # يوم}}',
  'email.deployment.checklist.officer.intro':
    'يبدأ انتشاركم في {mission} في {deploymentDay}، {days, plural, zero {اليوم} one {بعد يوم واحد} two {بعد يومين} few {بعد # أيام} many {بعد # يومًا} other {بعد # يوم}}. هذه المتطلبات السابقة للانتشار ليست مستوفاة بعد:',
  'email.deployment.checklist.officer.next':
    'يرجى استكمال ما ينقص وإرسال الشهادة أو وثيقة التأمين الخاصة بكل بند إلى الوحدة، حتى تتمكن من تسجيلها قبل مغادرتكم.',
  'email.deployment.checklist.hr.subject':
    'قائمة التحقق غير مكتملة: {name}، {mission}، {days, plural, zero {يوم الانتشار} one {قبل يوم واحد من الانتشار} two {قبل يومين من الانتشار} few {قبل # أيام من الانتشار} many {قبل # يومًا من الانتشار} other {قبل # يوم من الانتشار}}',
  'email.deployment.checklist.hr.intro':
    'يبدأ انتشار {name} في {mission} في {deploymentDay}، {days, plural, zero {اليوم} one {بعد يوم واحد} two {بعد يومين} few {بعد # أيام} many {بعد # يومًا} other {بعد # يوم}}. هذه البنود من قائمة التحقق ليست مستوفاة بعد:',
  'email.deployment.checklist.hr.next': 'سجّلوا كل بند في تبويب «الانتشار» بعد استيفائه. وقد أُرسلت القائمة نفسها إلى الموظف.',
  'email.deployment.returnDue.subject': 'عودة مستحقة: {name}، {mission}',
  'email.deployment.returnDue.body':
    'انتهت فترة بعثة {name} في {mission} في {rotationDay} ولم تُسجَّل أي عودة. سجّلوا العودة في تبويب «الانتشار»، أو اطلبوا تمديدًا إذا كان الموظف باقيًا.',
  'email.deployment.debriefDue.subject': 'إحاطة ختامية مستحقة: {name}، {mission}',
  'email.deployment.debriefDue.body':
    'عاد {name} من {mission} في {returnedOn}، {days, plural, zero {اليوم} one {منذ يوم واحد} two {منذ يومين} few {منذ # أيام} many {منذ # يومًا} other {منذ # يوم}}، ولم تُسجَّل أي إحاطة ختامية. يرجى عقد الإحاطة وتسجيلها في تبويب «الانتشار».',
};
