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
    <name>AddPeopleDialog</name>
    <message>
        <source>«{programme}», {date}, {factory}: {enrolled} of {max} places taken, {waiting} waiting.</source>
        <translation>“{programme}”, {date}, {factory}: aizņemtas vietas — {enrolled} no {max}, gaidīšanas sarakstā — {waiting}.</translation>
    </message>
    <message>
        <source>Nobody is waiting in the pool for this programme.</source>
        <translation>Gaidītāju sarakstā uz šo programmu neviena nav.</translation>
    </message>
    <message>
        <source>already in this session</source>
        <translation>jau ir šajā nodarbībā</translation>
    </message>
    <message>
        <source>Tick the people to enrol.</source>
        <translation>Atzīmējiet cilvēkus, kurus pieteikt.</translation>
    </message>
    <message>
        <source>Ticked: {n}</source>
        <translation>Atzīmēti: {n}</translation>
    </message>
    <message>
        <source>Places: {places}; on the waiting list: {waiting}.</source>
        <translation>Vietu saņems: {places}; gaidīšanas sarakstā: {waiting}.</translation>
    </message>
    <message>
        <source>&amp;Enrol ({n})</source>
        <translation>&amp;Pieteikt ({n})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Some of these people cannot simply be enrolled:</source>
        <translation>Dažus no šiem cilvēkiem nevar vienkārši pieteikt:</translation>
    </message>
    <message>
        <source>Enrol the others only</source>
        <translation>Pieteikt tikai pārējos</translation>
    </message>
    <message>
        <source>Enrol everyone anyway…</source>
        <translation>Tomēr pieteikt visus…</translation>
    </message>
    <message>
        <source>Enrolled: {n}</source>
        <translation>Pieteikti: {n}</translation>
    </message>
    <message>
        <source>on the waiting list: {n}</source>
        <translation>gaidīšanas sarakstā: {n}</translation>
    </message>
    <message>
        <source>already there: {n}</source>
        <translation>jau bija pieteikti: {n}</translation>
    </message>
    <message>
        <source>not enrolled: {n}</source>
        <translation>nav pieteikti: {n}</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Personas izvēle</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Izvēlēties</translation>
    </message>
    <message>
        <source>Add people to the session</source>
        <translation>Cilvēku pievienošana nodarbībai</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>Pēc &amp;vārda</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Surname, first name or patronymic</source>
        <translation>Uzvārds, vārds vai tēvvārds</translation>
    </message>
    <message>
        <source>The person is not in the register yet: add them with what you typed, then they are chosen here</source>
        <translation>Šīs personas reģistrā vēl nav: pievienojiet to ar ievadītajiem datiem, un pēc tam tā tiks izvēlēta šeit</translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation>&amp;Jauna persona…</translation>
    </message>
    <message>
        <source>Tick the people to enrol; Space ticks the current one</source>
        <translation>Atzīmējiet pieteicamos cilvēkus; atstarpes taustiņš atzīmē pašreizējo</translation>
    </message>
    <message>
        <source>By &amp;organisation</source>
        <translation>Pēc &amp;organizācijas</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizācija:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Atzīmēt vis&amp;us</translation>
    </message>
    <message>
        <source>From the waiting &amp;pool</source>
        <translation>No gaidītāju &amp;saraksta</translation>
    </message>
    <message>
        <source>People organisations sent for this programme (or for any) who are not yet in a group.</source>
        <translation>Cilvēki, kurus organizācijas pieteikušas šai programmai (vai jebkurai), bet kuri vēl nav nevienā grupā.</translation>
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
    <name>AttachDialog</name>
    <message>
        <source>Kind of {file}</source>
        <translation>Faila {file} veids</translation>
    </message>
    <message>
        <source>Add a file to the project</source>
        <translation>Pievienot failu projektam</translation>
    </message>
    <message>
        <source>{file} ({size})</source>
        <translation>{file} ({size})</translation>
    </message>
    <message>
        <source>Add files to the project</source>
        <translation>Pievienot failus projektam</translation>
    </message>
    <message>
        <source>What is each file? The kind is guessed from its name; change it where the guess is wrong.</source>
        <translation>Kas ir katrs fails? Veids noteikts pēc faila nosaukuma; izlabojiet to, ja tas noteikts nepareizi.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Pievienots</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>{size} B</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Reading the photos…</source>
        <translation>Nolasa fotoattēlus…</translation>
    </message>
    <message>
        <source>Before: {file}</source>
        <translation>Pirms: {file}</translation>
    </message>
    <message>
        <source>After: {file}</source>
        <translation>Pēc: {file}</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Nolasa fotoattēlu…</translation>
    </message>
    <message>
        <source>Add files to the project</source>
        <translation>Pievienot failus projektam</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>Adding the files…</source>
        <translation>Pievieno failus…</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Failu {file} neizdevās nolasīt: {reason}</translation>
    </message>
    <message>
        <source>Added: {files}.</source>
        <translation>Pievienots: {files}.</translation>
    </message>
    <message>
        <source>No program to open {file} was found on this computer. A copy is in {path}.</source>
        <translation>Šajā datorā nav atrasta programma, ar ko atvērt {file}. Kopija ir saglabāta šeit: {path}.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Atver {file}…</translation>
    </message>
    <message>
        <source>Save a copy of {file}</source>
        <translation>Saglabāt {file} kopiju</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Saglabāts: {file}.</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Saglabā {file}…</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Dzēst failu</translation>
    </message>
    <message>
        <source>Delete {file} ({kind}) from the project? It is kept only in the database: save a copy first if it may be needed.</source>
        <translation>Dzēst {file} ({kind}) no projekta? Fails glabājas tikai datubāzē: ja tas vēl var noderēt, vispirms saglabājiet kopiju.</translation>
    </message>
    <message>
        <source>{file} is deleted.</source>
        <translation>Fails {file} dzēsts.</translation>
    </message>
    <message>
        <source>Drag files here to add them; at most {limit} MB each.</source>
        <translation>Ievelciet failus šeit, lai tos pievienotu; katrs ne vairāk kā {limit} MB.</translation>
    </message>
    <message>
        <source>Drag files here to add them.</source>
        <translation>Ievelciet failus šeit, lai tos pievienotu.</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Pievienot failu…</translation>
    </message>
    <message>
        <source>Open the chosen file in the program this computer uses for it</source>
        <translation>Atvērt izvēlēto failu programmā, ko šis dators izmanto šādiem failiem</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <source>Save a copy of the chosen file</source>
        <translation>Saglabāt izvēlētā faila kopiju</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Saglabāt kā…</translation>
    </message>
    <message>
        <source>Delete the chosen file from the project</source>
        <translation>Dzēst izvēlēto failu no projekta</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>&amp;Training days</source>
        <translation>Nodarbību &amp;dienas</translation>
    </message>
    <message>
        <source>Sessions of the last and the next seven days. Enter or a double-click opens the session&apos;s training day: attendance, rounds, tests and feedback.</source>
        <translation>Pēdējo un nākamo septiņu dienu nodarbības. Enter vai dubultklikšķis atver nodarbības dienu: apmeklējums, raundi, testi un atsauksmes.</translation>
    </message>
    <message>
        <source>Sessions around today</source>
        <translation>Nesenās un tuvākās nodarbības</translation>
    </message>
    <message>
        <source>No sessions in the last and the next seven days.</source>
        <translation>Pēdējās un nākamajās septiņās dienās nodarbību nav.</translation>
    </message>
    <message>
        <source>&amp;Open the training day</source>
        <translation>&amp;Atvērt nodarbības dienu</translation>
    </message>
    <message>
        <source>Attendance &amp;statuses</source>
        <translation>Apmeklējuma &amp;statusi</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Day {n} — {date}</source>
        <translation>{n}. diena — {date}</translation>
    </message>
    <message>
        <source>not marked {n}</source>
        <translation>nav atzīmēti {n}</translation>
    </message>
    <message>
        <source>This session was cancelled: nothing can be recorded for it.</source>
        <translation>Šī nodarbība ir atcelta: tai neko nevar reģistrēt.</translation>
    </message>
    <message>
        <source>This session was closed on {date} at {time} by {user}: its marks can no longer be changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Nodarbību {date} plkst. {time} slēdza {user}: atzīmes vairs nevar mainīt. Koordinators to var atvērt no jauna, norādot iemeslu.</translation>
    </message>
    <message>
        <source>This session was closed on {date} at {time}: its marks can no longer be changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Nodarbība slēgta {date} plkst. {time}: atzīmes vairs nevar mainīt. Koordinators to var atvērt no jauna, norādot iemeslu.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Vispirms izvēlieties personu sarakstā.</translation>
    </message>
    <message>
        <source>{status}: a note for {name} (for example, which document was shown):</source>
        <translation>{status} — {name}: piezīme (piemēram, kāds dokuments tika uzrādīts):</translation>
    </message>
    <message>
        <source>Not marked: “{status}” needs a note.</source>
        <translation>Nav atzīmēts: statusam “{status}” vajadzīga piezīme.</translation>
    </message>
    <message>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <source>{name}: the mark was removed.</source>
        <translation>{name}: atzīme noņemta.</translation>
    </message>
    <message>
        <source>Everyone already has a mark: nothing was changed.</source>
        <translation>Visiem jau ir atzīme: nekas netika mainīts.</translation>
    </message>
    <message>
        <source>{n} people without a mark were marked present.</source>
        <translation>Kā klātesoši atzīmēti visi, kam nebija atzīmes: {n}.</translation>
    </message>
    <message>
        <source>Undone: {n} marks as they were before.</source>
        <translation>Atsaukts: atjaunotas iepriekšējās atzīmes ({n}).</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Atsaukts.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saglabāts plkst. {time}</translation>
    </message>
    <message>
        <source>{name} is already marked: {status}.</source>
        <translation>{name}: atzīme jau ir — {status}.</translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation>Noņemt atzīmi</translation>
    </message>
    <message>
        <source>Who came instead of {name}?</source>
        <translation>Kas ieradās personas {name} vietā?</translation>
    </message>
    <message>
        <source>Replaced {name} on the day of the training</source>
        <translation>Personas {name} aizstāšana nodarbības dienā</translation>
    </message>
    <message>
        <source>{new} takes the place of {old} and is marked present.</source>
        <translation>{new} aizstāj personu {old}, atzīme — “Klātesošs”.</translation>
    </message>
    <message>
        <source>The session cannot be closed yet: {n} people have no mark ({names}). Mark them, or use “Mark the rest present”.</source>
        <translation>Nodarbību vēl nevar slēgt: bez atzīmes — {n} ({names}). Atzīmējiet viņus vai izmantojiet “Pārējie ir klātesoši”.</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Slēgt nodarbību</translation>
    </message>
    <message>
        <source>Close the session? Its marks can no longer be changed afterwards (a coordinator can reopen it).

Eligible for a certificate: {eligible} of {count}.</source>
        <translation>Slēgt nodarbību? Pēc tam atzīmes vairs nevarēs mainīt (koordinators to var atvērt no jauna).

Sertifikātu saņem: {eligible} no {count}.</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>Sertifikātu nesaņem:</translation>
    </message>
    <message>
        <source>{name} — {why}</source>
        <translation>{name} — {why}</translation>
    </message>
    <message>
        <source>Eligible: {names}.</source>
        <translation>Sertifikātu saņem: {names}.</translation>
    </message>
    <message>
        <source>&amp;Close the session</source>
        <translation>&amp;Slēgt nodarbību</translation>
    </message>
    <message>
        <source>The session is closed: {eligible} of {count} people are eligible for a certificate.</source>
        <translation>Nodarbība slēgta: sertifikātu saņem {eligible} no {count}.</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>Atvērt nodarbību no jauna</translation>
    </message>
    <message>
        <source>Why is the closed session reopened? The reason is kept in the audit log with your name:</source>
        <translation>Kāpēc slēgtā nodarbība tiek atvērta no jauna? Iemesls tiks saglabāts izmaiņu žurnālā kopā ar jūsu vārdu:</translation>
    </message>
    <message>
        <source>The session stays closed: a reason is needed to reopen it.</source>
        <translation>Nodarbība paliek slēgta: lai to atvērtu no jauna, jānorāda iemesls.</translation>
    </message>
    <message>
        <source>The session is open for changes again; every change is kept in the audit log.</source>
        <translation>Nodarbība atkal atvērta izmaiņām; katra izmaiņa tiek saglabāta izmaiņu žurnālā.</translation>
    </message>
    <message>
        <source>By a &amp;registered person…</source>
        <translation>Ar personu no &amp;reģistra…</translation>
    </message>
    <message>
        <source>By a &amp;new person…</source>
        <translation>Ar &amp;jaunu personu…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diena:</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Nodarbības diena</translation>
    </message>
    <message>
        <source>Scan a badge or find a name</source>
        <translation>Nozīmītes skenēšana vai vārda meklēšana</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name to find it…</source>
        <translation>Noskenējiet nozīmīti vai ierakstiet vārdu, lai to atrastu…</translation>
    </message>
    <message>
        <source>People and their marks</source>
        <translation>Cilvēki un viņu atzīmes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Atsa&amp;ukt</translation>
    </message>
    <message>
        <source>Undo the last mark (Ctrl+Z), one by one</source>
        <translation>Atsaukt pēdējo atzīmi (Ctrl+Z), pa vienai</translation>
    </message>
    <message>
        <source>Mark the &amp;rest present</source>
        <translation>&amp;Pārējie ir klātesoši</translation>
    </message>
    <message>
        <source>Everyone without a mark is marked present; marks already made stay as they are</source>
        <translation>Visi bez atzīmes tiek atzīmēti kā klātesoši; jau veiktās atzīmes paliek nemainīgas</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Bez pieteikuma…</translation>
    </message>
    <message>
        <source>Someone came who is not on the list: add them and mark them present</source>
        <translation>Ieradies kāds, kura nav sarakstā: pievienot un atzīmēt kā klātesošu</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>Ai&amp;zstāt…</translation>
    </message>
    <message>
        <source>A colleague came instead of the selected person</source>
        <translation>Izvēlētās personas vietā ieradās kolēģis</translation>
    </message>
    <message>
        <source>&amp;Close the session…</source>
        <translation>&amp;Slēgt nodarbību…</translation>
    </message>
    <message>
        <source>Lock the marks and see who is eligible for a certificate</source>
        <translation>Fiksēt atzīmes un redzēt, kas saņem sertifikātu</translation>
    </message>
    <message>
        <source>Reope&amp;n…</source>
        <translation>Atvērt no &amp;jauna…</translation>
    </message>
    <message>
        <source>Open the closed session for changes again (coordinators, with a reason)</source>
        <translation>Atkal atvērt slēgto nodarbību izmaiņām (koordinatoriem, norādot iemeslu)</translation>
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
    <name>CalendarFile</name>
    <message>
        <source>(day {n} of {days})</source>
        <translation>({n}. diena no {days})</translation>
    </message>
    <message>
        <source>Trainers: {names}</source>
        <translation>Treneri: {names}</translation>
    </message>
    <message>
        <source>Enrolled: {enrolled} of {max_group} (at least {min_group})</source>
        <translation>Pieteikti: {enrolled} no {max_group} (vismaz {min_group})</translation>
    </message>
    <message>
        <source>, {n} waiting</source>
        <translation>, gaida: {n}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statuss: {status}</translation>
    </message>
    <message>
        <source>Session No. {id}</source>
        <translation>Nodarbība Nr. {id}</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Save a calendar file</source>
        <translation>Kalendāra faila saglabāšana</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalendāra fails (*.ics)</translation>
    </message>
    <message>
        <source>Saved the calendar file {file}.</source>
        <translation>Kalendāra fails {file} saglabāts.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Raksta kalendāra failu…</translation>
    </message>
    <message>
        <source>session-{id}.ics</source>
        <translation>nodarbiba-{id}.ics</translation>
    </message>
    <message>
        <source>There is no factory yet: add one on the Factories tab.</source>
        <translation>Vēl nav nevienas fabrikas: pievienojiet to cilnē “Fabrikas”.</translation>
    </message>
    <message>
        <source>A factory&apos;s plan</source>
        <translation>Fabrikas plāns</translation>
    </message>
    <message>
        <source>The sessions of which factory, from {first} to {last}?</source>
        <translation>Kuras fabrikas nodarbības no {first} līdz {last}?</translation>
    </message>
    <message>
        <source>plan {name}.ics</source>
        <translation>plans {name}.ics</translation>
    </message>
    <message>
        <source>There is no trainer yet: add one on the Trainers tab.</source>
        <translation>Vēl nav neviena trenera: pievienojiet to cilnē “Treneri”.</translation>
    </message>
    <message>
        <source>A trainer&apos;s schedule</source>
        <translation>Trenera grafiks</translation>
    </message>
    <message>
        <source>The sessions of which trainer, from {first} to {last}?</source>
        <translation>Kura trenera nodarbības no {first} līdz {last}?</translation>
    </message>
    <message>
        <source>schedule {name}.ics</source>
        <translation>grafiks {name}.ics</translation>
    </message>
</context>
<context>
    <name>CalendarListModel</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
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
        <source>Trainers</source>
        <translation>Treneri</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Pieteikti</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Gaida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>{enrolled} of {max}, {waiting} waiting</source>
        <translation>{enrolled} no {max}, gaida: {waiting}</translation>
    </message>
    <message>
        <source>{enrolled} of {max}</source>
        <translation>{enrolled} no {max}</translation>
    </message>
    <message>
        <source>{programme} (day {n} of {days})</source>
        <translation>{programme} ({n}. diena no {days})</translation>
    </message>
    <message>
        <source>Trainers: {names}</source>
        <translation>Treneri: {names}</translation>
    </message>
    <message>
        <source>Enrolled: {fill} (at least {min})</source>
        <translation>Pieteikti: {fill} (vismaz {min})</translation>
    </message>
    <message>
        <source>Under the minimum: {n} more needed</source>
        <translation>Zem minimuma: vajag vēl {n}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statuss: {status}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>All factories</source>
        <translation>Visas fabrikas</translation>
    </message>
    <message>
        <source>The previous month or week (Page Up)</source>
        <translation>Iepriekšējais mēnesis vai nedēļa (Page Up)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Iepriekšējais periods</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Pāriet uz šodienu (Home)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Šodien</translation>
    </message>
    <message>
        <source>The next month or week (Page Down)</source>
        <translation>Nākamais mēnesis vai nedēļa (Page Down)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nākamais periods</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>A month: six weeks of days</source>
        <translation>Mēnesis: sešas nedēļas pa dienām</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mēnesis</translation>
    </message>
    <message>
        <source>A week, with trainers and fill</source>
        <translation>Nedēļa ar treneriem un grupu aizpildījumu</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Nedēļa</translation>
    </message>
    <message>
        <source>The month&apos;s sessions as a table</source>
        <translation>Mēneša nodarbības tabulas veidā</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Saraksts</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Fabrika:</translation>
    </message>
    <message>
        <source>Show the sessions of</source>
        <translation>Rādīt fabrikas nodarbības</translation>
    </message>
    <message>
        <source>Sessions of the month</source>
        <translation>Mēneša nodarbības</translation>
    </message>
</context>
<context>
    <name>CertificateBatch</name>
    <message>
        <source>Their data were erased on request: no name to print.</source>
        <translation>Dati dzēsti pēc pieprasījuma: nav vārda, ko drukāt.</translation>
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
        <source>Why not</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikāts</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>«{programme}», {date}, {factory}</source>
        <translation>“{programme}”, {date}, {factory}</translation>
    </message>
    <message>
        <source>Certificates: {programme}, {date}</source>
        <translation>Sertifikāti: {programme}, {date}</translation>
    </message>
    <message>
        <source>Will receive ({count})</source>
        <translation>Saņems ({count})</translation>
    </message>
    <message>
        <source>Will not receive ({count})</source>
        <translation>Nesaņems ({count})</translation>
    </message>
    <message>
        <source>Already hold one ({count})</source>
        <translation>Jau saņēmuši ({count})</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (noklusējums)</translation>
    </message>
    <message>
        <source>This session was cancelled: it has no certificates.</source>
        <translation>Šī nodarbība ir atcelta: sertifikātu tai nav.</translation>
    </message>
    <message>
        <source>The attendance of this session is not closed yet. Certificates are issued once it is: open the training day (Training day… in the session window) and close the session there (Close the session…); then come back here.</source>
        <translation>Šīs nodarbības apmeklējums vēl nav slēgts. Sertifikātus izsniedz pēc tā slēgšanas: atveriet nodarbības dienu (“Nodarbības diena…” nodarbības logā), slēdziet tur nodarbību (“Slēgt nodarbību…”) un tad atgriezieties šeit.</translation>
    </message>
    <message>
        <source>&amp;Issue {count} certificates</source>
        <translation>&amp;Izsniegt sertifikātus ({count})</translation>
    </message>
    <message>
        <source>&amp;Issue certificates</source>
        <translation>&amp;Izsniegt sertifikātus</translation>
    </message>
    <message>
        <source>Issue &amp;the other {count}, leave out {left}</source>
        <translation>Izsniegt &amp;pārējiem ({count}), atlikt ({left})</translation>
    </message>
    <message>
        <source>The certificate font cannot print some characters of these texts: they would show as empty boxes. Go back and correct them in the People register, or issue the others now and these people later.</source>
        <translation>Sertifikāta fontā nav dažu šo tekstu rakstzīmju: to vietā būtu tukši kvadrātiņi. Atgriezieties un izlabojiet tās cilvēku reģistrā vai izsniedziet sertifikātus pārējiem tagad, bet šiem cilvēkiem — vēlāk.</translation>
    </message>
    <message>
        <source>The certificate font cannot print some characters of these texts: they would show as empty boxes. Correct them (in the People register, the design, the programme or the factory) before issuing.</source>
        <translation>Sertifikāta fontā nav dažu šo tekstu rakstzīmju: to vietā būtu tukši kvadrātiņi. Pirms izsniegšanas izlabojiet tās (cilvēku reģistrā, maketā, programmā vai fabrikas datos).</translation>
    </message>
    <message>
        <source>{text} — {chars}</source>
        <translation>{text} — {chars}</translation>
    </message>
    <message>
        <source>Issuing the certificates…</source>
        <translation>Sertifikātu izsniegšana…</translation>
    </message>
    <message>
        <source>Issuing {count} certificates…</source>
        <translation>Sertifikātu izsniegšana ({count})…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} no {total}</translation>
    </message>
    <message>
        <source>{count} certificates were issued: {first} – {last}.</source>
        <translation>Izsniegti sertifikāti: {count} ({first} – {last}).</translation>
    </message>
    <message>
        <source>1 certificate was issued: {number}.</source>
        <translation>Izsniegts 1 sertifikāts: {number}.</translation>
    </message>
    <message>
        <source>Nobody was issued a certificate: everyone eligible already holds one.</source>
        <translation>Neviens sertifikāts netika izsniegts: visiem, kas to saņem, tas jau ir.</translation>
    </message>
    <message>
        <source>Passed over: {names}.</source>
        <translation>Izlaisti: {names}.</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Certificates «{programme}» {date}</source>
        <translation>Sertifikāti “{programme}” {date}</translation>
    </message>
    <message>
        <source>Save the certificates as a ZIP file</source>
        <translation>Saglabāt sertifikātus ZIP arhīvā</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP arhīvs (*.zip)</translation>
    </message>
    <message>
        <source>{count} certificates were saved, one PDF each, in {file}.</source>
        <translation>Saglabāti sertifikāti: {count} (katrs atsevišķā PDF) failā {file}.</translation>
    </message>
    <message>
        <source>Saving the ZIP file…</source>
        <translation>ZIP arhīva saglabāšana…</translation>
    </message>
    <message>
        <source>Certificates of the session</source>
        <translation>Nodarbības sertifikāti</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Makets:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>Will receive</source>
        <translation>Saņems</translation>
    </message>
    <message>
        <source>Will receive a certificate</source>
        <translation>Saņems sertifikātu</translation>
    </message>
    <message>
        <source>Will not receive</source>
        <translation>Nesaņems</translation>
    </message>
    <message>
        <source>Will not receive a certificate</source>
        <translation>Nesaņems sertifikātu</translation>
    </message>
    <message>
        <source>Already hold one</source>
        <translation>Jau saņēmuši</translation>
    </message>
    <message>
        <source>Already hold a certificate</source>
        <translation>Jau saņēmuši sertifikātu</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>Atpa&amp;kaļ</translation>
    </message>
    <message>
        <source>Issue &amp;anyway</source>
        <translation>Izsniegt &amp;tomēr</translation>
    </message>
    <message>
        <source>&amp;Cancel issuing</source>
        <translation>Atcelt izsnie&amp;gšanu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Saglabāt PDF…</translation>
    </message>
    <message>
        <source>Save &amp;ZIP…</source>
        <translation>Saglabāt &amp;ZIP…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Izsniegt</translation>
    </message>
