<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>VisitSheetPainter</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n interaction(s)</source>
        <translation>
            <numerusform>Last %n interaction</numerusform>
            <numerusform>Last %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n invoice(s))</source>
        <translation>
            <numerusform>%1 (%n invoice)</numerusform>
            <numerusform>%1 (%n invoices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CollectionsWidget</name>
    <message numerus="yes">
        <source>%n receivable(s) open: %1; overdue: %2 of %3</source>
        <translation>
            <numerusform>%n receivable open: %1; overdue: %2 of %3</numerusform>
            <numerusform>%n receivables open: %1; overdue: %2 of %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ComplaintDialog</name>
    <message numerus="yes">
        <source>%1 (%n day(s) for this level)</source>
        <translation>
            <numerusform>%1 (%n day for this level)</numerusform>
            <numerusform>%1 (%n days for this level)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ComplaintsWidget</name>
    <message numerus="yes">
        <source>%n complaint(s), %1 overdue</source>
        <translation>
            <numerusform>%n complaint, %1 overdue</numerusform>
            <numerusform>%n complaints, %1 overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::DeleteCustomerDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) and their history</source>
        <translation>
            <numerusform>%n complaint and its history</numerusform>
            <numerusform>%n complaints and their history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n satisfaction survey(s)</source>
        <translation>
            <numerusform>%n satisfaction survey</numerusform>
            <numerusform>%n satisfaction surveys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receivable(s)</source>
        <translation>
            <numerusform>%n receivable</numerusform>
            <numerusform>%n receivables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle change(s)</source>
        <translation>
            <numerusform>%n lifecycle change</numerusform>
            <numerusform>%n lifecycle changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to other customers</source>
        <translation>
            <numerusform>%n link to other customers</numerusform>
            <numerusform>%n links to other customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) held</source>
        <translation>
            <numerusform>%n product held</numerusform>
            <numerusform>%n products held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the scores (%n)</source>
        <translation>
            <numerusform>the scores (%n)</numerusform>
            <numerusform>the scores (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>No likely duplicates among %n customers.</source>
        <translation>
            <numerusform>No likely duplicates among %n customer.</numerusform>
            <numerusform>No likely duplicates among %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible pairs among %1 customers.</source>
        <translation>
            <numerusform>%n possible pair among %1 customers.</numerusform>
            <numerusform>%n possible pairs among %1 customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ExportDialog</name>
    <message numerus="yes">
        <source>Exporting… %n row(s) written</source>
        <translation>
            <numerusform>Exporting… %n row written</numerusform>
            <numerusform>Exporting… %n rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::HandoverWidget</name>
    <message numerus="yes">
        <source>%n customer(s) of %1 will move to %2.</source>
        <translation>
            <numerusform>%n customer of %1 will move to %2.</numerusform>
            <numerusform>%n customers of %1 will move to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) handed over.</source>
        <translation>
            <numerusform>%n customer handed over.</numerusform>
            <numerusform>%n customers handed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportBatchesDialog</name>
    <message numerus="yes">
        <source>%n import(s).</source>
        <translation>
            <numerusform>%n import.</numerusform>
            <numerusform>%n imports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo import %1 (%2)? The %n customer(s) it created are deleted, the customers it updated get their old values and the contacts it added are removed.</source>
        <translation>
            <numerusform>Undo import %1 (%2)? The %n customer it created is deleted, the customers it updated get their old values and the contacts it added are removed.</numerusform>
            <numerusform>Undo import %1 (%2)? The %n customers it created are deleted, the customers it updated get their old values and the contacts it added are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportCheckPage</name>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked in %1.</source>
        <translation>
            <numerusform>%n row checked in %1.</numerusform>
            <numerusform>%n rows checked in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are in error. Correct the file and choose it again, or import the rows without errors:</source>
        <translation>
            <numerusform>%n row is in error. Correct the file and choose it again, or import the rows without errors:</numerusform>
            <numerusform>%n rows are in error. Correct the file and choose it again, or import the rows without errors:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportFilePage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); the headers are in row %1.</source>
        <translation>
            <numerusform>%n column; the headers are in row %1.</numerusform>
            <numerusform>%n columns; the headers are in row %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>%n empty row skipped.</numerusform>
            <numerusform>%n empty rows skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::LifecycleWidget</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) by value</source>
        <translation>
            <numerusform>%1: %n customer by value</numerusform>
            <numerusform>%1: %n customers by value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::MailingDialog</name>
    <message numerus="yes">
        <source>%n label(s) on %1 sheet(s) written to %2.</source>
        <translation>
            <numerusform>%n label on %1 sheet(s) written to %2.</numerusform>
            <numerusform>%n labels on %1 sheet(s) written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) left out: their contact asked not to be contacted.</source>
        <translation>
            <numerusform>%n customer left out: their contact asked not to be contacted.</numerusform>
            <numerusform>%n customers left out: their contact asked not to be contacted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n line(s) due today, %1 of them overdue</source>
        <translation>
            <numerusform>%n line due today, %1 of them overdue</numerusform>
            <numerusform>%n lines due today, %1 of them overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is damaged (%n problem(s) found). Stop working in it and restore the latest backup (Tools → Backups…).</source>
        <translation>
            <numerusform>The database is damaged (%n problem found). Stop working in it and restore the latest backup (Tools → Backups…).</numerusform>
            <numerusform>The database is damaged (%n problems found). Stop working in it and restore the latest backup (Tools → Backups…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::OrderDialog</name>
    <message numerus="yes">
        <source>%n day(s) after the order date</source>
        <translation>
            <numerusform>%n day after the order date</numerusform>
            <numerusform>%n days after the order date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer has %n overdue receivable(s) of %1 in all.</source>
        <translation>
            <numerusform>The customer has %n overdue receivable of %1 in all.</numerusform>
            <numerusform>The customer has %n overdue receivables of %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::OrdersTab</name>
    <message numerus="yes">
        <source>Orders: %n, total %1</source>
        <translation>
            <numerusform>Orders: %n, total %1</numerusform>
            <numerusform>Orders: %n, total %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ReceivablesTab</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::SurveysTab</name>
    <message numerus="yes">
        <source>Satisfaction after %n closed complaint(s): mean %1 of 5 (latest %2).</source>
        <translation>
            <numerusform>Satisfaction after %n closed complaint: mean %1 of 5 (latest %2).</numerusform>
            <numerusform>Satisfaction after %n closed complaints: mean %1 of 5 (latest %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::UsersWidget</name>
    <message numerus="yes">
        <source>Inactive: %n customer(s) need a handover</source>
        <translation>
            <numerusform>Inactive: %n customer needs a handover</numerusform>
            <numerusform>Inactive: %n customers need a handover</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive user(s) still own customers: hand them over on the Handover page.</source>
        <translation>
            <numerusform>%n inactive user still owns customers: hand them over on the Handover page.</numerusform>
            <numerusform>%n inactive users still own customers: hand them over on the Handover page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no rep: choose &quot;(no rep)&quot; in the customer list&apos;s rep filter to see them and give each one a rep from its card.</source>
        <translation>
            <numerusform>%n customer has no rep: choose &quot;(no rep)&quot; in the customer list&apos;s rep filter to see them and give each one a rep from its card.</numerusform>
            <numerusform>%n customers have no rep: choose &quot;(no rep)&quot; in the customer list&apos;s rep filter to see them and give each one a rep from its card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n customer(s) stay theirs until a manager hands them over.</source>
        <translation>
            <numerusform>Their %n customer stays theirs until a manager hands them over.</numerusform>
            <numerusform>Their %n customers stay theirs until a manager hands them over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::VisitSheetOutput</name>
    <message numerus="yes">
        <source>The visit sheet (%n customer(s)) was sent to the printer; the print is in the access log.</source>
        <translation>
            <numerusform>The visit sheet (%n customer) was sent to the printer; the print is in the access log.</numerusform>
            <numerusform>The visit sheet (%n customers) was sent to the printer; the print is in the access log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The visit sheet (%n customer(s)) was saved as %1; the export is in the access log.</source>
        <translation>
            <numerusform>The visit sheet (%n customer) was saved as %1; the export is in the access log.</numerusform>
            <numerusform>The visit sheet (%n customers) was saved as %1; the export is in the access log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::WeeklyReviewWidget</name>
    <message numerus="yes">
        <source>%n row(s): each rep&apos;s regions, largest sales first.</source>
        <translation>
            <numerusform>%n row: each rep&apos;s regions, largest sales first.</numerusform>
            <numerusform>%n rows: each rep&apos;s regions, largest sales first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %3: %n record(s)</source>
        <translation>
            <numerusform>%1 — %2 — %3: %n record</numerusform>
            <numerusform>%1 — %2 — %3: %n records</numerusform>
        </translation>
    </message>
</context>
</TS>
