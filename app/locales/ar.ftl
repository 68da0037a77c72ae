# Partner2Connect pledges: Arabic (العربية).
app-name = تعهدات Partner2Connect
itu-short = الاتحاد الدولي للاتصالات
tagline = التحالف الرقمي Partner2Connect: تعهدات بتوصيل أصعب الفئات توصيلاً
skip-to-content = الانتقال إلى المحتوى
language = اللغة
footer-text = يتولى الاتحاد الدولي للاتصالات قيادة التحالف الرقمي Partner2Connect.
meta-description = تعهدات الحكومات والشركات والمنظمات غير الحكومية والجامعات بتوصيل أصعب الفئات توصيلاً، يتحقق منها الاتحاد الدولي للاتصالات وتُنشر في مجموعة تعهدات Partner2Connect.
nav-compendium = مجموعة التعهدات
nav-new-pledge = تعهد جديد
nav-my-pledges = تعهداتنا
nav-review = قائمة انتظار المراجعة
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
signed-in-as = تم تسجيل الدخول باسم { $name } ({ $organisation })
compendium-title = مجموعة التعهدات
compendium-intro = تعهدات بسد الفجوة الرقمية، تُنشر بعد أن يُجري الاتحاد الدولي للاتصالات العناية الواجبة بشأنها.
compendium-count =
    { $count ->
        [zero] لا توجد تعهدات منشورة
        [one] تعهد منشور واحد
        [two] تعهدان منشوران
        [few] { $count } تعهدات منشورة
        [many] { $count } تعهداً منشوراً
       *[other] { $count } تعهد منشور
    }
compendium-empty = لم يُنشر أي تعهد بعد.
loading = جارٍ التحميل…
by = الجهة المتعهدة: { $organisation }
published-on = نُشر في { $date }
benefits = الفئات المستفيدة
field-title = العنوان
field-description = الوصف
field-type = نوع التعهد
field-focus-areas = مجالات التركيز
field-benefits = الفائدة لأقل البلدان نمواً والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية
hint-title = سطر واحد يبيّن ما تتعهدون به، مثل «توصيل ٥٠٠ مدرسة ريفية في رواندا بحلول عام ٢٠٢٧».
hint-description = ماذا، وأين، ولمن، وبحلول متى، وبالشراكة مع مَن. يُرجى ذكر أرقام وتواريخ حتى يتسنى قياس التقدم المحرز.
hint-focus-areas = يُرجى اختيار مجال واحد على الأقل.
hint-benefits = يُرجى أن تبيّنوا لكل فئة ما إذا كان التعهد يعود عليها بالفائدة، وإلى أي مدى.
choose-type = اختيار النوع
new-pledge-title = تقديم تعهد
new-pledge-intro = يراجع مراجعو الاتحاد الدولي للاتصالات كل تعهد قبل نشره في مجموعة التعهدات.
submit-pledge = الإرسال للمراجعة
submitting = جارٍ الإرسال…
type-financial = تمويل
type-project = مشروع
type-policy = سياسات
type-advocacy = دعوة ومناصرة
fa-access = النفاذ
fa-access-meaning = توصيل الناس في كل مكان
fa-adoption = التبني
fa-adoption-meaning = تمكين المجتمعات
fa-value-creation = خلق القيمة
fa-value-creation-meaning = بناء النظم الإيكولوجية الرقمية
fa-accelerate = التسريع
fa-accelerate-meaning = تحفيز الاستثمارات
group-ldc = أقل البلدان نمواً
group-lldc = البلدان النامية غير الساحلية
group-sids = الدول الجزرية الصغيرة النامية
group-ldc-short = أقل البلدان نمواً
group-lldc-short = البلدان النامية غير الساحلية
group-sids-short = الدول الجزرية الصغيرة النامية
benefit-none = غير مستهدفة
benefit-partly = جزئياً (ضمن عدة فئات مستفيدة)
benefit-mainly = المستفيد الرئيسي
status-draft = مسودة
status-submitted = مُقدَّم
status-in-review = قيد المراجعة
status-changes-requested = مطلوب إجراء تعديلات
status-published = منشور
status-rejected = مرفوض
status-withdrawn = مسحوب
my-pledges-title = تعهدات منظمتنا
my-pledges-empty = لم تقدّم منظمتكم أي تعهد بعد.
col-title = العنوان
col-type = النوع
col-status = الحالة
col-organisation = المنظمة
col-submitted = تاريخ التقديم
col-actions = الإجراءات
pledge-submitted-notice = تم تقديم تعهدكم. وسيراجعه مراجعو الاتحاد الدولي للاتصالات قبل نشره.
review-title = قائمة انتظار المراجعة
review-intro = تعهدات تنتظر إجراء العناية الواجبة، الأقدم أولاً.
review-empty = لا توجد تعهدات تنتظر المراجعة.
approve = الموافقة والنشر
approving = جارٍ النشر…
approved-notice = تمت الموافقة على التعهد، وأصبح الآن منشوراً في مجموعة التعهدات العامة.
login-title = تسجيل الدخول
login-intro = يُرجى تسجيل الدخول باستخدام عنوان البريد الإلكتروني الذي سجّلته منظمتكم.
email = عنوان البريد الإلكتروني
password = كلمة المرور
login-button = تسجيل الدخول
err-invalid-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
err-not-signed-in = يُرجى تسجيل الدخول للمتابعة.
err-forbidden = لا يملك حسابكم صلاحية القيام بهذا الإجراء.
err-not-found = تعذّر العثور على ما طلبتموه.
err-conflict = عدّل شخص آخر هذا التعهد قبل لحظات. وتعرض القائمة الآن حالته الراهنة.
err-invalid-transition = لا يمكن القيام بذلك في الحالة الراهنة للتعهد.
err-own-organisation = لا يمكنكم مراجعة تعهد مقدَّم من منظمتكم.
err-internal = حدث خطأ من جانبنا. لم يُفقد أي شيء مما أدخلتموه؛ يُرجى المحاولة مرة أخرى.
err-validation = يُرجى تصحيح الحقول المشار إليها أدناه.
err-unavailable = تعذّر الاتصال بالخادم. يُرجى التحقق من اتصالكم بالإنترنت والمحاولة مرة أخرى.
v-title-length = يجب أن يتراوح طول العنوان بين ٥ و٢٠٠ حرف.
v-description-length = يجب أن يتراوح طول الوصف بين ٢٠ و١٠٬٠٠٠ حرف.
v-type-required = يُرجى اختيار نوع التعهد.
v-focus-area-required = يُرجى اختيار مجال تركيز واحد على الأقل.
v-benefit-required = يُرجى أن تبيّنوا لكل فئة ما إذا كان التعهد يعود عليها بالفائدة.
v-email = يُرجى إدخال عنوان بريد إلكتروني صحيح، مثل name@example.org.
v-password-required = يُرجى إدخال كلمة المرور.
not-found-title = الصفحة غير موجودة
not-found-body = الصفحة التي طلبتموها غير موجودة أو نُقلت إلى مكان آخر.
back-home = الانتقال إلى مجموعة التعهدات
st-government = حكومة
st-private-sector = القطاع الخاص
st-international-organisation = منظمة دولية
st-un-entity = كيان تابع للأمم المتحدة
st-financial-institution = مؤسسة مالية دولية
st-civil-society = المجتمع المدني / منظمة غير حكومية
st-academia = الأوساط الأكاديمية
st-philanthropy = العمل الخيري / مؤسسة خيرية
st-youth = منظمة شبابية (Generation Connect)
region-africa = أفريقيا
region-americas = الأمريكتان
region-arab-states = الدول العربية
region-asia-pacific = آسيا والمحيط الهادئ
region-cis = كومنولث الدول المستقلة
region-europe = أوروبا
kap-affordable-connectivity = التوصيلية الميسورة التكلفة
kap-digital-transformation = التحول الرقمي
kap-enabling-environment = البيئة السياساتية والتنظيمية التمكينية
kap-resource-mobilization = تعبئة الموارد والتعاون الدولي
kap-inclusive-secure-ict = الاتصالات/تكنولوجيا المعلومات والاتصالات الشاملة والآمنة من أجل التنمية المستدامة
sdg-1 = ١. القضاء على الفقر
sdg-2 = ٢. القضاء التام على الجوع
sdg-3 = ٣. الصحة الجيدة والرفاه
sdg-4 = ٤. التعليم الجيد
sdg-5 = ٥. المساواة بين الجنسين
sdg-6 = ٦. المياه النظيفة والنظافة الصحية
sdg-7 = ٧. طاقة نظيفة وبأسعار معقولة
sdg-8 = ٨. العمل اللائق ونمو الاقتصاد
sdg-9 = ٩. الصناعة والابتكار والهياكل الأساسية
sdg-10 = ١٠. الحد من أوجه عدم المساواة
sdg-11 = ١١. مدن ومجتمعات محلية مستدامة
sdg-12 = ١٢. الاستهلاك والإنتاج المسؤولان
sdg-13 = ١٣. العمل المناخي
sdg-14 = ١٤. الحياة تحت الماء
sdg-15 = ١٥. الحياة في البر
sdg-16 = ١٦. السلام والعدل والمؤسسات القوية
sdg-17 = ١٧. عقد الشراكات لتحقيق الأهداف
err-too-many-requests = محاولات كثيرة جداً. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
err-cross-site = أُرسل هذا النموذج من موقع إلكتروني آخر، ولذلك رُفض. لم يُغيَّر أي شيء.
err-too-large = ما أرسلتموه كبير جداً ولا يمكن قبوله.
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
# تاريخ داخل النص، مثل «23 نوفمبر 2026». المتغيران $day و$year أرقام، و$month إحدى الرسائل month-1 إلى month-12.
date-long = { $day } { $month } { $year }
# لحظة زمنية، مثل «23 نوفمبر 2026، الساعة 14:05 بالتوقيت العالمي». المتغير $time بنظام ٢٤ ساعة (ساعات:دقائق).
date-time = { $date }، الساعة { $time } بالتوقيت العالمي

