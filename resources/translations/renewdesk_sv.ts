<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../renewdesk/app.py" line="+379"/>
        <source>demo data</source>
        <translation>demodata</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../../renewdesk/mail/outbox.py" line="+53"/>
        <source>Interrupted while sending (the app stopped); queued again with the same Message-ID</source>
        <translation>Avbröts under sändningen (programmet stängdes); i kö igen med samma Message-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>outbox #{id}</source>
        <translation>utkorg nr {id}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>to {recipients}; {message_id}</source>
        <translation>till {recipients}; {message_id}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>attempt {n}</source>
        <translation>försök {n}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/delivery.py" line="+67"/>
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
        <location filename="../../renewdesk/services/quote_service.py" line="+86"/>
        <source>1 line</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lines} lines</source>
        <translation>{lines} rader</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/quote_sending.py" line="+151"/>
        <source>automatic, by {user}</source>
        <translation>automatisk, av {user}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/quote_service.py" line="+333"/>
        <source>, replaces {number}</source>
        <translation>, ersätter {number}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/lifecycle.py" line="+168"/>
        <source>renewal {old_date} -&gt; {new_date}, seats {old_seats} -&gt; {new_seats}, term {old_term} -&gt; {new_term}, status {old_status} -&gt; {new_status}</source>
        <translation>förnyelse {old_date} -&gt; {new_date}, licenser {old_seats} -&gt; {new_seats}, löptid {old_term} -&gt; {new_term}, status {old_status} -&gt; {new_status}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/customer_memory.py" line="+26"/>
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
        <location line="+13"/>
        <source>customer {csn}</source>
        <translation>kund {csn}</translation>
    </message>
</context>
<context>
    <name>AutoQuotes</name>
    <message>
        <location filename="../../renewdesk/services/auto_quotes.py" line="+231"/>
        <source>the PDF could not be laid out: a text of this subscription is too long for a page</source>
        <translation>PDF-filen kunde inte sättas upp: en text i den här prenumerationen är för lång för en sida</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>AutoQuotesText</name>
    <message>
        <location filename="../../renewdesk/ui/auto_quotes_notice.py" line="+43"/>
        <source>the sender address and the email server (SMTP) are not set</source>
        <translation>avsändaradressen och e-postservern (SMTP) är inte inställda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sender address is not set</source>
        <translation>avsändaradressen är inte inställd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the email server (SMTP) is not set</source>
        <translation>e-postservern (SMTP) är inte inställd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no buyer email</source>
        <translation>ingen e-postadress till köparen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the buyer email is not valid</source>
        <translation>köparens e-postadress är ogiltig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no price</source>
        <translation>inget pris</translation>
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
        <location line="+1"/>
        <source>the quote could not be made</source>
        <translation>offerten kunde inte skapas</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>No automatic quotes were made for the %n due subscription(s): %1.</source>
        <translation>
            <numerusform>Inga automatiska offerter skapades för den %n prenumeration som står på tur: %1.</numerusform>
            <numerusform>Inga automatiska offerter skapades för de %n prenumerationer som står på tur: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the sender address…</source>
        <translation>Ange avsändaradress…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic quotes wait for a sender address…</source>
        <translation>Automatiska offerter väntar på en avsändaradress…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Set up email…</source>
        <translation>Ställ in e-post…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Automatic quotes wait for an email server…</source>
        <translation>Automatiska offerter väntar på en e-postserver…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic quotes wait for the email settings…</source>
        <translation>Automatiska offerter väntar på e-postinställningarna…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due subscription(s) got no automatic quote:</source>
        <translation>
            <numerusform>%n prenumeration som stod på tur fick ingen automatisk offert:</numerusform>
            <numerusform>%n prenumerationer som stod på tur fick ingen automatisk offert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n automatic quote(s) not made</source>
        <translation>
            <numerusform>%n automatisk offert skapades inte</numerusform>
            <numerusform>%n automatiska offerter skapades inte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import price book…</source>
        <translation>Importera prislista…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic quotes</source>
        <translation>Automatiska offerter</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message numerus="yes">
        <location filename="../../renewdesk/ui/background.py" line="+102"/>
        <source>%n email(s) cut off by the last shutdown queued again.</source>
        <translation>
            <numerusform>%n e-postmeddelande som avbröts vid förra avslutet har lagts i kö igen.</numerusform>
            <numerusform>%n e-postmeddelanden som avbröts vid förra avslutet har lagts i kö igen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No daily copy here: pg_dump is not installed; the server&apos;s backups apply.</source>
        <translation>Ingen daglig kopia här: pg_dump saknas; serverns säkerhetskopior gäller.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
        <location filename="../../renewdesk/services/backups.py" line="+63"/>
        <source>{path} is damaged (SQLite&apos;s quick check found: {problem}); restore it from a backup with File &gt; Restore from backup</source>
        <translation>{path} är skadad (SQLites snabbkontroll fann: {problem}); återställ den från en säkerhetskopia med Arkiv &gt; Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path} could not be backed up: {error}</source>
        <translation>{path} kunde inte säkerhetskopieras: {error}</translation>
    </message>
    <message>
        <location line="+94"/>
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
    <message>
        <location filename="../../renewdesk/store/server_backup.py" line="+39"/>
        <source>This is a shared database on a PostgreSQL server: the server&apos;s own backups apply (ask its administrator). RenewDesk writes a copy with pg_dump when pg_dump is installed on this computer.</source>
        <translation>Det här är en delad databas på en PostgreSQL-server: serverns egna säkerhetskopior gäller (fråga dess administratör). RenewDesk skriver en kopia med pg_dump när pg_dump finns installerat på den här datorn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It is restored from the server&apos;s own backups (pg_restore, by the server&apos;s administrator), not from this window.</source>
        <translation>Den återställs från serverns egna säkerhetskopior (pg_restore, av serverns administratör), inte från det här fönstret.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>pg_dump could not run: {error}</source>
        <translation>pg_dump kunde inte köras: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pg_dump failed: {error}</source>
        <translation>pg_dump misslyckades: {error}</translation>
    </message>
