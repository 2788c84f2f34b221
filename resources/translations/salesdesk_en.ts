<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Answers</name>
    <message numerus="yes">
        <location filename="../../desktop/views/answer_text.py" line="102"/>
        <source>within %n month(s)</source>
        <translation>
            <numerusform>within %n month</numerusform>
            <numerusform>within %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/answer_text.py" line="104"/>
        <source>later than %n month(s)</source>
        <translation>
            <numerusform>later than %n month</numerusform>
            <numerusform>later than %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignTab</name>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="502"/>
        <source>%n lead(s) fit; the oldest %1 are shown.</source>
        <translation>
            <numerusform>%n lead fits; the oldest %1 are shown.</numerusform>
            <numerusform>%n leads fit; the oldest %1 are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="505"/>
        <source>%n lead(s) fit.</source>
        <translation>
            <numerusform>%n lead fits.</numerusform>
            <numerusform>%n leads fit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="562"/>
        <source>%n lead(s) assigned</source>
        <translation>
            <numerusform>%n lead assigned</numerusform>
            <numerusform>%n leads assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="566"/>
        <source>%n lead(s) fit nobody&apos;s rules and stay</source>
        <translation>
            <numerusform>%n lead fits nobody&apos;s rules and stays</numerusform>
            <numerusform>%n leads fit nobody&apos;s rules and stay</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/capture_panel.py" line="571"/>
        <source>(%n other known lead(s) share these contacts.)</source>
        <translation>
            <numerusform>(%n other known lead shares these contacts.)</numerusform>
            <numerusform>(%n other known leads share these contacts.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard.py" line="350"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard.py" line="360"/>
        <source>90%: within %1 · %n lead(s)</source>
        <translation>
            <numerusform>90%: within %1 · %n lead</numerusform>
            <numerusform>90%: within %1 · %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message numerus="yes">
        <location filename="../../desktop/views/labels.py" line="245"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/labels.py" line="258"/>
        <source>too few calls (%n)</source>
        <translation>
            <numerusform>too few calls (%n)</numerusform>
            <numerusform>too few calls (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/labels.py" line="263"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message numerus="yes">
        <location filename="../../desktop/views/import_view.py" line="369"/>
        <source>%n row(s): %1 new, %2 matching known leads, %3 possible duplicates, %4 refused</source>
        <translation>
            <numerusform>%n row: %1 new, %2 matching known leads, %3 possible duplicates, %4 refused</numerusform>
            <numerusform>%n rows: %1 new, %2 matching known leads, %3 possible duplicates, %4 refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_view.py" line="459"/>
        <source>%n lead(s) removed</source>
        <translation>
            <numerusform>%n lead removed</numerusform>
            <numerusform>%n leads removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_view.py" line="461"/>
        <source>%n kept (called or changed since)</source>
        <translation>
            <numerusform>%n kept (called or changed since)</numerusform>
            <numerusform>%n kept (called or changed since)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message numerus="yes">
        <location filename="../../desktop/views/lead_card.py" line="244"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="327"/>
        <source>arrived %n minute(s) ago</source>
        <translation>
            <numerusform>arrived %n minute ago</numerusform>
            <numerusform>arrived %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="732"/>
        <source>%n change(s) made here have not reached the server yet. They stay on this computer and are sent after the next login. Log out anyway?</source>
        <translation>
            <numerusform>%n change made here has not reached the server yet. It stays on this computer and is sent after the next login. Log out anyway?</numerusform>
            <numerusform>%n changes made here have not reached the server yet. They stay on this computer and are sent after the next login. Log out anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="759"/>
        <source>%n change(s) made here are not on the server yet: you choose a file to save them to first.</source>
        <translation>
            <numerusform>%n change made here is not on the server yet: you choose a file to save it to first.</numerusform>
            <numerusform>%n changes made here are not on the server yet: you choose a file to save them to first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="810"/>
        <source>%n lead(s) stay on this computer.</source>
        <translation>
            <numerusform>%n lead stays on this computer.</numerusform>
            <numerusform>%n leads stay on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="813"/>
        <source>%n unsynced change(s) wait for the next login.</source>
        <translation>
            <numerusform>%n unsynced change waits for the next login.</numerusform>
            <numerusform>%n unsynced changes wait for the next login.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/queue_panel.py" line="167"/>
        <source>%Ln lead(s) shown</source>
        <translation>
            <numerusform>%Ln lead shown</numerusform>
            <numerusform>%Ln leads shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="191"/>
        <source>%n item(s) wait for a decision (as of %1).</source>
        <translation>
            <numerusform>%n item waits for a decision (as of %1).</numerusform>
            <numerusform>%n items wait for a decision (as of %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/scan_dialog.py" line="215"/>
        <source>%n code(s) in the picture; the first is used</source>
        <translation>
            <numerusform>%n code in the picture; the first is used</numerusform>
            <numerusform>%n codes in the picture; the first is used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandDay</name>
    <message numerus="yes">
        <location filename="../../desktop/views/stand_day.py" line="95"/>
        <source>%n visitor(s) today</source>
        <translation>
            <numerusform>%n visitor today</numerusform>
            <numerusform>%n visitors today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message numerus="yes">
        <location filename="../../desktop/views/sync_messages.py" line="86"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/sync_messages.py" line="87"/>
        <source>%n rejected change(s)</source>
        <translation>
            <numerusform>%n rejected change</numerusform>
            <numerusform>%n rejected changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/sync_messages.py" line="88"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../desktop/views/status_bar.py" line="166"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status_bar.py" line="166"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/team_view.py" line="351"/>
        <source>The latest %n action(s).</source>
        <translation>
            <numerusform>The latest action.</numerusform>
            <numerusform>The latest %n actions.</numerusform>
        </translation>
    </message>
</context>
</TS>