## Accounts, organisations and the coalition (issue 11)
nav-coalition = التحالف
nav-register = التسجيل
nav-organisation = منظمتنا
nav-coalition-desk = إدارة التحالف
nav-account = حسابي
role-stakeholder = صاحب مصلحة
role-org-admin = مشرف المنظمة
role-reviewer = مراجِع في الاتحاد الدولي للاتصالات
role-admin = مشرف في الاتحاد الدولي للاتصالات
role-organiser = منظِّم اجتماع المائدة المستديرة
constituency-generation-connect = Generation Connect (الشباب)
verification-pending = بانتظار تحقق الاتحاد الدولي للاتصالات
verification-verified = تحقق منها الاتحاد الدولي للاتصالات
verification-rejected = لم يتم التحقق منها
membership-pending = بانتظار الموافقة
membership-active = عضو
membership-declined = الطلب مرفوض
letter-submitted = مُقدَّم، بانتظار قرار الاتحاد الدولي للاتصالات
letter-accepted = مقبول: عضو في مجال التركيز
letter-declined = مرفوض
leader-applied = تم تقديم الطلب
leader-nominated = قائد مجال التركيز
leader-declined = الطلب مرفوض
leader-revoked = أُلغيت صفة القائد
err-organisation-not-verified = لم يتحقق الاتحاد الدولي للاتصالات من هذه المنظمة بعد، ولذلك لا يمكن نشر تعهداتها.
err-email-not-verified = يُرجى تأكيد عنوان بريدكم الإلكتروني أولاً بفتح الرابط الذي أرسلناه إليكم. ويمكنكم طلب رابط جديد أدناه.
err-membership-pending = لم يوافق مشرف منظمتكم بعد على طلب انضمامكم. وستتلقون رسالة بالبريد الإلكتروني عند الموافقة عليه.
err-leader-seats-full = لمجال التركيز هذا خمسة قادة بالفعل. يُرجى إلغاء صفة أحدهم قبل تسمية قائد آخر.
v-name = يُرجى إدخال اسمكم (١٢٠ حرفاً كحد أقصى).
v-org-name = يُرجى إدخال اسم المنظمة (من ٢ إلى ٢٠٠ حرف).
v-org-description = يُرجى وصف المنظمة في نص يتراوح طوله بين ٢٠ و٢٬٠٠٠ حرف.
v-one-line = يجب ألا يتجاوز محتوى هذا الحقل سطراً واحداً.
v-choice = يُرجى اختيار أحد الخيارات.
v-org-choice = يُرجى تحديد ما إذا كنتم تسجّلون منظمة جديدة أم تنضمون إلى منظمة مسجّلة.
v-email-taken = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا. يُرجى تسجيل الدخول أو إعادة تعيين كلمة المرور.
v-org-taken = توجد منظمة مسجّلة بهذا الاسم بالفعل. يُرجى طلب الانضمام إليها بدلاً من ذلك.
v-password-length = يُرجى استخدام ما لا يقل عن ١٠ أحرف ولا يزيد على ١٢٨ حرفاً.
v-password-weak = من السهل جداً تخمين كلمة المرور هذه. يُرجى استخدام عبارة أطول تتألف من كلمات لا رابط بينها.
v-password-wrong = هذه ليست كلمة المرور الحالية.
v-url = يُرجى إدخال عنوان موقع إلكتروني يبدأ بـ https:// (أو ترك الحقل فارغاً).
v-statement = يُرجى وصف دوركم في نص يتراوح طوله بين ٥٠ و٥٬٠٠٠ حرف.
v-commitment = يُرجى وصف الالتزام في نص يتراوح طوله بين ٢٠ و٢٬٠٠٠ حرف.
v-signatory = يُرجى إدخال ما بين ٢ و١٢٠ حرفاً.
v-date = يُرجى إدخال تاريخ يقع بين ١ يناير ٢٠٢١ واليوم.
v-confirm = يُرجى وضع علامة في هذا المربع للتأكيد.
v-reason = يُرجى ذكر السبب (من ٣ إلى ٢٬٠٠٠ حرف)؛ وستطّلع عليه المنظمة.
v-pdf = هذا الملف ليس وثيقة بنسق PDF. يُرجى إرفاق الخطاب الموقَّع بنسق PDF.
v-pdf-too-large = يتجاوز حجم الملف ٥ ميغابايت.
v-link-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه. يُرجى طلب رابط جديد.
register-title = تسجيل منظمتكم
register-intro = يُرجى إنشاء حسابكم وتسجيل منظمتكم، أو طلب الانضمام إلى منظمة مسجّلة بالفعل. وسنرسل إليكم رابطاً لتأكيد عنوان بريدكم الإلكتروني.
register-about-you = بياناتكم
field-name = اسمكم
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
hint-password = ١٠ أحرف على الأقل. والعبارة المؤلفة من عدة كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.
field-language = لغة رسائل البريد الإلكتروني
register-organisation = منظمتكم
org-choice-new = تسجيل منظمة جديدة
org-choice-join = الانضمام إلى منظمة مسجّلة بالفعل
field-org-name = اسم المنظمة
field-stakeholder-type = نوع المنظمة
choose-option = يُرجى الاختيار…
field-country = البلد (المقر الرئيسي)
field-website = الموقع الإلكتروني (اختياري)
field-org-description = وصف موجز للمنظمة
field-join-organisation = المنظمة المراد الانضمام إليها
register-button = التسجيل
register-apply-to-lead = تتقدم منظمتنا أيضاً بطلب لتكون قائدة لأحد مجالات التركيز (اختياري).
register-done-title = يُرجى التحقق من بريدكم الإلكتروني
register-done = أرسلنا إليكم رابطاً لتأكيد عنوان بريدكم الإلكتروني. يُرجى فتحه في غضون ٤٨ ساعة، ثم تسجيل الدخول.
verify-title = تأكيد عنوان بريدكم الإلكتروني
verify-button = تأكيد عنوان بريدي الإلكتروني
verify-done = تم تأكيد عنوان بريدكم الإلكتروني. ويمكنكم الآن تسجيل الدخول.
resend-title = إعادة إرسال الرابط
resend-intro = يُرجى إدخال عنوان بريدكم الإلكتروني، وسنرسل رابط تأكيد جديداً إذا كان الحساب لا يزال بحاجة إلى التأكيد.
resend-button = إرسال رابط جديد
resend-done = إذا كان هناك حساب بهذا العنوان بحاجة إلى التأكيد، فسيصل إليه رابط جديد قريباً.
forgot-link = هل نسيتم كلمة المرور؟
register-link = لستم مسجّلين بعد؟ سجّلوا منظمتكم
forgot-title = إعادة تعيين كلمة المرور
forgot-intro = يُرجى إدخال عنوان البريد الإلكتروني لحسابكم. وسنرسل إليكم رابطاً لاختيار كلمة مرور جديدة، تبقى صلاحيته ساعة واحدة.
forgot-button = إرسال الرابط
forgot-done = إذا كان هناك حساب بهذا العنوان، فسيصل إليه قريباً رابط لإعادة تعيين كلمة المرور.
reset-title = اختيار كلمة مرور جديدة
field-new-password = كلمة المرور الجديدة
reset-button = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة مروركم وإنهاء جميع الجلسات. يُرجى تسجيل الدخول بكلمة المرور الجديدة.
account-title = حسابي
account-password-title = تغيير كلمة المرور
field-current-password = كلمة المرور الحالية
change-password-button = تغيير كلمة المرور
change-password-done = تم تغيير كلمة مروركم وإنهاء جلساتكم الأخرى.
account-email-title = تغيير عنوان البريد الإلكتروني
field-new-email = عنوان البريد الإلكتروني الجديد
change-email-button = إرسال رابط التأكيد
change-email-done = أرسلنا رابطاً إلى العنوان الجديد. ويسري التغيير عند فتحكم هذا الرابط.
confirm-email-title = تأكيد عنوان بريدكم الإلكتروني الجديد
confirm-email-button = استخدام هذا العنوان
confirm-email-done = تم تغيير عنوان بريدكم الإلكتروني.
org-title = منظمتنا
org-status = التحقق
org-reason = السبب الذي قدّمه الاتحاد الدولي للاتصالات: { $reason }
join-requests-title = طلبات الانضمام
join-requests-empty = لا توجد طلبات انضمام معلّقة.
approve-button = الموافقة
decline-button = الرفض
leader-title = قيادة مجال تركيز
leader-intro = يسمّي الاتحاد الدولي للاتصالات قادة مجالات التركيز، بحد أقصى خمسة قادة لكل مجال تركيز. ويحضر أعلى مسؤول في كل منظمة قائدة اجتماع المائدة المستديرة ويتحدث باسم التحالف.
field-focus-area = مجال التركيز
field-constituency = فئة أصحاب المصلحة
field-commitment = الالتزام المؤثر الذي تعتزمون التعهد به في اجتماع المائدة المستديرة
field-leader-will-attend = سيحضر أعلى مسؤول في منظمتنا اجتماع المائدة المستديرة ويتحدث باسم التحالف.
leader-apply-button = التقدم بطلب القيادة
leader-applied-done = أُرسل طلبكم إلى الاتحاد الدولي للاتصالات.
letter-title = خطاب النوايا
letter-intro = يجعل خطاب النوايا منظمتكم عضواً في مجال التركيز بمجرد أن يقبله الاتحاد الدولي للاتصالات، إذ تؤكدون فيه أنكم ستشاركون بنشاط في التحضير لاجتماع المائدة المستديرة.
field-letter-areas = مجالات التركيز
field-statement = الدور النشط الذي ستضطلع به منظمتكم في التحضير لاجتماع المائدة المستديرة
field-signatory-name = اسم الموقِّع
field-signatory-title = منصب الموقِّع
field-signed-on = تاريخ التوقيع
field-pdf = الخطاب الموقَّع (بنسق PDF، بحد أقصى ٥ ميغابايت، اختياري)
hint-pdf = إذا رُفض النموذج، يُرجى إرفاق الملف مرة أخرى.
letter-button = تقديم خطاب النوايا
letter-done = أُرسل خطاب نواياكم إلى الاتحاد الدولي للاتصالات. وسنبلغكم بالقرار بالبريد الإلكتروني.
letter-open = لدى منظمتكم بالفعل خطاب نوايا مقدَّم أو مقبول.
letters-title = خطابات النوايا الخاصة بنا
download-pdf = الخطاب الموقَّع (PDF)
desk-title = إدارة التحالف
desk-organisations = منظمات بانتظار التحقق
desk-organisations-empty = لا توجد منظمات بانتظار التحقق.
verify-org-button = التحقق
reject-org-button = الرفض
field-reason = السبب
desk-leaders = قادة مجالات التركيز والطلبات
desk-leaders-empty = لا توجد طلبات أو قادة بعد.
nominate-button = التسمية
revoke-button = الإلغاء
desk-seats = { $area }: { $count } من أصل ٥ قادة
desk-nominate-title = تسمية قائد مباشرةً
field-organisation = المنظمة
desk-letters = خطابات النوايا
desk-letters-empty = لا توجد خطابات بانتظار البت فيها.
accept-button = القبول
desk-people = الأشخاص والأدوار
field-role = الدور
set-role-button = تغيير الدور
saved = تم الحفظ.
col-country = البلد
col-areas = مجالات التركيز
col-person = الشخص
coalition-title = التحالف الرقمي Partner2Connect
coalition-intro = المنظمات التي تقود مجالات التركيز الأربعة للتحالف أو تشارك فيها.
coalition-leaders = القادة
coalition-members = الأعضاء
coalition-none = لا يوجد أي منها بعد.
mail-signature = التحالف الرقمي Partner2Connect، الاتحاد الدولي للاتصالات
mail-verify-subject = تأكيد عنوان بريدكم الإلكتروني في Partner2Connect
mail-verify-body = السيد/السيدة { $name }،

    يُرجى تأكيد عنوان بريدكم الإلكتروني بفتح هذا الرابط في غضون ٤٨ ساعة:

    { $link }

    إذا لم تقوموا بالتسجيل، يُرجى تجاهل هذه الرسالة.
mail-new-email-subject = تأكيد عنوان بريدكم الإلكتروني الجديد في Partner2Connect
mail-new-email-body = السيد/السيدة { $name }،

    يُرجى فتح هذا الرابط في غضون ٢٤ ساعة لاستخدام هذا العنوان في حسابكم على Partner2Connect:

    { $link }

    إذا لم تطلبوا ذلك، يُرجى تجاهل هذه الرسالة؛ فلن يتغير شيء.
mail-reset-subject = إعادة تعيين كلمة مروركم في Partner2Connect
mail-reset-body = السيد/السيدة { $name }،

    يُرجى فتح هذا الرابط في غضون ساعة واحدة لاختيار كلمة مرور جديدة:

    { $link }

    إذا لم تطلبوا ذلك، يُرجى تجاهل هذه الرسالة؛ وستبقى كلمة مروركم دون تغيير.