</context>
<context>
    <name>CacheErrors</name>
    <message>
        <location filename="../../renewdesk/store/locations.py" line="+47"/>
        <source>RenewDesk&apos;s data folder {folder} cannot be created or written ({reason}); give yourself write access to it, or choose a cache file with --db</source>
        <translation>RenewDesks datamapp {folder} kan inte skapas eller skrivas ({reason}); ge dig själv skrivrättighet till den, eller välj en cachefil med --db</translation>
    </message>
    <message>
        <location filename="../../renewdesk/store/engine.py" line="+205"/>
        <source>{path} is not a RenewDesk cache (not an SQLite database)</source>
        <extracomment>The tables of the first schema: a cache from before the marker has all of them.</extracomment>
        <translation>{path} är ingen RenewDesk-cache (inte en SQLite-databas)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} is not a RenewDesk cache (it is another program&apos;s SQLite file); it was left untouched: choose a RenewDesk cache with --db</source>
        <translation>{path} är ingen RenewDesk-cache (det är ett annat programs SQLite-fil); den lämnades orörd: välj en RenewDesk-cache med --db</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is a RenewDesk cache whose schema is incomplete (missing: {missing}); it was left untouched: restore it from a backup with File &gt; Restore from backup</source>
        <translation>{path} är en RenewDesk-cache vars schema är ofullständigt (saknas: {missing}); den lämnades orörd: återställ den från en säkerhetskopia med Arkiv &gt; Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is damaged (SQLite&apos;s quick check found: {problem}); restore it from a backup with File &gt; Restore from backup in the window</source>
        <translation>{path} är skadad (SQLites snabbkontroll fann: {problem}); återställ den från en säkerhetskopia med Arkiv &gt; Återställ från säkerhetskopia i fönstret</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../renewdesk/store/server.py" line="+260"/>
        <source>{path} was written by a newer RenewDesk (schema {schema}); update RenewDesk to open it</source>
        <translation>{path} skrevs av en nyare RenewDesk (schema {schema}); uppdatera RenewDesk för att öppna den</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the folder {folder} cannot be created ({reason}); give yourself write access to it, or choose another cache file with --db</source>
        <translation>mappen {folder} kan inte skapas ({reason}); ge dig själv skrivrättighet till den, eller välj en annan cachefil med --db</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{path} is a folder, not a cache file</source>
        <translation>{path} är en mapp, inte en cachefil</translation>
    </message>
    <message>
        <location filename="../../renewdesk/store/faults.py" line="+57"/>
        <source>{path} is busy: another RenewDesk window or command has been writing to it for over {seconds} seconds; wait until it has finished, then try again (nothing was changed)</source>
        <translation>{path} är upptagen: ett annat RenewDesk-fönster eller kommando har skrivit till den i över {seconds} sekunder; vänta tills det är klart och försök sedan igen (inget ändrades)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is read-only: RenewDesk needs to write to the file and to its folder; give yourself write access to both, or copy the cache to a folder you can write and pass it with --db (nothing was changed)</source>
        <translation>{path} är skrivskyddad: RenewDesk behöver skriva till filen och till dess mapp; ge dig själv skrivrättighet till båda, eller kopiera cachen till en mapp du kan skriva i och ange den med --db (inget ändrades)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the disk holding {path} is full; free some space, then try again (nothing was changed)</source>
        <translation>disken som rymmer {path} är full; frigör utrymme och försök sedan igen (inget ändrades)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged (SQLite found broken pages); restore it from a backup with File &gt; Restore from backup in the window (nothing was changed)</source>
        <translation>{path} är skadad (SQLite fann trasiga sidor); återställ den från en säkerhetskopia med Arkiv &gt; Återställ från säkerhetskopia i fönstret (inget ändrades)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be opened: its folder is missing or cannot be written; give yourself write access to the folder, or choose another file with --db</source>
        <translation>{path} kan inte öppnas: dess mapp saknas eller kan inte skrivas; ge dig själv skrivrättighet till mappen, eller välj en annan fil med --db</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} could not be read or written (a disk input/output error); check the disk and try again (nothing was changed)</source>
        <translation>{path} kunde inte läsas eller skrivas (ett in-/utmatningsfel på disken); kontrollera disken och försök igen (inget ändrades)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/store/server.py" line="-196"/>
        <source>{scheme}:// databases are not supported: give the path of a cache file or a postgresql:// URL (see the README&apos;s Team mode section)</source>
        <extracomment>What the server shows for our connections (``pg_stat_activity.application_name``). ``pg_advisory_xact_lock`` key held while migrating (&quot;RDsk&quot; as in SQLite&apos;s marker). Reads the stored password of a database account (``user@host/db``); None: none stored.</extracomment>
        <translation>{scheme}://-databaser stöds inte: ange sökvägen till en cachefil eller en postgresql://-URL (se avsnittet om teamläge i README)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database URL names no database: add it after the host, as in postgresql://user@host/renewdesk</source>
        <translation>databas-URL:en namnger ingen databas: lägg till den efter värden, som i postgresql://user@host/renewdesk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database URL is malformed: write it as postgresql://user@host/database (with ?host=/folder for a Unix socket)</source>
        <translation>databas-URL:en är felaktigt skriven: skriv den som postgresql://user@host/database (med ?host=/mapp för en Unix-socket)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a PostgreSQL database needs psycopg, which is not installed; install it with pip install &quot;renewdesk[postgres]&quot;</source>
        <translation>en PostgreSQL-databas behöver psycopg, som inte är installerat; installera det med pip install &quot;renewdesk[postgres]&quot;</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{path} is a RenewDesk database whose schema is incomplete (missing: {missing}); it was left untouched: restore it from the server&apos;s backup</source>
        <translation>{path} är en RenewDesk-databas vars schema är ofullständigt (saknas: {missing}); den lämnades orörd: återställ den från serverns säkerhetskopia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a RenewDesk database (it holds another program&apos;s tables); it was left untouched: create an empty database for RenewDesk (see the README)</source>
        <translation>{path} är ingen RenewDesk-databas (den innehåller ett annat programs tabeller); den lämnades orörd: skapa en tom databas åt RenewDesk (se README)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/store/server_faults.py" line="+86"/>
        <source>the database server {server} cannot be reached (is it running, and are host, port or socket folder right?); nothing was changed</source>
        <extracomment>The kinds whose fix is a (new) password: the command line asks once more for these.</extracomment>
        <translation>databasservern {server} går inte att nå (är den igång, och stämmer värd, port eller socketmapp?); inget ändrades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database server {server} refused the sign-in of {user} (a wrong password or an unknown role); check them in Settings &gt; Shared database</source>
        <translation>databasservern {server} nekade inloggningen för {user} (fel lösenord eller okänd roll); kontrollera dem under Inställningar &gt; Delad databas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database server {server} asks for the password of {user} and none is stored; run any renewdesk command in a terminal to be asked for it once, or enter it in Settings &gt; Shared database</source>
        <translation>databasservern {server} begär lösenordet för {user} och inget är sparat; kör ett valfritt renewdesk-kommando i en terminal så tillfrågas du en gång, eller ange det under Inställningar &gt; Delad databas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database {database} does not exist on {server}; create it with createdb (see &quot;Team mode: a shared database&quot; in the README)</source>
        <translation>databasen {database} finns inte på {server}; skapa den med createdb (se &quot;Team mode: a shared database&quot; i README)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} may not connect to the database {database} on {server}; ask its owner to run renewdesk team grant --role {user}</source>
        <translation>{user} får inte ansluta till databasen {database} på {server}; be dess ägare köra renewdesk team grant --role {user}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database {database} on {server} refused this change: {user} has no right to make it (nothing was changed)</source>
        <translation>databasen {database} på {server} nekade ändringen: {user} har inte rätt att göra den (inget ändrades)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a text holds a NUL character (0x00), which the database {database} on {server} cannot store; remove it and try again (nothing was changed)</source>
        <translation>en text innehåller ett NUL-tecken (0x00), som databasen {database} på {server} inte kan lagra; ta bort det och försök igen (inget ändrades)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database server {server} reported a problem: {reason} (nothing was changed)</source>
        <translation>databasservern {server} rapporterade ett problem: {reason} (inget ändrades)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/store/team_repo.py" line="+58"/>
        <source>team grant is for a shared PostgreSQL database (--db postgresql+psycopg://...); a SQLite cache has one admin and no roles</source>
        <translation>team grant är till för en delad PostgreSQL-databas (--db postgresql+psycopg://...); en SQLite-cache har en administratör och inga roller</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no database role {role} on this server; create it first (CREATE ROLE ... LOGIN), then grant it</source>
        <translation>det finns ingen databasroll {role} på den här servern; skapa den först (CREATE ROLE ... LOGIN) och ge den sedan rättigheter</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{role} is a superuser, which may always change everything: a viewer needs a role of its own (CREATE ROLE ... LOGIN)</source>
        <translation>{role} är en superanvändare, som alltid får ändra allt: en läsare behöver en egen roll (CREATE ROLE ... LOGIN)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} did not get the rights: only the owner of the shared database&apos;s tables can grant them; run team grant connected as that owner</source>
        <translation>{role} fick inte rättigheterna: bara ägaren till den delade databasens tabeller kan ge dem; kör team grant ansluten som den ägaren</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <location filename="../../renewdesk/ui/cache_recovery.py" line="+58"/>
        <location line="+93"/>
        <location line="+20"/>
        <source>The cache cannot be opened</source>
        <translation>Cachen kan inte öppnas</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>RenewDesk cannot read its cache file.</source>
        <translation>RenewDesk kan inte läsa sin cachefil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1
Problem: %2</source>
        <translation>Fil: %1
Problem: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest backup is from %1 (%2). Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Den senaste säkerhetskopian är från %1 (%2). Vill du återställa den? Den skadade filen sparas i mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the backup of %1</source>
        <translation>Återställ säkerhetskopian från %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup of this cache. Start with a new, empty cache? The damaged file is renamed, not deleted.</source>
        <translation>Det finns ingen säkerhetskopia av den här cachen. Vill du börja med en ny, tom cache? Den skadade filen byter namn, den tas inte bort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start with an empty cache</source>
        <translation>Börja med en tom cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The cache is damaged</source>
        <translation>Cachen är skadad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite found damaged pages in the cache.</source>
        <translation>SQLite fann skadade sidor i cachen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the newest good backup before you make more quotes. Today&apos;s backup was not made, so the older ones are all still there.</source>
        <translation>Återställ den senaste hela säkerhetskopian innan du gör fler offerter. Dagens säkerhetskopia gjordes inte, så alla äldre finns kvar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup…</source>
        <translation>Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>That did not work</source>
        <translation>Det gick inte</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../renewdesk/planning/calendar_export.py" line="+71"/>
        <source>Subscription {id} ({product}, {seats} seats) of customer {csn} renews on {date}.</source>
        <translation>Prenumeration {id} ({product}, {seats} licenser) för kund {csn} förnyas {date}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Marked will not renew: check that auto-renew is off and tell the customer before {date}.</source>
        <translation>Markerad som förnyas inte: kontrollera att automatisk förnyelse är av och meddela kunden före {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered: nothing more to do unless the customer changes the order.</source>
        <translation>Beställd: inget mer att göra om inte kunden ändrar beställningen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quoted: make sure the customer buys the quote before it expires, and by {date} at the latest.</source>
        <translation>Offererad: se till att kunden köper offerten innan den går ut, och senast {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-renew is on: it renews by itself on {date}. To change seats or term, turn auto-renew off and send a renewal quote before {date}.</source>
        <translation>Automatisk förnyelse är på: den förnyas av sig själv {date}. För att ändra licenser eller period, stäng av automatisk förnyelse och skicka en förnyelseoffert före {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The renewal date has passed: send a renewal quote by {closes}, when the quote window closes.</source>
        <translation>Förnyelsedatumet har passerat: skicka en förnyelseoffert senast {closes}, då offertfönstret stängs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send a renewal quote by {date}. Quotes can be made from {opens} until {closes}.</source>
        <translation>Skicka en förnyelseoffert senast {date}. Offerter kan göras från {opens} till {closes}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage: {stage}. Owner: {owner}.</source>
        <translation>Steg: {stage}. Ansvarig: {owner}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft quote {number} for {customer} ({total} {currency}) lapses on {date}: send it before then or discard it.</source>
        <translation>Offertutkast {number} för {customer} ({total} {currency}) upphör {date}: skicka det före dess eller släng det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quote {number} for {customer} ({total} {currency}) expires on {date}: the customer must buy it by then. Record the purchase with Buy; after that date, make a new quote.</source>
        <translation>Offert {number} för {customer} ({total} {currency}) går ut {date}: kunden måste köpa den senast då. Registrera köpet med Köp; efter det datumet, gör en ny offert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>RenewDesk renewals</source>
        <translation>RenewDesk-förnyelser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renewal: {product} ({id})</source>
        <translation>Förnyelse: {product} ({id})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quote {number} expires</source>
        <translation>Offert {number} går ut</translation>
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
        <location line="+8"/>
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
        <location filename="../../renewdesk/cli/import_options.py" line="+53"/>
        <location filename="../../renewdesk/cli/subscriptions.py" line="+8"/>
        <source>unknown locale</source>
        <translation>okänd språkinställning</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/subscriptions.py" line="+22"/>
        <source>... and {n} more changes</source>
        <translation>… och ytterligare {n} ändringar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <source>Stage</source>
        <translation>Steg</translation>
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
        <location line="+8"/>
        <source>your name (email From, signature)</source>
        <translation>ditt namn (e-postens avsändare, signatur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your company (signature)</source>
        <translation>ditt företag (signatur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your phone (signature)</source>
        <translation>ditt telefonnummer (signatur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your email (Reply-To, signature)</source>
        <translation>din e-postadress (svarsadress, signatur)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the SMTP password from standard input</source>
        <translation>läs SMTP-lösenordet från standard in</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+20"/>
        <source>{status}, expires {expires}, total {total}</source>
        <translation>{status}, giltig till {expires}, totalt {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+152"/>
        <source>queued in the outbox: {error}</source>
        <translation>ligger i utkorgen: {error}</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>not sent yet</source>
        <translation>inte skickad ännu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-53"/>
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
        <location line="+1"/>
        <source>Made by</source>
        <translation>Skapad av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Skickad av</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} quotes</source>
        <translation>Offerter: {n}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../renewdesk/cli/signin.py" line="+210"/>
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
        <source>Queued by</source>
        <translation>Köad av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} message(s) waiting</source>
        <translation>Väntande meddelanden: {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic quotes are turned off in the settings.</source>
        <translation>Automatiska offerter är avstängda i inställningarna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another RenewDesk client is making the automatic quotes now: none made here</source>
        <translation>en annan RenewDesk-klient skapar de automatiska offerterna just nu: inga skapades här</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>no automatic quotes were made for %n due subscription(s): set {options} with renewdesk config</source>
        <translation>
            <numerusform>inga automatiska offerter skapades för %n prenumeration som står på tur: ange {options} med renewdesk config</numerusform>
            <numerusform>inga automatiska offerter skapades för %n prenumerationer som står på tur: ange {options} med renewdesk config</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped {sub}: {reason}</source>
        <translation>hoppade över {sub}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n automatic quote(s) made as of {day}</source>
        <translation>
            <numerusform>%n automatisk offert skapad per {day}</numerusform>
            <numerusform>%n automatiska offerter skapade per {day}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the quote could not be made</source>
        <translation>offerten kunde inte skapas</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>not a whole number</source>
        <translation>inte ett heltal</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+11"/>
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
        <location line="+43"/>
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
        <location line="+6"/>
        <source>the cache: a file path, or a database URL such as postgresql://user@host/renewdesk (default: $RENEWDESK_DB, else your data folder)</source>
        <translation>cachen: en sökväg till en fil, eller en databas-URL som postgresql://user@host/renewdesk (standard: $RENEWDESK_DB, annars din datamapp)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../renewdesk/cli/main.py" line="+71"/>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(details in {path})</source>
        <translation>(detaljer i {path})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected error: {error}</source>
        <translation>oväntat fel: {error}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/signin.py" line="-182"/>
        <source>sign in to the SMTP server with a password or with OAuth 2.0</source>
        <translation>logga in på SMTP-servern med lösenord eller med OAuth 2.0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft 365, Google, or another OAuth 2.0 provider</source>
        <translation>Microsoft 365, Google eller en annan OAuth 2.0-leverantör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your app registration&apos;s id</source>
        <translation>id för din appregistrering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read the app registration&apos;s client secret from standard input</source>
        <translation>läs appregistreringens klienthemlighet från standard in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft tenant (default: organizations)</source>
        <translation>Microsoft-klientorganisation (standard: organizations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authorization endpoint</source>
        <translation>auktoriseringsadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token endpoint</source>
        <translation>tokenadress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device authorization endpoint</source>
        <translation>adress för enhetsinloggning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revocation endpoint</source>
        <translation>adress för återkallelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scopes, separated by spaces</source>
        <translation>behörigheter (scopes), åtskilda med mellanslag</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>sign-in: not set up ({problems})</source>
        <translation>inloggning: inte inställd ({problems})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sign-in: {state} ({store})</source>
        <translation>inloggning: {state} ({store})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in</source>
        <translation>inloggad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not signed in</source>
        <translation>inte inloggad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sign in to the mail provider (OAuth 2.0)</source>
        <translation>logga in hos e-postleverantören (OAuth 2.0)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sign in with a code on another device instead of this computer&apos;s browser</source>
        <translation>logga in med en kod på en annan enhet i stället för i den här datorns webbläsare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give up after this many seconds (default 300)</source>
        <translation>ge upp efter så här många sekunder (standard 300)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign out: forget the tokens in the keyring</source>
        <translation>logga ut: glöm token i nyckelringen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sign-in is not set up ({problems}); see &apos;renewdesk config --help&apos;</source>
        <translation>inloggningen är inte inställd ({problems}); se &apos;renewdesk config --help&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no OS keyring is available, so the sign-in cannot be kept; sign in from the window (it lasts for that session)</source>
        <translation>ingen nyckelring finns i systemet, så inloggningen kan inte sparas; logga in från fönstret (den gäller då för den sessionen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To sign in, open {uri} and enter the code {code}</source>
        <translation>Logga in genom att öppna {uri} och ange koden {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the sign-in…</source>
        <translation>Väntar på inloggningen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening your browser to sign in; if it does not open, visit:</source>
        <translation>Öppnar webbläsaren för inloggning; om den inte öppnas, gå till:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not signed in: {reason}</source>
        <translation>inte inloggad: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as {user}; the sign-in is kept in: {store}</source>
        <translation>Inloggad som {user}; inloggningen sparas i: {store}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} quote email(s) sent from the outbox</source>
        <translation>{n} offertmejl skickade från utkorgen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out: the sign-in is removed from the keyring.</source>
        <translation>Utloggad: inloggningen är borttagen ur nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/planning.py" line="+24"/>
        <source>the renewals of the months ahead by month and currency</source>
        <translation>förnyelserna de kommande månaderna per månad och valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forecast as of this date (YYYY-MM-DD)</source>
        <translation>prognos per detta datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many months ahead, 3-24 (default: the setting, 12)</source>
        <translation>hur många månader framåt, 3–24 (standard: inställningen, 12)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set the renewal stage or owner of subscriptions</source>
        <translation>ange förnyelsesteg eller ansvarig för prenumerationer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new stage</source>
        <translation>det nya steget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why: the reason kept with will-not-renew (optional)</source>
        <translation>varför: skälet som sparas med will-not-renew (valfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the admin who owns the renewal</source>
        <translation>administratören som ansvarar för förnyelsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write renewal dates and quote expiries to an iCalendar file</source>
        <translation>skriv förnyelsedatum och offerters sista dag till en iCalendar-fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as of this date (YYYY-MM-DD)</source>
        <translation>per detta datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--months {n}: the forecast covers {low}-{high} months</source>
        <translation>--months {n}: prognosen omfattar {low}–{high} månader</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Utan pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will not renew</source>
        <translation>Förnyas inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>As of {date}, {n} months; list prices, campaigns are not forecast.</source>
        <translation>Per {date}, {n} månader; listpriser, kampanjer ingår inte i prognosen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>say what to change: --set STAGE, --owner NAME or --note TEXT</source>
        <translation>ange vad som ska ändras: --set STEG, --owner NAMN eller --note TEXT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} subscription(s) changed</source>
        <translation>{n} prenumeration(er) ändrade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a file in an existing folder</source>
        <translation>inte en fil i en befintlig mapp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} event(s) written to {path}</source>
        <translation>{n} händelse(r) skrivna till {path}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/expiry.py" line="+25"/>
        <source>warning: {number} expires on {date}, the day it is made: {subscription} renewed on {renewal}, and a quote may follow a renewal by at most {grace} days</source>
        <translation>varning: {number} går ut {date}, samma dag som den skapas: {subscription} förnyades {renewal}, och en offert får komma högst {grace} dagar efter förnyelsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: {number} expires on {date}, within {within} days of being made: {subscription} renewed on {renewal}, and a quote may follow a renewal by at most {grace} days</source>
        <translation>varning: {number} går ut {date}, inom {within} dagar från att den skapas: {subscription} förnyades {renewal}, och en offert får komma högst {grace} dagar efter förnyelsen</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/import_options.py" line="-31"/>
        <source>the CSV file&apos;s encoding: {choices} (default: detected)</source>
        <translation>CSV-filens teckenkodning: {choices} (standard: identifieras ur filen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>locale whose numbers the file uses, e.g. en_US for 5,000.50 or sv_SE for 5 000,50 (default: as the file shows; a value such as 5,000 that could be read two ways is refused)</source>
        <translation>språkområde vars tal filen använder, t.ex. en_US för 5,000.50 eller sv_SE för 5 000,50 (standard: som filen visar; ett värde som 5,000 som kan läsas på två sätt avvisas)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/output.py" line="+25"/>
        <source>indent the JSON for reading (slower on large lists)</source>
        <translation>dra in JSON-texten för läsning (långsammare för stora listor)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/wiring.py" line="+56"/>
        <source>--demo builds a cache file: give --db a file path, not a database URL</source>
        <extracomment>The environment variable naming the cache (a file path or a database URL).</extracomment>
        <translation>--demo bygger en cachefil: ge --db en sökväg till en fil, inte en databas-URL</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Password for the database {account}: </source>
        <translation>Lösenord för databasen {account}: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That password was refused; try once more.</source>
        <translation>Lösenordet nekades; försök en gång till.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database server refused the password of {account} twice; check the role&apos;s password with the database&apos;s owner</source>
        <translation>databasservern nekade lösenordet för {account} två gånger; kontrollera rollens lösenord med databasens ägare</translation>
    </message>
    <message>
        <location filename="../../renewdesk/cli/team.py" line="+19"/>
        <source>give a database role an admin&apos;s or a viewer&apos;s rights (PostgreSQL)</source>
        <translation>ge en databasroll en administratörs eller en läsares rättigheter (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grant the rights, or revoke every right on the cache&apos;s tables</source>
        <translation>ge rättigheterna, eller ta bort alla rättigheter till cachens tabeller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database role</source>
        <translation>databasrollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a viewer: may read everything, change nothing</source>
        <translation>en läsare: får läsa allt, ändra inget</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role}: no rights on the shared database</source>
        <translation>{role}: inga rättigheter till den delade databasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{role}: an admin (may read and change everything)</source>
        <translation>{role}: en administratör (får läsa och ändra allt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{role}: a viewer (may read, not change)</source>
        <translation>{role}: en läsare (får läsa, inte ändra)</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <location filename="../../renewdesk/clock.py" line="+32"/>
        <source>{source} {day} is outside the dates RenewDesk works with ({low} to {high})</source>
        <translation>{source} {day} ligger utanför de datum RenewDesk hanterar ({low} till {high})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{source} {value} is not a date; write it as YYYY-MM-DD</source>
        <translation>{source} {value} är inget datum; skriv det som ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>GroupChecklist</name>
    <message>
        <location filename="../../renewdesk/ui/group_checklist_model.py" line="+58"/>
        <location line="+4"/>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/group_checklist.py" line="+39"/>
        <source>Subscriptions to renew, by group</source>
        <translation>Prenumerationer att förnya, per grupp</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/group_checklist_model.py" line="+32"/>
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
        <location line="+208"/>
        <source>%1 of %2 subscription(s) in this group can be renewed</source>
        <translation>Kan förnyas i den här gruppen: %1 av %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Eligible</source>
        <translation>Kan förnyas</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../renewdesk/importing/aliases.py" line="+323"/>
        <source>&quot;{target}&quot; is not a column RenewDesk knows</source>
        <translation>”{target}” är ingen kolumn som RenewDesk känner till</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column &quot;{other}&quot; already gives {target}</source>
        <translation>kolumnen ”{other}” anger redan {target}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/campaigns.py" line="+36"/>
        <location filename="../../renewdesk/importing/values.py" line="+265"/>
        <source>{value} has more than {count} decimals</source>
        <translation>{value} har fler än {count} decimaler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a percentage above 0 and at most 100</source>
        <translation>{value} är ingen procentsats över 0 och högst 100</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../renewdesk/importing/converters.py" line="+149"/>
        <location filename="../../renewdesk/importing/prices.py" line="+31"/>
        <location filename="../../renewdesk/importing/values.py" line="-76"/>
        <source>term</source>
        <translation>löptid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the campaign ends ({end}) before it starts ({start})</source>
        <translation>kampanjen slutar ({end}) innan den börjar ({start})</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/converters.py" line="-120"/>
        <source>&quot;{value}&quot; is {length} characters long; at most {most} are allowed</source>
        <translation>”{value}” är {length} tecken lång; högst {most} tillåts</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;{value}&quot; holds an invisible control character (U+{code}); an ID or code may not</source>
        <translation>”{value}” innehåller ett osynligt styrtecken (U+{code}); det får ett id eller en kod inte göra</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../../renewdesk/importing/values.py" line="+66"/>
        <source>{value} is below zero</source>
        <translation>{value} är mindre än noll</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/encodings.py" line="+76"/>
        <source>&quot;{value}&quot; is not an encoding RenewDesk reads (use one of {choices})</source>
        <translation>”{value}” är inte en teckenkodning som RenewDesk läser (använd en av {choices})</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../renewdesk/importing/reader.py" line="+152"/>
        <location line="+100"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>byte {byte} is not UTF-8, though the rest of the file is: the file mixes encodings; correct that value or choose the file&apos;s encoding</source>
        <translation>byte {byte} är inte UTF-8, fast resten av filen är det: filen blandar teckenkodningar; rätta värdet eller välj filens teckenkodning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byte {byte} is not a character in {encoding}; choose the file&apos;s encoding</source>
        <translation>byte {byte} är inget tecken i {encoding}; välj filens teckenkodning</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>the file is not a CSV text file or an XLSX workbook</source>
        <translation>filen är varken en CSV-textfil eller en XLSX-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/reader.py" line="-116"/>
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
        <location line="+35"/>
        <source>XLSX files are not read: the defusedxml package is not installed</source>
        <translation>XLSX-filer läses inte: paketet defusedxml är inte installerat</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../renewdesk/importing/xlsx_guard.py" line="+55"/>
        <source>the file is not a readable XLSX workbook</source>
        <translation>filen är ingen läsbar XLSX-arbetsbok</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the CSV cannot be read: {reason}</source>
        <translation>CSV-filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workbook cannot be read: {reason}</source>
        <translation>arbetsboken kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/records.py" line="+54"/>
        <source>the file has no such column</source>
        <translation>filen har ingen sådan kolumn</translation>
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
        <location filename="../../renewdesk/importing/subscriptions.py" line="+136"/>
        <source>the subscription ID</source>
        <translation>prenumerations-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the offering type</source>
        <translation>erbjudandetyp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the customer CSN</source>
        <translation>kundens CSN</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+2"/>
        <source>the number of seats</source>
        <translation>antal licenser</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+33"/>
        <source>the file has no such column and no default was given</source>
        <translation>filen har ingen sådan kolumn och inget standardvärde angavs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has neither a product name nor an offering code</source>
        <translation>filen har varken produktnamn eller erbjudandekod</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>default: {problem}</source>
        <translation>standardvärde: {problem}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the file has a header but no subscriptions</source>
        <translation>filen har en rubrikrad men inga prenumerationer</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location filename="../../renewdesk/importing/values.py" line="-74"/>
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
        <location line="+21"/>
        <source>{value} is not a whole number of seats of 0 or more</source>
        <translation>{value} är inget giltigt antal licenser (ett heltal, 0 eller mer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} seats is more than one subscription may have ({most})</source>
        <translation>{value} licenser är fler än en prenumeration får ha ({most})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{value} is more than the highest unit price RenewDesk takes ({most})</source>
        <translation>{value} är mer än det högsta à-pris RenewDesk tar emot ({most})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{value} is outside the dates RenewDesk takes ({first} to {last})</source>
        <translation>{value} ligger utanför de datum RenewDesk tar emot ({first} till {last})</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/numbers.py" line="+117"/>
        <source>&quot;{value}&quot; is not a number as the file&apos;s number locale writes them (e.g. {example})</source>
        <translation>”{value}” är inte ett tal så som filens språkområde skriver tal (t.ex. {example})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;{value}&quot; could be read two ways ({one} or {other}): choose the file&apos;s number locale, or write the number without a thousands mark</source>
        <translation>”{value}” kan läsas på två sätt ({one} eller {other}): välj filens språkområde för tal, eller skriv talet utan tusentalsavgränsare</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>”{value}” är inget tal</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/values.py" line="+53"/>
        <source>&quot;{value}&quot; is not a date (write 2026-03-01, 01.03.2026 or {example})</source>
        <translation>”{value}” är inget datum (skriv 2026-03-01, 01.03.2026 eller {example})</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/import_service.py" line="+101"/>
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <extracomment>Every changed field of every updated record, in file order. Records the cache holds that the file does not mention (they are left as they are).</extracomment>
        <translation>{file}: {added} tillagda, {updated} uppdaterade, {unchanged} oförändrade</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>{kind} from {file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{kind} från {file}: {added} tillagda, {updated} uppdaterade, {unchanged} oförändrade</translation>
    </message>
    <message>
        <location filename="../../renewdesk/importing/labels.py" line="+18"/>
        <source>Subscription ID</source>
        <translation>Prenumerations-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract number</source>
        <translation>Avtalsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Produktnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering code</source>
        <translation>Erbjudandekod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering type</source>
        <translation>Erbjudandetyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number (CSN)</source>
        <translation>Kundnummer (CSN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Kundnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner number (CSN)</source>
        <translation>Partnernummer (CSN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner name</source>
        <translation>Partnernamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner email</source>
        <translation>Partnerns e-post</translation>
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
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal date</source>
        <translation>Förnyelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renew date</source>
        <translation>Datum för automatisk förnyelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renew</source>
        <translation>Automatisk förnyelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer email</source>
        <translation>Köparens e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>À-pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign code</source>
        <translation>Kampanjkod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Kampanjnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent off</source>
        <translation>Rabatt i procent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Giltig från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering codes</source>
        <translation>Erbjudandekoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Löptider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currencies</source>
        <translation>Valutor</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Trial</source>
        <translation>Provperiod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
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
        <source>Through a partner</source>
        <translation>Via partner</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../renewdesk/importing/xlsx_guard.py" line="+4"/>
        <source>the workbook has {count} parts; at most {limit} are read</source>
        <translation>arbetsboken har {count} delar; högst {limit} läses</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the workbook part {part} unpacks {ratio} times larger than it is stored, as only a zip bomb does; it is not read</source>
        <translation>arbetsbokens del {part} packas upp till {ratio} gånger sin lagrade storlek, som bara en zip-bomb gör; den läses inte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workbook unpacks to {size} MB; workbooks over {limit} MB are not imported</source>
        <translation>arbetsboken packas upp till {size} MB; arbetsböcker över {limit} MB importeras inte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a sheet of the workbook unpacks to {size} MB; at most {limit} MB is read</source>
        <translation>ett blad i arbetsboken packas upp till {size} MB; högst {limit} MB läses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s table of texts unpacks to {size} MB; at most {limit} MB is read</source>
        <translation>arbetsbokens texttabell packas upp till {size} MB; högst {limit} MB läses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook part {part} unpacks to {size} MB; at most {limit} MB is read</source>
        <translation>arbetsbokens del {part} packas upp till {size} MB; högst {limit} MB läses</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sheet has {count} rows; at most {limit} are imported</source>
        <translation>bladet har {count} rader; högst {limit} importeras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sheet has {count} columns; at most {limit} are read</source>
        <translation>bladet har {count} kolumner; högst {limit} läses</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the row has {count} columns; at most {limit} are read</source>
        <translation>raden har {count} kolumner; högst {limit} läses</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../renewdesk/ui/import_dialog.py" line="+66"/>
        <location line="+1"/>
        <location line="+74"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Import from the portal&apos;s export</source>
        <translation>Importera från portalens export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (comma, semicolon or tab) or Excel. Nothing changes unless every row is valid; rows are numbered as a spreadsheet shows them.</source>
        <translation>CSV (komma, semikolon eller tabb) eller Excel. Inget ändras om inte alla rader är giltiga; raderna numreras som i ett kalkylblad.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
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
        <location line="+14"/>
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
        <location line="+407"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+27"/>
        <source>Import a file to see what changed.</source>
        <translation>Importera en fil för att se vad som ändrats.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+13"/>
        <source>Encoding</source>
        <translation>Teckenkodning</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+173"/>
        <source>Detect</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+9"/>
        <source>Numbers</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+168"/>
        <source>As the file shows</source>
        <translation>Som filen visar</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+28"/>
        <source>Choose a file to import</source>
        <translation>Välj en fil att importera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kalkylblad (*.csv *.txt *.xlsx);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected: %1</source>
        <translation>Identifierad: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the file shows: %1</source>
        <translation>Som filen visar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the file shows (not yet known)</source>
        <translation>Som filen visar (ännu okänt)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+197"/>
        <source>The file has no %1: set a default or map a column.</source>
        <translation>Filen saknar %1: ange ett standardvärde eller mappa en kolumn.</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Column for %1</source>
        <translation>Kolumn för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ignore)</source>
        <translation>(ignorera)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 added · %2 updated · %3 unchanged</source>
        <translation>%1 tillagda · %2 uppdaterade · %3 oförändrade</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../../renewdesk/value_labels.py" line="+18"/>
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
        <location filename="../../renewdesk/ui/labels.py" line="+53"/>
        <location filename="../../renewdesk/value_labels.py" line="+1"/>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <location filename="../../renewdesk/value_labels.py" line="+1"/>
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
        <location line="+8"/>
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
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering code</source>
        <translation>Erbjudandekod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering type</source>
        <translation>Erbjudandetyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number (CSN)</source>
        <translation>Kundnummer (CSN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner number (CSN)</source>
        <translation>Partnernummer (CSN)</translation>
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
        <source>Renewal date</source>
        <translation>Förnyelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renew</source>
        <translation>Automatisk förnyelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer email</source>
        <translation>Köparens e-post</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote validity</source>
        <translation>Offertens giltighetstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic quotes</source>
        <translation>Automatiska offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/labels.py" line="-3"/>
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
        <location line="+61"/>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <location line="-55"/>
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
        <location line="+40"/>
        <source>Sent</source>
        <comment>the quote, in the audit trail</comment>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="-39"/>
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
        <source>Customer details saved for later quotes</source>
        <translation>Kunduppgifter sparade för kommande offerter</translation>
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
        <location filename="../../renewdesk/ui/main_window.py" line="+60"/>
        <source>RenewDesk</source>
        <translation>RenewDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RenewDesk — Billing and Ordering</source>
        <translation>RenewDesk – Fakturering och beställning</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+5"/>
        <source>Billing and Ordering</source>
        <translation>Fakturering och beställning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscriptions and Agreements</source>
        <translation>Prenumerationer och avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal planning</source>
        <translation>Förnyelseplanering</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About RenewDesk</source>
        <translation>&amp;Om RenewDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find subscriptions</source>
        <translation>&amp;Sök prenumerationer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subscriptions and Agreements</source>
        <translation>&amp;Prenumerationer och avtal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Offerter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Utkorg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Prenumerationer</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+24"/>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>● Offline</source>
        <translation>● Frånkopplad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quotes wait in the outbox until the mail server can be reached.</source>
        <translation>Offerterna väntar i utkorgen tills e-postservern kan nås.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords: OS keyring</source>
        <translation>Lösenord: systemets nyckelring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords: this session only</source>
        <translation>Lösenord: endast denna session</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the SMTP password in Settings to send the waiting quotes.</source>
        <translation>Ange SMTP-lösenordet i Inställningar för att skicka de väntande offerterna.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location line="+66"/>
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
        <location line="+26"/>
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
    <name>OAuth</name>
    <message>
        <location filename="../../renewdesk/mail/loopback.py" line="+37"/>
        <source>The sign-in was refused: {reason}</source>
        <translation>Inloggningen avvisades: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Sign-in failed</source>
        <translation>Inloggningen misslyckades</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The browser came back with an answer that does not belong to this sign-in (state mismatch); nothing was signed in.</source>
        <translation>Webbläsaren kom tillbaka med ett svar som inte hör till den här inloggningen (state stämmer inte); ingen inloggning gjordes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in to RenewDesk</source>
        <translation>Inloggad i RenewDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to RenewDesk.</source>
        <translation>Du kan stänga den här fliken och gå tillbaka till RenewDesk.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location filename="../../renewdesk/mail/oauth.py" line="+342"/>
        <source>Sign-in cancelled.</source>
        <translation>Inloggningen avbröts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody finished the sign-in in the browser within {n} s.</source>
        <translation>Ingen slutförde inloggningen i webbläsaren inom {n} s.</translation>
    </message>
    <message>
        <location filename="../../renewdesk/mail/oauth.py" line="-113"/>
        <source>Cannot reach the sign-in server {host}: {error}</source>
        <translation>Når inte inloggningsservern {host}: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in is no longer valid ({reason})</source>
        <translation>Inloggningen gäller inte längre ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in server refused the {what}: {reason}</source>
        <translation>Inloggningsservern avvisade {what}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in server answered the {what} oddly: {error}</source>
        <translation>Inloggningsservern gav ett oväntat svar på {what}: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>authorization code</source>
        <translation>auktoriseringskoden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This provider has no device sign-in address set up.</source>
        <translation>Ingen adress för enhetsinloggning är inställd för den här leverantören.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>device code request</source>
        <translation>begäran om enhetskod</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <source>The code expired before the sign-in was finished.</source>
        <translation>Koden gick ut innan inloggningen var klar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>device sign-in</source>
        <translation>enhetsinloggningen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refresh</source>
        <translation>förnyelsen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>revocation</source>
        <translation>återkallelsen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The sign-in server sent no access token.</source>
        <translation>Inloggningsservern skickade ingen åtkomsttoken.</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/signin_service.py" line="+164"/>
        <source>The provider sent no refresh token, so the sign-in cannot be kept; check that the scopes allow offline access.</source>
        <translation>Leverantören skickade ingen förnyelsetoken, så inloggningen kan inte sparas; kontrollera att behörigheterna tillåter offlineåtkomst.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>not signed in</source>
        <translation>inte inloggad</translation>
    </message>
</context>
<context>
    <name>OAuthFields</name>
    <message>
        <location filename="../../renewdesk/ui/email_signin.py" line="+48"/>
        <source>Only if your app registration has one</source>
        <translation>Bara om din appregistrering har en</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scopes, separated by spaces</source>
        <translation>Behörigheter, åtskilda med mellanslag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in…</source>
        <translation>Logga in…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client id</source>
        <translation>Klient-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Klienthemlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Klientorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization URL</source>
        <translation>Auktoriserings-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device code URL</source>
        <translation>URL för enhetskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation URL</source>
        <translation>URL för återkallelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign-in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(saved — type to replace)</source>
        <translation>(sparad — skriv för att ersätta)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <location filename="../../renewdesk/ui/renew_options.py" line="+39"/>
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
        <location filename="../../renewdesk/ui/outbox_page.py" line="+57"/>
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
        <source>Queued by</source>
        <translation>Köad av</translation>
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
        <location line="+64"/>
        <location line="+20"/>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Quote emails wait here until the mail server can be reached; RenewDesk retries every minute while it is open. Nothing is sent twice.</source>
        <translation>Offertmejl väntar här tills e-postservern kan nås; RenewDesk försöker igen varje minut medan programmet är öppet. Inget skickas två gånger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry now</source>
        <translation>Försök igen nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send all due</source>
        <translation>Skicka alla som står på tur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in…</source>
        <translation>Logga in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in again to send: RenewDesk is not signed in to the mailbox %1 (the sign-in expired, was revoked or was never made). The quotes wait here and go out as soon as you have signed in.</source>
        <translation>Logga in igen för att skicka: RenewDesk är inte inloggat på brevlådan %1 (inloggningen har gått ut, återkallats eller aldrig gjorts). Offerterna väntar här och skickas så snart du har loggat in.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n meddelande väntar</numerusform>
            <numerusform>%n meddelanden väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
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
        <location filename="../../renewdesk/services/outbox_runner.py" line="+107"/>
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
    <name>Planning</name>
    <message>
        <location filename="../../renewdesk/planning/stages.py" line="+48"/>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågår</translation>
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
        <location line="+1"/>
        <location filename="../../renewdesk/ui/forecast_model.py" line="+57"/>
        <location filename="../../renewdesk/ui/report_dialog.py" line="+134"/>
        <source>Will not renew</source>
        <translation>Förnyas inte</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/planning_service.py" line="+67"/>
        <location line="+34"/>
        <source>the forecast covers {low}-{high} months, not {n}</source>
        <translation>prognosen omfattar {low}–{high} månader, inte {n}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>reminder lead days {text} are not whole days from 1 to 90</source>
        <translation>påminnelsedagarna {text} är inte hela dagar från 1 till 90</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{stage} is set by a quote or by Buy, not by hand</source>
        <translation>{stage} sätts av en offert eller av Köp, inte för hand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no subscription {ids} in the cache</source>
        <translation>ingen prenumeration {ids} i cachen</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/forecast_chart.py" line="+68"/>
        <source>Forecast chart</source>
        <translation>Prognosdiagram</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No renewals</source>
        <translation>Inga förnyelser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected: %1</source>
        <translation>Förväntat: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n prenumeration</numerusform>
            <numerusform>%n prenumerationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n licens</numerusform>
            <numerusform>%n licenser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without a price</source>
        <translation>
            <numerusform>%n utan pris</numerusform>
            <numerusform>%n utan pris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will not renew</source>
        <translation>
            <numerusform>%n förnyas inte</numerusform>
            <numerusform>%n förnyas inte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No renewals to show</source>
        <translation>Inga förnyelser att visa</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/forecast_model.py" line="-6"/>
        <location filename="../../renewdesk/ui/report_dialog.py" line="-6"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../renewdesk/ui/report_dialog.py" line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../renewdesk/ui/report_dialog.py" line="-2"/>
        <location line="+3"/>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../renewdesk/ui/report_dialog.py" line="+1"/>
        <source>Seats</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../renewdesk/ui/report_dialog.py" line="+1"/>
        <source>Expected amount</source>
        <translation>Förväntat belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../renewdesk/ui/report_dialog.py" line="+1"/>
        <source>Unpriced</source>
        <translation>Utan pris</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Click to see the subscriptions marked will not renew</source>
        <translation>Klicka för att se prenumerationerna som förnyas inte</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/planning_labels.py" line="+29"/>
        <location filename="../../renewdesk/ui/report_dialog.py" line="+2"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/planning_wiring.py" line="+31"/>
        <source>The renewal window of %1 opened on %2: a quote can be made now.</source>
        <translation>Förnyelsefönstret för %1 öppnade %2: en offert kan göras nu.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The renewal window of %1 closes in %n day(s), on %2.</source>
        <translation>
            <numerusform>Förnyelsefönstret för %1 stängs om %n dag, den %2.</numerusform>
            <numerusform>Förnyelsefönstret för %1 stängs om %n dagar, den %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Quote %1 expires in %n day(s), on %2.</source>
        <translation>
            <numerusform>Offert %1 går ut om %n dag, den %2.</numerusform>
            <numerusform>Offert %1 går ut om %n dagar, den %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>RenewDesk: %n renewal reminder(s)</source>
        <translation>
            <numerusform>RenewDesk: %n förnyelsepåminnelse</numerusform>
            <numerusform>RenewDesk: %n förnyelsepåminnelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more on the Renewal planning page.</source>
        <translation>
            <numerusform>… och %n till på sidan Förnyelseplanering.</numerusform>
            <numerusform>… och %n till på sidan Förnyelseplanering.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export &amp;calendar…</source>
        <translation>Exportera &amp;kalender…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>Exportera &amp;rapport…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export calendar</source>
        <translation>Exportera kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n händelse skriven till %1.</numerusform>
            <numerusform>%n händelser skrivna till %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The subscriptions are still being checked; export the report in a moment.</source>
        <translation>Prenumerationerna kontrolleras fortfarande; exportera rapporten om en stund.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file was not written</source>
        <translation>Filen skrevs inte</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/report_dialog.py" line="-73"/>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+34"/>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>One Excel workbook: the forecast, and the %n subscription(s) the Subscriptions page shows now, with the columns ticked below.</source>
        <translation>
            <numerusform>En Excel-arbetsbok: prognosen och den %n prenumeration som sidan Prenumerationer visar nu, med kolumnerna som är markerade nedan.</numerusform>
            <numerusform>En Excel-arbetsbok: prognosen och de %n prenumerationer som sidan Prenumerationer visar nu, med kolumnerna som är markerade nedan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+37"/>
        <source>Expected amount (list price)</source>
        <translation>Förväntat belopp (listpris)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List price × seats; campaigns are promotions of their day and are not forecast.</source>
        <translation>Listpris × licenser; kampanjer gäller bara sin tid och ingår inte i prognosen.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Report written: %n subscription(s) in %1.</source>
        <translation>
            <numerusform>Rapporten skriven: %n prenumeration i %1.</numerusform>
            <numerusform>Rapporten skriven: %n prenumerationer i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was not written</source>
        <translation>Rapporten skrevs inte</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../renewdesk/ui/planning_page.py" line="+50"/>
        <location line="+12"/>
        <source>Renewal planning</source>
        <translation>Förnyelseplanering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amounts are the price book&apos;s list price × seats for the subscriptions a renewal quote renews (active, expired or suspended; standard offerings). Campaigns are promotions of their day and are not forecast. Overdue: the renewal date has passed and the quote window is still open.</source>
        <translation>Beloppen är prislistans listpris × licenser för de prenumerationer en förnyelseoffert förnyar (aktiva, utgångna eller avstängda; standarderbjudanden). Kampanjer gäller bara sin tid och ingår inte i prognosen. Försenade: förnyelsedatumet har passerat och offertfönstret är fortfarande öppet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast currency</source>
        <translation>Prognosvaluta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Months ahead</source>
        <translation>Månader framåt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder days:</source>
        <translation>Påminnelsedagar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder lead days</source>
        <translation>Dagar före påminnelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days before a renewal window closes, or an open quote expires, that a reminder is shown; separate several with commas.</source>
        <translation>Dagar innan ett förnyelsefönster stängs, eller en öppen offert går ut, som en påminnelse visas; skilj flera åt med kommatecken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export calendar…</source>
        <translation>Exportera kalender…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export calendar</source>
        <translation>Exportera kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report…</source>
        <translation>Exportera rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forecast table</source>
        <translation>Prognostabell</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No renewals in the months ahead.</source>
        <translation>Inga förnyelser de kommande månaderna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As of %1: %2 to %3</source>
        <translation>Per %1: %2 till %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected in %1: %2</source>
        <translation>Förväntat i %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n prenumeration</numerusform>
            <numerusform>%n prenumerationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without a price (not in the amount)</source>
        <translation>
            <numerusform>%n utan pris (inte i beloppet)</numerusform>
            <numerusform>%n utan pris (inte i beloppet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will not renew (left out)</source>
        <translation>
            <numerusform>%n förnyas inte (utelämnad)</numerusform>
            <numerusform>%n förnyas inte (utelämnade)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>will not renew</source>
        <translation>förnyas inte</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../renewdesk/i18n.py" line="+57"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <location filename="../../renewdesk/ui/quote_actions.py" line="+98"/>
        <source>No PDF viewer</source>
        <translation>Inget PDF-program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No program to open PDF files was found. The PDF is saved as %1.</source>
        <translation>Inget program som öppnar PDF-filer hittades. PDF-filen är sparad som %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Visa i mappen</translation>
    </message>
</context>
<context>
    <name>QuoteEmail</name>
    <message>
        <location filename="../../renewdesk/mail/message.py" line="+44"/>
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
        <source>This quote replaces quote {old}, which can no longer be bought.</source>
        <translation>Den här offerten ersätter offert {old}, som inte längre kan köpas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind regards,</source>
        <translation>Med vänliga hälsningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: {email}</source>
        <translation>E-post: {email}</translation>
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
        <location filename="../../renewdesk/quotes/builder.py" line="+152"/>
        <source>{kind} given for what is not in the quote: {ids}</source>
        <translation>{kind} angivet för något som inte finns i offerten: {ids}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seats must be at least 1 (untick the line instead): {ids}</source>
        <translation>antalet licenser måste vara minst 1 (avmarkera raden i stället): {ids}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seats can be at most {limit} (the most one subscription may have): {ids}</source>
        <translation>antalet licenser får vara högst {limit} (så många som en prenumeration kan ha): {ids}</translation>
    </message>
    <message>
        <location line="+132"/>
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
        <location line="+18"/>
        <source>{number} is saved, but {path} could not be written ({reason}); free some space or choose another place, then write it again (renewdesk quote pdf {number} -o FILE)</source>
        <translation>{number} är sparad, men {path} kunde inte skrivas ({reason}); frigör utrymme eller välj en annan plats och skriv den sedan igen (renewdesk quote pdf {number} -o FIL)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/lifecycle.py" line="-79"/>
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
        <location line="+9"/>
        <source>a draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>offererad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already bought</source>
        <translation>beställd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>utgången</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer quote</source>
        <translation>ersatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annullerad</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/numbering.py" line="+40"/>
        <source>{number} is not a quote number (Q-YYYY-NNNNNN)</source>
        <translation>{number} är inget offertnummer (Q-ÅÅÅÅ-NNNNNN)</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/quote_sending.py" line="-94"/>
        <source>set the sender address (Settings, SMTP) before sending by email</source>
        <translation>ange avsändaradressen (Inställningar, SMTP) innan du skickar med e-post</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/quote_service.py" line="-177"/>
        <source>a cancellation by the partner needs a note saying who and why</source>
        <translation>en annullering från partnern kräver en anteckning om vem och varför</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/quote_sending.py" line="+52"/>
        <source>unknown delivery {delivery}: use email, eml or pdf</source>
        <translation>okänt leveranssätt {delivery}: använd email, eml eller pdf</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>choose a folder or a .eml file for the mail-app draft</source>
        <translation>välj en mapp eller en .eml-fil för utkastet till e-postprogrammet</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{number} has no recipient: add the buyer&apos;s email</source>
        <translation>{number} saknar mottagare: lägg till köparens e-postadress</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{number} has no recipient</source>
        <translation>{number} saknar mottagare</translation>
    </message>
    <message>
        <location filename="../../renewdesk/quotes/delivery.py" line="+39"/>
        <source>{folder} cannot be written ({reason}); nothing was saved</source>
        <translation>{folder} kan inte skrivas ({reason}); inget sparades</translation>
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
        <source>Replaces quote</source>
        <translation>Ersätter offert</translation>
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
        <location filename="../../renewdesk/ui/quotes_model.py" line="+52"/>
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
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>Skapad av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Skickad av</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../renewdesk/ui/quotes_page.py" line="+76"/>
        <location line="+40"/>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend…</source>
        <translation>Skicka igen…</translation>
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
        <location line="+2"/>
        <location line="+332"/>
        <source>Discard draft</source>
        <translation>Släng utkast</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Search quotes</source>
        <translation>Sök offerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search number, customer, status…</source>
        <translation>Sök nummer, kund, status…</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <location line="+81"/>
        <source>Audit trail</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location line="-77"/>
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
        <source>No quotes yet. The quotes the admins make show up here.</source>
        <translation>Inga offerter ännu. Offerterna som administratörerna skapar visas här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quotes yet. Select subscriptions and choose Bulk actions › Renew…</source>
        <translation>Inga offerter ännu. Markera prenumerationer och välj Massåtgärder › Förnya…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n offert</numerusform>
            <numerusform>%n offerter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n quote(s) shown</source>
        <translation>
            <numerusform>%1 av %n offert visas</numerusform>
            <numerusform>%1 av %n offerter visas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit trail of %1</source>
        <translation>Händelselogg för %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>made by %1</source>
        <translation>skapad av %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent by %1</source>
        <translation>skickad av %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>Select a quote first.</source>
        <translation>Välj en offert först.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Only a sent quote that has not expired can be bought.</source>
        <translation>Bara en skickad offert som inte har gått ut kan köpas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a sent quote that has not expired can be sent again.</source>
        <translation>Bara en skickad offert som inte har gått ut kan skickas igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a sent or expired quote can be copied.</source>
        <translation>Bara en skickad eller utgången offert kan kopieras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a sent quote can have a cancellation by the partner recorded.</source>
        <translation>Bara för en skickad offert kan en annullering från partnern registreras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A draft has no PDF yet: it is made when the quote is sent.</source>
        <translation>Ett utkast har ingen PDF än: den skapas när offerten skickas.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+37"/>
        <source>%1 is open in the mail app as a draft (%2).</source>
        <translation>%1 är öppnad i e-postprogrammet som ett utkast (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was sent again.</source>
        <translation>%1 har skickats igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was queued again; it is sent when the server can be reached.</source>
        <translation>%1 har lagts i kö igen; den skickas när servern kan nås.</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+306"/>
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
        <location line="+28"/>
        <source>That did not work</source>
        <translation>Det gick inte</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../renewdesk/ui/read_only.py" line="+23"/>
        <source>Read-only: your database role %1 may view but not change the shared database.</source>
        <translation>Skrivskyddat: din databasroll %1 får visa men inte ändra den delade databasen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Renewing, importing, buying, sending and saving settings are turned off.</source>
        <translation>Förnya, importera, köpa, skicka och spara inställningar är avstängt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <location filename="../../renewdesk/ui/recipients_step.py" line="+47"/>
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
        <location line="+1"/>
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
        <location line="+8"/>
        <source>Send by email (queued in the outbox when offline)</source>
        <translation>Skicka med e-post (läggs i utkorgen vid frånkoppling)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in mail app (.eml draft)</source>
        <translation>Öppna i e-postprogrammet (.eml-utkast)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF only</source>
        <translation>Spara endast PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+141"/>
        <source>Send quote</source>
        <translation>Skicka offert</translation>
    </message>
    <message>
        <location line="-129"/>
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
        <location line="+5"/>
        <source>Recipient %1</source>
        <translation>Mottagare %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not a valid email address</source>
        <translation>Ogiltig e-postadress</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open in mail app</source>
        <translation>Öppna i e-postprogrammet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../renewdesk/ui/renew_dialog.py" line="+70"/>
        <source>Renew</source>
        <translation>Förnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew subscriptions</source>
        <translation>Förnya prenumerationer</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+42"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+185"/>
        <location line="+7"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message numerus="yes">
        <location line="-155"/>
        <source>Grouping %n subscription(s)…</source>
        <translation>
            <numerusform>Grupperar %n prenumeration…</numerusform>
            <numerusform>Grupperar %n prenumerationer…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>One quote holds at most %1 subscriptions: untick %2 to go on.</source>
        <translation>En offert rymmer högst %1 prenumerationer: avmarkera %2 för att gå vidare.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more subscription(s)</source>
        <translation>
            <numerusform>och %n prenumeration till</numerusform>
            <numerusform>och %n prenumerationer till</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One quote holds at most %1 subscriptions; these %2 are left out: %3</source>
        <translation>En offert rymmer högst %1 prenumerationer; dessa %2 kommer inte med: %3</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+27"/>
        <source>Nothing ticked</source>
        <translation>Inget markerat</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupp</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscription(s) ticked</source>
        <translation>
            <numerusform>%n prenumeration markerad</numerusform>
            <numerusform>%n prenumerationer markerade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the rules marked in red to go on.</source>
        <translation>Åtgärda reglerna som är markerade med rött för att gå vidare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/renew_send.py" line="+88"/>
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
        <location filename="../../renewdesk/ui/renew_dialog.py" line="+59"/>
        <source>The quote could not be made</source>
        <translation>Offerten kunde inte skapas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New quote from %1</source>
        <translation>Ny offert utifrån %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Create new quote</source>
        <translation>Skapa ny offert</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <location filename="../../renewdesk/ui/quote_actions.py" line="-57"/>
        <location line="+1"/>
        <source>Resend quote</source>
        <translation>Skicka offerten igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send %1 again to %2?</source>
        <translation>Skicka %1 igen till %2?</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Send by email</source>
        <translation>Skicka med e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Open in mail app</source>
        <translation>Öppna i e-postprogrammet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By email it goes through the outbox as a new message; in the mail app it opens as a draft you send yourself.</source>
        <translation>Med e-post går den via utkorgen som ett nytt meddelande; i e-postprogrammet öppnas den som ett utkast som du skickar själv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Resend</source>
        <translation>Skicka igen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../renewdesk/ui/restore_dialog.py" line="+40"/>
        <location line="+1"/>
        <location line="+126"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Backups of the shared database</source>
        <translation>Säkerhetskopior av den delade databasen</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+6"/>
        <source>pg_dump is not installed on this computer: the server&apos;s backups apply</source>
        <translation>pg_dump är inte installerat på den här datorn: serverns säkerhetskopior gäller</translation>
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
        <location line="+8"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pg_dump copies in this folder yet.</source>
        <translation>Inga pg_dump-kopior i den här mappen ännu.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+39"/>
        <source>Replace the cache with the backup from %1? Changes made since then are replaced too; the cache as it is now is backed up first.</source>
        <translation>Ersätta cachen med säkerhetskopian från %1? Ändringar som gjorts sedan dess försvinner också; cachen som den ser ut nu säkerhetskopieras först.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../renewdesk/ui/review_step.py" line="+64"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address line 1</source>
        <translation>Adressrad 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>VAT number</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+29"/>
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
        <location line="+44"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+20"/>
        <source>Expiry warning</source>
        <translation>Varning om giltighetstid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the line out</source>
        <translation>Ta bort raden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turn off auto-renew</source>
        <translation>Stäng av automatisk förnyelse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer details on the quote</source>
        <translation>Kunduppgifter på offerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer details</source>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+4"/>
        <source>Quote language</source>
        <translation>Offertens språk</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Term of %1</source>
        <translation>Löptid för %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seats of %1</source>
        <translation>Licenser för %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 (the current seats)</source>
        <translation>Högst %1 (nuvarande antal licenser)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Customer number (CSN): %1</source>
        <translation>Kundnummer (CSN): %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no country)</source>
        <translation>(inget land)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1% off</source>
        <translation>%1 % rabatt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This quote expires on %1, the day it is made: %2 renewed on %3, and a quote may follow a renewal by at most %4 days.</source>
        <translation>Offerten går ut %1, samma dag som den skapas: %2 förnyades %3, och en offert får komma högst %4 dagar efter förnyelsen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This quote expires on %1, within %5 days of being made: %2 renewed on %3, and a quote may follow a renewal by at most %4 days.</source>
        <translation>Offerten går ut %1, inom %5 dagar från att den skapas: %2 förnyades %3, och en offert får komma högst %4 dagar efter förnyelsen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave %1 out</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>All renewal-quote rules pass for this quote.</source>
        <translation>Offerten uppfyller alla regler för förnyelseofferter.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Turn off auto-renew for these %n</source>
        <translation>
            <numerusform>Stäng av automatisk förnyelse för %n prenumeration</numerusform>
            <numerusform>Stäng av automatisk förnyelse för dessa %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleMessages</name>
    <message>
        <location filename="../../renewdesk/messages.py" line="+27"/>
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
    <message numerus="yes">
        <location line="+4"/>
        <source>Turn off auto-renew for %n subscription(s) first ({subscriptions}): the quote changes them or involves a reseller.</source>
        <translation>
            <numerusform>Stäng först av automatisk förnyelse för %n prenumeration ({subscriptions}): offerten ändrar den eller går via en återförsäljare.</numerusform>
            <numerusform>Stäng först av automatisk förnyelse för %n prenumerationer ({subscriptions}): offerten ändrar dem eller går via en återförsäljare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+18"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
</context>
<context>
    <name>RuleSources</name>
    <message>
        <location filename="../../renewdesk/rules/sources.py" line="+22"/>
        <source>You can renew directly with the vendor through a quote, either from your partner or by creating one yourself in your account, starting 90 days before and up to 45 days after the renewal&apos;s due date.</source>
        <extracomment>The article&apos;s sentences that rules cite, by number.</extracomment>
        <translation>Det går att förnya direkt med Autodesk genom en offert, antingen från din Autodesk Partner eller genom att skapa en egen i Autodesk Account-kontot, med start 90 dagar före och upp till 45 dagar efter förnyelsens förfallodatum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you work with a partner on a renewal quote that contains changes to the original subscription, or because of your procurement process, you must turn off automatic renewal until the quote has been completed and carried out, to avoid an incorrect renewal being processed.</source>
        <translation>Om du arbetar med en partner på en förnyelseoffert som innehåller ändringar i den ursprungliga prenumerationen eller på grund av din upphandlingsprocess måste du stänga av automatisk förnyelse tills offerten har slutförts och genomförts för att undvika att en felaktig förnyelse behandlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quotes can be sent to any recipient in the company and up to four additional contacts.</source>
        <translation>Det går att skicka offerter till valfri mottagare i företaget och upp till ytterligare fyra kontakter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscriptions that can be renewed with one common quote are grouped by customer number (CSN), currency and payment method.</source>
        <translation>Prenumerationer som kan förnyas med en gemensam offert grupperas efter kundnummer (CSN), valuta och betalningsmetod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the group and untick the subscriptions you do not want in the quote.</source>
        <translation>Välj gruppen och bocka ur de prenumerationer du inte vill ha med i offerten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add up to four quote recipients.</source>
        <translation>Lägg till upp till fyra offertmottagare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It must be a new subscription, a renewal-date adjustment or a renewal.</source>
        <translation>Måste vara en ny prenumeration, justering av förnyelsedatum eller förnyelse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewal quotes cannot be combined with quotes for new purchases or for adjusting renewal dates.</source>
        <translation>Förnyelseofferter går inte att kombinera med offerter för inköp av nya eller för att justera förnyelsedatum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It must be the same partner number (CSN) if a registered reseller is involved.</source>
        <translation>Måste vara samma partnernummer (CSN) om en registrerad representant är inblandad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer number (CSN) and currency must be the same for all subscriptions.</source>
        <translation>Kundnummer (CSN) och valuta måste vara samma för alla prenumerationer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not covered: currency changes.</source>
        <translation>Omfattas inte: valutaförändringar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered: adding seats in the account.</source>
        <translation>Omfattas inte: lägga till platser på Autodesk Account-kontot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered: success plans or value-based purchasing options.</source>
        <translation>Omfattas inte: Success-avtal eller värdebaserade köpalternativ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered: opening a new credit line.</source>
        <translation>Omfattas inte: öppna en ny kreditgräns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered: future start dates.</source>
        <translation>Omfattas inte: framtida startdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered: updating the address after the quote has been sent (create a new quote if an address change is needed).</source>
        <translation>Omfattas inte: uppdatera adressen efter att offerten skickats (skapa en ny offert om adressändring behövs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not covered: cancelling a quote (contact the partner for help).</source>
        <translation>Omfattas inte: annullera offert (kontakta Autodesk-partnern för hjälp).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign offers are added automatically at checkout and are included in the quote.</source>
        <translation>Kampanjerbjudanden läggs automatiskt till i kassan och finns med i offerten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depending on term and eligibility, some subscriptions get automatically generated quotes 30 days before they expire.</source>
        <translation>Vissa prenumerationer får beroende på avtalstid och berättigande automatiskt genererade offerter 30 dagar innan de förfaller.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>RenewDesk default: the article names no statuses; which ones may renew (Active, Expired, Suspended) is RenewDesk&apos;s reading of a renewal.</source>
        <extracomment>Each code&apos;s sentences in the article (empty: the article states no such rule). What RenewDesk adds where the article is silent or only implies the rule.</extracomment>
        <translation>RenewDesks standard: artikeln nämner inga statusar; vilka som får förnyas (aktiv, utgången, avstängd) är RenewDesks tolkning av en förnyelse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RenewDesk default: the article does not say it; one open quote per subscription keeps a renewal from being quoted, and bought, twice.</source>
        <translation>RenewDesks standard: artikeln säger det inte; en öppen offert per prenumeration hindrar att en förnyelse offereras, och köps, två gånger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RenewDesk default: the article states no line limit; 100 lines per quote keeps a quote to one readable document.</source>
        <translation>RenewDesks standard: artikeln anger ingen radgräns; 100 rader per offert håller en offert till ett läsbart dokument.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RenewDesk default: the article states no card or PayPal ceiling; the amounts in limits.toml are RenewDesk&apos;s, so this is a warning, not a block.</source>
        <translation>RenewDesks standard: artikeln anger inget tak för kort eller PayPal; beloppen i limits.toml är RenewDesks egna, så detta är en varning, inget stopp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RenewDesk default: a quote can only be emailed to a valid address.</source>
        <translation>RenewDesks standard: en offert kan bara e-postas till en giltig adress.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RenewDesk default: the same address twice would take a recipient place for nothing.</source>
        <translation>RenewDesks standard: samma adress två gånger skulle ta en mottagarplats i onödan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RenewDesk default: a quote with every line unticked has nothing to renew.</source>
        <translation>RenewDesks standard: en offert där varje rad är urbockad har inget att förnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RenewDesk default: a line can only be priced from the price book you imported.</source>
        <translation>RenewDesks standard: en rad kan bara prissättas från prislistan du importerade.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>RenewDesk default</source>
        <translation>RenewDesks standard</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../renewdesk/secrets.py" line="+71"/>
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
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>no OS keyring backend is available</source>
        <translation>ingen nyckelring i operativsystemet är tillgänglig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OS keyring is not usable</source>
        <translation>operativsystemets nyckelring kan inte användas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring backend {name} is not usable</source>
        <translation>nyckelringen {name} kan inte användas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the OS keyring could not be loaded</source>
        <translation>operativsystemets nyckelring kunde inte läsas in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the OS keyring did not answer</source>
        <translation>operativsystemets nyckelring svarade inte</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <location filename="../../renewdesk/ui/server_password.py" line="+43"/>
        <source>Database password</source>
        <extracomment>(prompt, wrong-before) -&gt; the password typed, or None (cancelled)</extracomment>
        <translation>Databaslösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server asks for the password of %1.</source>
        <translation>Databasservern begär lösenordet för %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That password was refused; try once more.</source>
        <translation>Lösenordet nekades; försök en gång till.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is kept in the OS keyring, nowhere else.</source>
        <translation>Det sparas i operativsystemets nyckelring, ingen annanstans.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../renewdesk/ui/settings_dialog.py" line="+41"/>
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
        <location line="+6"/>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other OAuth 2.0 provider</source>
        <translation>Annan OAuth 2.0-leverantör</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yours: each admin has their own.</source>
        <translation>Dina: varje administratör har sina egna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company&apos;s: the same for every admin.</source>
        <translation>Företagets: samma för alla administratörer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+4"/>
        <source>Quote emails come from your name at the sender address, replies go to your email, and they end with these details as your signature.</source>
        <translation>Offertmejlen skickas i ditt namn från avsändaradressen, svaren går till din e-post och mejlen avslutas med de här uppgifterna som signatur.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <translation>Skapa automatiska offerter 30 dagar före utgången</translation>
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
        <location line="+4"/>
        <source>A new language applies the next time RenewDesk starts.</source>
        <translation>Ett nytt språk används nästa gång RenewDesk startar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email (SMTP)</source>
        <translation>E-post (SMTP)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in method</source>
        <translation>Inloggningssätt</translation>
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
        <location line="+106"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+135"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The password is kept in: %1</source>
        <translation>Lösenordet sparas i: %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Your profile (on quotes and their emails)</source>
        <translation>Din profil (på offerter och i offertmejlen)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Language (yours)</source>
        <translation>Språk (ditt)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared &amp;database</source>
        <translation>Delad &amp;databas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings can be looked at, not saved.</source>
        <translation>Inställningarna kan visas men inte sparas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>yours</source>
        <translation>dina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the company&apos;s</source>
        <translation>företagets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mailbox</source>
        <translation>Brevlåda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as the mailbox</source>
        <translation>Samma som brevlådan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no keyring: a sign-in lasts until RenewDesk closes.</source>
        <translation>Datorn har ingen nyckelring: en inloggning gäller tills RenewDesk stängs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in is kept in: %1</source>
        <translation>Inloggningen sparas i: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(saved — type to replace)</source>
        <translation>(sparat – skriv för att ersätta)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../../renewdesk/services/settings_service.py" line="+131"/>
        <source>{value} is not a valid email address: {why}</source>
        <translation>{value} är ingen giltig e-postadress: {why}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} is not an https:// address.</source>
        <translation>{value} är ingen https://-adress.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in method must be password or oauth2.</source>
        <translation>Inloggningssättet måste vara password eller oauth2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider must be microsoft, google or custom.</source>
        <translation>Leverantören måste vara microsoft, google eller custom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tenant is a domain or directory id, such as contoso.onmicrosoft.com.</source>
        <translation>Klientorganisationen är en domän eller ett katalog-id, till exempel contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing in needs the mailbox address as the user name.</source>
        <translation>Inloggningen behöver brevlådans adress som användarnamn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing in needs the client id of your app registration.</source>
        <translation>Inloggningen behöver klient-id:t för din appregistrering.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another provider needs this address.</source>
        <translation>En annan leverantör behöver den här adressen.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+18"/>
        <source>At most {limit} characters ({count} given).</source>
        <translation>Högst {limit} tecken ({count} angivna).</translation>
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
    <message>
        <location line="+26"/>
        <source>Sign-in with OAuth 2.0 is not chosen in the settings.</source>
        <translation>Inloggning med OAuth 2.0 är inte vald i inställningarna.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the client id before the client secret.</source>
        <translation>Ange klient-id före klienthemligheten.</translation>
    </message>
</context>
<context>
    <name>SharedDatabasePanel</name>
    <message>
        <location filename="../../renewdesk/ui/shared_database.py" line="+47"/>
        <location line="+168"/>
        <source>Shared database</source>
        <translation>Delad databas</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>In team mode every admin of your company works in one shared database on your PostgreSQL server: everyone sees the same subscriptions and quotes. Without one, RenewDesk keeps its cache in a file on this computer.</source>
        <translation>I teamläge arbetar alla administratörer i företaget i en delad databas på er PostgreSQL-server: alla ser samma prenumerationer och offerter. Utan en sådan sparar RenewDesk sin cache i en fil på den här datorn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now using</source>
        <translation>Används nu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database URL</source>
        <translation>Databas-URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database &amp;URL</source>
        <translation>Databas-&amp;URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database password</source>
        <translation>Databaslösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked when the server needs it</source>
        <translation>frågas efter när servern behöver det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a Unix socket add ?host=/folder, e.g. postgresql://you@/renewdesk?host=/run/postgresql. The password is kept in the OS keyring, never in the URL or the settings.</source>
        <translation>För en Unix-socket lägger du till ?host=/mapp, t.ex. postgresql://du@/renewdesk?host=/run/postgresql. Lösenordet sparas i operativsystemets nyckelring, aldrig i URL:en eller inställningarna.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;se this database</source>
        <translation>Använd den &amp;här databasen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the &amp;file on this computer</source>
        <translation>Använd &amp;filen på den här datorn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the shared database %1</source>
        <translation>den delade databasen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file %1 on this computer</source>
        <translation>filen %1 på den här datorn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the database URL first.</source>
        <translation>Skriv databas-URL:en först.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected to %1: an empty database; RenewDesk sets it up when you use it.</source>
        <translation>Ansluten till %1: en tom databas; RenewDesk gör i ordning den när du använder den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1: a RenewDesk database.</source>
        <translation>Ansluten till %1: en RenewDesk-databas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reopening RenewDesk on it…</source>
        <translation>Öppnar RenewDesk på den igen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. RenewDesk opens on it the next time it starts.</source>
        <translation>Sparat. RenewDesk öppnas på den nästa gång programmet startar.</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <location filename="../../renewdesk/ui/signin_prompt.py" line="+28"/>
        <source>Sign in to send…</source>
        <translation>Logga in för att skicka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to send</source>
        <translation>Logga in för att skicka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in to the mail provider has ended; quotes wait in the outbox.</source>
        <translation>Inloggningen hos e-postleverantören har upphört; offerterna väntar i utkorgen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sign in again to send the quotes waiting in the outbox.</source>
        <translation>Logga in igen för att skicka offerterna som väntar i utkorgen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed in as %1; sending the waiting quotes.</source>
        <translation>Inloggad som %1; skickar offerterna som väntar.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../renewdesk/ui/signin_window.py" line="+66"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign in to %1</source>
        <translation>Logga in hos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to your mail provider</source>
        <translation>Logga in hos din e-postleverantör</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in as %1 and allow RenewDesk to send email. RenewDesk never sees your password.</source>
        <translation>Logga in som %1 och tillåt RenewDesk att skicka e-post. RenewDesk ser aldrig ditt lösenord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This computer has no keyring, so the sign-in lasts until RenewDesk closes; you will sign in again next time.</source>
        <translation>Datorn har ingen nyckelring, så inloggningen gäller tills RenewDesk stängs; nästa gång loggar du in igen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use a code instead</source>
        <translation>Använd en kod i stället</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+82"/>
        <source>Opening your browser…</source>
        <translation>Öppnar webbläsaren…</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Finish signing in in the browser window. If no browser opened, copy this address into one on this computer:</source>
        <translation>Slutför inloggningen i webbläsarfönstret. Om ingen webbläsare öppnades, kopiera den här adressen till en webbläsare på den här datorn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in address</source>
        <translation>Inloggningsadress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy address</source>
        <translation>Kopiera adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open browser again</source>
        <translation>Öppna webbläsaren igen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+46"/>
        <source>Asking for a code…</source>
        <translation>Begär en kod…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>On any phone or computer, open this address and enter the code:</source>
        <translation>Öppna den här adressen på valfri telefon eller dator och ange koden:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy code</source>
        <translation>Kopiera koden</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Time left: %1</source>
        <translation>Tid kvar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Väntar på att du loggar in i webbläsaren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for you to enter the code…</source>
        <translation>Väntar på att du anger koden…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
</context>
<context>
    <name>SmtpErrors</name>
    <message>
        <location filename="../../renewdesk/mail/smtp.py" line="+111"/>
        <source>The mail server no longer accepts a password ({answer}). Your Microsoft 365 tenant has turned off password (basic) sign-in for SMTP: choose Microsoft 365 as the sign-in method in Settings &gt; Email, or use Open in mail app.</source>
        <translation>E-postservern tar inte längre emot lösenord ({answer}). Er Microsoft 365-klientorganisation har stängt av inloggning med lösenord (basic) för SMTP: välj Microsoft 365 som inloggningssätt under Inställningar &gt; E-post, eller använd Öppna i e-postprogrammet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{context}: {code} {message}</source>
        <translation>{context}: {code} {message}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The mail server refused the sign-in of {user} ({code} {answer}). Check that SMTP AUTH (Authenticated SMTP) is allowed for this mailbox.</source>
        <translation>E-postservern avvisade inloggningen för {user} ({code} {answer}). Kontrollera att SMTP AUTH (Authenticated SMTP) är tillåtet för brevlådan.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+15"/>
        <source>Sign in again to send as {user}: not signed in</source>
        <translation>Logga in igen för att skicka som {user}: inte inloggad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password for {user} is needed to send</source>
        <translation>Lösenordet för {user} behövs för att skicka</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The message has no recipients</source>
        <translation>Meddelandet har inga mottagare</translation>
    </message>
    <message>
        <location filename="../../renewdesk/services/signin_service.py" line="+26"/>
        <source>Sign in again to send as {user}: {reason}</source>
        <translation>Logga in igen för att skicka som {user}: {reason}</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../renewdesk/ui/stage_dialog.py" line="+38"/>
        <location line="+1"/>
        <location line="+14"/>
        <source>Renewal stage and owner</source>
        <translation>Förnyelsesteg och ansvarig</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Subscription %1.</source>
        <translation>Prenumeration %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n subscription(s) selected.</source>
        <translation>
            <numerusform>%n prenumeration vald.</numerusform>
            <numerusform>%n prenumerationer valda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quoted and Ordered are set by sending a quote and by Buy. Will not renew keeps the subscription out of the forecast amount and out of automatic quotes.</source>
        <translation>Offererad och Beställd sätts när en offert skickas och vid Köp. Förnyas inte håller prenumerationen utanför prognosens belopp och utanför automatiska offerter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep each one&apos;s stage</source>
        <translation>Behåll vars och ens steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep: %1</source>
        <translation>Behåll: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An admin&apos;s name</source>
        <translation>En administratörs namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave empty to keep each owner</source>
        <translation>Lämna tomt för att behålla varje ansvarig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it will not renew (the customer&apos;s reason)</source>
        <translation>Varför den inte förnyas (kundens skäl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Ansvarig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The stage was not changed</source>
        <translation>Steget ändrades inte</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <location filename="../../renewdesk/store/versions.py" line="+38"/>
        <source>{what} was changed by {user} at {time}: reload it and save again</source>
        <translation>{what} ändrades av {user} {time}: läs in igen och spara på nytt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} was removed by another admin: reload</source>
        <translation>{what} har tagits bort av en annan administratör: läs in igen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Customer {csn}</source>
        <translation>Kund {csn}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quote {number}</source>
        <translation>Offert {number}</translation>
    </message>
</context>
<context>
    <name>StaleEditBar</name>
    <message>
        <location filename="../../renewdesk/ui/stale_edit_bar.py" line="+24"/>
        <source>Changed by another admin</source>
        <translation>Ändrad av en annan administratör</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+103"/>
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
        <location filename="../../renewdesk/ui/subscription_details.py" line="+108"/>
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+3"/>
        <source>Renew…</source>
        <translation>Förnya…</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="-32"/>
        <source>Loading subscriptions…</source>
        <translation>Läser in prenumerationer…</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <source>Set renewal stage and owner…</source>
        <translation>Ange förnyelsesteg och ansvarig…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>Eligible only</source>
        <translation>Endast förnyelsebara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage filter</source>
        <translation>Stegfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stages</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner filter</source>
        <translation>Ansvarigfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+335"/>
        <source>All owners</source>
        <translation>Alla ansvariga</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <location filename="../../renewdesk/ui/subscription_details.py" line="+38"/>
        <source>No subscription selected</source>
        <translation>Ingen prenumeration vald</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Subscription ID</source>
        <translation>Prenumerations-ID</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the renewal stage and owner</source>
        <translation>Ändra förnyelsesteg och ansvarig</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+30"/>
        <source>Renew this subscription</source>
        <translation>Förnya den här prenumerationen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>From the help article Renew by quote:</source>
        <translation>Ur hjälpartikeln Förnya genom offert:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renewal stage: %1</source>
        <translation>Förnyelsesteg: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody yet</source>
        <translation>ingen än</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+99"/>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All currencies</source>
        <translation>Alla valutor</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
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
        <location filename="../../renewdesk/ui/subscription_details.py" line="-83"/>
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
        <location filename="../../renewdesk/ui/subscriptions_page.py" line="+106"/>
        <source>Too many subscriptions</source>
        <translation>För många prenumerationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bulk action covers at most %1 subscriptions; %2 are selected.</source>
        <translation>En massåtgärd omfattar högst %1 prenumerationer; %2 är markerade.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
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
        <location line="+18"/>
        <source>Show all subscriptions</source>
        <translation>Visa alla prenumerationer</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Renewal planning, %1: %n subscription(s)</source>
        <translation>
            <numerusform>Förnyelseplanering, %1: %n prenumeration</numerusform>
            <numerusform>Förnyelseplanering, %1: %n prenumerationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Renewal stage saved for %n subscription(s).</source>
        <translation>
            <numerusform>Förnyelsesteget sparat för %n prenumeration.</numerusform>
            <numerusform>Förnyelsesteget sparat för %n prenumerationer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../renewdesk/ui/subscriptions_model.py" line="+91"/>
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
        <location line="+4"/>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+364"/>
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
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The renewal rules are being checked for this subscription.</source>
        <translation>Förnyelsereglerna kontrolleras för den här prenumerationen.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+10"/>
        <source>Eligible: a renewal quote can be made.</source>
        <translation>Kan förnyas: en förnyelseoffert kan skapas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(source: %1)</source>
        <translation>(källa: %1)</translation>
    </message>
    <message>
        <location line="+6"/>
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
