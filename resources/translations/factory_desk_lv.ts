<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>No database is open</source>
        <translation>Neviena datubāze nav atvērta</translation>
    </message>
    <message>
        <source>No log file: the log folder cannot be written</source>
        <translation>Žurnālfaila nav: žurnālu mapē nevar rakstīt</translation>
    </message>
    <message>
        <source>About Factory Desk</source>
        <translation>Par Factory Desk</translation>
    </message>
    <message>
        <source>Plans, runs and documents Process Factory lean trainings: groups, attendance, certificates and improvement projects.</source>
        <translation>Procesu fabrikas LEAN apmācību plānošana, vadīšana un dokumentēšana: grupas, apmeklējums, sertifikāti un uzlabojumu projekti.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versija:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datubāze:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Žurnālfails:</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>In the open database</source>
        <translation>Atvērtajā datubāzē</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Trainers mark who came on each day of a session (present, late or absent), and record walk-ins and colleagues who replaced someone on the day.</source>
        <translation>Treneri atzīmē, kas ieradās katrā nodarbības dienā (klātesošs, nokavēja vai nebija), un reģistrē bez pieteikuma atnākušos un kolēģus, kas tajā dienā kādu aizstāja.</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Gaidāmās nodarbības</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Notikušās nodarbības</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>Cilvēki reģistrā</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Lūdzu, uzgaidiet</translation>
    </message>
    <message>
        <source>Factory Desk</source>
        <translation>Factory Desk</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikāti</translation>
    </message>
    <message>
        <source>Numbered certificates for everyone who completed a programme, printed in batches, with the register of issued numbers; reprints and voided certificates stay traceable.</source>
        <translation>Numurēti sertifikāti visiem, kas pabeiguši programmu, drukāti partijās, ar izsniegto numuru reģistru; atkārtotas izdrukas un anulēti sertifikāti paliek izsekojami.</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Izsniegtie sertifikāti</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Notikušās nodarbības</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Import as</source>
        <translation>Importēt kā</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— neimportēt —</translation>
    </message>
    <message>
        <source>What column {number} holds</source>
        <translation>Kas ir kolonnā {number}</translation>
    </message>
    <message>
        <source>The organisation is taken from the column {names}.</source>
        <translation>Organizācija tiek ņemta no kolonnas {names}.</translation>
    </message>
    <message>
        <source>Organisation from the file&apos;s title block: {name}</source>
        <translation>Organizācija no faila galvenes: {name}</translation>
    </message>
    <message>
        <source>INN from the file&apos;s title block: {inn}</source>
        <translation>INN no faila galvenes: {inn}</translation>
    </message>
    <message>
        <source>The file does not name an organisation: choose one below, or the people are imported without one.</source>
        <translation>Failā nav norādīta organizācija: izvēlieties to zemāk, citādi cilvēki tiks importēti bez organizācijas.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>“{value}” is not a choice for {argument}; choose from {choices}.</source>
        <translation>“{value}” nav derīga vērtība argumentam {argument}; izvēlieties no: {choices}.</translation>
    </message>
    <message>
        <source>{argument} needs a whole number, not “{value}”.</source>
        <translation>Argumentam {argument} vajag veselu skaitli, nevis “{value}”.</translation>
    </message>
    <message>
        <source>Missing: {arguments}.</source>
        <translation>Trūkst: {arguments}.</translation>
    </message>
    <message>
        <source>Not understood: {arguments}.</source>
        <translation>Nesaprotami argumenti: {arguments}.</translation>
    </message>
    <message>
        <source>{argument} needs a value.</source>
        <translation>Argumentam {argument} jānorāda vērtība.</translation>
    </message>
    <message>
        <source>The database {name} already has data; no demo data was added.</source>
        <translation>Datubāzē {name} jau ir dati; demonstrācijas dati netika pievienoti.</translation>
    </message>
    <message>
        <source>Demo data created in {name}: {factories} factories, {programmes} programmes, {trainers} trainers, {organisations} organisations, {people} people, {sessions} sessions, {certificates} certificates, {projects} projects.</source>
        <translation>Demonstrācijas dati izveidoti datubāzē {name}: fabrikas — {factories}, programmas — {programmes}, treneri — {trainers}, organizācijas — {organisations}, cilvēki — {people}, nodarbības — {sessions}, sertifikāti — {certificates}, projekti — {projects}.</translation>
    </message>
    <message>
        <source>Search keys were rebuilt for {count} names.</source>
        <translation>Meklēšanas atslēgas pārbūvētas, vārdu skaits: {count}.</translation>
    </message>
    <message>
        <source>The database {name} is up to date.</source>
        <translation>Datubāze {name} ir aktuāla.</translation>
    </message>
    <message>
        <source>A new database was created in {name}.</source>
        <translation>Izveidota jauna datubāze: {name}.</translation>
    </message>
    <message>
        <source>The database {name} was upgraded from schema {old} to {new}.</source>
        <translation>Datubāze {name} atjaunināta no shēmas {old} uz shēmu {new}.</translation>
    </message>
    <message>
        <source>The previous version was saved as {file}.</source>
        <translation>Iepriekšējā versija saglabāta kā {file}.</translation>
    </message>
    <message>
        <source>The database {name} is healthy: schema {revision}, {people} people, integrity and links checked.</source>
        <translation>Datubāze {name} ir kārtībā: shēma {revision}, cilvēki — {people}, integritāte un saites pārbaudītas.</translation>
    </message>
    <message>
        <source>The database {name} has problems:</source>
        <translation>Datubāzē {name} ir problēmas:</translation>
    </message>
    <message>
        <source>Backup of {name} written to {file} ({size} MB).</source>
        <translation>{name} rezerves kopija ierakstīta failā {file} ({size} MB).</translation>
    </message>
    <message>
        <source>The database {name} was restored from {file}.</source>
        <translation>Datubāze {name} atjaunota no {file}.</translation>
    </message>
    <message>
        <source>Its previous content was saved as {file}.</source>
        <translation>Tās iepriekšējais saturs saglabāts kā {file}.</translation>
    </message>
    <message>
        <source>{rows} people exported to {file}.</source>
        <translation>Izgūti cilvēki: {rows}, fails {file}.</translation>
    </message>
    <message>
        <source>Row {row}: {name} — {outcome}: {problems}</source>
        <translation>Rinda {row}: {name} — {outcome}: {problems}</translation>
    </message>
    <message>
        <source>Checked only, nothing was written: {count} of {total} rows can be imported.</source>
        <translation>Tikai pārbaude, nekas netika ierakstīts: var importēt {count} no {total} rindām.</translation>
    </message>
    <message>
        <source>Imported: {created} new people, {existing} already in the database, {organisations} new organisations, {pooled} added to the waiting pool; {skipped} rows not imported.</source>
        <translation>Importēts. Jauni cilvēki: {created}; jau bija datubāzē: {existing}; jaunas organizācijas: {organisations}; pievienoti gaidītāju sarakstam: {pooled}; neimportētas rindas: {skipped}.</translation>
    </message>
    <message>
        <source>The import report was saved as {file}.</source>
        <translation>Importa pārskats saglabāts failā {file}.</translation>
    </message>
    <message>
        <source>--limit needs a number above zero.</source>
        <translation>--limit vajag skaitli, kas lielāks par nulli.</translation>
    </message>
    <message>
        <source>Nobody in the register matches “{query}”.</source>
        <translation>Reģistrā neviens neatbilst “{query}”.</translation>
    </message>
    <message>
        <source>{name} — {organisation} (id {id})</source>
        <translation>{name} — {organisation} (Nr. {id})</translation>
    </message>
    <message>
        <source>{name} (id {id})</source>
        <translation>{name} (Nr. {id})</translation>
    </message>
    <message>
        <source>People found: {total}, the first {shown} shown; narrow the search or raise --limit to see more.</source>
        <translation>Atrasti cilvēki: {total}, parādīti pirmie {shown}; precizējiet meklēšanu vai palieliniet --limit, lai redzētu vairāk.</translation>
    </message>
    <message>
        <source>People found: {count}.</source>
        <translation>Atrasti cilvēki: {count}.</translation>
    </message>
    <message>
        <source>Erasure requested by the person.</source>
        <translation>Dzēšana pēc personas lūguma.</translation>
    </message>
    <message>
        <source>The personal data of person {id} were erased: the name, position, department and contacts are gone.</source>
        <translation>Personas Nr. {id} personas dati ir dzēsti: vārds, amats, struktūrvienība un kontakti vairs nav saglabāti.</translation>
    </message>
    <message>
        <source>Kept for the reports, without the name: the category and the organisation; enrolments: {enrolments}, attendance marks: {marks}, certificates: {certificates}.</source>
        <translation>Atskaitēm bez vārda saglabāta kategorija un organizācija; pieteikumi: {enrolments}, apmeklējuma atzīmes: {marks}, sertifikāti: {certificates}.</translation>
    </message>
    <message>
        <source>Places given up in the waiting pool: {count}.</source>
        <translation>Atbrīvotas vietas gaidītāju sarakstā: {count}.</translation>
    </message>
    <message>
        <source>Everything held about person {id} was written to {file}.</source>
        <translation>Viss, kas glabājas par personu Nr. {id}, ierakstīts failā {file}.</translation>
    </message>
    <message>
        <source>{rows} organisations exported to {file}.</source>
        <translation>Izgūtas organizācijas: {rows}, fails {file}.</translation>
    </message>
    <message>
        <source>database: an SQLite file or a PostgreSQL URL (default: $FACTORY_DESK_DB, else the file in your data folder)</source>
        <translation>datubāze: SQLite fails vai PostgreSQL adrese (pēc noklusējuma $FACTORY_DESK_DB, citādi fails jūsu datu mapē)</translation>
    </message>
    <message>
        <source>print JSON for scripts instead of sentences</source>
        <translation>izvadīt JSON skriptiem, nevis teikumus</translation>
    </message>
    <message>
        <source>Factory Desk: plan, run and document Process Factory trainings. Without a command, the app opens.</source>
        <translation>Factory Desk: Procesu fabrikas apmācību plānošana, vadīšana un dokumentēšana. Bez komandas atveras lietotnes logs.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>parādīt versiju un iziet</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMANDA</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic demo region</source>
        <translation>aizpildīt tukšu datubāzi ar ticamu demonstrācijas reģionu</translation>
    </message>
    <message>
        <source>how many participants (400)</source>
        <translation>cik dalībnieku (400)</translation>
    </message>
    <message>
        <source>random seed (2026)</source>
        <translation>nejaušo skaitļu sēkla (2026)</translation>
    </message>
    <message>
        <source>do nothing when the database already has people</source>
        <translation>neko nedarīt, ja datubāzē jau ir cilvēki</translation>
    </message>
    <message>
        <source>upgrade, check, back up or restore</source>
        <translation>atjaunināt, pārbaudīt, dublēt vai atjaunot</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>DARBĪBA</translation>
    </message>
    <message>
        <source>create or upgrade the schema (an SQLite file is copied aside first)</source>
        <translation>izveidot vai atjaunināt shēmu (SQLite fails vispirms tiek nokopēts blakus)</translation>
    </message>
    <message>
        <source>verify integrity and schema version; exit 0 only when healthy</source>
        <translation>pārbaudīt integritāti un shēmas versiju; izejas kods 0 tikai tad, ja viss kārtībā</translation>
    </message>
    <message>
        <source>write the whole database into one SQLite file</source>
        <translation>ierakstīt visu datubāzi vienā SQLite failā</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FAILS</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>aizstāt FAILU, ja tas pastāv</translation>
    </message>
    <message>
        <source>replace the database&apos;s content with a backup file (the current content is saved aside first)</source>
        <translation>aizstāt datubāzes saturu ar rezerves kopiju (pašreizējais saturs vispirms tiek saglabāts atsevišķi)</translation>
    </message>
    <message>
        <source>the people register</source>
        <translation>cilvēku reģistrs</translation>
    </message>
    <message>
        <source>write people to an .xlsx or .csv file (safe to open in Excel)</source>
        <translation>izgūt cilvēkus .xlsx vai .csv failā (droši atverams Excel)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKSTS</translation>
    </message>
    <message>
        <source>only people whose name matches, as in the app</source>
        <translation>tikai cilvēki, kuru vārds atbilst meklētajam, kā programmā</translation>
    </message>
    <message>
        <source>read a list of people from an .xlsx or .csv file into the register</source>
        <translation>importēt cilvēku sarakstu no .xlsx vai .csv faila reģistrā</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>LAPA</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first with data)</source>
        <translation>darbgrāmatas lapa (pēc noklusējuma pirmā ar datiem)</translation>
    </message>
    <message>
        <source>INN_OR_NAME</source>
        <translation>INN_VAI_NOSAUKUMS</translation>
    </message>
    <message>
        <source>the organisation of rows that name none: its INN or its name</source>
        <translation>organizācija rindām, kurās tā nav norādīta: tās INN vai nosaukums</translation>
    </message>
    <message>
        <source>do not add the people to the waiting pool</source>
        <translation>nepievienot cilvēkus gaidītāju sarakstam</translation>
    </message>
    <message>
        <source>check the file and report, write nothing</source>
        <translation>pārbaudīt failu un parādīt pārskatu, neko neierakstot</translation>
    </message>
    <message>
        <source>save the row-by-row report (.xlsx or .csv)</source>
        <translation>saglabāt pārskatu pa rindām (.xlsx vai .csv)</translation>
    </message>
    <message>
        <source>find people by name, as the search box of the app does</source>
        <translation>atrast cilvēkus pēc vārda, kā lietotnes meklēšanas lodziņš</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>show at most N people (50)</source>
        <translation>parādīt ne vairāk kā N cilvēkus (50)</translation>
    </message>
    <message>
        <source>erase a person&apos;s name and contacts on their request, keeping the statistics</source>
        <translation>dzēst personas vārdu un kontaktus pēc tās lūguma, saglabājot statistiku</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>why, for the audit log (default: the person asked)</source>
        <translation>iemesls izmaiņu žurnālam (pēc noklusējuma: personas lūgums)</translation>
    </message>
    <message>
        <source>write everything held about one person to an .xlsx or .json file</source>
        <translation>ierakstīt visu par vienu personu .xlsx vai .json failā</translation>
    </message>
    <message>
        <source>the organisations register</source>
        <translation>organizāciju reģistrs</translation>
    </message>
    <message>
        <source>write organisations to an .xlsx or .csv file (safe to open in Excel)</source>
        <translation>izgūt organizācijas .xlsx vai .csv failā (droši atverams Excel)</translation>
    </message>
    <message>
        <source>factory-desk: {problem} (see factory-desk --help)</source>
        <translation>factory-desk: {problem} (skatiet factory-desk --help)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Atcelts.</translation>
    </message>
    <message>
        <source>factory-desk: an unexpected error stopped the command ({error}). Details are in {log}.</source>
        <translation>factory-desk: neparedzēta kļūda apturēja komandu ({error}). Sīkāka informācija: {log}.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>People to import from {file}: {count}; already in the database: {existing}.</source>
        <translation>No faila {file} tiks importēti cilvēki: {count}; no tiem jau ir datubāzē: {existing}.</translation>
    </message>
    <message>
        <source>New organisations to be added: {names}.</source>
        <translation>Tiks pievienotas jaunas organizācijas: {names}.</translation>
    </message>
    <message>
        <source>{date} {time} — {programme}, {factory} (enrolled {enrolled} of {max})</source>
        <translation>{date} {time} — {programme}, {factory} (pieteikti {enrolled} no {max})</translation>
    </message>
    <message>
        <source>No session is open for enrolment from today on: plan one in Sessions, or keep the people in the waiting pool.</source>
        <translation>No šodienas nav nodarbību, kurām var pieteikties: ieplānojiet nodarbību sadaļā “Nodarbības” vai atstājiet cilvēkus gaidītāju sarakstā.</translation>
    </message>
    <message>
        <source>All of them get a place: {free} places are free.</source>
        <translation>Vietas pietiks visiem: brīvas vietas — {free}.</translation>
    </message>
    <message>
        <source>{free} places are free: the first {free} people of the list get a place, the others go on the session&apos;s waiting list.</source>
        <translation>Brīvas vietas — {free}: pirmie {free} cilvēki no saraksta saņems vietu, pārējie nonāks nodarbības rindā.</translation>
    </message>
    <message>
        <source>Importing the people…</source>
        <translation>Cilvēku importēšana…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nekas netika importēts: {reason}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copied</source>
        <translation>Nokopēts</translation>
    </message>
    <message>
        <source>The log file could not be written on this computer.</source>
        <translation>Žurnālfailu šajā datorā nevarēja ierakstīt.</translation>
    </message>
    <message>
        <source>The same report is in the log file: {file}</source>
        <translation>Tas pats ziņojums ir žurnālfailā: {file}</translation>
    </message>
    <message>
        <source>Factory Desk: an unexpected problem</source>
        <translation>Factory Desk: neparedzēta kļūda</translation>
    </message>
    <message>
        <source>Factory Desk ran into a problem it did not expect. What you saved before is safe: every change is saved whole or not at all. Please copy the report below and send it to whoever looks after Factory Desk at your centre, with a line on what you were doing.</source>
        <translation>Factory Desk saskārās ar neparedzētu kļūdu. Iepriekš saglabātais ir drošībā: katra izmaiņa tiek saglabāta pilnībā vai nemaz. Lūdzu, nokopējiet zemāk redzamo ziņojumu un nosūtiet to tam, kas jūsu centrā uztur Factory Desk, pievienojot dažus vārdus par to, ko darījāt.</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Kļūdas ziņojums</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopēt ziņojumu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>This is not a Factory Desk database.</source>
        <translation>Šī nav Factory Desk datubāze.</translation>
    </message>
    <message>
        <source>The database was made by a newer version of Factory Desk; update the app.</source>
        <translation>Datubāzi izveidoja jaunāka Factory Desk versija; atjauniniet lietotni.</translation>
    </message>
    <message>
        <source>The database has an older schema; run “factory-desk db upgrade”.</source>
        <translation>Datubāzei ir novecojusi shēma; palaidiet “factory-desk db upgrade”.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Datubāzes fails ir bojāts.</translation>
    </message>
    <message>
        <source>Some rows refer to rows that do not exist.</source>
        <translation>Daži ieraksti atsaucas uz neesošiem ierakstiem.</translation>
    </message>
    <message>
        <source>Some constraints are not validated.</source>
        <translation>Daži ierobežojumi nav pārbaudīti.</translation>
    </message>
    <message>
        <source>Search and sort keys are out of step with some names; run “factory-desk db upgrade”.</source>
        <translation>Meklēšanas un kārtošanas atslēgas neatbilst dažiem vārdiem; palaidiet “factory-desk db upgrade”.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite fails šajā datorā</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL serveris</translation>
    </message>
    <message>
        <source>Factory Desk databases (*.sqlite *.db)</source>
        <translation>Factory Desk datubāzes (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Atvērt datubāzi</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Izveidot jaunu datubāzi</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Fails {file} nepastāv.</translation>
    </message>
    <message>
        <source>Name the organisation or give its INN.</source>
        <translation>Norādiet organizācijas nosaukumu vai tās INN.</translation>
    </message>
    <message>
        <source>No organisation with the INN {inn} is in the database.</source>
        <translation>Organizācijas ar INN {inn} datubāzē nav.</translation>
    </message>
    <message>
        <source>Several organisations are named “{name}”: {candidates}. Give the INN instead.</source>
        <translation>Ir vairākas organizācijas ar nosaukumu “{name}”: {candidates}. Norādiet INN.</translation>
    </message>
    <message>
        <source>No organisation is named “{name}”; similar names: {candidates}.</source>
        <translation>Organizācijas ar nosaukumu “{name}” nav; līdzīgi nosaukumi: {candidates}.</translation>
    </message>
    <message>
        <source>No organisation named “{name}” is in the database.</source>
        <translation>Organizācijas “{name}” datubāzē nav.</translation>
    </message>
    <message>
        <source>An INN contains digits only.</source>
        <translation>INN satur tikai ciparus.</translation>
    </message>
    <message>
        <source>The check digit of this INN does not match; please check the number.</source>
        <translation>Šī INN kontrolcipars nesakrīt; lūdzu, pārbaudiet numuru.</translation>
    </message>
    <message>
        <source>The check digits of this INN do not match; please check the number.</source>
        <translation>Šī INN kontrolcipari nesakrīt; lūdzu, pārbaudiet numuru.</translation>
    </message>
    <message>
        <source>An INN has 10 digits (organisation) or 12 digits (individual).</source>
        <translation>INN ir 10 cipari (organizācijai) vai 12 cipari (fiziskai personai).</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Rezerves kopiju nevar ierakstīt pāri pašai datubāzei.</translation>
    </message>
    <message>
        <source>The file {file} already exists; choose another name.</source>
        <translation>Fails {file} jau pastāv; izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <source>The backup could not be written to {file}: {reason}</source>
        <translation>Rezerves kopiju nevarēja ierakstīt failā {file}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} cannot be written: {reason}</source>
        <translation>Failu {file} nevar ierakstīt: {reason}</translation>
    </message>
    <message>
        <source>The file {file} is not a Factory Desk backup.</source>
        <translation>Fails {file} nav Factory Desk rezerves kopija.</translation>
    </message>
    <message>
        <source>“{url}” is not a database address Factory Desk understands.</source>
        <translation>Factory Desk nesaprot datubāzes adresi “{url}”.</translation>
    </message>
    <message>
        <source>Factory Desk works with SQLite files and PostgreSQL servers, not “{kind}”.</source>
        <translation>Factory Desk strādā ar SQLite failiem un PostgreSQL serveriem, nevis ar “{kind}”.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>Mapi {folder} nevar izveidot: {reason}</translation>
    </message>
    <message>
        <source>The change was not saved because it breaks a rule of the data ({rule}).</source>
        <translation>Izmaiņa netika saglabāta, jo tā pārkāpj datu noteikumu ({rule}).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Disks ir pilns, tāpēc nekas netika saglabāts. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The database is busy with another Factory Desk window or computer; nothing was saved. Try again in a moment.</source>
        <translation>Datubāzi aizņem cits Factory Desk logs vai dators; nekas netika saglabāts. Mēģiniet vēlreiz pēc brīža.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing. Check that the folder exists and that you may write to it.</source>
        <translation>Datubāzes failu nevar atvērt rakstīšanai. Pārbaudiet, vai mape pastāv un vai jums ir tiesības tajā rakstīt.</translation>
    </message>
    <message>
        <source>This file is not a readable database, or it is damaged. Restore it from a backup.</source>
        <translation>Šis fails nav nolasāma datubāze vai ir bojāts. Atjaunojiet to no rezerves kopijas.</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({reason}). Check the address and the network, then try again.</source>
        <translation>Datubāzes serveris nav sasniedzams ({reason}). Pārbaudiet adresi un tīklu, tad mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The database reported a problem, so nothing was saved: {reason}</source>
        <translation>Datubāze ziņoja par kļūdu, tāpēc nekas netika saglabāts: {reason}</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Factory Desk (schema {found}; this version knows up to {known}). Please update Factory Desk to open it.</source>
        <translation>Šo datubāzi izveidoja jaunāka Factory Desk versija (shēma {found}; šī versija zina shēmas līdz {known}). Lai to atvērtu, atjauniniet Factory Desk.</translation>
    </message>
    <message>
        <source>This database is not a Factory Desk database; it was left untouched.</source>
        <translation>Šī nav Factory Desk datubāze; tā netika mainīta.</translation>
    </message>
    <message>
        <source>The database could not be copied aside before the upgrade ({reason}); nothing was changed.</source>
        <translation>Pirms atjaunināšanas datubāzi nevarēja nokopēt ({reason}); nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The demo data was not created: cancelled.</source>
        <translation>Demonstrācijas dati netika izveidoti: atcelts.</translation>
    </message>
    <message>
        <source>The number of demo people cannot be negative.</source>
        <translation>Demonstrācijas dalībnieku skaits nevar būt negatīvs.</translation>
    </message>
    <message>
        <source>Demo data can only fill an empty database, and this one already has factories, people or sessions; nothing was changed. Create a new database for the demo.</source>
        <translation>Demonstrācijas dati var aizpildīt tikai tukšu datubāzi, bet šajā jau ir fabrikas, cilvēki vai nodarbības; nekas netika mainīts. Demonstrācijai izveidojiet jaunu datubāzi.</translation>
    </message>
    <message>
        <source>Factory Desk exports to .xlsx or .csv files, not “{suffix}”.</source>
        <translation>Factory Desk izgūst datus .xlsx vai .csv failos, nevis “{suffix}”.</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}</source>
        <translation>Failu {file} neizdevās ierakstīt: {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Izgūšana atcelta; fails netika ierakstīts.</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>Vārdā nedrīkst būt cipari.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Vārdā jābūt burtiem.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>E-pasta adrese nav derīga.</translation>
    </message>
    <message>
        <source>This e-mail address contains Cyrillic letters before the @.</source>
        <translation>E-pasta adresē pirms @ ir kirilicas burti.</translation>
    </message>
    <message>
        <source>This phone number does not look valid.</source>
        <translation>Tālruņa numurs neizskatās derīgs.</translation>
    </message>
    <message>
        <source>No heading such as ФИО, Vārds or Name in the first {rows} rows of {name}.</source>
        <translation>Faila {name} pirmajās {rows} rindās nav virsraksta, piemēram, «ФИО», «Vārds» vai «Name».</translation>
    </message>
    <message>
        <source>Choose the column with the people&apos;s names.</source>
        <translation>Izvēlieties kolonnu ar cilvēku vārdiem.</translation>
    </message>
    <message>
        <source>The same person is already on row {row} of this file.</source>
        <translation>Šis pats cilvēks jau ir šī faila {row}. rindā.</translation>
    </message>
    <message>
        <source>A blank row.</source>
        <translation>Tukša rinda.</translation>
    </message>
    <message>
        <source>A total, not a person: “{text}”.</source>
        <translation>Kopsumma, nevis cilvēks: “{text}”.</translation>
    </message>
    <message>
        <source>The heading repeated.</source>
        <translation>Atkārtots virsraksts.</translation>
    </message>
    <message>
        <source>Nothing in the columns being imported.</source>
        <translation>Importējamajās kolonnās nekā nav.</translation>
    </message>
    <message>
        <source>There is no surname.</source>
        <translation>Nav uzvārda.</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>Nav vārda un uzvārda.</translation>
    </message>
    <message>
        <source>There is no first name.</source>
        <translation>Nav vārda.</translation>
    </message>
    <message>
        <source>Several e-mail addresses: only the first, {email}, is kept.</source>
        <translation>Vairākas e-pasta adreses: tiek saglabāta tikai pirmā, {email}.</translation>
    </message>
    <message>
        <source>The category “{category}” is not known; the default one applies.</source>
        <translation>Kategorija “{category}” nav zināma; tiks lietota noklusējuma kategorija.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls). Open it in Excel and save it as .xlsx.</source>
        <translation>{name} ir vecs Excel fails (.xls). Atveriet to Excel un saglabājiet kā .xlsx.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>{name} nevar importēt: izvēlieties Excel darbgrāmatu (.xlsx) vai CSV failu.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Fails {name} ir tukšs.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file or has a password. Save it as .xlsx without one.</source>
        <translation>{name} ir vecs Excel fails vai aizsargāts ar paroli. Saglabājiet to kā .xlsx bez paroles.</translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Fails {name} nav atrasts.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened; if Excel has it open, close it there.</source>
        <translation>Failu {name} nevar atvērt; ja tas ir atvērts Excel, aizveriet to tur.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Failu {name} nevar nolasīt: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged or is not an Excel workbook. Save it from Excel as .xlsx.</source>
        <translation>{name} ir bojāts vai nav Excel darbgrāmata. Saglabājiet to no Excel kā .xlsx.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet “{sheet}”.</source>
        <translation>Darbgrāmatā {name} nav lapas “{sheet}”.</translation>
    </message>
    <message>
        <source>The workbook {name} has no filled cells.</source>
        <translation>Darbgrāmatā {name} nav aizpildītu šūnu.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a CSV table: {reason}</source>
        <translation>{name} nevar nolasīt kā CSV tabulu: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a text table. Save the list from Excel as .xlsx or as CSV.</source>
        <translation>{name} nav teksta tabula. Saglabājiet sarakstu no Excel kā .xlsx vai CSV.</translation>
    </message>
    <message>
        <source>Already in the database: the existing record is used, not a copy.</source>
        <translation>Jau ir datubāzē: tiek izmantots esošais ieraksts, kopija netiek veidota.</translation>
    </message>
    <message>
        <source>There is no session with the number {id}.</source>
        <translation>Nodarbības ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has already been held: its enrolments can no longer be cancelled. Mark the absence on the attendance sheet instead.</source>
        <translation>Nodarbība “{programme}” {date} jau ir notikusi: pieteikumus vairs nevar atcelt. Atzīmējiet prombūtni apmeklējumā.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has already been reported: its enrolments can no longer be cancelled.</source>
        <translation>Par nodarbību “{programme}” {date} jau ir atskaite: pieteikumus vairs nevar atcelt.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: its enrolments can no longer be changed.</source>
        <translation>Nodarbība “{programme}” {date} ir atcelta: pieteikumus vairs nevar mainīt.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has already been held: nobody can be enrolled in it any more.</source>
        <translation>Nodarbība “{programme}” {date} jau ir notikusi: tai vairs nevar pieteikt.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has already been reported: nobody can be enrolled in it any more.</source>
        <translation>Par nodarbību “{programme}” {date} jau ir atskaite: tai vairs nevar pieteikt.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: nobody can be enrolled in it.</source>
        <translation>Nodarbība “{programme}” {date} ir atcelta: tai nevar pieteikt.</translation>
    </message>
    <message>
        <source>There is no person with the number {id} in the register.</source>
        <translation>Reģistrā nav cilvēka ar numuru {id}.</translation>
    </message>
    <message>
        <source>The data of person {id} were erased: they cannot be enrolled.</source>
        <translation>Personas Nr. {id} dati ir dzēsti: to nevar pieteikt.</translation>
    </message>
    <message>
        <source>Say why the enrolment is cancelled.</source>
        <translation>Norādiet, kāpēc pieteikums tiek atcelts.</translation>
    </message>
    <message>
        <source>There is no enrolment with the number {id}.</source>
        <translation>Pieteikuma ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>This enrolment is no longer active (it was cancelled, moved or replaced): there is nothing to cancel.</source>
        <translation>Šis pieteikums vairs nav spēkā (atcelts, pārcelts vai aizstāts): nav ko atcelt.</translation>
    </message>
    <message>
        <source>The data of person {id} were erased: the record cannot be merged.</source>
        <translation>Cilvēka ar numuru {id} dati ir dzēsti: ierakstu nevar apvienot.</translation>
    </message>
    <message>
        <source>Both records have a certificate (issued or voided) for the session {session}; the register keeps every certificate with its enrolment, so they cannot be merged.</source>
        <translation>Abiem ierakstiem ir sertifikāts (izsniegts vai anulēts) par nodarbību {session}; reģistrs glabā katru sertifikātu kopā ar pieteikumu, tāpēc tos nevar apvienot.</translation>
    </message>
    <message>
        <source>Both records have different attendance, test scores or feedback for the session {session}: correct one of them before merging.</source>
        <translation>Ierakstiem ir atšķirīgs apmeklējums, testu rezultāti vai atsauksmes par nodarbību {session}: pirms apvienošanas izlabojiet vienu no tiem.</translation>
    </message>
    <message>
        <source>A person cannot be merged with the same record.</source>
        <translation>Ierakstu nevar apvienot pašu ar sevi.</translation>
    </message>
    <message>
        <source>A person&apos;s data are exported to .xlsx or .json files, not “{suffix}”.</source>
        <translation>Cilvēka dati tiek izgūti .xlsx vai .json failos, nevis “{suffix}”.</translation>
    </message>
    <message>
        <source>The data of this person were already erased.</source>
        <translation>Šī cilvēka dati jau ir dzēsti.</translation>
    </message>
    <message>
        <source>There is no organisation with the number {id} in the register.</source>
        <translation>Reģistrā nav organizācijas ar numuru {id}.</translation>
    </message>
    <message>
        <source>An organisation needs its full name.</source>
        <translation>Norādiet organizācijas pilno nosaukumu.</translation>
    </message>
    <message>
        <source>The national project year is between 2000 and 2100, not {year}.</source>
        <translation>Nacionālā projekta gadam jābūt no 2000 līdz 2100, nevis {year}.</translation>
    </message>
    <message>
        <source>There is no organisation type “{type}”.</source>
        <translation>Organizācijas veida “{type}” nav.</translation>
    </message>
    <message>
        <source>The INN {inn} is already that of the organisation {name}.</source>
        <translation>INN {inn} jau ir norādīts organizācijai {name}.</translation>
    </message>
    <message>
        <source>A person needs at least a surname.</source>
        <translation>Personai vajag vismaz uzvārdu.</translation>
    </message>
    <message>
        <source>There is no category “{category}”.</source>
        <translation>Kategorijas “{category}” nav.</translation>
    </message>
    <message>
        <source>There is no consent form “{form}”.</source>
        <translation>Piekrišanas veida “{form}” nav.</translation>
    </message>
    <message>
        <source>The consent date {date} is in the future.</source>
        <translation>Piekrišanas datums {date} ir nākotnē.</translation>
    </message>
    <message>
        <source>The badge code {code} already belongs to person {id}.</source>
        <translation>Nozītes kods {code} jau pieder personai Nr. {id}.</translation>
    </message>
    <message>
        <source>The data of this person were erased: the record cannot be edited.</source>
        <translation>Šīs personas dati ir dzēsti: ierakstu nevar labot.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} cannot go from “{old}” to “{new}”.</source>
        <translation>Nodarbību “{programme}” {date} nevar pārcelt no statusa “{old}” uz “{new}”.</translation>
    </message>
    <message>
        <source>Say why the session «{programme}» of {date} goes from “{old}” to “{new}”.</source>
        <translation>Norādiet, kāpēc nodarbība “{programme}” {date} tiek pārcelta no statusa “{old}” uz “{new}”.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} cannot be marked as held before its first day.</source>
        <translation>Nodarbību “{programme}” {date} nevar atzīmēt kā notikušu pirms tās pirmās dienas.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Surname</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Tēvvārds</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Struktūrvienība</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Organisation&apos;s INN</source>
        <translation>Organizācijas INN</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Piekrišanas datums</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Piekrišanas veids</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Pilns nosaukums</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Īsais nosaukums</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Pašvaldība</translation>
    </message>
    <message>
        <source>In the national project since</source>
        <translation>Nacionālajā projektā kopš</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cilvēki</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list of people</source>
        <translation>Izvēlieties cilvēku sarakstu</translation>
    </message>
    <message>
        <source>Lists of people ({patterns})</source>
        <translation>Cilvēku saraksti ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Nolasa {name}…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Saraksta nolasīšana…</translation>
    </message>
    <message>
        <source>{name}, sheet “{sheet}”</source>
        <translation>{name}, lapa “{sheet}”</translation>
    </message>
    <message>
        <source>Read {rows} rows from {where}. Press Next to check the columns.</source>
        <translation>Nolasītas rindas: {rows} ({where}). Nospiediet “Nākamais”, lai pārbaudītu kolonnas.</translation>
    </message>
    <message>
        <source>There is nothing in {where}. Choose another sheet or file.</source>
        <translation>Tukšs: {where}. Izvēlieties citu lapu vai failu.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Full name (surname first)</source>
        <translation>Vārds un uzvārds (vispirms uzvārds)</translation>
    </message>
    <message>
        <source>Full name (first name first)</source>
        <translation>Vārds un uzvārds (vispirms vārds)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Tēvvārds</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Struktūrvienība</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Organisation&apos;s INN</source>
        <translation>Organizācijas INN</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Izlaista</translation>
    </message>
    <message>
        <source>Not imported: to be corrected</source>
        <translation>Nav importēta: jālabo</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>Jau ir datubāzē</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importēta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imports</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Check what each column holds</source>
        <translation>Pārbaudiet, kas ir katrā kolonnā</translation>
    </message>
    <message>
        <source>Factory Desk has guessed the columns from their headings. Correct a guess with the list above the column; columns marked “not imported” are left out.</source>
        <translation>Factory Desk noteica kolonnas pēc to virsrakstiem. Ja kaut kas nav pareizi, izlabojiet sarakstā virs kolonnas; kolonnas “neimportēt” tiek izlaistas.</translation>
    </message>
    <message>
        <source>The headings are on &amp;row:</source>
        <translation>Virsraksti ir &amp;rindā:</translation>
    </message>
    <message>
        <source>Row of the headings</source>
        <translation>Virsrakstu rinda</translation>
    </message>
    <message>
        <source>The first rows of the file, with what each column holds</source>
        <translation>Faila pirmās rindas un tas, kas ir katrā kolonnā</translation>
    </message>
    <message>
        <source>Organisation of the people whose row does not name one</source>
        <translation>Organizācija cilvēkiem, kuriem tā nav norādīta</translation>
    </message>
    <message>
        <source>As the &amp;file says</source>
        <translation>Kā &amp;failā</translation>
    </message>
    <message>
        <source>&amp;This organisation:</source>
        <translation>&amp;Šī organizācija:</translation>
    </message>
    <message>
        <source>Organisation for rows without one</source>
        <translation>Organizācija rindām bez tās</translation>
    </message>