mail-join-request-subject = طلب من { $person } للانضمام إلى { $organisation }
mail-join-request-body = السيد/السيدة { $name }،

    ورد طلب من { $person } للانضمام إلى { $organisation } في Partner2Connect. ويمكنكم الموافقة على الطلب أو رفضه من هنا:

    { $link }
mail-join-decision-subject = طلبكم الانضمام إلى { $organisation }
mail-join-approved-body = السيد/السيدة { $name }،

    تمت الموافقة على طلبكم الانضمام إلى { $organisation }. ويمكنكم الآن تسجيل الدخول:

    { $link }
mail-join-declined-body = السيد/السيدة { $name }،

    رفض مشرف { $organisation } طلبكم الانضمام إليها.
mail-org-verified-subject = تم التحقق من { $organisation }
mail-org-verified-body = السيد/السيدة { $name }،

    تحقق الاتحاد الدولي للاتصالات من { $organisation }. ويمكن الآن نشر تعهداتها بعد مراجعتها.
mail-org-rejected-subject = تعذّر التحقق من { $organisation }
mail-org-rejected-body = السيد/السيدة { $name }،

    تعذّر على الاتحاد الدولي للاتصالات التحقق من { $organisation }. والسبب المقدَّم هو:

    { $reason }
mail-leader-subject = تسمية { $organisation } قائداً لمجال تركيز
mail-leader-body = السيد/السيدة { $name }،

    سمّى الاتحاد الدولي للاتصالات { $organisation } قائداً لمجال التركيز «{ $area }». ويمكنكم الاطلاع على صفحة التحالف:

    { $link }
mail-letter-received-subject = استلام خطاب النوايا
mail-letter-received-body = السيد/السيدة { $name }،

    تسلّم الاتحاد الدولي للاتصالات خطاب النوايا المقدَّم من { $organisation }. وسنراسلكم مجدداً عند البت فيه.
mail-letter-decided-subject = قرار بشأن خطاب نواياكم
mail-letter-accepted-body = السيد/السيدة { $name }،

    قبِل الاتحاد الدولي للاتصالات خطاب النوايا المقدَّم من { $organisation }. وأصبحت المنظمة الآن عضواً في مجال التركيز:

    { $link }
mail-letter-declined-body = السيد/السيدة { $name }،

    رفض الاتحاد الدولي للاتصالات خطاب النوايا المقدَّم من { $organisation }. والسبب المقدَّم هو:

    { $reason }

## The full pledge (issue 12)
edit-pledge-title = تعديل التعهد
section-about = معلومات عن التعهد
field-summary = الملخص
hint-summary = فقرة واحدة (من ٢٠ إلى ٦٠٠ حرف) تظهر تحت العنوان في مجموعة التعهدات.
section-scope = النطاق الجغرافي للتعهد
hint-scope = العالم بأسره، أو منطقة واحدة أو أكثر من مناطق الاتحاد الدولي للاتصالات، و/أو بلدان محددة. يُرجى اختيار خيار واحد على الأقل.
field-scope-global = العالم بأسره
field-scope-regions = مناطق الاتحاد الدولي للاتصالات
field-scope-countries = البلدان
search-countries = البحث عن البلدان
chosen-countries = البلدان المختارة:
section-money = الجوانب المالية
hint-money = يبيّن التعهد المالي المبلغ الملتزم به؛ ويجوز أن تبيّن التعهدات الأخرى قيمة تقديرية.
field-amount = المبلغ
hint-amount = بالأرقام، مع فاصلة أو نقطة للكسور العشرية، مثل ٢٥٠٠٠٠٠٫٥٠
field-currency = العملة
choose-currency = اختيار العملة
field-benefit-level = الفائدة
field-benefit-share = حصة الموارد (%)
hint-benefit-share = اختياري: عدد صحيح من ٠ إلى ١٠٠.
field-benefit-statement = كيف تستفيد هذه الفئة
flags-heading = يُرجى مراجعة إجاباتكم المتعلقة بأقل البلدان نمواً والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية:
flags-on = مدى اتساق الفائدة المعلنة، وفقاً للتقييم في { $date }:
flag-ldc-not-in-scope = تذكرون أن التعهد يعود بالفائدة على أقل البلدان نمواً، ولكن نطاقه الجغرافي لا يشمل أي بلد من أقل البلدان نمواً.
flag-lldc-not-in-scope = تذكرون أن التعهد يعود بالفائدة على البلدان النامية غير الساحلية، ولكن نطاقه الجغرافي لا يشمل أي بلد من البلدان النامية غير الساحلية.
flag-sids-not-in-scope = تذكرون أن التعهد يعود بالفائدة على الدول الجزرية الصغيرة النامية، ولكن نطاقه الجغرافي لا يشمل أي دولة من الدول الجزرية الصغيرة النامية.
flag-sids-for-landlocked = تذكرون أن التعهد يعود بالفائدة على الدول الجزرية الصغيرة النامية، ولكن جميع البلدان المشمولة بنطاقه الجغرافي بلدان غير ساحلية.
section-targets = الغايات
hint-targets = غاية واحدة قابلة للقياس على الأقل: ما يجري عدّه، وخط الأساس، والقيمة المستهدفة، والموعد المحدد لبلوغها. يُرجى ترك الصفوف الزائدة فارغة.
target-number = الغاية { $n }
field-indicator = المؤشر
field-baseline = خط الأساس (اختياري)
field-target-value = القيمة المستهدفة
field-unit = الوحدة
field-due = الموعد المحدد
add-target = إضافة غاية
section-dates = التواريخ
field-start-date = تاريخ البدء
field-end-date = تاريخ الانتهاء
section-frameworks = أهداف التنمية المستدامة وخطة عمل كيغالي
field-sdgs = أهداف التنمية المستدامة
field-kap = أولويات خطة عمل كيغالي
hint-optional = اختياري.
section-contact = جهة الاتصال
hint-contact = يراسل الاتحاد الدولي للاتصالات هذا الشخص بشأن التعهد. ولا تُنشر هذه البيانات أبداً.
field-contact-name = الاسم
field-contact-email = عنوان البريد الإلكتروني
field-consent = نوافق على أن ينشر الاتحاد الدولي للاتصالات هذا التعهد في مجموعة التعهدات بعد مراجعته.
save-draft = حفظ المسودة
draft-saving = جارٍ الحفظ…
draft-saved-at = حُفظت المسودة في { $time }
draft-save-failed = لم يتم الحفظ: يُرجى التحقق من اتصالكم بالإنترنت. وما زال ما أدخلتموه موجوداً هنا، وسيُحفظ عند إجراء تغييركم التالي.
draft-saved-notice = تم حفظ مسودتكم. ويمكنكم العودة إليها في أي وقت من صفحة «تعهداتنا».
pledge-not-editable = لا يمكن تغيير هذا التعهد الآن، لأنه قيد المراجعة أو مغلق.
back-to-pledge = العودة إلى التعهد
untitled-draft = مسودة بلا عنوان
edit-pledge = تعديل التعهد
continue-editing = مواصلة التعديل
withdraw-pledge = سحب التعهد
withdraw-reason = لماذا تسحبون التعهد؟ (سيطّلع الاتحاد الدولي للاتصالات على ذلك)
pledge-withdrawn-notice = تم سحب التعهد.
revision-of = الصيغة { $n } بتاريخ { $date }
revisions-heading = الصيغ
public-revision = علنية
history-heading = السجل
col-when = التاريخ
col-who = الشخص
col-message = الرسالة
col-part = دوركم
part-lead = المنظمة الرائدة
part-confirmed = شريك
part-invited = مدعوّة
part-declined = رفضت الدعوة
partners-heading = الشركاء
partners-intro = تُحتسب التعهدات المشتركة مرة واحدة في كل مجموع. ويظهر الشركاء المؤكَّدون في التعهد إلى جانب المنظمة الرائدة.
invitation-question = منظمتكم مدعوّة إلى المشاركة في تنفيذ هذا التعهد. هل تؤكدون ذلك؟
confirm-partnership = التأكيد
decline-partnership = الرفض
invite-partner-label = دعوة منظمة مسجّلة
choose-organisation = اختيار منظمة
invite-partner = إرسال الدعوة
partner-invited-notice = تم إرسال الدعوة.
remove-partner = الإزالة
partners-may-edit = يجوز للشركاء المؤكَّدين تعديل هذا التعهد وتقديمه.
partners-may-not-edit = منظمتكم وحدها هي التي تعدّل هذا التعهد.
allow-partner-editing = السماح للشركاء بالتعديل
stop-partner-editing = منع الشركاء من التعديل
with-partners = الشركاء: { $partners }
share-percent = { $share }% من الموارد
usd-label = المعادل بدولارات الولايات المتحدة
usd-equivalent = { $usd } دولار أمريكي (بسعر { $rate } دولار أمريكي للوحدة، وفق سعر الصرف في { $date })
usd-not-converted = لم يُحوَّل بعد: ليس لدى الاتحاد الدولي للاتصالات سعر صرف لهذه العملة في يوم التقديم.
rates-title = أسعار الصرف
rates-intro = قيمة وحدة واحدة من كل عملة بدولارات الولايات المتحدة، حسب التاريخ. ويُحوَّل التعهد بأحدث سعر سارٍ في يوم تقديمه أو قبله، ويحتفظ بهذا السعر.
field-rate-date = التاريخ
field-usd-per-unit = دولارات الولايات المتحدة مقابل وحدة واحدة
hint-usd-per-unit = مثل ١٫٠٨٢٥ لليورو.
add-rate = إضافة سعر
v-summary-length = يجب أن يتراوح طول الملخص بين ٢٠ و٦٠٠ حرف.
v-statement-length = يُرجى كتابة ما بين ١٠ و٥٠٠ حرف.
v-percent = يُرجى إدخال عدد صحيح من ٠ إلى ١٠٠، أو ترك الحقل فارغاً.
v-indicator = يُرجى بيان ما يجري عدّه (من ٣ إلى ٢٠٠ حرف).
v-unit = يُرجى ذكر الوحدة (٤٠ حرفاً كحد أقصى)، مثل «مدارس» أو «أشخاص».
v-quantity = يُرجى إدخال رقم، مثل ٥٠٠ أو ١٢٫٥.
v-pledge-date = يُرجى إدخال تاريخ يقع بين عامي ٢٠٠٠ و٢١٠٠.
v-consent = يُرجى وضع علامة في هذا المربع لتقديم التعهد، إذ لا ينشر الاتحاد الدولي للاتصالات إلا التعهدات المأذون له بنشرها.
v-date-order = يجب ألا يكون تاريخ الانتهاء سابقاً لتاريخ البدء.
v-scope = يُرجى اختيار النطاق الجغرافي للتعهد: العالم بأسره أو منطقة أو بلد.
v-amount-required = يجب أن يبيّن التعهد المالي المبلغ الملتزم به.
v-currency = يُرجى اختيار عملة المبلغ.
v-amount = يُرجى إدخال المبلغ بالأرقام، مثل ٢٥٠٠٠٠٠ أو ٢٬٥٠٠٬٠٠٠٫٥٠.
v-amount-positive = يجب أن يكون المبلغ أكبر من صفر.
v-amount-too-large = هذا المبلغ كبير جداً؛ يُرجى التحقق من عدد الأرقام.
v-amount-decimals = لا تقبل هذه العملة هذا العدد من المنازل العشرية.
v-share-without-benefit = لا يمكن تخصيص حصة من الموارد لفئة لا تستفيد من التعهد.
v-benefit-statement = يُرجى أن تبيّنوا في جملة واحدة كيف تستفيد هذه الفئة.
v-target-required = يُرجى تحديد غاية واحدة على الأقل.
v-too-many-targets = يُرجى ألا يتجاوز عدد الغايات ٢٠ غاية.
v-target-due = يجب أن يقع الموعد المحدد بين تاريخ بدء التعهد وتاريخ انتهائه.
v-partner-choice = يُرجى اختيار منظمة تحقق منها الاتحاد الدولي للاتصالات.
v-partner-already = هذه المنظمة مدرجة بالفعل في التعهد.
v-rate = يُرجى إدخال عدد موجب، مثل ١٫٠٨٢٥.
v-rate-taken = يوجد بالفعل سعر لهذه العملة في هذا التاريخ.
mail-partner-invited-subject = دعوة إلى تعهد مشترك: { $title }
mail-partner-invited-body = السيد/السيدة { $name }،

    تدعو { $organisation } منظمتكم إلى المشاركة في تنفيذ تعهدها «{ $title }». ويمكنكم قبول الدعوة أو رفضها من هنا:

    { $link }
