<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <translation>Es wurde keine Sicherung angelegt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is backed up in %2 (%3).</source>
        <translation>%1 ist in %2 gesichert (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: there is no backup file here. Nothing was changed.</source>
        <translation>%1: Hier ist keine Sicherungsdatei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is restored from %2. The book as it was is kept in %3.</source>
        <translation>%1 ist aus %2 wiederhergestellt. Das Buch, wie es war, ist in %3 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>fb::BackupFlow</name>
    <message>
        <location filename="../ui/book/BackupFlow.cpp" line="+54"/>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up in %1 (%2).</source>
        <translation>Gesichert in %1 (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy Book To File</source>
        <translation>Buch in Datei kopieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copying %1 to %2…</source>
        <translation>%1 wird nach %2 kopiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book is copied to %1.</source>
        <translation>Das Buch ist nach %1 kopiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking and restoring the backup…</source>
        <translation>Die Sicherung wird geprüft und wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup of %1. The book as it was is in %2.</source>
        <translation>Die Sicherung vom %1 ist wiederhergestellt. Das Buch, wie es war, liegt in %2.</translation>
    </message>
</context>
<context>
    <name>fb::BookCopier</name>
    <message numerus="yes">
        <location filename="../core/tasks/BookCopier.cpp" line="+266"/>
        <source>%1: %n record(s) saved</source>
        <comment>form name</comment>
        <translation>
            <numerusform>%1: %n Datensatz gespeichert</numerusform>
            <numerusform>%1: %n Datensätze gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht gelesen werden</numerusform>
            <numerusform>%n Datensätze konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at least %n record(s) could not be read</source>
        <translation>
            <numerusform>mindestens %n Datensatz konnte nicht gelesen werden</numerusform>
            <numerusform>mindestens %n Datensätze konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::BookMenu</name>
    <message>
        <location filename="../ui/book/BookMenu.cpp" line="+57"/>
        <source>New Book</source>
        <translation>Neues Buch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>book.fieldbook</source>
        <extracomment>File name offered for a new book; keep the .fieldbook ending.</extracomment>
        <translation>buch.fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Fieldbook-Bücher (*.fieldbook);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+15"/>
        <source>Open Book</source>
        <translation>Buch öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book %1 is no longer there.</source>
        <translation>Das Buch %1 ist nicht mehr vorhanden.</translation>
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
        <translation>%1: Hier gibt es keine Buchdatei; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: the file exists; what is saved from a book goes into a new file, never over another. Nothing was saved.</source>
        <translation>%1: Die Datei existiert bereits; was aus einem Buch gerettet wird, kommt in eine neue Datei, nie über eine andere. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1: %2 Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What could be read of %1 is saved in %2:</source>
        <translation>Was von %1 gelesen werden konnte, ist in %2 gespeichert:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: some records could not be read and are not in %2.</source>
        <translation>%1: Einige Datensätze konnten nicht gelesen werden und sind nicht in %2.</translation>
    </message>
</context>
<context>
    <name>fb::CheckCommand</name>
    <message>
        <location filename="../app/CheckCommand.cpp" line="+37"/>
        <source>It was not checked.</source>
        <translation>Es wurde nicht geprüft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repaired. The book as it was is kept in %1.</source>
        <translation>Repariert. Das Buch, wie es war, liegt in %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run “fieldbook check --repair” to repair what a repair mends; a backup is made first.</source>
        <translation>Mit „fieldbook check --repair“ wird repariert, was eine Reparatur beheben kann; vorher wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A repair mends none of these problems; nothing was changed.</source>
        <translation>Eine Reparatur behebt keines dieser Probleme; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>fb::CheckDialog</name>
    <message>
        <location filename="../ui/book/CheckDialog.cpp" line="+101"/>
        <source>Repair Book</source>
        <translation>Buch reparieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the book&apos;s indexes?</source>
        <translation>Die Indizes des Buches neu aufbauen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record or value is changed: the indexes are made again from the records. The book as it is now is backed up first.</source>
        <translation>Kein Datensatz und kein Wert wird geändert: Die Indizes werden aus den Datensätzen neu erstellt. Das Buch, wie es jetzt ist, wird vorher gesichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check of %1, %2</source>
        <translation>Prüfung von %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check Book</source>
        <translation>Buch prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repaired. The book as it was is in %1.</source>
        <translation>Repariert. Das Buch, wie es war, liegt in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book cannot be repaired from here: it is read-only or on a server.</source>
        <translation>Dieses Buch kann hier nicht repariert werden: Es ist schreibgeschützt oder liegt auf einem Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>fb::CheckFlow</name>
    <message>
        <location filename="../ui/book/CheckFlow.cpp" line="+41"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Book</source>
        <translation>Buch prüfen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved in %1.</source>
        <translation>Der Bericht ist in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repair Book</source>
        <translation>Buch reparieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 check %2.txt</source>
        <translation>%1 Prüfung %2.txt</translation>
    </message>
</context>
<context>
    <name>fb::CheckReport</name>
    <message>
        <location filename="../core/model/CheckReport.cpp" line="+43"/>
        <source>The book</source>
        <translation>Das Buch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, “%2” (in the trash)</source>
        <translation>%1, „%2“ (im Papierkorb)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, “%2”</source>
        <translation>%1, „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, the record made %2 (in the trash)</source>
        <translation>%1, der Datensatz vom %2 (im Papierkorb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the record made %2</source>
        <translation>%1, der Datensatz vom %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, a record</source>
        <translation>%1, ein Datensatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 checked</source>
        <translation>%1 und %2 geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>%Ln Formular</numerusform>
            <numerusform>%Ln Formulare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book is sound: %1.</source>
        <translation>Das Buch ist in Ordnung: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1); a repair can mend them.</source>
        <translation>
            <numerusform>%Ln Problem gefunden (%1); eine Reparatur kann es beheben.</numerusform>
            <numerusform>%Ln Probleme gefunden (%1); eine Reparatur kann sie beheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln problem(s) found (%1); a repair can mend %2 of them.</source>
        <translation>
            <numerusform>%Ln Problem gefunden (%1); eine Reparatur kann %2 davon beheben.</numerusform>
            <numerusform>%Ln Probleme gefunden (%1); eine Reparatur kann %2 davon beheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1).</source>
        <translation>
            <numerusform>%Ln Problem gefunden (%1).</numerusform>
            <numerusform>%Ln Probleme gefunden (%1).</numerusform>
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
            <numerusform>… und %Ln weiteres Problem.</numerusform>
            <numerusform>… und %Ln weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking every page of the book…</source>
        <translation>Jede Seite des Buches wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the links between records…</source>
        <translation>Die Verweise zwischen Datensätzen werden geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the forms&apos; tables…</source>
        <translation>Die Tabellen der Formulare werden geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the book and rebuilding its indexes…</source>
        <translation>Das Buch wird gesichert und seine Indizes werden neu aufgebaut…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking the values: %1 of %Ln record(s)…</source>
        <translation>
            <numerusform>Die Werte werden geprüft: %1 von %Ln Datensatz…</numerusform>
            <numerusform>Die Werte werden geprüft: %1 von %Ln Datensätzen…</numerusform>
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
        <translation>Sprache &lt;Code&gt; verwenden (de, fr, es, ar, en).</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+114"/>
        <location line="+84"/>
        <location line="+56"/>
        <location line="+76"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Unknown format “%1”; choose csv, xlsx or json.</source>
        <translation>Unbekanntes Format „%1“; wählen Sie csv, xlsx oder json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workbook is written to a file: --out FILE.xlsx.</source>
        <translation>Eine Arbeitsmappe wird in eine Datei geschrieben: --out DATEI.xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A preset is for CSV; JSON and XLSX have none.</source>
        <translation>Eine Vorlage gilt für CSV; JSON und XLSX haben keine.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Replace a book&apos;s records and forms with those of a backup. The book as it is goes into a backup first.</source>
        <translation>Die Datensätze und Formulare eines Buches durch die einer Sicherung ersetzen. Das Buch, wie es ist, wird zuerst gesichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a backup of a book: a copy as it was last saved, made while it may be open in a window.</source>
        <translation>Ein Buch sichern: eine Kopie, wie es zuletzt gespeichert wurde, auch während es in einem Fenster offen ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup to bring back; it is only read.</source>
        <translation>Die Sicherung, die zurückgeholt wird; sie wird nur gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book (a file).</source>
        <translation>Das Buch (eine Datei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[dest]</source>
        <translation>[Ziel]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the copy goes: a new file, or a folder (default: the book&apos;s backup folder, as set in Preferences).</source>
        <translation>Wohin die Kopie kommt: eine neue Datei oder ein Ordner (Vorgabe: der Sicherungsordner des Buches, wie in den Einstellungen festgelegt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name one backup and one book: restore BACKUP BOOK.</source>
        <translation>Nennen Sie eine Sicherung und ein Buch: restore SICHERUNG BUCH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one book, and where its copy goes if not into its backup folder.</source>
        <translation>Nennen Sie ein Buch und, wenn nicht in seinen Sicherungsordner, wohin die Kopie kommt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is backed up with the server&apos;s own tools (pg_dump); this command takes a book file.</source>
        <translation>Ein Buch auf einem Server wird mit den Werkzeugen des Servers gesichert (pg_dump); dieser Befehl nimmt eine Buchdatei.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check a book: its pages and links (book files), whether every form&apos;s table matches the form, and whether every value meets its field&apos;s rules. The report goes to the standard output.

Exit status: 0 the book is sound, 1 it could not be checked, 2 the command line is wrong, 3 problems were found (and remain).</source>
        <translation>Ein Buch prüfen: seine Seiten und Verweise (Buchdateien), ob die Tabelle jedes Formulars zum Formular passt und ob jeder Wert die Regeln seines Feldes erfüllt. Der Bericht geht auf die Standardausgabe.

Rückgabewert: 0 das Buch ist in Ordnung, 1 es konnte nicht geprüft werden, 2 die Befehlszeile ist falsch, 3 es wurden Probleme gefunden (und sie bleiben).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Bring the form in &lt;file&gt; into the book and quit.</source>
        <translation>Das Formular aus &lt;Datei&gt; in das Buch übernehmen und beenden.</translation>
    </message>
    <message>
        <location line="-384"/>
        <location line="+48"/>
        <location line="+79"/>
        <location line="+41"/>
        <location line="+218"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Save what can be read of a damaged book into a new book.</source>
        <translation>Speichert, was von einem beschädigten Buch lesbar ist, in einem neuen Buch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new book to make (a file that does not exist yet).</source>
        <translation>Das neu anzulegende Buch (eine Datei, die noch nicht existiert).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <location line="+115"/>
        <location line="+84"/>
        <location line="+59"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+49"/>
        <location line="+116"/>
        <location line="+85"/>
        <location line="+57"/>
        <location line="+77"/>
        <source>book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>The damaged book; it is only read.</source>
        <translation>Das beschädigte Buch; es wird nur gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say where the new book goes: --out FILE.</source>
        <translation>Geben Sie an, wohin das neue Buch soll: --out DATEI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name one book to salvage.</source>
        <translation>Geben Sie ein Buch an, das gerettet werden soll.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the records of one form as CSV, XLSX or JSON, to a file or the standard output.</source>
        <translation>Die Datensätze eines Formulars als CSV, XLSX oder JSON in eine Datei oder auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (the default), xlsx (an Excel workbook; needs --out) or json (with the form&apos;s definition).</source>
        <translation>csv (Vorgabe), xlsx (eine Excel-Arbeitsmappe; braucht --out) oder json (mit der Definition des Formulars).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The form whose records to write.</source>
        <translation>Das Formular, dessen Datensätze geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <location line="+19"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For CSV: excel (for a spreadsheet in the interface language: a byte order mark, &quot;;&quot; and decimal commas where the language uses them) or rfc4180 (the default: &quot;,&quot;, CRLF).</source>
        <translation>Für CSV: excel (für eine Tabellenkalkulation in der Sprache der Oberfläche: eine Bytereihenfolge-Markierung, „;“ und Dezimalkommas, wo die Sprache sie verwendet) oder rfc4180 (Vorgabe: „,“, CRLF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: the standard output).</source>
        <translation>Die zu schreibende Datei (Vorgabe: die Standardausgabe).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+116"/>
        <location line="+142"/>
        <source>The book: a file, or a server book as postgresql://user@host:port/database.</source>
        <translation>Das Buch: eine Datei oder ein Serverbuch als postgresql://benutzer@rechner:port/datenbank.</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+122"/>
        <source>Say which form: --form NAME.</source>
        <translation>Geben Sie das Formular an: --form NAME.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Unknown preset “%1”; choose excel or rfc4180.</source>
        <translation>Unbekannte Vorlage „%1“; wählen Sie excel oder rfc4180.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out names a .%1 file, but --format %2 writes .%2 files.</source>
        <translation>--out nennt eine .%1-Datei, aber --format %2 schreibt .%2-Dateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which file --out writes (or - for the standard output).</source>
        <translation>Geben Sie an, welche Datei --out schreibt (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one book to export from.</source>
        <translation>Nennen Sie ein Buch, aus dem exportiert wird.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read the rows of a CSV file into a form, in one transaction: all rows or none (unless --good-rows). What is not given is guessed from the file.</source>
        <translation>Die Zeilen einer CSV-Datei in einer Transaktion in ein Formular einlesen: alle Zeilen oder keine (außer mit --good-rows). Was nicht angegeben ist, wird aus der Datei erraten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form the rows go into.</source>
        <translation>Das Formular, in das die Zeilen kommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every row as an import would, and change nothing.</source>
        <translation>Jede Zeile prüfen wie ein Import, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows that cannot go in to this CSV file, with a column saying why.</source>
        <translation>Die Zeilen, die nicht hinein können, in diese CSV-Datei schreiben, mit einer Spalte, die sagt, warum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the rows that can go in and leave out the others (default: all or none).</source>
        <translation>Die Zeilen importieren, die hinein können, und die anderen auslassen (Standard: alle oder keine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row with a value a record already has in a unique field: stop (the default: the row is a problem), skip (leave the row out) or update (the record takes the row&apos;s values).</source>
        <translation>Eine Zeile mit einem Wert, den ein Datensatz in einem eindeutigen Feld schon hat: stop (Standard: die Zeile ist ein Problem), skip (die Zeile auslassen) oder update (der Datensatz übernimmt die Werte der Zeile).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s encoding, e.g. UTF-8, UTF-16LE or windows-1252 (default: guessed).</source>
        <translation>Die Zeichenkodierung der Datei, z. B. UTF-8, UTF-16LE oder windows-1252 (Standard: erraten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field separator: &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot; (default: guessed).</source>
        <translation>Das Trennzeichen: „,“, „;“, tab oder „|“ (Standard: erraten).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The character fields are quoted with: &apos;&quot;&apos; (the default), &quot;&apos;&quot; or none.</source>
        <translation>Das Zeichen, mit dem Felder in Anführungszeichen stehen: &apos;&quot;&apos; (Standard), &quot;&apos;&quot; oder none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row is data: the columns fill the form&apos;s fields in order.</source>
        <translation>Die erste Zeile sind Daten: die Spalten füllen die Felder des Formulars der Reihe nach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out this many lines at the start of the file.</source>
        <translation>So viele Zeilen am Anfang der Datei auslassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal comma.</source>
        <translation>Zahlen sind mit Dezimalkomma geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal point.</source>
        <translation>Zahlen sind mit Dezimalpunkt geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order of dates that are not ISO (2026-01-31): dmy, mdy or ymd (default: the language&apos;s).</source>
        <translation>Die Reihenfolge von Datumsangaben, die nicht ISO sind (2026-01-31): dmy, mdy oder ymd (Standard: die der Sprache).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file to read.</source>
        <translation>Die CSV-Datei, die gelesen wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown policy “%1”; choose stop, skip or update.</source>
        <translation>Unbekanntes Verfahren „%1“; wählen Sie stop, skip oder update.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown date order “%1”; choose dmy, mdy or ymd.</source>
        <translation>Unbekannte Datumsreihenfolge „%1“; wählen Sie dmy, mdy oder ymd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown separator “%1”; choose &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>Unbekanntes Trennzeichen „%1“; wählen Sie „,“, „;“, tab oder „|“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown quote “%1”; choose &apos;&quot;&apos;, &quot;&apos;&quot; or none.</source>
        <translation>Unbekanntes Anführungszeichen „%1“; wählen Sie &apos;&quot;&apos;, &quot;&apos;&quot; oder none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--skip takes a number of lines.</source>
        <translation>--skip erwartet eine Anzahl Zeilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose --decimal-comma or --decimal-point, not both.</source>
        <translation>Wählen Sie --decimal-comma oder --decimal-point, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which file --rejects writes.</source>
        <translation>Sagen Sie, welche Datei --rejects schreibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the file to import and the book it goes into.</source>
        <translation>Nennen Sie die zu importierende Datei und das Buch, in das sie kommt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rejects names the file being imported; name another file.</source>
        <translation>--rejects nennt die Datei, die importiert wird; nennen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Repair what can be repaired safely (the indexes), after a backup of the book, then check again.</source>
        <translation>Reparieren, was sicher repariert werden kann (die Indizes), nach einer Sicherung des Buches, und dann erneut prüfen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name one book to check.</source>
        <translation>Nennen Sie ein Buch zum Prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is repaired by its server&apos;s administrator; check it without --repair.</source>
        <translation>Ein Buch auf einem Server repariert die Verwaltung des Servers; prüfen Sie es ohne --repair.</translation>
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
        <translation>Formulare in eine Datenbank ausfüllen.

Befehle ohne Fenster (fieldbook BEFEHL --help sagt mehr):
  backup   ein Buch sichern
  check    nach Schäden und nach Werten suchen, die ihre Regeln verletzen
  export   die Datensätze eines Formulars als CSV, XLSX oder JSON schreiben
  import   die Zeilen einer CSV-Datei in ein Formular lesen
  restore  ein Buch auf eine Sicherung zurücksetzen
  salvage  das Lesbare eines beschädigten Buches in ein neues retten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The book to open (default: %1).</source>
        <translation>Das zu öffnende Buch (Standard: %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a command; name one book, or a command (backup, check, export, import, restore, salvage).</source>
        <translation>„%1“ ist kein Befehl; nennen Sie ein Buch oder einen Befehl (backup, check, export, import, restore, salvage).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is neither a command nor a book file (a new book&apos;s name ends in .fieldbook).</source>
        <translation>„%1“ ist weder ein Befehl noch eine Buchdatei (der Name eines neuen Buches endet auf .fieldbook).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+39"/>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Unbekannte Sprache „%1“; wählen Sie eine der folgenden: %2.</translation>
    </message>
</context>
<context>
    <name>fb::ConflictDialog</name>
    <message>
        <location filename="../ui/records/ConflictDialog.cpp" line="+92"/>
        <source>Someone Else Changed This Record</source>
        <translation>Jemand anderes hat diesen Datensatz geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was changed and saved elsewhere while you were editing it. For each field that differs, choose which value to save.</source>
        <translation>Dieser Datensatz wurde an anderer Stelle geändert und gespeichert, während Sie ihn bearbeitet haben. Wählen Sie für jedes abweichende Feld aus, welcher Wert gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <comment>the values typed in this window</comment>
        <translation>&lt;b&gt;Meine Werte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <comment>the values saved elsewhere</comment>
        <translation>&lt;b&gt;Andere Werte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep All &amp;Mine</source>
        <translation>Alle &amp;meine Werte behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take All &amp;Theirs</source>
        <translation>Alle &amp;anderen Werte übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Merged Record</source>
        <translation>Zusammengeführten Datensatz &amp;speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine: %1</source>
        <translation>Meinen Wert behalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs: %1</source>
        <translation>Anderen Wert übernehmen: %1</translation>
    </message>
</context>
<context>
    <name>fb::CsvRecordFeed</name>
    <message>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="+24"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>fb::DbError</name>
    <message>
        <location filename="../core/storage/BookConnection.cpp" line="+269"/>
        <source>Cannot create a book at “%1”.</source>
        <translation>Unter „%1“ kann kein Buch angelegt werden.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot open the book “%1”.</source>
        <translation>Das Buch „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cannot connect to the server: %1</source>
        <translation>Keine Verbindung zum Server möglich: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+79"/>
        <source>“%1” is damaged or is not a database. It was left untouched.</source>
        <translation>„%1“ ist beschädigt oder keine Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>“%1” is an empty file, not a Fieldbook book. It was left untouched.</source>
        <translation>„%1“ ist eine leere Datei, kein Fieldbook-Buch. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Cannot create a book at “%1”: “%2” is a file, not a folder.</source>
        <translation>Unter „%1“ kann kein Buch angelegt werden: „%2“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a book at “%1”: you may not write in the folder “%2”.</source>
        <translation>Unter „%1“ kann kein Buch angelegt werden: Sie dürfen im Ordner „%2“ nicht schreiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fieldbook may not open “%1”: the file or its folder does not give you permission. It was left untouched.</source>
        <translation>Fieldbook darf „%1“ nicht öffnen: Die Datei oder ihr Ordner erlaubt Ihnen den Zugriff nicht. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The disk that holds “%1” is full, so the book cannot be opened. Free some space and open it again.</source>
        <translation>Der Datenträger, auf dem „%1“ liegt, ist voll, daher kann das Buch nicht geöffnet werden. Geben Sie Speicherplatz frei und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read from the disk (an input/output error). It was left untouched.</source>
        <translation>„%1“ konnte nicht vom Datenträger gelesen werden (ein Ein-/Ausgabefehler). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+24"/>
        <source>“%1” is a database but not a Fieldbook book. It was left untouched.</source>
        <translation>„%1“ ist eine Datenbank, aber kein Fieldbook-Buch. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>“%1” is empty and read-only, so it cannot become a book.</source>
        <translation>„%1“ ist leer und schreibgeschützt und kann daher nicht zu einem Buch werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” was made by a newer Fieldbook (book format %2; this one reads up to %3). It was left untouched.</source>
        <translation>„%1“ wurde mit einer neueren Version von Fieldbook erstellt (Buchformat %2; diese Version liest bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” needs an upgrade but is read-only.</source>
        <translation>„%1“ muss aktualisiert werden, ist aber schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book “%1” cannot use write-ahead logging here.</source>
        <translation>Das Buch „%1“ kann hier kein Write-Ahead-Logging verwenden.</translation>
    </message>
    <message>
        <location filename="../core/link/Database.cpp" line="+15"/>
        <source>The book is closing.</source>
        <translation>Das Buch wird geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/link/DbWorker.cpp" line="+53"/>
        <source>The book is not open.</source>
        <translation>Das Buch ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected stopped this request; nothing of it was saved. The log has the details.</source>
        <translation>Etwas Unerwartetes hat diese Anfrage abgebrochen; davon wurde nichts gespeichert. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form %1 does not exist.</source>
        <translation>Das Formular %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The server is away; the change is kept and will be saved when the book is opened again.</source>
        <translation>Der Server ist nicht erreichbar; die Änderung bleibt erhalten und wird gespeichert, wenn das Buch wieder geöffnet wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is away; this change was not made.</source>
        <translation>Der Server ist nicht erreichbar; diese Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The book file is damaged, so it was opened read-only; nothing was saved.</source>
        <translation>Die Buchdatei ist beschädigt und wurde daher schreibgeschützt geöffnet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book is read-only; nothing was saved.</source>
        <translation>Das Buch ist schreibgeschützt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The change would leave references pointing nowhere; nothing was changed.</source>
        <translation>Die Änderung würde Verweise ins Leere hinterlassen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>A read was sent as a write.</source>
        <translation>Ein Lesezugriff wurde als Schreibzugriff gesendet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A book on a server is backed up with the server&apos;s own tools (pg_dump); see the handbook.</source>
        <translation>Ein Buch auf einem Server wird mit den Werkzeugen des Servers gesichert (pg_dump); siehe das Handbuch.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The book is read-only; nothing was restored.</source>
        <translation>Das Buch ist schreibgeschützt; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book could not be backed up first, so it was not restored: %1</source>
        <translation>Das Buch konnte nicht zuerst gesichert werden und wurde daher nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A book on a server is repaired by its server&apos;s administrator (REINDEX); nothing was changed.</source>
        <translation>Ein Buch auf einem Server repariert die Verwaltung des Servers (REINDEX); nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book is read-only; nothing was repaired.</source>
        <translation>Das Buch ist schreibgeschützt; nichts wurde repariert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The book could not be backed up first, so it was not repaired: %1</source>
        <translation>Das Buch konnte vorher nicht gesichert werden, daher wurde es nicht repariert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is writing to the book, so it was not repaired. Try again once it has finished.</source>
        <translation>Ein anderes Programm schreibt gerade in das Buch, daher wurde es nicht repariert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A write was sent as a read.</source>
        <translation>Ein Schreibzugriff wurde als Lesezugriff gesendet.</translation>
    </message>
    <message>
        <location filename="../core/formats/FormJson.cpp" line="+130"/>
        <source>A field in the form file has no label.</source>
        <translation>Ein Feld in der Formulardatei hat keine Beschriftung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field %1 has an unknown type “%2”.</source>
        <translation>Das Feld %1 hat einen unbekannten Typ „%2“.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The maximum length of %1 must be a whole number from 0 to %2.</source>
        <translation>Die maximale Länge von %1 muss eine ganze Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decimal places of %1 must be a whole number from 0 to %2.</source>
        <translation>Die Nachkommastellen von %1 müssen eine ganze Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <location filename="../core/model/FormRules.cpp" line="+98"/>
        <source>Field %1 has a rule that does not fit its type.</source>
        <translation>Das Feld %1 hat eine Regel, die nicht zu seinem Typ passt.</translation>
    </message>
    <message>
        <location filename="../core/formats/FormJson.cpp" line="+34"/>
        <source>Field %1 refers to the form “%2”, which this book does not have.</source>
        <translation>Das Feld %1 verweist auf das Formular „%2“, das es in diesem Buch nicht gibt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The form file is damaged: %1 (at byte %2).</source>
        <translation>Die Formulardatei ist beschädigt: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The file is larger than %1 MB, more than any form file; it is not a form.</source>
        <translation>Die Datei ist größer als %1 MB, größer als jede Formulardatei; sie ist kein Formular.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+9"/>
        <source>This is not a Fieldbook form file.</source>
        <translation>Dies ist keine Fieldbook-Formulardatei.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>In field %1, “%2” must be true or false.</source>
        <translation>Im Feld %1 muss „%2“ true oder false sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In field %1, “%2” must be a text.</source>
        <translation>Im Feld %1 muss „%2“ ein Text sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field %1 cannot have “%2”: that rule is for fields of another type.</source>
        <translation>Das Feld %1 kann „%2“ nicht haben: Diese Regel gilt für Felder eines anderen Typs.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The default of %1 is not a value a field of its type can hold.</source>
        <translation>Der Standardwert von %1 ist kein Wert, den ein Feld dieses Typs aufnehmen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum of %1 is not a value a field of its type can hold.</source>
        <translation>Das Minimum von %1 ist kein Wert, den ein Feld dieses Typs aufnehmen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maximum of %1 is not a value a field of its type can hold.</source>
        <translation>Das Maximum von %1 ist kein Wert, den ein Feld dieses Typs aufnehmen kann.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The form file has format version %1; this Fieldbook reads up to %2.</source>
        <translation>Die Formulardatei hat die Formatversion %1; diese Version von Fieldbook liest bis %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form in the file has no name.</source>
        <translation>Das Formular in der Datei hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form in the file has %1 fields; a form has at most %2.</source>
        <translation>Das Formular in der Datei hat %1 Felder; ein Formular hat höchstens %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The form in the file has no fields.</source>
        <translation>Das Formular in der Datei hat keine Felder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/FormSchemaChange.cpp" line="+122"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit.</source>
        <translation>
            <numerusform>%1 kann so nicht geändert werden: %n Datensatz hat Werte, die nicht passen.</numerusform>
            <numerusform>%1 kann so nicht geändert werden: %n Datensätze haben Werte, die nicht passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit (%2).</source>
        <translation>
            <numerusform>%1 kann so nicht geändert werden: %n Datensatz hat Werte, die nicht passen (%2).</numerusform>
            <numerusform>%1 kann so nicht geändert werden: %n Datensätze haben Werte, die nicht passen (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 cannot be deleted: the form %2 refers to it.</source>
        <translation>%1 kann nicht gelöscht werden: Das Formular %2 verweist darauf.</translation>
    </message>
    <message>
        <location filename="../core/model/FormRules.cpp" line="-63"/>
        <location line="+101"/>
        <source>%1 has texts in more than %2 languages.</source>
        <translation>%1 hat Texte in mehr als %2 Sprachen.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 has a text in the language “%2” that cannot be used (a language code such as “de”, and at most %3 characters).</source>
        <translation>%1 hat einen Text in der Sprache „%2“, der nicht verwendet werden kann (ein Sprachcode wie „de“ und höchstens %3 Zeichen).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 needs between 1 and %2 choices.</source>
        <translation>%1 benötigt zwischen 1 und %2 Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a choice that is empty, longer than %2 characters or holds a character that cannot be stored.</source>
        <translation>%1 hat eine Auswahlmöglichkeit, die leer ist, länger als %2 Zeichen ist oder ein Zeichen enthält, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offers the choice “%2” twice.</source>
        <translation>%1 bietet die Auswahlmöglichkeit „%2“ doppelt an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The maximum length of %1 must be 0 to %2.</source>
        <translation>Die maximale Länge von %1 muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decimal places of %1 must be 0 to %2.</source>
        <translation>Die Nachkommastellen von %1 müssen zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of %1 is not a valid regular expression of at most %2 characters.</source>
        <translation>Das Muster von %1 ist kein gültiger regulärer Ausdruck mit höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The minimum of %1 is above its maximum.</source>
        <translation>Das Minimum von %1 liegt über seinem Maximum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default of %1 breaks its own rules.</source>
        <translation>Der Standardwert von %1 verletzt die eigenen Regeln des Felds.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every field needs a label of at most %1 characters (“%2” cannot be used).</source>
        <translation>Jedes Feld benötigt eine Beschriftung mit höchstens %1 Zeichen („%2“ kann nicht verwendet werden).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The help text of %1 must be at most %2 characters.</source>
        <translation>Der Hilfetext von %1 darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/FormStore.cpp" line="+197"/>
        <source>%1 refers to a form that does not exist.</source>
        <translation>%1 verweist auf ein Formular, das nicht existiert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A form needs a name of at most %1 characters.</source>
        <translation>Ein Formular benötigt einen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form&apos;s language must be a code such as “en”.</source>
        <translation>Die Sprache des Formulars muss ein Code wie „en“ sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A form has between 1 and %1 fields.</source>
        <translation>Ein Formular hat zwischen 1 und %1 Felder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The book already has a form named “%1”; give this one another name.</source>
        <translation>Das Buch hat bereits ein Formular namens „%1“; geben Sie diesem einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/link/OfflineJournal.cpp" line="+57"/>
        <source>Unsaved changes could not be kept in “%1”.</source>
        <translation>Nicht gespeicherte Änderungen konnten nicht in „%1“ aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="+15"/>
        <source>This record no longer exists: someone deleted it meanwhile.</source>
        <translation>Dieser Datensatz existiert nicht mehr: Jemand hat ihn inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 refers to a record that does not exist (any more).</source>
        <translation>%1 verweist auf einen Datensatz, der nicht (mehr) existiert.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Someone else changed this record (now version %1; yours was based on %2).</source>
        <translation>Jemand anderes hat diesen Datensatz geändert (jetzt Version %1; Ihre Version beruhte auf %2).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="+53"/>
        <source>%1 must be unique: another record already has this value.</source>
        <translation>%1 muss eindeutig sein: Ein anderer Datensatz hat bereits diesen Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record repeats a value that must be unique.</source>
        <translation>Dieser Datensatz wiederholt einen Wert, der eindeutig sein muss.</translation>
    </message>
    <message>
        <location filename="../core/model/Validator.cpp" line="+242"/>
        <location filename="../core/storage/SqlErrors.cpp" line="+4"/>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="+5"/>
        <source>A referenced record does not exist or is still referred to.</source>
        <translation>Ein Datensatz, auf den verwiesen wird, existiert nicht oder wird noch von einem anderen Datensatz referenziert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 breaks a rule of this form.</source>
        <translation>%1 verletzt eine Regel dieses Formulars.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record breaks a rule of this form.</source>
        <translation>Der Datensatz verletzt eine Regel dieses Formulars.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This took too long, so it was stopped.</source>
        <translation>Das hat zu lange gedauert und wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+53"/>
        <source>The book is busy; trying again.</source>
        <translation>Das Buch ist belegt; neuer Versuch läuft.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The book is read-only.</source>
        <translation>Das Buch ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was saved. Free some space and save again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts gespeichert. Geben Sie Speicherplatz frei und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book file is damaged: some of its records cannot be read.</source>
        <translation>Die Buchdatei ist beschädigt: Einige ihrer Datensätze können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book file is damaged or is not a book.</source>
        <translation>Die Buchdatei ist beschädigt oder kein Buch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book file could not be read or written.</source>
        <translation>Die Buchdatei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>A value is too large for the book.</source>
        <translation>Ein Wert ist zu groß für das Buch.</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+38"/>
        <location filename="../core/storage/StatementClock.cpp" line="+44"/>
        <source>The database reported an error.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresCopy.cpp" line="+62"/>
        <source>The server refused a row of the import: %1</source>
        <translation>Der Server hat eine Zeile des Imports abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server gave no ids for the import.</source>
        <translation>Der Server hat keine Kennungen für den Import vergeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s connection is not at hand.</source>
        <translation>Die Verbindung zum Server ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../core/storage/SqlErrors.cpp" line="-30"/>
        <location line="+45"/>
        <location filename="../core/storage/SqlRun.cpp" line="+12"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="-36"/>
        <source>You may read this book but not change it.</source>
        <translation>Sie dürfen dieses Buch lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A value is out of the range the book can store.</source>
        <translation>Ein Wert liegt außerhalb des Bereichs, den das Buch speichern kann.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s disk is full; nothing was saved.</source>
        <translation>Der Datenträger des Servers ist voll; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/model/Validator.cpp" line="-200"/>
        <source>%1 must be a single line.</source>
        <translation>%1 muss einzeilig sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be at most %2 characters.</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 contains a character that cannot be stored.</source>
        <translation>%1 enthält ein Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+93"/>
        <location line="+9"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+94"/>
        <location line="+9"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 sein.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a number with at most %2 decimal places.</source>
        <translation>%1 muss eine Zahl mit höchstens %2 Nachkommastellen sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must have at most %2 digits before the point.</source>
        <translation>%1 darf höchstens %2 Stellen vor dem Komma haben.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 does not have the expected form.</source>
        <translation>%1 hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: „%2“ gehört nicht zu den Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 must be a valid date.</source>
        <translation>%1 muss ein gültiges Datum sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a valid time.</source>
        <translation>%1 muss eine gültige Uhrzeit sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a valid date and time.</source>
        <translation>%1 muss ein gültiges Datum mit Uhrzeit sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be yes or no.</source>
        <translation>%1 muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must refer to a record.</source>
        <translation>%1 muss auf einen Datensatz verweisen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form has no field “%1”.</source>
        <translation>Das Formular hat kein Feld „%1“.</translation>
    </message>
    <message>
        <location filename="../core/tasks/BookCopier.cpp" line="-192"/>
        <source>%1 already exists. What is saved from a damaged book goes into a new file, never over another.</source>
        <translation>%1 existiert bereits. Was aus einem beschädigten Buch gerettet wird, kommt in eine neue Datei, nie über eine andere.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book %1 cannot be changed.</source>
        <translation>Das Buch %1 kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book %1 already has forms. A book is copied only into an empty book, so that nothing there is mixed or overwritten.</source>
        <translation>Das Buch %1 enthält bereits Formulare. Ein Buch wird nur in ein leeres Buch kopiert, damit dort nichts vermischt oder überschrieben wird.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>The salvage was stopped; the new book was removed.</source>
        <translation>Die Rettung wurde abgebrochen; das neue Buch wurde entfernt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+148"/>
        <source>The book being copied closed.</source>
        <translation>Das zu kopierende Buch wurde geschlossen.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The copy was stopped; the target book has only part of the records.</source>
        <translation>Der Kopiervorgang wurde abgebrochen; das Zielbuch enthält nur einen Teil der Datensätze.</translation>
    </message>
    <message>
        <location filename="../core/model/FormTexts.cpp" line="+57"/>
        <source>The choice names of %1 in the language “%2” do not match its choices (names: %3, choices: %4). Give one name for each choice, in the same order.</source>
        <translation>Die Namen der Auswahlmöglichkeiten von %1 in der Sprache „%2“ passen nicht zu den Auswahlmöglichkeiten (Namen: %3, Auswahlmöglichkeiten: %4). Geben Sie für jede Auswahlmöglichkeit einen Namen an, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../core/storage/FormStore.cpp" line="-77"/>
        <source>The form “%1” in this book cannot be used: %2</source>
        <translation>Das Formular „%1“ in diesem Buch kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/SaveRecordCommand.cpp" line="+90"/>
        <source>Not undone: someone else changed %1 since; their values stay.</source>
        <translation>Nicht rückgängig gemacht: Jemand anderes hat %1 inzwischen geändert; dessen Werte bleiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not redone: someone else changed %1 since; their values stay.</source>
        <translation>Nicht wiederhergestellt: Jemand anderes hat %1 inzwischen geändert; dessen Werte bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordController.cpp" line="+322"/>
        <source>someone else changed %1 in this record since; their value stays</source>
        <translation>jemand anderes hat %1 in diesem Datensatz inzwischen geändert; sein Wert bleibt</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/StatementClock.cpp" line="+20"/>
        <source>This took longer than %n second(s), so it was stopped; nothing was changed.</source>
        <translation>
            <numerusform>Das hat länger als %n Sekunde gedauert und wurde abgebrochen; nichts wurde geändert.</numerusform>
            <numerusform>Das hat länger als %n Sekunden gedauert und wurde abgebrochen; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/tasks/RecordExportTask.cpp" line="+31"/>
        <source>The book closed before the export ended.</source>
        <translation>Das Buch wurde geschlossen, bevor der Export fertig war.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a folder; give the name of a file.</source>
        <translation>%1 ist ein Ordner; geben Sie den Namen einer Datei an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no folder %1 to write %2 in.</source>
        <translation>Es gibt keinen Ordner %1, in den %2 geschrieben werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/formats/XlsxExport.cpp" line="+69"/>
        <source>The workbook cannot be written (%1).</source>
        <translation>Die Arbeitsmappe kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Record %1 holds more text in %2 than a spreadsheet cell can (%3 characters); export it as CSV or JSON.</source>
        <translation>Datensatz %1 enthält in %2 mehr Text, als eine Tabellenzelle fassen kann (%3 Zeichen); exportieren Sie ihn als CSV oder JSON.</translation>
    </message>
    <message>
        <location filename="../core/formats/RecordExport.cpp" line="+17"/>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/tasks/RecordExportTask.cpp" line="+37"/>
        <source>The export cannot be written (%1).</source>
        <translation>Der Export kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The export was stopped.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/formats/ImportSource.cpp" line="+112"/>
        <source>A quote opened on line %1 is never closed; nothing after it can be read.</source>
        <translation>Ein Anführungszeichen, das in Zeile %1 geöffnet wird, wird nie geschlossen; nichts danach kann gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field starting on line %1 is longer than 1,048,576 characters; a quote may be missing before it.</source>
        <translation>Das Feld, das in Zeile %1 beginnt, ist länger als 1.048.576 Zeichen; vielleicht fehlt davor ein Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is not a CSV file: it holds bytes no text has (NUL).</source>
        <translation>Das ist keine CSV-Datei: sie enthält Bytes, die kein Text hat (NUL).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fieldbook does not know the encoding “%1”.</source>
        <translation>Fieldbook kennt die Zeichenkodierung „%1“ nicht.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is not in the encoding %1: bytes near byte %2 are not text in it. Choose the encoding the file was saved in.</source>
        <translation>Die Datei ist nicht in der Zeichenkodierung %1: Bytes nahe Byte %2 sind darin kein Text. Wählen Sie die Kodierung, in der die Datei gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file holds a NUL character near byte %1: it is not a CSV file, or not in the encoding %2.</source>
        <translation>Die Datei enthält ein NUL-Zeichen nahe Byte %1: sie ist keine CSV-Datei oder nicht in der Zeichenkodierung %2.</translation>
    </message>
    <message>
        <location filename="../core/formats/ValueReading.cpp" line="+151"/>
        <source>Not a whole number.</source>
        <translation>Keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A whole number too large to keep.</source>
        <translation>Eine ganze Zahl, zu groß zum Speichern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a number.</source>
        <translation>Keine Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More decimal places than the field keeps (%1).</source>
        <translation>Mehr Nachkommastellen, als das Feld hat (%1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not a date; dates are read as 2026-01-31 or 01/31/2026.</source>
        <translation>Kein Datum; Datumsangaben werden als 2026-01-31 oder 01/31/2026 gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date; dates are read as 2026-01-31 or 31.01.2026.</source>
        <translation>Kein Datum; Datumsangaben werden als 2026-01-31 oder 31.01.2026 gelesen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a time; times are read as 14:30.</source>
        <translation>Keine Uhrzeit; Uhrzeiten werden als 14:30 gelesen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a date and time; they are read as 2026-01-31 14:30 (local time).</source>
        <translation>Kein Datum mit Uhrzeit; sie werden als 2026-01-31 14:30 (Ortszeit) gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yes or no.</source>
        <translation>Weder ja noch nein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not one of the choices: %1.</source>
        <translation>Keine der Auswahlen: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not one of the choices: %2.</source>
        <translation>„%1“ ist keine der Auswahlen: %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordImporter.cpp" line="+75"/>
        <source>The form it refers to has no records.</source>
        <translation>Das Formular, auf das es verweist, hat keine Datensätze.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Several records are called so; the row cannot say which one it means.</source>
        <translation>Mehrere Datensätze heißen so; die Zeile kann nicht sagen, welcher gemeint ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record called so is in the trash.</source>
        <translation>Der Datensatz mit diesem Namen liegt im Papierkorb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record is called so.</source>
        <translation>Kein Datensatz heißt so.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>A record in the trash has this value; restore it or empty the trash first.</source>
        <translation>Ein Datensatz im Papierkorb hat diesen Wert; stellen Sie ihn zuerst wieder her oder leeren Sie den Papierkorb.</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>The import was stopped; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../core/tasks/CsvImport.cpp" line="+19"/>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="-29"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="+59"/>
        <source>The row has more fields than the file has columns (%1).</source>
        <translation>Die Zeile hat mehr Felder, als die Datei Spalten hat (%1).</translation>
    </message>
    <message>
        <location filename="../core/storage/BookBackup.cpp" line="+60"/>
        <source>The backup was cancelled; nothing was changed.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk that holds “%1” is full; the copy was not made. The book is unchanged.</source>
        <translation>Der Datenträger mit „%1“ ist voll; die Kopie wurde nicht angelegt. Das Buch ist unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be written (permission, or no such folder); the copy was not made.</source>
        <translation>„%1“ kann nicht geschrieben werden (Berechtigung, oder kein solcher Ordner); die Kopie wurde nicht angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program kept “%1” locked for 30 seconds; nothing was copied. Try again when it is done.</source>
        <translation>Ein anderes Programm hat „%1“ 30 Sekunden lang gesperrt; es wurde nichts kopiert. Versuchen Sie es wieder, wenn es fertig ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy to “%1” failed; the book is unchanged.</source>
        <translation>Die Kopie nach „%1“ ist fehlgeschlagen; das Buch ist unverändert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only a book in a file is backed up this way.</source>
        <translation>Nur ein Buch in einer Datei wird so gesichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is the book itself; a copy goes into another file.</source>
        <translation>„%1“ ist das Buch selbst; eine Kopie kommt in eine andere Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” exists already; a copy never goes over another file.</source>
        <translation>„%1“ gibt es schon; eine Kopie überschreibt nie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The backup folder “%1” cannot be made; no backup was made.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht angelegt werden; es wurde keine Sicherung angelegt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” cannot be read as a book; nothing was changed.</source>
        <translation>„%1“ kann nicht als Buch gelesen werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup “%1” is damaged; nothing was changed.</source>
        <translation>Die Sicherung „%1“ ist beschädigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” cannot be restored: %2 Nothing was changed.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a book in a file is restored this way.</source>
        <translation>Nur ein Buch in einer Datei wird so wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup at “%1”; nothing was changed.</source>
        <translation>Unter „%1“ ist keine Sicherung; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is the book itself; nothing was changed.</source>
        <translation>„%1“ ist das Buch selbst; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/BookCheck.cpp" line="+34"/>
        <source>The check was cancelled before its end.</source>
        <translation>Die Prüfung wurde vor ihrem Ende abgebrochen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A part of the book file is damaged (%1). Save what can be read into a new book: Save What Can Be Read… on the window&apos;s banner, or fieldbook salvage.</source>
        <translation>Ein Teil der Buchdatei ist beschädigt (%1). Speichern Sie das Lesbare in ein neues Buch: „Lesbares speichern…“ im Banner des Fensters oder fieldbook salvage.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>An index does not match the records it sorts, so lists and searches may miss some; a repair rebuilds it.</source>
        <translation>Ein Index passt nicht zu den Datensätzen, die er sortiert; Listen und Suchen können daher welche auslassen. Eine Reparatur baut ihn neu auf.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The book&apos;s own record of its forms and fields does not hold together (another program changed it).</source>
        <translation>Die eigene Aufzeichnung des Buches über seine Formulare und Felder passt nicht zusammen (ein anderes Programm hat sie geändert).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It refers to a record of “%1” that is not there.</source>
        <translation>Es verweist auf einen Datensatz von „%1“, den es nicht gibt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The form&apos;s table “%1” is missing: its records cannot be read.</source>
        <translation>Die Tabelle „%1“ des Formulars fehlt: Seine Datensätze können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The form&apos;s table lacks the column “%1” that every form&apos;s table has.</source>
        <translation>Der Tabelle des Formulars fehlt die Spalte „%1“, die jede Formulartabelle hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form&apos;s table has no column for this field (“%1”): its values cannot be read.</source>
        <translation>Die Tabelle des Formulars hat keine Spalte für dieses Feld („%1“): Seine Werte können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form&apos;s table has a column “%1” that no field of the form uses (another program added it).</source>
        <translation>Die Tabelle des Formulars hat eine Spalte „%1“, die kein Feld des Formulars nutzt (ein anderes Programm hat sie angelegt).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An index is missing, so lists sorted this way are slow; a repair makes it again.</source>
        <translation>Ein Index fehlt, daher sind so sortierte Listen langsam; eine Reparatur legt ihn neu an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An index is not made as the form says (another program changed it); a repair makes it again.</source>
        <translation>Ein Index ist nicht so angelegt, wie das Formular es sagt (ein anderes Programm hat ihn geändert); eine Reparatur legt ihn neu an.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The stored value “%1” is not a value of this field&apos;s type.</source>
        <translation>Der gespeicherte Wert „%1“ ist kein Wert vom Typ dieses Feldes.</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
</context>
<context>
    <name>fb::EmptyBookPanel</name>
    <message>
        <location filename="../ui/window/EmptyBookPanel.cpp" line="+74"/>
        <source>No book is open</source>
        <translation>Kein Buch ist geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A book holds your forms and their records. Open a book, or create a new one to start; File → Recent Books lists the books used lately.</source>
        <translation>Ein Buch enthält Ihre Formulare und deren Datensätze. Öffnen Sie ein Buch oder legen Sie ein neues an, um zu beginnen; unter Datei → Zuletzt geöffnete Bücher stehen die zuletzt verwendeten Bücher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book has no forms yet</source>
        <translation>Dieses Buch hat noch keine Formulare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A form says which fields each record has. Create one to start entering records, or open another book that has some.</source>
        <translation>Ein Formular legt fest, welche Felder jeder Datensatz hat. Legen Sie eines an, um Datensätze einzugeben, oder öffnen Sie ein anderes Buch, das welche hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Form…</source>
        <translation>&amp;Neues Formular…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>N&amp;eues Buch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Book…</source>
        <translation>B&amp;uch öffnen…</translation>
    </message>
</context>
<context>
    <name>fb::ExistingBook</name>
    <message>
        <location filename="../app/ExistingBook.cpp" line="+48"/>
        <source>No backup could be made before the change: %1</source>
        <translation>Vor der Änderung konnte keine Sicherung angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: there is no book file here.</source>
        <translation>%1: hier ist keine Buchdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no forms.</source>
        <translation>%1 hat keine Formulare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no form “%2”; it has: %3.</source>
        <translation>%1 hat kein Formular „%2“; es hat: %3.</translation>
    </message>
</context>
<context>
    <name>fb::ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="+64"/>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1: %2 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The standard output cannot be written: %1</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz in %1 geschrieben.</numerusform>
            <numerusform>%Ln Datensätze in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExportDialog</name>
    <message>
        <location filename="../ui/exchange/ExportDialog.cpp" line="+108"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV for a spreadsheet (Excel, %1)</source>
        <extracomment>%1 is the interface language&apos;s name, e.g. &quot;English&quot;.</extracomment>
        <translation>CSV für eine Tabellenkalkulation (Excel, %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX), typed cells</source>
        <translation>Excel-Arbeitsmappe (XLSX), typisierte Zellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for other programs (RFC 4180)</source>
        <translation>CSV für andere Programme (RFC 4180)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, with the form’s definition</source>
        <translation>JSON, mit der Definition des Formulars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %Ln record(s) the table &amp;shows, in its order</source>
        <translation>
            <numerusform>Der %Ln Datensatz, den die Tabelle &amp;zeigt</numerusform>
            <numerusform>Die %Ln Datensätze, die die Tabelle &amp;zeigt, in ihrer Reihenfolge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All records of the form, without the search and filter</source>
        <translation>&amp;Alle Datensätze des Formulars, ohne Suche und Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a folder. Give the name of a file to write, in that folder or another.</source>
        <translation>%1 ist ein Ordner. Geben Sie den Namen einer Datei an, die geschrieben werden soll, in diesem Ordner oder einem anderen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file’s name ends in .%1, but the format chosen writes .%2 files; another program would take it for the wrong kind.</source>
        <translation>Der Dateiname endet auf .%1, aber das gewählte Format schreibt .%2-Dateien; ein anderes Programm hielte die Datei für die falsche Art.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name It .%1</source>
        <translation>&amp;Auf .%1 umbenennen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 exists. Replace it with the export?</source>
        <translation>%1 gibt es schon. Durch den Export ersetzen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>fb::ExportFlow</name>
    <message>
        <location filename="../ui/exchange/ExportFlow.cpp" line="+125"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1 wird nach %2 exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>%Ln record(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%Ln Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was stopped; %1 is as it was.</source>
        <translation>Der Export wurde abgebrochen; %1 ist unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
</context>
<context>
    <name>fb::FieldPropertiesEditor</name>
    <message>
        <location filename="../ui/designer/FieldPropertiesEditor.cpp" line="+109"/>
        <source>Text</source>
        <comment>field type</comment>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long text</source>
        <translation>Langer Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal number</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <comment>field type</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <comment>field type</comment>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several choices</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record of another form</source>
        <translation>Datensatz eines anderen Formulars</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;quired:</source>
        <translation>Pflichtfel&amp;d:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum len&amp;gth:</source>
        <translation>Maximale &amp;Länge:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;ttern:</source>
        <translation>Mus&amp;ter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique:</source>
        <translation>Eindeutig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum:</source>
        <translation>&amp;Minimum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decimal &amp;places:</source>
        <translation>Nach&amp;kommastellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help:</source>
        <translation>&amp;Hilfe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ch&amp;oices:</source>
        <translation>Aus&amp;wahlmöglichkeiten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lin&amp;ks to:</source>
        <translation>&amp;Verweist auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default:</source>
        <translation>&amp;Standardwert:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A value must be given</source>
        <translation>Es muss ein Wert angegeben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two records may have the same value</source>
        <translation>Keine zwei Datensätze dürfen denselben Wert haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A regular expression</source>
        <translation>Ein regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A regular expression the whole text must match</source>
        <translation>Ein regulärer Ausdruck, dem der gesamte Text entsprechen muss</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>One choice per line</source>
        <translation>Eine Auswahlmöglichkeit pro Zeile</translation>
    </message>
</context>
<context>
    <name>fb::FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="+20"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>fb::FilterBar</name>
    <message>
        <location filename="../ui/records/FilterBar.cpp" line="+41"/>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match all</source>
        <comment>filter conditions</comment>
        <translation>Alle erfüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any</source>
        <comment>filter conditions</comment>
        <translation>Eine erfüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that meet</source>
        <translation>Datensätze, die</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that meet all of the conditions, or any one of them</source>
        <translation>Datensätze, die alle Bedingungen erfüllen oder eine davon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add Co&amp;ndition</source>
        <translation>+ Bed&amp;ingung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another condition</source>
        <translation>Weitere Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all records again</source>
        <translation>Wieder alle Datensätze anzeigen</translation>
    </message>
</context>
<context>
    <name>fb::FilterConditionRow</name>
    <message>
        <location filename="../ui/records/FilterConditionRow.cpp" line="+21"/>
        <source>contains</source>
        <comment>filter condition</comment>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is</source>
        <comment>filter condition</comment>
        <translation>ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at least</source>
        <comment>filter condition</comment>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at most</source>
        <comment>filter condition</comment>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <comment>filter condition</comment>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty</source>
        <comment>filter condition</comment>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Filter field</source>
        <translation>Filterfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter condition</source>
        <translation>Filterbedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter value</source>
        <translation>Filterwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value, then Enter</source>
        <translation>Wert, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>fb::FormDesignerDialog</name>
    <message>
        <location filename="../ui/designer/FormDesignerDialog.cpp" line="+240"/>
        <source>New Form</source>
        <translation>Neues Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design Form — %1</source>
        <translation>Formular gestalten — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;exts in:</source>
        <translation>Textspra&amp;che:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the name, labels, help and choices shown below. Texts not given in a language show the default ones.</source>
        <translation>Die Sprache, in der Name, Beschriftungen, Hilfetexte und Auswahlmöglichkeiten unten angezeigt werden. Für Texte, die in einer Sprache fehlen, werden die Standardtexte angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blank form</source>
        <translation>Leeres Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Field</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <comment>how the form will look</comment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>&amp;Create Form</source>
        <translation>Formular &amp;anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form files make new forms: use Form → New Form…</source>
        <translation>Formulardateien erzeugen neue Formulare: Verwenden Sie Formular → Neues Formular…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Default texts</source>
        <translation>Standardtexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (default)</source>
        <comment>the form&apos;s default language</comment>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Records are named &amp;by:</source>
        <translation>Datensät&amp;ze benannt nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fields:</source>
        <comment>the fields of the form being designed</comment>
        <translation>Felde&amp;r:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expo&amp;rt…</source>
        <translation>Ex&amp;portieren…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Apply &amp;Changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Form not created</source>
        <translation>Formular nicht angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes not applied</source>
        <translation>Änderungen nicht übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new form is not created yet.</source>
        <translation>Das neue Formular ist noch nicht angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to the form “%1” are not applied yet.</source>
        <translation>Die Änderungen am Formular „%1“ sind noch nicht übernommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create it before closing?</source>
        <translation>Vor dem Schließen anlegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply them before closing?</source>
        <translation>Vor dem Schließen übernehmen?</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Field %1</source>
        <extracomment>Label of a newly added field; %1 is its number.</extracomment>
        <translation>Feld %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The form needs a name.</source>
        <translation>Das Formular benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the form…</source>
        <translation>Formular wird angelegt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changing the form and its records…</source>
        <translation>Formular und Datensätze werden geändert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form was created.</source>
        <translation>Das Formular wurde angelegt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The changes were applied.</source>
        <translation>Die Änderungen wurden angewendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>fb::FormFiles</name>
    <message>
        <location filename="../ui/designer/FormFiles.cpp" line="+18"/>
        <source>Form files (*.json);;All files (*)</source>
        <translation>Formulardateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Form</source>
        <translation>Formular importieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Form</source>
        <translation>Formular exportieren</translation>
    </message>
</context>
<context>
    <name>fb::FormGuess</name>
    <message>
        <location filename="../core/formats/FormGuess.cpp" line="+75"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>fb::FormImport</name>
    <message>
        <location filename="../app/FormImport.cpp" line="+34"/>
        <source>The book %1 is damaged; it was left untouched and the form was not brought in.</source>
        <translation>Das Buch %1 ist beschädigt; es wurde nicht verändert und das Formular wurde nicht übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book %1 is read-only; the form was not brought in.</source>
        <translation>Das Buch %1 ist schreibgeschützt; das Formular wurde nicht übernommen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The form “%1” is in %2 (table %3).</source>
        <translation>Das Formular „%1“ befindet sich in %2 (Tabelle %3).</translation>
    </message>
</context>
<context>
    <name>fb::FormListPanel</name>
    <message>
        <location filename="../ui/window/FormListPanel.cpp" line="+38"/>
        <source>For&amp;ms</source>
        <translation>For&amp;mulare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Formulare</translation>
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
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::FormTemplates</name>
    <message>
        <location filename="../core/model/FormTemplates.cpp" line="+33"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s full name.</source>
        <translation>Der vollständige Name der Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Materialien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field observation</source>
        <translation>Feldbeobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed at</source>
        <translation>Beobachtet am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count</source>
        <extracomment>How many animals or plants were seen.</extracomment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees north, -90 to 90.</source>
        <translation>Grad Nord, -90 bis 90.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees east, -180 to 180.</source>
        <translation>Grad Ost, -180 bis 180.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Habitat</source>
        <translation>Lebensraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forest</source>
        <translation>Wald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grassland</source>
        <translation>Grasland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wetland</source>
        <translation>Feuchtgebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weather</source>
        <translation>Wetter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunny</source>
        <translation>Sonnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloudy</source>
        <translation>Bewölkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain</source>
        <translation>Regen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
</context>
<context>
    <name>fb::HandbookDialog</name>
    <message>
        <location filename="../ui/window/HandbookDialog.cpp" line="+30"/>
        <source>Fieldbook Handbook</source>
        <translation>Fieldbook-Handbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handbook</source>
        <translation>Handbuch</translation>
    </message>
</context>
<context>
    <name>fb::ImportCommand</name>
    <message>
        <location filename="../app/ImportCommand.cpp" line="+73"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, %2</source>
        <translation>Zeile %1, %2</translation>
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
        <translation>%1: „%2“: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %Ln more row(s) with problems.</source>
        <translation>
            <numerusform>… und %Ln weitere Zeile mit Problemen.</numerusform>
            <numerusform>… und %Ln weitere Zeilen mit Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: no column is named after a field of “%2” (its fields: %3). Use the field names as the header, or --no-header for columns in the form&apos;s order.</source>
        <translation>%1: keine Spalte ist nach einem Feld von „%2“ benannt (seine Felder: %3). Verwenden Sie die Feldnamen als Kopfzeile, oder --no-header für Spalten in der Reihenfolge des Formulars.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Columns left out (no field has their name): %1</source>
        <translation>Ausgelassene Spalten (kein Feld hat ihren Namen): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rows read (%2%)</source>
        <translation>%1 Zeilen gelesen (%2 %)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: there are no rows to import (after %Ln line(s) left out).</source>
        <translation>
            <numerusform>%1: es gibt keine Zeilen zu importieren (nach %Ln ausgelassenen Zeile).</numerusform>
            <numerusform>%1: es gibt keine Zeilen zu importieren (nach %Ln ausgelassenen Zeilen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln row(s) ready</source>
        <translation>
            <numerusform>%Ln Zeile bereit</numerusform>
            <numerusform>%Ln Zeilen bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen</numerusform>
            <numerusform>%Ln Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) to leave out as already there</source>
        <translation>
            <numerusform>%Ln Zeile auszulassen, da schon vorhanden</numerusform>
            <numerusform>%Ln Zeilen auszulassen, da schon vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed (a dry run).</source>
        <translation>Nichts wurde geändert (ein Probelauf).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) with problems; nothing was imported (use --good-rows to import the others).</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen; nichts wurde importiert (mit --good-rows werden die anderen importiert).</numerusform>
            <numerusform>%Ln Zeilen mit Problemen; nichts wurde importiert (mit --good-rows werden die anderen importiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln record(s) imported into “%1”</source>
        <translation>
            <numerusform>%Ln Datensatz in „%1“ importiert</numerusform>
            <numerusform>%Ln Datensätze in „%1“ importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln left out as already there</source>
        <translation>
            <numerusform>%Ln ausgelassen, da schon vorhanden</numerusform>
            <numerusform>%Ln ausgelassen, da schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen ausgelassen</numerusform>
            <numerusform>%Ln Zeilen mit Problemen ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message>
        <location filename="../ui/exchange/ImportDialog.cpp" line="+256"/>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, Little Endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, Big Endian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European (Windows-1252)</source>
        <translation>Westeuropäisch (Windows-1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western European (ISO 8859-15)</source>
        <translation>Westeuropäisch (ISO 8859-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (Windows-1250)</source>
        <translation>Mitteleuropäisch (Windows-1250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Kyrillisch (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic (Windows-1256)</source>
        <translation>Arabisch (Windows-1256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS Western European (code page 850)</source>
        <translation>DOS Westeuropäisch (Codepage 850)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese (Shift JIS)</source>
        <translation>Japanisch (Shift JIS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (GB 18030)</source>
        <translation>Chinesisch (GB 18030)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote:</source>
        <translation>Anf&amp;ührungszeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double quote (&quot;)</source>
        <translation>Doppeltes Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single quote (&apos;)</source>
        <translation>Einfaches Anführungszeichen (&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: quotes are text</source>
        <translation>Keins: Anführungszeichen sind Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row &amp;holds the column names</source>
        <translation>Die erste Zeile enthält die Spalte&amp;nnamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;lines at the start:</source>
        <translation>Am Anfang ü&amp;berspringen (Zeilen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umbers:</source>
        <translation>Za&amp;hlen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1,234.5 (decimal point)</source>
        <translation>1,234.5 (Dezimalpunkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.234,5 (decimal comma)</source>
        <translation>1.234,5 (Dezimalkomma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 234,5 (decimal comma, spaces between groups)</source>
        <translation>1 234,5 (Dezimalkomma, Leerzeichen zwischen Gruppen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>D&amp;atumsangaben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31.01.2026 (day first)</source>
        <translation>31.01.2026 (Tag zuerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>01/31/2026 (month first)</source>
        <translation>01/31/2026 (Monat zuerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-01-31 only (year first)</source>
        <translation>nur 2026-01-31 (Jahr zuerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colu&amp;mns and the fields they fill:</source>
        <translation>Spalten und die &amp;Felder, die sie füllen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with problems:</source>
        <translation>Zeilen mit Problemen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All rows or none: import nothing unless every row is good</source>
        <translation>A&amp;lle Zeilen oder keine: nichts importieren, wenn nicht jede Zeile stimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the &amp;good rows: leave out the rows with problems</source>
        <translation>Nur die &amp;guten Zeilen: Zeilen mit Problemen auslassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value a record has &amp;there:</source>
        <translation>Wert schon &amp;vorhanden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row whose value in a unique field a record already has</source>
        <translation>Eine Zeile, deren Wert in einem eindeutigen Feld ein Datensatz schon hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a problem of its row</source>
        <translation>ist ein Problem dieser Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaves the row out</source>
        <translation>lässt die Zeile aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates that record with the row</source>
        <translation>aktualisiert diesen Datensatz mit der Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;Rejected Rows…</source>
        <translation>Abgelehnte Zeilen spei&amp;chern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every row as the import would, and change nothing</source>
        <translation>Jede Zeile lesen wie der Import, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the CSV file to import.</source>
        <translation>Wählen Sie die CSV-Datei, die importiert werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows line ends (CR LF)</source>
        <translation>Windows-Zeilenenden (CR LF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old Mac line ends (CR)</source>
        <translation>alte Mac-Zeilenenden (CR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix line ends (LF)</source>
        <translation>Unix-Zeilenenden (LF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1, %2, %3.</source>
        <translation>Gelesen als %1, %2, %3.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(left out)</source>
        <translation>(ausgelassen)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No column fills these required fields, so every row will be refused: %1</source>
        <translation>Keine Spalte füllt diese Pflichtfelder, also wird jede Zeile abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The check was stopped; nothing was changed.</source>
        <translation>Die Prüfung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) ready to import</source>
        <translation>
            <numerusform>%Ln Zeile bereit zum Import</numerusform>
            <numerusform>%Ln Zeilen bereit zum Import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen</numerusform>
            <numerusform>%Ln Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of them update(s) a record already in the book</source>
        <translation>
            <numerusform>%Ln davon aktualisiert einen Datensatz im Buch</numerusform>
            <numerusform>%Ln davon aktualisieren Datensätze im Buch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) left out as already in the book</source>
        <translation>
            <numerusform>%Ln Zeile ausgelassen, da schon im Buch</numerusform>
            <numerusform>%Ln Zeilen ausgelassen, da schon im Buch</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import brings in nothing unless every row is good, or only the good rows if you choose so above.</source>
        <translation>Importieren bringt nichts hinein, wenn nicht jede Zeile stimmt, oder nur die guten Zeilen, wenn Sie das oben wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: every row has a problem.</source>
        <translation>Nichts wurde importiert: jede Zeile hat ein Problem.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was imported: %Ln row(s) have problems. Fix the file, or choose “Only the good rows” to import the others.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %Ln Zeile hat Probleme. Berichtigen Sie die Datei, oder wählen Sie „Nur die guten Zeilen“, um die anderen zu importieren.</numerusform>
            <numerusform>Nichts wurde importiert: %Ln Zeilen haben Probleme. Berichtigen Sie die Datei, oder wählen Sie „Nur die guten Zeilen“, um die anderen zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 - rejected rows.csv</source>
        <extracomment>%1 is the imported file&apos;s name without its ending.</extracomment>
        <translation>%1 - abgelehnte Zeilen.csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rejected rows could not be saved to %1.</source>
        <translation>Die abgelehnten Zeilen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>fb::ImportFlow</name>
    <message>
        <location filename="../ui/exchange/ImportFlow.cpp" line="+104"/>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) imported into %1</source>
        <translation>
            <numerusform>%Ln Datensatz in %1 importiert</numerusform>
            <numerusform>%Ln Datensätze in %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) updated</source>
        <translation>
            <numerusform>%Ln Datensatz aktualisiert</numerusform>
            <numerusform>%Ln Datensätze aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen ausgelassen</numerusform>
            <numerusform>%Ln Zeilen mit Problemen ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking %1 for %2…</source>
        <translation>%1 wird für %2 geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 into %2…</source>
        <translation>%1 wird in %2 importiert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rows, %2 a second</source>
        <translation>%1 Zeilen, %2 pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %Ln Minute</numerusform>
            <numerusform>Noch etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Noch etwa %Ln Sekunde</numerusform>
            <numerusform>Noch etwa %Ln Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportUndoCommand</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportUndoCommand.cpp" line="+14"/>
        <source>Import of %Ln record(s)</source>
        <translation>
            <numerusform>Import von %Ln Datensatz</numerusform>
            <numerusform>Import von %Ln Datensätzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::MainActions</name>
    <message>
        <location filename="../ui/window/MainActions.cpp" line="+175"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orm</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Books</source>
        <translation>&amp;Zuletzt geöffnete Bücher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>&amp;Neues Buch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Book…</source>
        <translation>Buch ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose Book</source>
        <translation>Buch sch&amp;ließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Book To &amp;Server…</source>
        <translation>Buch auf &amp;Server kopieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Book To &amp;File…</source>
        <translation>Buch in &amp;Datei kopieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a copy of the book in its backup folder</source>
        <translation>Eine Kopie des Buches in seinen Sicherungsordner legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck Book…</source>
        <translation>Buch &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for damage and for values that break their fields&apos; rules</source>
        <translation>Nach Schäden und nach Werten suchen, die die Regeln ihrer Felder verletzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Form…</source>
        <translation>&amp;Neues Formular…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Form from &amp;CSV File…</source>
        <translation>Neues Formular aus &amp;CSV-Datei…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a form with a field for each column of a CSV file, then import its rows</source>
        <translation>Ein Formular mit einem Feld je Spalte einer CSV-Datei anlegen, dann ihre Zeilen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Design Form…</source>
        <translation>Formular &amp;gestalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Form…</source>
        <translation>Formular &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <comment>record</comment>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record (%1)</source>
        <translation>Neuer Datensatz (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record (%1)</source>
        <translation>Datensatz speichern (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes to this record (Esc)</source>
        <translation>Änderungen an diesem Datensatz verwerfen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <comment>record</comment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the record to the trash</source>
        <translation>Datensatz in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <comment>record</comment>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt</source>
        <comment>record</comment>
        <translation>Nä&amp;chster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First Record</source>
        <translation>&amp;Erster Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last Record</source>
        <translation>Le&amp;tzter Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read records from a CSV file into the form</source>
        <translation>Datensätze aus einer CSV-Datei in das Formular lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the records to a CSV or JSON file</source>
        <translation>Die Datensätze in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table and Form</source>
        <translation>Tabelle &amp;und Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &amp;Only</source>
        <translation>Nur &amp;Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form Only</source>
        <translation>Nur &amp;Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handbook</source>
        <translation>Ha&amp;ndbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Tasten&amp;kürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fieldbook</source>
        <translation>Ü&amp;ber Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+190"/>
        <source>About Fieldbook</source>
        <translation>Über Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Fill forms into a database without waiting for it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Formulare in eine Datenbank ausfüllen, ohne auf sie zu warten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Closing %1: saving what is still waiting…</source>
        <translation>%1 wird geschlossen: Ausstehendes wird gespeichert…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No backup could be made before the change: %1</source>
        <translation>Vor der Änderung konnte keine Sicherung angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Save What Can Be Re&amp;ad…</source>
        <translation>&amp;Lesbares speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book could not be opened: %1</source>
        <translation>Das Buch konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book file is damaged, so it is open read-only and nothing can be saved in it. A list may stop where the damage begins; “Save What Can Be Read…” copies every record that can still be read into a new book.</source>
        <translation>Diese Buchdatei ist beschädigt und daher schreibgeschützt geöffnet; darin kann nichts gespeichert werden. Eine Liste kann dort enden, wo die Beschädigung beginnt; „Lesbares speichern…“ kopiert jeden noch lesbaren Datensatz in ein neues Buch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read only: you may look but not change records on this server.</source>
        <translation>Schreibgeschützt: Sie können die Datensätze auf diesem Server ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: you may look but not change records in this book.</source>
        <translation>Schreibgeschützt: Sie können die Datensätze in diesem Buch ansehen, aber nicht ändern.</translation>
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
        <translation>Buch in Datei kopieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 (copy).fieldbook</source>
        <extracomment>File name offered for a copy of the book.</extracomment>
        <translation>%1 (Kopie).fieldbook</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Another program restored a backup into this book; it is shown afresh.</source>
        <translation>Ein anderes Programm hat eine Sicherung in dieses Buch zurückgespielt; es wird neu angezeigt.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 (copy %2).fieldbook</source>
        <extracomment>File name offered for a further copy of the book: name and number.</extracomment>
        <translation>%1 (Kopie %2).fieldbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Fieldbook-Bücher (*.fieldbook);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copying %1 to %2…</source>
        <translation>%1 wird nach %2 kopiert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy Book</source>
        <translation>Buch kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book was not copied to %1: %2</source>
        <translation>Das Buch wurde nicht nach %1 kopiert: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1 and %2 to %3.</source>
        <comment>forms, records, book</comment>
        <translation>%1 und %2 wurden nach %3 kopiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n Formular</numerusform>
            <numerusform>%n Formulare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Delete form</source>
        <translation>Formular löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the form “%1” and all its records? This cannot be undone.</source>
        <translation>Das Formular „%1“ mit allen Datensätzen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form deleted.</source>
        <translation>Formular gelöscht.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+8"/>
        <source>New Form from CSV File</source>
        <translation>Neues Formular aus CSV-Datei</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Handbook</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handbook is not installed. It is part of the Fieldbook package, in share/fieldbook/handbook.</source>
        <translation>Das Handbuch ist nicht installiert. Es gehört zum Fieldbook-Paket, in share/fieldbook/handbook.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The form was not deleted: %1</source>
        <translation>Das Formular wurde nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>fb::NumberFieldEditor</name>
    <message>
        <location filename="../ui/editors/NumberFieldEditor.cpp" line="+22"/>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Number, %Ln decimal place(s)</source>
        <translation>
            <numerusform>Zahl, %Ln Nachkommastelle</numerusform>
            <numerusform>Zahl, %Ln Nachkommastellen</numerusform>
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
            <numerusform> Sicherung</numerusform>
            <numerusform> Sicherungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> week(s)</source>
        <extracomment>After the number of weeks one backup a week is kept, in a spin box.</extracomment>
        <translation>
            <numerusform> Woche</numerusform>
            <numerusform> Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole window changes language at once. Form texts follow where the form gives them in that language.</source>
        <translation>Das gesamte Fenster wechselt sofort die Sprache. Formulartexte folgen, sofern das Formular sie in dieser Sprache enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups of books in files</source>
        <translation>Sicherungen von Büchern in Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;backups automatically: before a form changes, before an import, and before the first change of each day</source>
        <translation>&amp;Automatisch sichern: bevor sich ein Formular ändert, vor einem Import und vor der ersten Änderung jedes Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;them:</source>
        <translation>Auf&amp;bewahren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a folder beside the book</source>
        <translation>In einem Ordner neben dem Buch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In my data folder</source>
        <translation>In meinem Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;newest:</source>
        <translation>Die &amp;neuesten behalten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And one a &amp;week for:</source>
        <translation>Und eine pro &amp;Woche für:</translation>
    </message>
</context>
<context>
    <name>fb::ProgressNotice</name>
    <message>
        <location filename="../ui/common/ProgressNotice.cpp" line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>fb::RecordBrowser</name>
    <message>
        <location filename="../ui/records/RecordBrowser.cpp" line="+83"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search records</source>
        <translation>Datensätze durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these records cannot be read: this part of the book is damaged. The notice at the top of the window offers to save what can be read into a new book.</source>
        <translation>Einige dieser Datensätze lassen sich nicht lesen: Dieser Teil des Buchs ist beschädigt. Der Hinweis oben im Fenster bietet an, das Lesbare in ein neues Buch zu retten.</translation>
    </message>
</context>
<context>
    <name>fb::RecordController</name>
    <message>
        <location filename="../ui/records/RecordController.cpp" line="-202"/>
        <source>Record %1 of %2</source>
        <translation>Datensatz %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New record; %Ln in the list</source>
        <translation>
            <numerusform>Neuer Datensatz; %Ln in der Liste</numerusform>
            <numerusform>Neuer Datensatz; %Ln in der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Record not in the list; %Ln in the list</source>
        <translation>
            <numerusform>Datensatz nicht in der Liste; %Ln in der Liste</numerusform>
            <numerusform>Datensatz nicht in der Liste; %Ln in der Liste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The record cannot be saved: a field needs attention.</source>
        <translation>Der Datensatz kann nicht gespeichert werden: Ein Feld muss überprüft werden.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The form below has unsaved changes: save or undo them before editing the table.</source>
        <translation>Das Formular unten hat nicht gespeicherte Änderungen: Speichern oder verwerfen Sie sie, bevor Sie die Tabelle bearbeiten.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Move this record to the trash?</source>
        <translation>Diesen Datensatz in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%1” to the trash?</source>
        <translation>„%1“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can restore it from Record → Trash.</source>
        <translation>Sie können ihn über Datensatz → Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored from the trash.</source>
        <translation>Aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved: the record was changed elsewhere; your changes are still in the form.</source>
        <translation>Nicht gespeichert: Der Datensatz wurde an anderer Stelle geändert; Ihre Änderungen sind weiterhin im Formular vorhanden.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Changes undone.</source>
        <translation>Änderungen rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete record</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Moved to the trash.</source>
        <translation>In den Papierkorb verschoben.</translation>
    </message>
</context>
<context>
    <name>fb::RecordExporter</name>
    <message>
        <location filename="../core/formats/RecordExport.cpp" line="+88"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>fb::RecordForm</name>
    <message>
        <location filename="../ui/records/RecordForm.cpp" line="+107"/>
        <source>Add fields to see the form here.</source>
        <translation>Fügen Sie Felder hinzu, um das Formular hier zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form has no fields yet. Add some with Form → Design Form…</source>
        <translation>Dieses Formular hat noch keine Felder. Fügen Sie welche über Formular → Formular gestalten… hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No form is chosen. Pick one from the list, or create one with Form → New Form…</source>
        <translation>Kein Formular ausgewählt. Wählen Sie eines aus der Liste oder erstellen Sie eines über Formular → Neues Formular…</translation>
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
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 Expected: %2</source>
        <comment>message, pattern</comment>
        <translation>%1 Erwartet: %2</translation>
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
        <translation>(fehlender Datensatz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed record)</source>
        <translation>(unbenannter Datensatz)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
</context>
<context>
    <name>fb::ReferenceFieldEditor</name>
    <message>
        <location filename="../ui/editors/ReferenceFieldEditor.cpp" line="+47"/>
        <source>Type to find a record of %1</source>
        <translation>Tippen Sie, um einen Datensatz aus %1 zu finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referenced form is missing</source>
        <translation>Das Formular, auf das verwiesen wird, fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 (record %2)</source>
        <translation>%1 (Datensatz %2)</translation>
    </message>
</context>
<context>
    <name>fb::RestoreDialog</name>
    <message>
        <location filename="../ui/book/RestoreDialog.cpp" line="+107"/>
        <source>Backed up by hand</source>
        <translation>Von Hand gesichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First change of the day</source>
        <translation>Erste Änderung des Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a form change</source>
        <translation>Vor einer Formularänderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a repair</source>
        <translation>Vor einer Reparatur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>forms, records</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n Formular</numerusform>
            <numerusform>%n Formulare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+22"/>
        <location line="+15"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Bring the book back to the backup of %1?</source>
        <translation>Das Buch auf die Sicherung vom %1 zurücksetzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the book back to the backup in %1?</source>
        <translation>Das Buch auf die Sicherung in %1 zurücksetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its forms and records replace those of the book. The book as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ihre Formulare und Datensätze ersetzen die des Buches. Das Buch, wie es jetzt ist, wird zuerst gesichert; so lässt sich dies rückgängig machen, indem man diese Sicherung wiederherstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Fieldbook-Bücher (*.fieldbook);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no backups of this book in %1 yet. Choose Other File to restore a backup kept elsewhere.</source>
        <translation>In %1 gibt es noch keine Sicherungen dieses Buches. Wählen Sie „Andere Datei“, um eine anderswo aufbewahrte Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups of this book, newest first (in %1):</source>
        <translation>&amp;Sicherungen dieses Buches, neueste zuerst (in %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other File…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>fb::RestoreRecordCommand</name>
    <message>
        <location filename="../ui/records/RestoreRecordCommand.cpp" line="+14"/>
        <source>Restore Record</source>
        <translation>Datensatz wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore “%1”</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>fb::SalvageFlow</name>
    <message>
        <location filename="../ui/book/SalvageFlow.cpp" line="+27"/>
        <location line="+44"/>
        <source>Save What Can Be Read</source>
        <translation>Lesbares speichern</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Fieldbook-Bücher (*.fieldbook);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (saved).fieldbook</source>
        <extracomment>File name offered for the new book that gets what can be read of a damaged one.</extracomment>
        <translation>%1 (gerettet).fieldbook</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving what can be read of %1 into %2…</source>
        <translation>Lesbares aus %1 wird in %2 gespeichert…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was saved in %1: %2</source>
        <translation>In %1 wurde nichts gespeichert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What could be read is saved in %1. The damaged book was not changed.</source>
        <translation>Was gelesen werden konnte, ist in %1 gespeichert. Das beschädigte Buch wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open New Book</source>
        <translation>Neues Buch &amp;öffnen</translation>
    </message>
</context>
<context>
    <name>fb::SaveRecordCommand</name>
    <message>
        <location filename="../ui/records/SaveRecordCommand.cpp" line="-75"/>
        <source>New Record</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Record “%1”</source>
        <translation>Neuer Datensatz „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record Changes</source>
        <translation>Änderungen am Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to “%1”</source>
        <translation>Änderungen an „%1“</translation>
    </message>
</context>
<context>
    <name>fb::ServerDialog</name>
    <message>
        <location filename="../ui/book/ServerDialog.cpp" line="+104"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of %1 for the book %2:</source>
        <translation>Das Passwort von %1 für das Buch %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team book on a PostgreSQL server. The password is not remembered.</source>
        <translation>Ein gemeinsam genutztes Buch auf einem PostgreSQL-Server. Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <comment>TLS mode of the connection</comment>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable: never encrypt</source>
        <comment>TLS mode</comment>
        <translation>Deaktiviert: nie verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer: encrypt when the server can</source>
        <comment>TLS mode</comment>
        <translation>Bevorzugt: verschlüsseln, wenn der Server es unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require: always encrypt</source>
        <comment>TLS mode</comment>
        <translation>Erforderlich: immer verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify CA: encrypt and check the server&apos;s certificate</source>
        <comment>TLS mode</comment>
        <translation>CA prüfen: verschlüsseln und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full: also check the server&apos;s name</source>
        <comment>TLS mode</comment>
        <translation>Vollständig prüfen: auch den Namen des Servers prüfen</translation>
    </message>
</context>
<context>
    <name>fb::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="+120"/>
        <source>In the Table and the Form</source>
        <translation>In Tabelle und Formular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected cell</source>
        <translation>Ausgewählte Zelle bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cell being edited</source>
        <translation>Bearbeitete Zelle speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the cell unchanged</source>
        <translation>Zelle unverändert lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field or cell</source>
        <translation>Nächstes Feld oder nächste Zelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field or cell</source>
        <translation>Vorheriges Feld oder vorherige Zelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the label or button with the underlined letter</source>
        <extracomment>The key column: Alt with the letter underlined in a label or button.</extracomment>
        <translation>Zur Beschriftung oder Schaltfläche mit dem unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;keys of the main window, menu by menu:</source>
        <translation>Die &amp;Tasten des Hauptfensters, Menü für Menü:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>fb::StatusPanel</name>
    <message>
        <location filename="../ui/window/StatusPanel.cpp" line="+78"/>
        <source>Saving before closing…</source>
        <translation>Vor dem Schließen wird gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book is busy (%1); trying again (%2)…</source>
        <translation>Das Buch ist belegt (%1); neuer Versuch (%2)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to the server again; waiting saves went through.</source>
        <translation>Wieder mit dem Server verbunden; ausstehende Speichervorgänge wurden ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n save(s) waiting.</source>
        <translation>
            <numerusform>Der Server ist nicht erreichbar; Verbindung wird wiederhergestellt (Versuch %1). Ihre Änderungen bleiben erhalten: %n Speichervorgang ausstehend.</numerusform>
            <numerusform>Der Server ist nicht erreichbar; Verbindung wird wiederhergestellt (Versuch %1). Ihre Änderungen bleiben erhalten: %n Speichervorgänge ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No book open</source>
        <translation>Kein Buch geöffnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read only: you may look but not change records on this server (%1).</source>
        <translation>Schreibgeschützt: Sie können die Datensätze auf diesem Server ansehen, aber nicht ändern (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All saved</source>
        <translation>Alles gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Saving %Ln change(s)…</source>
        <translation>
            <numerusform>%Ln Änderung wird gespeichert…</numerusform>
            <numerusform>%Ln Änderungen werden gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Opening the book “%1”…</source>
        <translation>Das Buch „%1“ wird geöffnet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book “%1” is open; checking its file, saves wait for the check…</source>
        <translation>Das Buch „%1“ ist geöffnet; seine Datei wird geprüft, Speichern wartet auf die Prüfung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book “%1” is open</source>
        <translation>Das Buch „%1“ ist geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book “%1” is open read-only: changes cannot be saved</source>
        <translation>Das Buch „%1“ ist schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the book “%1”: %2</source>
        <translation>Das Buch „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last saved %1</source>
        <translation>Zuletzt gespeichert um %1</translation>
    </message>
</context>
<context>
    <name>fb::TemporalFieldEditor</name>
    <message>
        <location filename="../ui/editors/TemporalFieldEditor.cpp" line="+83"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder showing the typed format: Y year, M month, D day digits.</extracomment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:MM</source>
        <extracomment>Placeholder showing the typed format: H hour, M minute digits.</extracomment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a date from the calendar</source>
        <translation>Datum aus dem Kalender wählen</translation>
    </message>
</context>
<context>
    <name>fb::TrashDialog</name>
    <message>
        <location filename="../ui/records/TrashDialog.cpp" line="+78"/>
        <source>Trash — %1</source>
        <translation>Papierkorb — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of “%1” that were deleted. Select some and restore them.</source>
        <translation>Gelöschte Datensätze aus „%1“. Wählen Sie welche aus und stellen Sie sie wieder her.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trash is empty: no record of “%1” was deleted.</source>
        <translation>Der Papierkorb ist leer: Aus „%1“ wurde kein Datensatz gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted records</source>
        <translation>Gelöschte Datensätze</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Delete %n record(s) for good?</source>
        <translation>
            <numerusform>%n Datensatz endgültig löschen?</numerusform>
            <numerusform>%n Datensätze endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+18"/>
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>%n Datensatz endgültig gelöscht.</numerusform>
            <numerusform>%n Datensätze endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete all %n record(s) in the trash for good?</source>
        <translation>
            <numerusform>Den %n Datensatz im Papierkorb endgültig löschen?</numerusform>
            <numerusform>Alle %n Datensätze im Papierkorb endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trash was not emptied: %1</source>
        <translation>Der Papierkorb wurde nicht geleert: %1</translation>
    </message>
</context>
<context>
    <name>fb::TrashRecordCommand</name>
    <message>
        <location filename="../ui/records/TrashRecordCommand.cpp" line="+16"/>
        <source>Delete Record</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>fb::UnsavedChangesPrompt</name>
    <message>
        <location filename="../ui/records/UnsavedChangesPrompt.cpp" line="+13"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record has changes that are not saved yet.</source>
        <translation>Dieser Datensatz enthält Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
</context>
</TS>
