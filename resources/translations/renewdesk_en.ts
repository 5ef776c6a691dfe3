<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AutoQuotesText</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/auto_quotes_notice.py" line="+67"/>
        <source>No automatic quotes were made for the %n due subscription(s): %1.</source>
        <translation>
            <numerusform>No automatic quotes were made for the %n due subscription: %1.</numerusform>
            <numerusform>No automatic quotes were made for the %n due subscriptions: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due subscription(s) got no automatic quote:</source>
        <translation>
            <numerusform>%n due subscription got no automatic quote:</numerusform>
            <numerusform>%n due subscriptions got no automatic quote:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n automatic quote(s) not made</source>
        <translation>
            <numerusform>%n automatic quote not made</numerusform>
            <numerusform>%n automatic quotes not made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/background.py" line="+102"/>
        <source>%n email(s) cut off by the last shutdown queued again.</source>
        <translation>
            <numerusform>%n email cut off by the last shutdown queued again.</numerusform>
            <numerusform>%n emails cut off by the last shutdown queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n automatic quote(s) made and queued.</source>
        <translation>
            <numerusform>%n automatic quote made and queued.</numerusform>
            <numerusform>%n automatic quotes made and queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../renewdesk/cli/quotes.py" line="+341"/>
        <source>no automatic quotes were made for %n due subscription(s): set {options} with renewdesk config</source>
        <translation>
            <numerusform>no automatic quotes were made for %n due subscription: set {options} with renewdesk config</numerusform>
            <numerusform>no automatic quotes were made for %n due subscriptions: set {options} with renewdesk config</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n automatic quote(s) made as of {day}</source>
        <translation>
            <numerusform>%n automatic quote made as of {day}</numerusform>
            <numerusform>%n automatic quotes made as of {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/import_dialog.py" line="+337"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/outbox_page.py" line="+204"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message waiting</numerusform>
            <numerusform>%n messages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n quote email(s) sent.</source>
        <translation>
            <numerusform>%n quote email sent.</numerusform>
            <numerusform>%n quote emails sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/forecast_chart.py" line="+116"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without a price</source>
        <translation>
            <numerusform>%n without a price</numerusform>
            <numerusform>%n without a price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will not renew</source>
        <translation>
            <numerusform>%n will not renew</numerusform>
            <numerusform>%n will not renew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/planning_wiring.py" line="+38"/>
        <source>The renewal window of %1 closes in %n day(s), on %2.</source>
        <translation>
            <numerusform>The renewal window of %1 closes in %n day, on %2.</numerusform>
            <numerusform>The renewal window of %1 closes in %n days, on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Quote %1 expires in %n day(s), on %2.</source>
        <translation>
            <numerusform>Quote %1 expires in %n day, on %2.</numerusform>
            <numerusform>Quote %1 expires in %n days, on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>RenewDesk: %n renewal reminder(s)</source>
        <translation>
            <numerusform>RenewDesk: %n renewal reminder</numerusform>
            <numerusform>RenewDesk: %n renewal reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more on the Renewal planning page.</source>
        <translation>
            <numerusform>… and %n more on the Renewal planning page.</numerusform>
            <numerusform>… and %n more on the Renewal planning page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n event written to %1.</numerusform>
            <numerusform>%n events written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/report_dialog.py" line="+71"/>
        <source>One Excel workbook: the forecast, and the %n subscription(s) the Subscriptions page shows now, with the columns ticked below.</source>
        <translation>
            <numerusform>One Excel workbook: the forecast, and the %n subscription the Subscriptions page shows now, with the columns ticked below.</numerusform>
            <numerusform>One Excel workbook: the forecast, and the %n subscriptions the Subscriptions page shows now, with the columns ticked below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Report written: %n subscription(s) in %1.</source>
        <translation>
            <numerusform>Report written: %n subscription in %1.</numerusform>
            <numerusform>Report written: %n subscriptions in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/planning_page.py" line="+229"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without a price (not in the amount)</source>
        <translation>
            <numerusform>%n without a price (not in the amount)</numerusform>
            <numerusform>%n without a price (not in the amount)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will not renew (left out)</source>
        <translation>
            <numerusform>%n will not renew (left out)</numerusform>
            <numerusform>%n will not renew (left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/quotes_page.py" line="+212"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n quote(s) shown</source>
        <translation>
            <numerusform>%1 of %n quote shown</numerusform>
            <numerusform>%1 of %n quotes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/renew_dialog.py" line="+194"/>
        <source>Grouping %n subscription(s)…</source>
        <translation>
            <numerusform>Grouping %n subscription…</numerusform>
            <numerusform>Grouping %n subscriptions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>and %n more subscription(s)</source>
        <translation>
            <numerusform>and %n more subscription</numerusform>
            <numerusform>and %n more subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscription(s) ticked</source>
        <translation>
            <numerusform>%n subscription ticked</numerusform>
            <numerusform>%n subscriptions ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/review_step.py" line="+564"/>
        <source>Turn off auto-renew for these %n</source>
        <translation>
            <numerusform>Turn off auto-renew for %n subscription</numerusform>
            <numerusform>Turn off auto-renew for these %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleMessages</name>
    <message numerus="yes">
        <location filename="../../renewdesk/messages.py" line="+78"/>
        <source>Turn off auto-renew for %n subscription(s) first ({subscriptions}): the quote changes them or involves a reseller.</source>
        <translation>
            <numerusform>Turn off auto-renew for %n subscription first ({subscriptions}): the quote changes it or involves a reseller.</numerusform>
            <numerusform>Turn off auto-renew for %n subscriptions first ({subscriptions}): the quote changes them or involves a reseller.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/stage_dialog.py" line="+47"/>
        <source>%n subscription(s) selected.</source>
        <translation>
            <numerusform>%n subscription selected.</numerusform>
            <numerusform>%n subscriptions selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+352"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/subscription_details.py" line="+144"/>
        <source>%n subscription(s) selected</source>
        <translation>
            <numerusform>%n subscription selected</numerusform>
            <numerusform>%n subscriptions selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 · %n seat(s)</source>
        <translation>
            <numerusform>%1 · %n seat</numerusform>
            <numerusform>%1 · %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+126"/>
        <source>Auto-renew turned on for %n subscription(s).</source>
        <translation>
            <numerusform>Auto-renew turned on for %n subscription.</numerusform>
            <numerusform>Auto-renew turned on for %n subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Auto-renew turned off for %n subscription(s).</source>
        <translation>
            <numerusform>Auto-renew turned off for %n subscription.</numerusform>
            <numerusform>Auto-renew turned off for %n subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Renewal planning, %1: %n subscription(s)</source>
        <translation>
            <numerusform>Renewal planning, %1: %n subscription</numerusform>
            <numerusform>Renewal planning, %1: %n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Renewal stage saved for %n subscription(s).</source>
        <translation>
            <numerusform>Renewal stage saved for %n subscription.</numerusform>
            <numerusform>Renewal stage saved for %n subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Exported %n subscription(s).</source>
        <translation>
            <numerusform>Exported %n subscription.</numerusform>
            <numerusform>Exported %n subscriptions.</numerusform>
        </translation>
    </message>
</context>
</TS>
