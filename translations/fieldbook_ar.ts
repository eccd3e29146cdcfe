<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>fb::BookMenu</name>
    <message>
        <location filename="../ui/BookMenu.cpp" line="+47"/>
        <source>New Book</source>
        <translation>دفتر جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>book.fieldbook</source>
        <extracomment>File name offered for a new book; keep the .fieldbook ending.</extracomment>
        <translation>دفتر.fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>دفاتر Fieldbook (*.fieldbook);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Open Book</source>
        <translation>فتح دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book %1 is no longer there.</source>
        <translation>الدفتر %1 لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;%1 %2</source>
        <comment>number, file name</comment>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>fb::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+21"/>
        <source>Fill forms into a database.</source>
        <translation>ملء النماذج في قاعدة بيانات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use language &lt;code&gt; (de, fr, es, ar, en).</source>
        <translation>استخدام اللغة &lt;رمز&gt; (de, fr, es, ar, en).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the form in &lt;file&gt; into the book and quit.</source>
        <translation>جلب النموذج الموجود في &lt;ملف&gt; إلى الدفتر ثم الخروج.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>book</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book to open (default: %1).</source>
        <translation>الدفتر المراد فتحه (الافتراضي: %1).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+33"/>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>لغة غير معروفة «%1»؛ اختر واحدة مما يلي: %2.</translation>
    </message>
</context>
<context>
    <name>fb::ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+99"/>
        <source>Someone Else Changed This Record</source>
        <translation>غيّر شخص آخر هذا السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was changed and saved elsewhere while you were editing it. For each field that differs, choose which value to save.</source>
        <translation>غُيّر هذا السجل وحُفظ في مكان آخر أثناء تحريرك له. اختر لكل حقل مختلف القيمة التي تريد حفظها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <comment>the values typed in this window</comment>
        <translation>&lt;b&gt;قيمي&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <comment>the values saved elsewhere</comment>
        <translation>&lt;b&gt;القيم الأخرى&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep All &amp;Mine</source>
        <translation>إبقاء كل &amp;قيمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take All &amp;Theirs</source>
        <translation>أخذ كل القيم الأ&amp;خرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Merged Record</source>
        <translation>&amp;حفظ السجل المدمج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine: %1</source>
        <translation>إبقاء قيمتي: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs: %1</source>
        <translation>أخذ القيمة الأخرى: %1</translation>
    </message>
