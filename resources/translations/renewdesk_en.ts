<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BackgroundWork</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/background.py" line="+94"/>
        <source>%n email(s) cut off by the last shutdown queued again.</source>
        <translation>
            <numerusform>%n email cut off by the last shutdown queued again.</numerusform>
            <numerusform>%n emails cut off by the last shutdown queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n automatic quote(s) made and queued.</source>
        <translation>
            <numerusform>%n automatic quote made and queued.</numerusform>
            <numerusform>%n automatic quotes made and queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/import_dialog.py" line="+231"/>
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
        <location filename="../../renewdesk/ui/outbox_page.py" line="+170"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message waiting</numerusform>
            <numerusform>%n messages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n quote email(s) sent.</source>
        <translation>
            <numerusform>%n quote email sent.</numerusform>
            <numerusform>%n quote emails sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/quotes_page.py" line="+165"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/renew_dialog.py" line="+217"/>
        <source>%n subscription(s) ticked</source>
        <translation>
            <numerusform>%n subscription ticked</numerusform>
            <numerusform>%n subscriptions ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+353"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/subscription_details.py" line="+102"/>
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
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+72"/>
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
        <location line="+23"/>
        <source>Exported %n subscription(s).</source>
        <translation>
            <numerusform>Exported %n subscription.</numerusform>
            <numerusform>Exported %n subscriptions.</numerusform>
        </translation>
    </message>
</context>
</TS>