mail-partner-answered-subject = الرد على دعوتكم إلى تعهد مشترك: { $title }
mail-partner-confirmed-body = السيد/السيدة { $name }،

    أكدت { $organisation } مشاركتها في تنفيذ التعهد «{ $title }»:

    { $link }
mail-partner-declined-body = السيد/السيدة { $name }،

    رفضت { $organisation } المشاركة في تنفيذ التعهد «{ $title }»:

    { $link }
review-message = رسالة إلى المنظمة
request-changes = طلب إدخال تعديلات
reject = رفض
ldc-when-pledged = { $country } (من أقل البلدان نمواً وقت التعهد)

## Due diligence (issue 13)
status-second-approval = بانتظار الموافقة الثانية
status-unpublished = أُلغي نشره
action-submit = التقديم
action-claim = تولّي المراجعة
action-assign = الإسناد
action-release = التخلي عن المراجعة
action-approve = الموافقة
action-reject = الرفض
action-request-changes = طلب إجراء تعديلات
action-resubmit = إعادة التقديم
action-revise = التعديل
action-withdraw = السحب
action-unpublish = إلغاء النشر
apply-filters = تصفية
clear-filters = مسح عوامل التصفية
filter-any = الكل
filter-region = منطقة الاتحاد الدولي للاتصالات (ضمن النطاق الجغرافي)
filter-usd-min = القيمة من (بدولارات الولايات المتحدة)
filter-usd-max = القيمة حتى (بدولارات الولايات المتحدة)
filter-min-days = مدة الانتظار الدنيا (بالأيام)
filter-assignee = المراجِع المسؤول
filter-sort = الترتيب
sort-oldest = الأقدم أولاً
sort-newest = الأحدث أولاً
sort-value = الأعلى قيمة أولاً
assignee-me = أنا
assignee-nobody = لا أحد
queue-filters = تصفية قائمة الانتظار
queue-states = حالات قائمة الانتظار
queue-count =
    { $count ->
        [zero] لا يوجد أي تعهد مطابق
        [one] تعهد واحد مطابق
        [two] تعهدان مطابقان
        [few] { $count } تعهدات مطابقة
        [many] { $count } تعهداً مطابقاً
       *[other] { $count } تعهد مطابق
    }
col-usd = القيمة (بدولارات الولايات المتحدة)
col-waiting = مدة الانتظار
col-assignee = المراجِع المسؤول
col-similarity = درجة التشابه
days-waiting =
    { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }
pages = الصفحات
page-of = الصفحة { $page } من { $pages }
previous-page = الصفحة السابقة
next-page = الصفحة التالية
back-to-queue = العودة إلى قائمة انتظار المراجعة
open-review = الفتح في صفحة المراجعة
desk-heading = من يتولى مراجعة هذا التعهد
held-by = يتولى { $name } مراجعة هذا التعهد.
held-by-you = تتولون مراجعة هذا التعهد.
held-by-nobody = لم يتولَّ أحد مراجعة هذا التعهد بعد.
first-approval-by = منح { $name } الموافقة الأولى؛ ويمنح الموافقة الثانية مراجِع آخر.
four-eyes-needed = يتطلب موافقتين
claim-pledge = تولّي المراجعة
release-pledge = التخلي عن المراجعة
assign-to = الإسناد إلى
assign-pledge = الإسناد
organisation-heading = المنظمة
verification-heading = التحقق
approval-needs-verified = لم يتم التحقق من هذه المنظمة بعد: لا يمكن الموافقة على التعهد إلى أن يتحقق منها الاتحاد الدولي للاتصالات.
changes-since = التغييرات منذ الصيغة { $n }
no-changes = لم يتغير أي شيء منذ تلك الصيغة.
consistency-heading = اتساق الفائدة المعلنة لأقل البلدان نمواً والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية
duplicates-heading = تعهدات مكررة محتملة
no-duplicates = لم يُعثر على أي تعهد مماثل منشور أو معلّق.
similarity-score = { $score }٪
decision-heading = العناية الواجبة والقرار
checklist-heading = قائمة التحقق الخاصة بالعناية الواجبة
check-entity-verified = تم التحقق من الكيان
check-focus-area-alignment = يتوافق التعهد مع مجالات التركيز التي يذكرها
check-type-correct = نوع التعهد صحيح
check-realistic-measurable = التعهد واقعي وقابل للقياس
check-group-claim-consistent = الفائدة المعلنة لأقل البلدان نمواً والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية متسقة مع النطاق الجغرافي
check-value-plausible = القيمة معقولة
check-not-duplicate = التعهد ليس مكرراً
check-pass = مستوفى
check-fail = غير مستوفى
check-not-applicable = لا ينطبق
check-note = ملاحظة (إلزامية إذا كان أحد البنود غير مستوفى)
review-message-hint = إلزامية لطلب إدخال تعديلات أو للرفض؛ وستطّلع عليها المنظمة.
decision-recorded = تم تسجيل القرار. وحالة التعهد الآن: { $status }.
unpublish-pledge = إلغاء نشر هذا التعهد
unpublish-reason = سبب سحب التعهد من النشر (ستطّلع عليه المنظمة)
reviewer-says = رسالة الاتحاد الدولي للاتصالات
conversation-heading = المراسلات مع الاتحاد الدولي للاتصالات
conversation-empty = لا توجد رسائل بعد.
write-to-itu = الكتابة إلى مراجعي الاتحاد الدولي للاتصالات
write-to-organisation = الكتابة إلى المنظمة
internal-note-only = ملاحظة داخلية: لا يطّلع عليها إلا مراجعو الاتحاد الدولي للاتصالات
internal-note = ملاحظة داخلية
from-itu = الاتحاد الدولي للاتصالات
send-message = إرسال
diff-scope = النطاق الجغرافي
diff-targets = الغايات
diff-dates = التواريخ
diff-contact = جهة الاتصال
audit-title = سجل التدقيق
audit-intro = جميع التغييرات في حالة كل تعهد، وجميع أحداث التحالف (التحقق من المنظمات، وتسمية الجهات الرائدة، والبت في خطابات النوايا، ومنح الأدوار، وتغيير كلمات المرور وعناوين البريد الإلكتروني): مَن أجراها، ومتى، ومن أي حالة إلى أي حالة، ولماذا، وقائمة التحقق المقدَّمة. ولا يمكن تغيير القيود أو حذفها.
audit-filters = تصفية سجل التدقيق
audit-who = الشخص (الاسم أو عنوان البريد الإلكتروني)
audit-from = من تاريخ
audit-until = حتى تاريخ
audit-action = الإجراء
audit-pledge = التعهد
audit-from-to = التغيير
audit-revision = الصيغة { $id }
audit-count =
    { $count ->
        [zero] لا توجد قيود
        [one] قيد واحد
        [two] قيدان
        [few] { $count } قيود
        [many] { $count } قيداً
       *[other] { $count } قيد
    }
download-csv = التنزيل بنسق CSV
err-claimed-by-colleague = يتولى مراجِع آخر مراجعة هذا التعهد. يُرجى أن تطلبوا منه التخلي عن مراجعته، أو أن تسندوه إلى أنفسكم أولاً.
err-same-reviewer-twice = لقد منحتم الموافقة الأولى؛ ويجب أن تصدر الموافقة الثانية عن مراجِع آخر.
v-check-fail-note = يُرجى بيان ما لم يُستوفَ، حتى تطّلع عليه المنظمة والمراجِع التالي.
v-check-note-length = يُرجى ألا يتجاوز طول الملاحظة ١٬٠٠٠ حرف.
v-check-missing = يُرجى الإجابة عن هذا البند قبل الموافقة.
v-check-failed = لا يمكن الموافقة مع وجود بند غير مستوفى: يُرجى طلب إدخال تعديلات أو الرفض بدلاً من ذلك.
v-message-length = يُرجى كتابة رسالة لا يتجاوز طولها ٤٬٠٠٠ حرف.
mail-pledge-decided-subject = قرار الاتحاد الدولي للاتصالات بشأن تعهدكم: { $title }
mail-pledge-approved-body = السيد/السيدة { $name }،

    أنجز الاتحاد الدولي للاتصالات العناية الواجبة بشأن تعهدكم «{ $title }» ونشره في مجموعة تعهدات Partner2Connect. { $message }

    { $link }
mail-pledge-changes-body = السيد/السيدة { $name }،

    راجع الاتحاد الدولي للاتصالات تعهدكم «{ $title }»، ويطلب إدخال تعديلات عليه قبل أن يتسنى نشره:

    { $message }

    يُرجى تعديله وإعادة تقديمه من هنا: { $link }
mail-pledge-rejected-body = السيد/السيدة { $name }،

    راجع الاتحاد الدولي للاتصالات تعهدكم «{ $title }»، ويتعذر عليه نشره:

    { $message }

    { $link }
mail-pledge-unpublished-body = السيد/السيدة { $name }،

    سحب الاتحاد الدولي للاتصالات تعهدكم «{ $title }» من مجموعة التعهدات العامة:

    { $message }

    { $link }
mail-pledge-other-body = السيد/السيدة { $name }،

    ثمة مستجدات بشأن تعهدكم «{ $title }». { $message }

    { $link }
mail-pledge-message-subject = رسالة جديدة بشأن التعهد: { $title }
mail-pledge-message-body = السيد/السيدة { $name }،

    كتب { $author } بشأن التعهد «{ $title }»:

    { $message }

    يمكنكم الرد من هنا: { $link }

