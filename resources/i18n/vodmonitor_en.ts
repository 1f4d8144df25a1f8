<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DownloadsPanel</name>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="376"/>
        <source>%n saved</source>
        <translation>
            <numerusform>%n saved</numerusform>
            <numerusform>%n saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="378"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="380"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="311"/>
        <source>%n result(s) exported to {path}</source>
        <translation>
            <numerusform>%n result exported to {path}</numerusform>
            <numerusform>%n results exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="314"/>
        <source>Acknowledgement taken back for %n result(s)</source>
        <translation>
            <numerusform>Acknowledgement taken back for %n result</numerusform>
            <numerusform>Acknowledgement taken back for %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="318"/>
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewResultsBar</name>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/notices.py" line="82"/>
        <source>↑ %n new result(s): show</source>
        <translation>
            <numerusform>↑ %n new result: show</numerusform>
            <numerusform>↑ %n new results: show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/tray.py" line="101"/>
        <source>%n new clip(s), {failed} failed</source>
        <translation>
            <numerusform>%n new clip, {failed} failed</numerusform>
            <numerusform>%n new clips, {failed} failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/tray.py" line="108"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>%n clip ready</numerusform>
            <numerusform>%n clips ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/notices.py" line="43"/>
        <source>Acknowledged %n result(s)</source>
        <translation>
            <numerusform>Acknowledged %n result</numerusform>
            <numerusform>Acknowledged %n results</numerusform>
        </translation>
    </message>
</context>
</TS>
