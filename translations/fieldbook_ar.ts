<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>fb::BackupCommand</name>
    <message>
        <location filename="../app/BackupCommand.cpp" line="+49"/>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No backup was made.</source>
        <translation>لم تُنشأ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is backed up in %2 (%3).</source>
        <translation>نُسخ %1 احتياطيًا في %2 (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: there is no backup file here. Nothing was changed.</source>
        <translation>%1: لا يوجد ملف نسخة احتياطية هنا. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is restored from %2. The book as it was is kept in %3.</source>
        <translation>استُعيد %1 من %2. الدفتر كما كان محفوظ في %3.</translation>
    </message>
</context>
<context>
    <name>fb::BackupFlow</name>
    <message>
        <location filename="../ui/book/BackupFlow.cpp" line="+54"/>
        <source>Backing up %1…</source>
        <translation>جارٍ النسخ الاحتياطي لـ %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back Up Now</source>
        <translation>احفظ نسخة احتياطية الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up in %1 (%2).</source>
        <translation>نُسخ احتياطيًا في %1 (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy Book To File</source>
        <translation>نسخ الدفتر إلى ملف</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copying %1 to %2…</source>
        <translation>جارٍ نسخ %1 إلى %2…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book is copied to %1.</source>
        <translation>نُسخ الدفتر إلى %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking and restoring the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية واستعادتها…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup of %1. The book as it was is in %2.</source>
        <translation>استُعيدت النسخة الاحتياطية من %1. الدفتر كما كان موجود في %2.</translation>
    </message>
</context>
<context>
    <name>fb::BookCopier</name>
    <message numerus="yes">
        <location filename="../core/tasks/BookCopier.cpp" line="+266"/>
        <source>%1: %n record(s) saved</source>
        <comment>form name</comment>
        <translation>
            <numerusform>%1: حُفظ %n سجل</numerusform>
            <numerusform>%1: حُفظ %n سجل</numerusform>
            <numerusform>%1: حُفظ %n سجلان</numerusform>
            <numerusform>%1: حُفظت %n سجلات</numerusform>
            <numerusform>%1: حُفظ %n سجلًا</numerusform>
            <numerusform>%1: حُفظ %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>تعذّرت قراءة %n سجل</numerusform>
            <numerusform>تعذّرت قراءة %n سجل</numerusform>
            <numerusform>تعذّرت قراءة %n سجلين</numerusform>
            <numerusform>تعذّرت قراءة %n سجلات</numerusform>
            <numerusform>تعذّرت قراءة %n سجلًا</numerusform>
            <numerusform>تعذّرت قراءة %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at least %n record(s) could not be read</source>
        <translation>
            <numerusform>تعذّرت قراءة %n سجل على الأقل</numerusform>
            <numerusform>تعذّرت قراءة %n سجل على الأقل</numerusform>
            <numerusform>تعذّرت قراءة %n سجلين على الأقل</numerusform>
            <numerusform>تعذّرت قراءة %n سجلات على الأقل</numerusform>
            <numerusform>تعذّرت قراءة %n سجلًا على الأقل</numerusform>
            <numerusform>تعذّرت قراءة %n سجل على الأقل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::BookMenu</name>
    <message>
        <location filename="../ui/book/BookMenu.cpp" line="+57"/>
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
        <location line="+11"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>دفاتر Fieldbook (*.fieldbook);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="-1"/>
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
    <name>fb::BookSalvage</name>
    <message>
        <location filename="../app/BookSalvage.cpp" line="+44"/>
        <source>%1: there is no book file here; nothing was saved.</source>
        <translation>%1: لا يوجد ملف دفتر هنا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: the file exists; what is saved from a book goes into a new file, never over another. Nothing was saved.</source>
        <translation>%1: الملف موجود؛ ما يُحفظ من دفتر يذهب إلى ملف جديد، ولا يُكتب أبدًا فوق ملف آخر. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1: %2 لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What could be read of %1 is saved in %2:</source>
        <translation>حُفظ ما أمكنت قراءته من %1 في %2:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: some records could not be read and are not in %2.</source>
        <translation>%1: تعذّرت قراءة بعض السجلات، وهي ليست في %2.</translation>
    </message>
</context>
<context>
    <name>fb::CheckCommand</name>
    <message>
        <location filename="../app/CheckCommand.cpp" line="+37"/>
        <source>It was not checked.</source>
        <translation>لم يُفحص.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repaired. The book as it was is kept in %1.</source>
        <translation>تم الإصلاح. الدفتر كما كان محفوظ في %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run “fieldbook check --repair” to repair what a repair mends; a backup is made first.</source>
        <translation>شغّل «fieldbook check --repair» لإصلاح ما يعالجه الإصلاح؛ تُنشأ نسخة احتياطية أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A repair mends none of these problems; nothing was changed.</source>
        <translation>لا يعالج الإصلاح أيًّا من هذه المشكلات؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>fb::CheckDialog</name>
    <message>
        <location filename="../ui/book/CheckDialog.cpp" line="+101"/>
        <source>Repair Book</source>
        <translation>إصلاح الدفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the book&apos;s indexes?</source>
        <translation>إعادة بناء فهارس الدفتر؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record or value is changed: the indexes are made again from the records. The book as it is now is backed up first.</source>
        <translation>لا يتغير أي سجل ولا قيمة: تُبنى الفهارس من جديد من السجلات. يُنسخ الدفتر كما هو الآن احتياطيًا أولًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repair</source>
        <translation>إ&amp;صلاح</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <source>Save Report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check of %1, %2</source>
        <translation>فحص %1، %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report could not be written to %1: %2</source>
        <translation>تعذرت كتابة التقرير في %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check Book</source>
        <translation>مراجعة سلامة الدفتر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repaired. The book as it was is in %1.</source>
        <translation>تم الإصلاح. الدفتر كما كان موجود في %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book cannot be repaired from here: it is read-only or on a server.</source>
        <translation>لا يمكن إصلاح هذا الدفتر من هنا: فهو للقراءة فقط أو على خادم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repair…</source>
        <translation>إ&amp;صلاح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;حفظ التقرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>fb::CheckFlow</name>
    <message>
        <location filename="../ui/book/CheckFlow.cpp" line="+41"/>
        <source>The check was cancelled.</source>
        <translation>أُلغي الفحص.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Book</source>
        <translation>مراجعة سلامة الدفتر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved in %1.</source>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repair Book</source>
        <translation>إصلاح الدفتر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 check %2.txt</source>
        <translation>%1 فحص %2.txt</translation>
    </message>
</context>
<context>
    <name>fb::CheckReport</name>
    <message>
        <location filename="../core/model/CheckReport.cpp" line="+43"/>
        <source>The book</source>
        <translation>الدفتر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, “%2” (in the trash)</source>
        <translation>%1، «%2» (في سلة المهملات)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, “%2”</source>
        <translation>%1، «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, the record made %2 (in the trash)</source>
        <translation>%1، السجل المُنشأ في %2 (في سلة المهملات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the record made %2</source>
        <translation>%1، السجل المُنشأ في %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, a record</source>
        <translation>%1، سجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 checked</source>
        <translation>فُحص %1 و%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>%Ln نموذج</numerusform>
            <numerusform>%Ln نموذج</numerusform>
            <numerusform>%Ln نموذجان</numerusform>
            <numerusform>%Ln نماذج</numerusform>
            <numerusform>%Ln نموذجًا</numerusform>
            <numerusform>%Ln نموذج</numerusform>
        </translation>
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
    <message>
        <location line="+2"/>
        <source>The book is sound: %1.</source>
        <translation>الدفتر سليم: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1); a repair can mend them.</source>
        <translation>
            <numerusform>وُجدت %Ln مشكلة (%1)؛ يمكن للإصلاح معالجتها.</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1)؛ يمكن للإصلاح معالجتها.</numerusform>
            <numerusform>وُجدت %Ln مشكلتان (%1)؛ يمكن للإصلاح معالجتهما.</numerusform>
            <numerusform>وُجدت %Ln مشكلات (%1)؛ يمكن للإصلاح معالجتها.</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1)؛ يمكن للإصلاح معالجتها.</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1)؛ يمكن للإصلاح معالجتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln problem(s) found (%1); a repair can mend %2 of them.</source>
        <translation>
            <numerusform>وُجدت %Ln مشكلة (%1)؛ يمكن للإصلاح معالجة %2 منها.</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1)؛ يمكن للإصلاح معالجة %2 منها.</numerusform>
            <numerusform>وُجدت %Ln مشكلتان (%1)؛ يمكن للإصلاح معالجة %2 منهما.</numerusform>
            <numerusform>وُجدت %Ln مشكلات (%1)؛ يمكن للإصلاح معالجة %2 منها.</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1)؛ يمكن للإصلاح معالجة %2 منها.</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1)؛ يمكن للإصلاح معالجة %2 منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1).</source>
        <translation>
            <numerusform>وُجدت %Ln مشكلة (%1).</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1).</numerusform>
            <numerusform>وُجدت %Ln مشكلتان (%1).</numerusform>
            <numerusform>وُجدت %Ln مشكلات (%1).</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1).</numerusform>
            <numerusform>وُجدت %Ln مشكلة (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… و%Ln مشكلة أخرى.</numerusform>
            <numerusform>… و%Ln مشكلة أخرى.</numerusform>
            <numerusform>… و%Ln مشكلتان أخريان.</numerusform>
            <numerusform>… و%Ln مشكلات أخرى.</numerusform>
            <numerusform>… و%Ln مشكلة أخرى.</numerusform>
            <numerusform>… و%Ln مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking every page of the book…</source>
        <translation>جارٍ فحص كل صفحة من الدفتر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the links between records…</source>
        <translation>جارٍ فحص الروابط بين السجلات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the forms&apos; tables…</source>
        <translation>جارٍ فحص جداول النماذج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the book and rebuilding its indexes…</source>
        <translation>جارٍ نسخ الدفتر احتياطيًا وإعادة بناء فهارسه…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking the values: %1 of %Ln record(s)…</source>
        <translation>
            <numerusform>جارٍ فحص القيم: %1 من %Ln سجل…</numerusform>
            <numerusform>جارٍ فحص القيم: %1 من %Ln سجل…</numerusform>
            <numerusform>جارٍ فحص القيم: %1 من %Ln سجلين…</numerusform>
            <numerusform>جارٍ فحص القيم: %1 من %Ln سجلات…</numerusform>
            <numerusform>جارٍ فحص القيم: %1 من %Ln سجلًا…</numerusform>
            <numerusform>جارٍ فحص القيم: %1 من %Ln سجل…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+103"/>
        <location line="+114"/>
        <location line="+84"/>
        <location line="+56"/>
        <location line="+75"/>
        <source>Use language &lt;code&gt; (de, fr, es, ar, en).</source>
        <translation>استخدام اللغة &lt;رمز&gt; (de, fr, es, ar, en).</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+114"/>
        <location line="+84"/>
        <location line="+56"/>
        <location line="+76"/>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Unknown format “%1”; choose csv, xlsx or json.</source>
        <translation>الصيغة «%1» غير معروفة؛ اختر csv أو xlsx أو json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workbook is written to a file: --out FILE.xlsx.</source>
        <translation>يُكتب المصنف في ملف: ‎--out FILE.xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A preset is for CSV; JSON and XLSX have none.</source>
        <translation>الإعداد خاص بصيغة CSV؛ لا إعداد لصيغتي JSON وXLSX.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Replace a book&apos;s records and forms with those of a backup. The book as it is goes into a backup first.</source>
        <translation>استبدال سجلات الدفتر ونماذجه بتلك الموجودة في نسخة احتياطية. يُنسخ الدفتر كما هو احتياطيًا أولاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a backup of a book: a copy as it was last saved, made while it may be open in a window.</source>
        <translation>إنشاء نسخة احتياطية من دفتر: نسخة كما حُفظ آخر مرة، حتى وهو مفتوح في نافذة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backup</source>
        <translation>نسخة-احتياطية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup to bring back; it is only read.</source>
        <translation>النسخة الاحتياطية المراد استعادتها؛ تُقرأ فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book (a file).</source>
        <translation>الدفتر (ملف).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[dest]</source>
        <translation>[الوجهة]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the copy goes: a new file, or a folder (default: the book&apos;s backup folder, as set in Preferences).</source>
        <translation>مكان النسخة: ملف جديد أو مجلد (الافتراضي: مجلد النسخ الاحتياطية للدفتر كما في التفضيلات).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name one backup and one book: restore BACKUP BOOK.</source>
        <translation>اذكر نسخة احتياطية واحدة ودفترًا واحدًا: restore النسخة الدفتر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one book, and where its copy goes if not into its backup folder.</source>
        <translation>اذكر دفترًا واحدًا، ومكان نسخته إن لم تكن في مجلد نسخه الاحتياطية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is backed up with the server&apos;s own tools (pg_dump); this command takes a book file.</source>
        <translation>يُنسخ الدفتر الموجود على خادم احتياطيًا بأدوات الخادم نفسه (pg_dump)؛ هذا الأمر يأخذ ملف دفتر.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check a book: its pages and links (book files), whether every form&apos;s table matches the form, and whether every value meets its field&apos;s rules. The report goes to the standard output.

Exit status: 0 the book is sound, 1 it could not be checked, 2 the command line is wrong, 3 problems were found (and remain).</source>
        <translation>فحص دفتر: صفحاته وروابطه (ملفات الدفاتر)، وهل يطابق جدول كل نموذج نموذجَه، وهل تستوفي كل قيمة قواعد حقلها. يُكتب التقرير على المخرج القياسي.

رمز الخروج: 0 الدفتر سليم، 1 تعذر فحصه، 2 سطر الأوامر خاطئ، 3 وُجدت مشكلات (وما زالت باقية).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Bring the form in &lt;file&gt; into the book and quit.</source>
        <translation>جلب النموذج الموجود في &lt;ملف&gt; إلى الدفتر ثم الخروج.</translation>
    </message>
    <message>
        <location line="-384"/>
        <location line="+48"/>
        <location line="+79"/>
        <location line="+41"/>
        <location line="+218"/>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Save what can be read of a damaged book into a new book.</source>
        <translation>حفظ ما يمكن قراءته من دفتر تالف في دفتر جديد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new book to make (a file that does not exist yet).</source>
        <translation>الدفتر الجديد المراد إنشاؤه (ملف غير موجود بعد).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <location line="+115"/>
        <location line="+84"/>
        <location line="+59"/>
        <source>The command.</source>
        <translation>الأمر.</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+49"/>
        <location line="+116"/>
        <location line="+85"/>
        <location line="+57"/>
        <location line="+77"/>
        <source>book</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>The damaged book; it is only read.</source>
        <translation>الدفتر التالف؛ يُقرأ فقط.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say where the new book goes: --out FILE.</source>
        <translation>حدّد مكان الدفتر الجديد: --out FILE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name one book to salvage.</source>
        <translation>حدّد دفترًا واحدًا لإنقاذ ما فيه.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the records of one form as CSV, XLSX or JSON, to a file or the standard output.</source>
        <translation>اكتب سجلات نموذج واحد بصيغة CSV أو XLSX أو JSON في ملف أو في المخرج القياسي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (the default), xlsx (an Excel workbook; needs --out) or json (with the form&apos;s definition).</source>
        <translation>csv (الافتراضي) أو xlsx (مصنف Excel؛ يتطلب ‎--out) أو json (مع تعريف النموذج).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The form whose records to write.</source>
        <translation>النموذج الذي تُكتب سجلاته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <location line="+19"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For CSV: excel (for a spreadsheet in the interface language: a byte order mark, &quot;;&quot; and decimal commas where the language uses them) or rfc4180 (the default: &quot;,&quot;, CRLF).</source>
        <translation>لصيغة CSV: ‏excel (لجدول بيانات بلغة الواجهة: علامة ترتيب البايتات و«;» والفاصلة العشرية حيث تستعملها اللغة) أو rfc4180 (الافتراضي: «,» وCRLF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preset</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: the standard output).</source>
        <translation>الملف الذي يُكتب (الافتراضي: المخرج القياسي).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+116"/>
        <location line="+142"/>
        <source>The book: a file, or a server book as postgresql://user@host:port/database.</source>
        <translation>الدفتر: ملف، أو دفتر على خادم بالشكل postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+122"/>
        <source>Say which form: --form NAME.</source>
        <translation>حدّد النموذج: ‎--form NAME.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Unknown preset “%1”; choose excel or rfc4180.</source>
        <translation>الإعداد «%1» غير معروف؛ اختر excel أو rfc4180.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out names a .%1 file, but --format %2 writes .%2 files.</source>
        <translation>يسمّي ‎--out ملفًا بامتداد ‎.%1، لكن ‎--format %2 يكتب ملفات ‎.%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which file --out writes (or - for the standard output).</source>
        <translation>حدّد الملف الذي يكتبه ‎--out (أو - للمخرج القياسي).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one book to export from.</source>
        <translation>سمِّ دفترًا واحدًا للتصدير منه.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read the rows of a CSV file into a form, in one transaction: all rows or none (unless --good-rows). What is not given is guessed from the file.</source>
        <translation>قراءة صفوف ملف CSV إلى نموذج في معاملة واحدة: كل الصفوف أو لا شيء (إلا مع ‎--good-rows). ما لا يُحدَّد يُستنتج من الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form the rows go into.</source>
        <translation>النموذج الذي تدخل فيه الصفوف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every row as an import would, and change nothing.</source>
        <translation>افحص كل صف كما يفعل الاستيراد، دون تغيير أي شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows that cannot go in to this CSV file, with a column saying why.</source>
        <translation>اكتب الصفوف التي لا يمكن إدخالها في ملف CSV هذا، مع عمود يذكر السبب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the rows that can go in and leave out the others (default: all or none).</source>
        <translation>استورد الصفوف التي يمكن إدخالها واترك الباقي (الافتراضي: الكل أو لا شيء).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row with a value a record already has in a unique field: stop (the default: the row is a problem), skip (leave the row out) or update (the record takes the row&apos;s values).</source>
        <translation>صف فيه قيمة يحملها سجل بالفعل في حقل فريد: stop (الافتراضي: الصف مشكلة) أو skip (اترك الصف) أو update (يأخذ السجل قيم الصف).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s encoding, e.g. UTF-8, UTF-16LE or windows-1252 (default: guessed).</source>
        <translation>ترميز الملف، مثل UTF-8 أو UTF-16LE أو windows-1252 (الافتراضي: يُستنتج).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field separator: &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot; (default: guessed).</source>
        <translation>فاصل الحقول: &quot;,&quot; أو &quot;;&quot; أو tab أو &quot;|&quot; (الافتراضي: يُستنتج).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>character</source>
        <translation>حرف</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The character fields are quoted with: &apos;&quot;&apos; (the default), &quot;&apos;&quot; or none.</source>
        <translation>الحرف الذي تُحاط به الحقول: &apos;&quot;&apos; (الافتراضي) أو &quot;&apos;&quot; أو none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row is data: the columns fill the form&apos;s fields in order.</source>
        <translation>الصف الأول بيانات: تملأ الأعمدة حقول النموذج بالترتيب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out this many lines at the start of the file.</source>
        <translation>تخطَّ هذا العدد من الأسطر في بداية الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>أسطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal comma.</source>
        <translation>الأرقام مكتوبة بفاصلة عشرية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal point.</source>
        <translation>الأرقام مكتوبة بنقطة عشرية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order of dates that are not ISO (2026-01-31): dmy, mdy or ymd (default: the language&apos;s).</source>
        <translation>ترتيب التواريخ غير المكتوبة بصيغة ISO ‏(2026-01-31): dmy أو mdy أو ymd (الافتراضي: ترتيب اللغة).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file to read.</source>
        <translation>ملف CSV المراد قراءته.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown policy “%1”; choose stop, skip or update.</source>
        <translation>سياسة غير معروفة «%1»؛ اختر stop أو skip أو update.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown date order “%1”; choose dmy, mdy or ymd.</source>
        <translation>ترتيب تاريخ غير معروف «%1»؛ اختر dmy أو mdy أو ymd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown separator “%1”; choose &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>فاصل غير معروف «%1»؛ اختر &quot;,&quot; أو &quot;;&quot; أو tab أو &quot;|&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown quote “%1”; choose &apos;&quot;&apos;, &quot;&apos;&quot; or none.</source>
        <translation>علامة اقتباس غير معروفة «%1»؛ اختر &apos;&quot;&apos; أو &quot;&apos;&quot; أو none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--skip takes a number of lines.</source>
        <translation>‎--skip يأخذ عددًا من الأسطر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose --decimal-comma or --decimal-point, not both.</source>
        <translation>اختر ‎--decimal-comma أو ‎--decimal-point، لا كليهما.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which file --rejects writes.</source>
        <translation>حدِّد الملف الذي يكتبه ‎--rejects.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the file to import and the book it goes into.</source>
        <translation>سمِّ الملف المراد استيراده والدفتر الذي يدخل فيه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rejects names the file being imported; name another file.</source>
        <translation>‎--rejects يسمّي الملف المستورد نفسه؛ سمِّ ملفًا آخر.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Repair what can be repaired safely (the indexes), after a backup of the book, then check again.</source>
        <translation>إصلاح ما يمكن إصلاحه بأمان (الفهارس) بعد نسخة احتياطية من الدفتر، ثم الفحص مجددًا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name one book to check.</source>
        <translation>اذكر دفترًا واحدًا لفحصه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is repaired by its server&apos;s administrator; check it without --repair.</source>
        <translation>يُصلح الدفترَ الموجود على خادم مسؤولُ الخادم؛ افحصه دون --repair.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fill forms into a database.

Commands that run without a window (fieldbook COMMAND --help says more):
  backup   make a backup of a book
  check    look for damage and for values that break their rules
  export   write a form&apos;s records as CSV, XLSX or JSON
  import   read the rows of a CSV file into a form
  restore  bring a book back to a backup
  salvage  save what can be read of a damaged book into a new one</source>
        <translation>تعبئة النماذج في قاعدة بيانات.

أوامر تعمل دون نافذة (fieldbook الأمر --help يقول المزيد):
  backup   إنشاء نسخة احتياطية من دفتر
  check    البحث عن أعطال وعن قيم تخالف قواعدها
  export   كتابة سجلات نموذج بصيغة CSV أو XLSX أو JSON
  import   قراءة صفوف ملف CSV إلى نموذج
  restore  إعادة دفتر إلى نسخة احتياطية
  salvage  حفظ ما يمكن قراءته من دفتر تالف في دفتر جديد</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The book to open (default: %1).</source>
        <translation>الدفتر المراد فتحه (الافتراضي: %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a command; name one book, or a command (backup, check, export, import, restore, salvage).</source>
        <translation>«%1» ليس أمرًا؛ اذكر دفترًا واحدًا، أو أمرًا (backup، check، export، import، restore، salvage).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is neither a command nor a book file (a new book&apos;s name ends in .fieldbook).</source>
        <translation>«%1» ليس أمرًا ولا ملف دفتر (ينتهي اسم الدفتر الجديد بـ ‎.fieldbook).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+39"/>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>لغة غير معروفة «%1»؛ اختر واحدة مما يلي: %2.</translation>
    </message>
</context>
<context>
    <name>fb::ConflictDialog</name>
    <message>
        <location filename="../ui/records/ConflictDialog.cpp" line="+92"/>
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
    <name>fb::CsvRecordFeed</name>
    <message>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="+24"/>
        <source>column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>fb::DbError</name>
    <message>
        <location filename="../core/storage/BookConnection.cpp" line="+269"/>
        <source>Cannot create a book at “%1”.</source>
        <translation>تعذّر إنشاء دفتر في «%1».</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot open the book “%1”.</source>
        <translation>تعذّر فتح الدفتر «%1».</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cannot connect to the server: %1</source>
        <translation>تعذّر الاتصال بالخادم: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+79"/>
        <source>“%1” is damaged or is not a database. It was left untouched.</source>
        <translation>«%1» تالف أو ليس قاعدة بيانات. تُرك دون تغيير.</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>“%1” is an empty file, not a Fieldbook book. It was left untouched.</source>
        <translation>«%1» ملف فارغ، وليس دفتر Fieldbook. تُرك دون تغيير.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Cannot create a book at “%1”: “%2” is a file, not a folder.</source>
        <translation>تعذر إنشاء دفتر في «%1»: «%2» ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a book at “%1”: you may not write in the folder “%2”.</source>
        <translation>تعذر إنشاء دفتر في «%1»: لا يحق لك الكتابة في المجلد «%2».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fieldbook may not open “%1”: the file or its folder does not give you permission. It was left untouched.</source>
        <translation>لا يمكن لـ Fieldbook فتح «%1»: الملف أو مجلده لا يمنحك الإذن بذلك. تُرك دون تغيير.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The disk that holds “%1” is full, so the book cannot be opened. Free some space and open it again.</source>
        <translation>القرص الذي يحتوي على «%1» ممتلئ، لذا لا يمكن فتح الدفتر. حرّر بعض المساحة ثم افتحه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read from the disk (an input/output error). It was left untouched.</source>
        <translation>تعذّرت قراءة «%1» من القرص (خطأ في الإدخال/الإخراج). تُرك دون تغيير.</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+24"/>
        <source>“%1” is a database but not a Fieldbook book. It was left untouched.</source>
        <translation>«%1» قاعدة بيانات لكنه ليس دفتر Fieldbook. تُرك دون تغيير.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>“%1” is empty and read-only, so it cannot become a book.</source>
        <translation>«%1» فارغ وللقراءة فقط، لذا لا يمكن أن يصبح دفترًا.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../core/link/Database.cpp" line="+15"/>
        <source>The book is closing.</source>
        <translation>الدفتر قيد الإغلاق.</translation>
    </message>
    <message>
        <location filename="../core/link/DbWorker.cpp" line="+53"/>
        <source>The book is not open.</source>
        <translation>الدفتر غير مفتوح.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected stopped this request; nothing of it was saved. The log has the details.</source>
        <translation>أوقف أمر غير متوقع هذا الطلب؛ لم يُحفظ منه شيء. التفاصيل موجودة في ملف السجل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form %1 does not exist.</source>
        <translation>النموذج %1 غير موجود.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The server is away; the change is kept and will be saved when the book is opened again.</source>
        <translation>الخادم غير متاح؛ احتُفظ بالتغيير وسيُحفظ عند فتح الدفتر مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is away; this change was not made.</source>
        <translation>الخادم غير متاح؛ لم يُجرَ هذا التغيير.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The book file is damaged, so it was opened read-only; nothing was saved.</source>
        <translation>ملف الدفتر تالف، لذا فُتح للقراءة فقط؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book is read-only; nothing was saved.</source>
        <translation>الدفتر للقراءة فقط؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The change would leave references pointing nowhere; nothing was changed.</source>
        <translation>من شأن هذا التغيير أن يترك إحالات لا تشير إلى أي سجل؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>A read was sent as a write.</source>
        <translation>أُرسلت عملية قراءة على أنها عملية كتابة.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A book on a server is backed up with the server&apos;s own tools (pg_dump); see the handbook.</source>
        <translation>يُنسخ الدفتر الموجود على خادم احتياطيًا بأدوات الخادم نفسه (pg_dump)؛ راجع الدليل.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The book is read-only; nothing was restored.</source>
        <translation>الدفتر للقراءة فقط؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book could not be backed up first, so it was not restored: %1</source>
        <translation>تعذّر نسخ الدفتر احتياطيًا أولاً، فلم يُستعد: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A book on a server is repaired by its server&apos;s administrator (REINDEX); nothing was changed.</source>
        <translation>يُصلح الدفترَ الموجود على خادم مسؤولُ الخادم (REINDEX)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book is read-only; nothing was repaired.</source>
        <translation>الدفتر للقراءة فقط؛ لم يُصلح شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The book could not be backed up first, so it was not repaired: %1</source>
        <translation>تعذر نسخ الدفتر احتياطيًا أولًا، لذا لم يُصلح: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is writing to the book, so it was not repaired. Try again once it has finished.</source>
        <translation>برنامج آخر يكتب في الدفتر، لذا لم يُصلح. أعد المحاولة حين ينتهي.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A write was sent as a read.</source>
        <translation>أُرسلت عملية كتابة على أنها عملية قراءة.</translation>
    </message>
    <message>
        <location filename="../core/formats/FormJson.cpp" line="+130"/>
        <source>A field in the form file has no label.</source>
        <translation>أحد الحقول في ملف النموذج بلا تسمية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field %1 has an unknown type “%2”.</source>
        <translation>الحقل %1 من نوع غير معروف «%2».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The maximum length of %1 must be a whole number from 0 to %2.</source>
        <translation>يجب أن يكون الطول الأقصى لـ %1 عددًا صحيحًا من 0 إلى %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decimal places of %1 must be a whole number from 0 to %2.</source>
        <translation>يجب أن يكون عدد المراتب العشرية لـ %1 عددًا صحيحًا من 0 إلى %2.</translation>
    </message>
    <message>
        <location filename="../core/model/FormRules.cpp" line="+98"/>
        <source>Field %1 has a rule that does not fit its type.</source>
        <translation>للحقل %1 قاعدة لا تناسب نوعه.</translation>
    </message>
    <message>
        <location filename="../core/formats/FormJson.cpp" line="+34"/>
        <source>Field %1 refers to the form “%2”, which this book does not have.</source>
        <translation>يشير الحقل %1 إلى النموذج «%2»، وهو غير موجود في هذا الدفتر.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The form file is damaged: %1 (at byte %2).</source>
        <translation>ملف النموذج تالف: %1 (عند البايت %2).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The file is larger than %1 MB, more than any form file; it is not a form.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت، أكبر من أي ملف نموذج؛ إنه ليس نموذجًا.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+9"/>
        <source>This is not a Fieldbook form file.</source>
        <translation>هذا ليس ملف نموذج Fieldbook.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>In field %1, “%2” must be true or false.</source>
        <translation>في الحقل %1، يجب أن تكون قيمة «%2» ‏true أو false.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In field %1, “%2” must be a text.</source>
        <translation>في الحقل %1، يجب أن تكون قيمة «%2» نصًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field %1 cannot have “%2”: that rule is for fields of another type.</source>
        <translation>لا يمكن أن يحمل الحقل %1 القاعدة «%2»: هذه القاعدة لحقول من نوع آخر.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The default of %1 is not a value a field of its type can hold.</source>
        <translation>القيمة الافتراضية للحقل %1 ليست قيمة يمكن أن يحملها حقل من نوعه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum of %1 is not a value a field of its type can hold.</source>
        <translation>الحد الأدنى للحقل %1 ليس قيمة يمكن أن يحملها حقل من نوعه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maximum of %1 is not a value a field of its type can hold.</source>
        <translation>الحد الأقصى للحقل %1 ليس قيمة يمكن أن يحملها حقل من نوعه.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The form file has format version %1; this Fieldbook reads up to %2.</source>
        <translation>إصدار صيغة ملف النموذج هو %1؛ وهذا الإصدار من Fieldbook يقرأ حتى %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form in the file has no name.</source>
        <translation>النموذج الموجود في الملف بلا اسم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form in the file has %1 fields; a form has at most %2.</source>
        <translation>عدد حقول النموذج الموجود في الملف %1؛ والحد الأقصى لعدد حقول النموذج %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The form in the file has no fields.</source>
        <translation>النموذج الموجود في الملف بلا حقول.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/FormSchemaChange.cpp" line="+122"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit.</source>
        <translation>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجل.</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجل.</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجلين.</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجلات.</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجلًا.</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit (%2).</source>
        <translation>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجل (%2).</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجل (%2).</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجلين (%2).</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجلات (%2).</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجلًا (%2).</numerusform>
            <numerusform>لا يمكن تغيير %1 بهذه الطريقة: توجد قيم لا تتوافق مع التغيير في %n سجل (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 cannot be deleted: the form %2 refers to it.</source>
        <translation>لا يمكن حذف %1: النموذج %2 يشير إليه.</translation>
    </message>
    <message>
        <location filename="../core/model/FormRules.cpp" line="-63"/>
        <location line="+101"/>
        <source>%1 has texts in more than %2 languages.</source>
        <translation>لـ %1 نصوص بعدد من اللغات يزيد على %2.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 has a text in the language “%2” that cannot be used (a language code such as “de”, and at most %3 characters).</source>
        <translation>لـ %1 نص باللغة «%2» لا يمكن استخدامه (يجب أن يكون رمز لغة مثل «de» لا يزيد عدد أحرفه على %3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 needs between 1 and %2 choices.</source>
        <translation>يحتاج %1 إلى عدد من الخيارات بين 1 و%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a choice that is empty, longer than %2 characters or holds a character that cannot be stored.</source>
        <translation>لـ %1 خيار فارغ، أو خيار يزيد عدد أحرفه على %2، أو خيار يحتوي على حرف لا يمكن تخزينه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offers the choice “%2” twice.</source>
        <translation>يعرض %1 الخيار «%2» مرتين.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The maximum length of %1 must be 0 to %2.</source>
        <translation>يجب أن يكون الطول الأقصى لـ %1 من 0 إلى %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decimal places of %1 must be 0 to %2.</source>
        <translation>يجب أن يكون عدد المراتب العشرية لـ %1 من 0 إلى %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of %1 is not a valid regular expression of at most %2 characters.</source>
        <translation>نمط %1 ليس تعبيرًا نمطيًا صالحًا لا يزيد عدد أحرفه على %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The minimum of %1 is above its maximum.</source>
        <translation>الحد الأدنى لـ %1 أكبر من حده الأقصى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default of %1 breaks its own rules.</source>
        <translation>القيمة الافتراضية لـ %1 تخالف قواعده نفسها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every field needs a label of at most %1 characters (“%2” cannot be used).</source>
        <translation>يحتاج كل حقل إلى تسمية لا يزيد عدد أحرفها على %1 (لا يمكن استخدام «%2»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The help text of %1 must be at most %2 characters.</source>
        <translation>يجب ألا يزيد عدد أحرف نص المساعدة لـ %1 على %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/FormStore.cpp" line="+197"/>
        <source>%1 refers to a form that does not exist.</source>
        <translation>يشير %1 إلى نموذج غير موجود.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A form needs a name of at most %1 characters.</source>
        <translation>يحتاج النموذج إلى اسم لا يزيد عدد أحرفه على %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form&apos;s language must be a code such as “en”.</source>
        <translation>يجب أن تكون لغة النموذج رمزًا مثل «en».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A form has between 1 and %1 fields.</source>
        <translation>يحتوي النموذج على عدد من الحقول بين 1 و%1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The book already has a form named “%1”; give this one another name.</source>
        <translation>يحتوي الدفتر بالفعل على نموذج باسم «%1»؛ أعطِ هذا النموذج اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../core/link/OfflineJournal.cpp" line="+57"/>
        <source>Unsaved changes could not be kept in “%1”.</source>
        <translation>تعذّر الاحتفاظ بالتغييرات غير المحفوظة في «%1».</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="+15"/>
        <source>This record no longer exists: someone deleted it meanwhile.</source>
        <translation>هذا السجل لم يعد موجودًا: حذفه شخص آخر في هذه الأثناء.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 refers to a record that does not exist (any more).</source>
        <translation>يشير %1 إلى سجل غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Someone else changed this record (now version %1; yours was based on %2).</source>
        <translation>غيّر شخص آخر هذا السجل (الإصدار الحالي %1؛ وكان إصدارك مبنيًا على %2).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="+53"/>
        <source>%1 must be unique: another record already has this value.</source>
        <translation>يجب أن تكون قيمة %1 فريدة: يوجد سجل آخر له هذه القيمة بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record repeats a value that must be unique.</source>
        <translation>يكرر هذا السجل قيمة يجب أن تكون فريدة.</translation>
    </message>
    <message>
        <location filename="../core/model/Validator.cpp" line="+242"/>
        <location filename="../core/storage/SqlErrors.cpp" line="+4"/>
        <source>%1 is required.</source>
        <translation>الحقل %1 مطلوب.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="+5"/>
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
        <location line="+7"/>
        <source>This took too long, so it was stopped.</source>
        <translation>استغرق هذا وقتًا أطول مما ينبغي، فأُوقف.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+53"/>
        <source>The book is busy; trying again.</source>
        <translation>الدفتر مشغول؛ تجري إعادة المحاولة.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The book is read-only.</source>
        <translation>الدفتر للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was saved. Free some space and save again.</source>
        <translation>القرص ممتلئ؛ لم يُحفظ شيء. حرّر بعض المساحة ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book file is damaged: some of its records cannot be read.</source>
        <translation>ملف الدفتر تالف: تتعذّر قراءة بعض سجلاته.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+36"/>
        <source>A value is too large for the book.</source>
        <translation>إحدى القيم أكبر من أن يتسع لها الدفتر.</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+38"/>
        <location filename="../core/storage/StatementClock.cpp" line="+44"/>
        <source>The database reported an error.</source>
        <translation>أبلغت قاعدة البيانات عن خطأ.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresCopy.cpp" line="+62"/>
        <source>The server refused a row of the import: %1</source>
        <translation>رفض الخادم صفًا من الاستيراد: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server gave no ids for the import.</source>
        <translation>لم يُعطِ الخادم معرّفات للاستيراد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s connection is not at hand.</source>
        <translation>الاتصال بالخادم غير متاح.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../core/storage/SqlErrors.cpp" line="-30"/>
        <location line="+45"/>
        <location filename="../core/storage/SqlRun.cpp" line="+12"/>
        <source>The connection to the server was lost.</source>
        <translation>انقطع الاتصال بالخادم.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="-36"/>
        <source>You may read this book but not change it.</source>
        <translation>يمكنك قراءة هذا الدفتر لكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A value is out of the range the book can store.</source>
        <translation>إحدى القيم خارج النطاق الذي يمكن للدفتر تخزينه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s disk is full; nothing was saved.</source>
        <translation>قرص الخادم ممتلئ؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../core/model/Validator.cpp" line="-200"/>
        <source>%1 must be a single line.</source>
        <translation>يجب أن تكون قيمة %1 سطرًا واحدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be at most %2 characters.</source>
        <translation>يجب ألا يزيد عدد أحرف %1 على %2.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 contains a character that cannot be stored.</source>
        <translation>يحتوي %1 على حرف لا يمكن تخزينه.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+93"/>
        <location line="+9"/>
        <source>%1 must be at least %2.</source>
        <translation>يجب ألا تقل قيمة %1 عن %2.</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+94"/>
        <location line="+9"/>
        <source>%1 must be at most %2.</source>
        <translation>يجب ألا تزيد قيمة %1 على %2.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 must be a whole number.</source>
        <translation>يجب أن تكون قيمة %1 عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a number with at most %2 decimal places.</source>
        <translation>يجب أن تكون قيمة %1 عددًا لا تتجاوز مراتبه العشرية %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must have at most %2 digits before the point.</source>
        <translation>يجب ألا يزيد عدد أرقام %1 قبل الفاصلة العشرية على %2.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 does not have the expected form.</source>
        <translation>قيمة %1 ليست بالصيغة المتوقعة.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: «%2» ليس من بين الخيارات.</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+5"/>
        <source>%1 must be yes or no.</source>
        <translation>يجب أن تكون قيمة %1 نعم أو لا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must refer to a record.</source>
        <translation>يجب أن يشير %1 إلى سجل.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form has no field “%1”.</source>
        <translation>لا يحتوي النموذج على حقل باسم «%1».</translation>
    </message>
    <message>
        <location filename="../core/tasks/BookCopier.cpp" line="-192"/>
        <source>%1 already exists. What is saved from a damaged book goes into a new file, never over another.</source>
        <translation>%1 موجود بالفعل. ما يُحفظ من دفتر تالف يذهب إلى ملف جديد، ولا يُكتب أبدًا فوق ملف آخر.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book %1 cannot be changed.</source>
        <translation>لا يمكن تغيير الدفتر %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book %1 already has forms. A book is copied only into an empty book, so that nothing there is mixed or overwritten.</source>
        <translation>يحتوي الدفتر %1 على نماذج بالفعل. لا يُنسخ الدفتر إلا إلى دفتر فارغ، كي لا يختلط فيه شيء أو يُكتب فوقه.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>The salvage was stopped; the new book was removed.</source>
        <translation>أُوقف الإنقاذ؛ أُزيل الدفتر الجديد.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+148"/>
        <source>The book being copied closed.</source>
        <translation>أُغلق الدفتر الجاري نسخه.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The copy was stopped; the target book has only part of the records.</source>
        <translation>أُوقف النسخ؛ لا يحتوي الدفتر الهدف إلا على جزء من السجلات.</translation>
    </message>
    <message>
        <location filename="../core/model/FormTexts.cpp" line="+57"/>
        <source>The choice names of %1 in the language “%2” do not match its choices (names: %3, choices: %4). Give one name for each choice, in the same order.</source>
        <translation>أسماء خيارات %1 باللغة «%2» لا تطابق خياراته (الأسماء: %3، الخيارات: %4). أعطِ اسمًا واحدًا لكل خيار، بالترتيب نفسه.</translation>
    </message>
    <message>
        <location filename="../core/storage/FormStore.cpp" line="-77"/>
        <source>The form “%1” in this book cannot be used: %2</source>
        <translation>لا يمكن استخدام النموذج «%1» في هذا الدفتر: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/SaveRecordCommand.cpp" line="+90"/>
        <source>Not undone: someone else changed %1 since; their values stay.</source>
        <translation>لم يتم التراجع: غيّر شخص آخر %1 منذ ذلك الحين؛ تبقى القيم التي أدخلها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not redone: someone else changed %1 since; their values stay.</source>
        <translation>لم تتم الإعادة: غيّر شخص آخر %1 منذ ذلك الحين؛ تبقى القيم التي أدخلها.</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordController.cpp" line="+322"/>
        <source>someone else changed %1 in this record since; their value stays</source>
        <translation>غيّر شخص آخر %1 في هذا السجل في الأثناء؛ تبقى قيمته</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/StatementClock.cpp" line="+20"/>
        <source>This took longer than %n second(s), so it was stopped; nothing was changed.</source>
        <translation>
            <numerusform>استغرق هذا أكثر من %n ثانية، فأُوقف؛ لم يتغير شيء.</numerusform>
            <numerusform>استغرق هذا أكثر من %n ثانية، فأُوقف؛ لم يتغير شيء.</numerusform>
            <numerusform>استغرق هذا أكثر من %n ثانيتين، فأُوقف؛ لم يتغير شيء.</numerusform>
            <numerusform>استغرق هذا أكثر من %n ثوانٍ، فأُوقف؛ لم يتغير شيء.</numerusform>
            <numerusform>استغرق هذا أكثر من %n ثانية، فأُوقف؛ لم يتغير شيء.</numerusform>
            <numerusform>استغرق هذا أكثر من %n ثانية، فأُوقف؛ لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/tasks/RecordExportTask.cpp" line="+31"/>
        <source>The book closed before the export ended.</source>
        <translation>أُغلق الدفتر قبل أن ينتهي التصدير.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a folder; give the name of a file.</source>
        <translation>‏%1 مجلد؛ أعطِ اسم ملف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no folder %1 to write %2 in.</source>
        <translation>لا يوجد مجلد %1 لكتابة %2 فيه.</translation>
    </message>
    <message>
        <location filename="../core/formats/XlsxExport.cpp" line="+69"/>
        <source>The workbook cannot be written (%1).</source>
        <translation>تتعذّر كتابة المصنف (%1).</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Record %1 holds more text in %2 than a spreadsheet cell can (%3 characters); export it as CSV or JSON.</source>
        <translation>يحوي السجل %1 في %2 نصًا أطول مما تسعه خلية جدول بيانات (%3 حرفًا)؛ صدّره بصيغة CSV أو JSON.</translation>
    </message>
    <message>
        <location filename="../core/formats/RecordExport.cpp" line="+17"/>
        <source>%1 cannot be written (%2).</source>
        <translation>تتعذّر كتابة %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/tasks/RecordExportTask.cpp" line="+37"/>
        <source>The export cannot be written (%1).</source>
        <translation>تتعذّر كتابة التصدير (%1).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The export was stopped.</source>
        <translation>أُوقف التصدير.</translation>
    </message>
    <message>
        <location filename="../core/formats/ImportSource.cpp" line="+112"/>
        <source>A quote opened on line %1 is never closed; nothing after it can be read.</source>
        <translation>علامة اقتباس فُتحت في السطر %1 لا تُغلق أبدًا؛ لا يمكن قراءة شيء بعدها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field starting on line %1 is longer than 1,048,576 characters; a quote may be missing before it.</source>
        <translation>الحقل الذي يبدأ في السطر %1 أطول من 1,048,576 حرفًا؛ ربما تنقص علامة اقتباس قبله.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is not a CSV file: it holds bytes no text has (NUL).</source>
        <translation>هذا ليس ملف CSV: فيه بايتات لا يحملها أي نص (NUL).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fieldbook does not know the encoding “%1”.</source>
        <translation>لا يعرف Fieldbook الترميز «%1».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file cannot be read: %1.</source>
        <translation>لا يمكن قراءة الملف: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is not in the encoding %1: bytes near byte %2 are not text in it. Choose the encoding the file was saved in.</source>
        <translation>الملف ليس بالترميز %1: البايتات قرب البايت %2 ليست نصًا فيه. اختر الترميز الذي حُفظ به الملف.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file holds a NUL character near byte %1: it is not a CSV file, or not in the encoding %2.</source>
        <translation>في الملف حرف NUL قرب البايت %1: ليس ملف CSV، أو ليس بالترميز %2.</translation>
    </message>
    <message>
        <location filename="../core/formats/ValueReading.cpp" line="+151"/>
        <source>Not a whole number.</source>
        <translation>ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A whole number too large to keep.</source>
        <translation>عدد صحيح أكبر من أن يُحفظ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a number.</source>
        <translation>ليس رقمًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More decimal places than the field keeps (%1).</source>
        <translation>منازل عشرية أكثر مما يحفظه الحقل (%1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not a date; dates are read as 2026-01-31 or 01/31/2026.</source>
        <translation>ليس تاريخًا؛ تُقرأ التواريخ بصيغة 2026-01-31 أو 01/31/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date; dates are read as 2026-01-31 or 31.01.2026.</source>
        <translation>ليس تاريخًا؛ تُقرأ التواريخ بصيغة 2026-01-31 أو 31.01.2026.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a time; times are read as 14:30.</source>
        <translation>ليس وقتًا؛ تُقرأ الأوقات بصيغة 14:30.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a date and time; they are read as 2026-01-31 14:30 (local time).</source>
        <translation>ليس تاريخًا ووقتًا؛ يُقرآن بصيغة 2026-01-31 14:30 (الوقت المحلي).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yes or no.</source>
        <translation>ليس نعم ولا لا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not one of the choices: %1.</source>
        <translation>ليس من الخيارات: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not one of the choices: %2.</source>
        <translation>«%1» ليس من الخيارات: %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordImporter.cpp" line="+75"/>
        <source>The form it refers to has no records.</source>
        <translation>النموذج الذي يشير إليه لا سجلات فيه.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Several records are called so; the row cannot say which one it means.</source>
        <translation>عدة سجلات بهذا الاسم؛ لا يمكن للصف أن يحدد أيها يقصد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record called so is in the trash.</source>
        <translation>السجل الذي يحمل هذا الاسم في سلة المهملات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record is called so.</source>
        <translation>لا يوجد سجل بهذا الاسم.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>A record in the trash has this value; restore it or empty the trash first.</source>
        <translation>سجل في سلة المهملات يحمل هذه القيمة؛ استعده أو أفرغ السلة أولًا.</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>The import was stopped; nothing was imported.</source>
        <translation>أُوقف الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../core/tasks/CsvImport.cpp" line="+19"/>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="-29"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>لا يمكن قراءة الملف %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="+59"/>
        <source>The row has more fields than the file has columns (%1).</source>
        <translation>في الصف حقول أكثر من أعمدة الملف (%1).</translation>
    </message>
    <message>
        <location filename="../core/storage/BookBackup.cpp" line="+60"/>
        <source>The backup was cancelled; nothing was changed.</source>
        <translation>أُلغيت العملية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk that holds “%1” is full; the copy was not made. The book is unchanged.</source>
        <translation>القرص الذي يحوي «%1» ممتلئ؛ لم تُنشأ النسخة. الدفتر لم يتغير.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be written (permission, or no such folder); the copy was not made.</source>
        <translation>لا يمكن الكتابة في «%1» (صلاحيات، أو لا يوجد مجلد كهذا)؛ لم تُنشأ النسخة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program kept “%1” locked for 30 seconds; nothing was copied. Try again when it is done.</source>
        <translation>أبقى برنامج آخر «%1» مقفلاً مدة 30 ثانية؛ لم يُنسخ شيء. أعد المحاولة عندما ينتهي.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy to “%1” failed; the book is unchanged.</source>
        <translation>فشل النسخ إلى «%1»؛ الدفتر لم يتغير.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only a book in a file is backed up this way.</source>
        <translation>لا يُنسخ احتياطيًا بهذه الطريقة إلا دفتر في ملف.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is the book itself; a copy goes into another file.</source>
        <translation>«%1» هو الدفتر نفسه؛ تذهب النسخة إلى ملف آخر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” exists already; a copy never goes over another file.</source>
        <translation>«%1» موجود بالفعل؛ لا تُكتب نسخة فوق ملف آخر أبدًا.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The backup folder “%1” cannot be made; no backup was made.</source>
        <translation>لا يمكن إنشاء مجلد النسخ الاحتياطية «%1»؛ لم تُنشأ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” cannot be read as a book; nothing was changed.</source>
        <translation>لا يمكن قراءة «%1» كدفتر؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup “%1” is damaged; nothing was changed.</source>
        <translation>النسخة الاحتياطية «%1» تالفة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” cannot be restored: %2 Nothing was changed.</source>
        <translation>لا يمكن استعادة «%1»: %2 لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a book in a file is restored this way.</source>
        <translation>لا يُستعاد بهذه الطريقة إلا دفتر في ملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup at “%1”; nothing was changed.</source>
        <translation>لا توجد نسخة احتياطية في «%1»؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is the book itself; nothing was changed.</source>
        <translation>«%1» هو الدفتر نفسه؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../core/storage/BookCheck.cpp" line="+34"/>
        <source>The check was cancelled before its end.</source>
        <translation>أُلغي الفحص قبل نهايته.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A part of the book file is damaged (%1). Save what can be read into a new book: Save What Can Be Read… on the window&apos;s banner, or fieldbook salvage.</source>
        <translation>جزء من ملف الدفتر تالف (%1). احفظ ما يمكن قراءته في دفتر جديد: «حفظ ما يمكن قراءته…» في شريط النافذة، أو fieldbook salvage.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>An index does not match the records it sorts, so lists and searches may miss some; a repair rebuilds it.</source>
        <translation>فهرس لا يطابق السجلات التي يرتبها، فقد تُغفل القوائم وعمليات البحث بعضها؛ الإصلاح يعيد بناءه.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The book&apos;s own record of its forms and fields does not hold together (another program changed it).</source>
        <translation>سجل الدفتر الخاص بنماذجه وحقوله غير متماسك (غيّره برنامج آخر).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It refers to a record of “%1” that is not there.</source>
        <translation>يشير إلى سجل من «%1» غير موجود.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The form&apos;s table “%1” is missing: its records cannot be read.</source>
        <translation>جدول النموذج «%1» مفقود: لا يمكن قراءة سجلاته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The form&apos;s table lacks the column “%1” that every form&apos;s table has.</source>
        <translation>ينقص جدولَ النموذج العمودُ «%1» الموجود في جدول كل نموذج.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form&apos;s table has no column for this field (“%1”): its values cannot be read.</source>
        <translation>ليس في جدول النموذج عمود لهذا الحقل («%1»): لا يمكن قراءة قيمه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form&apos;s table has a column “%1” that no field of the form uses (another program added it).</source>
        <translation>في جدول النموذج عمود «%1» لا يستخدمه أي حقل من النموذج (أضافه برنامج آخر).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An index is missing, so lists sorted this way are slow; a repair makes it again.</source>
        <translation>فهرس مفقود، لذا تبطؤ القوائم المرتبة بهذه الطريقة؛ الإصلاح ينشئه من جديد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An index is not made as the form says (another program changed it); a repair makes it again.</source>
        <translation>فهرس ليس مبنيًا كما يقول النموذج (غيّره برنامج آخر)؛ الإصلاح ينشئه من جديد.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The stored value “%1” is not a value of this field&apos;s type.</source>
        <translation>القيمة المخزنة «%1» ليست من نوع هذا الحقل.</translation>
    </message>
</context>
<context>
    <name>fb::DesignFieldsModel</name>
    <message>
        <location filename="../ui/designer/DesignFieldsModel.cpp" line="+91"/>
        <source>%1 — %2</source>
        <comment>field label — type</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fb::DisplayText</name>
    <message>
        <location filename="../ui/editors/DisplayText.cpp" line="+47"/>
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
    <name>fb::EmptyBookPanel</name>
    <message>
        <location filename="../ui/window/EmptyBookPanel.cpp" line="+74"/>
        <source>No book is open</source>
        <translation>لا يوجد دفتر مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A book holds your forms and their records. Open a book, or create a new one to start; File → Recent Books lists the books used lately.</source>
        <translation>يحتوي الدفتر على نماذجك وسجلاتها. افتح دفترًا، أو أنشئ دفترًا جديدًا لتبدأ؛ وتعرض قائمة ملف ← الدفاتر الحديثة الدفاتر المستخدمة مؤخرًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book has no forms yet</source>
        <translation>لا يحتوي هذا الدفتر على نماذج بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A form says which fields each record has. Create one to start entering records, or open another book that has some.</source>
        <translation>يحدّد النموذج الحقول التي يحتوي عليها كل سجل. أنشئ نموذجًا لتبدأ بإدخال السجلات، أو افتح دفترًا آخر يحتوي على نماذج.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Form…</source>
        <translation>نموذج &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>&amp;دفتر جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Book…</source>
        <translation>&amp;فتح دفتر…</translation>
    </message>
</context>
<context>
    <name>fb::ExistingBook</name>
    <message>
        <location filename="../app/ExistingBook.cpp" line="+48"/>
        <source>No backup could be made before the change: %1</source>
        <translation>تعذّر إنشاء نسخة احتياطية قبل التغيير: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: there is no book file here.</source>
        <translation>%1: لا يوجد ملف دفتر هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no forms.</source>
        <translation>لا نماذج في %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no form “%2”; it has: %3.</source>
        <translation>لا يوجد في %1 نموذج «%2»؛ فيه: %3.</translation>
    </message>
</context>
<context>
    <name>fb::ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="+64"/>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1: %2 لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Nothing was written.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The standard output cannot be written: %1</source>
        <translation>تتعذّرت الكتابة في المخرج القياسي: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي سجل (%Ln) في %1.</numerusform>
            <numerusform>كُتب سجل واحد (%Ln) في %1.</numerusform>
            <numerusform>كُتب سجلان (%Ln) في %1.</numerusform>
            <numerusform>كُتبت %Ln سجلات في %1.</numerusform>
            <numerusform>كُتب %Ln سجلًا في %1.</numerusform>
            <numerusform>كُتب %Ln سجل في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExportDialog</name>
    <message>
        <location filename="../ui/exchange/ExportDialog.cpp" line="+108"/>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV for a spreadsheet (Excel, %1)</source>
        <extracomment>%1 is the interface language&apos;s name, e.g. &quot;English&quot;.</extracomment>
        <translation>CSV لجدول بيانات (Excel، %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX), typed cells</source>
        <translation>مصنف Excel ‏(XLSX)، خلايا بأنواعها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for other programs (RFC 4180)</source>
        <translation>CSV لبرامج أخرى (RFC 4180)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, with the form’s definition</source>
        <translation>JSON، مع تعريف النموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>السجلات:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %Ln record(s) the table &amp;shows, in its order</source>
        <translation>
            <numerusform>لا سجلات &amp;يعرضها الجدول (%Ln)</numerusform>
            <numerusform>السجل الذي &amp;يعرضه الجدول (%Ln)</numerusform>
            <numerusform>السجلان اللذان &amp;يعرضهما الجدول (%Ln)</numerusform>
            <numerusform>السجلات الـ%Ln التي &amp;يعرضها الجدول، بترتيبه</numerusform>
            <numerusform>السجلات الـ%Ln التي &amp;يعرضها الجدول، بترتيبه</numerusform>
            <numerusform>السجلات الـ%Ln التي &amp;يعرضها الجدول، بترتيبه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All records of the form, without the search and filter</source>
        <translation>&amp;كل سجلات النموذج، دون البحث والتصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>ا&amp;لملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>استعرا&amp;ض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel ‏(*.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a folder. Give the name of a file to write, in that folder or another.</source>
        <translation>‏%1 مجلد. أعطِ اسم ملف يُكتب، في هذا المجلد أو في غيره.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file’s name ends in .%1, but the format chosen writes .%2 files; another program would take it for the wrong kind.</source>
        <translation>ينتهي اسم الملف بـ ‎.%1، لكن الصيغة المختارة تكتب ملفات ‎.%2؛ وسيحسبه برنامج آخر من نوع غير نوعه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name It .%1</source>
        <translation>&amp;سمِّه ‎.%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 exists. Replace it with the export?</source>
        <translation>‏%1 موجود. أتستبدل به التصدير؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
</context>
<context>
    <name>fb::ExportFlow</name>
    <message>
        <location filename="../ui/exchange/ExportFlow.cpp" line="+125"/>
        <source>Exporting %1 to %2…</source>
        <translation>جارٍ تصدير %1 إلى %2…</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>%Ln record(s) exported to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي سجل (%Ln) إلى %1.</numerusform>
            <numerusform>صُدِّر سجل واحد (%Ln) إلى %1.</numerusform>
            <numerusform>صُدِّر سجلان (%Ln) إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln سجلات إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln سجلًا إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln سجل إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was stopped; %1 is as it was.</source>
        <translation>أُوقف التصدير؛ بقي %1 كما كان.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported. %1</source>
        <translation>لم يُصدَّر شيء. %1</translation>
    </message>
</context>
<context>
    <name>fb::FieldPropertiesEditor</name>
    <message>
        <location filename="../ui/designer/FieldPropertiesEditor.cpp" line="+109"/>
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
        <location line="+7"/>
        <source>&amp;Label:</source>
        <translation>ا&amp;لتسمية:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;quired:</source>
        <translation>&amp;إلزامي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum len&amp;gth:</source>
        <translation>الطول الأ&amp;قصى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;ttern:</source>
        <translation>&amp;شكل النص:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique:</source>
        <translation>فريد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum:</source>
        <translation>&amp;أدنى قيمة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum:</source>
        <translation>الحد الأ&amp;قصى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decimal &amp;places:</source>
        <translation>&amp;خانات عشرية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help:</source>
        <translation>نص المساعد&amp;ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ch&amp;oices:</source>
        <translation>الخيا&amp;رات:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lin&amp;ks to:</source>
        <translation>&amp;مرتبط بـ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default:</source>
        <translation>القيمة الا&amp;فتراضية:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A value must be given</source>
        <translation>يجب إدخال قيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two records may have the same value</source>
        <translation>لا يجوز أن يشترك سجلان في القيمة نفسها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
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
        <location line="+28"/>
        <source>One choice per line</source>
        <translation>خيار واحد في كل سطر</translation>
    </message>
</context>
<context>
    <name>fb::FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="+20"/>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
</context>
<context>
    <name>fb::FilterBar</name>
    <message>
        <location filename="../ui/records/FilterBar.cpp" line="+41"/>
        <source>Fil&amp;ter:</source>
        <translation>&amp;تصفية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match all</source>
        <comment>filter conditions</comment>
        <translation>كل الشروط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any</source>
        <comment>filter conditions</comment>
        <translation>أيًّا من الشروط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that meet</source>
        <translation>السجلات التي تستوفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that meet all of the conditions, or any one of them</source>
        <translation>السجلات التي تستوفي كل الشروط، أو أيًّا منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add Co&amp;ndition</source>
        <translation>+ إضافة &amp;شرط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another condition</source>
        <translation>إضافة شرط آخر</translation>
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
    <name>fb::FilterConditionRow</name>
    <message>
        <location filename="../ui/records/FilterConditionRow.cpp" line="+21"/>
        <source>contains</source>
        <comment>filter condition</comment>
        <translation>يحتوي على</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is</source>
        <comment>filter condition</comment>
        <translation>يساوي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at least</source>
        <comment>filter condition</comment>
        <translation>لا يقل عن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at most</source>
        <comment>filter condition</comment>
        <translation>لا يزيد على</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <comment>filter condition</comment>
        <translation>فارغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty</source>
        <comment>filter condition</comment>
        <translation>غير فارغ</translation>
    </message>
    <message>
        <location line="+60"/>
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
        <location line="+6"/>
        <source>Remove this condition</source>
        <translation>إزالة هذا الشرط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>إزالة الشرط</translation>
    </message>
</context>
<context>
    <name>fb::FormDesignerDialog</name>
    <message>
        <location filename="../ui/designer/FormDesignerDialog.cpp" line="+240"/>
        <source>New Form</source>
        <translation>نموذج جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design Form — %1</source>
        <translation>تصميم النموذج — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;exts in:</source>
        <translation>النصو&amp;ص بلغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the name, labels, help and choices shown below. Texts not given in a language show the default ones.</source>
        <translation>لغة الاسم والتسميات ونصوص المساعدة والخيارات المعروضة أدناه. النصوص غير المتوفرة بلغةٍ ما تُعرض بنصوصها الافتراضية.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
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
        <translation>&amp;نقل لأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>استيرا&amp;د…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="-58"/>
        <location line="+59"/>
        <source>&amp;Create Form</source>
        <translation>إنشا&amp;ء النموذج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form files make new forms: use Form → New Form…</source>
        <translation>ملفات النماذج تُنشئ نماذج جديدة: استخدم نموذج ← نموذج جديد…</translation>
    </message>
    <message>
        <location line="+82"/>
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
        <location line="-96"/>
        <source>Records are named &amp;by:</source>
        <translation>تسمية السجلات &amp;حسب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fields:</source>
        <comment>the fields of the form being designed</comment>
        <translation>حقول النمو&amp;ذج:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expo&amp;rt…</source>
        <translation>تصد&amp;ير…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Apply &amp;Changes</source>
        <translation>تطبيق التغييرا&amp;ت</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Form not created</source>
        <translation>لم يُنشأ النموذج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes not applied</source>
        <translation>لم تُطبَّق التغييرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new form is not created yet.</source>
        <translation>لم يُنشأ النموذج الجديد بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to the form “%1” are not applied yet.</source>
        <translation>لم تُطبَّق التغييرات على النموذج «%1» بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create it before closing?</source>
        <translation>أتريد إنشاءه قبل الإغلاق؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply them before closing?</source>
        <translation>أتريد تطبيقها قبل الإغلاق؟</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Field %1</source>
        <extracomment>Label of a newly added field; %1 is its number.</extracomment>
        <translation>الحقل %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The form needs a name.</source>
        <translation>يحتاج النموذج إلى اسم.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+8"/>
        <source>The form was created.</source>
        <translation>أُنشئ النموذج.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The changes were applied.</source>
        <translation>طُبِّقت التغييرات.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../ui/designer/FormFiles.cpp" line="+18"/>
        <source>Form files (*.json);;All files (*)</source>
        <translation>ملفات النماذج (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Form</source>
        <translation>استيراد نموذج</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Form</source>
        <translation>تصدير النموذج</translation>
    </message>
</context>
<context>
    <name>fb::FormGuess</name>
    <message>
        <location filename="../core/formats/FormGuess.cpp" line="+75"/>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
</context>
<context>
    <name>fb::FormImport</name>
    <message>
        <location filename="../app/FormImport.cpp" line="+34"/>
        <source>The book %1 is damaged; it was left untouched and the form was not brought in.</source>
        <translation>الدفتر %1 تالف؛ تُرك دون تغيير ولم يُستورد النموذج.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book %1 is read-only; the form was not brought in.</source>
        <translation>الدفتر %1 للقراءة فقط؛ لم يُستورد النموذج.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The form “%1” is in %2 (table %3).</source>
        <translation>النموذج «%1» موجود في %2 (الجدول %3).</translation>
    </message>
</context>
<context>
    <name>fb::FormListPanel</name>
    <message>
        <location filename="../ui/window/FormListPanel.cpp" line="+38"/>
        <source>For&amp;ms</source>
        <translation>النما&amp;ذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location filename="../core/model/FormTemplates.cpp" line="+33"/>
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
    <name>fb::HandbookDialog</name>
    <message>
        <location filename="../ui/window/HandbookDialog.cpp" line="+30"/>
        <source>Fieldbook Handbook</source>
        <translation>دليل Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handbook</source>
        <translation>الدليل</translation>
    </message>
</context>
<context>
    <name>fb::ImportCommand</name>
    <message>
        <location filename="../app/ImportCommand.cpp" line="+73"/>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, %2</source>
        <translation>السطر %1، %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+65"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1: “%2”: %3</source>
        <translation>%1: «%2»: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %Ln more row(s) with problems.</source>
        <translation>
            <numerusform>%Ln صف أخرى فيها مشكلات.</numerusform>
            <numerusform>%Ln صف أخرى فيها مشكلات.</numerusform>
            <numerusform>%Ln صفان أخرى فيها مشكلات.</numerusform>
            <numerusform>%Ln صفوف أخرى فيها مشكلات.</numerusform>
            <numerusform>%Ln صفًا أخرى فيها مشكلات.</numerusform>
            <numerusform>%Ln صف أخرى فيها مشكلات.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: no column is named after a field of “%2” (its fields: %3). Use the field names as the header, or --no-header for columns in the form&apos;s order.</source>
        <translation>%1: لا يحمل أي عمود اسم حقل من «%2» (حقوله: %3). استعمل أسماء الحقول في صف العناوين، أو ‎--no-header لأعمدة بترتيب النموذج.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Columns left out (no field has their name): %1</source>
        <translation>أعمدة متروكة (لا يحمل أي حقل اسمها): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rows read (%2%)</source>
        <translation>قُرئ %1 صفًا (%2٪)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: there are no rows to import (after %Ln line(s) left out).</source>
        <translation>
            <numerusform>%1: لا صفوف للاستيراد (بعد تخطي %Ln سطر).</numerusform>
            <numerusform>%1: لا صفوف للاستيراد (بعد تخطي %Ln سطر).</numerusform>
            <numerusform>%1: لا صفوف للاستيراد (بعد تخطي %Ln سطران).</numerusform>
            <numerusform>%1: لا صفوف للاستيراد (بعد تخطي %Ln أسطر).</numerusform>
            <numerusform>%1: لا صفوف للاستيراد (بعد تخطي %Ln سطرًا).</numerusform>
            <numerusform>%1: لا صفوف للاستيراد (بعد تخطي %Ln سطر).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln row(s) ready</source>
        <translation>
            <numerusform>%Ln صف جاهز</numerusform>
            <numerusform>%Ln صف جاهز</numerusform>
            <numerusform>%Ln صفان جاهز</numerusform>
            <numerusform>%Ln صفوف جاهز</numerusform>
            <numerusform>%Ln صفًا جاهز</numerusform>
            <numerusform>%Ln صف جاهز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln صف فيه مشكلات</numerusform>
            <numerusform>%Ln صف فيه مشكلات</numerusform>
            <numerusform>%Ln صفان فيه مشكلات</numerusform>
            <numerusform>%Ln صفوف فيه مشكلات</numerusform>
            <numerusform>%Ln صفًا فيه مشكلات</numerusform>
            <numerusform>%Ln صف فيه مشكلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) to leave out as already there</source>
        <translation>
            <numerusform>%Ln صف يُترك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صف يُترك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صفان يُترك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صفوف يُترك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صفًا يُترك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صف يُترك لوجوده بالفعل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed (a dry run).</source>
        <translation>لم يتغير شيء (تشغيل تجريبي).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) with problems; nothing was imported (use --good-rows to import the others).</source>
        <translation>
            <numerusform>%Ln صف فيه مشكلات؛ لم يُستورد شيء (استعمل ‎--good-rows لاستيراد الباقي).</numerusform>
            <numerusform>%Ln صف فيه مشكلات؛ لم يُستورد شيء (استعمل ‎--good-rows لاستيراد الباقي).</numerusform>
            <numerusform>%Ln صفان فيه مشكلات؛ لم يُستورد شيء (استعمل ‎--good-rows لاستيراد الباقي).</numerusform>
            <numerusform>%Ln صفوف فيه مشكلات؛ لم يُستورد شيء (استعمل ‎--good-rows لاستيراد الباقي).</numerusform>
            <numerusform>%Ln صفًا فيه مشكلات؛ لم يُستورد شيء (استعمل ‎--good-rows لاستيراد الباقي).</numerusform>
            <numerusform>%Ln صف فيه مشكلات؛ لم يُستورد شيء (استعمل ‎--good-rows لاستيراد الباقي).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln record(s) imported into “%1”</source>
        <translation>
            <numerusform>%Ln سجل مستورد إلى «%1»</numerusform>
            <numerusform>%Ln سجل مستورد إلى «%1»</numerusform>
            <numerusform>%Ln سجلان مستورد إلى «%1»</numerusform>
            <numerusform>%Ln سجلات مستورد إلى «%1»</numerusform>
            <numerusform>%Ln سجلًا مستورد إلى «%1»</numerusform>
            <numerusform>%Ln سجل مستورد إلى «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln سجل محدَّث</numerusform>
            <numerusform>%Ln سجل محدَّث</numerusform>
            <numerusform>%Ln سجلان محدَّث</numerusform>
            <numerusform>%Ln سجلات محدَّث</numerusform>
            <numerusform>%Ln سجلًا محدَّث</numerusform>
            <numerusform>%Ln سجل محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln left out as already there</source>
        <translation>
            <numerusform>%Ln صف متروك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صف متروك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صفان متروك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صفوف متروك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صفًا متروك لوجوده بالفعل</numerusform>
            <numerusform>%Ln صف متروك لوجوده بالفعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln صف فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صف فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صفان فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صفوف فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صفًا فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صف فيه مشكلات متروك</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message>
        <location filename="../ui/exchange/ImportDialog.cpp" line="+256"/>
        <source>Import into %1</source>
        <translation>استيراد إلى %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncoding:</source>
        <translation>ا&amp;لترميز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16، ترتيب صغير أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16، ترتيب كبير أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European (Windows-1252)</source>
        <translation>أوروبي غربي (Windows-1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western European (ISO 8859-15)</source>
        <translation>أوروبي غربي (ISO 8859-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (Windows-1250)</source>
        <translation>أوروبي أوسط (Windows-1250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>سيريلي (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic (Windows-1256)</source>
        <translation>عربي (Windows-1256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS Western European (code page 850)</source>
        <translation>DOS أوروبي غربي (صفحة الرموز 850)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese (Shift JIS)</source>
        <translation>ياباني (Shift JIS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (GB 18030)</source>
        <translation>صيني (GB 18030)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Separator:</source>
        <translation>الفا&amp;صل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>فاصلة (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>فاصلة منقوطة (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar (|)</source>
        <translation>خط عمودي (|)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote:</source>
        <translation>&amp;نوع الاقتباس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double quote (&quot;)</source>
        <translation>علامة اقتباس مزدوجة (&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single quote (&apos;)</source>
        <translation>علامة اقتباس مفردة (&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: quotes are text</source>
        <translation>لا شيء: علامات الاقتباس نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row &amp;holds the column names</source>
        <translation>الصف الأول &amp;يحمل أسماء الأعمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;lines at the start:</source>
        <translation>&amp;عدد الأسطر المتخطّاة في البداية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umbers:</source>
        <translation>الأر&amp;قام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1,234.5 (decimal point)</source>
        <translation>1,234.5 (نقطة عشرية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.234,5 (decimal comma)</source>
        <translation>1.234,5 (فاصلة عشرية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 234,5 (decimal comma, spaces between groups)</source>
        <translation>1 234,5 (فاصلة عشرية، مسافات بين المجموعات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>التوا&amp;ريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31.01.2026 (day first)</source>
        <translation>31.01.2026 (اليوم أولًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>01/31/2026 (month first)</source>
        <translation>01/31/2026 (الشهر أولًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-01-31 only (year first)</source>
        <translation>2026-01-31 فقط (السنة أولًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colu&amp;mns and the fields they fill:</source>
        <translation>الأعمدة &amp;والحقول التي تملؤها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with problems:</source>
        <translation>الصفوف ذات المشكلات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All rows or none: import nothing unless every row is good</source>
        <translation>&amp;كل الصفوف أو لا شيء: لا يُستورد شيء ما لم يكن كل صف سليمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the &amp;good rows: leave out the rows with problems</source>
        <translation>&amp;فقط الصفوف السليمة: اترك الصفوف ذات المشكلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value a record has &amp;there:</source>
        <translation>قيمة &amp;موجودة في سجل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row whose value in a unique field a record already has</source>
        <translation>صف يحمل سجلٌّ بالفعل قيمته في حقل فريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a problem of its row</source>
        <translation>مشكلة في صفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaves the row out</source>
        <translation>يُترك الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates that record with the row</source>
        <translation>يُحدَّث ذلك السجل بالصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;Rejected Rows…</source>
        <translation>ا&amp;حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k</source>
        <translation>&amp;تحقّق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every row as the import would, and change nothing</source>
        <translation>اقرأ كل صف كما يفعل الاستيراد، دون تغيير أي شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>استيرا&amp;د</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ملفات CSV ‏(*.csv *.tsv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the CSV file to import.</source>
        <translation>اختر ملف CSV المراد استيراده.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows line ends (CR LF)</source>
        <translation>نهايات أسطر ويندوز (CR LF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old Mac line ends (CR)</source>
        <translation>نهايات أسطر ماك القديم (CR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix line ends (LF)</source>
        <translation>نهايات أسطر يونكس (LF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1, %2, %3.</source>
        <translation>يُقرأ بـ %1، %2، %3.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(left out)</source>
        <translation>(متروك)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No column fills these required fields, so every row will be refused: %1</source>
        <translation>لا يملأ أي عمود هذه الحقول المطلوبة، فسيُرفض كل صف: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The check was stopped; nothing was changed.</source>
        <translation>أُوقف الفحص؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) ready to import</source>
        <translation>
            <numerusform>%Ln صف جاهز للاستيراد</numerusform>
            <numerusform>%Ln صف جاهز للاستيراد</numerusform>
            <numerusform>%Ln صفان جاهز للاستيراد</numerusform>
            <numerusform>%Ln صفوف جاهز للاستيراد</numerusform>
            <numerusform>%Ln صفًا جاهز للاستيراد</numerusform>
            <numerusform>%Ln صف جاهز للاستيراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln صف فيه مشكلات</numerusform>
            <numerusform>%Ln صف فيه مشكلات</numerusform>
            <numerusform>%Ln صفان فيه مشكلات</numerusform>
            <numerusform>%Ln صفوف فيه مشكلات</numerusform>
            <numerusform>%Ln صفًا فيه مشكلات</numerusform>
            <numerusform>%Ln صف فيه مشكلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of them update(s) a record already in the book</source>
        <translation>
            <numerusform>%Ln صف منها يحدّث سجلًا في الدفتر</numerusform>
            <numerusform>%Ln صف منها يحدّث سجلًا في الدفتر</numerusform>
            <numerusform>%Ln صفان منها يحدّث سجلًا في الدفتر</numerusform>
            <numerusform>%Ln صفوف منها يحدّث سجلًا في الدفتر</numerusform>
            <numerusform>%Ln صفًا منها يحدّث سجلًا في الدفتر</numerusform>
            <numerusform>%Ln صف منها يحدّث سجلًا في الدفتر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) left out as already in the book</source>
        <translation>
            <numerusform>%Ln صف متروك لوجوده في الدفتر</numerusform>
            <numerusform>%Ln صف متروك لوجوده في الدفتر</numerusform>
            <numerusform>%Ln صفان متروك لوجوده في الدفتر</numerusform>
            <numerusform>%Ln صفوف متروك لوجوده في الدفتر</numerusform>
            <numerusform>%Ln صفًا متروك لوجوده في الدفتر</numerusform>
            <numerusform>%Ln صف متروك لوجوده في الدفتر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import brings in nothing unless every row is good, or only the good rows if you choose so above.</source>
        <translation>لا يُدخل الاستيراد شيئًا ما لم يكن كل صف سليمًا، أو يُدخل الصفوف السليمة فقط إن اخترت ذلك أعلاه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: every row has a problem.</source>
        <translation>لم يُستورد شيء: في كل صف مشكلة.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was imported: %Ln row(s) have problems. Fix the file, or choose “Only the good rows” to import the others.</source>
        <translation>
            <numerusform>%Ln صف فيه مشكلات، فلم يُستورد شيء. صحّح الملف، أو اختر «فقط الصفوف السليمة» لاستيراد الباقي.</numerusform>
            <numerusform>%Ln صف فيه مشكلات، فلم يُستورد شيء. صحّح الملف، أو اختر «فقط الصفوف السليمة» لاستيراد الباقي.</numerusform>
            <numerusform>%Ln صفان فيه مشكلات، فلم يُستورد شيء. صحّح الملف، أو اختر «فقط الصفوف السليمة» لاستيراد الباقي.</numerusform>
            <numerusform>%Ln صفوف فيه مشكلات، فلم يُستورد شيء. صحّح الملف، أو اختر «فقط الصفوف السليمة» لاستيراد الباقي.</numerusform>
            <numerusform>%Ln صفًا فيه مشكلات، فلم يُستورد شيء. صحّح الملف، أو اختر «فقط الصفوف السليمة» لاستيراد الباقي.</numerusform>
            <numerusform>%Ln صف فيه مشكلات، فلم يُستورد شيء. صحّح الملف، أو اختر «فقط الصفوف السليمة» لاستيراد الباقي.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Save Rejected Rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 - rejected rows.csv</source>
        <extracomment>%1 is the imported file&apos;s name without its ending.</extracomment>
        <translation>%1 - الصفوف المرفوضة.csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rejected rows could not be saved to %1.</source>
        <translation>تعذّر حفظ الصفوف المرفوضة في %1.</translation>
    </message>
</context>
<context>
    <name>fb::ImportFlow</name>
    <message>
        <location filename="../ui/exchange/ImportFlow.cpp" line="+104"/>
        <source>Nothing was imported. %1</source>
        <translation>لم يُستورد شيء. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) imported into %1</source>
        <translation>
            <numerusform>%Ln سجل مستورد إلى %1</numerusform>
            <numerusform>%Ln سجل مستورد إلى %1</numerusform>
            <numerusform>%Ln سجلان مستورد إلى %1</numerusform>
            <numerusform>%Ln سجلات مستورد إلى %1</numerusform>
            <numerusform>%Ln سجلًا مستورد إلى %1</numerusform>
            <numerusform>%Ln سجل مستورد إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) updated</source>
        <translation>
            <numerusform>%Ln سجل محدَّث</numerusform>
            <numerusform>%Ln سجل محدَّث</numerusform>
            <numerusform>%Ln سجلان محدَّث</numerusform>
            <numerusform>%Ln سجلات محدَّث</numerusform>
            <numerusform>%Ln سجلًا محدَّث</numerusform>
            <numerusform>%Ln سجل محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln صف فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صف فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صفان فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صفوف فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صفًا فيه مشكلات متروك</numerusform>
            <numerusform>%Ln صف فيه مشكلات متروك</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking %1 for %2…</source>
        <translation>جارٍ فحص %1 لـ %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 into %2…</source>
        <translation>جارٍ استيراد %1 إلى %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rows, %2 a second</source>
        <translation>%1 صفًا، %2 في الثانية</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>بقي نحو %Ln دقيقة</numerusform>
            <numerusform>بقي نحو %Ln دقيقة</numerusform>
            <numerusform>بقي نحو %Ln دقيقتين</numerusform>
            <numerusform>بقي نحو %Ln دقائق</numerusform>
            <numerusform>بقي نحو %Ln دقيقة</numerusform>
            <numerusform>بقي نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>بقي نحو %Ln ثانية</numerusform>
            <numerusform>بقي نحو %Ln ثانية</numerusform>
            <numerusform>بقي نحو %Ln ثانيتين</numerusform>
            <numerusform>بقي نحو %Ln ثوانٍ</numerusform>
            <numerusform>بقي نحو %Ln ثانية</numerusform>
            <numerusform>بقي نحو %Ln ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportUndoCommand</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportUndoCommand.cpp" line="+14"/>
        <source>Import of %Ln record(s)</source>
        <translation>
            <numerusform>استيراد %Ln سجل</numerusform>
            <numerusform>استيراد %Ln سجل</numerusform>
            <numerusform>استيراد %Ln سجلين</numerusform>
            <numerusform>استيراد %Ln سجلات</numerusform>
            <numerusform>استيراد %Ln سجلًا</numerusform>
            <numerusform>استيراد %Ln سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::MainActions</name>
    <message>
        <location filename="../ui/window/MainActions.cpp" line="+175"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>تحر&amp;ير</translation>
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
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main tool bar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Books</source>
        <translation>الدفاتر ا&amp;لحديثة</translation>
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
        <source>C&amp;lose Book</source>
        <translation>إ&amp;غلاق الدفتر</translation>
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
        <source>&amp;Back Up Now</source>
        <translation>&amp;احفظ نسخة احتياطية الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a copy of the book in its backup folder</source>
        <translation>ضع نسخة من الدفتر في مجلد نسخه الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from Bac&amp;kup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck Book…</source>
        <translation>&amp;راجع سلامة الدفتر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for damage and for values that break their fields&apos; rules</source>
        <translation>البحث عن أعطال وعن قيم تخالف قواعد حقولها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>تر&amp;اجع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>تر&amp;اجع عن %1</translation>
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
        <translation>&amp;تفضيلات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Form…</source>
        <translation>نموذج &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Form from &amp;CSV File…</source>
        <translation>&amp;نموذج من ملف CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a form with a field for each column of a CSV file, then import its rows</source>
        <translation>أنشئ نموذجًا فيه حقل لكل عمود من ملف CSV، ثم استورد صفوفه</translation>
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
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record (%1)</source>
        <translation>حفظ السجل (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>ا&amp;سترجاع</translation>
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
        <translation>حذ&amp;ف</translation>
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
        <translation>السا&amp;بق</translation>
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
        <translation>سلة &amp;المهملات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>استيرا&amp;د…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read records from a CSV file into the form</source>
        <translation>اقرأ سجلات من ملف CSV إلى النموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the records to a CSV or JSON file</source>
        <translation>اكتب السجلات في ملف CSV أو JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table and Form</source>
        <translation>&amp;الجدول والنموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &amp;Only</source>
        <translation>الجدول &amp;فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form Only</source>
        <translation>ا&amp;لنموذج فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handbook</source>
        <translation>الد&amp;ليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
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
        <location filename="../ui/window/MainWindow.cpp" line="+190"/>
        <source>About Fieldbook</source>
        <translation>حول Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Fill forms into a database without waiting for it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;املأ النماذج في قاعدة بيانات دون انتظارها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Closing %1: saving what is still waiting…</source>
        <translation>جارٍ إغلاق %1: جارٍ حفظ ما لا يزال معلّقًا…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No backup could be made before the change: %1</source>
        <translation>تعذّر إنشاء نسخة احتياطية قبل التغيير: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Save What Can Be Re&amp;ad…</source>
        <translation>حفظ ما يمكن &amp;قراءته…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book could not be opened: %1</source>
        <translation>تعذّر فتح الدفتر: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book file is damaged, so it is open read-only and nothing can be saved in it. A list may stop where the damage begins; “Save What Can Be Read…” copies every record that can still be read into a new book.</source>
        <translation>ملف هذا الدفتر تالف، لذا فُتح للقراءة فقط ولا يمكن حفظ شيء فيه. قد تتوقف القائمة حيث يبدأ التلف؛ «حفظ ما يمكن قراءته…» ينسخ كل سجل ما زال مقروءًا إلى دفتر جديد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read only: you may look but not change records on this server.</source>
        <translation>للقراءة فقط: يمكنك الاطلاع على السجلات على هذا الخادم لكن لا يمكنك تغييرها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: you may look but not change records in this book.</source>
        <translation>للقراءة فقط: يمكنك الاطلاع على السجلات في هذا الدفتر لكن لا يمكنك تغييرها.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+59"/>
        <source>Copy Book To File</source>
        <translation>نسخ الدفتر إلى ملف</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 (copy).fieldbook</source>
        <extracomment>File name offered for a copy of the book.</extracomment>
        <translation>%1 (نسخة).fieldbook</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Another program restored a backup into this book; it is shown afresh.</source>
        <translation>استعاد برنامج آخر نسخة احتياطية في هذا الدفتر؛ يُعرض من جديد.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 (copy %2).fieldbook</source>
        <extracomment>File name offered for a further copy of the book: name and number.</extracomment>
        <translation>%1 (نسخة %2).fieldbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>دفاتر Fieldbook (*.fieldbook);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+66"/>
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
        <location line="+60"/>
        <location line="+8"/>
        <source>New Form from CSV File</source>
        <translation>نموذج من ملف CSV</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ملفات CSV ‏(*.csv *.tsv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Handbook</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handbook is not installed. It is part of the Fieldbook package, in share/fieldbook/handbook.</source>
        <translation>الدليل غير مثبّت. وهو جزء من حزمة Fieldbook، في share/fieldbook/handbook.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The form was not deleted: %1</source>
        <translation>لم يُحذف النموذج: %1</translation>
    </message>
</context>
<context>
    <name>fb::NumberFieldEditor</name>
    <message>
        <location filename="../ui/editors/NumberFieldEditor.cpp" line="+22"/>
        <source>Whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Number, %Ln decimal place(s)</source>
        <translation>
            <numerusform>عدد، %Ln مرتبة عشرية</numerusform>
            <numerusform>عدد، %Ln مرتبة عشرية</numerusform>
            <numerusform>عدد، %Ln مرتبتان عشريتان</numerusform>
            <numerusform>عدد، %Ln مراتب عشرية</numerusform>
            <numerusform>عدد، %Ln مرتبة عشرية</numerusform>
            <numerusform>عدد، %Ln مرتبة عشرية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/window/PreferencesDialog.cpp" line="+94"/>
        <source> backup(s)</source>
        <extracomment>After the number of backups kept, in a spin box.</extracomment>
        <translation>
            <numerusform> نسخة</numerusform>
            <numerusform> نسخة</numerusform>
            <numerusform> نسختين</numerusform>
            <numerusform> نسخ</numerusform>
            <numerusform> نسخة</numerusform>
            <numerusform> نسخة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> week(s)</source>
        <extracomment>After the number of weeks one backup a week is kept, in a spin box.</extracomment>
        <translation>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوعين</numerusform>
            <numerusform> أسابيع</numerusform>
            <numerusform> أسبوعًا</numerusform>
            <numerusform> أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ا&amp;للغة:</translation>
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
    <message>
        <location line="+2"/>
        <source>Backups of books in files</source>
        <translation>النسخ الاحتياطية للدفاتر الموجودة في ملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;backups automatically: before a form changes, before an import, and before the first change of each day</source>
        <translation>ا&amp;صنع نسخًا احتياطية تلقائيًا: قبل تغيّر نموذج، وقبل الاستيراد، وقبل أول تغيير في كل يوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;them:</source>
        <translation>&amp;مكانها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a folder beside the book</source>
        <translation>في مجلد بجانب الدفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In my data folder</source>
        <translation>في مجلد بياناتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;newest:</source>
        <translation>احتفظ بأ&amp;حدث:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And one a &amp;week for:</source>
        <translation>ونسخة &amp;واحدة كل أسبوع لمدة:</translation>
    </message>
</context>
<context>
    <name>fb::ProgressNotice</name>
    <message>
        <location filename="../ui/common/ProgressNotice.cpp" line="+7"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>fb::RecordBrowser</name>
    <message>
        <location filename="../ui/records/RecordBrowser.cpp" line="+83"/>
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
    <message>
        <location line="+1"/>
        <source>Some of these records cannot be read: this part of the book is damaged. The notice at the top of the window offers to save what can be read into a new book.</source>
        <translation>تتعذّر قراءة بعض هذه السجلات: هذا الجزء من الدفتر تالف. ويعرض التنبيه في أعلى النافذة حفظ ما يمكن قراءته في دفتر جديد.</translation>
    </message>
</context>
<context>
    <name>fb::RecordController</name>
    <message>
        <location filename="../ui/records/RecordController.cpp" line="-202"/>
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
        <location line="+39"/>
        <source>The record cannot be saved: a field needs attention.</source>
        <translation>لا يمكن حفظ السجل: أحد الحقول يحتاج إلى مراجعة.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The form below has unsaved changes: save or undo them before editing the table.</source>
        <translation>في النموذج أدناه تغييرات غير محفوظة: احفظها أو تراجع عنها قبل تحرير الجدول.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Move this record to the trash?</source>
        <translation>أتريد نقل هذا السجل إلى سلة المهملات؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%1” to the trash?</source>
        <translation>أتريد نقل «%1» إلى سلة المهملات؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can restore it from Record → Trash.</source>
        <translation>يمكنك استعادته من سجل ← سلة المهملات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>نقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored from the trash.</source>
        <translation>استُعيد من سلة المهملات.</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved: the record was changed elsewhere; your changes are still in the form.</source>
        <translation>لم يُحفظ: غُيّر السجل في مكان آخر؛ لا تزال تغييراتك في النموذج.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Changes undone.</source>
        <translation>تم التراجع عن التغييرات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete record</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Moved to the trash.</source>
        <translation>نُقل إلى سلة المهملات.</translation>
    </message>
</context>
<context>
    <name>fb::RecordExporter</name>
    <message>
        <location filename="../core/formats/RecordExport.cpp" line="+88"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>fb::RecordForm</name>
    <message>
        <location filename="../ui/records/RecordForm.cpp" line="+107"/>
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
        <location line="+8"/>
        <source>%1 *</source>
        <comment>required field label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 Expected: %2</source>
        <comment>message, pattern</comment>
        <translation>%1 المتوقع: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>message, the field&apos;s help</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>fb::RecordTableModel</name>
    <message>
        <location filename="../ui/records/RecordTableModel.cpp" line="+397"/>
        <source>(missing record)</source>
        <translation>(سجل مفقود)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed record)</source>
        <translation>(سجل بلا اسم)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted on</source>
        <translation>تاريخ الحذف</translation>
    </message>
</context>
<context>
    <name>fb::ReferenceFieldEditor</name>
    <message>
        <location filename="../ui/editors/ReferenceFieldEditor.cpp" line="+47"/>
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
    <name>fb::RestoreDialog</name>
    <message>
        <location filename="../ui/book/RestoreDialog.cpp" line="+107"/>
        <source>Backed up by hand</source>
        <translation>نسخة يدوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First change of the day</source>
        <translation>أول تغيير في اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a form change</source>
        <translation>قبل تغيير نموذج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a repair</source>
        <translation>قبل إصلاح</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be read</source>
        <translation>لا يمكن قراءتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>forms, records</comment>
        <translation>%1، %2</translation>
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
        <location line="+30"/>
        <location line="+22"/>
        <location line="+15"/>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Bring the book back to the backup of %1?</source>
        <translation>إعادة الدفتر إلى النسخة الاحتياطية من %1؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the book back to the backup in %1?</source>
        <translation>إعادة الدفتر إلى النسخة الاحتياطية في %1؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its forms and records replace those of the book. The book as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>تحل نماذجها وسجلاتها محل نماذج الدفتر وسجلاته. يُنسخ الدفتر كما هو الآن احتياطيًا أولاً، فيمكن التراجع عن ذلك باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>دفاتر Fieldbook (*.fieldbook);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no backups of this book in %1 yet. Choose Other File to restore a backup kept elsewhere.</source>
        <translation>لا توجد نسخ احتياطية لهذا الدفتر في %1 بعد. اختر «ملف آخر» لاستعادة نسخة محفوظة في مكان آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups of this book, newest first (in %1):</source>
        <translation>ا&amp;لنسخ الاحتياطية لهذا الدفتر، الأحدث أولاً (في %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contents</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other File…</source>
        <translation>&amp;ملف آخر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>fb::RestoreRecordCommand</name>
    <message>
        <location filename="../ui/records/RestoreRecordCommand.cpp" line="+14"/>
        <source>Restore Record</source>
        <translation>استعادة السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore “%1”</source>
        <translation>استعادة «%1»</translation>
    </message>
</context>
<context>
    <name>fb::SalvageFlow</name>
    <message>
        <location filename="../ui/book/SalvageFlow.cpp" line="+27"/>
        <location line="+44"/>
        <source>Save What Can Be Read</source>
        <translation>حفظ ما يمكن قراءته</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>دفاتر Fieldbook (*.fieldbook);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (saved).fieldbook</source>
        <extracomment>File name offered for the new book that gets what can be read of a damaged one.</extracomment>
        <translation>%1 (محفوظ).fieldbook</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving what can be read of %1 into %2…</source>
        <translation>جارٍ حفظ ما يمكن قراءته من %1 في %2…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was saved in %1: %2</source>
        <translation>لم يُحفظ شيء في %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What could be read is saved in %1. The damaged book was not changed.</source>
        <translation>حُفظ ما أمكنت قراءته في %1. لم يُغيَّر الدفتر التالف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open New Book</source>
        <translation>&amp;فتح الدفتر الجديد</translation>
    </message>
</context>
<context>
    <name>fb::SaveRecordCommand</name>
    <message>
        <location filename="../ui/records/SaveRecordCommand.cpp" line="-75"/>
        <source>New Record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Record “%1”</source>
        <translation>سجل جديد «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record Changes</source>
        <translation>تغييرات السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to “%1”</source>
        <translation>تغييرات «%1»</translation>
    </message>
</context>
<context>
    <name>fb::ServerDialog</name>
    <message>
        <location filename="../ui/book/ServerDialog.cpp" line="+104"/>
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
        <translation>&amp;المضيف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;منفذ الخادم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <comment>TLS mode of the connection</comment>
        <translation>ا&amp;لتشفير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>كلمة المرو&amp;ر:</translation>
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
    <name>fb::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="+120"/>
        <source>In the Table and the Form</source>
        <translation>في الجدول والنموذج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected cell</source>
        <translation>تحرير الخلية المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cell being edited</source>
        <translation>حفظ الخلية قيد التحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the cell unchanged</source>
        <translation>ترك الخلية دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field or cell</source>
        <translation>الحقل أو الخلية التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field or cell</source>
        <translation>الحقل أو الخلية السابقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the label or button with the underlined letter</source>
        <extracomment>The key column: Alt with the letter underlined in a label or button.</extracomment>
        <translation>الانتقال إلى التسمية أو الزر ذي الحرف المسطَّر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+الحرف المسطَّر</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;keys of the main window, menu by menu:</source>
        <translation>&amp;مفاتيح النافذة الرئيسية، قائمة بقائمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>fb::StatusPanel</name>
    <message>
        <location filename="../ui/window/StatusPanel.cpp" line="+78"/>
        <source>Saving before closing…</source>
        <translation>جارٍ الحفظ قبل الإغلاق…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+13"/>
        <source>Read only: you may look but not change records on this server (%1).</source>
        <translation>للقراءة فقط: يمكنك الاطلاع على السجلات على هذا الخادم لكن لا يمكنك تغييرها (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All saved</source>
        <translation>حُفظ كل شيء</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
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
        <location line="-28"/>
        <source>Opening the book “%1”…</source>
        <translation>جارٍ فتح الدفتر «%1»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book “%1” is open; checking its file, saves wait for the check…</source>
        <translation>الدفتر «%1» مفتوح؛ جارٍ فحص ملفه، وينتظر الحفظ انتهاء الفحص…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book “%1” is open</source>
        <translation>الدفتر «%1» مفتوح</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book “%1” is open read-only: changes cannot be saved</source>
        <translation>الدفتر «%1» مفتوح للقراءة فقط: لا يمكن حفظ التغييرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the book “%1”: %2</source>
        <translation>تعذّر فتح الدفتر «%1»: %2</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../ui/editors/TemporalFieldEditor.cpp" line="+83"/>
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
        <location filename="../ui/records/TrashDialog.cpp" line="+78"/>
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
        <source>The trash is empty: no record of “%1” was deleted.</source>
        <translation>سلة المهملات فارغة: لم يُحذف أي سجل من «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;حذف نهائي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash…</source>
        <translation>إ&amp;فراغ سلة المهملات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted records</source>
        <translation>السجلات المحذوفة</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not restored: %1</source>
        <translation>لم تُستعَد: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This cannot be undone.</source>
        <translation>لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Delete %n record(s) for good?</source>
        <translation>
            <numerusform>أتريد حذف %n سجل نهائيًا؟</numerusform>
            <numerusform>أتريد حذف %n سجل نهائيًا؟</numerusform>
            <numerusform>أتريد حذف %n سجلين نهائيًا؟</numerusform>
            <numerusform>أتريد حذف %n سجلات نهائيًا؟</numerusform>
            <numerusform>أتريد حذف %n سجلًا نهائيًا؟</numerusform>
            <numerusform>أتريد حذف %n سجل نهائيًا؟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete for Good</source>
        <translation>حذف نهائي</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+18"/>
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>حُذف %n سجل نهائيًا.</numerusform>
            <numerusform>حُذف %n سجل نهائيًا.</numerusform>
            <numerusform>حُذف %n سجلان نهائيًا.</numerusform>
            <numerusform>حُذفت %n سجلات نهائيًا.</numerusform>
            <numerusform>حُذف %n سجلًا نهائيًا.</numerusform>
            <numerusform>حُذف %n سجل نهائيًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not deleted: %1</source>
        <translation>لم يُحذف: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete all %n record(s) in the trash for good?</source>
        <translation>
            <numerusform>أتريد حذف كل السجلات في سلة المهملات نهائيًا (%n سجل)؟</numerusform>
            <numerusform>أتريد حذف كل السجلات في سلة المهملات نهائيًا (%n سجل)؟</numerusform>
            <numerusform>أتريد حذف كل السجلات في سلة المهملات نهائيًا (%n سجلان)؟</numerusform>
            <numerusform>أتريد حذف كل السجلات في سلة المهملات نهائيًا (%n سجلات)؟</numerusform>
            <numerusform>أتريد حذف كل السجلات في سلة المهملات نهائيًا (%n سجلًا)؟</numerusform>
            <numerusform>أتريد حذف كل السجلات في سلة المهملات نهائيًا (%n سجل)؟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty Trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trash was not emptied: %1</source>
        <translation>لم تُفرَغ سلة المهملات: %1</translation>
    </message>
</context>
<context>
    <name>fb::TrashRecordCommand</name>
    <message>
        <location filename="../ui/records/TrashRecordCommand.cpp" line="+16"/>
        <source>Delete Record</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
</context>
<context>
    <name>fb::UnsavedChangesPrompt</name>
    <message>
        <location filename="../ui/records/UnsavedChangesPrompt.cpp" line="+13"/>
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