</context>
<context>
    <name>CertificateDesign</name>
    <message>
        <source>Russian</source>
        <translation>Krievu</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Latviešu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angļu</translation>
    </message>
    <message>
        <source>Russian and English</source>
        <translation>Krievu un angļu</translation>
    </message>
    <message>
        <source>Latvian and English</source>
        <translation>Latviešu un angļu</translation>
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
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Hours, with the unit</source>
        <translation>Stundas (ar mērvienību)</translation>
    </message>
    <message>
        <source>Date of the training</source>
        <translation>Mācību datums</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>Factory&apos;s address</source>
        <translation>Fabrikas adrese</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Sertifikāta numurs</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ainava</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrets</translation>
    </message>
    <message>
        <source>{chars} in “{text}”</source>
        <translation>{chars} tekstā “{text}”</translation>
    </message>
    <message>
        <source>and {count} more texts</source>
        <translation>un vēl citi teksti: {count}</translation>
    </message>
    <message>
        <source>The certificate font cannot print these characters; they would show as empty boxes: {list}.</source>
        <translation>Šo rakstzīmju sertifikāta fontā nav, to vietā būtu tukši kvadrātiņi: {list}.</translation>
    </message>
    <message>
        <source>{{{field}}} — {words}</source>
        <translation>{{{field}}} — {words}</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikāti</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Reģistrs</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Fabrika:</translation>
    </message>
    <message>
        <source>Show the certificates of one factory</source>
        <translation>Rādīt vienas fabrikas sertifikātus</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Gads:</translation>
    </message>
    <message>
        <source>Show the certificates of one year</source>
        <translation>Rādīt viena gada sertifikātus</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatuss:</translation>
    </message>
    <message>
        <source>Show issued or voided certificates</source>
        <translation>Rādīt izsniegtos vai anulētos sertifikātus</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Mek&amp;lēt:</translation>
    </message>
    <message>
        <source>Find certificates by number or name</source>
        <translation>Atrast sertifikātus pēc numura vai vārda</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Numurs vai vārds</translation>
    </message>
    <message>
        <source>The register of certificates</source>
        <translation>Sertifikātu reģistrs</translation>
    </message>
    <message>
        <source>The selected certificate</source>
        <translation>Izvēlētais sertifikāts</translation>
    </message>
    <message>
        <source>Print the selected certificate again, as it was issued, marked as a duplicate</source>
        <translation>Vēlreiz izdrukāt izvēlēto sertifikātu tādu, kāds tas tika izsniegts, ar atzīmi “Dublikāts”</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>Atkārtota &amp;izdruka</translation>
    </message>
    <message>
        <source>Void the selected certificate with a reason; its number is never given again</source>
        <translation>Anulēt izvēlēto sertifikātu, norādot iemeslu; tā numurs vairs nekad netiek piešķirts</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>&amp;Anulēt…</translation>
    </message>
    <message>
        <source>Save the certificates the filters show as an Excel or CSV file</source>
        <translation>Saglabāt filtros atlasītos sertifikātus Excel vai CSV failā</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Eksportēt uz Excel…</translation>
    </message>
    <message>
        <source>Check the QR code of a certificate: genuine, altered or voided</source>
        <translation>Pārbaudīt sertifikāta QR kodu: īsts, mainīts vai anulēts</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>Pār&amp;baudīt…</translation>
    </message>
    <message>
        <source>Save the centre&apos;s public key, with which others can verify its certificates</source>
        <translation>Saglabāt centra publisko atslēgu, ar kuru citi var pārbaudīt tā sertifikātus</translation>
    </message>
    <message>
        <source>Export the public &amp;key…</source>
        <translation>Eksportēt publis&amp;ko atslēgu…</translation>
    </message>
    <message>
        <source>How each factory numbers its certificates, year by year (for example КИР-2026-00042)</source>
        <translation>Kā katra fabrika numurē savus sertifikātus pa gadiem (piemēram, KIR-2026-00042)</translation>
    </message>
    <message>
        <source>&amp;Numbering…</source>
        <translation>&amp;Numerācija…</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Makets</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <source>Print a duplicate of the selected certificate</source>
        <translation>Izdrukāt izvēlētā sertifikāta dublikātu</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Save a duplicate of the selected certificate as a PDF file</source>
        <translation>Saglabāt izvēlētā sertifikāta dublikātu kā PDF failu</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Atvērt PDF skatītājā</translation>
    </message>
    <message>
        <source>Open a duplicate of the selected certificate in the PDF viewer</source>
        <translation>Atvērt izvēlētā sertifikāta dublikātu PDF skatītājā</translation>
    </message>
    <message>
        <source>Issued and voided</source>
        <translation>Izsniegtie un anulētie</translation>
    </message>
    <message>
        <source>All factories</source>
        <translation>Visas fabrikas</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Visi gadi</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} st.</translation>
    </message>
    <message>
        <source>Issued {date} at {time}</source>
        <translation>Izsniegts {date} plkst. {time}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>(lietotājs: {user})</translation>
    </message>
    <message>
        <source>Prints: {count}.</source>
        <translation>Izdruku skaits: {count}.</translation>
    </message>
    <message>
        <source>SHA-256 of the issued PDF: {digest}</source>
        <translation>Izsniegtā PDF SHA-256: {digest}</translation>
    </message>
    <message>
        <source>The certificate {number} was voided: it cannot be printed again.</source>
        <translation>Sertifikāts {number} ir anulēts: to nevar izdrukāt atkārtoti.</translation>
    </message>
    <message>
        <source>Making a duplicate of certificate {number}…</source>
        <translation>Sertifikāta {number} dublikāta izveide…</translation>
    </message>
    <message>
        <source>A duplicate of certificate {number} was made (print {count}).</source>
        <translation>Sertifikāta {number} dublikāts izveidots ({count}. izdruka).</translation>
    </message>
    <message>
        <source>The design&apos;s pictures {names} changed since it was issued: today&apos;s were used.</source>
        <translation>Maketa attēli {names} kopš sertifikāta izsniegšanas ir mainīti: izmantoti pašreizējie.</translation>
    </message>
    <message>
        <source>{name} (duplicate)</source>
        <translation>{name} (dublikāts)</translation>
    </message>
    <message>
        <source>Certificate {number} (duplicate)</source>
        <translation>Sertifikāts {number} (dublikāts)</translation>
    </message>
    <message>
        <source>Void a certificate</source>
        <translation>Sertifikāta anulēšana</translation>
    </message>
    <message>
        <source>Void certificate {number} of {name}?

It keeps its number, which is never given again, and its QR code will verify as voided. The person can then be issued a new certificate for the session.

Why is it voided (kept in the register)?</source>
        <translation>Anulēt sertifikātu {number} ({name})?

Tas saglabās savu numuru, kas vairs nekad netiks piešķirts, un tā QR koda pārbaude rādīs, ka sertifikāts ir anulēts. Pēc tam personai var izsniegt jaunu sertifikātu par šo nodarbību.

Anulēšanas iemesls (tiek saglabāts reģistrā):</translation>
    </message>
    <message>
        <source>Nothing was voided. {reason}</source>
        <translation>Nekas netika anulēts. {reason}</translation>
    </message>
    <message>
        <source>Certificate {number} ({name}) is voided: {reason}</source>
        <translation>Sertifikāts {number} ({name}) anulēts: {reason}</translation>
    </message>
    <message>
        <source>Export the register of certificates</source>
        <translation>Eksportēt sertifikātu reģistru</translation>
    </message>
    <message>
        <source>certificates.xlsx</source>
        <translation>sertifikati.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel darbgrāmata (*.xlsx);;CSV ar semikolu kā atdalītāju (*.csv)</translation>
    </message>
    <message>
        <source>The register was saved to {file}. Certificates in it: {count}.</source>
        <translation>Reģistrs saglabāts failā {file}. Sertifikātu skaits tajā: {count}.</translation>
    </message>
    <message>
        <source>Saving the register of certificates…</source>
        <translation>Sertifikātu reģistra saglabāšana…</translation>
    </message>
    <message>
        <source>Export the centre&apos;s public key</source>
        <translation>Eksportēt centra publisko atslēgu</translation>
    </message>
    <message>
        <source>certificate-key.pem</source>
        <translation>sertifikatu-atslega.pem</translation>
    </message>
    <message>
        <source>Public key (*.pem)</source>
        <translation>Publiskā atslēga (*.pem)</translation>
    </message>
    <message>
        <source>The centre&apos;s public key was saved to {file}. Give it to employers and anyone who checks your certificates: with it, the Verify dialog of Factory Desk (or any Ed25519 tool) tells a genuine certificate from an altered one without your database. It cannot sign certificates, so it can be shared freely; keep the database and its backups to yourself.</source>
        <translation>Centra publiskā atslēga saglabāta failā {file}. Nododiet to darba devējiem un visiem, kas pārbauda jūsu sertifikātus: ar to Factory Desk sertifikātu pārbaudes logs (vai jebkurš Ed25519 rīks) bez jūsu datubāzes atšķir īstu sertifikātu no mainīta. Ar to nevar parakstīt sertifikātus, tāpēc to var brīvi nodot citiem; datubāzi un tās rezerves kopijas gan paturiet pie sevis.</translation>
    </message>
    <message>
        <source>Saving the public key…</source>
        <translation>Publiskās atslēgas saglabāšana…</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>certificates</comment>
        <translation>
            <numerusform>Atrasts %Ln sertifikāts</numerusform>
            <numerusform>Atrasti %Ln sertifikāti</numerusform>
            <numerusform>Atrasti sertifikāti: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates: %Ln</source>
        <translation>
            <numerusform>Sertifikāti: %Ln</numerusform>
            <numerusform>Sertifikāti: %Ln</numerusform>
            <numerusform>Sertifikāti: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate matches these filters.</source>
        <translation>Neviens sertifikāts neatbilst šiem filtriem.</translation>
    </message>
    <message>
        <source>No certificates were issued yet. They are issued from a session once its attendance is closed.</source>
        <translation>Sertifikāti vēl nav izsniegti. Tos izsniedz nodarbības logā, kad tās apmeklējums ir slēgts.</translation>
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
        <source>“{value}” is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>“{value}” nav datums: rakstiet to formā GGGG-MM-DD vai DD.MM.GGGG.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day: write it as HH:MM.</source>
        <translation>“{value}” nav diennakts laiks: rakstiet to formā SS:MM.</translation>
    </message>
    <message>
        <source>--to ({last}) comes before --from ({first}).</source>
        <translation>--to ({last}) ir pirms --from ({first}).</translation>
    </message>
    <message>
        <source>No sessions from {first} to {last}.</source>
        <translation>No {first} līdz {last} nodarbību nav.</translation>
    </message>
    <message>
        <source>{dates} {hours}  «{programme}», {factory} — {status}; enrolled {enrolled} of {max}, waiting {waitlisted} (session {id})</source>
        <translation>{dates} {hours}  “{programme}”, {factory} — {status}; pieteikti {enrolled} no {max}, gaida {waitlisted} (nodarbība Nr. {id})</translation>
    </message>
    <message>
        <source>Sessions: {count}.</source>
        <translation>Nodarbības: {count}.</translation>
    </message>
    <message>
        <source>Session {id} was created.</source>
        <translation>Nodarbība Nr. {id} izveidota.</translation>
    </message>
    <message>
        <source>Session {id}: «{programme}», {factory}</source>
        <translation>Nodarbība Nr. {id}: “{programme}”, {factory}</translation>
    </message>
    <message>
        <source>Days: {dates}, {hours}</source>
        <translation>Dienas: {dates}, {hours}</translation>
    </message>
    <message>
        <source>Status: {status} ({reason})</source>
        <translation>Statuss: {status} ({reason})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statuss: {status}</translation>
    </message>
    <message>
        <source>Group: {min}–{max} people; enrolled {enrolled}, waiting {waitlisted}</source>
        <translation>Grupa: {min}–{max} cilvēki; pieteikti {enrolled}, gaida {waitlisted}</translation>
    </message>
    <message>
        <source>Trainers: {names}</source>
        <translation>Treneri: {names}</translation>
    </message>
    <message>
        <source>none assigned yet</source>
        <translation>vēl nav norīkoti</translation>
    </message>
    <message>
        <source>Enrolled:</source>
        <translation>Pieteikti:</translation>
    </message>
    <message>
        <source>Waiting list:</source>
        <translation>Gaidīšanas saraksts:</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
    <message>
        <source>Already on the waiting list: left as it was.</source>
        <translation>Jau ir gaidīšanas sarakstā: nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Already enrolled: left as it was.</source>
        <translation>Jau pieteikta: nekas netika mainīts.</translation>
    </message>
    <message>
        <source>{name} (id {id}) took a free place from the waiting list.</source>
        <translation>{name} (Nr. {id}) no gaidīšanas saraksta ieņem brīvo vietu.</translation>
    </message>
    <message>
        <source>Person {id}: refused. {reason}</source>
        <translation>Persona Nr. {id}: atteikts. {reason}</translation>
    </message>
    <message>
        <source>Person {id}: {reason}</source>
        <translation>Persona Nr. {id}: {reason}</translation>
    </message>
    <message>
        <source>Person {id}: on the waiting list, number {position}.</source>
        <translation>Persona Nr. {id}: gaidīšanas sarakstā {position}. vietā.</translation>
    </message>
    <message>
        <source>Person {id}: enrolled.</source>
        <translation>Persona Nr. {id}: pieteikta.</translation>
    </message>
    <message>
        <source>Withdrawn on request.</source>
        <translation>Atsaukts pēc personas lūguma.</translation>
    </message>
    <message>
        <source>Person {person} was withdrawn from session {id}.</source>
        <translation>Persona Nr. {person} atsaukta no nodarbības Nr. {id}.</translation>
    </message>
    <message>
        <source>{name} (id {person}) moved up from the waiting list into the place.</source>
        <translation>{name} (Nr. {person}) no gaidīšanas saraksta ieņem atbrīvoto vietu.</translation>
    </message>
    <message>
        <source>Nobody was promoted from the waiting list.</source>
        <translation>No gaidīšanas saraksta neviens netika pārcelts.</translation>
    </message>
    <message>
        <source>Session {id} is cancelled.</source>
        <translation>Nodarbība Nr. {id} atcelta.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nav atzīmēts</translation>
    </message>
    <message>
        <source>Person {id}: not marked. {reason}</source>
        <translation>Persona Nr. {id}: nav atzīmēta. {reason}</translation>
    </message>
    <message>
        <source>Person {id}: {status}.</source>
        <translation>Persona Nr. {id}: {status}.</translation>
    </message>
    <message>
        <source>Day {day} of {days}: {date}</source>
        <translation>{day}. diena no {days}: {date}</translation>
    </message>
    <message>
        <source>Closed on {date} by {user}.</source>
        <translation>Slēgta {date}, lietotājs: {user}.</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>saņem sertifikātu</translation>
    </message>
    <message>
        <source>not eligible: {why}</source>
        <translation>nesaņem sertifikātu: {why}</translation>
    </message>
    <message>
        <source>{n}. {name} (id {id}) — {status}; {verdict}</source>
        <translation>{n}. {name} (Nr. {id}) — {status}; {verdict}</translation>
    </message>
    <message>
        <source>Eligible for a certificate: {eligible} of {count}.</source>
        <translation>Sertifikātu saņem: {eligible} no {count}.</translation>
    </message>
    <message>
        <source>Session {id} is closed ({status}): {eligible} of {count} people are eligible for a certificate.</source>
        <translation>Nodarbība Nr. {id} slēgta ({status}): sertifikātu saņem {eligible} no {count}.</translation>
    </message>
    <message>
        <source>  – {name} (id {id}): {why}</source>
        <translation>  – {name} (Nr. {id}): {why}</translation>
    </message>
    <message>
        <source>Session {id} is open for changes again; the reason is in the audit log.</source>
        <translation>Nodarbība Nr. {id} atkal atvērta izmaiņām; iemesls ierakstīts izmaiņu žurnālā.</translation>
    </message>
    <message>
        <source>{name} (id {id}): {status}.</source>
        <translation>{name} (Nr. {id}): {status}.</translation>
    </message>
    <message>
        <source>{name} (id {id}) was already marked: {status}.</source>
        <translation>{name} (Nr. {id}): atzīme jau bija — {status}.</translation>
    </message>
    <message>
        <source>{login} — {role}</source>
        <translation>{login} — {role}</translation>
    </message>
    <message>
        <source>[switched off]</source>
        <translation>[atslēgts]</translation>
    </message>
    <message>
        <source>Any other login: {role}.</source>
        <translation>Jebkurš cits lietotājvārds: {role}.</translation>
    </message>
    <message>
        <source>{login} now has an account with the role “{role}”.</source>
        <translation>Izveidots konts {login} ar lomu “{role}”.</translation>
    </message>
    <message>
        <source>{login} now has the role “{role}”.</source>
        <translation>Kontam {login} piešķirta loma “{role}”.</translation>
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
        <source>{number}: {name} (id {id})</source>
        <translation>{number}: {name} (Nr. {id})</translation>
    </message>
    <message>
        <source>  – {name} (id {id}) already holds certificate {number}.</source>
        <translation>  – {name} (Nr. {id}): jau ir sertifikāts {number}.</translation>
    </message>
    <message>
        <source>  – person {id}: their data were erased; no certificate.</source>
        <translation>  – persona Nr. {id}: dati ir dzēsti; sertifikāts netiek izsniegts.</translation>
    </message>
    <message>
        <source>{count} certificates were issued and saved to {file}.</source>
        <translation>Izsniegti sertifikāti: {count}, tie saglabāti failā {file}.</translation>
    </message>
    <message>
        <source>One PDF per person: {file}.</source>
        <translation>Pa vienam PDF katrai personai: {file}.</translation>
    </message>
    <message>
        <source>Nobody was issued a certificate; no file was written.</source>
        <translation>Sertifikāts netika izsniegts nevienam; fails netika ierakstīts.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stundas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Anulēšanas iemesls</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Atslēga</translation>
    </message>
    <message>
        <source>  {label}: {value}</source>
        <translation>  {label}: {value}</translation>
    </message>
    <message>
        <source>The signature is genuine; whether the certificate was voided since can only be checked against the centre&apos;s register.</source>
        <translation>Paraksts ir īsts; vai sertifikāts kopš tā laika nav anulēts, var pārbaudīt tikai centra reģistrā.</translation>
    </message>
    <message>
        <source>A duplicate of certificate {number} (print {count}) was saved to {file}.</source>
        <translation>Sertifikāta {number} dublikāts ({count}. izdruka) saglabāts failā {file}.</translation>
    </message>
    <message>
        <source>Certificate {number} ({name}) is voided.</source>
        <translation>Sertifikāts {number} ({name}) anulēts.</translation>
    </message>
    <message>
        <source>The centre&apos;s public key ({fingerprint}) was saved to {file}.</source>
        <translation>Centra publiskā atslēga ({fingerprint}) saglabāta failā {file}.</translation>
    </message>
    <message>
        <source>issue, verify, reprint and void certificates</source>
        <translation>izsniegt, pārbaudīt, atkārtoti izdrukāt vai anulēt sertifikātus</translation>
    </message>
    <message>
        <source>number and print the certificates of a closed session&apos;s eligible people</source>
        <translation>numurēt un izdrukāt slēgtas nodarbības sertifikātus tiem, kas tos saņem</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FAILS</translation>
    </message>
    <message>
        <source>the PDF file with every certificate</source>
        <translation>PDF fails ar visiem sertifikātiem</translation>
    </message>
    <message>
        <source>also a ZIP of one PDF per person, named by number and name</source>
        <translation>arī ZIP arhīvs ar atsevišķu PDF katrai personai (faila nosaukums — numurs un vārds)</translation>
    </message>
    <message>
        <source>only this person (repeat for several)</source>
        <translation>tikai šī persona (vairākām atkārtojiet)</translation>
    </message>
    <message>
        <source>the certificate design (default: the centre&apos;s default)</source>
        <translation>sertifikāta makets (pēc noklusējuma — centra noklusējuma makets)</translation>
    </message>
    <message>
        <source>the language (default: the design&apos;s)</source>
        <translation>valoda (pēc noklusējuma — maketa valoda)</translation>
    </message>
    <message>
        <source>check the text of a certificate&apos;s QR code; exit 0 only when valid</source>
        <translation>pārbaudīt sertifikāta QR koda tekstu; izejas kods 0 tikai tad, ja sertifikāts ir derīgs</translation>
    </message>
    <message>
        <source>check with this public key file instead of the database</source>
        <translation>pārbaudīt ar šo publiskās atslēgas failu, nevis datubāzi</translation>
    </message>
    <message>
        <source>print a certificate again, as issued, marked as a duplicate</source>
        <translation>atkārtoti izdrukāt sertifikātu tādu, kāds tas tika izsniegts, ar atzīmi “Dublikāts”</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMURS</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF fails, kurā ierakstīt</translation>
    </message>
    <message>
        <source>void a certificate; its number is never given again</source>
        <translation>anulēt sertifikātu; tā numurs vairs nekad netiek piešķirts</translation>
    </message>
    <message>
        <source>why, kept in the register</source>
        <translation>iemesls (tiek saglabāts reģistrā)</translation>
    </message>
    <message>
        <source>save the centre&apos;s public key for others to verify with</source>
        <translation>saglabāt centra publisko atslēgu, lai citi varētu pārbaudīt sertifikātus</translation>
    </message>
    <message>
        <source>the PEM file to write</source>
        <translation>PEM fails, kurā ierakstīt</translation>
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
        <source>training sessions and who is enrolled</source>
        <translation>mācību nodarbības un tām pieteiktie</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>GGGG-MM-DD vai DD.MM.GGGG</translation>
    </message>
    <message>
        <source>sessions in a range of days, by date</source>
        <translation>nodarbības periodā, pēc datuma</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUMS</translation>
    </message>
    <message>
        <source>the first day (default: today); {format}</source>
        <translation>pirmā diena (pēc noklusējuma — šodiena); {format}</translation>
    </message>
    <message>
        <source>the last day (default: 30 days after the first)</source>
        <translation>pēdējā diena (pēc noklusējuma — 30 dienas pēc pirmās)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOSAUKUMS</translation>
    </message>
    <message>
        <source>only this factory&apos;s sessions (its name or code)</source>
        <translation>tikai šīs fabrikas nodarbības (tās nosaukums vai kods)</translation>
    </message>
    <message>
        <source>plan a new session; prints its id</source>
        <translation>plānot jaunu nodarbību; izvada tās numuru</translation>
    </message>
    <message>
        <source>the day ({format}); repeat for each day of a programme of several days</source>
        <translation>diena ({format}); vairāku dienu programmai atkārtojiet katrai dienai</translation>
    </message>
    <message>
        <source>the factory&apos;s name or code</source>
        <translation>fabrikas nosaukums vai kods</translation>
    </message>
    <message>
        <source>the programme&apos;s name</source>
        <translation>programmas nosaukums</translation>
    </message>
    <message>
        <source>a trainer&apos;s full name or surname; repeat for several, the lead trainer first</source>
        <translation>trenera vārds un uzvārds vai tikai uzvārds; vairākiem treneriem atkārtojiet, vadošo treneri norādot pirmo</translation>
    </message>
    <message>
        <source>the smallest group (default: the programme&apos;s)</source>
        <translation>mazākais grupas lielums (pēc noklusējuma — kā programmā)</translation>
    </message>
    <message>
        <source>the largest group (default: the programme&apos;s)</source>
        <translation>lielākais grupas lielums (pēc noklusējuma — kā programmā)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>SS:MM</translation>
    </message>
    <message>
        <source>when each day starts (09:00)</source>
        <translation>katras dienas sākuma laiks (09:00)</translation>
    </message>
    <message>
        <source>when each day ends (17:00)</source>
        <translation>katras dienas beigu laiks (17:00)</translation>
    </message>
    <message>
        <source>why, for the audit log: needed to go ahead despite conflicts or with a group size other than the programme&apos;s</source>
        <translation>iemesls izmaiņu žurnālam: vajadzīgs, lai turpinātu par spīti konfliktiem vai ar grupas lielumu, kas atšķiras no programmā noteiktā</translation>
    </message>
    <message>
        <source>one session with its enrolled and waiting people</source>
        <translation>viena nodarbība ar pieteiktajiem un gaidītājiem</translation>
    </message>
    <message>
        <source>enrol people; beyond the maximum they join the waiting list</source>
        <translation>pieteikt cilvēkus; virs maksimuma viņi nonāk gaidīšanas sarakstā</translation>
    </message>
    <message>
        <source>PERSON_ID</source>
        <translation>PERSONAS_NR</translation>
    </message>
    <message>
        <source>enrol people with conflicts too (another session the same day, the programme already completed), for this reason; without it they are refused</source>
        <translation>pieteikt arī cilvēkus ar konfliktiem (cita nodarbība tajā pašā dienā, programma jau pabeigta), norādot šo iemeslu; bez tā viņus nepiesaka</translation>
    </message>
    <message>
        <source>take a person out of a session; the first person waiting takes the place</source>
        <translation>atsaukt personu no nodarbības; tās vietu ieņem pirmais no gaidīšanas saraksta</translation>
    </message>
    <message>
        <source>why, for the audit log (default: on request)</source>
        <translation>iemesls izmaiņu žurnālam (pēc noklusējuma — pēc personas lūguma)</translation>
    </message>
    <message>
        <source>cancel a session, with the reason</source>
        <translation>atcelt nodarbību, norādot iemeslu</translation>
    </message>
    <message>
        <source>why the session is cancelled</source>
        <translation>nodarbības atcelšanas iemesls</translation>
    </message>
    <message>
        <source>who came on each day of a session</source>
        <translation>kas ieradās katrā nodarbības dienā</translation>
    </message>
    <message>
        <source>the day of a session of several days (1)</source>
        <translation>vairāku dienu nodarbības diena (1)</translation>
    </message>
    <message>
        <source>mark people on one day; saved at once</source>
        <translation>atzīmēt cilvēkus vienā dienā; saglabājas uzreiz</translation>
    </message>
    <message>
        <source>SESSION_ID</source>
        <translation>NODARBĪBAS_NR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUSS</translation>
    </message>
    <message>
        <source>present, late, left_early, absent, excused or a status of the centre&apos;s own (its code or name)</source>
        <translation>present, late, left_early, absent, excused vai paša centra statuss (tā kods vai nosaukums)</translation>
    </message>
    <message>
        <source>a note (needed for excused)</source>
        <translation>piezīme (obligāta attaisnota kavējuma gadījumā)</translation>
    </message>
    <message>
        <source>each person&apos;s mark and whether they are eligible for a certificate</source>
        <translation>katras personas atzīme un vai tā saņem sertifikātu</translation>
    </message>
    <message>
        <source>the day whose marks are the status (default: the last day with any mark)</source>
        <translation>diena, kuras atzīmes rādīt kā statusu (pēc noklusējuma — pēdējā diena ar kādu atzīmi)</translation>
    </message>
    <message>
        <source>lock the marks (the session becomes held); refused while anybody has no mark</source>
        <translation>fiksēt atzīmes (nodarbība iegūst statusu “Notikusi”); netiek izpildīts, kamēr kādam nav atzīmes</translation>
    </message>
    <message>
        <source>open a closed session for changes again (coordinators only)</source>
        <translation>atkal atvērt slēgtu nodarbību izmaiņām (tikai koordinatoriem)</translation>
    </message>
    <message>
        <source>why, for the audit log</source>
        <translation>iemesls izmaiņu žurnālam</translation>
    </message>
    <message>
        <source>mark present the person whose badge code this is</source>
        <translation>atzīmēt kā klātesošu personu, kurai pieder šis nozīmītes kods</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODS</translation>
    </message>
    <message>
        <source>the roles of the people who use the app</source>
        <translation>lietotnes lietotāju lomas</translation>
    </message>
    <message>
        <source>the accounts and the role of any other login</source>
        <translation>konti un jebkura cita lietotājvārda loma</translation>
    </message>
    <message>
        <source>give an operating-system login a role</source>
        <translation>piešķirt lomu operētājsistēmas lietotājvārdam</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LIETOTĀJVĀRDS</translation>
    </message>
    <message>
        <source>the person&apos;s name, as the audit log shows it</source>
        <translation>personas vārds, kā to rādīs izmaiņu žurnāls</translation>
    </message>
    <message>
        <source>change the role of an account</source>
        <translation>mainīt konta lomu</translation>
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
    <message>
        <source>The report of session {id} was saved to {file}.</source>
        <translation>Nodarbības Nr. {id} atskaite saglabāta failā {file}.</translation>
    </message>
    <message>
        <source>reports to print or send, as PDF files</source>
        <translation>pārskati PDF failu veidā drukāšanai vai nosūtīšanai</translation>
    </message>
    <message>
        <source>the report of a session: attendance, rounds, knowledge gain, NPS, certificates</source>
        <translation>nodarbības atskaite: apmeklējums, raundi, zināšanu pieaugums, NPS, sertifikāti</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Projektu nav.</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, nokavēts</translation>
    </message>
    <message>
        <source>{id}	{title} — {organisation} ({status}; planned finish {finish})</source>
        <translation>{id}	{title} — {organisation} ({status}; plānotā pabeigšana {finish})</translation>
    </message>
    <message>
        <source>The A3 report of project {id} was saved to {file}.</source>
        <translation>Projekta {id} A3 atskaite saglabāta failā {file}.</translation>
    </message>
    <message>
        <source>{count} projects were exported to {file}.</source>
        <translation>Eksportēto projektu skaits: {count}, fails {file}.</translation>
    </message>
    <message>
        <source>improvement projects: the list, A3 reports, the portfolio in Excel</source>
        <translation>uzlabošanas projekti: saraksts, A3 atskaites, projektu portfelis Excel formātā</translation>
    </message>
    <message>
        <source>list the projects, by title</source>
        <translation>parādīt projektu sarakstu pēc nosaukuma</translation>
    </message>
    <message>
        <source>only the projects of this status (overdue: the planned finish has passed and the project is not completed)</source>
        <translation>tikai projekti ar šo statusu (nokavēts: plānotais pabeigšanas datums ir pagājis, bet projekts nav pabeigts)</translation>
    </message>
    <message>
        <source>only the projects from this factory&apos;s sessions (its name or code)</source>
        <translation>tikai projekti no šīs fabrikas nodarbībām (tās nosaukums vai kods)</translation>
    </message>
    <message>
        <source>save a project&apos;s A3 report</source>
        <translation>saglabāt projekta A3 atskaiti</translation>
    </message>
    <message>
        <source>PROJECT_ID</source>
        <translation>PROJEKTA_ID</translation>
    </message>
    <message>
        <source>the language of the report (default: the centre&apos;s document language)</source>
        <translation>atskaites valoda (pēc noklusējuma — centra dokumentu valoda)</translation>
    </message>
    <message>
        <source>write the portfolio to an Excel file: the projects and the quarters of a year</source>
        <translation>ierakstīt projektu portfeli Excel failā: projekti un gada ceturkšņi</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>FAILS.xlsx</translation>
    </message>
    <message>
        <source>the year of the quarters sheet (default: this year)</source>
        <translation>ceturkšņu lapas gads (pēc noklusējuma – šis gads)</translation>
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
    <name>Conflicts</name>
    <message>
        <source>Check before saving:</source>
        <translation>Pārbaudiet pirms saglabāšanas:</translation>
    </message>
    <message>
        <source>This change has conflicts:</source>
        <translation>Šīm izmaiņām ir konflikti:</translation>
    </message>
    <message>
        <source>To go ahead anyway, say why (the reason is kept in the audit log):</source>
        <translation>Lai tomēr turpinātu, norādiet iemeslu (tas tiks saglabāts izmaiņu žurnālā):</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
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
    <name>DayGrid</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendārs</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>vēl {n}</translation>
    </message>
    <message>
        <source>day {n} of {days}</source>
        <translation>{n}. diena no {days}</translation>
    </message>
    <message>
        <source>No trainer yet</source>
        <translation>Treneris nav norīkots</translation>
    </message>
