<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionsTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/challenges/models.py" line="+126"/>
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtRiskDialog</name>
    <message numerus="yes">
        <location filename="../../ui/credentials/dialogs.py" line="+281"/>
        <source>%n members without enough credits (SKP)</source>
        <translation>
            <numerusform>%n member without enough credits (SKP)</numerusform>
            <numerusform>%n members without enough credits (SKP)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message numerus="yes">
        <location filename="../../ui/challenges/page.py" line="+380"/>
        <source>%n challenges</source>
        <translation>
            <numerusform>%n challenge</numerusform>
            <numerusform>%n challenges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChallengesTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/challenges/models.py" line="-62"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/actions.py" line="+131"/>
        <source>To assign anyway, give a reason of at least %n characters. It is kept on the sign-up and in its history.</source>
        <translation>
            <numerusform>To assign anyway, give a reason of at least %n character. It is kept on the sign-up and in its history.</numerusform>
            <numerusform>To assign anyway, give a reason of at least %n characters. It is kept on the sign-up and in its history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <location filename="../../ui/common/count_texts.py" line="+19"/>
        <source>%n mitigation actions are still open.</source>
        <translation>
            <numerusform>%n mitigation action is still open.</numerusform>
            <numerusform>%n mitigation actions are still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sign-ups</source>
        <translation>
            <numerusform>%n sign-up</numerusform>
            <numerusform>%n sign-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n Members</source>
        <translation>
            <numerusform>Delete %n Member</numerusform>
            <numerusform>Delete %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restore %n Members</source>
        <translation>
            <numerusform>Restore %n Member</numerusform>
            <numerusform>Restore %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New series of %n shifts</source>
        <translation>
            <numerusform>New series of %n shift</numerusform>
            <numerusform>New series of %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="+165"/>
        <source>Shift places filled, next %n weeks</source>
        <translation>
            <numerusform>Shift places filled, next %n week</numerusform>
            <numerusform>Shift places filled, next %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Licences expiring in %n days</source>
        <translation>
            <numerusform>Licences expiring in %n day</numerusform>
            <numerusform>Licences expiring in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>%1 of %2 places on %n shifts</source>
        <translation>
            <numerusform>%1 of %2 places on %n shift</numerusform>
            <numerusform>%1 of %2 places on %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>All %n understaffed shifts…</source>
        <translation>
            <numerusform>The %n understaffed shift…</numerusform>
            <numerusform>All %n understaffed shifts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n members owe dues. Click to list them.</source>
        <translation>
            <numerusform>%n member owes dues. Click to list them.</numerusform>
            <numerusform>%n members owe dues. Click to list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Licences expiring in the next %n days</source>
        <translation>
            <numerusform>Licences expiring in the next %n day</numerusform>
            <numerusform>Licences expiring in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuesTexts</name>
    <message numerus="yes">
        <location filename="../../ui/dues/texts.py" line="+39"/>
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Charge %n members, %1 in all, for %2?</source>
        <translation>
            <numerusform>Charge %n member, %1 in all, for %2?</numerusform>
            <numerusform>Charge %n members, %1 in all, for %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n members charged %1 for %2.</source>
        <translation>
            <numerusform>%n member charged %1 for %2.</numerusform>
            <numerusform>%n members charged %1 for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n members now have the type “%1”.</source>
        <translation>
            <numerusform>%n member now has the type “%1”.</numerusform>
            <numerusform>%n members now have the type “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/members/duplicates_dialog.py" line="+470"/>
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard/duplicates_page.py" line="+138"/>
        <source>%1 of %n rows checked…</source>
        <translation>
            <numerusform>%1 of %n row checked…</numerusform>
            <numerusform>%1 of %n rows checked…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/reports/export_dialog.py" line="+458"/>
        <source>%n shifts will be exported.</source>
        <translation>
            <numerusform>%n shift will be exported.</numerusform>
            <numerusform>%n shifts will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows will be exported.</source>
        <translation>
            <numerusform>%n row will be exported.</numerusform>
            <numerusform>%n rows will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>Exported %n shifts to %1.</source>
        <translation>
            <numerusform>Exported %n shift to %1.</numerusform>
            <numerusform>Exported %n shifts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n rows to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n cells held more than the 32,767 characters an Excel cell can hold and were cut; export as CSV to keep them whole.</source>
        <translation>
            <numerusform>%n cell held more than the 32,767 characters an Excel cell can hold and was cut; export as CSV to keep it whole.</numerusform>
            <numerusform>%n cells held more than the 32,767 characters an Excel cell can hold and were cut; export as CSV to keep them whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="+297"/>
        <source>%n members on the roster</source>
        <translation>
            <numerusform>%n member on the roster</numerusform>
            <numerusform>%n members on the roster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing %1 of %n members</source>
        <translation>
            <numerusform>Showing %1 of %n member</numerusform>
            <numerusform>Showing %1 of %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard/mapping_page.py" line="+108"/>
        <source>Guessed from the column headings; %1 of %n columns recognised.</source>
        <translation>
            <numerusform>Guessed from the column headings; %1 of %n column recognised.</numerusform>
            <numerusform>Guessed from the column headings; %1 of %n columns recognised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message numerus="yes">
        <location filename="../../ui/members/page.py" line="+558"/>
        <source>%n members in the trash</source>
        <translation>
            <numerusform>%n member in the trash</numerusform>
            <numerusform>%n members in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n members</source>
        <translation>
            <numerusform>%1 of %n member</numerusform>
            <numerusform>%1 of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+214"/>
        <source>%n members moved to the trash.</source>
        <translation>
            <numerusform>%n member moved to the trash.</numerusform>
            <numerusform>%n members moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Delete the %n members in the trash for good, with their sign-ups and hours? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n member in the trash for good, with their sign-ups and hours? This cannot be undone.</numerusform>
            <numerusform>Delete the %n members in the trash for good, with their sign-ups and hours? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard/preview_page.py" line="+126"/>
        <source>%n rows have errors. Fix the red cells, or tick “Import only the valid rows”.</source>
        <translation>
            <numerusform>%n row has errors. Fix the red cells, or tick “Import only the valid rows”.</numerusform>
            <numerusform>%n rows have errors. Fix the red cells, or tick “Import only the valid rows”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionsPage</name>
    <message numerus="yes">
        <location filename="../../ui/professions/page.py" line="+330"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%1 is held by %n members.</source>
        <translation>
            <numerusform>%1 is held by %n member.</numerusform>
            <numerusform>%1 is held by %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleting it removes it from them, with their licence details, and from %n projects, shifts or challenges.</source>
        <translation>
            <numerusform>Deleting it removes it from them, with their licence details, and from %n project, shift or challenge.</numerusform>
            <numerusform>Deleting it removes it from them, with their licence details, and from %n projects, shifts or challenges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/projects_page.py" line="+486"/>
        <source>&lt;b&gt;Upcoming shifts:&lt;/b&gt; %1 (%2 below minimum)&lt;br&gt;&lt;b&gt;Sign-ups:&lt;/b&gt; %3, waitlist %4&lt;br&gt;&lt;b&gt;Hours given:&lt;/b&gt; %5 by %n volunteers&lt;br&gt;&lt;b&gt;No-shows:&lt;/b&gt; %6</source>
        <translation>
            <numerusform>&lt;b&gt;Upcoming shifts:&lt;/b&gt; %1 (%2 below minimum)&lt;br&gt;&lt;b&gt;Sign-ups:&lt;/b&gt; %3, waitlist %4&lt;br&gt;&lt;b&gt;Hours given:&lt;/b&gt; %5 by %n volunteer&lt;br&gt;&lt;b&gt;No-shows:&lt;/b&gt; %6</numerusform>
            <numerusform>&lt;b&gt;Upcoming shifts:&lt;/b&gt; %1 (%2 below minimum)&lt;br&gt;&lt;b&gt;Sign-ups:&lt;/b&gt; %3, waitlist %4&lt;br&gt;&lt;b&gt;Hours given:&lt;/b&gt; %5 by %n volunteers&lt;br&gt;&lt;b&gt;No-shows:&lt;/b&gt; %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n shifts, %1 below minimum</source>
        <translation>
            <numerusform>%n shift, %1 below minimum</numerusform>
            <numerusform>%n shifts, %1 below minimum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n problems (%1 hard) among the sign-ups shown.</source>
        <translation>
            <numerusform>%n problem (%1 hard) among the sign-ups shown.</numerusform>
            <numerusform>%n problems (%1 hard) among the sign-ups shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>Copy week (%n shifts)</source>
        <translation>
            <numerusform>Copy week (%n shift)</numerusform>
            <numerusform>Copy week (%n shifts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dues/reminders_dialog.py" line="+283"/>
        <source>%n members to remind</source>
        <translation>
            <numerusform>%n member to remind</numerusform>
            <numerusform>%n members to remind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>Wrote %n letters to %1 and recorded them as reminded.</source>
        <translation>
            <numerusform>Wrote %n letter to %1 and recorded the member as reminded.</numerusform>
            <numerusform>Wrote %n letters to %1 and recorded them as reminded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard/run_page.py" line="+95"/>
        <source>All %n rows written; saving…</source>
        <translation>
            <numerusform>%n row written; saving…</numerusform>
            <numerusform>All %n rows written; saving…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n rows written…</source>
        <translation>
            <numerusform>%1 of %n row written…</numerusform>
            <numerusform>%1 of %n rows written…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/week_view.py" line="+169"/>
        <source>%n shifts</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+261"/>
        <source>%1
%2–%3
%4 of %n places taken (minimum %5): %6</source>
        <translation>
            <numerusform>%1
%2–%3
%4 of %n place taken (minimum %5): %6</numerusform>
            <numerusform>%1
%2–%3
%4 of %n places taken (minimum %5): %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n volunteers on the waitlist</source>
        <translation>
            <numerusform>%n volunteer on the waitlist</numerusform>
            <numerusform>%n volunteers on the waitlist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard/sheet_page.py" line="+213"/>
        <source>Columns named in row %1 (shown in blue); %n rows of data below it.</source>
        <translation>
            <numerusform>Columns named in row %1 (shown in blue); %n row of data below it.</numerusform>
            <numerusform>Columns named in row %1 (shown in blue); %n rows of data below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n cells hold formulas (%1): their last calculated values are imported, not the formulas.</source>
        <translation>
            <numerusform>%n cell holds a formula (%1): its last calculated value is imported, not the formula.</numerusform>
            <numerusform>%n cells hold formulas (%1): their last calculated values are imported, not the formulas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/cover_finder.py" line="+137"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2–%3: %4 of %n places taken</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, %2–%3: %4 of %n place taken</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, %2–%3: %4 of %n places taken</numerusform>
        </translation>
    </message>
</context>
</TS>