</context>
<context>
    <name>fb::DbError</name>
    <message>
        <location filename="../core/BookConnection.cpp" line="+64"/>
        <source>Cannot create a book at “%1”.</source>
        <translation>تعذّر إنشاء دفتر في «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot open the book “%1”.</source>
        <translation>تعذّر فتح الدفتر «%1».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot connect to the server: %1</source>
        <translation>تعذّر الاتصال بالخادم: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1” is damaged or is not a database. It was left untouched.</source>
        <translation>«%1» تالف أو ليس قاعدة بيانات. تُرك دون تغيير.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>“%1” is a database but not a Fieldbook book. It was left untouched.</source>
        <translation>«%1» قاعدة بيانات لكنه ليس دفتر Fieldbook. تُرك دون تغيير.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“%1” is empty and read-only, so it cannot become a book.</source>
        <translation>«%1» فارغ وللقراءة فقط، لذا لا يمكن أن يصبح دفترًا.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” was made by a newer Fieldbook (book format %2; this one reads up to %3). It was left untouched.</source>
        <translation>أُنشئ «%1» بإصدار أحدث من Fieldbook (صيغة الدفتر %2؛ وهذا الإصدار يقرأ حتى %3). تُرك دون تغيير.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” needs an upgrade but is read-only.</source>
        <translation>«%1» يحتاج إلى ترقية لكنه للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book “%1” cannot use write-ahead logging here.</source>
        <translation>لا يمكن للدفتر «%1» استخدام التدوين المسبق للكتابة (write-ahead logging) هنا.</translation>
    </message>
    <message>
        <location filename="../core/Database.cpp" line="+14"/>
        <source>The book is closing.</source>
        <translation>الدفتر قيد الإغلاق.</translation>
    </message>
    <message>
        <location filename="../core/DbWorker.cpp" line="+51"/>
        <source>The book is not open.</source>
        <translation>الدفتر غير مفتوح.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form %1 does not exist.</source>
        <translation>النموذج %1 غير موجود.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The server is away; the change is kept and will be saved when the book is opened again.</source>
        <translation>الخادم غير متاح؛ احتُفظ بالتغيير وسيُحفظ عند فتح الدفتر مرة أخرى.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The book is read-only; nothing was saved.</source>
        <translation>الدفتر للقراءة فقط؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The change would leave references pointing nowhere; nothing was changed.</source>
        <translation>من شأن هذا التغيير أن يترك إحالات لا تشير إلى أي سجل؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>A read was sent as a write.</source>
        <translation>أُرسلت عملية قراءة على أنها عملية كتابة.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A write was sent as a read.</source>
        <translation>أُرسلت عملية كتابة على أنها عملية قراءة.</translation>
    </message>
    <message>
        <location filename="../core/FormJson.cpp" line="+90"/>
        <source>A field in the form file has no label.</source>
        <translation>أحد الحقول في ملف النموذج بلا تسمية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field %1 has an unknown type “%2”.</source>
        <translation>الحقل %1 من نوع غير معروف «%2».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Field %1 has a rule that does not fit its type.</source>
        <translation>للحقل %1 قاعدة لا تناسب نوعه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field %1 refers to the form “%2”, which this book does not have.</source>
        <translation>يشير الحقل %1 إلى النموذج «%2»، وهو غير موجود في هذا الدفتر.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The form file is damaged: %1 (at byte %2).</source>
        <translation>ملف النموذج تالف: %1 (عند البايت %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Fieldbook form file.</source>
        <translation>هذا ليس ملف نموذج Fieldbook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form file has format version %1; this Fieldbook reads up to %2.</source>
        <translation>إصدار صيغة ملف النموذج هو %1؛ وهذا الإصدار من Fieldbook يقرأ حتى %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form in the file has no name.</source>
        <translation>النموذج الموجود في الملف بلا اسم.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form in the file has no fields.</source>
        <translation>النموذج الموجود في الملف بلا حقول.</translation>
    </message>
    <message>
        <location filename="../core/FormSchemaChange.cpp" line="+106"/>
        <source>%1 cannot change this way: %2 record(s) have values that do not fit (records %3).</source>
        <translation>لا يمكن تغيير %1 بهذه الطريقة: عدد السجلات التي تحتوي على قيم غير ملائمة: %2 (السجلات %3).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 cannot be deleted: the form %2 refers to it.</source>
        <translation>لا يمكن حذف %1: النموذج %2 يشير إليه.</translation>
    </message>
    <message>
        <location filename="../core/FormStore.cpp" line="+186"/>
        <source>%1 refers to a form that does not exist.</source>
        <translation>يشير %1 إلى نموذج غير موجود.</translation>
    </message>
    <message>
        <location filename="../core/OfflineJournal.cpp" line="+57"/>
        <source>Unsaved changes could not be kept in “%1”.</source>
        <translation>تعذّر الاحتفاظ بالتغييرات غير المحفوظة في «%1».</translation>
    </message>
    <message>
        <location filename="../core/RecordStore.cpp" line="+14"/>
        <source>Record %1 no longer exists.</source>
        <translation>السجل %1 لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 refers to record %2, which does not exist.</source>
        <translation>يشير %1 إلى السجل %2، وهو غير موجود.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Someone else changed this record (now version %1; yours was based on %2).</source>
        <translation>غيّر شخص آخر هذا السجل (الإصدار الحالي %1؛ وكان إصدارك مبنيًا على %2).</translation>
    </message>
    <message>
        <location filename="../core/SqlErrors.cpp" line="+51"/>
        <source>%1 must be unique: another record already has this value.</source>
        <translation>يجب أن تكون قيمة %1 فريدة: يوجد سجل آخر له هذه القيمة بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record repeats a value that must be unique.</source>
        <translation>يكرر هذا السجل قيمة يجب أن تكون فريدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/Validator.cpp" line="+130"/>
        <source>%1 is required.</source>
        <translation>الحقل %1 مطلوب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A referenced record does not exist or is still referred to.</source>
        <translation>السجل المُشار إليه غير موجود، أو أن السجل لا يزال مُشارًا إليه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 breaks a rule of this form.</source>
        <translation>قيمة %1 تخالف إحدى قواعد هذا النموذج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record breaks a rule of this form.</source>
        <translation>السجل يخالف إحدى قواعد هذا النموذج.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>The book is busy; trying again.</source>
        <translation>الدفتر مشغول؛ تجري إعادة المحاولة.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The book is read-only.</source>
        <translation>الدفتر للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was saved. Free some space and save again.</source>
        <translation>القرص ممتلئ؛ لم يُحفظ شيء. حرّر بعض المساحة ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book file is damaged or is not a book.</source>
        <translation>ملف الدفتر تالف أو ليس دفترًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book file could not be read or written.</source>
        <translation>تعذّرت القراءة من ملف الدفتر أو الكتابة فيه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>The database reported an error.</source>
        <translation>أبلغت قاعدة البيانات عن خطأ.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+32"/>
        <location filename="../core/SqlRun.cpp" line="+12"/>
        <source>The connection to the server was lost.</source>
        <translation>انقطع الاتصال بالخادم.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>You may read this book but not change it.</source>
        <translation>يمكنك قراءة هذا الدفتر لكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s disk is full; nothing was saved.</source>
        <translation>قرص الخادم ممتلئ؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../core/Validator.cpp" line="-98"/>
        <source>%1 must be a single line.</source>
        <translation>يجب أن تكون قيمة %1 سطرًا واحدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at most %2 characters.</source>
        <translation>يجب ألا يزيد عدد أحرف %1 على %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not have the expected form.</source>
        <translation>قيمة %1 ليست بالصيغة المتوقعة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be at least %2.</source>
        <translation>يجب ألا تقل قيمة %1 عن %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at most %2.</source>
        <translation>يجب ألا تزيد قيمة %1 على %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a whole number.</source>
        <translation>يجب أن تكون قيمة %1 عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a number with at most %2 decimal places.</source>
        <translation>يجب أن تكون قيمة %1 عددًا لا تتجاوز مراتبه العشرية %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: «%2» ليس من بين الخيارات.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 must be a valid date.</source>
        <translation>يجب أن تكون قيمة %1 تاريخًا صالحًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a valid time.</source>
        <translation>يجب أن تكون قيمة %1 وقتًا صالحًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a valid date and time.</source>
        <translation>يجب أن تكون قيمة %1 تاريخًا ووقتًا صالحين.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must refer to a record.</source>
        <translation>يجب أن يشير %1 إلى سجل.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form has no field “%1”.</source>
        <translation>لا يحتوي النموذج على حقل باسم «%1».</translation>
    </message>
    <message>
        <location filename="../core/BookCopier.cpp" line="+86"/>
        <source>The book %1 cannot be changed.</source>
        <translation>لا يمكن تغيير الدفتر %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book %1 already has forms. A book is copied only into an empty book, so that nothing there is mixed or overwritten.</source>
        <translation>يحتوي الدفتر %1 على نماذج بالفعل. لا يُنسخ الدفتر إلا إلى دفتر فارغ، كي لا يختلط فيه شيء أو يُكتب فوقه.</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+78"/>
        <source>The book being copied closed.</source>
        <translation>أُغلق الدفتر الجاري نسخه.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The copy was stopped; the target book has only part of the records.</source>
        <translation>أُوقف النسخ؛ لا يحتوي الدفتر الهدف إلا على جزء من السجلات.</translation>
    </message>
    <message>
        <location filename="../core/FormTexts.cpp" line="+57"/>
        <source>The choice names of %1 in the language “%2” do not match its choices (names: %3, choices: %4). Give one name for each choice, in the same order.</source>
        <translation>أسماء خيارات %1 باللغة «%2» لا تطابق خياراته (الأسماء: %3، الخيارات: %4). أعطِ اسمًا واحدًا لكل خيار، بالترتيب نفسه.</translation>
    </message>
</context>
<context>
    <name>fb::DisplayText</name>
    <message>
        <location filename="../ui/DisplayText.cpp" line="+32"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record %1</source>
        <translation>السجل %1</translation>
    </message>
</context>
<context>
    <name>fb::FieldPropertiesEditor</name>
    <message>
        <location filename="../ui/FieldPropertiesEditor.cpp" line="+105"/>
        <source>Text</source>
        <comment>field type</comment>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long text</source>
        <translation>نص طويل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal number</source>
        <translation>عدد عشري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <comment>field type</comment>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <comment>field type</comment>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>تاريخ ووقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation>نعم/لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One choice</source>
        <translation>خيار واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several choices</source>
        <translation>عدة خيارات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record of another form</source>
        <translation>سجل من نموذج آخر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Label:</source>
        <translation>ال&amp;تسمية:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Type:</source>
        <translation>النو&amp;ع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required:</source>
        <translation>مطلوب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique:</source>
        <translation>فريد:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum &amp;length:</source>
        <translation>ال&amp;طول الأقصى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pattern:</source>
        <translation>ال&amp;نمط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum:</source>
        <translation>ال&amp;حد الأدنى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum:</source>
        <translation>الحد الأ&amp;قصى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decimal &amp;places:</source>
        <translation>ال&amp;مراتب العشرية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices:</source>
        <translation>ال&amp;خيارات:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Refers to:</source>
        <translation>ي&amp;شير إلى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help:</source>
        <translation>نص الم&amp;ساعدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default:</source>
        <translation>القيمة الا&amp;فتراضية:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value must be given</source>
        <translation>يجب إدخال قيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two records may have the same value</source>
        <translation>لا يجوز أن يشترك سجلان في القيمة نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A regular expression the whole text must match</source>
        <translation>تعبير نمطي يجب أن يطابقه النص كاملًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One choice per line</source>
        <translation>خيار واحد في كل سطر</translation>
    </message>
</context>
<context>
    <name>fb::FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.cpp" line="+49"/>
        <source>&amp;Filter:</source>
        <translation>&amp;تصفية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains</source>
        <comment>filter condition</comment>
        <translation>يحتوي على</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is</source>
        <comment>filter condition</comment>
        <translation>يساوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <comment>filter condition</comment>
        <translation>لا يقل عن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is at most</source>
        <comment>filter condition</comment>
        <translation>لا يزيد على</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <comment>filter condition</comment>
        <translation>فارغ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is not empty</source>
        <comment>filter condition</comment>
        <translation>غير فارغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter field</source>
        <translation>حقل التصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter condition</source>
        <translation>شرط التصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter value</source>
        <translation>قيمة التصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value, then Enter</source>
        <translation>القيمة، ثم Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all records again</source>
        <translation>إظهار كل السجلات مجددًا</translation>
    </message>
</context>
<context>
    <name>fb::FormDesignerDialog</name>
    <message>
        <location filename="../ui/FormDesignerDialog.cpp" line="+154"/>
        <source>New Form</source>
        <translation>نموذج جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design Form — %1</source>
        <translation>تصميم النموذج — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;exts in:</source>
        <translation>النصو&amp;ص بلغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the name, labels, help and choices shown below. Texts not given in a language show the default ones.</source>
        <translation>لغة الاسم والتسميات ونصوص المساعدة والخيارات المعروضة أدناه. النصوص غير المتوفرة بلغةٍ ما تُعرض بنصوصها الافتراضية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start from:</source>
        <translation>ا&amp;بدأ من:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blank form</source>
        <translation>نموذج فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records are &amp;named by:</source>
        <translation>تُسمّى السجلات &amp;حسب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Field</source>
        <translation>إ&amp;ضافة حقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>نقل لأس&amp;فل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>است&amp;يراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>تص&amp;دير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <comment>how the form will look</comment>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create Form</source>
        <translation>إن&amp;شاء النموذج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;pply Changes</source>
        <translation>&amp;تطبيق التغييرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form files make new forms: use Form → New Form…</source>
        <translation>ملفات النماذج تُنشئ نماذج جديدة: استخدم نموذج ← نموذج جديد…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Default texts</source>
        <translation>النصوص الافتراضية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (default)</source>
        <comment>the form&apos;s default language</comment>
        <translation>%1 (الافتراضية)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 — %2</source>
        <comment>field label — type</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Field %1</source>
        <extracomment>Label of a newly added field; %1 is its number.</extracomment>
        <translation>الحقل %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The form needs a name.</source>
        <translation>يحتاج النموذج إلى اسم.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the form…</source>
        <translation>جارٍ إنشاء النموذج…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changing the form and its records…</source>
        <translation>جارٍ تغيير النموذج وسجلاته…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying…</source>
        <translation>جارٍ التطبيق…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied: %1</source>
        <translation>لم يُطبَّق: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form was created.</source>
        <translation>أُنشئ النموذج.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The changes were applied.</source>
        <translation>طُبِّقت التغييرات.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not imported: %1</source>
        <translation>لم يُستورد: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported: %1</source>
        <translation>لم يُصدَّر: %1</translation>
    </message>
</context>
<context>
    <name>fb::FormFiles</name>
    <message>
        <location filename="../ui/FormFiles.cpp" line="+17"/>
        <source>Form files (*.json);;All files (*)</source>
        <translation>ملفات النماذج (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Form</source>
        <translation>استيراد نموذج</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Form</source>
        <translation>تصدير النموذج</translation>
    </message>
</context>
<context>
    <name>fb::FormImport</name>
    <message>
        <location filename="../app/FormImport.cpp" line="+37"/>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The form “%1” is in %2 (table %3).</source>
        <translation>النموذج «%1» موجود في %2 (الجدول %3).</translation>
    </message>
</context>
<context>
    <name>fb::FormListPanel</name>
    <message>
        <location filename="../ui/FormListPanel.cpp" line="+38"/>
        <source>F&amp;orms</source>
        <translation>ال&amp;نماذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (%2)</source>
        <comment>form name and record count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>%Ln سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::FormTemplates</name>
    <message>
        <location filename="../core/FormTemplates.cpp" line="+33"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s full name.</source>
        <translation>الاسم الكامل للشخص.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>مواد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>معدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked</source>
        <translation>آخر فحص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field observation</source>
        <translation>رصد ميداني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Species</source>
        <translation>نوع الكائن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed at</source>
        <translation>وقت الرصد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count</source>
        <extracomment>How many animals or plants were seen.</extracomment>
        <translation>العدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees north, -90 to 90.</source>
        <translation>درجات شمالًا، من -90 إلى 90.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees east, -180 to 180.</source>
        <translation>درجات شرقًا، من -180 إلى 180.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Habitat</source>
        <translation>الموطن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forest</source>
        <translation>غابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grassland</source>
        <translation>مرج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wetland</source>
        <translation>أرض رطبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban</source>
        <translation>حضري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weather</source>
        <translation>الطقس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunny</source>
        <translation>مشمس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloudy</source>
        <translation>غائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain</source>
        <translation>مطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>رياح</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
</context>
<context>
    <name>fb::MainActions</name>
    <message>
        <location filename="../ui/MainActions.cpp" line="+131"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orm</source>
        <translation>&amp;نموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>&amp;سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main tool bar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Books</source>
        <translation>الدفاتر ال&amp;حديثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>&amp;دفتر جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Book…</source>
        <translation>&amp;فتح دفتر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Server…</source>
        <translation>الا&amp;تصال بخادم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Book To &amp;Server…</source>
        <translation>&amp;نسخ الدفتر إلى خادم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Book To &amp;File…</source>
        <translation>نسخ الدفتر إلى &amp;ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>ت&amp;فضيلات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Form…</source>
        <translation>نموذج &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Design Form…</source>
        <translation>&amp;تصميم النموذج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Form…</source>
        <translation>&amp;حذف النموذج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <comment>record</comment>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record (%1)</source>
        <translation>سجل جديد (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>ح&amp;فظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record (%1)</source>
        <translation>حفظ السجل (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>اس&amp;ترجاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes to this record (Esc)</source>
        <translation>تجاهل التغييرات على هذا السجل (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <comment>record</comment>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the record to the trash</source>
        <translation>نقل السجل إلى سلة المهملات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <comment>record</comment>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt</source>
        <comment>record</comment>
        <translation>التا&amp;لي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First Record</source>
        <translation>السجل الأ&amp;ول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last Record</source>
        <translation>السجل الأ&amp;خير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash…</source>
        <translation>سلة ال&amp;مهملات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table and Form</source>
        <translation>ال&amp;جدول والنموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &amp;Only</source>
        <translation>الجدول &amp;فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form Only</source>
        <translation>ال&amp;نموذج فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fieldbook</source>
        <translation>&amp;حول Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+133"/>
        <source>About Fieldbook</source>
        <translation>حول Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Fill forms into a database without waiting for it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;املأ النماذج في قاعدة بيانات دون انتظارها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Read only: you may look but not change records on this server.</source>
        <translation>للقراءة فقط: يمكنك الاطلاع على السجلات على هذا الخادم لكن لا يمكنك تغييرها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: you may look but not change records in this book.</source>
        <translation>للقراءة فقط: يمكنك الاطلاع على السجلات في هذا الدفتر لكن لا يمكنك تغييرها.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2[*]</source>
        <comment>form — book</comment>
        <translation>%1 — %2[*]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy Book To File</source>
        <translation>نسخ الدفتر إلى ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>دفاتر Fieldbook (*.fieldbook);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copying %1 to %2…</source>
        <translation>جارٍ نسخ %1 إلى %2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy Book</source>
        <translation>نسخ الدفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book was not copied to %1: %2</source>
        <translation>لم يُنسخ الدفتر إلى %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1 and %2 to %3.</source>
        <comment>forms, records, book</comment>
        <translation>نُسخ %1 و%2 إلى %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n نموذج</numerusform>
            <numerusform>%n نموذج</numerusform>
            <numerusform>%n نموذجان</numerusform>
            <numerusform>%n نماذج</numerusform>
            <numerusform>%n نموذجًا</numerusform>
            <numerusform>%n نموذج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n سجل</numerusform>
            <numerusform>%n سجل</numerusform>
            <numerusform>%n سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete form</source>
        <translation>حذف النموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the form “%1” and all its records? This cannot be undone.</source>
        <translation>أتريد حذف النموذج «%1» وكل سجلاته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form deleted.</source>
        <translation>حُذف النموذج.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The form was not deleted: %1</source>
        <translation>لم يُحذف النموذج: %1</translation>
    </message>
</context>
<context>
    <name>fb::NumberFieldEditor</name>
    <message>
        <location filename="../ui/NumberFieldEditor.cpp" line="+22"/>
        <source>Whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Number, %n decimal place(s)</source>
        <translation>
            <numerusform>عدد، %n مرتبة عشرية</numerusform>
            <numerusform>عدد، %n مرتبة عشرية</numerusform>
            <numerusform>عدد، %n مرتبتان عشريتان</numerusform>
            <numerusform>عدد، %n مراتب عشرية</numerusform>
            <numerusform>عدد، %n مرتبة عشرية</numerusform>
            <numerusform>عدد، %n مرتبة عشرية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+55"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole window changes language at once. Form texts follow where the form gives them in that language.</source>
        <translation>تتغير لغة النافذة بأكملها دفعة واحدة. وتتبعها نصوص النماذج حيثما يوفّرها النموذج بتلك اللغة.</translation>
    </message>
</context>
<context>
    <name>fb::ProgressNotice</name>
    <message>
        <location filename="../ui/ProgressNotice.cpp" line="+7"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>fb::RecordBrowser</name>
    <message>
        <location filename="../ui/RecordBrowser.cpp" line="+62"/>
        <source>Search (Ctrl+F)</source>
        <translation>بحث (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search records</source>
        <translation>البحث في السجلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
</context>
<context>
    <name>fb::RecordController</name>
    <message>
        <location filename="../ui/RecordController.cpp" line="+97"/>
        <source>Record %1 of %2</source>
        <translation>السجل %1 من %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New record; %Ln in the list</source>
        <translation>
            <numerusform>سجل جديد؛ في القائمة %Ln سجل</numerusform>
            <numerusform>سجل جديد؛ في القائمة %Ln سجل</numerusform>
            <numerusform>سجل جديد؛ في القائمة %Ln سجلان</numerusform>
            <numerusform>سجل جديد؛ في القائمة %Ln سجلات</numerusform>
            <numerusform>سجل جديد؛ في القائمة %Ln سجلًا</numerusform>
            <numerusform>سجل جديد؛ في القائمة %Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Record not in the list; %Ln in the list</source>
        <translation>
            <numerusform>السجل ليس في القائمة؛ في القائمة %Ln سجل</numerusform>
            <numerusform>السجل ليس في القائمة؛ في القائمة %Ln سجل</numerusform>
            <numerusform>السجل ليس في القائمة؛ في القائمة %Ln سجلان</numerusform>
            <numerusform>السجل ليس في القائمة؛ في القائمة %Ln سجلات</numerusform>
            <numerusform>السجل ليس في القائمة؛ في القائمة %Ln سجلًا</numerusform>
            <numerusform>السجل ليس في القائمة؛ في القائمة %Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The record cannot be saved: a field needs attention.</source>
        <translation>لا يمكن حفظ السجل: أحد الحقول يحتاج إلى مراجعة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <location line="+22"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: the record was changed elsewhere; your changes are still in the form.</source>
        <translation>لم يُحفظ: غُيّر السجل في مكان آخر؛ لا تزال تغييراتك في النموذج.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Changes undone.</source>
        <translation>تم التراجع عن التغييرات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete record</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this record to the trash? You can restore it from Record → Trash.</source>
        <translation>أتريد نقل هذا السجل إلى سلة المهملات؟ يمكنك استعادته من سجل ← سلة المهملات.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moved to the trash.</source>
        <translation>نُقل إلى سلة المهملات.</translation>
    </message>
</context>
<context>
    <name>fb::RecordForm</name>
    <message>
        <location filename="../ui/RecordForm.cpp" line="+98"/>
        <source>Add fields to see the form here.</source>
        <translation>أضف حقولًا لترى النموذج هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form has no fields yet. Add some with Form → Design Form…</source>
        <translation>لا يحتوي هذا النموذج على حقول بعد. أضف بعضها من نموذج ← تصميم النموذج…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No form is chosen. Pick one from the list, or create one with Form → New Form…</source>
        <translation>لم يُختر أي نموذج. اختر نموذجًا من القائمة، أو أنشئ واحدًا من نموذج ← نموذج جديد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 *</source>
        <comment>required field label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
</context>
<context>
    <name>fb::ReferenceFieldEditor</name>
    <message>
        <location filename="../ui/ReferenceFieldEditor.cpp" line="+47"/>
        <source>Type to find a record of %1</source>
        <translation>اكتب للبحث عن سجل من %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referenced form is missing</source>
        <translation>النموذج المُشار إليه مفقود</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Record %1</source>
        <translation>السجل %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 (record %2)</source>
        <translation>%1 (السجل %2)</translation>
    </message>
</context>
<context>
    <name>fb::SaveRecordCommand</name>
    <message>
        <location filename="../ui/SaveRecordCommand.cpp" line="+22"/>
        <source>New record %1</source>
        <translation>السجل الجديد %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to record %1</source>
        <translation>تغييرات السجل %1</translation>
    </message>
</context>
<context>
    <name>fb::ServerDialog</name>
    <message>
        <location filename="../ui/ServerDialog.cpp" line="+104"/>
        <source>Connect to Server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of %1 for the book %2:</source>
        <translation>كلمة مرور %1 للدفتر %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team book on a PostgreSQL server. The password is not remembered.</source>
        <translation>دفتر فريق على خادم PostgreSQL. لا يُحتفظ بكلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>الم&amp;ضيف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <comment>TLS mode of the connection</comment>
        <translation>الت&amp;شفير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>كلمة الم&amp;رور:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable: never encrypt</source>
        <comment>TLS mode</comment>
        <translation>تعطيل: عدم التشفير مطلقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer: encrypt when the server can</source>
        <comment>TLS mode</comment>
        <translation>تفضيل: التشفير إن كان الخادم يدعمه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require: always encrypt</source>
        <comment>TLS mode</comment>
        <translation>إلزام: التشفير دائمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify CA: encrypt and check the server&apos;s certificate</source>
        <comment>TLS mode</comment>
        <translation>التحقق من جهة الإصدار: التشفير والتحقق من شهادة الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full: also check the server&apos;s name</source>
        <comment>TLS mode</comment>
        <translation>تحقق كامل: التحقق من اسم الخادم أيضًا</translation>
    </message>
</context>
<context>
    <name>fb::StatusPanel</name>
    <message>
        <location filename="../ui/StatusPanel.cpp" line="+78"/>
        <source>Saving before closing…</source>
        <translation>جارٍ الحفظ قبل الإغلاق…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book is busy (%1); trying again (%2)…</source>
        <translation>الدفتر مشغول (%1)؛ جارٍ إعادة المحاولة (%2)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to the server again; waiting saves went through.</source>
        <translation>أُعيد الاتصال بالخادم؛ تمّت عمليات الحفظ المعلّقة.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n save(s) waiting.</source>
        <translation>
            <numerusform>تعذّر الوصول إلى الخادم؛ جارٍ إعادة الاتصال (المحاولة %1). احتُفظ بتغييراتك: %n عملية حفظ معلّقة.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم؛ جارٍ إعادة الاتصال (المحاولة %1). احتُفظ بتغييراتك: %n عملية حفظ معلّقة.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم؛ جارٍ إعادة الاتصال (المحاولة %1). احتُفظ بتغييراتك: %n عمليتا حفظ معلّقتان.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم؛ جارٍ إعادة الاتصال (المحاولة %1). احتُفظ بتغييراتك: %n عمليات حفظ معلّقة.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم؛ جارٍ إعادة الاتصال (المحاولة %1). احتُفظ بتغييراتك: %n عملية حفظ معلّقة.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم؛ جارٍ إعادة الاتصال (المحاولة %1). احتُفظ بتغييراتك: %n عملية حفظ معلّقة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No book open</source>
        <translation>لا يوجد دفتر مفتوح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open</source>
        <translation>%1 مفتوح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read only: you may look but not change records on this server (%1).</source>
        <translation>للقراءة فقط: يمكنك الاطلاع على السجلات على هذا الخادم لكن لا يمكنك تغييرها (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 مفتوح للقراءة فقط: لا يمكن حفظ التغييرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All saved</source>
        <translation>حُفظ كل شيء</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Saving %Ln change(s)…</source>
        <translation>
            <numerusform>جارٍ حفظ %Ln تغيير…</numerusform>
            <numerusform>جارٍ حفظ %Ln تغيير…</numerusform>
            <numerusform>جارٍ حفظ %Ln تغييرين…</numerusform>
            <numerusform>جارٍ حفظ %Ln تغييرات…</numerusform>
            <numerusform>جارٍ حفظ %Ln تغييرًا…</numerusform>
            <numerusform>جارٍ حفظ %Ln تغيير…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last saved %1</source>
        <translation>آخر حفظ في %1</translation>
    </message>
</context>
<context>
    <name>fb::TemporalFieldEditor</name>
    <message>
        <location filename="../ui/TemporalFieldEditor.cpp" line="+74"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder showing the typed format: Y year, M month, D day digits.</extracomment>
        <translation>سسسس-شش-يي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:MM</source>
        <extracomment>Placeholder showing the typed format: H hour, M minute digits.</extracomment>
        <translation>سس:دد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>سسسس-شش-يي سس:دد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a date from the calendar</source>
        <translation>اختر تاريخًا من التقويم</translation>
    </message>
</context>
<context>
    <name>fb::TrashDialog</name>
    <message>
        <location filename="../ui/TrashDialog.cpp" line="+54"/>
        <source>Trash — %1</source>
        <translation>سلة المهملات — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of “%1” that were deleted. Select some and restore them.</source>
        <translation>سجلات «%1» المحذوفة. حدّد بعضها واستعِدها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted records</source>
        <translation>السجلات المحذوفة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not restored: %1</source>
        <translation>لم تُستعَد: %1</translation>
    </message>
</context>
<context>
    <name>fb::TrashRecordCommand</name>
    <message>
        <location filename="../ui/TrashRecordCommand.cpp" line="+17"/>
        <source>Delete record %1</source>
        <translation>حذف السجل %1</translation>
    </message>
</context>
<context>
    <name>fb::UnsavedChangesPrompt</name>
    <message>
        <location filename="../ui/UnsavedChangesPrompt.cpp" line="+10"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record has changes that are not saved yet.</source>
        <translation>في هذا السجل تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save them before going on?</source>
        <translation>أتريد حفظها قبل المتابعة؟</translation>
    </message>
</context>
</TS>