</context>
<context>
    <name>DaySessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
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
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>slēgts</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nav sākts</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nav atzīmēts</translation>
    </message>
    <message>
        <source>everyone marked</source>
        <translation>atzīmēti visi</translation>
    </message>
    <message>
        <source>{marked} of {enrolled} marked</source>
        <translation>atzīmēti {marked} no {enrolled}</translation>
    </message>
    <message>
        <source>{date} (day {n} of {days})</source>
        <translation>{date} ({n}. diena no {days})</translation>
    </message>
    <message>
        <source>{enrolled} of {max}</source>
        <translation>{enrolled} no {max}</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Paraksta attēls</translation>
    </message>
    <message>
        <source>One line of the certificate per line. A line that is only {full_name} is the name, large; a line that is only «{programme}» is set out. An empty field is left out with its comma.</source>
        <translation>Katra rinda šeit ir sertifikāta rinda. Rinda, kurā ir tikai {full_name}, ir vārds, un to drukā lieliem burtiem; rinda, kurā ir tikai „{programme}”, tiek izcelta. Tukšs lauks tiek izlaists kopā ar tā komatu.</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (noklusējuma)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>Choose the signature image</source>
        <translation>Izvēlieties paraksta attēlu</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Izvēlieties logotipu</translation>
    </message>
    <message>
        <source>Choose the artwork</source>
        <translation>Izvēlieties fona attēlu</translation>
    </message>
    <message>
        <source>“{file}” is not a PNG or JPEG picture.</source>
        <translation>“{file}” nav PNG vai JPEG attēls.</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Attēli ({patterns})</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Failu {file} nevarēja nolasīt: {reason}</translation>
    </message>
    <message>
        <source>Image “{name}”</source>
        <translation>Attēls “{name}”</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Izvēlieties krāsu</translation>
    </message>
    <message>
        <source>The certificate cannot be drawn: {reason}</source>
        <translation>Sertifikātu nevar attēlot: {reason}</translation>
    </message>
    <message>
        <source>The design “{name}” was saved.</source>
        <translation>Makets “{name}” saglabāts.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopija)</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>Saglabāt kopiju</translation>
    </message>
    <message>
        <source>Name of the new design:</source>
        <translation>Jaunā maketa nosaukums:</translation>
    </message>
    <message>
        <source>The design was saved as “{name}”.</source>
        <translation>Makets saglabāts kā “{name}”.</translation>
    </message>
    <message>
        <source>Certificates are now issued with “{name}” unless another design is chosen.</source>
        <translation>Turpmāk sertifikātus izsniedz ar maketu “{name}”, ja vien nav izvēlēts cits makets.</translation>
    </message>
    <message>
        <source>Delete the design</source>
        <translation>Dzēst maketu</translation>
    </message>
    <message>
        <source>Delete the design “{name}”? This cannot be undone.</source>
        <translation>Dzēst maketu “{name}”? To nevar atsaukt.</translation>
    </message>
    <message>
        <source>The design “{name}” was deleted.</source>
        <translation>Makets “{name}” dzēsts.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesaglabātas izmaiņas</translation>
    </message>
    <message>
        <source>The design “{name}” has changes that are not saved. Save them?</source>
        <translation>Maketā “{name}” ir nesaglabātas izmaiņas. Vai tās saglabāt?</translation>
    </message>
    <message>
        <source>The default design cannot be deleted: make another one the default first.</source>
        <translation>Noklusējuma maketu nevar dzēst: vispirms iestatiet par noklusējumu citu maketu.</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Sertifikāta makets</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Makets:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sa&amp;glabāt</translation>
    </message>
    <message>
        <source>Save as a &amp;copy…</source>
        <translation>Saglabāt &amp;kopiju…</translation>
    </message>
    <message>
        <source>&amp;Make default</source>
        <translation>Lietot pē&amp;c noklusējuma</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dzēst…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>Name of the design</source>
        <translation>Maketa nosaukums</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>Organi&amp;zētājs:</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizētājs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>V&amp;irsraksts:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Virsraksts</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Teksts:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Insert a &amp;field</source>
        <translation>Ievietot la&amp;uku</translation>
    </message>
    <message>
        <source>Title in the s&amp;econd language:</source>
        <translation>Virsraksts &amp;otrajā valodā:</translation>
    </message>
    <message>
        <source>Title in the second language</source>
        <translation>Virsraksts otrajā valodā</translation>
    </message>
    <message>
        <source>Body in the second lan&amp;guage:</source>
        <translation>Tek&amp;sts otrajā valodā:</translation>
    </message>
    <message>
        <source>Body in the second language</source>
        <translation>Teksts otrajā valodā</translation>
    </message>
    <message>
        <source>Si&amp;gnatories:</source>
        <translation>Parakstītā&amp;ji:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pievienot</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Noņ&amp;emt</translation>
    </message>
    <message>
        <source>Signature &amp;image…</source>
        <translation>P&amp;araksta attēls…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Bez attēla</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotips:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Artwork:</source>
        <translation>Fons:</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Lapa:</translation>
    </message>
    <message>
        <source>&amp;Frame</source>
        <translation>&amp;Rāmis</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Krāsas:</translation>
    </message>
    <message>
        <source>Ornament</source>
        <translation>Ornaments</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Sīkais teksts</translation>
    </message>
    <message>
        <source>Preview with a sample holder</source>
        <translation>Priekšskatījums ar parauga saņēmēju</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Fails {file} nepastāv.</translation>
    </message>
    <message>
        <source>No factory named “{name}” is in the database.</source>
        <translation>Fabrikas “{name}” datubāzē nav.</translation>
    </message>
    <message>
        <source>Several factories are named “{name}”: {candidates}.</source>
        <translation>Ir vairākas fabrikas ar nosaukumu “{name}”: {candidates}.</translation>
    </message>
    <message>
        <source>No factory is named “{name}”; similar names: {candidates}.</source>
        <translation>Fabrikas ar nosaukumu “{name}” nav; līdzīgi nosaukumi: {candidates}.</translation>
    </message>
    <message>
        <source>No programme named “{name}” is in the database.</source>
        <translation>Programmas “{name}” datubāzē nav.</translation>
    </message>
    <message>
        <source>Several programmes are named “{name}”: {candidates}.</source>
        <translation>Ir vairākas programmas ar nosaukumu “{name}”: {candidates}.</translation>
    </message>
    <message>
        <source>No programme is named “{name}”; similar names: {candidates}.</source>
        <translation>Programmas ar nosaukumu “{name}” nav; līdzīgi nosaukumi: {candidates}.</translation>
    </message>
    <message>
        <source>No trainer named “{name}” is in the database.</source>
        <translation>Trenera “{name}” datubāzē nav.</translation>
    </message>
    <message>
        <source>Several trainers are named “{name}”: {candidates}. Give the full name.</source>
        <translation>Ir vairāki treneri ar vārdu “{name}”: {candidates}. Norādiet pilnu vārdu un uzvārdu.</translation>
    </message>
    <message>
        <source>No trainer is named “{name}”; similar names: {candidates}.</source>
        <translation>Trenera ar vārdu “{name}” nav; līdzīgi vārdi: {candidates}.</translation>
    </message>
    <message>
        <source>There is no attendance status “{name}”.</source>
        <translation>Apmeklējuma statusa “{name}” nav.</translation>
    </message>
    <message>
        <source>Several attendance statuses are named “{name}”: {candidates}.</source>
        <translation>Ir vairāki apmeklējuma statusi ar nosaukumu “{name}”: {candidates}.</translation>
    </message>
    <message>
        <source>There is no attendance status “{name}”; similar: {candidates}.</source>
        <translation>Apmeklējuma statusa “{name}” nav; līdzīgi: {candidates}.</translation>
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
        <source>The file {file} could not be read: {reason}</source>
        <translation>Failu {file} nevarēja nolasīt: {reason}</translation>
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
        <source>The key of a status is one digit, 0 to 9, not “{key}”.</source>
        <translation>Statusa taustiņš ir viens cipars no 0 līdz 9, nevis “{key}”.</translation>
    </message>
    <message>
        <source>The key {key} already marks “{status}”: choose another one.</source>
        <translation>Taustiņš {key} jau ir piešķirts statusam “{status}”: izvēlieties citu.</translation>
    </message>
    <message>
        <source>There is no attendance status “{status}”.</source>
        <translation>Apmeklējuma statusa “{status}” nav.</translation>
    </message>
    <message>
        <source>A status needs a name.</source>
        <translation>Norādiet statusa nosaukumu.</translation>
    </message>
    <message>
        <source>There is already a status named “{name}”.</source>
        <translation>Statuss ar nosaukumu “{name}” jau pastāv.</translation>
    </message>
    <message>
        <source>A built-in status keeps its name and meaning; only its key can be changed.</source>
        <translation>Iebūvētam statusam nevar mainīt nosaukumu un nozīmi, tikai taustiņu.</translation>
    </message>
    <message>
        <source>“{status}” is a built-in status: it cannot be removed.</source>
        <translation>“{status}” ir iebūvēts statuss: to nevar dzēst.</translation>
    </message>
    <message>
        <source>There is no session with the number {id}.</source>
        <translation>Nodarbības ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has no day {day}: it has {days}.</source>
        <translation>Nodarbībai “{programme}” {date} nav {day}. dienas; dienu skaits: {days}.</translation>
    </message>
    <message>
        <source>{person} has no place in the session «{programme}» of {date}: nobody was marked.</source>
        <translation>{person} neieņem vietu nodarbībā “{programme}” {date}: neviens netika atzīmēts.</translation>
    </message>
    <message>
        <source>“{status}” needs a note: say why, for example which document was shown.</source>
        <translation>Statusam “{status}” vajadzīga piezīme: norādiet iemeslu, piemēram, kāds dokuments tika uzrādīts.</translation>
    </message>
    <message>
        <source>“{status}” needs a note for each person: it cannot be given to everyone at once.</source>
        <translation>Statusam “{status}” katrai personai vajadzīga sava piezīme: to nevar piešķirt visiem uzreiz.</translation>
    </message>
    <message>
        <source>The code {code} belongs to nobody in the register: nobody was marked.</source>
        <translation>Kods {code} reģistrā nepieder nevienam: neviens netika atzīmēts.</translation>
    </message>
    <message>
        <source>{person} is not in the session «{programme}» of {date}: nobody was marked.</source>
        <translation>{person} nav nodarbības “{programme}” {date} dalībnieku sarakstā: neviens netika atzīmēts.</translation>
    </message>
    <message>
        <source>{person} is already in the register{organisation}. Choose the registered person, or add a new one if this is somebody else.</source>
        <translation>{person} jau ir reģistrā{organisation}. Izvēlieties reģistrēto personu vai pievienojiet jaunu, ja tā ir cita persona.</translation>
    </message>
    <message>
        <source>{person} is marked “{status}” on this day: only someone who did not come can be replaced.</source>
        <translation>{person}: šajā dienā ir atzīme “{status}”; aizstāt var tikai to, kurš nav ieradies.</translation>
    </message>
    <message>
        <source>The completion rule needs at least one status that counts as attended.</source>
        <translation>Pabeigšanas nosacījumā jābūt vismaz vienam statusam, kas tiek uzskatīts par apmeklējumu.</translation>
    </message>
    <message>
        <source>The completion rule asks for {min_days} days, but the programme lasts {days}.</source>
        <translation>Pabeigšanas nosacījums prasa vairāk dienu ({min_days}), nekā ilgst programma ({days}).</translation>
    </message>
    <message>
        <source>Not marked.</source>
        <translation>Nav atzīmēts.</translation>
    </message>
    <message>
        <source>Not marked on day {day} ({date}).</source>
        <translation>Nav atzīmēts {day}. dienā ({date}).</translation>
    </message>
    <message>
        <source>Marked “{status}”.</source>
        <translation>Atzīme “{status}”.</translation>
    </message>
    <message>
        <source>Marked “{status}” on day {day} ({date}).</source>
        <translation>Atzīme “{status}” {day}. dienā ({date}).</translation>
    </message>
    <message>
        <source>Attended {attended} of {days} days; {needed} are needed.</source>
        <translation>Apmeklētas dienas: {attended} no {days}; vajadzīgas: {needed}.</translation>
    </message>
    <message>
        <source>The session cannot be closed while people have no mark: {names}. Mark them, or mark the rest present first.</source>
        <translation>Nodarbību nevar slēgt, kamēr kādam nav atzīmes: {names}. Vispirms atzīmējiet viņus vai atzīmējiet pārējos kā klātesošus.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} cannot be closed before its first day.</source>
        <translation>Nodarbību “{programme}” {date} nevar slēgt pirms tās pirmās dienas.</translation>
    </message>
    <message>
        <source>Only a coordinator can reopen a closed session; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Slēgtu nodarbību atvērt no jauna var tikai koordinators; jūs strādājat kā “{login}” ar lomu “{role}”.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} is not closed: there is nothing to reopen.</source>
        <translation>Nodarbība “{programme}” {date} nav slēgta: nav ko atvērt no jauna.</translation>
    </message>
    <message>
        <source>Say why the session is reopened: the reason is kept in the audit log.</source>
        <translation>Norādiet, kāpēc nodarbība tiek atvērta no jauna: iemesls tiek saglabāts izmaiņu žurnālā.</translation>
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
        <source>{person} is already enrolled in «{other_programme}» at {factory} on {date}, {starts}–{ends}.</source>
        <translation>{person}: jau ir pieteikums uz “{other_programme}” — {factory}, {date}, {starts}–{ends}.</translation>
    </message>
    <message>
        <source>{person} is already on the waiting list of «{other_programme}» at {factory} on {date}, {starts}–{ends}.</source>
        <translation>{person}: jau ir gaidīšanas sarakstā uz “{other_programme}” — {factory}, {date}, {starts}–{ends}.</translation>
    </message>
    <message>
        <source>{person} already holds the certificate {number} for «{programme}».</source>
        <translation>{person}: jau ir sertifikāts {number} par programmu “{programme}”.</translation>
    </message>
    <message>
        <source>{person} already completed «{programme}»: present on every day of the session at {factory} on {date}.</source>
        <translation>{person}: programma “{programme}” jau ir pabeigta — klātbūtne visās nodarbības dienās ({factory}, {date}).</translation>
    </message>
    <message>
        <source>{person} is already enrolled or waiting in the session «{programme}» of {date}.</source>
        <translation>{person}: jau ir nodarbības “{programme}” {date} pieteikto vai gaidītāju sarakstā.</translation>
    </message>
    <message>
        <source>Say why the enrolment is cancelled.</source>
        <translation>Norādiet, kāpēc pieteikums tiek atcelts.</translation>
    </message>
    <message>
        <source>{person} is neither enrolled nor waiting in the session «{programme}» of {date}.</source>
        <translation>{person}: nav ne nodarbības “{programme}” {date} pieteikto, ne gaidītāju sarakstā.</translation>
    </message>
    <message>
        <source>Say why the person moves to another session.</source>
        <translation>Norādiet, kāpēc persona tiek pārcelta uz citu nodarbību.</translation>
    </message>
    <message>
        <source>The person is already in this session: choose another session to move them to.</source>
        <translation>Persona jau ir šajā nodarbībā: izvēlieties citu nodarbību, uz kuru pārcelt.</translation>
    </message>
    <message>
        <source>This enrolment is no longer active (it was cancelled, moved or replaced): there is nothing to move.</source>
        <translation>Šis pieteikums vairs nav spēkā (atcelts, pārcelts vai aizstāts): nav ko pārcelt.</translation>
    </message>
    <message>
        <source>Say why the person is replaced.</source>
        <translation>Norādiet, kāpēc persona tiek aizstāta.</translation>
    </message>
    <message>
        <source>This enrolment is no longer active (it was cancelled, moved or replaced): there is nobody to replace.</source>
        <translation>Šis pieteikums vairs nav spēkā (atcelts, pārcelts vai aizstāts): nav ko aizstāt.</translation>
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
    <message>
        <source>The session «{programme}» of {date} was cancelled: nothing can be recorded for it.</source>
        <translation>Nodarbība “{programme}” {date} ir atcelta: tai neko nevar reģistrēt.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} is closed: its marks, rounds and scores can no longer be changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Nodarbība “{programme}” {date} ir slēgta: tās atzīmes, raundus un punktus vairs nevar mainīt. Koordinators var to atvērt no jauna, norādot iemeslu.</translation>
    </message>
    <message>
        <source>There is no trainer with the number {id}.</source>
        <translation>Trenera ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>There is no factory with the number {id}.</source>
        <translation>Fabrikas ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>This change has conflicts. It can be saved only with a reason for going ahead anyway.</source>
        <translation>Šīm izmaiņām ir konflikti. Tās var saglabāt, tikai norādot iemeslu.</translation>
    </message>
    <message>
        <source>A new group needs at least {min} people; this one has {count}.</source>
        <translation>Jaunā grupā jābūt vismaz {min} cilvēkiem; šajā ir {count}.</translation>
    </message>
    <message>
        <source>A group takes at most {max} people; this one has {count}.</source>
        <translation>Grupā var būt ne vairāk kā {max} cilvēki; šajā ir {count}.</translation>
    </message>
    <message>
        <source>The session has {free} free places; {count} people are planned into it.</source>
        <translation>Nodarbībā brīvas vietas: {free}, bet tajā iedalīti cilvēki: {count}.</translation>
    </message>
    <message>
        <source>The session will still be under its minimum: {size} of at least {min}.</source>
        <translation>Nodarbība joprojām būs zem minimuma: {size}, bet vajag vismaz {min}.</translation>
    </message>
    <message>
        <source>{name} was taken out of the groups by hand.</source>
        <translation>Manuāli izņemts no grupām: {name}.</translation>
    </message>
    <message>
        <source>The last day ({last}) is before the first ({first}).</source>
        <translation>Pēdējā diena ({last}) ir pirms pirmās ({first}).</translation>
    </message>
    <message>
        <source>There is no programme with the number {id}.</source>
        <translation>Programmas ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>{name} already holds the certificate {number} for «{programme}».</source>
        <translation>{name}: jau ir sertifikāts {number} par programmu “{programme}”.</translation>
    </message>
    <message>
        <source>{name} already completed «{programme}»: present on every day of the session at {factory} on {date}.</source>
        <translation>{name}: programma “{programme}” jau ir pabeigta — klātbūtne visās nodarbības dienās ({factory}, {date}).</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list of «{programme}» of {date}.</source>
        <translation>{name}: jau ir nodarbības “{programme}” {date} gaidīšanas sarakstā.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in «{programme}» of {date}.</source>
        <translation>{name}: jau ir pieteikums nodarbībai “{programme}” {date}.</translation>
    </message>
    <message>
        <source>{name} was not placed: the sessions of «{programme}» have no more room, and new sessions on free days were not asked for.</source>
        <translation>{name}: nav iedalīts grupā — nodarbībās “{programme}” vairs nav vietu, un jaunas nodarbības brīvajās dienās netika prasītas.</translation>
    </message>
    <message>
        <source>{name} was not placed: the sessions of «{programme}» have no more room. Choose a factory to propose new sessions on its free days.</source>
        <translation>{name}: nav iedalīts grupā — nodarbībās “{programme}” vairs nav vietu. Izvēlieties fabriku, lai piedāvātu jaunas nodarbības tās brīvajās dienās.</translation>
    </message>
    <message>
        <source>{name} was not placed: there is no free day left at {factory} between {first} and {last} for another group.</source>
        <translation>{name}: nav iedalīts grupā — no {first} līdz {last} nav brīvas dienas vēl vienai grupai ({factory}).</translation>
    </message>
    <message>
        <source>{name} was not placed: the {left} people left over are too few for a new group of at least {min}.</source>
        <translation>{name}: nav iedalīts grupā — pāri palikušo cilvēku ({left}) ir par maz jaunai grupai ar vismaz {min} dalībniekiem.</translation>
    </message>
    <message>
        <source>Nobody is planned into a group: there is nothing to accept.</source>
        <translation>Neviens nav iedalīts grupā: nav ko apstiprināt.</translation>
    </message>
    <message>
        <source>“{timezone}” is not a time zone. Choose one from the list, for example Europe/Moscow.</source>
        <translation>“{timezone}” nav laika josla. Izvēlieties to no saraksta, piemēram, Europe/Riga.</translation>
    </message>
    <message>
        <source>A factory needs its name.</source>
        <translation>Norādiet fabrikas nosaukumu.</translation>
    </message>
    <message>
        <source>A factory code is 1 to 12 letters or digits, for example КИР: it begins the number of every certificate issued there.</source>
        <translation>Fabrikas kods ir 1–12 burti vai cipari, piemēram, RIG: ar to sākas katra tur izsniegtā sertifikāta numurs.</translation>
    </message>
    <message>
        <source>There is already a factory named {name} (code {code}).</source>
        <translation>Fabrika “{name}” jau ir (kods {code}).</translation>
    </message>
    <message>
        <source>The code {code} is already that of the factory {name}.</source>
        <translation>Kods {code} jau pieder fabrikai “{name}”.</translation>
    </message>
    <message>
        <source>There is no municipality with the number {id}.</source>
        <translation>Pašvaldības ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>A municipality needs its name.</source>
        <translation>Norādiet pašvaldības nosaukumu.</translation>
    </message>
    <message>
        <source>A programme lasts more than 0 and at most 1000 academic hours, not {hours}.</source>
        <translation>Programmas ilgums ir vairāk par 0 un ne vairāk kā 1000 akadēmiskās stundas, nevis {hours}.</translation>
    </message>
    <message>
        <source>Each round metric needs a code and a name.</source>
        <translation>Katram raunda rādītājam vajag kodu un nosaukumu.</translation>
    </message>
    <message>
        <source>The metric code “{code}” is not valid: it is Latin letters, digits and _, and begins with a letter, for example good_units.</source>
        <translation>Rādītāja kods “{code}” nav derīgs: tas sastāv no latīņu burtiem, cipariem un _ un sākas ar burtu, piemēram, good_units.</translation>
    </message>
    <message>
        <source>Two metrics have the code {code}: a code is used once in a programme.</source>
        <translation>Diviem rādītājiem ir kods {code}: programmā katru kodu drīkst lietot tikai vienreiz.</translation>
    </message>
    <message>
        <source>A programme needs its name.</source>
        <translation>Norādiet programmas nosaukumu.</translation>
    </message>
    <message>
        <source>There is no programme kind “{kind}”.</source>
        <translation>Programmas veida “{kind}” nav.</translation>
    </message>
    <message>
        <source>A programme lasts from 1 to 60 days, not {days}.</source>
        <translation>Programma ilgst no 1 līdz 60 dienām, nevis {days}.</translation>
    </message>
    <message>
        <source>A programme has from 0 to 10 simulation rounds, not {rounds}.</source>
        <translation>Programmā ir no 0 līdz 10 simulācijas raundiem, nevis {rounds}.</translation>
    </message>
    <message>
        <source>A group is from 1 to 100 people and its minimum is not above its maximum: {min}–{max} cannot be.</source>
        <translation>Grupā ir no 1 līdz 100 cilvēkiem, un minimums nevar pārsniegt maksimumu: {min}–{max} nav pieļaujams.</translation>
    </message>
    <message>
        <source>There is already a programme named {name}.</source>
        <translation>Programma “{name}” jau ir.</translation>
    </message>
    <message>
        <source>The metric {name} ({code}) has results recorded in sessions: it cannot be removed.</source>
        <translation>Rādītājam “{name}” ({code}) nodarbībās jau ir reģistrēti rezultāti: to nevar noņemt.</translation>
    </message>
    <message>
        <source>Sessions of this programme recorded results of round {round}: it cannot have fewer rounds.</source>
        <translation>Šīs programmas nodarbībās jau reģistrēti {round}. raunda rezultāti: raundu skaitu nevar samazināt.</translation>
    </message>
    <message>
        <source>There is no metric with the number {id} in this programme.</source>
        <translation>Šajā programmā nav rādītāja ar numuru {id}.</translation>
    </message>
    <message>
        <source>An absence cannot end on {last}, before it begins on {first}.</source>
        <translation>Prombūtne nevar beigties {last}, pirms tā sākas ({first}).</translation>
    </message>
    <message>
        <source>The absences {first}–{last} and {other_first}–{other_last} overlap: make them one.</source>
        <translation>Prombūtnes {first}–{last} un {other_first}–{other_last} pārklājas: apvienojiet tās vienā.</translation>
    </message>
    <message>
        <source>A trainer needs at least a surname.</source>
        <translation>Norādiet vismaz trenera uzvārdu.</translation>
    </message>
    <message>
        <source>There is no absence with the number {id} of this trainer.</source>
        <translation>Šim trenerim nav prombūtnes ar numuru {id}.</translation>
    </message>
    <message>
        <source>The factory {name} has sessions, so it cannot be deleted. Deactivate it instead: it stays in past sessions and is no longer offered for new ones.</source>
        <translation>Fabrikai “{name}” ir nodarbības, tāpēc to nevar dzēst. Tā vietā deaktivizējiet to: tā paliks pagātnes nodarbībās un vairs netiks piedāvāta jaunām.</translation>
    </message>
    <message>
        <source>Certificates were numbered at the factory {name}, so it cannot be deleted. Deactivate it instead.</source>
        <translation>Fabrikā “{name}” jau ir numurēti sertifikāti, tāpēc to nevar dzēst. Tā vietā deaktivizējiet to.</translation>
    </message>
    <message>
        <source>The programme {name} has sessions, so it cannot be deleted. Deactivate it instead: it stays in past sessions and is no longer offered for new ones.</source>
        <translation>Programmai “{name}” ir nodarbības, tāpēc to nevar dzēst. Tā vietā deaktivizējiet to: tā paliks pagātnes nodarbībās un vairs netiks piedāvāta jaunām.</translation>
    </message>
    <message>
        <source>People are waiting for the programme {name} in their organisations&apos; pools, so it cannot be deleted. Deactivate it instead.</source>
        <translation>Organizāciju gaidītāju sarakstos ir cilvēki, kas gaida programmu “{name}”, tāpēc to nevar dzēst. Tā vietā deaktivizējiet to.</translation>
    </message>
    <message>
        <source>The trainer {name} has sessions, so they cannot be deleted. Deactivate them instead: they stay in past sessions and are no longer offered for new ones.</source>
        <translation>Trenerim {name} ir nodarbības, tāpēc treneri nevar dzēst. Tā vietā deaktivizējiet to: tas paliks pagātnes nodarbībās un vairs netiks piedāvāts jaunām.</translation>
    </message>
    <message>
        <source>A series cannot end ({last}) before it begins ({first}).</source>
        <translation>Sērija nevar beigties ({last}) pirms tās sākuma ({first}).</translation>
    </message>
    <message>
        <source>A series covers at most 366 days; from {first} to {last} is {days} days.</source>
        <translation>Sērija aptver ne vairāk kā 366 dienas, bet no {first} līdz {last} ir {days} dienas.</translation>
    </message>
    <message>
        <source>Choose the days of the week the series takes place.</source>
        <translation>Izvēlieties nedēļas dienas, kurās notiek sērija.</translation>
    </message>
    <message>
        <source>The series has {date} twice: a day can have only one of its sessions.</source>
        <translation>Sērijā divreiz ir {date}: vienā dienā var būt tikai viena sērijas nodarbība.</translation>
    </message>
    <message>
        <source>The series has no dates: choose at least one.</source>
        <translation>Sērijā nav datumu: izvēlieties vismaz vienu.</translation>
    </message>
    <message>
        <source>A series has at most 366 sessions, not {count}.</source>
        <translation>Sērijā var būt ne vairāk kā 366 nodarbības, nevis {count}.</translation>
    </message>
    <message>
        <source>{date} is a public holiday: {holiday}.</source>
        <translation>{date} ir svētku diena: {holiday}.</translation>
    </message>
    <message>
        <source>Trainer {trainer} is away on {date}: {reason}.</source>
        <translation>Treneris {trainer} {date} ir prombūtnē: {reason}.</translation>
    </message>
    <message>
        <source>Trainer {trainer} is away on {date}.</source>
        <translation>Treneris {trainer} {date} ir prombūtnē.</translation>
    </message>
    <message>
        <source>The programme «{programme}» is no longer active: choose another one.</source>
        <translation>Programma “{programme}” vairs nav aktīva: izvēlieties citu.</translation>
    </message>
    <message>
        <source>The factory «{factory}» is no longer active: choose another one.</source>
        <translation>Fabrika “{factory}” vairs nav aktīva: izvēlieties citu.</translation>
    </message>
    <message>
        <source>Trainer {trainer} is no longer active: choose another one.</source>
        <translation>Treneris {trainer} vairs nav aktīvs: izvēlieties citu.</translation>
    </message>
    <message>
        <source>A group has at least 1 and at most 100 people: {min}–{max} is not possible.</source>
        <translation>Grupā var būt no 1 līdz 100 cilvēkiem: {min}–{max} nav iespējams.</translation>
    </message>
    <message>
        <source>The minimum group ({min}) cannot be larger than the maximum ({max}).</source>
        <translation>Minimālais grupas lielums ({min}) nevar būt lielāks par maksimālo ({max}).</translation>
    </message>
    <message>
        <source>The group size {min}–{max} differs from the programme&apos;s {programme_min}–{programme_max}: say why.</source>
        <translation>Grupas lielums {min}–{max} atšķiras no programmā noteiktā ({programme_min}–{programme_max}): norādiet iemeslu.</translation>
    </message>
    <message>
        <source>Choose the date of the session.</source>
        <translation>Izvēlieties nodarbības datumu.</translation>
    </message>
    <message>
        <source>The programme «{programme}» takes one day: choose one date, not {given}.</source>
        <translation>Programma “{programme}” ilgst vienu dienu: izvēlieties vienu datumu, nevis {given}.</translation>
    </message>
    <message>
        <source>The programme «{programme}» takes {days} days: choose {days} dates, not {given}.</source>
        <translation>Programma “{programme}” ilgst {days} dienas: izvēlieties {days} datumus, nevis {given}.</translation>
    </message>
    <message>
        <source>The days of a session go in order, each after the one before: {date} cannot follow {previous}.</source>
        <translation>Nodarbības dienas seko pēc kārtas, katra pēc iepriekšējās: {date} nevar būt pēc {previous}.</translation>
    </message>
    <message>
        <source>A session ends after it starts: {start}–{end} is not possible.</source>
        <translation>Nodarbībai jābeidzas pēc tās sākuma: {start}–{end} nav iespējams.</translation>
    </message>
    <message>
        <source>Trainer {trainer} already leads «{programme}» at {factory} on {date}, {start}–{end}.</source>
        <translation>Treneris {trainer} jau vada “{programme}” — {factory}, {date}, {start}–{end}.</translation>
    </message>
    <message>
        <source>{factory} already has «{programme}» on {date}, {start}–{end}.</source>
        <translation>{factory}: jau ir “{programme}” {date}, {start}–{end}.</translation>
    </message>
    <message>
        <source>Only {enrolled} people are enrolled in «{programme}» of {date}; the group needs at least {min}.</source>
        <translation>Nodarbībai “{programme}” {date} pieteikti tikai {enrolled} cilvēki, bet grupā jābūt vismaz {min}.</translation>
    </message>
    <message>
        <source>A new session can be planned, open for enrolment or confirmed, not “{status}”.</source>
        <translation>Jaunai nodarbībai var būt statuss “Plānota”, “Atvērta pieteikšanās” vai “Apstiprināta”, bet ne “{status}”.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} is “{status}”: it can no longer be changed.</source>
        <translation>Nodarbībai “{programme}” {date} ir statuss “{status}”: to vairs nevar mainīt.</translation>
    </message>
    <message>
        <source>{enrolled} people are already enrolled: the maximum cannot be lower than that.</source>
        <translation>Jau pieteikti {enrolled} cilvēki: maksimums nevar būt mazāks.</translation>
    </message>
    <message>
        <source>Documents can be printed in Russian, Latvian or English, not in “{language}”.</source>
        <translation>Dokumentus var drukāt krievu, latviešu vai angļu valodā, nevis “{language}”.</translation>
    </message>
    <message>
        <source>{name} does not hold a place in this session: scores and feedback are recorded only for its participants.</source>
        <translation>{name} neieņem vietu šajā nodarbībā: punktus un atsauksmes reģistrē tikai tās dalībniekiem.</translation>
    </message>
    <message>
        <source>The maximum score of a test is more than 0 and at most {limit}.</source>
        <translation>Maksimālajam testa punktu skaitam jābūt lielākam par 0 un ne lielākam par {limit}.</translation>
    </message>
    <message>
        <source>A test score is from 0 to {maximum}, not {score}.</source>
        <translation>Testa punktu skaitam jābūt no 0 līdz {maximum}, nevis {score}.</translation>
    </message>
    <message>
        <source>The recommendation is a whole number from 0 to 10, not {value}.</source>
        <translation>Ieteikšanas vērtējums ir vesels skaitlis no 0 līdz 10, nevis {value}.</translation>
    </message>
    <message>
        <source>A comment is at most {limit} characters long.</source>
        <translation>Komentārā var būt ne vairāk kā {limit} rakstzīmes.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” nav skaitlis.</translation>
    </message>
    <message>
        <source>This figure is not one of the metrics of the programme «{programme}».</source>
        <translation>Šis rādītājs nav starp programmas “{programme}” rādītājiem.</translation>
    </message>
    <message>
        <source>The programme «{programme}» has {rounds} rounds: there is no round {round}.</source>
        <translation>Programmā “{programme}” raundu skaits ir {rounds}: {round}. raunda nav.</translation>
    </message>
    <message>
        <source>{metric} cannot be negative ({value}).</source>
        <translation>Rādītājs “{metric}” nevar būt negatīvs ({value}).</translation>
    </message>
    <message>
        <source>{value} is too large for {metric}.</source>
        <translation>{value} ir pārāk liela vērtība rādītājam “{metric}”.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: it has no sign-in sheet.</source>
        <translation>Nodarbība “{programme}” {date} ir atcelta: tai nav dalībnieku reģistrācijas lapas.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has no day {day}.</source>
        <translation>Nodarbībai “{programme}” {date} nav {day}. dienas.</translation>
    </message>
    <message>
        <source>There is no role “{role}”; the roles are: {roles}.</source>
        <translation>Lomas “{role}” nav; pieejamās lomas: {roles}.</translation>
    </message>
    <message>
        <source>This needs the role {needed}; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Tam vajadzīga loma {needed}; jūs strādājat kā “{login}” ar lomu “{role}”.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator can change the role of people without an account; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Lomu lietotājiem bez konta var mainīt tikai koordinators vai administrators; jūs strādājat kā “{login}” ar lomu “{role}”.</translation>
    </message>
    <message>
        <source>You work without an account, so this would take from you the right to change it back. Give yourself an account first: factory-desk users add {login} --role coordinator.</source>
        <translation>Jūs strādājat bez konta, tāpēc pēc šīs izmaiņas vairs nevarēsiet to atsaukt. Vispirms izveidojiet sev kontu: factory-desk users add {login} --role coordinator.</translation>
    </message>
    <message>
        <source>An account needs a login.</source>
        <translation>Kontam vajadzīgs lietotājvārds.</translation>
    </message>
    <message>
        <source>The login “{login}” already has an account, with the role “{role}”.</source>
        <translation>Lietotājvārdam “{login}” jau ir konts ar lomu “{role}”.</translation>
    </message>
    <message>
        <source>The login “{login}” has no account.</source>
        <translation>Lietotājvārdam “{login}” nav konta.</translation>
    </message>
    <message>
        <source>The printer {printer} could not start the job.</source>
        <translation>Printeris {printer} nevarēja sākt drukas darbu.</translation>
    </message>
    <message>
        <source>A certificate can be printed in Russian, Latvian, English, Russian and English, or Latvian and English, not in “{language}”.</source>
        <translation>Sertifikātu var drukāt krievu, latviešu vai angļu valodā, krievu un angļu vai latviešu un angļu valodā, bet ne “{language}”.</translation>
    </message>
    <message>
        <source>There is no certificate design with the number {id}.</source>
        <translation>Sertifikāta maketa Nr. {id} nav.</translation>
    </message>
    <message>
        <source>Give the certificate design a name.</source>
        <translation>Norādiet sertifikāta maketa nosaukumu.</translation>
    </message>
    <message>
        <source>There is already a certificate design named “{name}”.</source>
        <translation>Sertifikāta makets ar nosaukumu “{name}” jau ir.</translation>
    </message>
    <message>
        <source>The design “{name}” is the default one: choose another default before deleting it.</source>
        <translation>Makets “{name}” ir noklusējuma makets: pirms tā dzēšanas iestatiet par noklusējumu citu maketu.</translation>
    </message>
    <message>
        <source>{count} certificates were issued with the design “{name}”: it is kept for their reprints.</source>
        <translation>Ar maketu “{name}” izsniegto sertifikātu skaits: {count}; tas tiek saglabāts to atkārtotām izdrukām.</translation>
    </message>
    <message>
        <source>An image of a design is a logo, artwork, a signature or a seal, not “{kind}”.</source>
        <translation>Maketa attēls ir logotips, fons, paraksts vai zīmogs, nevis “{kind}”.</translation>
    </message>
    <message>
        <source>An image of a design needs a name and a file.</source>
        <translation>Maketa attēlam nepieciešams nosaukums un fails.</translation>
    </message>
    <message>
        <source>Some texts have characters the certificate&apos;s font cannot print: {texts}. Correct them (or leave those people out); nothing was issued.</source>
        <translation>Dažos tekstos ir rakstzīmes, kuru sertifikāta fontā nav: {texts}. Izlabojiet tās (vai izslēdziet šīs personas); nekas netika izsniegts.</translation>
    </message>
    <message>
        <source>A number pattern must contain {{seq}}, the running number, for example {{code}}-{{year}}-{{seq:05d}}.</source>
        <translation>Numura veidnē jābūt {{seq}} — kārtas numuram, piemēram, {{code}}-{{year}}-{{seq:05d}}.</translation>
    </message>
    <message>
        <source>The number pattern “{pattern}” has “{unknown}”; it may use {{code}}, {{year}}, {{yy}} and {{seq}}.</source>
        <translation>Numura veidnē “{pattern}” ir “{unknown}”; drīkst izmantot {{code}}, {{year}}, {{yy}} un {{seq}}.</translation>
    </message>
    <message>
        <source>The number pattern “{pattern}” does not make a usable number.</source>
        <translation>Ar numura veidni “{pattern}” nevar izveidot lietojamu numuru.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: it has no certificates.</source>
        <translation>Nodarbība “{programme}” {date} ir atcelta: tai nav sertifikātu.</translation>
    </message>
    <message>
        <source>Certificates of the session «{programme}» of {date} are issued once its attendance is closed: close it first.</source>
        <translation>Nodarbības “{programme}” {date} sertifikātus izsniedz pēc apmeklējuma slēgšanas: vispirms slēdziet nodarbību.</translation>
    </message>
    <message>
        <source>Not eligible for a certificate of the session «{programme}» of {date}: {names}. Nobody was issued one.</source>
        <translation>Nodarbības “{programme}” {date} sertifikātu nesaņem: {names}. Sertifikāts netika izsniegts nevienam.</translation>
    </message>
    <message>
        <source>Issuing was cancelled: no certificate was issued and no number was used.</source>
        <translation>Izsniegšana atcelta: neviens sertifikāts netika izsniegts un neviens numurs netika izmantots.</translation>
    </message>
    <message>
        <source>There is no certificate {number} in the register.</source>
        <translation>Sertifikāta {number} reģistrā nav.</translation>
    </message>
    <message>
        <source>The certificate {number} was voided ({reason}): it cannot be printed again.</source>
        <translation>Sertifikāts {number} ir anulēts ({reason}): to nevar izdrukāt atkārtoti.</translation>
    </message>
    <message>
        <source>The certificate {number} cannot be printed again: the data it was printed with are no longer kept.</source>
        <translation>Sertifikātu {number} nevar izdrukāt atkārtoti: dati, ar kuriem tas tika izdrukāts, vairs netiek glabāti.</translation>
    </message>
    <message>
        <source>Say why the certificate is voided: the reason is kept in the register.</source>
        <translation>Norādiet, kāpēc sertifikāts tiek anulēts: iemesls tiek saglabāts reģistrā.</translation>
    </message>
    <message>
        <source>The certificate {number} was already voided ({reason}).</source>
        <translation>Sertifikāts {number} jau ir anulēts ({reason}).</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: there is nothing to report.</source>
        <translation>Nodarbība “{programme}” {date} ir atcelta: par to nav ko atskaitīties.</translation>
    </message>
    <message>
        <source>There is no project with the number {id}.</source>
        <translation>Projekta ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>“{status}” is not a project status; choose from {choices}.</source>
        <translation>“{status}” nav projekta statuss; izvēlieties kādu no šiem: {choices}.</translation>
    </message>
    <message>
        <source>The portfolio is exported to an .xlsx file, not “{suffix}”.</source>
        <translation>Projektu portfeli eksportē .xlsx failā, nevis “{suffix}”.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” nav skaitlis.</translation>
    </message>
    <message>
        <source>There is no project metric with the number {id}.</source>
        <translation>Projekta rādītāja ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>A metric needs its name.</source>
        <translation>Norādiet rādītāja nosaukumu.</translation>
    </message>
    <message>
        <source>The metric {id} belongs to another project.</source>
        <translation>Rādītājs {id} pieder citam projektam.</translation>
    </message>
    <message>
        <source>A measurement needs its value.</source>
        <translation>Norādiet mērījuma vērtību.</translation>
    </message>
    <message>
        <source>There is no measurement with the number {id}.</source>
        <translation>Mērījuma ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>An effect or a cost cannot be negative ({value}).</source>
        <translation>Efekts vai izmaksas nevar būt negatīvas ({value}).</translation>
    </message>
    <message>
        <source>The project has no start date and no session, so there is no day to count its follow-ups from; enter its planned start first.</source>
        <translation>Projektam nav ne sākuma datuma, ne nodarbības, tāpēc nav no kā skaitīt kontroles pārbaužu termiņus; vispirms norādiet plānoto sākumu.</translation>
    </message>
    <message>
        <source>There is no follow-up with the number {id}.</source>
        <translation>Kontroles pārbaudes ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>The attachment limit must be a whole number of megabytes from {low} to {high}, not “{value}”.</source>
        <translation>Pielikuma izmēra ierobežojumam jābūt veselam megabaitu skaitam no {low} līdz {high}, nevis “{value}”.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator can change the attachment limit; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Pielikumu izmēra ierobežojumu var mainīt tikai koordinators vai administrators; jūs strādājat kā “{login}” ar lomu “{role}”.</translation>
    </message>
    <message>
        <source>There is no kind of attachment “{kind}”.</source>
        <translation>Pielikuma veida “{kind}” nav.</translation>
    </message>
    <message>
        <source>An attachment needs its file name.</source>
        <translation>Norādiet pielikuma faila nosaukumu.</translation>
    </message>
    <message>
        <source>The file {filename} is {size} MB; attachments may be at most {limit} MB. Make it smaller (a photo at a lower resolution, a PDF compressed) or ask the centre to raise the limit.</source>
        <translation>Faila {filename} izmērs ir {size} MB, bet pielikums drīkst būt ne lielāks par {limit} MB. Samaziniet failu (foto ar mazāku izšķirtspēju, saspiests PDF) vai lūdziet centram palielināt ierobežojumu.</translation>
    </message>
    <message>
        <source>There is no attachment with the number {id}.</source>
        <translation>Pielikuma ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>There is no improvement project with the number {id}.</source>
        <translation>Uzlabošanas projekta ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>A project needs its title.</source>
        <translation>Norādiet projekta nosaukumu.</translation>
    </message>
    <message>
        <source>A project cannot finish ({finish}) before it starts ({start}).</source>
        <translation>Projekts nevar beigties ({finish}) agrāk, nekā sākas ({start}).</translation>
    </message>
    <message>
        <source>There is no person with the number {id}.</source>
        <translation>Personas ar numuru {id} nav.</translation>
    </message>
    <message>
        <source>There is no project status “{status}”.</source>
        <translation>Projekta statusa “{status}” nav.</translation>
    </message>
    <message>
        <source>There is no review state “{state}”.</source>
        <translation>Pārbaudes stāvokļa “{state}” nav.</translation>
    </message>
    <message>
        <source>Only a coordinator reviews projects; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Projektus pārbauda tikai koordinators; jūs esat pieteicies kā “{login}” ar lomu “{role}”.</translation>
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
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stundas</translation>
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
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Izsniegts</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Izsniedza</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Izdrukas</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>Anulēts</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Anulēšanas iemesls</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>PDF faila SHA-256</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikāti</translation>
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
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekts</translation>
    </message>
    <message>
        <source>Sub-programme</source>
        <translation>Apakšprogramma</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Pārbaude</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Projekta vadītājs</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Pasūtītājs</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Plānotais sākums</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Faktiskais sākums</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Plānotā pabeigšana</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Faktiskā pabeigšana</translation>
    </message>
    <message>
        <source>Metrics: baseline → actual (target)</source>
        <translation>Rādītāji: sākotnējais → fakts (mērķis)</translation>
    </message>
    <message>
        <source>Targets reached</source>
        <translation>Sasniegtie mērķi</translation>
    </message>
    <message>
        <source>Freed hours a year</source>
        <translation>Atbrīvotās darba stundas gadā</translation>
    </message>
    <message>
        <source>Economic effect</source>
        <translation>Ekonomiskais efekts</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <source>Social effect</source>
        <translation>Sociālais efekts</translation>
    </message>
    <message>
        <source>Ecological effect</source>
        <translation>Ekoloģiskais efekts</translation>
    </message>
    <message>
        <source>Cultural effect</source>
        <translation>Kultūras efekts</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Ceturksnis</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānoti</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Uzsākti</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Pabeigti</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}. g. {quarter}. cet.</translation>
    </message>
    <message>
        <source>{year} in all</source>
        <translation>Kopā {year}. gadā</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Quarters {year}</source>
        <translation>Ceturkšņi {year}</translation>
    </message>
    <message>
        <source>{metric}: {baseline} → {actual} (target {target})</source>
        <translation>{metric}: {baseline} → {actual} (mērķis {target})</translation>
    </message>
