<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../renewdesk/app.py" line="+272"/>
        <source>demo data</source>
        <translation>demodata</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>RenewDesk is already open on %1; that window was brought to the front.</source>
        <translation>RenewDesk är redan öppet för %1; det fönstret har flyttats fram.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RenewDesk is already open on %1 (it did not answer; switch to its window).</source>
        <translation>RenewDesk är redan öppet för %1 (det svarade inte; växla till det fönstret).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../renewdesk/mail/outbox.py" line="+46"/>
        <source>Interrupted while sending (the app stopped); queued again with the same Message-ID</source>
        <translation>Avbröts under sändningen (programmet stängdes); i kö igen med samma Message-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>outbox #{id}</source>
        <translation>utkorg nr {id}</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>to {recipients}; {message_id}</source>
        <translation>till {recipients}; {message_id}</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>attempt {n}</source>
        <translation>försök {n}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/delivery.py" line="+64"/>
        <source>as PDF only</source>
        <translation>endast som PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by email to {recipients}</source>
        <translation>med e-post till {recipients}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a mail-app draft to {recipients}</source>
        <translation>som utkast i e-postprogrammet till {recipients}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/quote_service.py" line="+528"/>
        <source>{lines} line(s), {total} {currency}</source>
        <translation>rader: {lines}, {total} {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, replaces {number}</source>
        <translation>, ersätter {number}</translation>
    </message>
</context>
<context>
    <name>AutoQuotes</name>
    <message>
        <location filename="../../renewdesk/services/auto_quotes.py" line="+169"/>
        <source>customer {csn} has no buyer email</source>
        <translation>kund {csn} saknar köparens e-postadress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>customer {csn}&apos;s buyer email {email} is not valid</source>
        <translation>köparens e-postadress {email} hos kund {csn} är ogiltig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no price for {offering}, {term}, {currency}</source>
        <translation>pris saknas för {offering}, {term}, {currency}</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/background.py" line="+94"/>
        <source>%n email(s) cut off by the last shutdown queued again.</source>
        <translation>
            <numerusform>%n e-postmeddelande som avbröts vid förra avslutet har lagts i kö igen.</numerusform>
            <numerusform>%n e-postmeddelanden som avbröts vid förra avslutet har lagts i kö igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n automatic quote(s) made and queued.</source>
        <translation>
            <numerusform>%n automatisk offert har skapats och lagts i kö.</numerusform>
            <numerusform>%n automatiska offerter har skapats och lagts i kö.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Background work failed: %1</source>
        <translation>Bakgrundsarbetet misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../renewdesk/services/backups.py" line="+113"/>
        <source>{path} could not be backed up: {error}</source>
        <translation>{path} kunde inte säkerhetskopieras: {error}</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the file is missing</source>
        <translation>filen saknas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be restored: {problem}</source>
        <translation>{name} kan inte återställas: {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} could not be copied: {error}</source>
        <translation>{name} kunde inte kopieras: {error}</translation>
    </message>
</context>
<context>
    <name>CacheErrors</name>
    <message>
        <location filename="../../renewdesk/store/engine.py" line="+143"/>
        <source>{path} is not a RenewDesk cache (not an SQLite database)</source>
        <translation>{path} är ingen RenewDesk-cache (inte en SQLite-databas)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} cannot be read as a cache: {error}</source>
        <translation>{path} kan inte läsas som en cache: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{path} is a folder, not a cache file</source>
        <translation>{path} är en mapp, inte en cachefil</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../renewdesk/cli/subscriptions.py" line="+17"/>
        <source>import subscriptions, a price book or campaigns</source>
        <translation>importera prenumerationer, en prislista eller kampanjer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV or XLSX file</source>
        <translation>CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer number for files without that column</source>
        <translation>kundnummer för filer som saknar den kolumnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency for files without that column (e.g. EUR)</source>
        <translation>valuta för filer som saknar den kolumnen (t.ex. EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment method for files without that column</source>
        <translation>betalningssätt för filer som saknar den kolumnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>locale whose short dates the file uses, e.g. en_GB for 31/12/2026 (default: your system&apos;s)</source>
        <translation>språkinställning vars korta datum filen använder, t.ex. en_GB för 31/12/2026 (standard: systemets)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check every subscription against the renewal rules</source>
        <translation>kontrollera varje prenumeration mot förnyelsereglerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluate as of this date (YYYY-MM-DD)</source>
        <translation>bedöm per detta datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown locale</source>
        <translation>okänd språkinställning</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>... and {n} more changes</source>
        <translation>… och ytterligare {n} ändringar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subscription</source>
        <translation>Prenumeration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Kan förnyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group (CSN/currency/payment/partner)</source>
        <translation>Grupp (CSN/valuta/betalning/partner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} subscriptions, {e} eligible</source>
        <translation>Prenumerationer: {n}, varav {e} kan förnyas</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/quotes.py" line="+19"/>
        <source>create a quote, buy one, or write its PDF</source>
        <translation>skapa en offert, köp en eller skriv ut dess PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build, check and save or send one quote</source>
        <translation>skapa, kontrollera och spara eller skicka en offert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>language of the quote (default: the customer&apos;s country&apos;s)</source>
        <translation>offertens språk (standard: kundlandets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the PDF here</source>
        <translation>skriv även PDF-filen hit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send by email through the outbox</source>
        <translation>skicka med e-post via utkorgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write an unsent email draft</source>
        <translation>skriv ett oskickat e-postutkast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save as a draft only (the default)</source>
        <translation>spara endast som utkast (standard)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>turn off auto-renew where the quote needs it (AUTO_RENEW_MUST_BE_OFF), as the review&apos;s one-click fix does</source>
        <translation>stäng av automatisk förnyelse där offerten kräver det (AUTO_RENEW_MUST_BE_OFF), som granskningens snabbåtgärd gör</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record that the customer bought a sent quote</source>
        <translation>registrera att kunden har köpt en skickad offert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a quote&apos;s PDF</source>
        <translation>skriv ut en offerts PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list every quote</source>
        <translation>lista alla offerter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list queued and failed email, or send it now</source>
        <translation>lista köade och misslyckade e-postmeddelanden, eller skicka dem nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send what is due now</source>
        <translation>skicka det som står på tur nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make the automatic quotes due today</source>
        <translation>skapa dagens automatiska offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run as of this date (YYYY-MM-DD)</source>
        <translation>kör per detta datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show or change the settings</source>
        <translation>visa eller ändra inställningarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP port</source>
        <translation>SMTP-port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP user name</source>
        <translation>SMTP-användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address of quote emails</source>
        <translation>avsändaradress för offertmejl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your company, printed on quotes</source>
        <translation>ditt företag, skrivs ut på offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name, printed on quotes</source>
        <translation>ditt namn, skrivs ut på offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your email, printed on quotes</source>
        <translation>din e-postadress, skrivs ut på offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your phone, printed on quotes</source>
        <translation>ditt telefonnummer, skrivs ut på offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days a quote is valid</source>
        <translation>antal dagar en offert gäller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window and quote language: en, sv or empty for the system&apos;s</source>
        <translation>språk för fönster och offerter: en, sv eller tomt för systemets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read the SMTP password from standard input</source>
        <translation>läs SMTP-lösenordet från standard in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write it as SUB_ID=VALUE</source>
        <translation>skriv det som SUB_ID=VÄRDE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{raw} is not valid here</source>
        <translation>{raw} är inte giltigt här</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{number} ordered: {n} subscription(s) renewed</source>
        <translation>{number} är beställd. Förnyade prenumerationer: {n}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>auto-renew turned off for {ids}</source>
        <translation>automatisk förnyelse avstängd för {ids}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{status}, expires {expires}, total {total}</source>
        <translation>{status}, giltig till {expires}, totalt {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+122"/>
        <source>queued in the outbox: {error}</source>
        <translation>ligger i utkorgen: {error}</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>not sent yet</source>
        <translation>inte skickad ännu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} quotes</source>
        <translation>Offerter: {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not sent: {error}</source>
        <translation>inte skickat: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Offert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} message(s) waiting</source>
        <translation>Väntande meddelanden: {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic quotes are turned off in the settings.</source>
        <translation>Automatiska offerter är avstängda i inställningarna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped {sub}: {reason}</source>
        <translation>hoppade över {sub}: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} automatic quote(s) made as of {day}</source>
        <translation>Automatiska offerter skapade per {day}: {n}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>not a whole number</source>
        <translation>inte ett heltal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no OS keyring is available, so the password cannot be kept; the window asks for it once per session</source>
        <translation>ingen nyckelring finns i operativsystemet, så lösenordet kan inte sparas; fönstret frågar efter det en gång per session</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>password: {state} ({store})</source>
        <translation>lösenord: {state} ({store})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored</source>
        <translation>sparat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no buyer email</source>
        <translation>köparens e-postadress saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid buyer email</source>
        <translation>ogiltig e-postadress till köparen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no price</source>
        <translation>pris saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked by the rules</source>
        <translation>stoppas av reglerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent</source>
        <translation>inte skickad</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/main.py" line="+34"/>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde för %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ett argument förväntades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>minst ett argument förväntades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>högst ett argument förväntades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan betyda %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>ignorerade det uttryckliga argumentet %r</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{message} (see &apos;renewdesk --help&apos;)</source>
        <translation>{message} (se &apos;renewdesk --help&apos;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renew software subscriptions by quote, offline. Without a command, RenewDesk opens its window.</source>
        <translation>Förnya programvaruprenumerationer med offert, offline. Utan kommando öppnar RenewDesk sitt fönster.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cache file (default: your data folder)</source>
        <translation>cachefilen (standard: din datamapp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of the window and output</source>
        <translation>språk för fönstret och utskrifterna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open RenewDesk on a demo cache built from demo data</source>
        <translation>öppna RenewDesk med en democache byggd av demodata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>build the main window offscreen over the demo data, check it, print one line</source>
        <translation>bygg huvudfönstret utan skärm över demodata, kontrollera det och skriv ut en rad</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/registry.py" line="+44"/>
        <source>{option} {value} is not a date; write it as YYYY-MM-DD</source>
        <translation>{option} {value} är inget datum; skriv det som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/main.py" line="+67"/>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(details in {path})</source>
        <translation>(detaljer i {path})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected error: {error}</source>
        <translation>oväntat fel: {error}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/output.py" line="+25"/>
        <source>indent the JSON for reading (slower on large lists)</source>
        <translation>dra in JSON-texten för läsning (långsammare för stora listor)</translation>
    </message>
</context>
<context>
    <name>GroupChecklist</name>
    <message>
        <location filename="../../renewdesk/ui/group_checklist.py" line="+30"/>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subscriptions to renew, by group</source>
        <translation>Prenumerationer att förnya, per grupp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription</source>
        <translation>Prenumeration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal date</source>
        <translation>Förnyelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renew</source>
        <translation>Automatisk förnyelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility</source>
        <translation>Förnyelse</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of %2 subscription(s) in this group can be renewed</source>
        <translation>Kan förnyas i den här gruppen: %1 av %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Eligible</source>
        <translation>Kan förnyas</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../renewdesk/importing/aliases.py" line="+321"/>
        <source>&quot;{target}&quot; is not a column RenewDesk knows</source>
        <translation>”{target}” är ingen kolumn som RenewDesk känner till</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column &quot;{other}&quot; already gives {target}</source>
        <translation>kolumnen ”{other}” anger redan {target}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/campaigns.py" line="+31"/>
        <source>{value} is not a percentage above 0 and at most 100</source>
        <translation>{value} är ingen procentsats över 0 och högst 100</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../renewdesk/importing/converters.py" line="+82"/>
        <location filename="../../renewdesk/importing/prices.py" line="+36"/>
        <location filename="../../renewdesk/importing/values.py" line="+181"/>
        <source>term</source>
        <translation>löptid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the campaign ends ({end}) before it starts ({start})</source>
        <translation>kampanjen slutar ({end}) innan den börjar ({start})</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/converters.py" line="-58"/>
        <source>&quot;{value}&quot; is not an email address</source>
        <translation>”{value}” är ingen e-postadress</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>{what} is missing</source>
        <translation>{what} saknas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the row has more values than the header has columns (a value holding the delimiter needs quotes)</source>
        <translation>raden har fler värden än rubrikraden har kolumner (ett värde som innehåller avgränsaren måste stå inom citattecken)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>offering type</source>
        <translation>erbjudandetyp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>payment method</source>
        <translation>betalningssätt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/errors.py" line="+31"/>
        <source>column &quot;{column}&quot;: {problem}</source>
        <extracomment>The error keeps this many problems; beyond it only a count is kept.</extracomment>
        <translation>kolumn ”{column}”: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}: {problem}</source>
        <translation>rad {row}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}, column &quot;{column}&quot;: {problem}</source>
        <translation>rad {row}, kolumn ”{column}”: {problem}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file}: the file cannot be imported</source>
        <translation>{file}: filen kan inte importeras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(and 1 more problem)</source>
        <translation>(och ytterligare 1 problem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(and {count} more problems)</source>
        <translation>(och ytterligare {count} problem)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/prices.py" line="-10"/>
        <source>{value} is below zero</source>
        <translation>{value} är mindre än noll</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/reader.py" line="+87"/>
        <location line="+89"/>
        <location line="+78"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>the file says it is UTF-8 but holds bytes that are not</source>
        <translation>filen anger att den är UTF-8 men innehåller byte som inte är det</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is neither UTF-8 nor Windows-1252 text</source>
        <translation>filen är varken UTF-8- eller Windows-1252-text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a CSV text file or an XLSX workbook</source>
        <translation>filen är varken en CSV-textfil eller en XLSX-arbetsbok</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this is a folder, not a file</source>
        <translation>detta är en mapp, inte en fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be opened: {reason}</source>
        <translation>filen kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is {size} MB; files over {limit} MB are not imported</source>
        <translation>filen är {size} MB; filer över {limit} MB importeras inte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>old Excel .xls files are not read; save it as .xlsx or CSV</source>
        <translation>äldre Excel-filer (.xls) kan inte läsas; spara filen som .xlsx eller CSV</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the file is not a readable XLSX workbook</source>
        <translation>filen är ingen läsbar XLSX-arbetsbok</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the CSV cannot be read: {reason}</source>
        <translation>CSV-filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workbook cannot be read: {reason}</source>
        <translation>arbetsboken kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/records.py" line="+53"/>
        <source>the file has no {column} column</source>
        <translation>filen saknar kolumnen {column}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the row has more values than the header has columns</source>
        <translation>raden har fler värden än rubrikraden har kolumner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the value is missing</source>
        <translation>värdet saknas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{key} is also on row {row}</source>
        <translation>{key} finns också på rad {row}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has a header but no data rows</source>
        <translation>filen har en rubrikrad men inga datarader</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/subscriptions.py" line="+119"/>
        <source>the subscription ID</source>
        <translation>prenumerations-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the offering type</source>
        <translation>erbjudandetyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer CSN</source>
        <translation>kundens CSN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the payment method</source>
        <translation>betalningssätt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the term</source>
        <translation>löptid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of seats</source>
        <translation>antal licenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renewal date</source>
        <translation>förnyelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the file has no {column} column and no default was given</source>
        <translation>filen saknar kolumnen {column} och inget standardvärde har angetts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file has neither a product name nor an offering code</source>
        <translation>filen har varken produktnamn eller erbjudandekod</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>default: {problem}</source>
        <translation>standardvärde: {problem}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file has a header but no subscriptions</source>
        <translation>filen har en rubrikrad men inga prenumerationer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>subscription &quot;{id}&quot; is also on row {row}</source>
        <translation>prenumerationen ”{id}” finns också på rad {row}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the start date {start} is after the renewal date {renewal}</source>
        <translation>startdatumet {start} ligger efter förnyelsedatumet {renewal}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the product name is missing</source>
        <translation>produktnamnet saknas</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/values.py" line="-8"/>
        <source>&quot;{value}&quot; is not a known {what} (use one of {choices})</source>
        <translation>”{value}” är inget giltigt värde för {what} (använd något av {choices})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;{value}&quot; is not yes or no</source>
        <translation>”{value}” är varken ja eller nej</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{value}&quot; is not a three-letter currency code such as EUR</source>
        <translation>”{value}” är ingen valutakod med tre bokstäver, till exempel EUR</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{value} is not a whole number of seats of 0 or more</source>
        <translation>{value} är inget giltigt antal licenser (ett heltal, 0 eller mer)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>”{value}” är inget tal</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&quot;{value}&quot; is not a date (write 2026-03-01, 01.03.2026 or {example})</source>
        <translation>”{value}” är inget datum (skriv 2026-03-01, 01.03.2026 eller {example})</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/import_service.py" line="+77"/>
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <extracomment>Every changed field of every updated record, in file order. Records the cache holds that the file does not mention (they are left as they are).</extracomment>
        <translation>{file}: {added} tillagda, {updated} uppdaterade, {unchanged} oförändrade</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>{kind} from {file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{kind} från {file}: {added} tillagda, {updated} uppdaterade, {unchanged} oförändrade</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../renewdesk/ui/import_dialog.py" line="+62"/>
        <location line="+1"/>
        <location line="+66"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Import from the portal&apos;s export</source>
        <translation>Importera från portalens export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (comma, semicolon or tab) or Excel. Nothing changes unless every row is valid; rows are numbered as a spreadsheet shows them.</source>
        <translation>CSV (komma, semikolon eller tabb) eller Excel. Inget ändras om inte alla rader är giltiga; raderna numreras som i ett kalkylblad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>Filen innehåller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price book</source>
        <translation>Prislista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV or Excel file…</source>
        <translation>Välj en CSV- eller Excel-fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns and defaults</source>
        <translation>Kolumner och standardvärden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+293"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fills</source>
        <translation>Fyller i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping</source>
        <translation>Kolumnmappning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defaults for columns the file lacks</source>
        <translation>Standardvärden för kolumner som saknas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default customer number</source>
        <translation>Standardkundnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default currency</source>
        <translation>Standardvaluta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default payment method</source>
        <translation>Standardbetalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from the file)</source>
        <translation>(från filen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number (CSN)</source>
        <translation>Kundnummer (CSN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a file to see what changed.</source>
        <translation>Importera en fil för att se vad som ändrats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a file to import</source>
        <translation>Välj en fil att importera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kalkylblad (*.csv *.txt *.xlsx);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tabs</source>
        <translation>tabbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>separated by %1</source>
        <translation>avgränsad med %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no %1: set a default or map a column.</source>
        <translation>Filen saknar %1: ange ett standardvärde eller mappa en kolumn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Column for %1</source>
        <translation>Kolumn för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ignore)</source>
        <translation>(ignorera)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 added · %2 updated · %3 unchanged</source>
        <translation>%1 tillagda · %2 uppdaterade · %3 oförändrade</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was imported. %1</source>
        <translation>Inget importerades. %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems (%1)</source>
        <translation>Problem (%1)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../renewdesk/ui/labels.py" line="+31"/>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Årsvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years</source>
        <translation>3 år</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Suspended</source>
        <translation>Avstängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Uppsagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Trial</source>
        <translation>Provperiod</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit card</source>
        <translation>Kreditkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Direct debit</source>
        <translation>Autogiro</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Through partner</source>
        <translation>Via partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success plan</source>
        <translation>Success-plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted</source>
        <translation>Offererad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Beställd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single</source>
        <translation>Enskild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Skickas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sent</source>
        <comment>the quote, in the audit trail</comment>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Redigerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer details edited</source>
        <translation>Kunduppgifter redigerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Slängd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent again</source>
        <translation>Skickad igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought</source>
        <translation>Köpt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to a new quote</source>
        <translation>Kopierad till en ny offert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a new quote</source>
        <translation>Ersatt av en ny offert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancellation by partner recorded</source>
        <translation>Annullering från partner registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewed</source>
        <translation>Förnyad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email queued</source>
        <translation>E-post i kö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email being sent</source>
        <translation>E-post skickas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent</source>
        <translation>E-post skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email to be retried</source>
        <translation>Nytt försök senare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email retry requested</source>
        <translation>Nytt sändningsförsök begärt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email queued again</source>
        <translation>E-post i kö igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email failed</source>
        <translation>E-post misslyckades</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../renewdesk/ui/main_window.py" line="+45"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RenewDesk — Billing and Ordering</source>
        <translation>RenewDesk – Fakturering och beställning</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+5"/>
        <source>Billing and Ordering</source>
        <translation>Fakturering och beställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions and Agreements</source>
        <translation>Prenumerationer och avtal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from backup…</source>
        <translation>Å&amp;terställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About RenewDesk</source>
        <translation>&amp;Om RenewDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache file</source>
        <translation>Cachefil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>Per datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords: checking the keyring…</source>
        <translation>Lösenord: kontrollerar nyckelringen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password store</source>
        <translation>Lösenordslagring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Connection not checked</source>
        <translation>● Anslutningen är inte kontrollerad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation>● Ansluten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Offline — quotes wait in the outbox</source>
        <translation>● Frånkopplad – offerter väntar i utkorgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwords: OS keyring</source>
        <translation>Lösenord: systemets nyckelring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords: this session only</source>
        <translation>Lösenord: endast denna session</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the SMTP password in Settings to send the waiting quotes.</source>
        <translation>Ange SMTP-lösenordet i Inställningar för att skicka de väntande offerterna.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup restored. The cache as it was is kept as %1.</source>
        <translation>Säkerhetskopian har återställts. Cachen som den var sparas som %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup restored.</source>
        <translation>Säkerhetskopian har återställts.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Building the demo data…</source>
        <translation>Skapar demodata…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About RenewDesk</source>
        <translation>Om RenewDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;RenewDesk %1&lt;/h3&gt;&lt;p&gt;Renew software subscriptions by quote, offline: import the portal&apos;s export, check every subscription against the renewal-quote rules, build and send quotes, and track them until they are bought.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RenewDesk %1&lt;/h3&gt;&lt;p&gt;Förnya programvaruprenumerationer med offert, offline: importera portalens export, kontrollera varje prenumeration mot reglerna för förnyelseofferter, skapa och skicka offerter och följ dem tills de är köpta.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <location filename="../../renewdesk/ui/renew_options.py" line="+38"/>
        <source>Renewal options</source>
        <translation>Förnyelsealternativ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renew now in the portal (online only)</source>
        <translation>Förnya nu i portalen (endast online)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay in the vendor portal right away. RenewDesk works offline, so this happens in the portal itself.</source>
        <translation>Betala direkt i leverantörens portal. RenewDesk arbetar offline, så det görs i själva portalen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+6"/>
        <location line="+1"/>
        <source>Create a quote</source>
        <translation>Skapa en offert</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Build a renewal quote with the seats and term you choose, and send it to the buyer as a PDF. The buyer pays when they accept it.</source>
        <translation>Skapa en förnyelseoffert med de licenser och den löptid du väljer och skicka den till köparen som PDF. Köparen betalar när offerten godkänns.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Turn on auto-renew</source>
        <translation>Slå på automatisk förnyelse</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Let these subscriptions renew by themselves on their renewal date.</source>
        <translation>Låt prenumerationerna förnyas automatiskt på sitt förnyelsedatum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs the vendor portal; not available here.</source>
        <translation>Kräver leverantörens portal; inte tillgängligt här.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../renewdesk/ui/outbox_page.py" line="+54"/>
        <source>Quote</source>
        <translation>Offert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translation>Senaste försök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location line="+62"/>
        <location line="+19"/>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Quote emails wait here until the mail server can be reached; RenewDesk retries every minute while it is open. Nothing is sent twice.</source>
        <translation>Offertmejl väntar här tills e-postservern kan nås; RenewDesk försöker igen varje minut medan programmet är öppet. Inget skickas två gånger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>Försök igen nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send all due</source>
        <translation>Skicka alla som står på tur</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n meddelande väntar</numerusform>
            <numerusform>%n meddelanden väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n quote email(s) sent.</source>
        <translation>
            <numerusform>%n offertmejl har skickats.</numerusform>
            <numerusform>%n offertmejl har skickats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending failed</source>
        <translation>Det gick inte att skicka</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <location filename="../../renewdesk/services/outbox_runner.py" line="+72"/>
        <source>The SMTP password for {user} is needed to send.</source>
        <translation>SMTP-lösenordet för {user} behövs för att skicka.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../renewdesk/ui/password_prompt.py" line="+40"/>
        <source>SMTP password</source>
        <translation>SMTP-lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keyring, so RenewDesk keeps the password in memory until it closes.

Password for %1 on %2:</source>
        <translation>Den här datorn har ingen nyckelring, så RenewDesk håller lösenordet i minnet tills programmet stängs.

Lösenord för %1 på %2:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../renewdesk/i18n.py" line="+55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QuoteEmail</name>
    <message>
        <location filename="../../renewdesk/mail/message.py" line="+42"/>
        <source>Renewal quote {number} – {company}</source>
        <translation>Förnyelseoffert {number} – {company}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello {name},</source>
        <translation>Hej {name}!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,</source>
        <translation>Hej!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please find attached renewal quote {number} for {company}.</source>
        <translation>Bifogat finns förnyelseoffert {number} för {company}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote number: {number}
Subscriptions: {count}
Total: {total} (tax is added at checkout)
Valid until: {expires}</source>
        <translation>Offertnummer: {number}
Prenumerationer: {count}
Totalt: {total} (moms tillkommer vid köpet)
Giltig till: {expires}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To buy, sign in to the vendor portal, go to Billing and Ordering &gt; Quotes, open quote {number} and choose Buy before {expires}.</source>
        <translation>Logga in i leverantörens portal, gå till Fakturering och beställning &gt; Offerter, öppna offert {number} och välj Köp senast {expires}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind regards,</source>
        <translation>Med vänliga hälsningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote-{number}.pdf</source>
        <translation>Offert-{number}.pdf</translation>
    </message>
</context>
<context>
    <name>QuoteErrors</name>
    <message>
        <location filename="../../renewdesk/quotes/builder.py" line="+148"/>
        <source>{kind} given for subscription(s) not selected: {ids}</source>
        <translation>{kind} angivet för prenumerationer som inte är valda: {ids}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seats must be at least 1 (untick the line instead): {ids}</source>
        <translation>antalet licenser måste vara minst 1 (avmarkera raden i stället): {ids}</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{subscription}: unknown term {value} (use {choices})</source>
        <translation>{subscription}: okänd löptid {value} (använd {choices})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown payment method {value}</source>
        <translation>okänt betalningssätt {value}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/errors.py" line="+42"/>
        <source>the quote is blocked by {codes}</source>
        <translation>offerten stoppas av {codes}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no quote {number}</source>
        <translation>det finns ingen offert {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown subscription id(s): {ids}</source>
        <translation>okända prenumerations-ID: {ids}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/lifecycle.py" line="+88"/>
        <source>customer details of {number} cannot change after it was sent: create a new quote, which replaces it when sent</source>
        <translation>kunduppgifterna i {number} kan inte ändras efter att offerten skickats: skapa en ny offert, som ersätter den när den skickas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} was sent and cannot be cancelled here: contact the partner, then record the cancellation with a note</source>
        <translation>{number} är skickad och kan inte annulleras här: kontakta partnern och registrera sedan annulleringen med en anteckning</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} expired on {expires}: create a new quote instead</source>
        <translation>{number} gick ut {expires}: skapa en ny offert i stället</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{number} is {status} and cannot be edited</source>
        <translation>{number} har status {status} och kan inte redigeras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is {status} and cannot have its customer details edited</source>
        <translation>{number} har status {status} och dess kunduppgifter kan inte redigeras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is {status} and cannot be discarded</source>
        <translation>{number} har status {status} och kan inte slängas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is {status} and cannot be sent (it already was)</source>
        <translation>{number} har status {status} och kan inte skickas (den är redan skickad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is {status} and cannot be sent</source>
        <translation>{number} har status {status} och kan inte skickas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is {status} and cannot be resent</source>
        <translation>{number} har status {status} och kan inte skickas igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is {status} and cannot be bought</source>
        <translation>{number} har status {status} och kan inte köpas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is {status} and cannot be copied into a new quote</source>
        <translation>{number} har status {status} och kan inte kopieras till en ny offert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is {status} and cannot be superseded</source>
        <translation>{number} har status {status} och kan inte ersättas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is {status} and cannot be cancelled</source>
        <translation>{number} har status {status} och kan inte annulleras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is {status} and cannot have a partner cancellation recorded</source>
        <translation>{number} har status {status} och en annullering från partnern kan inte registreras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is {status} and cannot be {action}</source>
        <translation>{number} har status {status} och åtgärden {action} är inte möjlig</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/numbering.py" line="+40"/>
        <source>{number} is not a quote number (Q-YYYY-NNNNNN)</source>
        <translation>{number} är inget offertnummer (Q-ÅÅÅÅ-NNNNNN)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/quote_service.py" line="-445"/>
        <source>set the sender address (Settings, SMTP) before sending by email</source>
        <translation>ange avsändaradressen (Inställningar, SMTP) innan du skickar med e-post</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>a cancellation by the partner needs a note saying who and why</source>
        <translation>en annullering från partnern kräver en anteckning om vem och varför</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>unknown delivery {delivery}: use email, eml or pdf</source>
        <translation>okänt leveranssätt {delivery}: använd email, eml eller pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose a folder or a .eml file for the mail-app draft</source>
        <translation>välj en mapp eller en .eml-fil för utkastet till e-postprogrammet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{number} has no recipient: add the buyer&apos;s email</source>
        <translation>{number} saknar mottagare: lägg till köparens e-postadress</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{number} has no recipient</source>
        <translation>{number} saknar mottagare</translation>
    </message>
</context>
<context>
    <name>QuotePdf</name>
    <message>
        <location filename="../../renewdesk/pdf/labels.py" line="+17"/>
        <source>Renewal quote</source>
        <translation>Förnyelseoffert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote {number}</source>
        <translation>Offert {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until {expires}</source>
        <translation>Giltig till {expires}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote details</source>
        <translation>Offertuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote number</source>
        <translation>Offertnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller</source>
        <translation>Återförsäljare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner number</source>
        <translation>Partnernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by</source>
        <translation>Upprättad av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions to renew</source>
        <translation>Prenumerationer som förnyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in {currency_name} ({currency}), excluding tax.</source>
        <translation>Belopp i {currency_name} ({currency}), exklusive moms.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription ID</source>
        <translation>Pren.-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Löptid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Delsumma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign discount</source>
        <translation>Kampanjrabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices exclude tax. Tax is added at checkout, based on the customer&apos;s address.</source>
        <translation>Priserna är exklusive moms. Moms läggs till vid köpet utifrån kundens adress.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to buy</source>
        <translation>Så köper du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the vendor portal.</source>
        <translation>Logga in i leverantörens portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Billing and Ordering &gt; Quotes and open quote {number}.</source>
        <translation>Gå till Fakturering och beställning &gt; Offerter och öppna offert {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the details and choose Buy before {expires}. After that date the quote can no longer be bought and a new quote is needed.</source>
        <translation>Kontrollera uppgifterna och välj Köp senast {expires}. Efter det datumet kan offerten inte längre köpas och en ny offert behövs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions about this quote? Contact your reseller, {partner}.</source>
        <translation>Frågor om offerten? Kontakta din återförsäljare, {partner}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions about this quote? Contact {contact}.</source>
        <translation>Frågor om offerten? Kontakta {contact}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years</source>
        <translation>3 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>Kreditkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <translation>Autogiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the reseller</source>
        <translation>Via återförsäljaren</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../renewdesk/ui/quotes_model.py" line="+42"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../renewdesk/ui/quotes_page.py" line="+67"/>
        <location line="+30"/>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Köp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Create new quote</source>
        <translation>Skapa ny offert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record cancellation by partner…</source>
        <translation>Registrera annullering från partner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <source>Discard draft</source>
        <translation>Släng utkast</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+4"/>
        <location line="+61"/>
        <source>Audit trail</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No quotes yet. Select subscriptions and choose Bulk actions › Renew…</source>
        <translation>Inga offerter ännu. Markera prenumerationer och välj Massåtgärder › Förnya…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n offert</numerusform>
            <numerusform>%n offerter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Audit trail of %1</source>
        <translation>Händelselogg för %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This quote expired; create a new quote to renew these subscriptions.</source>
        <translation>Offerten har gått ut; skapa en ny offert för att förnya prenumerationerna.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Buy quote</source>
        <translation>Köp offert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record %1 as bought? Each subscription&apos;s renewal date moves on by its term, and seats and term take the quote&apos;s values.</source>
        <translation>Registrera %1 som köpt? Varje prenumerations förnyelsedatum flyttas fram med löptiden, och licenser och löptid får offertens värden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was bought.</source>
        <translation>%1 har köpts.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was sent again.</source>
        <translation>%1 har skickats igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was queued again; it is sent when the server can be reached.</source>
        <translation>%1 har lagts i kö igen; den skickas när servern kan nås.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record cancellation by partner</source>
        <translation>Registrera annullering från partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner cancelled %1. Note (who, when, reference):</source>
        <translation>Partnern har annullerat %1. Anteckning (vem, när, referens):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A note is needed</source>
        <translation>En anteckning behövs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write who cancelled it and when.</source>
        <translation>Skriv vem som annullerade och när.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancellation of %1 recorded.</source>
        <translation>Annulleringen av %1 har registrerats.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard draft %1? Its number is not used again.</source>
        <translation>Slänga utkastet %1? Numret används inte igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was discarded.</source>
        <translation>%1 har slängts.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That did not work</source>
        <translation>Det gick inte</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <location filename="../../renewdesk/ui/recipients_step.py" line="+45"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who receives the quote</source>
        <translation>Vem som får offerten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add recipient</source>
        <translation>Lägg till mottagare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to %1 recipients besides the buyer.</source>
        <translation>Upp till %1 mottagare utöver köparen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How the quote leaves RenewDesk</source>
        <translation>Hur offerten lämnar RenewDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send by email (queued in the outbox when offline)</source>
        <translation>Skicka med e-post (läggs i utkorgen vid frånkoppling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in mail app (.eml draft)</source>
        <translation>Öppna i e-postprogrammet (.eml-utkast)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF only</source>
        <translation>Spara endast PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Send quote</source>
        <translation>Skicka offert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quote result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No buyer email: add it in the customer details.</source>
        <translation>Köparens e-postadress saknas: lägg till den i kunduppgifterna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At most %1 recipients besides the buyer.</source>
        <translation>Högst %1 mottagare utöver köparen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name@example.com</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Recipient %1</source>
        <translation>Mottagare %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not a valid email address</source>
        <translation>Ogiltig e-postadress</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../renewdesk/ui/renew_dialog.py" line="+63"/>
        <source>Renew</source>
        <translation>Förnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew subscriptions</source>
        <translation>Förnya prenumerationer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select subscriptions</source>
        <translation>Välj prenumerationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal options</source>
        <translation>Förnyelsealternativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <location line="+7"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Choose one group (one customer, currency, payment method and partner) and untick what stays out.</source>
        <translation>Välj en grupp (en kund, valuta, ett betalningssätt och en partner) och avmarkera det som inte ska med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How do you want to renew these subscriptions?</source>
        <translation>Hur vill du förnya prenumerationerna?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats can only go down. Prices, campaigns and rules update as you edit.</source>
        <translation>Antalet licenser kan bara minskas. Priser, kampanjer och regler uppdateras medan du redigerar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add up to four recipients besides the buyer, then send.</source>
        <translation>Lägg till upp till fyra mottagare utöver köparen och skicka sedan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing ticked</source>
        <translation>Inget markerat</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n subscription(s) ticked</source>
        <translation>
            <numerusform>%n prenumeration markerad</numerusform>
            <numerusform>%n prenumerationer markerade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fix the rules marked in red to go on.</source>
        <translation>Åtgärda reglerna som är markerade med rött för att gå vidare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/renew_send.py" line="+78"/>
        <source>Quote %1 created</source>
        <translation>Offert %1 har skapats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires %1 · Total %2</source>
        <translation>Giltig till %1 · Totalt %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent by email.</source>
        <translation>Skickad med e-post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting in the outbox: it is sent when the mail server can be reached.</source>
        <translation>Väntar i utkorgen: den skickas när e-postservern kan nås.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft saved to %1</source>
        <translation>Utkastet har sparats i %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF saved to %1</source>
        <translation>PDF-filen har sparats i %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It replaces %1.</source>
        <translation>Den ersätter %1.</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/renew_dialog.py" line="+40"/>
        <source>The quote could not be made</source>
        <translation>Offerten kunde inte skapas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New quote from %1</source>
        <translation>Ny offert utifrån %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Create new quote</source>
        <translation>Skapa ny offert</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../renewdesk/ui/restore_dialog.py" line="+40"/>
        <location line="+1"/>
        <location line="+106"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Restore the cache from a backup</source>
        <translation>Återställ cachen från en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RenewDesk backs the cache up once a day, before every restore and before every upgrade of its format. Restoring replaces everything in the cache (subscriptions, quotes, outbox) with the chosen copy; the cache as it is now is backed up first, so a restore can be undone.</source>
        <translation>RenewDesk säkerhetskopierar cachen en gång om dagen, före varje återställning och före varje uppgradering av dess format. En återställning ersätter allt i cachen (prenumerationer, offerter, utkorg) med den valda kopian; cachen som den ser ut nu säkerhetskopieras först, så att återställningen kan ångras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backups yet. The first one is made today.</source>
        <translation>Inga säkerhetskopior ännu. Den första skapas i dag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder: %1</source>
        <translation>Mapp: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Replace the cache with the backup from %1? Changes made since then are replaced too; the cache as it is now is backed up first.</source>
        <translation>Ersätta cachen med säkerhetskopian från %1? Ändringar som gjorts sedan dess försvinner också; cachen som den ser ut nu säkerhetskopieras först.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../renewdesk/ui/review_step.py" line="+57"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 1</source>
        <translation>Adressrad 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer name</source>
        <translation>Köparens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer email</source>
        <translation>Köparens e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer phone</source>
        <translation>Köparens telefon</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quote lines</source>
        <translation>Offertrader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Prenumeration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Löptid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Subtotal</source>
        <translation>Delsumma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign discount</source>
        <translation>Kampanjrabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total (tax added at checkout)</source>
        <translation>Totalt exkl. moms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer details on the quote</source>
        <translation>Kunduppgifter på offerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer details</source>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>Quote language</source>
        <translation>Offertens språk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Term of %1</source>
        <translation>Löptid för %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seats of %1</source>
        <translation>Licenser för %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 (the current seats)</source>
        <translation>Högst %1 (nuvarande antal licenser)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Customer number (CSN): %1</source>
        <translation>Kundnummer (CSN): %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1% off</source>
        <translation>%1 % rabatt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All renewal-quote rules pass for this quote.</source>
        <translation>Offerten uppfyller alla regler för förnyelseofferter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turn off auto-renew for these %1</source>
        <translation>Stäng av automatisk förnyelse (%1 st.)</translation>
    </message>
</context>
<context>
    <name>RuleMessages</name>
    <message>
        <location filename="../../renewdesk/messages.py" line="+25"/>
        <source>The renewal window is not open yet: quotes can be made from {opens} ({days} days before the renewal date).</source>
        <translation>Förnyelseperioden har inte börjat: offerter kan skapas från {opens} ({days} dagar före förnyelsedatumet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The renewal window closed on {closed} ({days} days after the renewal date).</source>
        <translation>Förnyelseperioden stängde {closed} ({days} dagar efter förnyelsedatumet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This offering ({offering_type}) cannot be renewed by quote: Flex and Success plans are renewed another way.</source>
        <translation>Det här erbjudandet ({offering_type}) kan inte förnyas med offert: Flex och Success-planer förnyas på annat sätt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A subscription with status {status} cannot be renewed.</source>
        <translation>En prenumeration med statusen {status} kan inte förnyas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subscription is already on open quote {quote}.</source>
        <translation>Prenumerationen finns redan på den öppna offerten {quote}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-renew is on: it will renew by itself; a quote with changes needs it turned off.</source>
        <translation>Automatisk förnyelse är på: prenumerationen förnyas av sig själv; en offert med ändringar kräver att den stängs av.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote is for one customer; these lines are for {values}.</source>
        <translation>En offert gäller en enda kund; de här raderna gäller {values}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote has one currency; these lines use {values}.</source>
        <translation>En offert har en enda valuta; de här raderna använder {values}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote has one payment method; these lines use {values}.</source>
        <translation>En offert har ett enda betalningssätt; de här raderna använder {values}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote goes through one reseller or none; these lines involve {values}.</source>
        <translation>En offert går via högst en återförsäljare; de här raderna gäller {values}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A renewal quote cannot hold new-purchase or co-term lines ({subscriptions}).</source>
        <translation>En förnyelseoffert kan inte innehålla rader för nyköp eller samordnad löptid ({subscriptions}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote holds at most {max} subscriptions; this one has {count}.</source>
        <translation>En offert får innehålla högst {max} prenumerationer; den här har {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subscription}: {seats} seats is more than the {current} it has; seats can only be reduced in a renewal quote.</source>
        <translation>{subscription}: {seats} licenser är fler än nuvarande {current}; i en förnyelseoffert kan antalet licenser bara minskas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subscription} is billed in {currency} and cannot be quoted in {quote_currency}.</source>
        <translation>{subscription} faktureras i {currency} och kan inte offereras i {quote_currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subscription} would start on {start}, later than the day after its term ends ({latest}).</source>
        <translation>{subscription} skulle börja {start}, senare än dagen efter att löptiden slutar ({latest}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay by invoice needs an existing invoice account: no subscription of this customer pays by invoice yet.</source>
        <translation>Betalning mot faktura kräver ett befintligt fakturakonto: ingen av kundens prenumerationer betalas mot faktura ännu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn off auto-renew for {count} subscription(s) first ({subscriptions}): the quote changes them or involves a reseller.</source>
        <translation>Stäng först av automatisk förnyelse för {subscriptions} ({count} st.): offerten innebär ändringar eller går via en återförsäljare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The total {total} {currency} is above the card/PayPal limit of {ceiling} {currency}; the buyer may need another payment method.</source>
        <translation>Totalbeloppet {total} {currency} överstiger gränsen för kort/PayPal på {ceiling} {currency}; köparen kan behöva ett annat betalningssätt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {max} recipients besides the buyer; {count} were given.</source>
        <translation>Högst {max} mottagare utöver köparen; {count} har angetts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address} is not a valid email address.</source>
        <translation>{address} är ingen giltig e-postadress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address} is listed more than once.</source>
        <translation>{address} finns med mer än en gång.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quote has no lines: tick at least one subscription.</source>
        <translation>Offerten har inga rader: markera minst en prenumeration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price book has no price for {offering_code}, {term}, {currency} ({subscription}).</source>
        <translation>Prislistan saknar pris för {offering_code}, {term}, {currency} ({subscription}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer details cannot change on a sent quote: create a new quote, which replaces {quote} when it is sent.</source>
        <translation>Kunduppgifterna kan inte ändras på en skickad offert: skapa en ny offert, som ersätter {quote} när den skickas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sent quote cannot be cancelled here: contact the partner, then record the cancellation with a note.</source>
        <translation>En skickad offert kan inte annulleras här: kontakta partnern och registrera sedan annulleringen med en anteckning.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../renewdesk/secrets.py" line="+70"/>
        <source>OS keyring ({name})</source>
        <translation>Systemets nyckelring ({name})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring could not read the password: {error}</source>
        <translation>Nyckelringen kunde inte läsa lösenordet: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keyring could not save the password: {error}</source>
        <translation>Nyckelringen kunde inte spara lösenordet: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keyring could not delete the password: {error}</source>
        <translation>Nyckelringen kunde inte ta bort lösenordet: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Memory only (asked once per session): {reason}</source>
        <translation>Endast i minnet (frågas en gång per session): {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory only (asked once per session)</source>
        <translation>Endast i minnet (frågas en gång per session)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../renewdesk/ui/settings_dialog.py" line="+35"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen (okrypterad)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your profile (printed on quotes)</source>
        <translation>Din profil (skrivs ut på offerter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make automatic quotes 30 days before expiry</source>
        <translation>Skapa automatiska offerter 30 dagar före förnyelsedatumet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote validity</source>
        <translation>Offertens giltighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic quotes</source>
        <translation>Automatiska offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time RenewDesk starts.</source>
        <translation>Ett nytt språk används nästa gång RenewDesk startar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email (SMTP)</source>
        <translation>E-post (SMTP)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in: %1</source>
        <translation>Lösenordet sparas i: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(saved — type to replace)</source>
        <translation>(sparat – skriv för att ersätta)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../../renewdesk/services/settings_service.py" line="+90"/>
        <source>{value} is not a valid email address: {why}</source>
        <translation>{value} är ingen giltig e-postadress: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Porten måste vara ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security must be none, starttls or ssl.</source>
        <translation>Säkerheten måste vara none, starttls eller ssl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server name must be a host name, such as smtp.example.com.</source>
        <translation>Servernamnet måste vara ett värdnamn, till exempel smtp.example.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language must be en or sv (or empty for the system&apos;s).</source>
        <translation>Språket måste vara en eller sv (eller tomt för systemets språk).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quote is valid for 1 to 365 days.</source>
        <translation>En offert kan vara giltig i 1 till 365 dagar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page size must be auto, A4 or Letter.</source>
        <translation>Pappersformatet måste vara auto, A4 eller Letter.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Enter the SMTP server and user name before the password.</source>
        <translation>Ange SMTP-server och användarnamn före lösenordet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sending by email needs an SMTP server and a sender address.</source>
        <translation>För att skicka med e-post krävs en SMTP-server och en avsändaradress.</translation>
    </message>
</context>
<context>
    <name>SmtpErrors</name>
    <message>
        <location filename="../../renewdesk/mail/smtp.py" line="+97"/>
        <source>{context}: {code} {message}</source>
        <translation>{context}: {code} {message}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in failed for now: {answer}</source>
        <translation>Inloggningen misslyckades just nu: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in refused: {code} {answer}</source>
        <translation>Inloggningen nekades: {code} {answer}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipients refused for now: {reason}</source>
        <translation>Mottagarna nekades just nu: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipients refused: {reason}</source>
        <translation>Mottagarna nekades: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender {sender} refused</source>
        <translation>Avsändaren {sender} nekades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{server} did not accept the connection</source>
        <translation>{server} tog inte emot anslutningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered</source>
        <translation>Servern svarade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{server} does not support this: {error}</source>
        <translation>{server} stöder inte detta: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{server} closed the connection: {reason}</source>
        <translation>{server} stängde anslutningen: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>ingen orsak angiven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of {server} is not trusted: {reason}</source>
        <translation>Certifikatet för {server} är inte betrott: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS with {server} failed ({reason}); check the port and security setting</source>
        <translation>TLS mot {server} misslyckades ({reason}); kontrollera porten och säkerhetsinställningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot look up {host}: {reason}</source>
        <translation>Det går inte att slå upp {host}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{server} refused the connection</source>
        <translation>{server} vägrade anslutningen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach {server}: {reason}</source>
        <translation>Det går inte att nå {server}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error talking to {server}: {error}</source>
        <translation>Oväntat fel i kommunikationen med {server}: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{server} did not answer within {seconds} s</source>
        <translation>{server} svarade inte inom {seconds} s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password for {user} is needed to send</source>
        <translation>Lösenordet för {user} behövs för att skicka</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The message has no recipients</source>
        <translation>Meddelandet har inga mottagare</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+100"/>
        <source>Subscriptions and Agreements</source>
        <translation>Prenumerationer och avtal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search subscriptions</source>
        <translation>Sök prenumerationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search product, subscription ID, contract or CSN</source>
        <translation>Sök på produkt, prenumerations-ID, avtal eller CSN</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Bulk actions</source>
        <translation>Massåtgärder</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/subscription_details.py" line="+85"/>
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+3"/>
        <source>Renew…</source>
        <translation>Förnya…</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="-28"/>
        <source>Loading subscriptions…</source>
        <translation>Läser in prenumerationer…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Turn off auto-renew</source>
        <translation>Stäng av automatisk förnyelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on auto-renew</source>
        <translation>Slå på automatisk förnyelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer filter</source>
        <translation>Kundfilter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency filter</source>
        <translation>Valutafilter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renews within days</source>
        <translation>Förnyas inom antal dagar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renews: any time</source>
        <translation>Förnyas: när som helst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews within </source>
        <translation>Förnyas inom </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eligible only</source>
        <translation>Endast förnyelsebara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/subscription_details.py" line="+19"/>
        <source>No subscription selected</source>
        <translation>Ingen prenumeration vald</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Subscription ID</source>
        <translation>Prenumerations-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term and seats</source>
        <translation>Löptid och licenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current term</source>
        <translation>Nuvarande löptid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Renew this subscription</source>
        <translation>Förnya den här prenumerationen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Your cache has no subscriptions yet</source>
        <translation>Din cache innehåller inga prenumerationer ännu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the portal&apos;s subscription export (CSV or Excel) to get started, or open the demo data to look around.</source>
        <translation>Importera portalens prenumerationsexport (CSV eller Excel) för att komma igång, eller öppna demodata för att se dig omkring.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open demo data</source>
        <translation>Öppna demodata</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+134"/>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All currencies</source>
        <translation>Alla valutor</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n prenumeration</numerusform>
            <numerusform>%n prenumerationer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 subscriptions</source>
        <translation>Visar %1 av %2 prenumerationer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/subscription_details.py" line="-53"/>
        <source>%n subscription(s) selected</source>
        <translation>
            <numerusform>%n prenumeration markerad</numerusform>
            <numerusform>%n prenumerationer markerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 · %n seat(s)</source>
        <translation>
            <numerusform>%1 · %n licens</numerusform>
            <numerusform>%1 · %n licenser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+57"/>
        <source>Too many subscriptions</source>
        <translation>För många prenumerationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bulk action covers at most %1 subscriptions; %2 are selected.</source>
        <translation>En massåtgärd omfattar högst %1 prenumerationer; %2 är markerade.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Auto-renew turned on for %n subscription(s).</source>
        <translation>
            <numerusform>Automatisk förnyelse har slagits på för %n prenumeration.</numerusform>
            <numerusform>Automatisk förnyelse har slagits på för %n prenumerationer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Auto-renew turned off for %n subscription(s).</source>
        <translation>
            <numerusform>Automatisk förnyelse har stängts av för %n prenumeration.</numerusform>
            <numerusform>Automatisk förnyelse har stängts av för %n prenumerationer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %n subscription(s).</source>
        <translation>
            <numerusform>%n prenumeration har exporterats.</numerusform>
            <numerusform>%n prenumerationer har exporterats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
</context>
<context>
    <name>SubscriptionsTable</name>
    <message>
        <location filename="../../renewdesk/ui/subscriptions_model.py" line="+69"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription ID</source>
        <translation>Pren.-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSN</source>
        <translation>CSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Löptid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal date</source>
        <translation>Förnyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-renew</source>
        <translation>Automatisk förnyelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Eligibility</source>
        <translation>Förnyelse</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Kan förnyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>Kan inte förnyas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eligible: a renewal quote can be made.</source>
        <translation>Kan förnyas: en förnyelseoffert kan skapas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eligible:</source>
        <translation>Kan förnyas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible:</source>
        <translation>Kan inte förnyas:</translation>
    </message>
</context>
</TS>