## The public compendium (issue 14)
nav-dashboard = لوحة المتابعة
compendium-search = البحث
compendium-search-hint = كلمات من العنوان أو الملخص أو اسم إحدى المنظمات، بأي لغة.
compendium-filters = تصفية مجموعة التعهدات
filter-country = البلد (ضمن النطاق الجغرافي)
filter-group = الفئات المستفيدة
filter-year = سنة النشر
filter-organisation = المنظمة (رائدة أو شريكة)
downloads = تنزيل هذه التعهدات
export-csv = CSV
export-xlsx = جدول بيانات Excel (XLSX)
export-json = بيانات مفتوحة (JSON)
export-docx = مجموعة التعهدات بنسق Word (DOCX)
first-page = الصفحة الأولى
open-dashboard = الاطلاع على مجاميع هذه التعهدات ورسومها البيانية
counter-heading = حصيلة هذه التعهدات
stat-pledges = التعهدات
stat-usd = القيمة بدولارات الولايات المتحدة
stat-organisations = المنظمات
stat-governments = الحكومات
stat-countries = البلدان المذكورة
stat-ldc-share = تعود بالفائدة على أقل البلدان نمواً
stat-without-usd =
    { $count ->
        [zero] لا يوجد أي تعهد لم تُحسب قيمته بدولارات الولايات المتحدة بعد.
        [one] تعهد واحد لم تُحسب قيمته بدولارات الولايات المتحدة بعد، ولذلك لا يدخل في القيمة الإجمالية.
        [two] تعهدان لم تُحسب قيمتهما بدولارات الولايات المتحدة بعد، ولذلك لا يدخلان في القيمة الإجمالية.
        [few] { $count } تعهدات لم تُحسب قيمتها بدولارات الولايات المتحدة بعد، ولذلك لا تدخل في القيمة الإجمالية.
        [many] { $count } تعهداً لم تُحسب قيمتها بدولارات الولايات المتحدة بعد، ولذلك لا تدخل في القيمة الإجمالية.
       *[other] { $count } تعهد لم تُحسب قيمتها بدولارات الولايات المتحدة بعد، ولذلك لا تدخل في القيمة الإجمالية.
    }
percent = { $percent }٪
public-ref = الرقم المرجعي
published-label = تاريخ النشر
permalink-hint = يبقى عنوان هذه الصفحة ثابتاً: يُرجى الإشارة إلى التعهد بالرقم المرجعي { $reference }.
back-to-compendium = العودة إلى مجموعة التعهدات
dashboard-title = لوحة متابعة التعهدات
dashboard-intro = حصيلة التعهدات المنشورة. ويُحتسب التعهد المشترك مرة واحدة؛ أما التعهد الذي يشمل عدة مجالات تركيز أو عدة مناطق فيُحتسب في كل منها.
chart-by-focus-area = حسب مجال التركيز
chart-by-type = حسب نوع التعهد
chart-by-stakeholder = حسب نوع المنظمة الرائدة
chart-by-region = حسب منطقة الاتحاد الدولي للاتصالات
chart-by-group = الفائدة لأقل البلدان نمواً والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية
chart-alt = رسم بياني بالأعمدة: { $title }. ويعرض الجدول أدناه الأرقام نفسها.
col-category = الفئة
as-at = حتى { $time }
contents-heading = المحتويات
sheet-summary = الملخص
sheet-all-pledges = جميع التعهدات
col-approved = تاريخ الموافقة
col-partners = الشركاء
col-lead-organisation = المنظمة الرائدة
col-as-at = البيانات حتى

## Issue 22: uploads
v-pdf-damaged = ملف PDF هذا تالف أو غير مكتمل. احفظه أو صدِّره من جديد ثم أرفق الملف الجديد.
v-pdf-too-deep = لا يمكن قبول ملف PDF هذا لأن بنيته متداخلة بعمق مفرط. اطبعه في ملف PDF جديد وأرفق الملف الجديد.
v-pdf-unpacks-too-large = يحتوي ملف PDF هذا بعد فك ضغطه على بيانات تفوق بكثير ما يحتاجه خطاب موقَّع. اطبعه في ملف PDF جديد وأرفق الملف الجديد.
v-pdf-zip = هذا الملف هو أيضًا أرشيف ZIP. يُرجى إرفاق الخطاب الموقَّع بنسق PDF عادي.
## Issue 22: downloads and cache
v-search-too-long = لا يجوز أن يتجاوز طول البحث ٢٠٠ حرف.
v-search-too-many-terms = ابحث عن ٨ كلمات على الأكثر في المرة الواحدة.
v-search-term-short = يجب أن تتكون كل كلمة بحث من حرفين على الأقل؛ ويكفي رمز صيني أو ياباني أو كوري واحد.
v-search-term-long = لا يجوز أن يتجاوز طول كلمة البحث ١٠٠ حرف.
err-busy = الخادم مشغول بإعداد ملفات أخرى. يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
## Issue 22: accounts
mail-register-again-subject = حاول شخص ما تسجيل عنوان بريدكم الإلكتروني في Partner2Connect
mail-register-again-body = السيد/السيدة { $name }،

    حاول شخص ما، ربما أنتم، إنشاء حساب جديد في Partner2Connect بعنوان البريد الإلكتروني هذا. يوجد حساب لهذا العنوان بالفعل، لذلك لم يتغير شيء.

    إذا كنتم أنتم، يُرجى تسجيل الدخول. وإذا نسيتم كلمة المرور، يمكنكم اختيار كلمة مرور جديدة من هنا:

    { $link }

    إذا لم تكونوا أنتم، يُرجى تجاهل هذه الرسالة؛ وسيبقى حسابكم كما هو.
verify-password-intro = يُرجى إدخال كلمة المرور التي اخترتموها عند التسجيل، ثم الضغط على الزر. لا يمكن تأكيد العنوان إلا للشخص الذي قام بالتسجيل.
v-registration-password = هذه ليست كلمة المرور التي اختيرت عند تسجيل هذا العنوان.
v-org-taken-meanwhile = سُجّلت منظمة أخرى بهذا الاسم في هذه الأثناء. يُرجى التسجيل من جديد باسم آخر، أو طلب الانضمام إليها.
## Issue 22: partners and holes
field-named-partners = شركاء غير مسجّلين في المنصة
field-named-partners-hint = اسم واحد في كل سطر، وبحد أقصى 20 اسماً. هم جزء من التعهد: يراجعهم الاتحاد معه، وتذكر الصفحة العامة أن المنظمة الرائدة هي التي أدرجتهم.
v-named-partner = اكتب اسم كل شريك في ما بين 2 و200 حرف، اسماً واحداً في كل سطر.
v-named-partners-too-many = لا يمكن إدراج أكثر من 20 شريكاً.
v-drafts-capped = لدى منظمتك 200 مسودة بالفعل. قدّم بعضها أو اسحبه قبل أن تبدأ تعهداً جديداً.
named-by-lead = أدرجته المنظمة الرائدة
named-partners-in-form = يُدرج الشركاء الذين ليس لهم حساب في استمارة التعهد، ويراجعهم الاتحاد مع التعهد.
## Issue 22: notices and audit
notices-title = تعهدات تنتظر المراجعة
notices-intro = كيف تودّون أن تُبلَّغوا بالتعهدات التي تدخل قائمة انتظار المراجعة؟
notices-each = رسالة عن كل تعهد فور وصوله
notices-digest = موجز يومي واحد يسرد التعهدات الجديدة
notices-save = حفظ اختياري
notices-saved = حُفظ اختياركم.
mail-notice-received-subject = تلقى الاتحاد الدولي للاتصالات تعهدكم: { $title }
mail-notice-received-body = السيد/السيدة { $name }،

    تلقى الاتحاد الدولي للاتصالات تعهدكم «{ $title }» لإجراء العناية الواجبة بشأنه. وسيراجعه أحد المراجعين، وستصلكم النتيجة بالبريد الإلكتروني.

    يمكنكم متابعته من هنا: { $link }
mail-notice-withdrawn-subject = سُحب التعهد: { $title }
mail-notice-withdrawn-body = السيد/السيدة { $name }،

    سُحب تعهدكم «{ $title }». والسبب المذكور:

    { $reason }

    { $link }
mail-notice-waiting-subject = تعهد ينتظر المراجعة: { $title }
mail-notice-waiting-body = السيد/السيدة { $name }،

    قدّمت { $organisation } التعهد «{ $title }»، وهو ينتظر في قائمة انتظار المراجعة.

    يمكنكم مراجعته من هنا: { $link }
mail-notice-assigned-subject = أُسند إليكم تعهد: { $title }
mail-notice-assigned-body = السيد/السيدة { $name }،

    أسند { $person } إليكم مراجعة التعهد «{ $title }».

    يمكنكم مراجعته من هنا: { $link }
mail-notice-second-subject = يلزم إصدار موافقة ثانية: { $title }
mail-notice-second-body = السيد/السيدة { $name }،

    منح { $person } الموافقة الأولى على التعهد «{ $title }». ونظراً إلى قيمته، تلزم موافقة ثانية من مراجِع آخر.

    يمكنكم مراجعته من هنا: { $link }
mail-notice-digest-subject = تعهدات تنتظر المراجعة: { $count }
mail-notice-digest-body = السيد/السيدة { $name }،

    دخلت هذه التعهدات قائمة انتظار المراجعة منذ آخر موجز وصلكم:

    { $pledges }

    قائمة الانتظار كاملةً: { $link }
