<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Admission</name>
        <message numerus="yes">
            <source>%1: %n timeline event(s) refused. %2 never received this case from you.</source>
            <translation>
                <numerusform>%1: %n timeline event refused. %2 never received this case from you.</numerusform>
                <numerusform>%1: %n timeline events refused. %2 never received this case from you.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n timeline event(s) refused. They claim to be written by your own organisation, but came from %2.</source>
            <translation>
                <numerusform>%1: %n timeline event refused. It claims to be written by your own organisation, but came from %2.</numerusform>
                <numerusform>%1: %n timeline events refused. They claim to be written by your own organisation, but came from %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n timeline event(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
            <translation>
                <numerusform>%1: %n timeline event claims to come from %4; it is kept as coming from %2, who signed it.</numerusform>
                <numerusform>%1: %n timeline events claim to come from %4; they are kept as coming from %2, who signed them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n attachment(s) refused. %2 never received this case from you.</source>
            <translation>
                <numerusform>%1: %n attachment refused. %2 never received this case from you.</numerusform>
                <numerusform>%1: %n attachments refused. %2 never received this case from you.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n attachment(s) refused. They claim to be added by your own organisation, but came from %2.</source>
            <translation>
                <numerusform>%1: %n attachment refused. It claims to be added by your own organisation, but came from %2.</numerusform>
                <numerusform>%1: %n attachments refused. They claim to be added by your own organisation, but came from %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n attachment(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
            <translation>
                <numerusform>%1: %n attachment claims to come from %4; it is kept as coming from %2, who signed it.</numerusform>
                <numerusform>%1: %n attachments claim to come from %4; they are kept as coming from %2, who signed them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApplyPage</name>
        <message numerus="yes">
            <source>%n new case(s)</source>
            <translation>
                <numerusform>%n new case</numerusform>
                <numerusform>%n new cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed case(s)</source>
            <translation>
                <numerusform>%n changed case</numerusform>
                <numerusform>%n changed cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) in conflict waiting for you</source>
            <translation>
                <numerusform>%n field in conflict waiting for you</numerusform>
                <numerusform>%n fields in conflict waiting for you</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) erased for good, as their senders asked.</source>
            <translation>
                <numerusform>%n case erased for good, as its sender asked.</numerusform>
                <numerusform>%n cases erased for good, as their senders asked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message numerus="yes">
            <source>The log is intact: %n entry(s) checked.</source>
            <translation>
                <numerusform>The log is intact: %n entry checked.</numerusform>
                <numerusform>The log is intact: %n entries checked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message numerus="yes">
            <source>%n damaged part(s) of the database file</source>
            <translation>
                <numerusform>%n damaged part of the database file</numerusform>
                <numerusform>%n damaged parts of the database file</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database's tables or indexes are broken (%n problem(s) found).</source>
            <translation>
                <numerusform>The database's tables or indexes are broken (%n problem found).</numerusform>
                <numerusform>The database's tables or indexes are broken (%n problems found).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed evaluation(s) no longer match their signatures: they were altered after signing and must not be relied on.</source>
            <translation>
                <numerusform>%n signed evaluation no longer matches its signature: it was altered after signing and must not be relied on.</numerusform>
                <numerusform>%n signed evaluations no longer match their signatures: they were altered after signing and must not be relied on.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message numerus="yes">
            <source>%n case(s) in the vault.</source>
            <translation>
                <numerusform>%n case in the vault.</numerusform>
                <numerusform>%n cases in the vault.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErasureNotices</name>
        <message numerus="yes">
            <source>Nothing was erased: %n other case(s) belong to the same man (merged or linked as duplicates). Confirm them too to erase them with this one.</source>
            <translation>
                <numerusform>Nothing was erased: %n other case belongs to the same man (merged or linked as a duplicate). Confirm it too to erase it with this one.</numerusform>
                <numerusform>Nothing was erased: %n other cases belong to the same man (merged or linked as duplicates). Confirm them too to erase them with this one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErasureNoticesView</name>
        <message numerus="yes">
            <source>Refused: records of %n case(s) erased here at the man's request. They never come back.</source>
            <translation>
                <numerusform>Refused: records of %n case erased here at the man's request. They never come back.</numerusform>
                <numerusform>Refused: records of %n cases erased here at the man's request. They never come back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>The vault was locked after %n minute(s) without activity.</source>
            <translation>
                <numerusform>The vault was locked after %n minute without activity.</numerusform>
                <numerusform>The vault was locked after %n minutes without activity.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <source>%n case(s) have no consent for this partner. Record his consent, or give a written reason to export anyway.</source>
            <translation>
                <numerusform>%n case has no consent for this partner. Record his consent, or give a written reason to export anyway.</numerusform>
                <numerusform>%n cases have no consent for this partner. Record his consent, or give a written reason to export anyway.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message numerus="yes">
            <source>To: %1 (redaction profile: %2). %n case(s). Never leaves under this profile: %3.</source>
            <translation>
                <numerusform>To: %1 (redaction profile: %2). %n case. Never leaves under this profile: %3.</numerusform>
                <numerusform>To: %1 (redaction profile: %2). %n cases. Never leaves under this profile: %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New since your last exchange (acknowledged on %1): %n case(s) changed.</source>
            <translation>
                <numerusform>New since your last exchange (acknowledged on %1): %n case changed.</numerusform>
                <numerusform>New since your last exchange (acknowledged on %1): %n cases changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of them, %n new.</source>
            <translation>
                <numerusform>Of them, %n new.</numerusform>
                <numerusform>Of them, %n new.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged case(s) are not sent again.</source>
            <translation>
                <numerusform>%n unchanged case is not sent again.</numerusform>
                <numerusform>%n unchanged cases are not sent again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n case(s) the man has not consented to his file going to these partners. Go back and leave those cases out, or send anyway with a written reason.</source>
            <translation>
                <numerusform>In %n case the man has not consented to his file going to these partners. Go back and leave that case out, or send anyway with a written reason.</numerusform>
                <numerusform>In %n cases the man has not consented to his file going to these partners. Go back and leave those cases out, or send anyway with a written reason.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new case(s)</source>
            <translation>
                <numerusform>%n new case</numerusform>
                <numerusform>%n new cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed case(s)</source>
            <translation>
                <numerusform>%n changed case</numerusform>
                <numerusform>%n changed cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) in conflict</source>
            <translation>
                <numerusform>%n field in conflict</numerusform>
                <numerusform>%n fields in conflict</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new timeline event(s)</source>
            <translation>
                <numerusform>%n new timeline event</numerusform>
                <numerusform>%n new timeline events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new screening(s)</source>
            <translation>
                <numerusform>%n new screening</numerusform>
                <numerusform>%n new screenings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deletion(s)</source>
            <translation>
                <numerusform>%n deletion</numerusform>
                <numerusform>%n deletions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n attachment</numerusform>
                <numerusform>%n attachments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message numerus="yes">
            <source>Done: %n case(s) exported.</source>
            <translation>
                <numerusform>Done: %n case exported.</numerusform>
                <numerusform>Done: %n cases exported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScreeningText</name>
        <message numerus="yes">
            <source>%n new evaluation(s) signed by organisations you have not verified: kept for reference, not counted towards clearance.</source>
            <translation>
                <numerusform>%n new evaluation signed by an organisation you have not verified: kept for reference, not counted towards clearance.</numerusform>
                <numerusform>%n new evaluations signed by organisations you have not verified: kept for reference, not counted towards clearance.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n independent evaluation(s) say “cleared”.</source>
            <translation>
                <numerusform>%1 of %n independent evaluation says “cleared”.</numerusform>
                <numerusform>%1 of %n independent evaluations say “cleared”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Evaluators from at least %n organisation(s) are needed; so far %1.</source>
            <translation>
                <numerusform>Evaluators from at least %n organisation are needed; so far %1.</numerusform>
                <numerusform>Evaluators from at least %n organisations are needed; so far %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransportDialog</name>
        <message numerus="yes">
            <source>Sent: %n case(s), in the file %1.</source>
            <translation>
                <numerusform>Sent: %n case, in the file %1.</numerusform>
                <numerusform>Sent: %n cases, in the file %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnnounceKeysDialog</name>
        <message numerus="yes">
            <source>Announcement for %n partner(s) written to %1.</source>
            <translation>
                <numerusform>Announcement for %n partner written to %1.</numerusform>
                <numerusform>Announcement for %n partners written to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message numerus="yes">
            <source>Its %n derived copies are removed too.</source>
            <translation>
                <numerusform>Its %n derived copy is removed too.</numerusform>
                <numerusform>Its %n derived copies are removed too.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message numerus="yes">
            <source>%n field(s) in conflict. Select one, then keep one of its values.</source>
            <translation>
                <numerusform>%n field in conflict. Select it, then keep one of its values.</numerusform>
                <numerusform>%n fields in conflict. Select one, then keep one of its values.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportNotices</name>
        <message numerus="yes">
            <source>%n evaluation(s) signed by an organisation you hold no keys for: not taken.</source>
            <translation>
                <numerusform>%n evaluation signed by an organisation you hold no keys for: not taken.</numerusform>
                <numerusform>%n evaluations signed by an organisation you hold no keys for: not taken.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NeedsActionModel</name>
        <message numerus="yes">
            <source>No change for %n days.</source>
            <translation>
                <numerusform>No change for %n day.</numerusform>
                <numerusform>No change for %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (in %n days)</source>
            <translation>
                <numerusform>%1 (in %n day)</numerusform>
                <numerusform>%1 (in %n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message numerus="yes">
            <source>Sync bundle written to %1: %n case(s).</source>
            <translation>
                <numerusform>Sync bundle written to %1: %n case.</numerusform>
                <numerusform>Sync bundle written to %1: %n cases.</numerusform>
            </translation>
        </message>
    </context>
<context>
    <name>NeedsActionView</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>the unit after the number in a spin box</comment>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
</context>
</TS>