<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fb::FormListPanel</name>
    <message numerus="yes">
        <location filename="../ui/FormListPanel.cpp" line="+96"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
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
        <location filename="../ui/RecordController.cpp" line="+98"/>
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
        <location filename="../ui/StatusPanel.cpp" line="+95"/>
        <source>Saving %Ln change(s)…</source>
        <translation>
            <numerusform>Saving %Ln change…</numerusform>
            <numerusform>Saving %Ln changes…</numerusform>
        </translation>
    </message>
</context>
</TS>
