<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fb::BookCopier</name>
    <message numerus="yes">
        <location filename="../core/tasks/BookCopier.cpp" line="+266"/>
        <source>%1: %n record(s) saved</source>
        <comment>form name</comment>
        <translation>
            <numerusform>%1: %n record saved</numerusform>
            <numerusform>%1: %n records saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n record could not be read</numerusform>
            <numerusform>%n records could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at least %n record(s) could not be read</source>
        <translation>
            <numerusform>at least %n record could not be read</numerusform>
            <numerusform>at least %n records could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::CheckReport</name>
    <message numerus="yes">
        <location filename="../core/model/CheckReport.cpp" line="+65"/>
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>%Ln form</numerusform>
            <numerusform>%Ln forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln problem(s) found (%1); a repair can mend them.</source>
        <translation>
            <numerusform>%Ln problem found (%1); a repair can mend it.</numerusform>
            <numerusform>%Ln problems found (%1); a repair can mend them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln problem(s) found (%1); a repair can mend %2 of them.</source>
        <translation>
            <numerusform>%Ln problem found (%1); a repair can mend %2 of them.</numerusform>
            <numerusform>%Ln problems found (%1); a repair can mend %2 of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1).</source>
        <translation>
            <numerusform>%Ln problem found (%1).</numerusform>
            <numerusform>%Ln problems found (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… and %Ln more problem.</numerusform>
            <numerusform>… and %Ln more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Checking the values: %1 of %Ln record(s)…</source>
        <translation>
            <numerusform>Checking the values: %1 of %Ln record…</numerusform>
            <numerusform>Checking the values: %1 of %Ln records…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::DbError</name>
    <message numerus="yes">
        <location filename="../core/storage/FormSchemaChange.cpp" line="+122"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit.</source>
        <translation>
            <numerusform>%1 cannot change this way: %n record has a value that does not fit.</numerusform>
            <numerusform>%1 cannot change this way: %n records have values that do not fit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit (%2).</source>
        <translation>
            <numerusform>%1 cannot change this way: %n record has a value that does not fit (%2).</numerusform>
            <numerusform>%1 cannot change this way: %n records have values that do not fit (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/StatementClock.cpp" line="+64"/>
        <source>This took longer than %n second(s), so it was stopped; nothing was changed.</source>
        <translation>
            <numerusform>This took longer than %n second, so it was stopped; nothing was changed.</numerusform>
            <numerusform>This took longer than %n seconds, so it was stopped; nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/ExportCommand.cpp" line="+69"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln record written to %1.</numerusform>
            <numerusform>%Ln records written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ExportDialog.cpp" line="+118"/>
        <source>The %Ln record(s) the table &amp;shows, in its order</source>
        <translation>
            <numerusform>The %Ln record the table &amp;shows</numerusform>
            <numerusform>The %Ln records the table &amp;shows, in its order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExportFlow</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ExportFlow.cpp" line="+82"/>
        <source>%Ln record(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln record exported to %1.</numerusform>
            <numerusform>%Ln records exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::FormListPanel</name>
    <message numerus="yes">
        <location filename="../ui/window/FormListPanel.cpp" line="+101"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/ImportCommand.cpp" line="+82"/>
        <source>… and %Ln more row(s) with problems.</source>
        <translation>
            <numerusform>… and %Ln more row with problems.</numerusform>
            <numerusform>… and %Ln more rows with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%1: there are no rows to import (after %Ln line(s) left out).</source>
        <translation>
            <numerusform>%1: there are no rows to import (after %Ln line left out).</numerusform>
            <numerusform>%1: there are no rows to import (after %Ln lines left out).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln row(s) ready</source>
        <translation>
            <numerusform>%Ln row ready</numerusform>
            <numerusform>%Ln rows ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln row with problems</numerusform>
            <numerusform>%Ln rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) to leave out as already there</source>
        <translation>
            <numerusform>%Ln row to leave out as already there</numerusform>
            <numerusform>%Ln rows to leave out as already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln row(s) with problems; nothing was imported (use --good-rows to import the others).</source>
        <translation>
            <numerusform>%Ln row with problems; nothing was imported (use --good-rows to import the others).</numerusform>
            <numerusform>%Ln rows with problems; nothing was imported (use --good-rows to import the others).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln record(s) imported into “%1”</source>
        <translation>
            <numerusform>%Ln record imported into “%1”</numerusform>
            <numerusform>%Ln records imported into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln left out as already there</source>
        <translation>
            <numerusform>%Ln left out as already there</numerusform>
            <numerusform>%Ln left out as already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln row with problems left out</numerusform>
            <numerusform>%Ln rows with problems left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportDialog.cpp" line="+531"/>
        <source>%Ln row(s) ready to import</source>
        <translation>
            <numerusform>%Ln row ready to import</numerusform>
            <numerusform>%Ln rows ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln row with problems</numerusform>
            <numerusform>%Ln rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of them update(s) a record already in the book</source>
        <translation>
            <numerusform>%Ln of them updates a record already in the book</numerusform>
            <numerusform>%Ln of them update records already in the book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) left out as already in the book</source>
        <translation>
            <numerusform>%Ln row left out as already in the book</numerusform>
            <numerusform>%Ln rows left out as already in the book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Nothing was imported: %Ln row(s) have problems. Fix the file, or choose “Only the good rows” to import the others.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row has problems. Fix the file, or choose “Only the good rows” to import the others.</numerusform>
            <numerusform>Nothing was imported: %Ln rows have problems. Fix the file, or choose “Only the good rows” to import the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportFlow</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportFlow.cpp" line="+121"/>
        <source>%Ln record(s) imported into %1</source>
        <translation>
            <numerusform>%Ln record imported into %1</numerusform>
            <numerusform>%Ln records imported into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) updated</source>
        <translation>
            <numerusform>%Ln record updated</numerusform>
            <numerusform>%Ln records updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln row with problems left out</numerusform>
            <numerusform>%Ln rows with problems left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>About %Ln minute left</numerusform>
            <numerusform>About %Ln minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>About %Ln second left</numerusform>
            <numerusform>About %Ln seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportUndoCommand</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportUndoCommand.cpp" line="+14"/>
        <source>Import of %Ln record(s)</source>
        <translation>
            <numerusform>Import of %Ln record</numerusform>
            <numerusform>Import of %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="+472"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n form</numerusform>
            <numerusform>%n forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::NumberFieldEditor</name>
    <message numerus="yes">
        <location filename="../ui/editors/NumberFieldEditor.cpp" line="+23"/>
        <source>Number, %Ln decimal place(s)</source>
        <translation>
            <numerusform>Number, %Ln decimal place</numerusform>
            <numerusform>Number, %Ln decimal places</numerusform>
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
            <numerusform> backup</numerusform>
            <numerusform> backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> week(s)</source>
        <extracomment>After the number of weeks one backup a week is kept, in a spin box.</extracomment>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::RecordController</name>
    <message numerus="yes">
        <location filename="../ui/records/RecordController.cpp" line="+122"/>
        <source>New record; %Ln in the list</source>
        <translation>
            <numerusform>New record; %Ln in the list</numerusform>
            <numerusform>New record; %Ln in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Record not in the list; %Ln in the list</source>
        <translation>
            <numerusform>Record not in the list; %Ln in the list</numerusform>
            <numerusform>Record not in the list; %Ln in the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::RestoreDialog</name>
    <message numerus="yes">
        <location filename="../ui/book/RestoreDialog.cpp" line="+141"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n form</numerusform>
            <numerusform>%n forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::StatusPanel</name>
    <message numerus="yes">
        <location filename="../ui/window/StatusPanel.cpp" line="+105"/>
        <source>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n save(s) waiting.</source>
        <translation>
            <numerusform>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n save waiting.</numerusform>
            <numerusform>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n saves waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Saving %Ln change(s)…</source>
        <translation>
            <numerusform>Saving %Ln change…</numerusform>
            <numerusform>Saving %Ln changes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TrashDialog</name>
    <message numerus="yes">
        <location filename="../ui/records/TrashDialog.cpp" line="+172"/>
        <source>Delete %n record(s) for good?</source>
        <translation>
            <numerusform>Delete %n record for good?</numerusform>
            <numerusform>Delete %n records for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+18"/>
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>%n record deleted for good.</numerusform>
            <numerusform>%n records deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Delete all %n record(s) in the trash for good?</source>
        <translation>
            <numerusform>Delete the %n record in the trash for good?</numerusform>
            <numerusform>Delete all %n records in the trash for good?</numerusform>
        </translation>
    </message>
</context>
</TS>