mail-notice-digest-line = - { $title } ({ $organisation }): { $link }
audit-about = الموضوع
audit-about-pledge = تعهد
audit-about-organisation = منظمة
audit-about-leader = جهة رائدة في مجال تركيز
audit-about-letter = خطاب نوايا
audit-about-account = حساب
audit-about-partners = شركاء التعهد
audit-do-verify = التحقق
audit-do-apply = طلب الريادة
audit-do-nominate = التسمية
audit-do-accept = القبول
audit-do-decline = الرفض
audit-do-revoke = الإلغاء
audit-do-set-role = تغيير الدور
audit-do-change-password = تغيير كلمة المرور
audit-do-change-email = تغيير عنوان البريد الإلكتروني
audit-do-invite = دعوة شريك
audit-do-confirm = تأكيد الشراكة
audit-do-name-partner = تسمية شريك
audit-do-remove-partner = إزالة شريك
audit-do-partner-rights = حقوق الشركاء في التعديل
progress-not-started = لم يبدأ
progress-on-track = يسير وفق الخطة
progress-delayed = متأخر
progress-completed = مكتمل
progress-cancelled = ملغى
report-filed = مُقدَّم
report-accepted = قبله الاتحاد الدولي للاتصالات
report-more-requested = طلب الاتحاد الدولي للاتصالات مزيداً من المعلومات
report-taken-down = سحبه الاتحاد الدولي للاتصالات
light-on-track = على المسار الصحيح
light-at-risk = معرّض للخطر
light-off-track = خارج المسار
light-inactive = غير نشط: لا تقارير منذ دورتين متتاليتين
light-none = لا توجد تقارير بعد
v-progress-status = يُرجى اختيار حالة العمل.
v-progress-percent = يُرجى إدخال عدد صحيح من ٠ إلى ١٠٠.
v-progress-reason = يُرجى بيان السبب في نص يتراوح طوله بين ١٠ و١٬٠٠٠ حرف: يتطلب التعهد المتأخر أو المكتمل أو الملغى ذكر سبب أو ملاحظة.
v-narrative-length = يُرجى وصف ما حدث في نص يتراوح طوله بين ٢٠ و٥٬٠٠٠ حرف.
v-past-date = يُرجى إدخال تاريخ يقع بين عام ٢٠٠٠ واليوم.
v-links-too-many = يُرجى ألا يتجاوز عدد الروابط ١٠ روابط، رابطاً واحداً في كل سطر.
v-evidence-too-large = يتجاوز حجم أحد الملفات ١٠ ميغابايت.
v-evidence-kind = يُرجى إرفاق وثائق بنسق PDF أو صور بنسق PNG أو JPEG فقط.
v-evidence-damaged = أحد الملفات تالف أو غير مكتمل. يُرجى حفظه أو تصديره من جديد ثم إرفاق الملف الجديد.
v-evidence-unsafe = لا يمكن قبول أحد الملفات لأن بنيته قد تُلحق الضرر بمن يفتحه. يُرجى طباعته أو تصديره من جديد.
v-evidence-zip = أحد الملفات هو أيضاً أرشيف ZIP. يُرجى إرفاق ملف PDF أو صورة عادية.
v-evidence-too-many = لا يمكن أن يتضمن التقرير أكثر من خمسة ملفات. يُرجى إزالة أحدها قبل إضافة ملف آخر.
v-progress-unpublished = لا تُقدَّم التقارير المرحلية إلا بشأن التعهدات المنشورة.
v-cycle-overlap = تتداخل هذه الفترة مع دورة موجودة بالفعل.
v-recipients-required = يُرجى اختيار شخص واحد على الأقل من منظمتكم.
nav-progress-review = التقارير المرحلية
report-progress = الإبلاغ عن التقدم المحرز
progress-title = التقدم المحرز في تنفيذ التعهد
progress-intro = أطلعوا الاتحاد الدولي للاتصالات والجمهور على سير تنفيذ التعهد. ويصبح التقرير علنياً فور تقديمه؛ أما ملفات الأدلة الداعمة فتبقى غير علنية ما لم تجعلوها علنية.
progress-owed = يتعلق هذا التقرير بالدورة { $cycle }، وموعد تقديمه { $due }.
progress-interim = لا يُستحق تقديم تقرير عن أي دورة الآن: هذا التقرير تحديث بين دورتين.
progress-read-only = لا يقدّم التقرير إلا المنظمة الرائدة، أو شريك تأذن له بالتعديل.
field-progress-status = حالة العمل
field-status-reason = السبب أو الملاحظة
hint-status-reason = إلزامي إذا كان العمل متأخراً أو مكتملاً أو ملغى: يُرجى بيان السبب، أو ما تم إنجازه.
field-percent = النسبة المئوية للإنجاز
hint-percent = عدد صحيح من ٠ إلى ١٠٠.
progress-targets = ما تحقق من الغايات
progress-target-line = الغاية: { $target } { $unit } بحلول { $due }
field-value-reached = القيمة المحققة
field-reached-on = تاريخ تحقيقها
progress-money = الأموال المصروفة حتى الآن
hint-disbursed = المبلغ الإجمالي المصروف حتى الآن، بعملته. وتُحسب قيمته بدولارات الولايات المتحدة بسعر الصرف المعتمد لدى الاتحاد الدولي للاتصالات في اليوم الذي تحددونه.
field-disbursed-amount = المبلغ المصروف
field-disbursed-currency = العملة
field-disbursed-on = تاريخ الاحتساب
field-delivered-countries = البلدان التي تحققت فيها النتائج
hint-delivered-countries = اضغطوا مع الاستمرار على مفتاح Ctrl (أو Cmd) لاختيار عدة بلدان.
field-beneficiaries = عدد المستفيدين الذين تم الوصول إليهم
field-beneficiaries-unit = وحدة قياس المستفيدين
hint-beneficiaries-unit = مثل الأشخاص أو المدارس أو العيادات.
field-narrative = ما الذي حدث
hint-narrative = من ٢٠ إلى ٥٬٠٠٠ حرف.
field-links = روابط الأدلة الداعمة
hint-links = عنوان موقع إلكتروني واحد في كل سطر، بحد أقصى ١٠ عناوين.
field-files = ملفات الأدلة الداعمة
hint-files = بنسق PDF أو PNG أو JPEG، بحد أقصى ١٠ ميغابايت لكل ملف وخمسة ملفات لكل تقرير.
field-files-public = جعل ملفات هذا التقرير علنية
draft-files = الملفات المرفقة بالمسودة
remove-file = إزالة { $name }
save-report-draft = حفظ المسودة
file-report = تقديم التقرير
report-draft-saved = تم حفظ المسودة.
report-filed-notice = تم تقديم التقرير. وأصبح الآن علنياً.
progress-timeline = التسلسل الزمني للتقدم المحرز
progress-no-reports = لا توجد تقارير مرحلية بعد.
report-heading = تقرير بتاريخ { $date }
report-cycle = الدورة { $cycle }
report-interim = تحديث بين دورتين
report-by = الجهة المقدِّمة: { $organisation }
progress-percent-label = نسبة الإنجاز { $percent }٪
progress-disbursed-label = الأموال المصروفة
progress-usd-unknown = القيمة بدولارات الولايات المتحدة غير معروفة: لا يوجد سعر صرف لذلك اليوم.
progress-countries-label = البلدان التي تحققت فيها النتائج
progress-beneficiaries-label = عدد المستفيدين الذين تم الوصول إليهم
progress-evidence-label = الأدلة الداعمة
progress-private-file = غير علني
progress-light-label = مؤشر الحالة
progress-comments = التعليقات
field-comment = تعليقكم
comment-button = إرسال التعليق
review-progress-title = تقارير مرحلية للاطلاع عليها
review-progress-intro = تصبح التقارير المقدَّمة علنية فور تقديمها. يمكنكم قبولها، أو طلب مزيد من المعلومات (تُضاف الرسالة إلى المراسلات المتعلقة بالتعهد)، أو سحب أحدها.
review-progress-empty = لا توجد تقارير بانتظار الاطلاع عليها.
accept-report = القبول
ask-for-more = طلب مزيد من المعلومات
take-down-report = السحب
restore-report = الاستعادة
field-review-message = رسالة إلى المنظمة
progress-duties-title = التقارير المرحلية
progress-duties-intro = يُقدَّم بشأن كل تعهد منشور تقرير واحد في كل دورة، ويجوز تقديم تقرير في أي وقت.
duty-due = موعد التقديم { $due } ({ $cycle })
duty-overdue = متأخر منذ { $due } ({ $cycle })
duty-up-to-date = لا توجد تقارير مستحقة
duty-closed = مغلق: العمل مكتمل أو ملغى
duty-last-filed = آخر تقرير قُدِّم في { $date }
duty-draft = تم حفظ المسودة
cycles-title = دورات الإبلاغ
cycles-intro = يُستحق تقديم تقرير واحد عن الدورة بشأن كل تعهد نُشر قبل انتهاء فترتها، في الموعد المحدد لتلك الدورة.
field-cycle-label = الاسم
field-period-start = بداية الفترة
field-period-end = نهاية الفترة
field-due-on = موعد تقديم التقرير
add-cycle = إضافة دورة
set-due = تغيير موعد التقديم
recipients-title = من يتلقى التذكيرات بالتقارير المرحلية
recipients-intro = تُرسل التذكيرات قبل موعد تقديم التقرير بثلاثين يوماً وبسبعة أيام وبيوم واحد، ثم أسبوعياً ما دام التقرير متأخراً. وإلى أن تحددوا اختياركم، يتلقاها مشرفو منظمتكم.
save-recipients = الحفظ
recipients-saved = تم الحفظ.
audit-about-progress = تقرير مرحلي
audit-about-cycle = دورة إبلاغ
audit-do-file = تقديم تقرير
audit-do-request-more = طلب مزيد من المعلومات
audit-do-take-down = السحب
audit-do-restore = الاستعادة
audit-do-add = الإضافة
audit-do-set-due = تغيير موعد التقديم
audit-do-set-progress-recipients = متلقو التذكيرات
mail-progress-due-subject = موعد تقديم التقرير المرحلي { $due }: { $title }
mail-progress-due-body = السيد/السيدة { $name }،

    يحين في { $due } موعد تقديم التقرير المرحلي للدورة { $cycle } بشأن التعهد «{ $title }». يُرجى بيان ما تحقق، وما صُرف، وما أحدثه ذلك من تغيير.

    يمكنكم تقديم التقرير من هنا: { $link }
mail-progress-overdue-subject = تأخر تقديم التقرير المرحلي: { $title }
mail-progress-overdue-body = السيد/السيدة { $name }،

    كان موعد تقديم التقرير المرحلي للدورة { $cycle } بشأن التعهد «{ $title }» في { $due }، ولم يُقدَّم بعد. ويظهر التعهد الذي لم تُقدَّم بشأنه تقارير طوال دورتين متتاليتين على أنه غير نشط.

    يمكنكم تقديم التقرير من هنا: { $link }
mail-progress-filed-subject = تم تقديم تقرير مرحلي: { $title }
mail-progress-filed-body = السيد/السيدة { $name }،

    قدّم { $person } تقريراً مرحلياً بشأن التعهد «{ $title }». وأصبح التقرير الآن علنياً.

    يمكنكم الاطلاع عليه من هنا: { $link }
mail-progress-reviewed-subject = اطّلع الاتحاد الدولي للاتصالات على التقرير المرحلي: { $title }
mail-progress-accepted-body = السيد/السيدة { $name }،

    قبل الاتحاد الدولي للاتصالات التقرير المرحلي بشأن التعهد «{ $title }».

    { $message }

    يمكنكم الاطلاع عليه من هنا: { $link }
mail-progress-taken-down-body = السيد/السيدة { $name }،

    سحب الاتحاد الدولي للاتصالات التقرير المرحلي بشأن التعهد «{ $title }»، ولم يعد التقرير علنياً. وقد كتب الاتحاد:

    { $message }

    يمكنكم الاطلاع عليه من هنا: { $link }
mail-progress-comment-subject = تعليق جديد على تقرير مرحلي: { $title }
mail-progress-comment-body = السيد/السيدة { $name }،

    علّق { $person } على التقرير المرحلي بشأن التعهد «{ $title }»:

    { $message }

    يمكنكم الرد من هنا: { $link }
col-delivered = المصروف (بالدولار الأمريكي)
col-delivered-share = نسبة المصروف
stat-delivered = المصروف وفق التقارير (بالدولار الأمريكي)
stat-reporting = التعهدات التي قُدمت بشأنها تقارير مرحلية
col-last-report = آخر تقرير مرحلي
sheet-progress = التقدم

