<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fb::FormListPanel</name>
    <message numerus="yes">
        <location filename="../ui/FormListPanel.cpp" line="+97"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+324"/>
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
        <location filename="../ui/NumberFieldEditor.cpp" line="+23"/>
        <source>Number, %n decimal place(s)</source>
        <translation>
            <numerusform>Number, %n decimal place</numerusform>
            <numerusform>Number, %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::RecordController</name>
    <message numerus="yes">
        <location filename="../ui/RecordController.cpp" line="+99"/>
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
    <name>fb::StatusPanel</name>
    <message numerus="yes">
        <location filename="../ui/StatusPanel.cpp" line="+104"/>
        <source>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n save(s) waiting.</source>
        <translation>
            <numerusform>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n save waiting.</numerusform>
            <numerusform>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n saves waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Saving %Ln change(s)…</source>
        <translation>
            <numerusform>Saving %Ln change…</numerusform>
            <numerusform>Saving %Ln changes…</numerusform>
        </translation>
    </message>
</context>
</TS>