</context>
<context>
    <name>FactoriesPanel</name>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>factories</comment>
        <translation>
            <numerusform>Atrasta %Ln fabrika</numerusform>
            <numerusform>Atrastas %Ln fabrikas</numerusform>
            <numerusform>Atrastas %Ln fabrikas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Factories: %Ln</source>
        <translation>
            <numerusform>%Ln fabrika</numerusform>
            <numerusform>%Ln fabrikas</numerusform>
            <numerusform>%Ln fabriku</numerusform>
        </translation>
    </message>
    <message>
        <source>No factory matches. Check the spelling or type fewer letters.</source>
        <translation>Neviena fabrika neatbilst. Pārbaudiet rakstību vai ievadiet mazāk burtu.</translation>
    </message>
    <message>
        <source>There is no factory yet. Add the sites where your groups are trained: New…</source>
        <translation>Vēl nav nevienas fabrikas. Pievienojiet vietas, kur notiek jūsu grupu apmācības: “Jauna…”.</translation>
    </message>
    <message>
        <source>Delete the factory «{name}»? This cannot be undone.</source>
        <translation>Dzēst fabriku “{name}”? To nevar atsaukt.</translation>
    </message>
    <message>
        <source>The sites where groups are trained, with the municipalities each one serves. A factory that has held sessions is deactivated, not deleted. Double-click or press Enter to edit; Ctrl+N adds a factory.</source>
        <translation>Vietas, kur notiek grupu apmācības, un pašvaldības, kuras katra no tām apkalpo. Fabriku, kurā jau notikušas nodarbības, nevis dzēš, bet deaktivizē. Lai labotu fabriku, veiciet dubultklikšķi vai nospiediet Enter; Ctrl+N pievieno fabriku.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Find factories</source>
        <translation>Meklēt fabrikas</translation>
    </message>
    <message>
        <source>Name, code, municipality…</source>
        <translation>Nosaukums, kods, pašvaldība…</translation>
    </message>
    <message>
        <source>Also list those no longer offered for new sessions</source>
        <translation>Rādīt arī tās, kas vairs netiek piedāvātas jaunām nodarbībām</translation>
    </message>
    <message>
        <source>Sho&amp;w inactive</source>
        <translation>Rādīt &amp;neaktīvās</translation>
    </message>
    <message>
        <source>Factories</source>
        <translation>Fabrikas</translation>
    </message>
    <message>
        <source>Add a training site (Ctrl+N)</source>
        <translation>Pievienot apmācību vietu (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Jauna…</translation>
    </message>
    <message>
        <source>Open the selected row in the editor (Enter or a double-click)</source>
        <translation>Atvērt atlasīto rindu labošanai (Enter vai dubultklikšķis)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>No longer offer it for new sessions; past sessions keep it</source>
        <translation>Vairs nepiedāvāt jaunām nodarbībām; pagātnes nodarbībās tā saglabāsies</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivizēt</translation>
    </message>
    <message>
        <source>Delete it for good: only what no session uses</source>
        <translation>Dzēst pavisam: tikai ja tā netiek izmantota nevienā nodarbībā</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>D&amp;zēst</translation>
    </message>
</context>
<context>
    <name>FactoriesTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Specialisation</source>
        <translation>Specializācija</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Apkalpotās pašvaldības</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Treneri</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
</context>
<context>
    <name>FactoryDialog</name>
    <message>
        <source>New factory</source>
        <translation>Jauna fabrika</translation>
    </message>
    <message>
        <source>Factory: {name}</source>
        <translation>Fabrika: {name}</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>For example, Фабрика процессов Кировского техникума</source>
        <translation>Piemēram, Rīgas tehnikuma Procesu fabrika</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>For example, КИР</source>
        <translation>Piemēram, RIG</translation>
    </message>
    <message>
        <source>Up to 12 letters or digits; it begins each certificate number: КИР-2026-00042.</source>
        <translation>Līdz 12 burtiem vai cipariem; ar to sākas katra sertifikāta numurs: RIG-2026-00042.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adrese</translation>
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
        <source>&amp;Specialisation:</source>
        <translation>&amp;Specializācija:</translation>
    </message>
    <message>
        <source>Specialisation</source>
        <translation>Specializācija</translation>
    </message>
    <message>
        <source>The sectors its groups come from</source>
        <translation>Nozares, no kurām nāk tās grupas</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Laika josla:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <source>An inactive factory stays in past sessions and reports</source>
        <translation>Neaktīva fabrika paliek pagātnes nodarbībās un pārskatos</translation>
    </message>
    <message>
        <source>&amp;Offered for new sessions</source>
        <translation>P&amp;iedāvāta jaunām nodarbībām</translation>
    </message>
    <message>
        <source>&amp;Municipalities served</source>
        <translation>Apkalpotās &amp;pašvaldības</translation>
    </message>
    <message>
        <source>Find a municipality</source>
        <translation>Meklēt pašvaldību</translation>
    </message>
    <message>
        <source>Find in the list</source>
        <translation>Meklēt sarakstā</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Apkalpotās pašvaldības</translation>
    </message>
    <message>
        <source>New municipality</source>
        <translation>Jauna pašvaldība</translation>
    </message>
    <message>
        <source>A municipality not in the list</source>
        <translation>Pašvaldība, kuras nav sarakstā</translation>
    </message>
    <message>
        <source>Add it to the list, in the factory&apos;s region, and tick it</source>
        <translation>Pievienot sarakstam (fabrikas reģionā) un atzīmēt</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Pie&amp;vienot</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Jauna kontrolpārbaude</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Termiņš:</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>Atzīmēt kontrolpārbaudi</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Veikšanas datums:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Kas konstatēts:</translation>
    </message>
    <message>
        <source>Move the follow-up</source>
        <translation>Pārcelt kontrolpārbaudi</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Jaunais datums:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kontrolpārbaude</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termiņš:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Not done after all: open it again</source>
        <translation>Tomēr nav veikta: atvērt no jauna</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Piezīme:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekts</translation>
    </message>
    <message>
        <source>today</source>
        <translation>šodien</translation>
    </message>
    <message>
        <source>in {days} d</source>
        <translation>pēc {days} d.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Veikts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>done</source>
        <translation>veikts</translation>
    </message>
    <message>
        <source>overdue by {days} d</source>
        <translation>nokavēts par {days} d.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>šodien</translation>
    </message>
    <message>
        <source>due in {days} d</source>
        <translation>pēc {days} d.</translation>
    </message>
    <message>
        <source>Leader: {name}</source>
        <translation>Projekta vadītājs: {name}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>The follow-ups 30 and 90 days on are already in the list; nothing was added.</source>
        <translation>Kontrolpārbaudes pēc 30 un 90 dienām jau ir sarakstā; nekas netika pievienots.</translation>
    </message>
    <message>
        <source>Planned: {dates}.</source>
        <translation>Ieplānots: {dates}.</translation>
    </message>
    <message>
        <source>A follow-up is planned on {date}.</source>
        <translation>Kontrolpārbaude ieplānota {date}.</translation>
    </message>
    <message>
        <source>The follow-up is open again.</source>
        <translation>Kontrolpārbaude atkal atvērta.</translation>
    </message>
    <message>
        <source>The follow-up is recorded as done on {date}.</source>
        <translation>Kontrolpārbaude atzīmēta kā veikta {date}.</translation>
    </message>
    <message>
        <source>The follow-up is moved to {date}.</source>
        <translation>Kontrolpārbaude pārcelta uz {date}.</translation>
    </message>
    <message>
        <source>Delete the follow-up due on {date}?</source>
        <translation>Dzēst kontrolpārbaudi ar termiņu {date}?</translation>
    </message>
    <message>
        <source>Its note goes with it: “{note}”</source>
        <translation>Kopā ar to tiks dzēsta piezīme: “{note}”</translation>
    </message>
    <message>
        <source>Delete the follow-up</source>
        <translation>Dzēst kontrolpārbaudi</translation>
    </message>
    <message>
        <source>The follow-up due on {date} is deleted.</source>
        <translation>Kontrolpārbaude ar termiņu {date} dzēsta.</translation>
    </message>
    <message>
        <source>Check-ins on how the project goes after the training, usually 30 and 90 days after its start, with what was found each time. Those due this week and those overdue are also on the Today page.</source>
        <translation>Kontrolpārbaudes par to, kā projekts virzās pēc apmācības, — parasti 30 un 90 dienas pēc tā sākuma — un kas katrā no tām konstatēts. Tās, kuru termiņš ir šonedēļ, un nokavētās redzamas arī lapā “Šodien”.</translation>
    </message>
    <message>
        <source>Add the follow-ups 30 and 90 days after the project&apos;s start (or after its training session); those already planned are not repeated</source>
        <translation>Pievienot kontrolpārbaudes 30 un 90 dienas pēc projekta sākuma (vai pēc tā nodarbības); jau ieplānotās netiek dublētas</translation>
    </message>
    <message>
        <source>&amp;Plan at 30 and 90 days</source>
        <translation>&amp;Ieplānot pēc 30 un 90 dienām</translation>
    </message>
    <message>
        <source>A follow-up on any date</source>
        <translation>Kontrolpārbaude jebkurā datumā</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Pievienot…</translation>
    </message>
    <message>
        <source>Record the chosen follow-up as done, with what was found</source>
        <translation>Atzīmēt izvēlēto kontrolpārbaudi kā veiktu un ierakstīt, kas konstatēts</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Atzīmēt…</translation>
    </message>
    <message>
        <source>Move the chosen follow-up to another date</source>
        <translation>Pārcelt izvēlēto kontrolpārbaudi uz citu datumu</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Pā&amp;rcelt…</translation>
    </message>
    <message>
        <source>Delete the chosen follow-up</source>
        <translation>Dzēst izvēlēto kontrolpārbaudi</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kontrolpārbaudes</translation>
    </message>
</context>
<context>
    <name>HeldSessionsModel</name>
    <message>
        <source>Dates</source>
        <translation>Datumi</translation>
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
        <source>Attended</source>
        <translation>Apmeklēja</translation>
    </message>
    <message>
        <source>Of the organisation</source>
        <translation>No organizācijas</translation>
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
    <message>
        <source>The organisation is not in the database yet: add it, and the people of this file go to it</source>
        <translation>Šīs organizācijas datubāzē vēl nav: pievienojiet to, un šī faila cilvēki tiks piesaistīti tai</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Jauna organizācija…</translation>
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
    <message>
        <source>Administrator</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinators</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Treneris</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Skatītājs</translation>
    </message>
    <message>
        <source>Photo before</source>
        <translation>Foto “pirms”</translation>
    </message>
    <message>
        <source>Photo after</source>
        <translation>Foto “pēc”</translation>
    </message>
    <message>
        <source>Project passport</source>
        <translation>Projekta pase</translation>
    </message>
    <message>
        <source>Value-stream map</source>
        <translation>Vērtību plūsmas karte (VPK)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokols</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokuments</translation>
    </message>
    <message>
        <source>Production process</source>
        <translation>Ražošanas process</translation>
    </message>
    <message>
        <source>Office process</source>
        <translation>Biroja process</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Ražīgums</translation>
    </message>
    <message>
        <source>Plan fulfilment</source>
        <translation>Plāna izpilde</translation>
    </message>
    <message>
        <source>per operator-hour</source>
        <translation>uz cilvēkstundu</translation>
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
        <source>Valid</source>
        <translation>Derīgs</translation>
    </message>
    <message>
        <source>Not valid: the text was changed after signing</source>
        <translation>Nav derīgs: teksts mainīts pēc parakstīšanas</translation>
    </message>
    <message>
        <source>Not valid: signed with an unknown key</source>
        <translation>Nav derīgs: parakstīts ar nezināmu atslēgu</translation>
    </message>
    <message>
        <source>Not valid: the certificate was voided</source>
        <translation>Nav derīgs: sertifikāts ir anulēts</translation>
    </message>
    <message>
        <source>Not valid: this is not a certificate code</source>
        <translation>Nav derīgs: tas nav sertifikāta kods</translation>
    </message>
    <message>
        <source>Not valid: the number is not in the register</source>
        <translation>Nav derīgs: numura nav reģistrā</translation>
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
        <translation>Īstenošanā</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <source>On review</source>
        <translation>Pārbaudē</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Jāpapildina</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Pārbaudīts</translation>
    </message>
</context>
<context>
    <name>LinkedSessionsModel</name>
    <message>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
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
    <name>MeasurementDialog</name>
    <message>
        <source>Change the measurement</source>
        <translation>Mainīt mērījumu</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>Jauns mērījums</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mērījums</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Rādītājs:</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>&amp;Mērīšanas datums:</translation>
    </message>
    <message>
        <source>Date of the measurement</source>
        <translation>Mērījuma datums</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Vērtība:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Piezīme:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>How it was measured, what changed</source>
        <translation>Kā mērīts, kas mainījies</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
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
    <name>MetricChart</name>
    <message>
        <source>Choose a metric to see its chart.</source>
        <translation>Izvēlieties rādītāju, lai redzētu tā grafiku.</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Mērījumu vēl nav</translation>
    </message>
    <message>
        <source>{name}, {unit}</source>
        <translation>{name}, {unit}</translation>
    </message>
    <message>
        <source>Baseline {value}</source>
        <translation>Sākotnējā {value}</translation>
    </message>
    <message>
        <source>Target {value}</source>
        <translation>Mērķis {value}</translation>
    </message>
    <message>
        <source>Chart of the metric over time</source>
        <translation>Rādītāja izmaiņu grafiks</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>Change the metric</source>
        <translation>Mainīt rādītāju</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Jauns rādītājs</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>Name of the metric</source>
        <translation>Rādītāja nosaukums</translation>
    </message>
    <message>
        <source>For example, waiting time in the queue</source>
        <translation>Piemēram, gaidīšanas laiks rindā</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Mērvienība:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>min, pcs, %, working days</source>
        <translation>min, gab., %, darba dienas</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Sākotnējā vērtība:</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Sākotnējā vērtība</translation>
    </message>
    <message>
        <source>The value before the project</source>
        <translation>Vērtība pirms projekta</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Mērķa &amp;vērtība:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķa vērtība</translation>
    </message>
    <message>
        <source>The value the project aims at</source>
        <translation>Vērtība, ko projekts cenšas sasniegt</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>Labāk:</translation>
    </message>
    <message>
        <source>&amp;lower</source>
        <translation>ma&amp;zāk</translation>
    </message>
    <message>
        <source>&amp;higher</source>
        <translation>vai&amp;rāk</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>Metric</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Sākotnējā</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Labāk</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Fakts (pēdējais)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Mērķa izpilde</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>mazāk ir labāk</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>vairāk ir labāk</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Measured on {date}</source>
        <translation>Mērīts {date}</translation>
    </message>
    <message>
        <source>Progress shows when the metric has a baseline, a target different from it, and a measurement</source>
        <translation>Mērķa izpilde redzama, ja rādītājam ir sākotnējā vērtība, no tās atšķirīga mērķa vērtība un vismaz viens mērījums</translation>
    </message>
    <message>
        <source>How far the latest actual value has come from the baseline towards the target (100% is the target reached)</source>
        <translation>Cik tālu pēdējā faktiskā vērtība ir pavirzījusies no sākotnējās uz mērķa vērtību (100% — mērķis sasniegts)</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Delete the metric “{name}” with its {count} measurements?</source>
        <translation>Dzēst rādītāju “{name}” kopā ar tā mērījumiem ({count})?</translation>
    </message>
    <message>
        <source>Delete the metric “{name}”?</source>
        <translation>Dzēst rādītāju “{name}”?</translation>
    </message>
    <message>
        <source>Delete the metric</source>
        <translation>Dzēst rādītāju</translation>
    </message>
    <message>
        <source>Delete the measurement of {date} ({value})?</source>
        <translation>Dzēst {date} veikto mērījumu ({value})?</translation>
    </message>
    <message>
        <source>Delete the measurement</source>
        <translation>Dzēst mērījumu</translation>
    </message>
    <message>
        <source>The effects are saved.</source>
        <translation>Efekti saglabāti.</translation>
    </message>
    <message>
        <source>Add the project&apos;s metrics (waiting time, errors, documents a day…): each one&apos;s measurements are charted here.</source>
        <translation>Pievienojiet projekta rādītājus (gaidīšanas laiks, kļūdas, dokumenti dienā…): šeit būs redzams katra rādītāja mērījumu grafiks.</translation>
    </message>
    <message>
        <source>Measurements of “{name}”</source>
        <translation>Mērījumi: “{name}”</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mērījumi</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>&amp;Add a metric…</source>
        <translation>&amp;Pievienot rādītāju…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Mainīt…</translation>
    </message>
    <message>
        <source>Change the chosen metric: its name, unit, baseline and target</source>
        <translation>Mainīt izvēlēto rādītāju: nosaukumu, mērvienību, sākotnējo un mērķa vērtību</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <source>Delete the chosen metric with its measurements</source>
        <translation>Dzēst izvēlēto rādītāju kopā ar tā mērījumiem</translation>
    </message>
    <message>
        <source>Add a &amp;measurement…</source>
        <translation>Pievienot mērī&amp;jumu…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Mainīt…</translation>
    </message>
    <message>
        <source>Change the chosen measurement</source>
        <translation>Mainīt izvēlēto mērījumu</translation>
    </message>
    <message>
        <source>Delete the chosen measurement</source>
        <translation>Dzēst izvēlēto mērījumu</translation>
    </message>
    <message>
        <source>Measurements of the chosen metric</source>
        <translation>Izvēlētā rādītāja mērījumi</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Efekti</translation>
    </message>
    <message>
        <source>&amp;Freed working hours a year:</source>
        <translation>&amp;Atbrīvotais darba laiks, h gadā:</translation>
    </message>
    <message>
        <source>Freed working hours a year</source>
        <translation>Atbrīvotais darba laiks, h gadā</translation>
    </message>
    <message>
        <source>&amp;Economic effect, ₽ a year:</source>
        <translation>&amp;Ekonomiskais efekts, ₽ gadā:</translation>
    </message>
    <message>
        <source>Economic effect in roubles</source>
        <translation>Ekonomiskais efekts rubļos</translation>
    </message>
    <message>
        <source>C&amp;osts, ₽:</source>
        <translation>&amp;Izmaksas, ₽:</translation>
    </message>
    <message>
        <source>Costs in roubles</source>
        <translation>Izmaksas rubļos</translation>
    </message>
    <message>
        <source>&amp;Social effect:</source>
        <translation>&amp;Sociālais efekts:</translation>
    </message>
    <message>
        <source>Social effect</source>
        <translation>Sociālais efekts</translation>
    </message>
    <message>
        <source>Ecolo&amp;gical effect:</source>
        <translation>Ek&amp;oloģiskais efekts:</translation>
    </message>
    <message>
        <source>Ecological effect</source>
        <translation>Ekoloģiskais efekts</translation>
    </message>
    <message>
        <source>C&amp;ultural effect:</source>
        <translation>&amp;Kultūras efekts:</translation>
    </message>
    <message>
        <source>Cultural effect</source>
        <translation>Kultūras efekts</translation>
    </message>
    <message>
        <source>Sa&amp;ve the effects</source>
        <translation>Sa&amp;glabāt efektus</translation>
    </message>
</context>
<context>
    <name>NumberingDialog</name>
    <message>
        <source>There is no factory yet: add one on the Sessions page (Factories tab).</source>
        <translation>Fabriku vēl nav: pievienojiet to sadaļā “Nodarbības” (cilne “Fabrikas”).</translation>
    </message>
    <message>
        <source>Saved: the next certificate of {factory} in {year} gets the number {number}.</source>
        <translation>Saglabāts: nākamais fabrikas “{factory}” sertifikāts {year}. gadā saņems numuru {number}.</translation>
    </message>
    <message>
        <source>Certificate numbers</source>
        <translation>Sertifikātu numuri</translation>
    </message>
    <message>
        <source>Each factory numbers its certificates by year. A number is never given twice, also when several computers issue at once; a change of the pattern applies to the next numbers.</source>
        <translation>Katra fabrika numurē sertifikātus pa gadiem. Numurs nekad netiek izsniegts divreiz, arī tad, ja sertifikātus vienlaikus izsniedz vairākos datoros; jaunā veidne attiecas uz nākamajiem numuriem.</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Fabrika:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Gads:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Veidne:</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Numura veidne</translation>
    </message>
    <message>
        <source>{code} the factory&apos;s code, {year} the year, {yy} its last two digits, {seq} the running number ({seq:05d}: five digits with leading zeros).</source>
        <translation>{code} — fabrikas kods, {year} — gads, {yy} — gada pēdējie divi cipari, {seq} — kārtas numurs ({seq:05d} — pieci cipari ar nullēm sākumā).</translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation>Nākamais numurs:</translation>
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
        <source>Split its people who have not been trained yet into groups over the coming sessions or free days</source>
        <translation>Sadalīt organizācijas vēl neapmācītos cilvēkus grupās tuvākajās nodarbībās vai brīvajās dienās</translation>
    </message>
    <message>
        <source>Plan gro&amp;ups for its people…</source>
        <translation>Plānot &amp;grupas tās cilvēkiem…</translation>
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
    <name>OutputMenu</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Atvērt PDF skatītājā</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Print “{title}”</source>
        <translation>Drukāt “{title}”</translation>
    </message>
    <message>
        <source>“{title}” was sent to {printer}.</source>
        <translation>Dokuments “{title}” nosūtīts uz printeri {printer}.</translation>
    </message>
    <message>
        <source>Printing “{title}”…</source>
        <translation>Drukā “{title}”…</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Nav printera</translation>
    </message>
    <message>
        <source>No printer is installed on this computer.</source>
        <translation>Šajā datorā nav instalēts neviens printeris.</translation>
    </message>
    <message>
        <source>Save “{title}” as a PDF file to print it on another computer or to send it, or open it in your PDF viewer.</source>
        <translation>Saglabājiet “{title}” kā PDF failu, lai to izdrukātu citā datorā vai nosūtītu, vai atveriet to PDF skatītājā.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Open in the PDF viewer</source>
        <translation>Atvērt PDF skatītājā</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Saglabāt kā PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF dokuments (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “{title}” to {file}.</source>
        <translation>Dokuments “{title}” saglabāts: {file}.</translation>
    </message>
    <message>
        <source>Saving “{title}”…</source>
        <translation>Saglabā “{title}”…</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. The file is {file}.</source>
        <translation>Šajā datorā nav atrasta programma PDF failu atvēršanai. Fails: {file}.</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Atver “{title}”…</translation>
    </message>
    <message>
        <source>Factory Desk</source>
        <translation>Factory Desk</translation>
    </message>
    <message>
        <source>Making the sign-in sheet…</source>
        <translation>Sagatavo dalībnieku reģistrācijas lapu…</translation>
    </message>
    <message>
        <source>Making the session report…</source>
        <translation>Sagatavo nodarbības atskaiti…</translation>
    </message>
    <message>
        <source>Making the A3 report…</source>
        <translation>Sagatavo A3 pārskatu…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Iepriekšējā lappuse (Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Iepriekšējā lappuse</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nākamā lappuse (Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nākamā lappuse</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pēc platuma</translation>
    </message>
    <message>
        <source>Show the page as wide as the preview</source>
        <translation>Rādīt lappusi visā priekšskatījuma platumā</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Visa lappuse</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Rādīt visu lappusi</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Šo PDF nevar parādīt.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lappuse no {pages}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
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
    <name>PlannerDialog</name>
    <message>
        <source>Reading the organisation&apos;s people…</source>
        <translation>Nolasa organizācijas cilvēkus…</translation>
    </message>
    <message>
        <source>Proposing groups…</source>
        <translation>Veido grupu priekšlikumu…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n cilvēks</numerusform>
            <numerusform>%n cilvēki</numerusform>
            <numerusform>%n cilvēku</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} · {people} (new session) · {factory}</source>
        <translation>{days} · {people} (jauna nodarbība) · {factory}</translation>
    </message>
    <message>
        <source>{days} · {people} (existing session, {free} free) · {factory}</source>
        <translation>{days} · {people} (esoša nodarbība, brīvas vietas: {free}) · {factory}</translation>
    </message>
    <message>
        <source>{day} · {factory} (new session)</source>
        <translation>{day} · {factory} (jauna nodarbība)</translation>
    </message>
    <message>
        <source>{day} · {factory} (existing session)</source>
        <translation>{day} · {factory} (esoša nodarbība)</translation>
    </message>
    <message numerus="yes">
        <source>Not placed: %n</source>
        <translation>
            <numerusform>Nav iedalīti: %n</numerusform>
            <numerusform>Nav iedalīti: %n</numerusform>
            <numerusform>Nav iedalīti: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed (take out of the groups)</source>
        <translation>Nav iedalīti (izņemt no grupām)</translation>
    </message>
    <message>
        <source>Choose the organisation whose people are to be planned.</source>
        <translation>Izvēlieties organizāciju, kuras cilvēkus iedalīt grupās.</translation>
    </message>
    <message numerus="yes">
        <source>%n people of the organisation have not completed the programme.</source>
        <translation>
            <numerusform>Organizācijā %n cilvēks vēl nav pabeidzis programmu.</numerusform>
            <numerusform>Organizācijā %n cilvēki vēl nav pabeiguši programmu.</numerusform>
            <numerusform>Organizācijā %n cilvēku vēl nav pabeiguši programmu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people chosen.</source>
        <translation>
            <numerusform>Izvēlēts %n cilvēks.</numerusform>
            <numerusform>Izvēlēti %n cilvēki.</numerusform>
            <numerusform>Izvēlēti %n cilvēki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Propose groups to see how they can be split.</source>
        <translation>Nospiediet “Piedāvāt grupas”, lai redzētu, kā viņus var sadalīt.</translation>
    </message>
    <message>
        <source>Placed: {placed} in {groups} groups; not placed: {unplaced}.</source>
        <translation>Iedalīti: {placed}, grupas: {groups}; nav iedalīti: {unplaced}.</translation>
    </message>
    <message>
        <source>A group shown in red is outside its limits: move people until none is red.</source>
        <translation>Sarkanā krāsā parādītā grupa ir ārpus pieļaujamām robežām: pārvietojiet cilvēkus, līdz neviena grupa vairs nav sarkana.</translation>
    </message>
    <message>
        <source>The options have changed: press Propose groups to apply them.</source>
        <translation>Iestatījumi ir mainījušies: nospiediet “Piedāvāt grupas”, lai tos lietotu.</translation>
    </message>
    <message>
        <source>The plan has conflicts:</source>
        <translation>Plānā ir konflikti:</translation>
    </message>
    <message>
        <source>Creating the sessions and enrolling the people…</source>
        <translation>Izveido nodarbības un piesaka cilvēkus…</translation>
    </message>
    <message>
        <source>Groups planned: {sessions} sessions, {created} of them new; enrolled: {enrolled}; on the waiting list: {waitlisted}.</source>
        <translation>Grupas saplānotas. Nodarbības: {sessions}, no tām jaunas: {created}; pieteikti: {enrolled}; gaidīšanas sarakstā: {waitlisted}.</translation>
    </message>
    <message>
        <source>&amp;Accept the plan</source>
        <translation>&amp;Apstiprināt plānu</translation>
    </message>
    <message>
        <source>Any factory (open sessions only)</source>
        <translation>Jebkura fabrika (tikai atvērtās nodarbības)</translation>
    </message>
    <message>
        <source>Plan groups</source>
        <translation>Grupu plānošana</translation>
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
        <source>All its people who have not completed the programme are planned</source>
        <translation>Tiek plānoti visi tās cilvēki, kuri vēl nav pabeiguši programmu</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Fabrika:</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;No:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pirmā diena</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>a&amp;nd</source>
        <translation>&amp;līdz</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Pēdējā diena</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Dienas:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pk</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sv</translation>
    </message>
    <message>
        <source>&amp;Keep colleagues of one department together</source>
        <translation>&amp;Turēt kopā vienas struktūrvienības kolēģus</translation>
    </message>
    <message>
        <source>Also propose new sessions on free &amp;days</source>
        <translation>Piedāvāt arī jaunas nodarbības brīvajās &amp;dienās</translation>
    </message>
    <message>
        <source>P&amp;ropose groups</source>
        <translation>Pie&amp;dāvāt grupas</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Piedāvātās grupas</translation>
    </message>
    <message>
        <source>Group, person</source>
        <translation>Grupa, persona</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Struktūrvienība</translation>
    </message>
    <message>
        <source>Move the selected people &amp;to:</source>
        <translation>Pārvietot atlasītos &amp;uz:</translation>
    </message>
    <message>
        <source>Group to move to</source>
        <translation>Grupa, uz kuru pārvietot</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Pār&amp;vietot</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Quarter</source>
        <translation>Ceturksnis</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānoti</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Uzsākti</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Pabeigti</translation>
    </message>
    <message>
        <source>Hours freed a year</source>
        <translation>Atbrīvotās darba stundas gadā</translation>
    </message>
    <message>
        <source>Economic effect</source>
        <translation>Ekonomiskais efekts</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <translation>{quarter}. cet.</translation>
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
    <name>ProgrammeDialog</name>
    <message>
        <source>Ticked for defects, lead time and the like: a smaller value is the better one</source>
        <translation>Atzīmē defektiem, izpildes laikam u. tml.: jo mazāka vērtība, jo labāk</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Jauna programma</translation>
    </message>
    <message>
        <source>Programme: {name}</source>
        <translation>Programma: {name}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Stundas:</translation>
    </message>
    <message>
        <source>Academic hours</source>
        <translation>Akadēmiskās stundas</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Dienas:</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>Minimum group</source>
        <translation>Mazākā grupa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <source>Maximum group</source>
        <translation>Lielākā grupa</translation>
    </message>
    <message>
        <source>people</source>
        <translation>cilvēkiem</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Raundi:</translation>
    </message>
    <message>
        <source>Simulation rounds</source>
        <translation>Simulācijas raundi</translation>
    </message>
    <message>
        <source>An inactive programme stays in past sessions and reports</source>
        <translation>Neaktīva programma paliek pagātnes nodarbībās un pārskatos</translation>
    </message>
    <message>
        <source>&amp;Offered for new sessions</source>
        <translation>Piedāvāt &amp;jaunām nodarbībām</translation>
    </message>
    <message>
        <source>Completion: who gets a certificate</source>
        <translation>Pabeigšanas nosacījums: kas saņem sertifikātu</translation>
    </message>
    <message>
        <source>&amp;Marked with one of these statuses:</source>
        <translation>Atzīmēti ar vienu no šie&amp;m statusiem:</translation>
    </message>
    <message>
        <source>Statuses that count as attended</source>
        <translation>Statusi, kas tiek uzskatīti par apmeklējumu</translation>
    </message>
    <message>
        <source>on e&amp;very day of the session</source>
        <translation>&amp;katrā nodarbības dienā</translation>
    </message>
    <message>
        <source>on at l&amp;east</source>
        <translation>visma&amp;z</translation>
    </message>
    <message>
        <source>Days needed</source>
        <translation>Nepieciešamais dienu skaits</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dienās</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Apraksts:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Cer&amp;tificate wording:</source>
        <translation>Sertifikāta &amp;teksts:</translation>
    </message>
    <message>
        <source>Certificate wording</source>
        <translation>Sertifikāta teksts</translation>
    </message>
    <message>
        <source>Printed after the person&apos;s name, for example: прошёл(а) обучение на «Фабрике процессов» в объёме 8 академических часов.</source>
        <translation>Drukā pēc personas vārda, piemēram: ir apguvis(-usi) apmācību „Procesu fabrikā“ 8 akadēmisko stundu apjomā.</translation>
    </message>
    <message>
        <source>Round &amp;metrics: what is recorded after each simulation round</source>
        <translation>Raunda rādītāj&amp;i: kas tiek reģistrēts pēc katra simulācijas raunda</translation>
    </message>
    <message>
        <source>Round metrics</source>
        <translation>Raunda rādītāji</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mazāks ir labāks</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pievienot</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Noņ&amp;emt</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Uz a&amp;ugšu</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Uz &amp;leju</translation>
    </message>
</context>
<context>
    <name>ProgrammesPanel</name>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>programmes</comment>
        <translation>
            <numerusform>Atrasta %Ln programma</numerusform>
            <numerusform>Atrastas %Ln programmas</numerusform>
            <numerusform>Atrastas programmas: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programmes: %Ln</source>
        <translation>
            <numerusform>%Ln programma</numerusform>
            <numerusform>%Ln programmas</numerusform>
            <numerusform>%Ln programmu</numerusform>
        </translation>
    </message>
    <message>
        <source>No programme matches. Check the spelling or type fewer letters.</source>
        <translation>Neviena programma neatbilst. Pārbaudiet rakstību vai ievadiet mazāk burtu.</translation>
    </message>
    <message>
        <source>There is no programme yet. Add what your groups are trained in: New…</source>
        <translation>Programmu vēl nav. Pievienojiet to, ko apgūst jūsu grupas: “Jauna…”</translation>
    </message>
    <message>
        <source>Delete the programme «{name}» with its round metrics? This cannot be undone.</source>
        <translation>Dzēst programmu “{name}” kopā ar tās raunda rādītājiem? To nevar atsaukt.</translation>
    </message>
    <message>
        <source>What groups are trained in: hours, days, group size, the figures recorded in each simulation round and the wording of the certificate. Double-click or press Enter to edit; Ctrl+N adds a programme.</source>
        <translation>Ko apgūst grupas: stundas, dienas, grupas lielums, katrā simulācijas raundā reģistrētie rādītāji un sertifikāta teksts. Dubultklikšķis vai Enter — labot; Ctrl+N — pievienot programmu.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Find programmes</source>
        <translation>Meklēt programmas</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>Nosaukums vai apraksts</translation>
    </message>
    <message>
        <source>Also list those no longer offered for new sessions</source>
        <translation>Rādīt arī tās, kas vairs netiek piedāvātas jaunām nodarbībām</translation>
    </message>
    <message>
        <source>Sho&amp;w inactive</source>
        <translation>Rādīt &amp;neaktīvās</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmas</translation>
    </message>
    <message>
        <source>Add a programme (Ctrl+N)</source>
        <translation>Pievienot programmu (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Jauna…</translation>
    </message>
    <message>
        <source>Open the selected row in the editor (Enter or a double-click)</source>
        <translation>Atvērt izvēlēto rindu labošanai (Enter vai dubultklikšķis)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>No longer offer it for new sessions; past sessions keep it</source>
        <translation>Vairs nepiedāvāt jaunām nodarbībām; pagātnes nodarbībās saglabāsies</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivizēt</translation>
    </message>
    <message>
        <source>Delete it for good: only what no session uses</source>
        <translation>Dzēst pavisam: tikai to, ko neizmanto neviena nodarbība</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>D&amp;zēst</translation>
    </message>
</context>
<context>
    <name>ProgrammesTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stundas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Raundi</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <source>— none —</source>
        <translation>— nav —</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nav pārbaudīts</translation>
    </message>
    <message>
        <source>New improvement project[*]</source>
        <translation>Jauns uzlabojumu projekts[*]</translation>
    </message>
    <message>
        <source>New improvement project</source>
        <translation>Jauns uzlabojumu projekts</translation>
    </message>
    <message>
        <source>Type the title and choose the organisation and the leader, then save (Ctrl+S).</source>
        <translation>Ievadiet nosaukumu, izvēlieties organizāciju un projekta vadītāju, pēc tam saglabājiet (Ctrl+S).</translation>
    </message>
    <message>
        <source>Project «{title}»[*]</source>
        <translation>Projekts “{title}”[*]</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>bez organizācijas</translation>
    </message>
    <message>
        <source>The project is overdue: the planned finish was {date}</source>
        <translation>Projekts nokavēts: plānotais beigu datums bija {date}</translation>
    </message>
    <message>
        <source>Save the new project first (Ctrl+S): then its results, follow-ups and attachments can be added.</source>
        <translation>Vispirms saglabājiet jauno projektu (Ctrl+S): pēc tam varēs pievienot tā rezultātus, kontrolpārbaudes un pielikumus.</translation>
    </message>
    <message>
        <source>Choose the organisation from the list, or «— none —».</source>
        <translation>Izvēlieties organizāciju no saraksta vai “— nav —”.</translation>
    </message>
    <message>
        <source>The project was saved.</source>
        <translation>Projekts saglabāts.</translation>
    </message>
    <message>
        <source>The project was saved. Its results, follow-ups and attachments can now be added.</source>
        <translation>Projekts saglabāts. Tagad var pievienot tā rezultātus, kontrolpārbaudes un pielikumus.</translation>
    </message>
    <message>
        <source>The project&apos;s status is now «{status}».</source>
        <translation>Projekta statuss tagad ir “{status}”.</translation>
    </message>
    <message>
        <source>The project&apos;s review state is now «{state}».</source>
        <translation>Projekta pārbaudes stāvoklis tagad ir “{state}”.</translation>
    </message>
    <message>
        <source>The project&apos;s sponsor:</source>
        <translation>Projekta pasūtītājs:</translation>
    </message>
    <message>
        <source>The project&apos;s leader:</source>
        <translation>Projekta vadītājs:</translation>
    </message>
    <message>
        <source>Add to the project&apos;s team:</source>
        <translation>Pievienot projekta komandai:</translation>
    </message>
    <message>
        <source>Choose the project&apos;s organisation first: its people who attended the trainings join the team.</source>
        <translation>Vispirms izvēlieties projekta organizāciju: komandai tiks pievienoti tās darbinieki, kas apmeklēja nodarbības.</translation>
    </message>
    <message>
        <source>Added to the team: {names}. Type each one&apos;s role in the table.</source>
        <translation>Pievienoti komandai: {names}. Ierakstiet tabulā katra lomu.</translation>
    </message>
    <message>
        <source>Everyone of the organisation who attended is in the team already.</source>
        <translation>Visi organizācijas darbinieki, kas apmeklēja nodarbības, jau ir komandā.</translation>
    </message>
    <message>
        <source>Nobody of the organisation took part in these trainings.</source>
        <translation>Neviens no organizācijas šajās nodarbībās nepiedalījās.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Izvēlieties failu</translation>
    </message>
    <message>
        <source>“{link}” could not be opened: check the address or the file&apos;s path.</source>
        <translation>Neizdevās atvērt “{link}”: pārbaudiet adresi vai faila ceļu.</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Vispirms saglabājiet</translation>
    </message>
    <message>
        <source>The A3 report is made from the saved project. Save the changes first?</source>
        <translation>A3 pārskatu veido no saglabātā projekta. Vispirms saglabāt izmaiņas?</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Projekta dzēšana</translation>
    </message>
    <message>
        <source>Delete the project «{title}» with its results, follow-ups and attachments? This cannot be undone.</source>
        <translation>Dzēst projektu “{title}” kopā ar tā rezultātiem, kontrolpārbaudēm un pielikumiem? To nevarēs atsaukt.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesaglabātas izmaiņas</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>Projektā ir nesaglabātas izmaiņas. Saglabāt tās?</translation>
    </message>
    <message>
        <source>Improvement project</source>
        <translation>Uzlabojumu projekts</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartīte</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <source>The project&apos;s status in the register; changed at once and kept in the audit log</source>
        <translation>Projekta statuss reģistrā; tiek mainīts uzreiz un ierakstīts izmaiņu žurnālā</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Pārbaude:</translation>
    </message>
    <message>
        <source>The coordinator&apos;s review of the project; changed at once and kept in the audit log</source>
        <translation>Koordinatora veiktā projekta pārbaude; tiek mainīta uzreiz un ierakstīta izmaiņu žurnālā</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Nosa&amp;ukums:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizācija:</translation>
    </message>
    <message>
        <source>Sub-pro&amp;gramme:</source>
        <translation>&amp;Apakšprogramma:</translation>
    </message>
    <message>
        <source>Spo&amp;nsor:</source>
        <translation>Pasū&amp;tītājs:</translation>
    </message>
    <message>
        <source>The sponsor (заказчик): the manager who ordered the project</source>
        <translation>Pasūtītājs: vadītājs, kurš pasūtīja projektu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>Choose the sponsor from the register of people</source>
        <translation>Izvēlēties pasūtītāju no cilvēku reģistra</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
    <message>
        <source>The project has no sponsor</source>
        <translation>Projektam nav pasūtītāja</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>Projekta &amp;vadītājs:</translation>
    </message>
    <message>
        <source>The leader who runs the project</source>
        <translation>Persona, kas vada projektu</translation>
    </message>
    <message>
        <source>Choose the leader from the register of people</source>
        <translation>Izvēlēties projekta vadītāju no cilvēku reģistra</translation>
    </message>
    <message>
        <source>The project has no leader</source>
        <translation>Projektam nav vadītāja</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Ap&amp;raksts:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Termiņi:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Fakts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>Type the date or pick it from the calendar; Delete leaves it empty (—)</source>
        <translation>Ievadiet datumu vai izvēlieties to kalendārā; Delete atstāj lauku tukšu (—)</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>Uzsākšana</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Pabeigšana</translation>
    </message>
    <message>
        <source>Project &amp;passport:</source>
        <translation>Projekta pas&amp;e:</translation>
    </message>
    <message>
        <source>A web address or a file</source>
        <translation>Tīmekļa adrese vai fails</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fails…</translation>
    </message>
    <message>
        <source>Choose the passport&apos;s file</source>
        <translation>Izvēlēties projekta pases failu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Open the project passport</source>
        <translation>Atvērt projekta pasi</translation>
    </message>
    <message>
        <source>&amp;Value-stream map:</source>
        <translation>Vērtību plūsmas &amp;karte (VPK):</translation>
    </message>
    <message>
        <source>Choose the value-stream map&apos;s file</source>
        <translation>Izvēlēties vērtību plūsmas kartes failu</translation>
    </message>
    <message>
        <source>Open the value-stream map</source>
        <translation>Atvērt vērtību plūsmas karti</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Ko&amp;manda:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>P&amp;ievienot…</translation>
    </message>
    <message>
        <source>Add a person from the register to the team</source>
        <translation>Pievienot komandai personu no reģistra</translation>
    </message>
    <message>
        <source>Add the &amp;session&apos;s participants</source>
        <translation>Pievienot nodarbības &amp;dalībniekus</translation>
    </message>
    <message>
        <source>Add the people of the project&apos;s organisation who attended the trainings it came from</source>
        <translation>Pievienot projekta organizācijas darbiniekus, kas apmeklēja nodarbības, no kurām radies projekts</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Noņemt</translation>
    </message>
    <message>
        <source>Take the selected people out of the team</source>
        <translation>Izņemt atlasītās personas no komandas</translation>
    </message>
    <message>
        <source>Trainings it &amp;came from:</source>
        <translation>Nodarbības, no kurām radies pro&amp;jekts:</translation>
    </message>
    <message>
        <source>Add &amp;training…</source>
        <translation>Pievienot nodar&amp;bību…</translation>
    </message>
    <message>
        <source>Link a held session to the project</source>
        <translation>Sasaistīt ar projektu notikušu nodarbību</translation>
    </message>
    <message>
        <source>Open the selected session&apos;s window</source>
        <translation>Atvērt atlasītās nodarbības logu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Unlink the selected session from the project</source>
        <translation>Atsaistīt atlasīto nodarbību no projekta</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>The texts of the A3 report, two halves as on the sheet; saved with the card (Ctrl+S).</source>
        <translation>A3 pārskata teksti, divas puses kā uz lapas; tiek saglabāti kopā ar kartīti (Ctrl+S).</translation>
    </message>
    <message>
        <source>A3 &amp;report</source>
        <translation>A3 pā&amp;rskats</translation>
    </message>
    <message>
        <source>Print the project&apos;s A3 report, save it as PDF or open it</source>
        <translation>Drukāt projekta A3 pārskatu, saglabāt to kā PDF vai atvērt</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Pamatojums:</translation>
    </message>
    <message>
        <source>C&amp;urrent condition:</source>
        <translation>Pašreizējais &amp;stāvoklis:</translation>
    </message>
    <message>
        <source>Tar&amp;get condition:</source>
        <translation>&amp;Mērķa stāvoklis:</translation>
    </message>
    <message>
        <source>Root &amp;causes:</source>
        <translation>Pamat&amp;cēloņi:</translation>
    </message>
    <message>
        <source>Counter&amp;measures:</source>
        <translation>Pasā&amp;kumi (pretpasākumi):</translation>
    </message>
    <message>
        <source>&amp;Plan: what, who, when:</source>
        <translation>P&amp;lāns: kas, kurš, kad:</translation>
    </message>
    <message>
        <source>&amp;Effect confirmation:</source>
        <translation>&amp;Efekta apstiprinājums:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Turpmākās darbības un kontrole:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultāti</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kontrolpārbaudes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>D&amp;zēst projektu…</translation>
    </message>
    <message>
        <source>Delete the project with its results, follow-ups and attachments</source>
        <translation>Dzēst projektu kopā ar tā rezultātiem, kontrolpārbaudēm un pielikumiem</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
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
        <source>Leader</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Pārbaude</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Hours/year</source>
        <translation>Stundas/gadā</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efekts</translation>
    </message>
    <message>
        <source>The project&apos;s leader</source>
        <translation>Projekta vadītājs</translation>
    </message>
    <message>
        <source>The coordinator&apos;s review of the project</source>
        <translation>Koordinatora veiktā projekta pārbaude</translation>
    </message>
    <message>
        <source>The planned finish; once it has passed, a project not completed is overdue</source>
        <translation>Plānotā pabeigšana; ja šis termiņš ir pagājis un projekts nav pabeigts, tas ir nokavēts</translation>
    </message>
    <message>
        <source>Working hours freed a year</source>
        <translation>Atbrīvotais darba laiks, h gadā</translation>
    </message>
    <message>
        <source>Economic effect</source>
        <translation>Ekonomiskais efekts</translation>
    </message>
    <message>
        <source>{status}; the planned finish {date} has passed</source>
        <translation>{status}; plānotais pabeigšanas termiņš {date} ir pagājis</translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Project &amp;register</source>
        <translation>Projektu r&amp;eģistrs</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizācija:</translation>
    </message>
    <message>
        <source>Show the projects of one organisation</source>
        <translation>Rādīt vienas organizācijas projektus</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Fabrika:</translation>
    </message>
    <message>
        <source>Show the projects that came from one factory&apos;s sessions</source>
        <translation>Rādīt projektus, kas radušies vienas fabrikas nodarbībās</translation>
    </message>
    <message>
        <source>S&amp;ub-programme:</source>
        <translation>Apa&amp;kšprogramma:</translation>
    </message>
    <message>
        <source>Show the projects of one sub-programme</source>
        <translation>Rādīt vienas apakšprogrammas projektus</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatuss:</translation>
    </message>
    <message>
        <source>Show the projects of one status, or those overdue</source>
        <translation>Rādīt projektus ar vienu statusu vai nokavētos</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Gads:</translation>
    </message>
    <message>
        <source>Show the projects planned, started or finished in one year</source>
        <translation>Rādīt projektus, kas plānoti, uzsākti vai pabeigti vienā gadā</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Mek&amp;lēt:</translation>
    </message>
    <message>
        <source>Find projects by title, organisation or leader</source>
        <translation>Meklēt projektus pēc nosaukuma, organizācijas vai vadītāja</translation>
    </message>
    <message>
        <source>Title, organisation or leader</source>
        <translation>Nosaukums, organizācija vai vadītājs</translation>
    </message>
    <message>
        <source>The register of improvement projects</source>
        <translation>Uzlabojumu projektu reģistrs</translation>
    </message>
    <message>
        <source>There are no projects yet. Create the first one with «New project…».</source>
        <translation>Projektu vēl nav. Izveidojiet pirmo ar pogu “Jauns projekts…”.</translation>
    </message>
    <message>
        <source>Start the card of a new improvement project (Ctrl+N)</source>
        <translation>Izveidot jauna uzlabojumu projekta kartīti (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Jauns projekts…</translation>
    </message>
    <message>
        <source>Open the selected project&apos;s card (Enter or a double-click)</source>
        <translation>Atvērt izvēlētā projekta kartīti (Enter vai dubultklikšķis)</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <source>Delete the selected project with its results, follow-ups and attachments (Delete)</source>
        <translation>Dzēst izvēlēto projektu kopā ar rezultātiem, kontrolpārbaudēm un pielikumiem (Delete)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dzēst…</translation>
    </message>
    <message>
        <source>Save every project, and the quarters of the portfolio&apos;s year, as an Excel workbook</source>
        <translation>Saglabāt visus projektus un portfeļa gada ceturkšņus Excel darbgrāmatā</translation>
    </message>
    <message>
        <source>E&amp;xport the portfolio to Excel…</source>
        <translation>Eksportēt portfeli uz E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>Projektu &amp;portfelis</translation>
    </message>
    <message>
        <source>The year of the portfolio</source>
        <translation>Portfeļa gads</translation>
    </message>
    <message>
        <source>The portfolio of one factory&apos;s projects, or of all</source>
        <translation>Vienas fabrikas vai visu fabriku projektu portfelis</translation>
    </message>
    <message>
        <source>Save every project, and these quarters, as an Excel workbook</source>
        <translation>Saglabāt visus projektus un šos ceturkšņus Excel darbgrāmatā</translation>
    </message>
    <message>
        <source>Projects planned, opened and closed per quarter, and their effects</source>
        <translation>Plānotie, uzsāktie un pabeigtie projekti pa ceturkšņiem un to efekti</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Jauns projekts…</translation>
    </message>
    <message>
        <source>Delete the project…</source>
        <translation>Dzēst projektu…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Visas organizācijas</translation>
    </message>
    <message>
        <source>All factories</source>
        <translation>Visas fabrikas</translation>
    </message>
    <message>
        <source>All sub-programmes</source>
        <translation>Visas apakšprogrammas</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Visi gadi</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Dzēst projektu</translation>
    </message>
    <message>
        <source>Delete the project «{title}»? Its metrics and measurements, effects, follow-ups and attachments are deleted with it. This cannot be undone.</source>
        <translation>Dzēst projektu “{title}”? Kopā ar to tiks dzēsti tā rādītāji un mērījumi, efekti, kontrolpārbaudes un pielikumi. To nevar atsaukt.</translation>
    </message>
    <message>
        <source>Nothing was deleted. {reason}</source>
        <translation>Nekas netika dzēsts. {reason}</translation>
    </message>
    <message>
        <source>The project «{title}» was deleted.</source>
        <translation>Projekts “{title}” dzēsts.</translation>
    </message>
    <message>
        <source>Export the portfolio of projects</source>
        <translation>Projektu portfeļa eksports</translation>
    </message>
    <message>
        <source>projects-{year}.xlsx</source>
        <translation>projekti-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel darbgrāmata (*.xlsx)</translation>
    </message>
    <message>
        <source>The portfolio was saved to {file}: {count} projects, and the quarters of {year}.</source>
        <translation>Portfelis saglabāts failā {file}: projekti ({count}) un {year}. gada ceturkšņi.</translation>
    </message>
    <message>
        <source>Saving the portfolio of projects…</source>
        <translation>Projektu portfeļa saglabāšana…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nekas nav atrasts</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>projects</comment>
        <translation>
            <numerusform>Atrasts %Ln projekts</numerusform>
            <numerusform>Atrasti %Ln projekti</numerusform>
            <numerusform>Atrasti projekti: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projects: %Ln</source>
        <translation>
            <numerusform>%Ln projekts</numerusform>
            <numerusform>%Ln projekti</numerusform>
            <numerusform>%Ln projektu</numerusform>
        </translation>
    </message>
    <message>
        <source>No project matches these filters.</source>
        <translation>Neviens projekts neatbilst šiem filtriem.</translation>
    </message>
    <message>
        <source>There are no projects yet. Create the first one with «New project…» (Ctrl+N), or from a held session&apos;s window.</source>
        <translation>Projektu vēl nav. Izveidojiet pirmo ar pogu “Jauns projekts…” (Ctrl+N) vai notikušas nodarbības logā.</translation>
    </message>
    <message>
        <source>Planned: projects whose planned start falls in the quarter; opened: their actual start; closed: their actual finish. Hours, economic effect and costs are those of the projects closed in the quarter. A factory&apos;s projects are those that came from its sessions.</source>
        <translation>Plānoti — projekti, kuru plānotais sākums ir ceturksnī; uzsākti — pēc faktiskā sākuma; pabeigti — pēc faktiskās pabeigšanas. Stundas, ekonomiskais efekts un izmaksas attiecas uz ceturksnī pabeigtajiem projektiem. Fabrikas projekti ir tie, kas radušies tās nodarbībās.</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <source>Delete</source>
        <translation>Dzēšana</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivizēt</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivizēt</translation>
    </message>
    <message>
        <source>Offer it for new sessions again</source>
        <translation>Atkal piedāvāt jaunām nodarbībām</translation>
    </message>
    <message>
        <source>No longer offer it for new sessions; past sessions keep it</source>
        <translation>Vairs nepiedāvāt jaunām nodarbībām; pagātnes nodarbībās saglabāsies</translation>
    </message>
    <message>
        <source>Sessions use it, so it cannot be deleted: deactivate it instead</source>
        <translation>To izmanto nodarbības, tāpēc dzēst nevar: tā vietā deaktivizējiet</translation>
    </message>
    <message>
        <source>Delete it for good: only what no session uses</source>
        <translation>Dzēst pavisam: tikai to, ko neizmanto neviena nodarbība</translation>
    </message>
</context>
<context>
    <name>ReferenceTable</name>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (neaktīvs)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
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
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Nodarbība</translation>
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
        <source>Prints</source>
        <translation>Izdrukas</translation>
    </message>
    <message>
        <source>{date}, {user}</source>
        <translation>{date}, {user}</translation>
    </message>
    <message>
        <source>Voided {date}: {reason}</source>
        <translation>Anulēts {date}: {reason}</translation>
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
        <source>Not enrolled, put into the waiting pool instead (another session that day, or the programme already completed): {count}</source>
        <translation>Nav pieteikti, pievienoti gaidītāju sarakstam (tajā dienā jau ir cita nodarbība vai programma jau apgūta): {count}</translation>
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
    <name>RosterModel</name>
    <message>
        <source>Name</source>
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
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>waiting, No. {position}</source>
        <translation>gaida, Nr. {position}</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>grupā</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Round {number}</source>
        <translation>{number}. raunds</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <source>From the first round with a figure to the last one</source>
        <translation>No pirmā raunda ar vērtību līdz pēdējam</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{change}, better</source>
        <translation>{change}, labāk</translation>
    </message>
    <message>
        <source>{change}, worse</source>
        <translation>{change}, sliktāk</translation>
    </message>
    <message>
        <source>Round {first}: {first_value} → round {last}: {last_value}</source>
        <translation>{first}. raunds: {first_value} → {last}. raunds: {last_value}</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>The programme «{programme}» records no figures in its rounds. A coordinator can add them in Sessions → Programmes.</source>
        <translation>Programmas “{programme}” raundos netiek reģistrēts neviens rādītājs. Koordinators tos var pievienot sadaļā “Nodarbības → Programmas”.</translation>
    </message>
    <message>
        <source>This session was cancelled: no rounds can be recorded for it.</source>
        <translation>Šī nodarbība ir atcelta: tai nevar reģistrēt raundus.</translation>
    </message>
    <message>
        <source>This session is closed: its rounds can be read but no longer changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Šī nodarbība ir slēgta: tās raundus var apskatīt, bet vairs nevar mainīt. Koordinators to var atvērt no jauna, norādot iemeslu.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Saglabāts plkst. {time}</translation>
    </message>
    <message>
        <source>Type each round&apos;s figures after the round: Enter saves the figure and moves down the column, Tab moves across, Delete clears a figure. Decimals can be typed with a comma.</source>
        <translation>Ievadiet katra raunda rādītājus pēc raunda: Enter saglabā vērtību un pāriet uz leju pa kolonnu, Tab — pa labi, Delete notīra vērtību. Decimāldaļas var rakstīt ar komatu.</translation>
    </message>
    <message>
        <source>Simulation rounds</source>
        <translation>Simulācijas raundi</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Sākuma tests</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Noslēguma tests</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Pieaugums</translation>
    </message>
    <message>
        <source>Recommends, 0–10</source>
        <translation>Ieteikšanas vērtējums, 0–10</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentārs</translation>
    </message>
    <message>
        <source>Post-test minus pre-test, in points (in percentage points when the two tests have different maximums)</source>
        <translation>Noslēguma tests mīnus sākuma tests, punktos (procentpunktos, ja testiem ir atšķirīgs maksimums)</translation>
    </message>
    <message>
        <source>“How likely are you to recommend this training to a colleague?” 9–10: promoter, 7–8: passive, 0–6: detractor</source>
        <translation>“Cik ticams, ka jūs ieteiktu šīs mācības kolēģim?” 9–10: atbalstītājs, 7–8: neitrālais, 0–6: kritiķis</translation>
    </message>
    <message>
        <source>{score} of {maximum}</source>
        <translation>{score} no {maximum}</translation>
    </message>
    <message>
        <source>{points} pp</source>
        <translation>{points} p.p.</translation>
    </message>
    <message>
        <source>{before} % → {after} % of the maximum</source>
        <translation>{before} % → {after} % no maksimuma</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Average score: before {pre} %, after {post} %; gain {gain} percentage points</source>
        <translation>Vidējais rezultāts: sākuma tests {pre} %, noslēguma tests {post} %; zināšanu pieaugums {gain} p. p.</translation>
    </message>
    <message>
        <source>No test scores yet</source>
        <translation>Testu rezultātu vēl nav</translation>
    </message>
    <message>
        <source>NPS: nobody has answered yet (0 of {people})</source>
        <translation>NPS: vēl neviens nav atbildējis (0 no {people})</translation>
    </message>
    <message>
        <source>NPS {score}: promoters {promoters}, passives {passives}, detractors {detractors}; answered {answered} of {people}</source>
        <translation>NPS {score}: atbalstītāji {promoters}, neitrālie {passives}, kritiķi {detractors}; atbildējuši {answered} no {people}</translation>
    </message>
    <message>
        <source>Nobody holds a place in this session yet: tests and feedback are recorded for its participants.</source>
        <translation>Šajā nodarbībā vēl nav neviena dalībnieka, bet testus un atsauksmes reģistrē tikai dalībniekiem.</translation>
    </message>
    <message>
        <source>This session was cancelled: no scores can be recorded for it.</source>
        <translation>Šī nodarbība ir atcelta: tai nevar reģistrēt punktus.</translation>
    </message>
    <message>
        <source>This session is closed: its scores and feedback can be read but no longer changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Šī nodarbība ir slēgta: tās punktus un atsauksmes var skatīt, bet vairs nevar mainīt. Koordinators var to atvērt no jauna, norādot iemeslu.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Saglabāts {time}</translation>
    </message>
    <message>
        <source>Type the scores down a column: Enter saves and moves to the next person, Tab moves across, Delete clears a cell. The recommendation answers “How likely are you to recommend this training?” from 0 to 10.</source>
        <translation>Ievadiet punktus pa kolonnu: Enter saglabā un pāriet pie nākamās personas, Tab pāriet uz blakus kolonnu, Delete notīra šūnu. Ieteikšanas vērtējums ir atbilde uz jautājumu „Cik ticams, ka jūs ieteiktu šo apmācību?“ no 0 līdz 10.</translation>
    </message>
    <message>
        <source>&amp;Maximum test score:</source>
        <translation>&amp;Maksimālais testa punktu skaits:</translation>
    </message>
    <message>
        <source>The score a full test gets; it applies to the scores typed from now on</source>
        <translation>Punkti par pilnībā pareizu testu; attiecas uz punktiem, kas tiks ievadīti no šī brīža</translation>
    </message>
    <message>
        <source>Maximum test score</source>
        <translation>Maksimālais testa punktu skaits</translation>
    </message>
    <message>
        <source>Test scores and feedback</source>
        <translation>Testu rezultāti un atsauksmes</translation>
    </message>
</context>
<context>
    <name>SessionDaysDialog</name>
    <message>
        <source>Day {n} must come after day {m}.</source>
        <translation>{n}. dienai jābūt pēc {m}. dienas.</translation>
    </message>
    <message>
        <source>Day &amp;{n}:</source>
        <translation>&amp;{n}. diena:</translation>
    </message>
    <message>
        <source>Day {n}:</source>
        <translation>{n}. diena:</translation>
    </message>
    <message>
        <source>Date of day {n}</source>
        <translation>{n}. dienas datums</translation>
    </message>
    <message>
        <source>Days of the session</source>
        <translation>Nodarbības dienas</translation>
    </message>
    <message>
        <source>A programme of several days need not run on consecutive days: choose the date of each day.</source>
        <translation>Vairāku dienu programmas dienām nav jābūt pēc kārtas: izvēlieties katras dienas datumu.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session «{programme}» of {date}</source>
        <translation>Nodarbība “{programme}”, {date}</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>vēl nav izvēlēti</translation>
    </message>
    <message>
        <source>{enrolled} of {max} enrolled (at least {min} needed)</source>
        <translation>Pieteikti {enrolled} no {max} (vajag vismaz {min})</translation>
    </message>
    <message>
        <source>waiting: {n}</source>
        <translation>gaida: {n}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Treneri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>{enrolled} of {max} places taken</source>
        <translation>Aizņemtas vietas: {enrolled} no {max}</translation>
    </message>
    <message>
        <source>Start an improvement project that participants of this training take on at their workplace</source>
        <translation>Sākt uzlabojumu projektu, ko šīs nodarbības dalībnieki īstenos savā darba vietā</translation>
    </message>
    <message>
        <source>An improvement project is started from a session once it has been held.</source>
        <translation>Uzlabojumu projektu var sākt tikai pēc tam, kad nodarbība ir notikusi.</translation>
    </message>
    <message>
        <source>The session was saved.</source>
        <translation>Nodarbība saglabāta.</translation>
    </message>
    <message>
        <source>A copy was planned. It is in the calendar; this window still shows the original.</source>
        <translation>Kopija ieplānota un ir kalendārā; šajā logā joprojām redzama sākotnējā nodarbība.</translation>
    </message>
    <message>
        <source>Why? The reason is kept with the session and in the audit log:</source>
        <translation>Kāpēc? Iemesls tiks saglabāts pie nodarbības un izmaiņu žurnālā:</translation>
    </message>
    <message>
        <source>Nothing was changed: a reason is needed for this step.</source>
        <translation>Nekas netika mainīts: šim solim vajag iemeslu.</translation>
    </message>
    <message>
        <source>The session is now: {status}.</source>
        <translation>Nodarbības statuss: {status}.</translation>
    </message>
    <message>
        <source>Withdraw from the session</source>
        <translation>Atsaukt no nodarbības</translation>
    </message>
    <message>
        <source>Withdraw {names}? Say why (for example: ill, left the company):</source>
        <translation>Atsaukt no nodarbības: {names}? Norādiet iemeslu (piemēram: slimība, aizgāja no darba):</translation>
    </message>
    <message>
        <source>Nobody was withdrawn: a reason is needed.</source>
        <translation>Neviens netika atsaukts: vajag iemeslu.</translation>
    </message>
    <message>
        <source>Withdrawn: {names}.</source>
        <translation>Atsaukti no nodarbības: {names}.</translation>
    </message>
    <message>
        <source>From the waiting list, {names} got a place.</source>
        <translation>Vietu no gaidīšanas saraksta saņēma: {names}.</translation>
    </message>
    <message>
        <source>There is no other session open for enrolment to move to.</source>
        <translation>Nav citas nodarbības ar atvērtu pieteikšanos, uz kuru pārcelt.</translation>
    </message>
    <message>
        <source>{date} {time} · {programme} · {factory} · {enrolled} of {max}</source>
        <translation>{date} {time} · {programme} · {factory} · {enrolled} no {max}</translation>
    </message>
    <message>
        <source>Move to another session</source>
        <translation>Pārcelt uz citu nodarbību</translation>
    </message>
    <message>
        <source>Move {name} to:</source>
        <translation>{name} — pārcelt uz nodarbību:</translation>
    </message>
    <message>
        <source>Why is {name} moved?</source>
        <translation>{name} — pārcelšanas iemesls:</translation>
    </message>
    <message>
        <source>Nobody was moved: a reason is needed.</source>
        <translation>Neviens netika pārcelts: vajag iemeslu.</translation>
    </message>
    <message>
        <source>{name} was moved to the session of {date}.</source>
        <translation>{name} pārcelts(-a) uz nodarbību {date}.</translation>
    </message>
    <message>
        <source>There, they are No. {position} on the waiting list.</source>
        <translation>Tur — Nr. {position} gaidīšanas sarakstā.</translation>
    </message>
    <message>
        <source>Replace {name} by:</source>
        <translation>Ar ko aizstāt: {name}?</translation>
    </message>
    <message>
        <source>Replace by a colleague</source>
        <translation>Aizstāt ar kolēģi</translation>
    </message>
    <message>
        <source>Why does {new} come instead of {old}?</source>
        <translation>Aizstāšanas iemesls ({old} → {new}):</translation>
    </message>
    <message>
        <source>Nobody was replaced: a reason is needed.</source>
        <translation>Neviens netika aizstāts: vajag iemeslu.</translation>
    </message>
    <message>
        <source>{new} takes the place of {old}.</source>
        <translation>Aizstāšana veikta: {old} → {new}.</translation>
    </message>
    <message>
        <source>There is no free place, or nobody is waiting.</source>
        <translation>Nav brīvu vietu vai neviens negaida.</translation>
    </message>
    <message>
        <source>Restore the session…</source>
        <translation>Atjaunot nodarbību…</translation>
    </message>
    <message>
        <source>Back to planned (closed for enrolment)…</source>
        <translation>Atgriezt statusā “Plānota” (pieteikšanās slēgta)…</translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation>Atvērt pieteikšanos</translation>
    </message>
    <message>
        <source>Confirm the group</source>
        <translation>Apstiprināt grupu</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Atzīmēt kā notikušu</translation>
    </message>
    <message>
        <source>Mark as reported</source>
        <translation>Atzīmēt, ka atskaite iesniegta</translation>
    </message>
    <message>
        <source>Cancel the session…</source>
        <translation>Atcelt nodarbību…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Nodarbība</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>Change the date, time, trainers, group size or notes</source>
        <translation>Mainīt datumu, laiku, trenerus, grupas lielumu vai piezīmes</translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation>&amp;Kopēt…</translation>
    </message>
    <message>
        <source>Plan another session like this one on another day</source>
        <translation>Ieplānot tādu pašu nodarbību citā dienā</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Statuss</translation>
    </message>
    <message>
        <source>Open for enrolment, confirm, mark as held or reported, or cancel with a reason</source>
        <translation>Atvērt pieteikšanos, apstiprināt, atzīmēt kā notikušu vai ar iesniegtu atskaiti, vai atcelt, norādot iemeslu</translation>
    </message>
    <message>
        <source>Calendar &amp;file…</source>
        <translation>Kalendāra &amp;fails…</translation>
    </message>
    <message>
        <source>Save this session as a calendar file (.ics)</source>
        <translation>Saglabāt šo nodarbību kalendāra failā (.ics)</translation>
    </message>
    <message>
        <source>&amp;Training day…</source>
        <translation>&amp;Nodarbības diena…</translation>
    </message>
    <message>
        <source>Attendance, simulation rounds, tests and feedback of this session, as the trainer keeps them on the day</source>
        <translation>Šīs nodarbības apmeklējums, simulācijas raundi, testi un atsauksmes, ko treneris reģistrē nodarbības dienā</translation>
    </message>
    <message>
        <source>Si&amp;gn-in sheet…</source>
        <translation>&amp;Reģistrācijas lapa…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of every day of the session, with a barcode for each person</source>
        <translation>Izdrukāt dalībnieku reģistrācijas lapu katrai nodarbības dienai ar svītrkodu katrai personai</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>Ser&amp;tifikāti…</translation>
    </message>
    <message>
        <source>Issue the certificates of a closed session: numbered, signed, to print, save or send as a ZIP</source>
        <translation>Izsniegt slēgtas nodarbības sertifikātus: numurētus un parakstītus — drukāšanai, saglabāšanai vai nosūtīšanai ZIP arhīvā</translation>
    </message>
    <message>
        <source>Sessio&amp;n report</source>
        <translation>N&amp;odarbības atskaite</translation>
    </message>
    <message>
        <source>The report of the session: attendance, rounds, knowledge gain, NPS, certificates — to print or save as PDF</source>
        <translation>Nodarbības atskaite: apmeklējums, raundi, zināšanu pieaugums, NPS, sertifikāti — drukāšanai vai saglabāšanai kā PDF</translation>
    </message>
    <message>
        <source>Improvement pro&amp;ject…</source>
        <translation>Uzlabojumu pro&amp;jekts…</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Dalībnieki:</translation>
    </message>
    <message>
        <source>A&amp;dd people…</source>
        <translation>&amp;Pievienot cilvēkus…</translation>
    </message>
    <message>
        <source>Enrol people found by name, an organisation&apos;s people, or people from the waiting pool (Ctrl+Shift+A)</source>
        <translation>Pieteikt cilvēkus: atrastus pēc vārda, no organizācijas vai no gaidītāju saraksta (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importēt sarakstu…</translation>
    </message>
    <message>
        <source>Import an Excel or CSV list straight into this session</source>
        <translation>Importēt Excel vai CSV sarakstu uzreiz šajā nodarbībā</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Atsaukt…</translation>
    </message>
    <message>
        <source>Take the selected person out of the session; the first person waiting gets the place</source>
        <translation>Atsaukt izvēlēto personu no nodarbības; vietu saņems pirmais gaidīšanas sarakstā</translation>
    </message>
    <message>
        <source>&amp;Move to another session…</source>
        <translation>Pār&amp;celt uz citu nodarbību…</translation>
    </message>
    <message>
        <source>Move the selected person to another session</source>
        <translation>Pārcelt izvēlēto personu uz citu nodarbību</translation>
    </message>
    <message>
        <source>&amp;Replace by a colleague…</source>
        <translation>Ai&amp;zstāt ar kolēģi…</translation>
    </message>
    <message>
        <source>Someone else takes the selected person&apos;s place</source>
        <translation>Izvēlētās personas vietu ieņems cits</translation>
    </message>
    <message>
        <source>Fill free places from the &amp;waiting list</source>
        <translation>Aizpildīt brīvās vietas no &amp;gaidīšanas saraksta</translation>
    </message>
    <message>
        <source>Give the free places to the people waiting, in their order</source>
        <translation>Piešķirt brīvās vietas gaidītājiem to secībā</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Russia</source>
        <translation>Krievija</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Latvija</translation>
    </message>
    <message>
        <source>No holidays</source>
        <translation>Bez svētku dienām</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(vēl nav izvēlēts)</translation>
    </message>
    <message>
        <source>Days: {days}</source>
        <translation>Dienas: {days}</translation>
    </message>
    <message>
        <source>Sessions ({n}): {dates}</source>
        <translation>Nodarbības ({n}): {dates}</translation>
    </message>
    <message>
        <source>Skipped: {why}</source>
        <translation>Izlaists: {why}</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tomēr saglabāt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>No day of the series is left to plan: choose weekdays and a later end date.</source>
        <translation>Sērijā nav palikusi neviena diena, ko plānot: izvēlieties nedēļas dienas un vēlāku beigu datumu.</translation>
    </message>
    <message>
        <source>Say why the session goes ahead despite the conflicts, or change it.</source>
        <translation>Norādiet, kāpēc nodarbība notiek, neskatoties uz konfliktiem, vai mainiet to.</translation>
    </message>
    <message>
        <source>New series of sessions</source>
        <translation>Jauna nodarbību sērija</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Nodarbības labošana</translation>
    </message>
    <message>
        <source>Copy of a session</source>
        <translation>Nodarbības kopija</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Jauna nodarbība</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Nodarbība</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>The training programme: it sets the number of days and the group size</source>
        <translation>Apmācību programma: tā nosaka dienu skaitu un grupas lielumu</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Fabrika:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Choose the date of each day of a programme that runs several days</source>
        <translation>Izvēlēties katras dienas datumu vairāku dienu programmai</translation>
    </message>
    <message>
        <source>Da&amp;ys…</source>
        <translation>Die&amp;nas…</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Laiks:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>&amp;Lead trainer:</source>
        <translation>&amp;Vadošais treneris:</translation>
    </message>
    <message>
        <source>&amp;Assistants:</source>
        <translation>&amp;Asistenti:</translation>
    </message>
    <message>
        <source>Tick the trainers who assist; the list shows the trainers of the chosen factory</source>
        <translation>Atzīmējiet trenerus, kas asistē; sarakstā redzami izvēlētās fabrikas treneri</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>&amp;Grupas lielums:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Mazākā grupa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Lielākā grupa</translation>
    </message>
    <message>
        <source>people</source>
        <translation>cilvēkiem</translation>
    </message>
    <message>
        <source>&amp;Why a different size:</source>
        <translation>&amp;Kāpēc cits lielums:</translation>
    </message>
    <message>
        <source>Needed when the group size differs from the programme&apos;s</source>
        <translation>Vajadzīgs, ja grupas lielums atšķiras no programmā noteiktā</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>P&amp;iezīmes:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Dienās:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pr</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Ot</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Tr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pk</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Se</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sv</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Līd&amp;z:</translation>
    </message>
    <message>
        <source>Skip &amp;holidays of:</source>
        <translation>Izlaist &amp;svētku dienas:</translation>
    </message>
    <message>
        <source>&amp;Reason to go ahead anyway:</source>
        <translation>I&amp;emesls, kāpēc tomēr plānot:</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
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
        <source>Fill</source>
        <translation>Aizpildījums</translation>
    </message>
</context>
<context>
    <name>SessionPicker</name>
    <message>
        <source>No held session of the organisation&apos;s people is left to add: clear the tick to see every held session.</source>
        <translation>Nav vairs notikušu nodarbību ar organizācijas darbiniekiem, ko pievienot: noņemiet atzīmi, lai redzētu visas notikušās nodarbības.</translation>
    </message>
    <message>
        <source>There is no held session to add.</source>
        <translation>Nav notikušu nodarbību, ko pievienot.</translation>
    </message>
    <message>
        <source>Trainings the project came from</source>
        <translation>Nodarbības, no kurām radies projekts</translation>
    </message>
    <message>
        <source>Held sessions, the newest first. Choose the ones the project came from.</source>
        <translation>Notikušās nodarbības, jaunākās vispirms. Izvēlieties tās, no kurām radies projekts.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Programme, factory or date</source>
        <translation>Programma, fabrika vai datums</translation>
    </message>
    <message>
        <source>Only sessions the organisation&apos;s people attended</source>
        <translation>Tikai nodarbības, kuras apmeklēja organizācijas darbinieki</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
    <message>
        <source>Plan a group on a day at one of your factories (Ctrl+N)</source>
        <translation>Ieplānot grupu kādā dienā vienā no jūsu fabrikām (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Jauna nodarbība…</translation>
    </message>
    <message>
        <source>Plan the same group on several days, for example every Tuesday and Thursday; public holidays and days a trainer is away are skipped</source>
        <translation>Ieplānot to pašu grupu vairākās dienās, piemēram, katru otrdienu un ceturtdienu; svētku dienas un trenera prombūtnes dienas tiek izlaistas</translation>
    </message>
    <message>
        <source>New se&amp;ries…</source>
        <translation>Jauna &amp;sērija…</translation>
    </message>
    <message>
        <source>Split a set of people, for example an organisation&apos;s employees, into groups over open sessions and free days</source>
        <translation>Sadalīt cilvēkus, piemēram, organizācijas darbiniekus, grupās pa nodarbībām ar atvērtu pieteikšanos un brīvajām dienām</translation>
    </message>
    <message>
        <source>&amp;Plan groups…</source>
        <translation>&amp;Plānot grupas…</translation>
    </message>
    <message>
        <source>Save sessions as a calendar file (.ics) for Outlook, Google or a phone</source>
        <translation>Saglabāt nodarbības kalendāra failā (.ics) Outlook, Google vai tālrunim</translation>
    </message>
    <message>
        <source>Calendar &amp;file</source>
        <translation>Kalendāra fa&amp;ils</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Šo&amp;dien</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>&amp;Kalendārs</translation>
    </message>
    <message>
        <source>&amp;Factories</source>
        <translation>&amp;Fabrikas</translation>
    </message>
    <message>
        <source>Pr&amp;ogrammes</source>
        <translation>P&amp;rogrammas</translation>
    </message>
    <message>
        <source>Trai&amp;ners</source>
        <translation>&amp;Treneri</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Jauna nodarbība</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Sessions planned: {n}.</source>
        <translation>Ieplānotas nodarbības: {n}.</translation>
    </message>
    <message>
        <source>Moving the session to {date}:</source>
        <translation>Nodarbības pārcelšana uz {date}:</translation>
    </message>
    <message>
        <source>The session was moved to {date}.</source>
        <translation>Nodarbība pārcelta uz {date}.</translation>
    </message>
    <message>
        <source>A factory&apos;s plan…</source>
        <translation>Fabrikas plāns…</translation>
    </message>
    <message>
        <source>A trainer&apos;s schedule…</source>
        <translation>Trenera grafiks…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saved. Every computer using this database now works this way.</source>
        <translation>Saglabāts. Tagad šādi strādā visi datori, kas izmanto šo datubāzi.</translation>
    </message>
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
        <source>The centre (the same on every computer using this database)</source>
        <translation>Centrs (vienādi visos datoros, kas izmanto šo datubāzi)</translation>
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation>&amp;Dokumentu valoda:</translation>
    </message>
    <message>
        <source>The language of sign-in sheets, certificates and reports, whatever the interface language</source>
        <translation>Dalībnieku reģistrācijas lapu, sertifikātu un pārskatu valoda neatkarīgi no saskarnes valodas</translation>
    </message>
    <message>
        <source>People without an &amp;account work as:</source>
        <translation>Lietotāji bez &amp;konta strādā kā:</translation>
    </message>
    <message>
        <source>Accounts give a login its own role (factory-desk users add LOGIN --role trainer); everyone else works with this role</source>
        <translation>Konts piešķir lietotājvārdam savu lomu (factory-desk users add LOGIN --role trainer); visi pārējie strādā ar šo lomu</translation>
    </message>
    <message>
        <source>&amp;Attachment size limit, MB:</source>
        <translation>&amp;Maksimālais pielikuma izmērs, MB:</translation>
    </message>
    <message>
        <source>The largest photo or document an improvement project can keep in the database; a larger file is refused with a message</source>
        <translation>Lielākais foto vai dokuments, ko uzlabojumu projekts var glabāt datubāzē; lielāku failu nepieņem, par to parādot ziņojumu</translation>
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
<context>
    <name>SheetModel</name>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Organisation, position</source>
        <translation>Organizācija, amats</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Atzīme</translation>
    </message>
    <message>
        <source>Marked at {time} by {user}</source>
        <translation>Atzīme: {time}, {user}</translation>
    </message>
</context>
<context>
    <name>StatusesModel</name>
    <message>
        <source>Key</source>
        <translation>Taustiņš</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Counts as present</source>
        <translation>Skaitās klātesošs</translation>
    </message>
    <message>
        <source>Needs a note</source>
        <translation>Vajadzīga piezīme</translation>
    </message>
    <message>
        <source>{name} (not offered)</source>
        <translation>{name} (netiek rādīts)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>Built in: its name and meaning are fixed; its key can change</source>
        <translation>Iebūvēts: nosaukums un nozīme ir nemainīgi, taustiņu var mainīt</translation>
    </message>
</context>
<context>
    <name>StatusesPanel</name>
    <message>
        <source>New status</source>
        <translation>Jauns statuss</translation>
    </message>
    <message>
        <source>Built-in status</source>
        <translation>Iebūvēts statuss</translation>
    </message>
    <message>
        <source>The centre&apos;s status</source>
        <translation>Centra statuss</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saglabāts.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>Statuss “{name}” noņemts.</translation>
    </message>
    <message>
        <source>“{name}” is used by marks already made: it is no longer offered, and those marks keep it.</source>
        <translation>Statuss “{name}” jau izmantots veiktajās atzīmēs: tas vairs netiek rādīts, bet šajās atzīmēs paliek.</translation>
    </message>
    <message>
        <source>The statuses the attendance screen offers, in this order, with the key that marks a person. The built-in ones cannot be removed; the centre can add its own.</source>
        <translation>Statusi, ko piedāvā apmeklējuma ekrāns, šādā secībā un ar taustiņu, kas atzīmē personu. Iebūvētos statusus nevar noņemt; centrs var pievienot savus.</translation>
    </message>
    <message>
        <source>Attendance statuses</source>
        <translation>Apmeklējuma statusi</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Jauns statuss</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Uz a&amp;ugšu</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Uz &amp;leju</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Noņ&amp;emt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Taustiņš:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taustiņš</translation>
    </message>
    <message>
        <source>One digit, 0 to 9: pressing it on the attendance screen marks the selected person</source>
        <translation>Viens cipars no 0 līdz 9: to nospiežot apmeklējuma ekrānā, tiek atzīmēta izvēlētā persona</translation>
    </message>
    <message>
        <source>Counts as &amp;present</source>
        <translation>Skaitās &amp;klātesošs</translation>
    </message>
    <message>
        <source>The person attended: it counts for the certificate when the programme&apos;s completion rule names it</source>
        <translation>Persona bija klāt: tiek ieskaitīts sertifikātam, ja to paredz programmas pabeigšanas nosacījums</translation>
    </message>
    <message>
        <source>Needs a no&amp;te</source>
        <translation>Vajadzīga &amp;piezīme</translation>
    </message>
    <message>
        <source>The trainer is asked for a note, for example which document was shown</source>
        <translation>Trenerim tiek lūgta piezīme, piemēram, kāds dokuments tika uzrādīts</translation>
    </message>
    <message>
        <source>&amp;Offered on the attendance screen</source>
        <translation>&amp;Rādīt apmeklējuma ekrānā</translation>
    </message>
    <message>
        <source>A status no longer offered stays on the marks that used it</source>
        <translation>Statuss, kas vairs netiek rādīts, paliek atzīmēs, kurās tas jau izmantots</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sa&amp;glabāt</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Position, organisation</source>
        <translation>Amats, organizācija</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Loma komandā</translation>
    </message>
    <message>
        <source>Double-click or press F2 to type the role</source>
        <translation>Lai ierakstītu lomu, veiciet dubultklikšķi vai nospiediet F2</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Šonedēļ</translation>
    </message>
    <message>
        <source>Under the minimum in the next two weeks</source>
        <translation>Zem minimuma tuvākajās divās nedēļās</translation>
    </message>
    <message>
        <source>Held, report not done</source>
        <translation>Notikušas, atskaite nav iesniegta</translation>
    </message>
    <message>
        <source>Waiting lists that can be promoted</source>
        <translation>Gaidīšanas saraksti, no kuriem var piešķirt vietas</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>Šodien nodarbību nav.</translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation>Šonedēļ nodarbību nav.</translation>
    </message>
    <message>
        <source>Every group in the next two weeks has at least its minimum.</source>
        <translation>Visās tuvāko divu nedēļu grupās ir vismaz minimālais dalībnieku skaits.</translation>
    </message>
    <message>
        <source>Every session held has its report.</source>
        <translation>Par visām notikušajām nodarbībām atskaites ir iesniegtas.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a place that is free.</source>
        <translation>Neviens negaida vietu tur, kur ir brīvas vietas.</translation>
    </message>
    <message>
        <source>Project follow-ups</source>
        <translation>Projektu kontroles pārbaudes</translation>
    </message>
    <message>
        <source>No project follow-up is due this week.</source>
        <translation>Šonedēļ projektu kontroles pārbaužu nav.</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>Šodienas nodarbības</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Šīs nedēļas nodarbības</translation>
    </message>
    <message>
        <source>Follow-ups of improvement projects due this week or overdue</source>
        <translation>Uzlabošanas projektu kontroles pārbaudes: šonedēļ un nokavētās</translation>
    </message>
    <message>
        <source>Groups under their minimum in the next two weeks</source>
        <translation>Tuvāko divu nedēļu grupas, kurās nav minimālā dalībnieku skaita</translation>
    </message>
    <message>
        <source>Sessions held whose report is not done</source>
        <translation>Notikušās nodarbības bez iesniegtas atskaites</translation>
    </message>
    <message>
        <source>Sessions with free places and people waiting</source>
        <translation>Nodarbības ar brīvām vietām un gaidītājiem</translation>
    </message>
</context>
<context>
    <name>TrainerDialog</name>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (neaktīva)</translation>
    </message>
    <message>
        <source>First day away</source>
        <translation>Pirmā prombūtnes diena</translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation>Pēdējā prombūtnes diena</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Jauns treneris</translation>
    </message>
    <message>
        <source>Trainer: {name}</source>
        <translation>Treneris: {name}</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Treneris</translation>
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
        <source>&amp;Patronymic:</source>
        <translation>&amp;Tēvvārds:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Tēvvārds</translation>
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
        <translation>Tā&amp;lrunis:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>P&amp;iezīmes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>An inactive trainer stays in past sessions and reports</source>
        <translation>Neaktīvs treneris paliek pagātnes nodarbībās un pārskatos</translation>
    </message>
    <message>
        <source>&amp;Offered for new sessions</source>
        <translation>Piedāvāt &amp;jaunām nodarbībām</translation>
    </message>
    <message>
        <source>Fa&amp;ctories they work at</source>
        <translation>&amp;Fabrikas, kurās strādā treneris</translation>
    </message>
    <message>
        <source>Factories they work at</source>
        <translation>Fabrikas, kurās strādā treneris</translation>
    </message>
    <message>
        <source>Days a&amp;way: sessions are not planned for them on these days</source>
        <translation>Pro&amp;mbūtnes dienas: šajās dienās nodarbības ar treneri netiek plānotas</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>Prombūtnes dienas</translation>
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
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Pievie&amp;not</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Noņ&amp;emt</translation>
    </message>
</context>
<context>
    <name>TrainersPanel</name>
    <message>
        <source>Any</source>
        <translation>Jebkura</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>trainers</comment>
        <translation>
            <numerusform>Atrasts %Ln treneris</numerusform>
            <numerusform>Atrasti %Ln treneri</numerusform>
            <numerusform>Atrasti treneri: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trainers: %Ln</source>
        <translation>
            <numerusform>%Ln treneris</numerusform>
            <numerusform>%Ln treneri</numerusform>
            <numerusform>%Ln treneru</numerusform>
        </translation>
    </message>
    <message>
        <source>No trainer matches. Check the spelling, type fewer letters or choose «Any» factory.</source>
        <translation>Neviens treneris neatbilst. Pārbaudiet rakstību, ievadiet mazāk burtu vai izvēlieties fabriku “Jebkura”.</translation>
    </message>
    <message>
        <source>There is no trainer yet. Add the people who run your trainings: New…</source>
        <translation>Treneru vēl nav. Pievienojiet tos, kas vada jūsu apmācības: “Jauns…”</translation>
    </message>
    <message>
        <source>Delete the trainer «{name}» with their days away? This cannot be undone.</source>
        <translation>Dzēst treneri “{name}” kopā ar prombūtnes dienām? To nevar atsaukt.</translation>
    </message>
    <message>
        <source>The people who run the trainings, the factories they work at and the days they are away: sessions are not planned for them on those days. Double-click or press Enter to edit; Ctrl+N adds a trainer.</source>
        <translation>Tie, kas vada apmācības, fabrikas, kurās viņi strādā, un viņu prombūtnes dienas: šajās dienās nodarbības ar viņiem netiek plānotas. Dubultklikšķis vai Enter — labot; Ctrl+N — pievienot treneri.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Find trainers</source>
        <translation>Meklēt trenerus</translation>
    </message>
    <message>
        <source>Name, e-mail or factory</source>
        <translation>Vārds, e-pasts vai fabrika</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Fabrika:</translation>
    </message>
    <message>
        <source>Trainers of the factory</source>
        <translation>Fabrikas treneri</translation>
    </message>
    <message>
        <source>Also list those no longer offered for new sessions</source>
        <translation>Rādīt arī tos, kas vairs netiek piedāvāti jaunām nodarbībām</translation>
    </message>
    <message>
        <source>Sho&amp;w inactive</source>
        <translation>Rādīt &amp;neaktīvos</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Treneri</translation>
    </message>
    <message>
        <source>Add a trainer (Ctrl+N)</source>
        <translation>Pievienot treneri (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Jauns…</translation>
    </message>
    <message>
        <source>Open the selected row in the editor (Enter or a double-click)</source>
        <translation>Atvērt izvēlēto rindu labošanai (Enter vai dubultklikšķis)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>No longer offer it for new sessions; past sessions keep it</source>
        <translation>Vairs nepiedāvāt jaunām nodarbībām; pagātnes nodarbībās saglabāsies</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivizēt</translation>
    </message>
    <message>
        <source>Delete it for good: only what no session uses</source>
        <translation>Dzēst pavisam: tikai to, ko neizmanto neviena nodarbība</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>D&amp;zēst</translation>
    </message>
</context>
<context>
    <name>TrainersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Factories</source>
        <translation>Fabrikas</translation>
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
        <source>Away</source>
        <translation>Prombūtne</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Nodarbības</translation>
    </message>
</context>
<context>
    <name>TrainingDayWindow</name>
    <message>
        <source>Training day: «{programme}» of {date}</source>
        <translation>Nodarbības diena: “{programme}”, {date}</translation>
    </message>
    <message>
        <source>Days: {dates}</source>
        <translation>Dienas: {dates}</translation>
    </message>
    <message>
        <source>Trainers: {names}</source>
        <translation>Treneri: {names}</translation>
    </message>
    <message>
        <source>Training day</source>
        <translation>Nodarbības diena</translation>
    </message>
    <message>
        <source>The sign-in sheet of every day of the session, with a barcode for each person, to print or save as PDF</source>
        <translation>Dalībnieku reģistrācijas lapa katrai nodarbības dienai ar svītrkodu katrai personai — drukāšanai vai saglabāšanai kā PDF</translation>
    </message>
    <message>
        <source>Print the si&amp;gn-in sheet…</source>
        <translation>Drukāt reģistrācijas &amp;lapu…</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Apmeklējums</translation>
    </message>
    <message>
        <source>Simulation r&amp;ounds</source>
        <translation>Simulācijas &amp;raundi</translation>
    </message>
    <message>
        <source>&amp;Tests and feedback</source>
        <translation>&amp;Testi un atsauksmes</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Load a public key file</source>
        <translation>Ielādēt publiskās atslēgas failu</translation>
    </message>
    <message>
        <source>Public key (*.pem *.pub *.txt);;All files (*)</source>
        <translation>Publiskā atslēga (*.pem *.pub *.txt);;Visi faili (*)</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Failu {file} neizdevās nolasīt: {reason}</translation>
    </message>
    <message>
        <source>The file {file} holds no public key of a Factory Desk centre. Load the .pem file the centre exported with «Export the public key…».</source>
        <translation>Failā {file} nav Factory Desk centra publiskās atslēgas. Ielādējiet .pem failu, ko centrs eksportēja ar “Eksportēt publisko atslēgu…”.</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>nav ielādēts</translation>
    </message>
    <message>
        <source>{file} ({n} keys)</source>
        <translation>{file} (atslēgas: {n})</translation>
    </message>
    <message>
        <source>Load the centre&apos;s public key file first, or check against this centre&apos;s register.</source>
        <translation>Vispirms ielādējiet centra publiskās atslēgas failu vai pārbaudiet pēc šī centra reģistra.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Derīgs</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Nav derīgs</translation>
    </message>
    <message>
        <source>The certificate {number} was issued by this centre and is in force: the code carries the centre&apos;s signature and nothing in it was changed.</source>
        <translation>Sertifikātu {number} izsniedzis šis centrs, un tas ir derīgs: kodā ir centra paraksts, un nekas tajā nav mainīts.</translation>
    </message>
    <message>
        <source>The code carries the signature of the key in {file}, and nothing in it was changed. Whether the certificate was voided since can only be checked against the centre&apos;s register.</source>
        <translation>Kods ir parakstīts ar atslēgu no faila {file}, un nekas tajā nav mainīts. Vai sertifikāts kopš tā laika nav anulēts, var pārbaudīt tikai centra reģistrā.</translation>
    </message>
    <message>
        <source>It was signed with a key the centre has since retired; certificates signed before the change stay valid.</source>
        <translation>Tas parakstīts ar atslēgu, ko centrs kopš tā laika vairs neizmanto; sertifikāti, kas parakstīti pirms atslēgas maiņas, paliek derīgi.</translation>
    </message>
    <message>
        <source>The text was changed after the certificate was signed: what the code states is not what the centre signed. Scan the code again; if the answer is the same, the certificate was altered or forged.</source>
        <translation>Teksts mainīts pēc sertifikāta parakstīšanas: kodā norādītais nav tas, ko parakstīja centrs. Noskenējiet kodu vēlreiz; ja atbilde ir tāda pati, sertifikāts ir mainīts vai viltots.</translation>
    </message>
    <message>
        <source>The code was signed with a key that is not in {file}: the certificate was not issued by the centre whose key this is.</source>
        <translation>Kods parakstīts ar atslēgu, kuras nav failā {file}: sertifikātu nav izsniedzis centrs, kuram pieder šī atslēga.</translation>
    </message>
    <message>
        <source>The code was signed with a key this centre does not have: the certificate was not issued here.</source>
        <translation>Kods parakstīts ar atslēgu, kuras šim centram nav: sertifikāts nav izsniegts šeit.</translation>
    </message>
    <message>
        <source>The certificate {number} is genuine, but it was voided on {date}: {reason}</source>
        <translation>Sertifikāts {number} ir īsts, bet {date} tas tika anulēts: {reason}</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>iemesls nav norādīts</translation>
    </message>
    <message>
        <source>The code carries this centre&apos;s signature, but the register has no certificate {number}. This database may be an older copy, or the certificate was issued from another database of the centre.</source>
        <translation>Kodā ir šī centra paraksts, bet reģistrā nav sertifikāta {number}. Iespējams, šī datubāze ir vecāka kopija vai sertifikāts izsniegts no citas centra datubāzes.</translation>
    </message>
    <message>
        <source>This is not the code of a Factory Desk certificate. Scan the QR code printed on the certificate; a text cut short or typed by hand does not check either.</source>
        <translation>Šis nav Factory Desk sertifikāta kods. Noskenējiet sertifikātā iespiesto QR kodu; saīsināts vai ar roku ievadīts teksts pārbaudi arī neiztur.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stundas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrika</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izsniegts</translation>
    </message>
    <message>
        <source>{fingerprint} (retired)</source>
        <translation>{fingerprint} (vairs netiek izmantota)</translation>
    </message>
    <message>
        <source>Signed with the key</source>
        <translation>Parakstīts ar atslēgu</translation>
    </message>
    <message>
        <source>Key named in the code</source>
        <translation>Kodā norādītā atslēga</translation>
    </message>
    <message>
        <source>What the code states (nothing of it is confirmed):</source>
        <translation>Kas norādīts kodā (nekas no tā nav apstiprināts):</translation>
    </message>
    <message>
        <source>What the certificate states:</source>
        <translation>Kas norādīts sertifikātā:</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Sertifikāta pārbaude</translation>
    </message>
    <message>
        <source>Scan the QR code of a certificate with a scanner, or paste the text a phone read from it, and press Enter.</source>
        <translation>Noskenējiet sertifikāta QR kodu ar skeneri vai ielīmējiet tekstu, ko no tā nolasīja tālrunis, un nospiediet Enter.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <source>The text of the certificate&apos;s QR code</source>
        <translation>Sertifikāta QR koda teksts</translation>
    </message>
    <message>
        <source>FD1|…</source>
        <translation>FD1|…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Pārbaudīt</translation>
    </message>
    <message>
        <source>Check against</source>
        <translation>Pārbaudīt pēc</translation>
    </message>
    <message>
        <source>This centre&apos;s &amp;register: keys, numbers and voided certificates</source>
        <translation>Šī centra &amp;reģistrs: atslēgas, numuri un anulētie sertifikāti</translation>
    </message>
    <message>
        <source>A public key &amp;file:</source>
        <translation>Publiskās atslēgas &amp;fails:</translation>
    </message>
    <message>
        <source>&amp;Load a key file…</source>
        <translation>&amp;Ielādēt atslēgas failu…</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Pārbaudes rezultāts</translation>
    </message>
    <message>
        <source>What the certificate states</source>
        <translation>Kas norādīts sertifikātā</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>(no organisation)</source>
        <translation>(bez organizācijas)</translation>
    </message>
    <message>
        <source>Choose the organisation from the list, or leave it empty.</source>
        <translation>Izvēlieties organizāciju no saraksta vai atstājiet lauku tukšu.</translation>
    </message>
    <message>
        <source>{person} is already in the register. Choose the registered person, or add a new one if this is somebody else.</source>
        <translation>{person} jau ir reģistrā. Izvēlieties reģistrēto personu vai pievienojiet jaunu, ja tas ir kāds cits.</translation>
    </message>
    <message>
        <source>Replaced {name} on the day of the training</source>
        <translation>Aizstāšana nodarbības dienā; aizstātā persona: {name}</translation>
    </message>
    <message>
        <source>{new} takes the place of {old} and is marked present.</source>
        <translation>Aizstāšana veikta: {old} → {new}; klātbūtne atzīmēta.</translation>
    </message>
    <message>
        <source>{name} was added and marked present (the group is now over its maximum).</source>
        <translation>Pievienots(-a): {name}; klātbūtne atzīmēta (grupa tagad pārsniedz maksimumu).</translation>
    </message>
    <message>
        <source>{name} was added and marked present.</source>
        <translation>Pievienots(-a): {name}; klātbūtne atzīmēta.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Dalībnieks bez pieteikuma</translation>
    </message>
    <message>
        <source>Someone came who is not on the list: they get a place, even over the group&apos;s maximum, and are marked present.</source>
        <translation>Atnācis cilvēks, kura nav sarakstā: viņš saņems vietu, pat pārsniedzot grupas maksimumu, un tiks atzīmēts kā klātesošs.</translation>
    </message>
    <message>
        <source>&amp;Add and mark present</source>
        <translation>&amp;Pievienot un atzīmēt klātbūtni</translation>
    </message>
    <message>
        <source>Replace by a new person</source>
        <translation>Aizstāšana ar jaunu personu</translation>
    </message>
    <message>
        <source>Who came instead of {name}? They take the place and are marked present.</source>
        <translation>Kas atnāca aizstāt: {name}? Jaunā persona ieņems vietu, un tiks atzīmēta tās klātbūtne.</translation>
    </message>
    <message>
        <source>&amp;Replace and mark present</source>
        <translation>Ai&amp;zstāt un atzīmēt klātbūtni</translation>
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
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizācija:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Amats:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>The rest of the person&apos;s details can be completed later in the People register.</source>
        <translation>Pārējos personas datus var papildināt vēlāk cilvēku reģistrā.</translation>
    </message>
    <message>
        <source>&amp;Use the registered person</source>
        <translation>Izvēlēties no &amp;reģistra</translation>
    </message>
    <message>
        <source>&amp;Add a new person anyway</source>
        <translation>Tomēr pievienot &amp;jaunu</translation>
    </message>
</context>
</TS>