## Roundtables and events
nav-events = الفعاليات
nav-my-events = فعالياتنا
nav-organiser-events = تنظيم الفعاليات
events-title = الفعاليات
events-intro = اجتماعات المائدة المستديرة ومؤتمرات القمة والمؤتمرات التي يعلن فيها أعضاء التحالف عن تعهداتهم.
events-empty = لا توجد فعاليات بعد.
event-planned = مُخطَّط لها
event-open = مفتوحة للإعلانات
event-held = انعقدت
event-archived = مؤرشفة
event-time-zone = الأوقات بتوقيت { $zone }
announced-pledges = التعهدات المُعلنة
announced-none = لم يصبح أي تعهد أُعلن عنه هنا علنياً بعد.
ldc-share = لفائدة أقل البلدان نمواً (حصة التعهدات، بالدولار الأمريكي)
event-in-compendium = هذه التعهدات في مجموعة التعهدات
event-export = تنزيل هذه التعهدات (Excel)
programme-title = البرنامج
programme-empty = لا توجد جلسات بعد.
video-statements = البيانات المصوّرة
watch-on = المشاهدة على { $host } (يفتح موقعاً آخر)
transcript = النص المكتوب أو الملخص
announced-at = أُعلن عنه في { $event }
announced-at-label = أُعلن عنه في
session-high-level = الجزء الرفيع المستوى
session-panel = حلقة نقاش
session-group-discussion = مناقشة جماعية
session-plenary = إعلان التعهدات في جلسة عامة
session-signing = مراسم التوقيع
session-other = جلسة أخرى
announcement-requested = طُلب الإعلان
announcement-accepted = مقبول
announcement-scheduled = مُدرج في البرنامج
announcement-declined = مرفوض
announcement-withdrawn = سحبته المنظمة
announcement-dropped = لم يعد التعهد مُدرجاً في البرنامج
organiser-events-title = الفعاليات التي تنظمونها
create-event = إنشاء الفعالية
save-event = حفظ الفعالية
edit-event = تعديل تفاصيل الفعالية
event-saved = حُفظت الفعالية.
field-event-name = اسم الفعالية
field-event-slug = عنوان صفحتها العامة
hint-event-slug = أحرف لاتينية صغيرة وأرقام وشرطات، مثل wtdc-27. ولا يمكن تغييره لاحقاً.
field-event-place = المكان
field-time-zone = المنطقة الزمنية
hint-time-zone = المنطقة الزمنية للمكان، بصيغة المنطقة/المدينة: Africa/Kigali أو Europe/Zurich أو Asia/Riyadh.
field-starts-on = اليوم الأول
field-ends-on = اليوم الأخير
field-event-status = الحالة
public-event-page = الصفحة العامة
back-to-desk = العودة إلى إدارة الفعالية
add-session = إضافة الجلسة
session-saved = حُفظت الجلسة.
remove-session = حذف هذه الجلسة
field-session-kind = نوع الجلسة
field-session-title = عنوان الجلسة
field-session-starts = البداية
field-session-ends = النهاية
hint-event-local-time = بالتوقيت المحلي للفعالية.
field-room = القاعة
field-moderator = مدير الجلسة
field-session-focus-area = مجال التركيز
no-focus-area = لا يوجد
field-speakers = المتحدثون
hint-speakers = متحدث واحد في كل سطر، مع الفصل بفاصلة منقوطة لاتينية: الاسم; المنصب; المنظمة. وتُربط المنظمة المسجلة بصفحتها إذا كُتب اسمها الدقيق.
speaker-label = المتحدث
announcements-title = الإعلانات
announcements-empty = لا توجد طلبات إعلان بعد.
announcement-decided = تم.
accept-announcement = القبول
decline-announcement = الرفض
schedule-announcement = الإدراج في البرنامج
unschedule-announcement = الإزالة من البرنامج
field-plenary = الجلسة العامة
field-position = الترتيب
field-minutes = المدة (بالدقائق)
video-loop-title = البيانات المصوّرة بين الجلسات
videos-empty = لا توجد بيانات مصوّرة بعد.
video-label = الفيديو
add-leader-video = إضافة بيان مصوّر لقائد مجال تركيز
add-video = إضافة الفيديو
field-leader = القائد
field-video-url = رابط الفيديو
hint-video-url = رابط https على موقع استضافة يسمح به الاتحاد الدولي للاتصالات (YouTube أو Vimeo أو موقع الوسائط الخاص بالاتحاد…).
field-video-length = المدة
hint-video-length = الدقائق والثواني، مثل 2:30.
field-transcript = النص المكتوب أو الملخص
video-statement-optional = بيان مصوّر (إن وُجد)
signing-ceremony = مراسم التوقيع
open-signatories = فتح قائمة الموقِّعين
signatories-count = تأكّد { $confirmed } من أصل { $all } من الموقِّعين.
ceremony-sheet = ورقة مراسم التوقيع
signatories-empty = لم تُفتح قائمة الموقِّعين بعد.
col-capacity = الصفة في التحالف
col-signatory = الموقِّع
col-signature = التوقيع
coalition-leader = قائد مجال التركيز
coalition-member = عضو
signatory-unconfirmed = لم يُؤكَّد بعد
signatory-confirmed = تم تأكيد الموقِّع.
run-of-show-title = برنامج سير الفعالية
run-changes-since = التغييرات منذ
hint-run-since = بالتوقيت المحلي للفعالية. يُميَّز ما تغيّر بعد هذا الوقت، ويُدرج ما أُزيل من البرنامج.
show-changes = عرض التغييرات
run-changed = مُعدَّل
run-removed = أُزيل من البرنامج
download-docx = التنزيل بنسق Word (DOCX)
download-xlsx = التنزيل بنسق Excel (XLSX)
col-starts = البداية
col-ends = النهاية
col-position = الترتيب
col-slot = الفترة الزمنية
my-events-title = فعالياتنا
ask-to-announce = طلب الإعلان عن تعهد
ask-to-announce-intro = اطلبوا الإعلان في إحدى الفعاليات عن تعهد منشور أو قيد المراجعة. ووفقاً لقواعد القادة، يكون المتحدث أعلى مسؤول في منظمتكم.
announcement-asked = أُرسل طلبكم إلى المنظِّمين.
nothing-to-announce = لا توجد فعالية مفتوحة للإعلانات، أو ليس لدى منظمتكم تعهد يمكن الإعلان عنه.
field-event = الفعالية
field-pledge = التعهد
field-speaker-name = اسم المتحدث
field-speaker-title = منصب المتحدث
hint-speaker = الشخص الذي سيعلن عن التعهد في الجلسة العامة.
our-announcements = طلبات الإعلان المقدمة منا
withdraw-announcement = سحب الطلب
signatures-empty = لم تُدرج منظمتكم بعد في قائمة أي مراسم توقيع.
confirm-signatory = تأكيد الموقِّع
video-hosts-title = مواقع استضافة الفيديو
video-hosts-intro = لا يجوز أن تُربط البيانات المصوّرة إلا بهذه المواقع. وتعرض الصفحات رابطاً والنص المكتوب؛ ولا يُحمَّل أي محتوى من هذه المواقع إلا بعد أن ينقر الزائر.
field-host = موقع الاستضافة
hint-host = اسم المضيف، مثل www.youtube.com.
add-host = السماح بهذا الموقع
remove-host = الإزالة
audit-about-event = فعالية
audit-about-announcement = إعلان
audit-about-session = جلسة
audit-do-request = طلب الإعلان
audit-do-schedule = الإدراج في البرنامج
audit-do-unschedule = الإزالة من البرنامج
audit-do-drop = الإسقاط مع التعهد
audit-do-edit = التعديل
audit-do-remove = الحذف
audit-do-open-signatories = فتح قائمة الموقِّعين
audit-do-add-video = إضافة فيديو
v-event-name = يُرجى إعطاء الفعالية اسماً من ٣ إلى ٢٠٠ حرف في سطر واحد.
v-event-slug = يُرجى استخدام ما بين ٣ و٦٠ من الأحرف اللاتينية الصغيرة والأرقام والشرطات المفردة، مثل wtdc-27.
v-event-slug-taken = هذا العنوان مستخدم بالفعل لفعالية أخرى.
v-event-place = يُرجى بيان مكان انعقاد الفعالية.
v-time-zone = يُرجى إدخال منطقة زمنية بصيغة المنطقة/المدينة، مثل Africa/Kigali.
v-session-title = يُرجى إعطاء الجلسة عنواناً من ٣ إلى ٢٠٠ حرف.
v-local-time = يُرجى إدخال تاريخ ووقت (هذا الوقت غير موجود في المنطقة الزمنية للفعالية، أو ليس تاريخاً صحيحاً).
v-session-times = يجب أن تنتهي الجلسة بعد بدايتها.
v-room = يُرجى بيان القاعة التي تُعقد فيها الجلسة.
v-speakers = يُرجى كتابة متحدث واحد في كل سطر: الاسم; المنصب; المنظمة (٢٠ متحدثاً كحد أقصى).
v-room-taken = توجد جلسة أخرى في هذه القاعة في ذلك الوقت.
v-session-outside-event = يجب أن تقع الجلسة ضمن أيام الفعالية.
v-session-has-announcements = توجد إعلانات مُدرجة في هذه الجلسة؛ يُرجى إزالتها قبل تغيير نوع الجلسة.
v-event-closed = لا تقبل هذه الفعالية طلبات الإعلان حالياً.
v-announce-status = لا يجوز الإعلان إلا عن تعهد منشور أو قيد المراجعة.
v-announce-twice = سبق تقديم طلب للإعلان عن هذا التعهد في هذه الفعالية.
v-speaker-title = يُرجى ذكر منصب المتحدث.
v-video-url = يُرجى إدخال رابط https للفيديو.
v-video-length = يُرجى إدخال المدة بالدقائق والثواني، مثل 2:30 (ساعتان كحد أقصى).
v-transcript = يُرجى تقديم نص مكتوب أو ملخص من ٢٠ إلى ٢٠٬٠٠٠ حرف: فكثيرون لا يستطيعون مشاهدة الفيديو.
v-video-host = لا يجوز ربط الفيديوهات إلا بمواقع يسمح بها الاتحاد الدولي للاتصالات؛ وهذا الموقع غير مدرج في القائمة.
v-video-host-name = يُرجى إدخال اسم مضيف، مثل www.youtube.com.
v-slot-minutes = تتراوح مدة الفترة الزمنية بين دقيقة واحدة و٦٠ دقيقة.
v-session-not-plenary = تُدرج الإعلانات في جلسة عامة مخصصة لإعلان التعهدات.
v-slots-overflow = ستتجاوز الفترات الزمنية نهاية الجلسة.
v-not-a-leader = لا يُضاف هنا إلا فيديو قائد مجال التركيز.
mail-event-accepted-subject = قُبل إعلانكم في { $event }: { $title }
mail-event-accepted-body = السيد/السيدة { $name }،

    قبل منظِّمو { $event } طلبكم الإعلان عن التعهد «{ $title }». وسيُبلغونكم عند إدراجه في البرنامج.

    طلباتكم: { $link }
mail-event-scheduled-subject = أُدرج إعلانكم في برنامج { $event }: { $title }
mail-event-scheduled-body = السيد/السيدة { $name }،

    سيُعلن عن التعهد «{ $title }» في { $event }، خلال الجلسة «{ $session }»، في { $time }.

    طلباتكم: { $link }
mail-event-week-subject = بعد أسبوع: إعلانكم في { $event }
mail-event-day-subject = غداً: إعلانكم في { $event }
mail-event-slot-body = السيد/السيدة { $name }،

    يعلن { $speaker } عن التعهد «{ $title }» في { $event } في { $time }.

    طلباتكم: { $link }
mail-event-left-subject = أُزيل تعهد مُدرج من برنامج { $event }
mail-event-withdrawn-body = السيد/السيدة { $name }،

    سحبت المنظمة صاحبة التعهد «{ $title }»، الذي قُبل للإعلان عنه في { $event }، هذا التعهد. وقد أُزيل من البرنامج ومن الصفحة العامة.

    إدارة الفعالية: { $link }
mail-event-unpublished-body = السيد/السيدة { $name }،

    لم يعد التعهد «{ $title }»، الذي قُبل للإعلان عنه في { $event }، علنياً (أُلغي نشره أو رفضه الاتحاد الدولي للاتصالات). وقد أُزيل من البرنامج ومن الصفحة العامة.

    إدارة الفعالية: { $link }