</context>
<context>
    <name>ImportConfirmPage</name>
    <message>
        <source>Where should the people go?</source>
        <translation>Kur pievienot cilvēkus?</translation>
    </message>
    <message>
        <source>Everything is imported in one go: if anything goes wrong, nothing is written.</source>
        <translation>Viss tiek importēts vienā reizē: ja kaut kas noiet greizi, nekas netiek ierakstīts.</translation>
    </message>
    <message>
        <source>Into the organisation&apos;s &amp;waiting pool, to be put into groups later</source>
        <translation>Organizācijas &amp;gaidītāju sarakstā, lai vēlāk sadalītu grupās</translation>
    </message>
    <message>
        <source>&amp;Enrolled in the session:</source>
        <translation>&amp;Pieteikt nodarbībai:</translation>
    </message>
    <message>
        <source>Session to enrol the people in</source>
        <translation>Nodarbība, kurai pieteikt cilvēkus</translation>
    </message>
    <message>
        <source>&amp;Only into the register of people</source>
        <translation>&amp;Tikai cilvēku reģistrā</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the list to import</source>
        <translation>Izvēlieties importējamo sarakstu</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one person per row, as organisations send them. You can also drag the file onto this window.</source>
        <translation>Excel darbgrāmata (.xlsx) vai CSV fails ar vienu cilvēku katrā rindā — tā, kā tos sūta organizācijas. Failu var arī ievilkt šajā logā.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>The file being imported</source>
        <translation>Importējamais fails</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Fails vēl nav izvēlēts</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Izvēlēties failu…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lapa:</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Darbgrāmatas lapa</translation>
    </message>
    <message>
        <source>Drop an .xlsx or .csv file here</source>
        <translation>Ievelciet šeit .xlsx vai .csv failu</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the rows before they are imported</source>
        <translation>Pārbaudiet rindas pirms importēšanas</translation>
    </message>
    <message>
        <source>Each row of the file as it will be imported. Rows with errors are left out; rows with warnings are imported, but look at them. Nothing has been written yet.</source>
        <translation>Katra faila rinda tā, kā tā tiks importēta. Rindas ar kļūdām netiek importētas; rindas ar brīdinājumiem tiek importētas, bet apskatiet tās. Pagaidām nekas nav ierakstīts.</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Rādīt tikai rindas ar &amp;piezīmēm</translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translation>Rindas tā, kā tās tiks importētas</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>The list is imported</source>
        <translation>Saraksts importēts</translation>
    </message>
    <message>
        <source>This is what was written to the database.</source>
        <translation>Lūk, kas ierakstīts datubāzē.</translation>
    </message>
    <message>
        <source>&amp;Show them in the list</source>
        <translation>&amp;Parādīt tos sarakstā</translation>
    </message>
    <message>
        <source>Save import &amp;report…</source>
        <translation>Saglabāt importa &amp;pārskatu…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a list of people</source>
        <translation>Cilvēku saraksta imports</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Pārtraukt importu?</translation>
    </message>
    <message>
        <source>The list has been read, but nobody has been imported from it. Stop the import?</source>
        <translation>Saraksts ir nolasīts, bet no tā vēl neviens nav importēts. Pārtraukt importu?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Enterprise employee</source>
        <translation>Uzņēmuma darbinieks</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>Valsts ierēdnis</translation>
    </message>
    <message>
        <source>Municipal employee</source>
        <translation>Pašvaldības darbinieks</translation>
    </message>
    <message>
        <source>Social-sector employee</source>
        <translation>Sociālās jomas darbinieks</translation>
    </message>
    <message>
        <source>School pupil</source>
        <translation>Skolēns</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Valsts iestāde</translation>
    </message>
    <message>
        <source>Municipal body</source>
        <translation>Pašvaldības iestāde</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Izglītība</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Veselības aprūpe</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sociālie pakalpojumi</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rakstiska</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elektroniska</translation>
    </message>
    <message>
        <source>By a parent</source>
        <translation>No vecāka</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Klātesošs</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Nokavēja</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Aizgāja agrāk</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nebija</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Attaisnoti nebija</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānota</translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation>Atvērta pieteikšanās</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Apstiprināta</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Notikusi</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Atskaite iesniegta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atcelta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database; an older one is upgraded first (a copy of it is kept)…</source>
        <translation>Tiek atvērta datubāze; vecāka versija vispirms tiek atjaunināta (tās kopija tiek saglabāta)…</translation>
    </message>
    <message>
        <source>There is already a file called {file}. Choose another name, or open that file with File → Open database…</source>
        <translation>Fails {file} jau pastāv. Izvēlieties citu nosaukumu vai atveriet šo failu ar “Fails → Atvērt datubāzi…”.</translation>
    </message>
    <message>
        <source>The database file {file} is not there any more. It may have been moved or renamed, or it is on a drive that is not connected.</source>
        <translation>Datubāzes faila {file} vairs nav. Iespējams, tas ir pārvietots vai pārdēvēts, vai arī atrodas diskā, kas nav pievienots.</translation>
    </message>
    <message>
        <source>A new, empty database was created: {name}</source>
        <translation>Izveidota jauna, tukša datubāze: {name}</translation>
    </message>
    <message>
        <source>The database was upgraded to work with this version of Factory Desk. A copy of it as it was before the upgrade is kept here:
{file}</source>
        <translation>Datubāze ir atjaunināta darbam ar šo Factory Desk versiju. Tās kopija, kāda tā bija pirms atjaunināšanas, saglabāta šeit:
{file}</translation>
    </message>
    <message>
        <source>The database was upgraded to work with this version of Factory Desk.</source>
        <translation>Datubāze ir atjaunināta darbam ar šo Factory Desk versiju.</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Datubāze atjaunināta</translation>
    </message>
    <message>
        <source>This database cannot be used</source>
        <translation>Šo datubāzi nevar izmantot</translation>
    </message>
    <message>
        <source>Open another database, or create a new one to start from scratch.</source>
        <translation>Atveriet citu datubāzi vai izveidojiet jaunu, lai sāktu no nulles.</translation>
    </message>
    <message>
        <source>The database {name} stays open. You can also open another database or create a new one.</source>
        <translation>Datubāze {name} paliek atvērta. Varat arī atvērt citu datubāzi vai izveidot jaunu.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Atvērt citu datubāzi…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Izveidot jaunu datubāzi…</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>Citas datubāzes vēl nav atvērtas</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Neviena datubāze nav atvērta</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Atver datubāzi…</translation>
    </message>
    <message>
        <source>Database: {name} ({kind})</source>
        <translation>Datubāze: {name} ({kind})</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Sadaļas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Cilvēki un organizācijas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikāti</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Factory Desk keeps sessions, people and certificates in a database. Open the database your centre uses, or create a new one to start from scratch.</source>
        <translation>Factory Desk glabā nodarbības, dalībniekus un sertifikātus datubāzē. Atveriet datubāzi, ko izmanto jūsu centrs, vai izveidojiet jaunu, lai sāktu no nulles.</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Atvērt datubāzi…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Nesen atvērtās datubāzes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Jauna datubāze…</translation>
    </message>
    <message>
        <source>Create an empty database file and switch to it</source>
        <translation>Izveidot tukšu datubāzes failu un pārslēgties uz to</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Atvērt datubāzi…</translation>
    </message>
    <message>
        <source>Open an existing database file and switch to it</source>
        <translation>Atvērt esošu datubāzes failu un pārslēgties uz to</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Nodarbības</translation>
    </message>
    <message>
        <source>&amp;People and organisations</source>
        <translation>&amp;Cilvēki un organizācijas</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>A&amp;pmeklējums</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Sertifikāti</translation>
    </message>
    <message>
        <source>P&amp;rojects</source>
        <translation>P&amp;rojekti</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>Pārs&amp;kati</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Iestatījumi</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Atsvaidzināt</translation>
    </message>
    <message>
        <source>Read the figures and lists again from the database</source>
        <translation>No jauna nolasīt rādītājus un sarakstus no datubāzes</translation>
    </message>
    <message>
        <source>&amp;About Factory Desk</source>
        <translation>&amp;Par Factory Desk</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Looking for people entered twice…</source>
        <translation>Meklē divreiz ievadītus cilvēkus…</translation>
    </message>
    <message>
        <source>{name} — {organisation} ({count})</source>
        <translation>{name} — {organisation} ({count})</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>bez organizācijas</translation>
    </message>
    <message>
        <source>{name} — {organisation} (number {id})</source>
        <translation>{name} — {organisation} (Nr. {id})</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Apvienot ierakstus</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n record(s) into «{name}» (number {id})? Their sessions, attendance, certificates and projects move to this record, and the merged records are removed. This cannot be undone.</source>
        <translation>
            <numerusform>Apvienot %n ierakstu ar “{name}” (Nr. {id})? Tā nodarbības, apmeklējums, sertifikāti un projekti pāries uz šo ierakstu, bet apvienotais ieraksts tiks dzēsts. To nevar atsaukt.</numerusform>
            <numerusform>Apvienot %n ierakstus ar “{name}” (Nr. {id})? To nodarbības, apmeklējums, sertifikāti un projekti pāries uz šo ierakstu, bet apvienotie ieraksti tiks dzēsti. To nevar atsaukt.</numerusform>
            <numerusform>Apvienot %n ierakstus ar “{name}” (Nr. {id})? To nodarbības, apmeklējums, sertifikāti un projekti pāries uz šo ierakstu, bet apvienotie ieraksti tiks dzēsti. To nevar atsaukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (number {id}) was not merged: {reason}</source>
        <translation>{name} (Nr. {id}) netika apvienots: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>sessions: %n</source>
        <translation>
            <numerusform>nodarbības: %n</numerusform>
            <numerusform>nodarbības: %n</numerusform>
            <numerusform>nodarbības: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>attendance marks: %n</source>
        <translation>
            <numerusform>apmeklējuma atzīmes: %n</numerusform>
            <numerusform>apmeklējuma atzīmes: %n</numerusform>
            <numerusform>apmeklējuma atzīmes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificates: %n</source>
        <translation>
            <numerusform>sertifikāti: %n</numerusform>
            <numerusform>sertifikāti: %n</numerusform>
            <numerusform>sertifikāti: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>projects: %n</source>
        <translation>
            <numerusform>projekti: %n</numerusform>
            <numerusform>projekti: %n</numerusform>
            <numerusform>projekti: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n record(s) into «{name}».</source>
        <translation>
            <numerusform>%n ieraksts apvienots ar “{name}”.</numerusform>
            <numerusform>%n ieraksti apvienoti ar “{name}”.</numerusform>
            <numerusform>%n ierakstu apvienots ar “{name}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved over: {what}.</source>
        <translation>Pārcelts — {what}.</translation>
    </message>
    <message>
        <source>Merge records of one person</source>
        <translation>Apvienot vienas personas ierakstus</translation>
    </message>
    <message>
        <source>People entered twice</source>
        <translation>Divreiz ievadīti cilvēki</translation>
    </message>
    <message>
        <source>Records that may be the same person. Select the record to keep; the others are merged into it. Another record can be added from the search below.</source>
        <translation>Ieraksti, kas var būt par vienu personu. Izvēlieties ierakstu, ko paturēt; pārējie tiks apvienoti ar to. Citu ierakstu var pievienot ar meklēšanu zemāk.</translation>
    </message>
    <message>
        <source>No two people share a name in the same organisation.</source>
        <translation>Vienā organizācijā nav divu cilvēku ar vienādu vārdu.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) appear more than once in the same organisation (case, ё and spaces ignored). Choose one on the left, select the record to keep, then merge.</source>
        <translation>
            <numerusform>%n vārds vienā organizācijā atkārtojas (reģistrs, “ё” un atstarpes netiek ņemtas vērā). Izvēlieties to pa kreisi, atzīmējiet paturamo ierakstu un apvienojiet.</numerusform>
            <numerusform>%n vārdi vienā organizācijā atkārtojas (reģistrs, “ё” un atstarpes netiek ņemtas vērā). Izvēlieties vienu pa kreisi, atzīmējiet paturamo ierakstu un apvienojiet.</numerusform>
            <numerusform>%n vārdu vienā organizācijā atkārtojas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Records (select the one to keep):</source>
        <translation>&amp;Ieraksti (atzīmējiet paturamo):</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>&amp;Find another record:</source>
        <translation>&amp;Atrast citu ierakstu:</translation>
    </message>
    <message>
        <source>&amp;Add to the records</source>
        <translation>&amp;Pievienot ierakstiem</translation>
    </message>
    <message>
        <source>R&amp;eason (for the log):</source>
        <translation>&amp;Iemesls (žurnālam):</translation>
    </message>
    <message>
        <source>&amp;Merge into the selected record</source>
        <translation>&amp;Apvienot ar atzīmēto ierakstu</translation>
    </message>
