<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="77"/>
        <source>Captured today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="117"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="141"/>
        <source>Saved %1. Ready for the next visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="149"/>
        <source>We already know this contact: %1 (%2, %3). Attach this conversation to that lead, or save a new lead anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="173"/>
        <source>Conversation added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Exhibition capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>kept for the whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Interest / need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Attach to this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Save as a &amp;new lead anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Enter saves and clears for the next visitor · Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Save lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="107"/>
        <source>No lead selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="123"/>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="124"/>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="125"/>
        <source>%1 call(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="126"/>
        <source>next call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="128"/>
        <source>their time %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="130"/>
        <source>arrived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="134"/>
        <source>This lead was reassigned to someone else; it is read-only until your changes to it are synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="170"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="174"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="186"/>
        <source>No calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="196"/>
        <source>call back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="236"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>C&amp;ompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Budget notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>from the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="37"/>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="69"/>
        <source>Type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="72"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="88"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="100"/>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="104"/>
        <source>The server&apos;s certificate cannot be trusted (%1). Ask your admin for the CA bundle and set it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="110"/>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="115"/>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>Log in to your team&apos;s Salesdesk server. The password is not stored; a login token is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>https://salesdesk.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="188"/>
        <source>Salesdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="193"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="194"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="195"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="196"/>
        <source>Exhibition mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="197"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="198"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="199"/>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="244"/>
        <source>Finish the call first (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="282"/>
        <source>On call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="313"/>
        <source>No program handles %1 links; set a dialer command in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="317"/>
        <source>The dialer could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="354"/>
        <source>The outcome is not saved yet: press F6 to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="361"/>
        <source>Saved. Next lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="436"/>
        <source>A call is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="437"/>
        <source>The outcome of the current call is not saved. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="88"/>
        <source>Call duration: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="96"/>
        <source>— choose a reason —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="9"/>
        <source>Call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="14"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="22"/>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="31"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="43"/>
        <source>&amp;Loss reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="55"/>
        <source>&amp;Next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="64"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="65"/>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="66"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="74"/>
        <source>&amp;Objections raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="83"/>
        <source>&amp;Answers used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="92"/>
        <source>&amp;Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="99"/>
        <source>&amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="105"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="119"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="50"/>
        <source>Conflicts and rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="54"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="54"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="54"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="54"/>
        <source>Server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="57"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="57"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="57"/>
        <source>Lead or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="57"/>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="62"/>
        <source>You and the server both changed these fields. Your value is kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="67"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="68"/>
        <source>Take the &amp;server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="69"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="80"/>
        <source>The server refused these changes. Retry one after fixing what the reason says, or export them for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="85"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="86"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="121"/>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="122"/>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="140"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="148"/>
        <source>Resolved; it goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="158"/>
        <source>Queued again; it goes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="166"/>
        <source>Export rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="171"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="93"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="95"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="96"/>
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="97"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="98"/>
        <source>Next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="99"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="100"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="101"/>
        <source>Their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="128"/>
        <source>Held back; can be called from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="89"/>
        <source>Search name, company, phone or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="95"/>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="96"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="97"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="98"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="99"/>
        <source>Nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="100"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="108"/>
        <source>%1 lead(s) shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="61"/>
        <source>Find an objection: “expensive”, “later”… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="113"/>
        <source>No call script yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="115"/>
        <source>The script arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="125"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="126"/>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="156"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="101"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="101"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Default phone &amp;region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>US, DE, GB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>My &amp;time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Calling &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Daily &amp;attempts per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;Dialer command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>empty: open tel: links; or e.g. linphonecsh dial {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Sync &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="16"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="17"/>
        <source>previous / next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="18"/>
        <source>search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="19"/>
        <source>back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="20"/>
        <source>due now, hot, new, callbacks, nurturing, all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="22"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="23"/>
        <source>start call (dials when a dialer is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="24"/>
        <source>find an objection; Enter marks the first one raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="25"/>
        <source>mark that answer of the first objection used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="26"/>
        <source>move through the script&apos;s links and mark one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="27"/>
        <source>end call and record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="28"/>
        <source>save the outcome; Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="30"/>
        <source>Lead and stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="31"/>
        <source>save the lead card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="32"/>
        <source>exhibition mode on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="33"/>
        <source>exhibition mode: save the visitor and clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="35"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="36"/>
        <source>sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="37"/>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="38"/>
        <source>this sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="61"/>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="63"/>
        <source>● Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="65"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="65"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="71"/>
        <source>All saved to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="72"/>
        <source>%1 waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="77"/>
        <source>%1 conflict(s) · %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="82"/>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="88"/>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="88"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="102"/>
        <source>Sending %v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="102"/>
        <source>Receiving %v</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop/views/labels.py" line="26"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="27"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="28"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="29"/>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="30"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="31"/>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="32"/>
        <source>Asked to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="39"/>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="40"/>
        <source>Follow up (call again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="41"/>
        <source>Qualified — hand to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="42"/>
        <source>Nurture — back to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="43"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="50"/>
        <location filename="../../desktop/views/labels.py" line="121"/>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="51"/>
        <location filename="../../desktop/views/labels.py" line="120"/>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="52"/>
        <location filename="../../desktop/views/labels.py" line="119"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="59"/>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="60"/>
        <source>Non-targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="61"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="68"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="69"/>
        <source>Qualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="70"/>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="71"/>
        <location filename="../../desktop/views/labels.py" line="115"/>
        <source>Nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="72"/>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="79"/>
        <source>Website form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="80"/>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="81"/>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="82"/>
        <source>Targeted ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="83"/>
        <source>Contextual ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="84"/>
        <source>Email newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="85"/>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="86"/>
        <source>Lead exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="87"/>
        <source>Site chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="88"/>
        <source>Chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="89"/>
        <source>Lead magnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="90"/>
        <source>Inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="91"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="98"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="99"/>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="100"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="101"/>
        <source>Functionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="102"/>
        <source>Timing and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="103"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="104"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="112"/>
        <source>Night there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="113"/>
        <source>Tried enough today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="114"/>
        <source>Callback later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="116"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="118"/>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