# Marketplace
opp-kind-project = مشروع
opp-kind-regional = مبادرة إقليمية
opp-kind-flagship = مبادرة رئيسية
opp-kind-campaign = حملة
opp-status-open = مفتوحة
opp-status-funded = مموَّلة
opp-status-closed = مغلقة
in-kind-equipment = المعدات
in-kind-expertise = الخبرات
in-kind-training = التدريب
in-kind-connectivity = التوصيلية
sign-on-submitted = بانتظار مراجعة الاتحاد الدولي للاتصالات
sign-on-approved = تمت الموافقة: موقِّع مشارك
sign-on-rejected = لم يُقبل
sign-on-withdrawn = مسحوب
report-inaccurate = معلومات غير دقيقة
report-duplicate = محتوى مكرر
report-not-happening = لا يجري تنفيذه
report-inappropriate = محتوى غير لائق
report-other = سبب آخر
report-state-open = مفتوح
report-state-dismissed = مرفوض
report-state-asked = وُجِّه سؤال إلى المنظمة
report-state-unpublished = أُلغي نشر الصفحة
report-dismiss = رفض البلاغ
report-ask = توجيه سؤال إلى المنظمة
report-unpublish = إلغاء نشر الصفحة
v-opportunity-needs = يُرجى بيان المبلغ المطلوب أو تحديد نوع واحد على الأقل من المساعدة المطلوبة.
v-sign-on-role = يُرجى بيان ما ستقوم به منظمتكم في نص يتراوح طوله بين ١٠ و٢٬٠٠٠ حرف.
v-report-reason = يُرجى اختيار سبب.
v-report-message = يُرجى وصف المشكلة في نص يتراوح طوله بين ١٠ و٢٬٠٠٠ حرف.
v-opportunity-slug-taken = هذا العنوان مستخدم بالفعل لفرصة أخرى.
v-sign-on-closed = لا يقبل هذا التعهد انضمام جهات أخرى حالياً.
v-sign-on-twice = انضمت منظمتكم بالفعل إلى هذا التعهد.
v-sign-on-own = منظمتكم هي المنظمة الرائدة لهذا التعهد.
v-answers = يُرجى اختيار فرص من القائمة.
v-decision-reason = يُرجى ذكر سبب يتراوح طوله بين ٥ و٢٬٠٠٠ حرف.
mail-market-sign-on-subject = انضمامكم إلى «{ $title }»
mail-market-sign-on-approved-body = السيد/السيدة { $name }،

    وافق الاتحاد الدولي للاتصالات على انضمام منظمتكم إلى التعهد «{ $title }». وتظهر منظمتكم الآن بصفتها موقِّعاً مشاركاً في الصفحة العامة.

    التعهد: { $link }
mail-market-sign-on-rejected-body = السيد/السيدة { $name }،

    لم يقبل الاتحاد الدولي للاتصالات انضمام منظمتكم إلى التعهد «{ $title }».

    السبب الذي ذكره المراجِع: { $reason }

    التعهد: { $link }
mail-market-co-signed-subject = موقِّع مشارك جديد في «{ $title }»
mail-market-co-signed-body = السيد/السيدة { $name }،

    انضمت { $organisation } إلى تعهدكم «{ $title }»، ووافق الاتحاد الدولي للاتصالات على ذلك. وتظهر الآن بصفتها موقِّعاً مشاركاً في الصفحة العامة.

    التعهد: { $link }
mail-market-report-subject = بلاغ بشأن «{ $title }»
mail-market-report-asked-body = السيد/السيدة { $name }،

    أبلغ أحد الزوار عن مشكلة في «{ $title }» (السبب: { $reason }). ويسأل أحد مراجعي الاتحاد الدولي للاتصالات:

    { $message }

    يُرجى الرد على الاتحاد الدولي للاتصالات أو تصحيح الصفحة. الصفحة: { $link }
mail-market-report-unpublished-body = السيد/السيدة { $name }،

    على إثر بلاغ عن مشكلة في «{ $title }» (السبب: { $reason })، أزال أحد مراجعي الاتحاد الدولي للاتصالات هذه الصفحة من الصفحات العامة.

    ملاحظة المراجِع: { $message }

    الصفحة: { $link }
nav-opportunities = الفرص
opportunities-title = فرص للتمويل والمشاركة
opportunities-intro = مشاريع ومبادرات إقليمية للمؤتمر العالمي لتنمية الاتصالات ومبادرات رئيسية وحملات يدعو الاتحاد الدولي للاتصالات الشركاء إلى تمويلها أو المشاركة فيها. قدِّموا تعهداً لإحداها، وسيُحتسب تعهدكم في شريط تمويلها بمجرد أن ينشره الاتحاد.
opportunities-for-you = فرص مناسبة لكم
all-opportunities = جميع الفرص
opportunities-empty = لا توجد فرصة تطابق عوامل التصفية هذه.
opportunity-filters = تصفية الفرص
opportunity-search = البحث في العناوين والملخصات
field-opportunity-kind = النوع
field-opportunity-status = الحالة
post-opportunity = نشر فرصة
edit-opportunity = تعديل الفرصة
save-opportunity = حفظ الفرصة
field-opportunity-slug = عنوان صفحتها
field-target-countries = البلدان المستهدفة
field-groups = فئات أقل البلدان نمواً والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية
money-needed = الأموال المطلوبة
in-kind-needed = المساعدة العينية المطلوبة
field-in-kind-note = تفاصيل المساعدة العينية
opportunity-contact = جهة الاتصال في الاتحاد الدولي للاتصالات
opportunity-places = المناطق والبلدان
opportunity-everywhere = أي بلد
opportunity-timeline = الجدول الزمني
funding-title = التمويل
funding-of = تم الالتزام بمبلغ { $committed } من أصل المبلغ المطلوب البالغ { $needed }
funding-committed = تم الالتزام بمبلغ { $committed }
funding-bar-label = نسبة الأموال المطلوبة التي تم الالتزام بها
delivered-bar-label = نسبة الأموال المطلوبة التي تم صرفها
funding-lines = التعهدات المنشورة: { $count }؛ المبلغ المتعهد به { $pledged }، ومن الموقِّعين المشاركين { $cosigned }، والمصروف حتى الآن { $delivered }
pledge-to-opportunity = تقديم تعهد لهذه الفرصة
answering-pledges = التعهدات المنشورة التي تستجيب لها
answering-none = لا يستجيب لها أي تعهد منشور بعد.
co-signers-add = يضيف الموقِّعون المشاركون { $usd }
reason-similar-size = حجم مماثل لحجم تعهداتكم
reason-funder = أنتم تموّلون مشاريع
suggestion-reason = السبب: { $reasons }
report-problem = الإبلاغ عن مشكلة في هذه الصفحة
report-thanks = شكراً لكم. سيطّلع مراجعو الاتحاد الدولي للاتصالات على بلاغكم.
field-report-reason = ما المشكلة؟
field-report-message = أخبرونا بالمزيد
field-report-email = عنوان بريدكم الإلكتروني (اختياري)
hint-report-email = فقط إذا كنتم ترغبون في تلقي رد. ومن دونه، لا يتضمن بلاغكم أي شيء يكشف هويتكم؛ ولا تُبلَّغ المنظمة أبداً بهوية مقدِّم البلاغ.
send-report = إرسال البلاغ
co-signers-title = الموقِّعون المشاركون
sign-on-title = الانضمام إلى هذا التعهد
sign-on-open = هذا التعهد مفتوح: يجوز لمنظمات أخرى الانضمام إليه بتقديم أموال أو مساعدة عينية أو بالاضطلاع بدور. ويراجع الاتحاد الدولي للاتصالات كل طلب انضمام قبل أن يظهر هنا.
your-sign-on = طلب انضمام منظمتكم: { $state }
withdraw-sign-on = سحب طلب انضمامنا
close-sign-on = إغلاق باب الانضمام إلى هذا التعهد
field-sign-on-amount = الأموال التي تضيفها منظمتكم (اختياري)
field-sign-on-in-kind = المساعدة العينية التي تضيفها منظمتكم
field-sign-on-role = ما ستقوم به منظمتكم
sign-on-button = الانضمام
sign-on-queue-title = طلبات الانضمام
sign-on-queue-intro = منظمات طلبت الانضمام إلى تعهدات مفتوحة. وافقوا على الطلب لإظهار المنظمة بصفتها موقِّعاً مشاركاً، أو ارفضوه مع بيان السبب. ولا يتغير شيء في الصفحات العامة ما لم توافقوا.
sign-on-queue-empty = لا توجد طلبات انضمام تنتظر المراجعة.
approve-sign-on = الموافقة على { $organisation }
reject-reason = سبب الرفض
reject-sign-on = الرفض
report-queue-title = البلاغات
report-queue-intro = المشكلات التي أبلغ عنها الجمهور، مُحصاة حسب الصفحة. يمكنكم رفضها، أو توجيه سؤال إلى المنظمة، أو إلغاء نشر الصفحة، مع بيان السبب دائماً.
report-queue-empty = لا توجد بلاغات تنتظر البت فيها.
report-count = { $count ->
    [zero] لا توجد بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغاً
   *[other] { $count } بلاغ
}
report-decision-note = السبب الذي تذكرونه (يُرسل إلى المنظمة عند توجيه سؤال إليها أو إلغاء النشر)
coalition-role = الدور في التحالف
no-coalition-role = ليست قائداً أو عضواً في أي مجال تركيز.
role-leader-of = قائد مجال التركيز: { $area }
role-member-of = عضو في مجال التركيز: { $area }
profile-pledges = التعهدات المنشورة
profile-totals = التعهدات: { $count } بقيمة { $usd }؛ وبصفة موقِّع مشارك: { $cosigned }
part-partner = شريك
part-co-signer = موقِّع مشارك
profile-opportunities = الفرص التي استجابت لها
profile-events = الفعاليات التي أعلنت فيها عن تعهدات
posters-title = مَن يجوز له نشر الفرص
posters-intro = ينشر مشرفو الاتحاد الدولي للاتصالات الفرص، وكذلك المراجعون الذين يُمنحون هذا الحق هنا.
poster-yes = يجوز له النشر
poster-no = لا يجوز له النشر
poster-grant = منح الحق
poster-revoke = سحب الحق
answers-opportunities = يستجيب للفرص
section-market = الفرص والشركاء
field-answers = الفرص التي يستجيب لها هذا التعهد
field-open-sign-on = تعهد مفتوح
open-sign-on-yes = يجوز لمنظمات أخرى الانضمام إلى هذا التعهد
hint-open-sign-on = بمجرد أن ينشره الاتحاد الدولي للاتصالات، يمكن لمنظمات أخرى إضافة أموال أو مساعدة عينية أو الاضطلاع بدور؛ ويراجع الاتحاد كل طلب انضمام. ويمكنكم إغلاق باب الانضمام في أي وقت.
opportunity-suggestions = فرص يمكن أن يستجيب لها هذا التعهد
stat-cosigned = من الموقِّعين المشاركين (بالدولار الأمريكي)
sign-in-to-sign-on = يُرجى تسجيل الدخول للانضمام باسم منظمتكم
audit-about-opportunity = فرصة
audit-about-sign-on = الانضمام إلى تعهد مفتوح
audit-about-report = بلاغ عن مشكلة
audit-do-post = النشر
audit-do-sign-on = الانضمام
audit-do-close-sign-on = إغلاق باب الانضمام
audit-do-dismiss = رفض البلاغ
audit-do-ask = توجيه سؤال إلى المنظمة
audit-do-grant-opportunities = منح حق نشر الفرص
audit-do-revoke-opportunities = سحب حق نشر الفرص
unpublish-admins-only = لا يُلغي نشرَ التعهد إلا مشرفو الاتحاد الدولي للاتصالات: يُرجى التوجه إلى أحدهم إذا كان يجب سحب الصفحة.
