<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="266"/>
        <source>%n result(s) exported to {path}</source>
        <translation>
            <numerusform>%n result exported to {path}</numerusform>
            <numerusform>%n results exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="270"/>
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
        <location filename="../../vodmonitor/ui/notices.py" line="76"/>
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
        <location filename="../../vodmonitor/ui/tray.py" line="89"/>
        <source>%n new clip(s), {failed} failed</source>
        <translation>
            <numerusform>%n new clip, {failed} failed</numerusform>
            <numerusform>%n new clips, {failed} failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/tray.py" line="90"/>
        <source>%n new clip(s)</source>
        <translation>
            <numerusform>%n new clip</numerusform>
            <numerusform>%n new clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/notices.py" line="42"/>
        <source>Acknowledged %n result(s)</source>
        <translation>
            <numerusform>Acknowledged %n result</numerusform>
            <numerusform>Acknowledged %n results</numerusform>
        </translation>
    </message>
</context>
</TS>