</context>
<context>
    <name>OrganisationCombo</name>
    <message>
        <source>{name} (INN {inn})</source>
        <translation>{name} (INN {inn})</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Pilnais nosaukums:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Pilnais nosaukums</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Ī&amp;sais nosaukums:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Īsais nosaukums</translation>
    </message>
    <message>
        <source>As people usually call it</source>
        <translation>Kā to parasti sauc</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;INN:</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 vai 12 cipari</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organizācijas veids</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Nozare:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>For example, machine building</source>
        <translation>Piemēram, mašīnbūve</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Reģions:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>&amp;National project since:</source>
        <translation>Nacionālajā projektā &amp;kopš:</translation>
    </message>
    <message>
        <source>National project since</source>
        <translation>Nacionālajā projektā kopš</translation>
    </message>
    <message>
        <source>not in the project</source>
        <translation>nepiedalās</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Piezī&amp;mes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Jauna organizācija</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organizācija: {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationsPanel</name>
    <message>
        <source>The organisations that send people to trainings. Type part of a name or the INN to find one; case, ё and Latvian accents do not matter. Double-click or press Enter to edit.</source>
        <translation>Organizācijas, kas sūta cilvēkus uz apmācībām. Lai atrastu organizāciju, ierakstiet daļu nosaukuma vai INN; reģistrs, ё un latviešu garumzīmes nav svarīgas. Dubultklikšķis vai Enter — labot.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Find organisations by name or INN</source>
        <translation>Meklēt organizācijas pēc nosaukuma vai INN</translation>
    </message>
    <message>
        <source>Name or INN</source>
        <translation>Nosaukums vai INN</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Pievienot…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organizācijas veids</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Nozare:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Reģions:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>&amp;National project:</source>
        <translation>Na&amp;cionālais projekts:</translation>
    </message>
    <message>
        <source>National project</source>
        <translation>Nacionālais projekts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>The People tab, narrowed to this organisation: every person, with their cards</source>
        <translation>Cilvēku cilne tikai ar šīs organizācijas cilvēkiem — visi, ar viņu kartītēm</translation>
    </message>
    <message>
        <source>&amp;Show all its people in the list</source>
        <translation>&amp;Rādīt visus tās cilvēkus sarakstā</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Jebkurš</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>Select an organisation to see its people and figures.</source>
        <translation>Izvēlieties organizāciju, lai redzētu tās cilvēkus un rādītājus.</translation>
    </message>
    <message>
        <source>INN {inn}</source>
        <translation>INN {inn}</translation>
    </message>
    <message numerus="yes">
        <source>People: %Ln</source>
        <translation>
            <numerusform>Cilvēki: %Ln</numerusform>
            <numerusform>Cilvēki: %Ln</numerusform>
            <numerusform>Cilvēki: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions attended: %Ln</source>
        <translation>
            <numerusform>Apmeklētas nodarbības: %Ln</numerusform>
            <numerusform>Apmeklētas nodarbības: %Ln</numerusform>
            <numerusform>Apmeklētas nodarbības: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates issued: %Ln</source>
        <translation>
            <numerusform>Izsniegti sertifikāti: %Ln</numerusform>
            <numerusform>Izsniegti sertifikāti: %Ln</numerusform>
            <numerusform>Izsniegti sertifikāti: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Improvement projects: %Ln</source>
        <translation>
            <numerusform>Uzlabošanas projekti: %Ln</numerusform>
            <numerusform>Uzlabošanas projekti: %Ln</numerusform>
            <numerusform>Uzlabošanas projekti: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>Cilvē&amp;ki:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;People (the first %n):</source>
        <translation>
            <numerusform>Cilvē&amp;ki (pirmais %n):</numerusform>
            <numerusform>Cilvē&amp;ki (pirmie %n):</numerusform>
            <numerusform>Cilvē&amp;ki (pirmie %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects: {titles}</source>
        <translation>Projekti: {titles}</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>organisations</comment>
        <translation>
            <numerusform>Atrasta %Ln organizācija</numerusform>
            <numerusform>Atrastas %Ln organizācijas</numerusform>
            <numerusform>Nav atrasta neviena organizācija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations: %Ln</source>
        <translation>
            <numerusform>%Ln organizācija</numerusform>
            <numerusform>%Ln organizācijas</numerusform>
            <numerusform>%Ln organizāciju</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation matches. Check the spelling, type fewer letters or choose «Any».</source>
        <translation>Neviena organizācija neatbilst. Pārbaudiet rakstību, ierakstiet mazāk burtu vai izvēlieties «Jebkurš».</translation>
    </message>
    <message>
        <source>There is no organisation in this database yet.</source>
        <translation>Šajā datubāzē vēl nav nevienas organizācijas.</translation>
    </message>
    <message>
        <source>People of the organisation</source>
        <translation>Organizācijas cilvēki</translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cilvēki</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Any</source>
        <translation>Jebkura</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Apmācīti</translation>
    </message>
    <message>
        <source>Not yet trained</source>
        <translation>Vēl nav apmācīti</translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>Eksportēt personas datus</translation>
    </message>
    <message>
        <source>personal-data-{id}.xlsx</source>
        <translation>personas-dati-{id}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel darbgrāmata (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The person&apos;s data were saved to {file}.</source>
        <translation>Personas dati saglabāti failā {file}.</translation>
    </message>
    <message>
        <source>Saving the person&apos;s data…</source>
        <translation>Saglabā personas datus…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personas datu dzēšana</translation>
    </message>
    <message>
        <source>Erase the name, contacts and consent of «{name}»? Their sessions, attendance and certificates stay in the statistics without a name. This cannot be undone.

Reason (for example, the person&apos;s request of 12.03.2026):</source>
        <translation>Dzēst personas “{name}” vārdu, kontaktus un piekrišanu? Nodarbības, apmeklējums un sertifikāti paliks statistikā bez vārda. To nevar atsaukt.

Iemesls (piemēram, personas iesniegums no 12.03.2026):</translation>
    </message>
    <message>
        <source>At the person&apos;s request</source>
        <translation>Pēc personas lūguma</translation>
    </message>
    <message>
        <source>Nothing was erased: the reason is needed for the log.</source>
        <translation>Nekas netika dzēsts: žurnālam vajag iemeslu.</translation>
    </message>
    <message>
        <source>The personal data of «{name}» were erased.</source>
        <translation>Personas “{name}” dati ir dzēsti.</translation>
    </message>
    <message>
        <source>people.xlsx</source>
        <translation>cilveki.xlsx</translation>
    </message>
    <message>
        <source>Saved {count} people to {file}.</source>
        <translation>Saglabāti cilvēki: {count}, fails {file}.</translation>
    </message>
    <message>
        <source>Saving the people in the list…</source>
        <translation>Tiek saglabāti saraksta cilvēki…</translation>
    </message>
    <message>
        <source>organisations.xlsx</source>
        <translation>organizacijas.xlsx</translation>
    </message>
    <message>
        <source>Saved {count} organisations to {file}.</source>
        <translation>Saglabātas organizācijas: {count}, fails {file}.</translation>
    </message>
    <message>
        <source>Saving the organisations…</source>
        <translation>Tiek saglabātas organizācijas…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izgūšana</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel darbgrāmata (*.xlsx);;CSV priekš Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>people</comment>
        <translation>
            <numerusform>Atrasts %Ln cilvēks</numerusform>
            <numerusform>Atrasti %Ln cilvēki</numerusform>
            <numerusform>Nav atrasts neviens cilvēks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %Ln</source>
        <translation>
            <numerusform>%Ln cilvēks</numerusform>
            <numerusform>%Ln cilvēki</numerusform>
            <numerusform>%Ln cilvēku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations: %Ln</source>
        <translation>
            <numerusform>%Ln organizācija</numerusform>
            <numerusform>%Ln organizācijas</numerusform>
            <numerusform>%Ln organizāciju</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “{query}”. Check the spelling or type fewer letters.</source>
        <translation>Pēc vaicājuma “{query}” neviens netika atrasts. Pārbaudiet rakstību vai ievadiet mazāk burtu.</translation>
    </message>
    <message>
        <source>Nobody matches the filters. Choose «Any» to see more people.</source>
        <translation>Filtriem neviens neatbilst. Izvēlieties “Jebkura”, lai redzētu vairāk cilvēku.</translation>
    </message>
    <message>
        <source>There is nobody in this database yet.</source>
        <translation>Šajā datubāzē vēl neviena nav.</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Cilvēki un organizācijas</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Cilvēki</translation>
    </message>
    <message>
        <source>Everyone sent for training, with the organisation they came from. Type the first letters of a surname, first name or patronymic to find a person; case, ё and Latvian accents do not matter.</source>
        <translation>Visi, kas nosūtīti uz apmācību, un organizācijas, no kurām viņi nāk. Lai atrastu cilvēku, ierakstiet uzvārda, vārda vai tēvvārda pirmos burtus; lielie un mazie burti, ё un garumzīmes nav svarīgi.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Find people by name</source>
        <translation>Meklēt cilvēkus pēc vārda</translation>
    </message>
    <message>
        <source>Surname, first name or patronymic</source>
        <translation>Uzvārds, vārds vai tēvvārds</translation>
    </message>
    <message>
        <source>Import people from an Excel or CSV list (Ctrl+I)</source>
        <translation>Importēt cilvēkus no Excel vai CSV saraksta (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importēt sarakstu…</translation>
    </message>
    <message>
        <source>Save the people in the list, or all organisations, as an Excel or CSV file</source>
        <translation>Saglabāt saraksta cilvēkus vai visas organizācijas Excel vai CSV failā</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Izgūt</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizācija:</translation>
    </message>
    <message>
        <source>Show the people of one organisation</source>
        <translation>Rādīt vienas organizācijas cilvēkus</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorija:</translation>
    </message>
    <message>
        <source>Show one category of people</source>
        <translation>Rādīt vienu cilvēku kategoriju</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Apmācība:</translation>
    </message>
    <message>
        <source>Show trained or not yet trained people</source>
        <translation>Rādīt apmācītos vai vēl neapmācītos</translation>
    </message>
    <message>
        <source>Enter a person by hand (Ctrl+N)</source>
        <translation>Ievadīt personu manuāli (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Jauna persona…</translation>
    </message>
    <message>
        <source>People registered twice in the same organisation, and merging them</source>
        <translation>Vienā organizācijā divreiz ievadīti cilvēki un ierakstu apvienošana</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Dublikāti…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cilvēku saraksts</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizācijas</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importēt sarakstu…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Jauna persona…</translation>
    </message>
    <message>
        <source>People in the list…</source>
        <translation>Saraksta cilvēkus…</translation>
    </message>
    <message>
        <source>Save the people the list shows (all of them, not only the rows in view) as .xlsx or .csv</source>
        <translation>Saglabāt visus sarakstā redzamos cilvēkus (ne tikai ekrānā redzamās rindas) .xlsx vai .csv failā</translation>
    </message>
    <message>
        <source>All organisations…</source>
        <translation>Visas organizācijas…</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Uzvārds, vārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
</context>
<context>
    <name>PersonCardView</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Apvienot…</translation>
    </message>
    <message>
        <source>Merge a record of the same person entered twice into this one</source>
        <translation>Apvienot ar šo ierakstu tās pašas personas otru ierakstu</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Eksportēt &amp;datus…</translation>
    </message>
    <message>
        <source>Everything held about this person in one file, for their request</source>
        <translation>Viss par šo personu vienā failā — pēc tās pieprasījuma</translation>
    </message>
    <message>
        <source>E&amp;rase data…</source>
        <translation>&amp;Dzēst datus…</translation>
    </message>
    <message>
        <source>Remove the name and contacts on the person&apos;s request; the counts that reports need stay</source>
        <translation>Dzēst vārdu un kontaktus pēc personas lūguma; skaitļi atskaitēm saglabāsies</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikāti</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Select a person to see their sessions, certificates and projects.</source>
        <translation>Izvēlieties personu, lai redzētu tās nodarbības, sertifikātus un projektus.</translation>
    </message>
    <message>
        <source>Data erased on request</source>
        <translation>Dati dzēsti pēc pieprasījuma</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>bez organizācijas</translation>
    </message>
    <message>
        <source>badge {code}</source>
        <translation>nozīte {code}</translation>
    </message>
    <message>
        <source>number {id}</source>
        <translation>Nr. {id}</translation>
    </message>
    <message>
        <source>No consent to the processing of personal data is recorded.</source>
        <translation>Piekrišana personas datu apstrādei nav reģistrēta.</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data: {date} {form}</source>
        <translation>Piekrišana personas datu apstrādei: {date} {form}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Pieteikums</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izsniegts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekts</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message numerus="yes">
        <source>Sessions (%n)</source>
        <translation>
            <numerusform>Nodarbības (%n)</numerusform>
            <numerusform>Nodarbības (%n)</numerusform>
            <numerusform>Nodarbības (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates (%n)</source>
        <translation>
            <numerusform>Sertifikāti (%n)</numerusform>
            <numerusform>Sertifikāti (%n)</numerusform>
            <numerusform>Sertifikāti (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projekti (%n)</numerusform>
            <numerusform>Projekti (%n)</numerusform>
            <numerusform>Projekti (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>bez organizācijas</translation>
    </message>
    <message>
        <source>• {name}, {organisation}, number {id}, sessions: {sessions}</source>
        <translation>• {name}, {organisation}, Nr. {id}, nodarbības: {sessions}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…un vēl %n</numerusform>
            <numerusform>…un vēl %n</numerusform>
            <numerusform>…un vēl %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This person seems to be registered already in the same organisation:</source>
        <translation>Šķiet, ka šī persona tajā pašā organizācijā jau ir reģistrēta:</translation>
    </message>
    <message>
        <source>People with the same name in other organisations:</source>
        <translation>Cilvēki ar tādu pašu vārdu citās organizācijās:</translation>
    </message>
    <message>
        <source>Choose an organisation from the list, or “(none)”.</source>
        <translation>Izvēlieties organizāciju no saraksta vai “(nav)”.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Jauna persona</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Uzvārds:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Tēvvārds:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Tēvvārds</translation>
    </message>
    <message>
        <source>If the person has one</source>
        <translation>Ja tāds ir</translation>
    </message>
    <message>
        <source>A different person with the same name</source>
        <translation>Cita persona ar tādu pašu vārdu</translation>
    </message>
    <message>
        <source>This is a &amp;different person with the same name</source>
        <translation>Šī ir &amp;cita persona ar tādu pašu vārdu</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizācija:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Amats:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Struktūrvienība:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Struktūrvienība</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorija:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;pasts:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>&amp;Badge code:</source>
        <translation>&amp;Nozītes kods:</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Nozītes kods</translation>
    </message>
    <message>
        <source>Filled when a badge is printed</source>
        <translation>Aizpilda, drukājot nozīti</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>&amp;Piekrišana:</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data given</source>
        <translation>Piekrišana personas datu apstrādei saņemta</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>saņemta</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Piekrišanas datums</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Piekrišanas veids</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Jaunāks par 18</translation>
    </message>
    <message>
        <source>&amp;Under 18 (consent given by a parent)</source>
        <translation>&amp;Jaunāks par 18 (piekrišanu dod vecāks)</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>P&amp;iezīmes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Surname</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Tēvvārds</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Struktūrvienība</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Nozīmītes kods</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Piekrišanas datums</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Piekrišanas veids</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Nepilngadīgais</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ievadīts</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Pēdējās izmaiņas</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Dati dzēsti</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pirmā diena</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Pēdējā diena</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Pieteikts</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testi</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Maksimālie punkti</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Atsauksmes</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Ieteiktu citiem (0–10)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentārs</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Iesniegts</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikāti</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izsniegts</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulēts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekts</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Sīkāka informācija</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>Gaidīšanas sarakstā</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atcelts</translation>
    </message>
    <message>
        <source>Moved to another session</source>
        <translation>Pārcelts uz citu nodarbību</translation>
    </message>
    <message>
        <source>Replaced by a colleague</source>
        <translation>Aizstāts ar kolēģi</translation>
    </message>
    <message>
        <source>Before the training</source>
        <translation>Pirms apmācības</translation>
    </message>
    <message>
        <source>After the training</source>
        <translation>Pēc apmācības</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>Izstrādē</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Uzsākts</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>Tiek īstenots</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Pasūtītājs</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Komandas dalībnieks</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cilvēks</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Checking the rows against the database…</source>
        <translation>Rindas tiek salīdzinātas ar datubāzi…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Rindu pārbaude…</translation>
    </message>
    <message>
        <source>Will be imported: {imported} · with warnings: {warnings} · with errors: {errors} · skipped: {skipped}</source>
        <translation>Tiks importēts: {imported} · ar brīdinājumiem: {warnings} · ar kļūdām: {errors} · izlaists: {skipped}</translation>
    </message>
    <message>
        <source>No row can be imported. Go back and check the columns, or correct the file and choose it again.</source>
        <translation>Nevienu rindu nevar importēt. Atgriezieties un pārbaudiet kolonnas vai izlabojiet failu un izvēlieties to vēlreiz.</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Tēvvārds</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Struktūrvienība</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Izlaista: {reason}</translation>
    </message>
    <message>
        <source>Error: {problems}</source>
        <translation>Kļūda: {problems}</translation>
    </message>
    <message>
        <source>Warning: {problems}</source>
        <translation>Brīdinājums: {problems}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Netiks importēta</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>Tiks importēta</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (jauna)</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Improvement projects that organisations start after the training: sponsor, leader and team, dates, and effects measured from the baseline to the target and the actual result.</source>
        <translation>Uzlabojumu projekti, ko organizācijas uzsāk pēc apmācības: pasūtītājs, vadītājs un komanda, termiņi un efekti no sākotnējās vērtības līdz mērķim un faktiskajam rezultātam.</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>Nepabeigtie projekti</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <source>What the centre reports: people trained by category, organisation and factory, plan against fact, feedback scores and projects; session reports for each group.</source>
        <translation>Centra pārskati: apmācītie pēc kategorijām, organizācijām un fabrikām, plāns pret faktu, atsauksmju vērtējumi un projekti; katras grupas nodarbības pārskats.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Notikušās nodarbības</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Izsniegtie sertifikāti</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>Nepabeigtie projekti</translation>
    </message>
    <message>
        <source>Factories</source>
        <translation>Fabrikas</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>New people added: {count}</source>
        <translation>Pievienoti jauni cilvēki: {count}</translation>
    </message>
    <message>
        <source>Already in the database, not added again: {count}</source>
        <translation>Jau bija datubāzē, atkārtoti nav pievienoti: {count}</translation>
    </message>
    <message>
        <source>New organisations added: {count}</source>
        <translation>Pievienotas jaunas organizācijas: {count}</translation>
    </message>
    <message>
        <source>Put into the waiting pool: {count}</source>
        <translation>Pievienoti gaidītāju sarakstam: {count}</translation>
    </message>
    <message>
        <source>Rows not imported: {count}</source>
        <translation>Neimportētas rindas: {count}</translation>
    </message>
    <message>
        <source>Enrolled in the session {date} {programme}: {count}</source>
        <translation>Pieteikti nodarbībai {date} “{programme}”: {count}</translation>
    </message>
    <message>
        <source>On its waiting list, the group being full: {count}</source>
        <translation>Nodarbības rindā (grupa pilna): {count}</translation>
    </message>
    <message>
        <source>Already enrolled there before: {count}</source>
        <translation>Jau bija pieteikti šai nodarbībai: {count}</translation>
    </message>
    <message>
        <source>{name} - import report</source>
        <translation>{name} - importa pārskats</translation>
    </message>
    <message>
        <source>import report</source>
        <translation>importa pārskats</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Importa pārskata saglabāšana</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel darbgrāmata (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV fails (*.csv)</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Pārskata saglabāšana…</translation>
    </message>
    <message>
        <source>The report is saved: {file}</source>
        <translation>Pārskats saglabāts: {file}</translation>
    </message>
    <message>
        <source>The report was not saved: {reason}</source>
        <translation>Pārskats netika saglabāts: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
    <message>
        <source>Groups of 12–16 people on a programme at one of your factories, on one or more days: plan them on dates, enrol people, and follow each group until its report is done.</source>
        <translation>12–16 cilvēku grupas, kas vienā vai vairākās dienās apgūst programmu kādā no jūsu fabrikām: plānojiet tās pa datumiem, pierakstiet dalībniekus un sekojiet katrai grupai līdz gatavam pārskatam.</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Gaidāmās nodarbības</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Notikušās nodarbības</translation>
    </message>
    <message>
        <source>Sessions in total</source>
        <translation>Nodarbības kopā</translation>
    </message>
    <message>
        <source>Factories</source>
        <translation>Fabrikas</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The language could not be saved for the next start ({reason}); it applies until you close Factory Desk.</source>
        <translation>Valodas izvēli nevarēja saglabāt nākamajai palaišanai ({reason}); tā ir spēkā, līdz aizverat Factory Desk.</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistēmas ({language})</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Neviena datubāze nav atvērta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>How Factory Desk works on this computer: the interface language, the database it opens and where it keeps its files.</source>
        <translation>Kā Factory Desk darbojas šajā datorā: saskarnes valoda, atveramā datubāze un mapes, kurās glabājas tā faili.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Saskarnes valoda</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>The whole window changes language at once. Certificates and other documents keep the language chosen for them.</source>
        <translation>Viss logs maina valodu uzreiz. Sertifikāti un citi dokumenti saglabā tiem izvēlēto valodu.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datubāze</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Pašlaik atvērta:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Atvērt citu datubāzi…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Izveidot jaunu datubāzi…</translation>
    </message>
    <message>
        <source>Folders on this computer</source>
        <translation>Mapes šajā datorā</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Dati:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Žurnāli:</translation>
    </message>
    <message>
        <source>Your preferences:</source>
        <translation>Jūsu iestatījumi:</translation>
    </message>
</context>
</TS>
