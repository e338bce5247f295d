<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>No log file: the log folder cannot be written</source>
        <translation>Журнала нет: в папку журналов нельзя записывать</translation>
    </message>
    <message>
        <source>About Factory Desk</source>
        <translation>О программе Factory Desk</translation>
    </message>
    <message>
        <source>Plans, runs and documents Process Factory lean trainings: groups, attendance, certificates and improvement projects.</source>
        <translation>Планирование, проведение и документирование обучения бережливому производству на «Фабриках процессов»: группы, посещаемость, сертификаты и проекты по улучшению.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <source>«{programme}», {date}, {factory}: {enrolled} of {max} places taken, {waiting} waiting.</source>
        <translation>«{programme}», {date}, {factory}: занято мест — {enrolled} из {max}, в листе ожидания — {waiting}.</translation>
    </message>
    <message>
        <source>Nobody is waiting in the pool for this programme.</source>
        <translation>В списке ожидания на эту программу никого нет.</translation>
    </message>
    <message>
        <source>already in this session</source>
        <translation>уже на этом занятии</translation>
    </message>
    <message>
        <source>Tick the people to enrol.</source>
        <translation>Отметьте людей, которых нужно записать.</translation>
    </message>
    <message>
        <source>Ticked: {n}</source>
        <translation>Отмечено: {n}</translation>
    </message>
    <message>
        <source>Places: {places}; on the waiting list: {waiting}.</source>
        <translation>Получат место: {places}; в лист ожидания: {waiting}.</translation>
    </message>
    <message>
        <source>&amp;Enrol ({n})</source>
        <translation>&amp;Записать ({n})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Some of these people cannot simply be enrolled:</source>
        <translation>Некоторых из этих людей нельзя просто так записать:</translation>
    </message>
    <message>
        <source>Enrol the others only</source>
        <translation>Записать только остальных</translation>
    </message>
    <message>
        <source>Enrol everyone anyway…</source>
        <translation>Всё равно записать всех…</translation>
    </message>
    <message>
        <source>Enrolled: {n}</source>
        <translation>Записано: {n}</translation>
    </message>
    <message>
        <source>on the waiting list: {n}</source>
        <translation>в листе ожидания: {n}</translation>
    </message>
    <message>
        <source>already there: {n}</source>
        <translation>уже были записаны: {n}</translation>
    </message>
    <message>
        <source>not enrolled: {n}</source>
        <translation>не записано: {n}</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Выбор человека</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Add people to the session</source>
        <translation>Добавление людей на занятие</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>По &amp;имени</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Surname, first name or patronymic</source>
        <translation>Фамилия, имя или отчество</translation>
    </message>
    <message>
        <source>The person is not in the register yet: add them with what you typed, then they are chosen here</source>
        <translation>Этого человека ещё нет в реестре: добавьте его по введённым данным — после этого он будет выбран здесь</translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation>Новый &amp;человек…</translation>
    </message>
    <message>
        <source>Tick the people to enrol; Space ticks the current one</source>
        <translation>Отметьте людей для записи; пробел отмечает текущего</translation>
    </message>
    <message>
        <source>By &amp;organisation</source>
        <translation>По &amp;организации</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Орг&amp;анизация:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Отметить вс&amp;ех</translation>
    </message>
    <message>
        <source>From the waiting &amp;pool</source>
        <translation>Из &amp;списка ожидания</translation>
    </message>
    <message>
        <source>People organisations sent for this programme (or for any) who are not yet in a group.</source>
        <translation>Люди, которых организации направили на эту программу (или на любую), но которые ещё не попали в группу.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>In the open database</source>
        <translation>В открытой базе данных</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Kind of {file}</source>
        <translation>Вид файла {file}</translation>
    </message>
    <message>
        <source>Add a file to the project</source>
        <translation>Добавить файл в проект</translation>
    </message>
    <message>
        <source>{file} ({size})</source>
        <translation>{file} ({size})</translation>
    </message>
    <message>
        <source>Add files to the project</source>
        <translation>Добавить файлы в проект</translation>
    </message>
    <message>
        <source>What is each file? The kind is guessed from its name; change it where the guess is wrong.</source>
        <translation>Что это за файлы? Вид определён по имени файла; исправьте его, если он определён неверно.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>{size} B</source>
        <translation>{size} Б</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Reading the photos…</source>
        <translation>Чтение фотографий…</translation>
    </message>
    <message>
        <source>Before: {file}</source>
        <translation>До: {file}</translation>
    </message>
    <message>
        <source>After: {file}</source>
        <translation>После: {file}</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Чтение фотографии…</translation>
    </message>
    <message>
        <source>Add files to the project</source>
        <translation>Добавить файлы в проект</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Adding the files…</source>
        <translation>Добавление файлов…</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Не удалось прочитать файл {file}: {reason}</translation>
    </message>
    <message>
        <source>Added: {files}.</source>
        <translation>Добавлено: {files}.</translation>
    </message>
    <message>
        <source>No program to open {file} was found on this computer. A copy is in {path}.</source>
        <translation>На этом компьютере не найдена программа, которая открывает {file}. Копия файла сохранена здесь: {path}.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Открытие {file}…</translation>
    </message>
    <message>
        <source>Save a copy of {file}</source>
        <translation>Сохранить копию {file}</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Сохранение {file}…</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>Delete {file} ({kind}) from the project? It is kept only in the database: save a copy first if it may be needed.</source>
        <translation>Удалить {file} ({kind}) из проекта? Файл хранится только в базе данных: если он может понадобиться, сначала сохраните копию.</translation>
    </message>
    <message>
        <source>{file} is deleted.</source>
        <translation>Файл {file} удалён.</translation>
    </message>
    <message>
        <source>Drag files here to add them; at most {limit} MB each.</source>
        <translation>Перетащите сюда файлы, чтобы добавить их; не более {limit} МБ каждый.</translation>
    </message>
    <message>
        <source>Drag files here to add them.</source>
        <translation>Перетащите сюда файлы, чтобы добавить их.</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <source>Open the chosen file in the program this computer uses for it</source>
        <translation>Открыть выбранный файл в программе, которая используется для таких файлов на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Save a copy of the chosen file</source>
        <translation>Сохранить копию выбранного файла</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Delete the chosen file from the project</source>
        <translation>Удалить выбранный файл из проекта</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>&amp;Training days</source>
        <translation>&amp;Дни занятий</translation>
    </message>
    <message>
        <source>Sessions of the last and the next seven days. Enter or a double-click opens the session&apos;s training day: attendance, rounds, tests and feedback.</source>
        <translation>Занятия за последние и ближайшие семь дней. Enter или двойной щелчок открывает день занятия: посещаемость, раунды, тесты и отзывы.</translation>
    </message>
    <message>
        <source>Sessions around today</source>
        <translation>Недавние и ближайшие занятия</translation>
    </message>
    <message>
        <source>No sessions in the last and the next seven days.</source>
        <translation>За последние и ближайшие семь дней занятий нет.</translation>
    </message>
    <message>
        <source>&amp;Open the training day</source>
        <translation>&amp;Открыть день занятия</translation>
    </message>
    <message>
        <source>Attendance &amp;statuses</source>
        <translation>Статусы &amp;посещаемости</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Day {n} — {date}</source>
        <translation>День {n} — {date}</translation>
    </message>
    <message>
        <source>not marked {n}</source>
        <translation>не отмечено {n}</translation>
    </message>
    <message>
        <source>This session was cancelled: nothing can be recorded for it.</source>
        <translation>Это занятие отменено: по нему ничего нельзя записать.</translation>
    </message>
    <message>
        <source>This session was closed on {date} at {time} by {user}: its marks can no longer be changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Занятие закрыто {date} в {time} пользователем {user}: отметки больше нельзя изменить. Координатор может открыть его снова, указав причину.</translation>
    </message>
    <message>
        <source>This session was closed on {date} at {time}: its marks can no longer be changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Занятие закрыто {date} в {time}: отметки больше нельзя изменить. Координатор может открыть его снова, указав причину.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Сначала выберите человека в списке.</translation>
    </message>
    <message>
        <source>{status}: a note for {name} (for example, which document was shown):</source>
        <translation>{status} — {name}: примечание (например, какой документ был предъявлен):</translation>
    </message>
    <message>
        <source>Not marked: “{status}” needs a note.</source>
        <translation>Отметка не поставлена: для статуса «{status}» нужно примечание.</translation>
    </message>
    <message>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <source>{name}: the mark was removed.</source>
        <translation>{name}: отметка удалена.</translation>
    </message>
    <message>
        <source>Everyone already has a mark: nothing was changed.</source>
        <translation>Отметки уже есть у всех: ничего не изменено.</translation>
    </message>
    <message>
        <source>{n} people without a mark were marked present.</source>
        <translation>Отмечены как присутствующие все, кто был без отметки: {n}.</translation>
    </message>
    <message>
        <source>Undone: {n} marks as they were before.</source>
        <translation>Отменено: восстановлены прежние отметки ({n}).</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>{name} is already marked: {status}.</source>
        <translation>{name}: отметка уже есть — {status}.</translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation>Удалить отметку</translation>
    </message>
    <message>
        <source>Who came instead of {name}?</source>
        <translation>Кто пришёл вместо участника {name}?</translation>
    </message>
    <message>
        <source>Replaced {name} on the day of the training</source>
        <translation>Замена участника {name} в день занятия</translation>
    </message>
    <message>
        <source>{new} takes the place of {old} and is marked present.</source>
        <translation>{new} заменяет участника {old}, отметка — «Присутствует».</translation>
    </message>
    <message>
        <source>The session cannot be closed yet: {n} people have no mark ({names}). Mark them, or use “Mark the rest present”.</source>
        <translation>Занятие пока нельзя закрыть: без отметки — {n} чел. ({names}). Отметьте их или нажмите «Остальные присутствуют».</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Закрыть занятие</translation>
    </message>
    <message>
        <source>Close the session? Its marks can no longer be changed afterwards (a coordinator can reopen it).

Eligible for a certificate: {eligible} of {count}.</source>
        <translation>Закрыть занятие? После этого отметки нельзя будет изменить (координатор может открыть его снова).

Получают сертификат: {eligible} из {count}.</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>Не получают сертификат:</translation>
    </message>
    <message>
        <source>{name} — {why}</source>
        <translation>{name} — {why}</translation>
    </message>
    <message>
        <source>Eligible: {names}.</source>
        <translation>Получают сертификат: {names}.</translation>
    </message>
    <message>
        <source>&amp;Close the session</source>
        <translation>&amp;Закрыть занятие</translation>
    </message>
    <message>
        <source>The session is closed: {eligible} of {count} people are eligible for a certificate.</source>
        <translation>Занятие закрыто: сертификат получают {eligible} из {count} чел.</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>Открыть занятие снова</translation>
    </message>
    <message>
        <source>Why is the closed session reopened? The reason is kept in the audit log with your name:</source>
        <translation>Почему закрытое занятие открывается снова? Причина сохранится в журнале изменений вместе с вашим именем:</translation>
    </message>
    <message>
        <source>The session stays closed: a reason is needed to reopen it.</source>
        <translation>Занятие остаётся закрытым: чтобы открыть его снова, нужно указать причину.</translation>
    </message>
    <message>
        <source>The session is open for changes again; every change is kept in the audit log.</source>
        <translation>Занятие снова открыто для изменений; каждое изменение записывается в журнал изменений.</translation>
    </message>
    <message>
        <source>By a &amp;registered person…</source>
        <translation>Человеком из &amp;реестра…</translation>
    </message>
    <message>
        <source>By a &amp;new person…</source>
        <translation>&amp;Новым человеком…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>День занятия</translation>
    </message>
    <message>
        <source>Scan a badge or find a name</source>
        <translation>Сканирование бейджа или поиск по имени</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name to find it…</source>
        <translation>Отсканируйте бейдж или введите имя для поиска…</translation>
    </message>
    <message>
        <source>People and their marks</source>
        <translation>Люди и их отметки</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last mark (Ctrl+Z), one by one</source>
        <translation>Отменить последнюю отметку (Ctrl+Z), по одной</translation>
    </message>
    <message>
        <source>Mark the &amp;rest present</source>
        <translation>Ост&amp;альные присутствуют</translation>
    </message>
    <message>
        <source>Everyone without a mark is marked present; marks already made stay as they are</source>
        <translation>Всем, у кого нет отметки, ставится «Присутствует»; уже сделанные отметки не меняются</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Без записи…</translation>
    </message>
    <message>
        <source>Someone came who is not on the list: add them and mark them present</source>
        <translation>Пришёл человек, которого нет в списке: добавить его и отметить присутствие</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>За&amp;менить…</translation>
    </message>
    <message>
        <source>A colleague came instead of the selected person</source>
        <translation>Вместо выбранного человека пришёл коллега</translation>
    </message>
    <message>
        <source>&amp;Close the session…</source>
        <translation>&amp;Закрыть занятие…</translation>
    </message>
    <message>
        <source>Lock the marks and see who is eligible for a certificate</source>
        <translation>Зафиксировать отметки и посмотреть, кто получает сертификат</translation>
    </message>
    <message>
        <source>Reope&amp;n…</source>
        <translation>Открыть с&amp;нова…</translation>
    </message>
    <message>
        <source>Open the closed session for changes again (coordinators, with a reason)</source>
        <translation>Снова открыть закрытое занятие для изменений (для координаторов, с указанием причины)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
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
        <translation>(день {n} из {days})</translation>
    </message>
    <message>
        <source>Trainers: {names}</source>
        <translation>Тренеры: {names}</translation>
    </message>
    <message>
        <source>Enrolled: {enrolled} of {max_group} (at least {min_group})</source>
        <translation>Записано: {enrolled} из {max_group} (минимум {min_group})</translation>
    </message>
    <message>
        <source>, {n} waiting</source>
        <translation>, в листе ожидания: {n}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Session No. {id}</source>
        <translation>Занятие № {id}</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Save a calendar file</source>
        <translation>Сохранение файла календаря</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Файл календаря (*.ics)</translation>
    </message>
    <message>
        <source>Saved the calendar file {file}.</source>
        <translation>Файл календаря {file} сохранён.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Запись файла календаря…</translation>
    </message>
    <message>
        <source>session-{id}.ics</source>
        <translation>занятие-{id}.ics</translation>
    </message>
    <message>
        <source>There is no factory yet: add one on the Factories tab.</source>
        <translation>Фабрик пока нет: добавьте фабрику на вкладке «Фабрики».</translation>
    </message>
    <message>
        <source>A factory&apos;s plan</source>
        <translation>План фабрики</translation>
    </message>
    <message>
        <source>The sessions of which factory, from {first} to {last}?</source>
        <translation>Занятия какой фабрики с {first} по {last}?</translation>
    </message>
    <message>
        <source>plan {name}.ics</source>
        <translation>план {name}.ics</translation>
    </message>
    <message>
        <source>There is no trainer yet: add one on the Trainers tab.</source>
        <translation>Тренеров пока нет: добавьте тренера на вкладке «Тренеры».</translation>
    </message>
    <message>
        <source>A trainer&apos;s schedule</source>
        <translation>Расписание тренера</translation>
    </message>
    <message>
        <source>The sessions of which trainer, from {first} to {last}?</source>
        <translation>Занятия какого тренера с {first} по {last}?</translation>
    </message>
    <message>
        <source>schedule {name}.ics</source>
        <translation>расписание {name}.ics</translation>
    </message>
</context>
<context>
    <name>CalendarListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>{enrolled} of {max}, {waiting} waiting</source>
        <translation>{enrolled} из {max}, ожидают: {waiting}</translation>
    </message>
    <message>
        <source>{enrolled} of {max}</source>
        <translation>{enrolled} из {max}</translation>
    </message>
    <message>
        <source>{programme} (day {n} of {days})</source>
        <translation>{programme} (день {n} из {days})</translation>
    </message>
    <message>
        <source>Trainers: {names}</source>
        <translation>Тренеры: {names}</translation>
    </message>
    <message>
        <source>Enrolled: {fill} (at least {min})</source>
        <translation>Записано: {fill} (минимум {min})</translation>
    </message>
    <message>
        <source>Under the minimum: {n} more needed</source>
        <translation>Меньше минимума: нужно ещё {n}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>All factories</source>
        <translation>Все фабрики</translation>
    </message>
    <message>
        <source>The previous month or week (Page Up)</source>
        <translation>Предыдущий месяц или неделя (Page Up)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Перейти к сегодняшнему дню (Home)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>The next month or week (Page Down)</source>
        <translation>Следующий месяц или неделя (Page Down)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>A month: six weeks of days</source>
        <translation>Месяц: шесть недель по дням</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>A week, with trainers and fill</source>
        <translation>Неделя с тренерами и заполненностью групп</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Неделя</translation>
    </message>
    <message>
        <source>The month&apos;s sessions as a table</source>
        <translation>Занятия месяца в виде таблицы</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>С&amp;писок</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Фабрика:</translation>
    </message>
    <message>
        <source>Show the sessions of</source>
        <translation>Показать занятия фабрики</translation>
    </message>
    <message>
        <source>Sessions of the month</source>
        <translation>Занятия за месяц</translation>
    </message>
</context>
<context>
    <name>CertificateBatch</name>
    <message>
        <source>Their data were erased on request: no name to print.</source>
        <translation>Данные удалены по запросу: нет имени для печати.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
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
        <translation>«{programme}», {date}, {factory}</translation>
    </message>
    <message>
        <source>Certificates: {programme}, {date}</source>
        <translation>Сертификаты: {programme}, {date}</translation>
    </message>
    <message>
        <source>Will receive ({count})</source>
        <translation>Получат ({count})</translation>
    </message>
    <message>
        <source>Will not receive ({count})</source>
        <translation>Не получат ({count})</translation>
    </message>
    <message>
        <source>Already hold one ({count})</source>
        <translation>Уже получили ({count})</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (по умолчанию)</translation>
    </message>
    <message>
        <source>This session was cancelled: it has no certificates.</source>
        <translation>Это занятие отменено: сертификатов по нему нет.</translation>
    </message>
    <message>
        <source>The attendance of this session is not closed yet. Certificates are issued once it is: open the training day (Training day… in the session window) and close the session there (Close the session…); then come back here.</source>
        <translation>Посещаемость этого занятия ещё не закрыта. Сертификаты выдаются после закрытия: откройте день занятия («День занятия…» в окне занятия), закройте там занятие («Закрыть занятие…») и вернитесь сюда.</translation>
    </message>
    <message>
        <source>&amp;Issue {count} certificates</source>
        <translation>&amp;Выдать сертификаты ({count})</translation>
    </message>
    <message>
        <source>&amp;Issue certificates</source>
        <translation>&amp;Выдать сертификаты</translation>
    </message>
    <message>
        <source>Issue &amp;the other {count}, leave out {left}</source>
        <translation>Выдать оста&amp;льным ({count}), отложить ({left})</translation>
    </message>
    <message>
        <source>The certificate font cannot print some characters of these texts: they would show as empty boxes. Go back and correct them in the People register, or issue the others now and these people later.</source>
        <translation>В шрифте сертификата нет некоторых символов из этих текстов: вместо них были бы пустые квадраты. Вернитесь и исправьте их в реестре людей или выдайте сертификаты остальным сейчас, а этим людям — позже.</translation>
    </message>
    <message>
        <source>The certificate font cannot print some characters of these texts: they would show as empty boxes. Correct them (in the People register, the design, the programme or the factory) before issuing.</source>
        <translation>В шрифте сертификата нет некоторых символов из этих текстов: вместо них были бы пустые квадраты. Исправьте их до выдачи (в реестре людей, макете, программе или данных фабрики).</translation>
    </message>
    <message>
        <source>{text} — {chars}</source>
        <translation>{text} — {chars}</translation>
    </message>
    <message>
        <source>Issuing the certificates…</source>
        <translation>Выдача сертификатов…</translation>
    </message>
    <message>
        <source>Issuing {count} certificates…</source>
        <translation>Выдача сертификатов ({count})…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>{count} certificates were issued: {first} – {last}.</source>
        <translation>Выдано сертификатов: {count} ({first} – {last}).</translation>
    </message>
    <message>
        <source>1 certificate was issued: {number}.</source>
        <translation>Выдан 1 сертификат: {number}.</translation>
    </message>
    <message>
        <source>Nobody was issued a certificate: everyone eligible already holds one.</source>
        <translation>Сертификаты не выданы: у всех, кто их получает, они уже есть.</translation>
    </message>
    <message>
        <source>Passed over: {names}.</source>
        <translation>Пропущены: {names}.</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Certificates «{programme}» {date}</source>
        <translation>Сертификаты «{programme}» {date}</translation>
    </message>
    <message>
        <source>Save the certificates as a ZIP file</source>
        <translation>Сохранить сертификаты в ZIP-архив</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Архив ZIP (*.zip)</translation>
    </message>
    <message>
        <source>{count} certificates were saved, one PDF each, in {file}.</source>
        <translation>Сохранено сертификатов: {count} (каждый отдельным PDF) в {file}.</translation>
    </message>
    <message>
        <source>Saving the ZIP file…</source>
        <translation>Сохранение ZIP-архива…</translation>
    </message>
    <message>
        <source>Certificates of the session</source>
        <translation>Сертификаты занятия</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Will receive</source>
        <translation>Получат</translation>
    </message>
    <message>
        <source>Will receive a certificate</source>
        <translation>Получат сертификат</translation>
    </message>
    <message>
        <source>Will not receive</source>
        <translation>Не получат</translation>
    </message>
    <message>
        <source>Will not receive a certificate</source>
        <translation>Не получат сертификат</translation>
    </message>
    <message>
        <source>Already hold one</source>
        <translation>Уже получили</translation>
    </message>
    <message>
        <source>Already hold a certificate</source>
        <translation>Уже получили сертификат</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Issue &amp;anyway</source>
        <translation>Всё равно выда&amp;ть</translation>
    </message>
    <message>
        <source>&amp;Cancel issuing</source>
        <translation>Отменить в&amp;ыдачу</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save &amp;ZIP…</source>
        <translation>Сохранить &amp;архив ZIP…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
</context>
<context>
    <name>CertificateDesign</name>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Латышский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian and English</source>
        <translation>Русский и английский</translation>
    </message>
    <message>
        <source>Latvian and English</source>
        <translation>Латышский и английский</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Hours, with the unit</source>
        <translation>Часы (с единицей измерения)</translation>
    </message>
    <message>
        <source>Date of the training</source>
        <translation>Дата обучения</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Factory&apos;s address</source>
        <translation>Адрес фабрики</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>{chars} in “{text}”</source>
        <translation>{chars} в «{text}»</translation>
    </message>
    <message>
        <source>and {count} more texts</source>
        <translation>и ещё текстов: {count}</translation>
    </message>
    <message>
        <source>The certificate font cannot print these characters; they would show as empty boxes: {list}.</source>
        <translation>Этих символов нет в шрифте сертификата, вместо них будут пустые квадраты: {list}.</translation>
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
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Фабрика:</translation>
    </message>
    <message>
        <source>Show the certificates of one factory</source>
        <translation>Показать сертификаты одной фабрики</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Show the certificates of one year</source>
        <translation>Показать сертификаты за один год</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Show issued or voided certificates</source>
        <translation>Показать выданные или аннулированные сертификаты</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>По&amp;иск:</translation>
    </message>
    <message>
        <source>Find certificates by number or name</source>
        <translation>Найти сертификаты по номеру или ФИО</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Номер или ФИО</translation>
    </message>
    <message>
        <source>The register of certificates</source>
        <translation>Реестр сертификатов</translation>
    </message>
    <message>
        <source>The selected certificate</source>
        <translation>Выбранный сертификат</translation>
    </message>
    <message>
        <source>Print the selected certificate again, as it was issued, marked as a duplicate</source>
        <translation>Повторно напечатать выбранный сертификат в том виде, в каком он был выдан, с пометкой «Дубликат»</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>Повторная &amp;печать</translation>
    </message>
    <message>
        <source>Void the selected certificate with a reason; its number is never given again</source>
        <translation>Аннулировать выбранный сертификат с указанием причины; его номер больше никому не присваивается</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>&amp;Аннулировать…</translation>
    </message>
    <message>
        <source>Save the certificates the filters show as an Excel or CSV file</source>
        <translation>Сохранить отобранные фильтрами сертификаты в файл Excel или CSV</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Выгру&amp;зить в Excel…</translation>
    </message>
    <message>
        <source>Check the QR code of a certificate: genuine, altered or voided</source>
        <translation>Проверить QR-код сертификата: подлинный, изменённый или аннулированный</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>Пров&amp;ерить…</translation>
    </message>
    <message>
        <source>Save the centre&apos;s public key, with which others can verify its certificates</source>
        <translation>Сохранить открытый ключ центра, с помощью которого другие смогут проверять его сертификаты</translation>
    </message>
    <message>
        <source>Export the public &amp;key…</source>
        <translation>Выгрузить открытый &amp;ключ…</translation>
    </message>
    <message>
        <source>How each factory numbers its certificates, year by year (for example КИР-2026-00042)</source>
        <translation>Как каждая фабрика нумерует свои сертификаты по годам (например, КИР-2026-00042)</translation>
    </message>
    <message>
        <source>&amp;Numbering…</source>
        <translation>&amp;Нумерация…</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print a duplicate of the selected certificate</source>
        <translation>Напечатать дубликат выбранного сертификата</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save a duplicate of the selected certificate as a PDF file</source>
        <translation>Сохранить дубликат выбранного сертификата в файл PDF</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Открыть в программе просмотра PDF</translation>
    </message>
    <message>
        <source>Open a duplicate of the selected certificate in the PDF viewer</source>
        <translation>Открыть дубликат выбранного сертификата в программе просмотра PDF</translation>
    </message>
    <message>
        <source>Issued and voided</source>
        <translation>Выданные и аннулированные</translation>
    </message>
    <message>
        <source>All factories</source>
        <translation>Все фабрики</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>Issued {date} at {time}</source>
        <translation>Выдан {date} в {time}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>пользователем {user}</translation>
    </message>
    <message>
        <source>Prints: {count}.</source>
        <translation>Распечаток: {count}.</translation>
    </message>
    <message>
        <source>SHA-256 of the issued PDF: {digest}</source>
        <translation>SHA-256 выданного PDF: {digest}</translation>
    </message>
    <message>
        <source>The certificate {number} was voided: it cannot be printed again.</source>
        <translation>Сертификат {number} аннулирован: повторно напечатать его нельзя.</translation>
    </message>
    <message>
        <source>Making a duplicate of certificate {number}…</source>
        <translation>Создание дубликата сертификата {number}…</translation>
    </message>
    <message>
        <source>A duplicate of certificate {number} was made (print {count}).</source>
        <translation>Дубликат сертификата {number} создан (печать № {count}).</translation>
    </message>
    <message>
        <source>The design&apos;s pictures {names} changed since it was issued: today&apos;s were used.</source>
        <translation>Изображения макета {names} изменились после выдачи сертификата: использованы текущие.</translation>
    </message>
    <message>
        <source>{name} (duplicate)</source>
        <translation>{name} (дубликат)</translation>
    </message>
    <message>
        <source>Certificate {number} (duplicate)</source>
        <translation>Сертификат {number} (дубликат)</translation>
    </message>
    <message>
        <source>Void a certificate</source>
        <translation>Аннулирование сертификата</translation>
    </message>
    <message>
        <source>Void certificate {number} of {name}?

It keeps its number, which is never given again, and its QR code will verify as voided. The person can then be issued a new certificate for the session.

Why is it voided (kept in the register)?</source>
        <translation>Аннулировать сертификат {number} ({name})?

Он сохранит свой номер, который больше никому не присваивается, а проверка его QR-кода покажет, что сертификат аннулирован. После этого человеку можно выдать новый сертификат за это занятие.

Причина аннулирования (сохраняется в реестре):</translation>
    </message>
    <message>
        <source>Nothing was voided. {reason}</source>
        <translation>Ничего не аннулировано. {reason}</translation>
    </message>
    <message>
        <source>Certificate {number} ({name}) is voided: {reason}</source>
        <translation>Сертификат {number} ({name}) аннулирован: {reason}</translation>
    </message>
    <message>
        <source>Export the register of certificates</source>
        <translation>Выгрузить реестр сертификатов</translation>
    </message>
    <message>
        <source>certificates.xlsx</source>
        <translation>сертификаты.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV с разделителем «точка с запятой» (*.csv)</translation>
    </message>
    <message>
        <source>The register was saved to {file}. Certificates in it: {count}.</source>
        <translation>Реестр сохранён в файл {file}. Сертификатов в нём: {count}.</translation>
    </message>
    <message>
        <source>Saving the register of certificates…</source>
        <translation>Сохранение реестра сертификатов…</translation>
    </message>
    <message>
        <source>Export the centre&apos;s public key</source>
        <translation>Выгрузить открытый ключ центра</translation>
    </message>
    <message>
        <source>certificate-key.pem</source>
        <translation>ключ-сертификатов.pem</translation>
    </message>
    <message>
        <source>Public key (*.pem)</source>
        <translation>Открытый ключ (*.pem)</translation>
    </message>
    <message>
        <source>The centre&apos;s public key was saved to {file}. Give it to employers and anyone who checks your certificates: with it, the Verify dialog of Factory Desk (or any Ed25519 tool) tells a genuine certificate from an altered one without your database. It cannot sign certificates, so it can be shared freely; keep the database and its backups to yourself.</source>
        <translation>Открытый ключ центра сохранён в файл {file}. Передайте его работодателям и всем, кто проверяет ваши сертификаты: с ним окно проверки сертификатов в Factory Desk (или любая программа для Ed25519) отличит подлинный сертификат от изменённого без доступа к вашей базе данных. Подписать сертификат этим ключом нельзя, поэтому его можно передавать свободно; а базу данных и её резервные копии никому не передавайте.</translation>
    </message>
    <message>
        <source>Saving the public key…</source>
        <translation>Сохранение открытого ключа…</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>certificates</comment>
        <translation>
            <numerusform>Найден %Ln сертификат</numerusform>
            <numerusform>Найдено %Ln сертификата</numerusform>
            <numerusform>Найдено %Ln сертификатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates: %Ln</source>
        <translation>
            <numerusform>Сертификатов: %Ln</numerusform>
            <numerusform>Сертификатов: %Ln</numerusform>
            <numerusform>Сертификатов: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate matches these filters.</source>
        <translation>Ни один сертификат не подходит под эти фильтры.</translation>
    </message>
    <message>
        <source>No certificates were issued yet. They are issued from a session once its attendance is closed.</source>
        <translation>Сертификаты ещё не выдавались. Их выдают в окне занятия, когда посещаемость закрыта.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Import as</source>
        <translation>Загрузить как</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не загружать —</translation>
    </message>
    <message>
        <source>What column {number} holds</source>
        <translation>Что в столбце {number}</translation>
    </message>
    <message>
        <source>The organisation is taken from the column {names}.</source>
        <translation>Организация берётся из столбца {names}.</translation>
    </message>
    <message>
        <source>Organisation from the file&apos;s title block: {name}</source>
        <translation>Организация из шапки файла: {name}</translation>
    </message>
    <message>
        <source>INN from the file&apos;s title block: {inn}</source>
        <translation>ИНН из шапки файла: {inn}</translation>
    </message>
    <message>
        <source>The file does not name an organisation: choose one below, or the people are imported without one.</source>
        <translation>В файле не указана организация: выберите её ниже, иначе люди будут загружены без организации.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>“{value}” is not a choice for {argument}; choose from {choices}.</source>
        <translation>«{value}» — недопустимое значение для {argument}; выберите из: {choices}.</translation>
    </message>
    <message>
        <source>{argument} needs a whole number, not “{value}”.</source>
        <translation>Для {argument} нужно целое число, а не «{value}».</translation>
    </message>
    <message>
        <source>Missing: {arguments}.</source>
        <translation>Не указано: {arguments}.</translation>
    </message>
    <message>
        <source>Not understood: {arguments}.</source>
        <translation>Непонятные аргументы: {arguments}.</translation>
    </message>
    <message>
        <source>{argument} needs a value.</source>
        <translation>Для {argument} нужно указать значение.</translation>
    </message>
    <message>
        <source>The database {name} already has data; no demo data was added.</source>
        <translation>В базе данных {name} уже есть данные; демонстрационные данные не добавлены.</translation>
    </message>
    <message>
        <source>Demo data created in {name}: {factories} factories, {programmes} programmes, {trainers} trainers, {organisations} organisations, {people} people, {sessions} sessions, {certificates} certificates, {projects} projects.</source>
        <translation>Демонстрационные данные созданы в {name}: фабрик — {factories}, программ — {programmes}, тренеров — {trainers}, организаций — {organisations}, людей — {people}, занятий — {sessions}, сертификатов — {certificates}, проектов — {projects}.</translation>
    </message>
    <message>
        <source>Search keys were rebuilt for {count} names.</source>
        <translation>Ключи поиска перестроены, имён: {count}.</translation>
    </message>
    <message>
        <source>The database {name} is up to date.</source>
        <translation>База данных {name} в актуальном состоянии.</translation>
    </message>
    <message>
        <source>A new database was created in {name}.</source>
        <translation>Создана новая база данных: {name}.</translation>
    </message>
    <message>
        <source>The database {name} was upgraded from schema {old} to {new}.</source>
        <translation>База данных {name} обновлена со схемы {old} до схемы {new}.</translation>
    </message>
    <message>
        <source>The previous version was saved as {file}.</source>
        <translation>Прежняя версия сохранена как {file}.</translation>
    </message>
    <message>
        <source>The database {name} is healthy: schema {revision}, {people} people, integrity and links checked.</source>
        <translation>База данных {name} в порядке: схема {revision}, людей — {people}, целостность и связи проверены.</translation>
    </message>
    <message>
        <source>The database {name} has problems:</source>
        <translation>В базе данных {name} есть проблемы:</translation>
    </message>
    <message>
        <source>Backup of {name} written to {file} ({size} MB).</source>
        <translation>Резервная копия {name} записана в {file} ({size} МБ).</translation>
    </message>
    <message>
        <source>The database {name} was restored from {file}.</source>
        <translation>База данных {name} восстановлена из {file}.</translation>
    </message>
    <message>
        <source>Its previous content was saved as {file}.</source>
        <translation>Её прежнее содержимое сохранено как {file}.</translation>
    </message>
    <message>
        <source>{rows} people exported to {file}.</source>
        <translation>Выгружено людей: {rows}, файл {file}.</translation>
    </message>
    <message>
        <source>Row {row}: {name} — {outcome}: {problems}</source>
        <translation>Строка {row}: {name} — {outcome}: {problems}</translation>
    </message>
    <message>
        <source>Checked only, nothing was written: {count} of {total} rows can be imported.</source>
        <translation>Только проверка, ничего не записано: можно загрузить строк — {count} из {total}.</translation>
    </message>
    <message>
        <source>Imported: {created} new people, {existing} already in the database, {organisations} new organisations, {pooled} added to the waiting pool; {skipped} rows not imported.</source>
        <translation>Загружено. Новых людей: {created}; уже были в базе: {existing}; новых организаций: {organisations}; добавлено в список ожидания: {pooled}; не загружено строк: {skipped}.</translation>
    </message>
    <message>
        <source>The import report was saved as {file}.</source>
        <translation>Отчёт о загрузке сохранён в файл {file}.</translation>
    </message>
    <message>
        <source>--limit needs a number above zero.</source>
        <translation>Для --limit нужно число больше нуля.</translation>
    </message>
    <message>
        <source>Nobody in the register matches “{query}”.</source>
        <translation>В реестре нет никого по запросу «{query}».</translation>
    </message>
    <message>
        <source>{name} — {organisation} (id {id})</source>
        <translation>{name} — {organisation} (№ {id})</translation>
    </message>
    <message>
        <source>{name} (id {id})</source>
        <translation>{name} (№ {id})</translation>
    </message>
    <message>
        <source>People found: {total}, the first {shown} shown; narrow the search or raise --limit to see more.</source>
        <translation>Найдено людей: {total}, показаны первые {shown}; уточните поиск или увеличьте --limit, чтобы увидеть больше.</translation>
    </message>
    <message>
        <source>People found: {count}.</source>
        <translation>Найдено людей: {count}.</translation>
    </message>
    <message>
        <source>Erasure requested by the person.</source>
        <translation>Удаление по просьбе самого человека.</translation>
    </message>
    <message>
        <source>The personal data of person {id} were erased: the name, position, department and contacts are gone.</source>
        <translation>Персональные данные человека № {id} удалены: ФИО, должность, подразделение и контакты стёрты.</translation>
    </message>
    <message>
        <source>Kept for the reports, without the name: the category and the organisation; enrolments: {enrolments}, attendance marks: {marks}, certificates: {certificates}.</source>
        <translation>Для отчётов без ФИО сохранены категория и организация; записей на занятия: {enrolments}, отметок посещаемости: {marks}, сертификатов: {certificates}.</translation>
    </message>
    <message>
        <source>Places given up in the waiting pool: {count}.</source>
        <translation>Освобождено мест в списке ожидания: {count}.</translation>
    </message>
    <message>
        <source>Everything held about person {id} was written to {file}.</source>
        <translation>Все данные о человеке № {id} записаны в {file}.</translation>
    </message>
    <message>
        <source>{rows} organisations exported to {file}.</source>
        <translation>Выгружено организаций: {rows}, файл {file}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>«{value}» — не дата: укажите её в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day: write it as HH:MM.</source>
        <translation>«{value}» — не время суток: укажите его в виде ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>--to ({last}) comes before --from ({first}).</source>
        <translation>--to ({last}) раньше, чем --from ({first}).</translation>
    </message>
    <message>
        <source>No sessions from {first} to {last}.</source>
        <translation>С {first} по {last} занятий нет.</translation>
    </message>
    <message>
        <source>{dates} {hours}  «{programme}», {factory} — {status}; enrolled {enrolled} of {max}, waiting {waitlisted} (session {id})</source>
        <translation>{dates} {hours}  «{programme}», {factory} — {status}; записано {enrolled} из {max}, ожидают {waitlisted} (занятие № {id})</translation>
    </message>
    <message>
        <source>Sessions: {count}.</source>
        <translation>Занятий: {count}.</translation>
    </message>
    <message>
        <source>Session {id} was created.</source>
        <translation>Занятие № {id} создано.</translation>
    </message>
    <message>
        <source>Session {id}: «{programme}», {factory}</source>
        <translation>Занятие № {id}: «{programme}», {factory}</translation>
    </message>
    <message>
        <source>Days: {dates}, {hours}</source>
        <translation>Дни: {dates}, {hours}</translation>
    </message>
    <message>
        <source>Status: {status} ({reason})</source>
        <translation>Статус: {status} ({reason})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Group: {min}–{max} people; enrolled {enrolled}, waiting {waitlisted}</source>
        <translation>Группа: {min}–{max} чел.; записано {enrolled}, ожидают {waitlisted}</translation>
    </message>
    <message>
        <source>Trainers: {names}</source>
        <translation>Тренеры: {names}</translation>
    </message>
    <message>
        <source>none assigned yet</source>
        <translation>пока не назначены</translation>
    </message>
    <message>
        <source>Enrolled:</source>
        <translation>Записаны:</translation>
    </message>
    <message>
        <source>Waiting list:</source>
        <translation>Лист ожидания:</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
    <message>
        <source>Already on the waiting list: left as it was.</source>
        <translation>Уже в листе ожидания: оставлено без изменений.</translation>
    </message>
    <message>
        <source>Already enrolled: left as it was.</source>
        <translation>Уже записан: оставлено без изменений.</translation>
    </message>
    <message>
        <source>{name} (id {id}) took a free place from the waiting list.</source>
        <translation>{name} (№ {id}) из листа ожидания занимает свободное место.</translation>
    </message>
    <message>
        <source>Person {id}: refused. {reason}</source>
        <translation>Человек № {id}: отказано. {reason}</translation>
    </message>
    <message>
        <source>Person {id}: {reason}</source>
        <translation>Человек № {id}: {reason}</translation>
    </message>
    <message>
        <source>Person {id}: on the waiting list, number {position}.</source>
        <translation>Человек № {id}: в листе ожидания, номер {position}.</translation>
    </message>
    <message>
        <source>Person {id}: enrolled.</source>
        <translation>Человек № {id}: записан.</translation>
    </message>
    <message>
        <source>Withdrawn on request.</source>
        <translation>Отзыв с занятия по заявлению.</translation>
    </message>
    <message>
        <source>Person {person} was withdrawn from session {id}.</source>
        <translation>Человек № {person} отозван с занятия № {id}.</translation>
    </message>
    <message>
        <source>{name} (id {person}) moved up from the waiting list into the place.</source>
        <translation>{name} (№ {person}) из листа ожидания занимает освободившееся место.</translation>
    </message>
    <message>
        <source>Nobody was promoted from the waiting list.</source>
        <translation>Из листа ожидания никто не переведён.</translation>
    </message>
    <message>
        <source>Session {id} is cancelled.</source>
        <translation>Занятие № {id} отменено.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>Person {id}: not marked. {reason}</source>
        <translation>Человек № {id}: не отмечено. {reason}</translation>
    </message>
    <message>
        <source>Person {id}: {status}.</source>
        <translation>Человек № {id}: {status}.</translation>
    </message>
    <message>
        <source>Day {day} of {days}: {date}</source>
        <translation>День {day} из {days}: {date}</translation>
    </message>
    <message>
        <source>Closed on {date} by {user}.</source>
        <translation>Закрыто {date}, пользователь: {user}.</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>получает сертификат</translation>
    </message>
    <message>
        <source>not eligible: {why}</source>
        <translation>не получает сертификат: {why}</translation>
    </message>
    <message>
        <source>{n}. {name} (id {id}) — {status}; {verdict}</source>
        <translation>{n}. {name} (№ {id}) — {status}; {verdict}</translation>
    </message>
    <message>
        <source>Eligible for a certificate: {eligible} of {count}.</source>
        <translation>Получают сертификат: {eligible} из {count}.</translation>
    </message>
    <message>
        <source>Session {id} is closed ({status}): {eligible} of {count} people are eligible for a certificate.</source>
        <translation>Занятие № {id} закрыто ({status}): сертификат получают {eligible} из {count} чел.</translation>
    </message>
    <message>
        <source>  – {name} (id {id}): {why}</source>
        <translation>  – {name} (№ {id}): {why}</translation>
    </message>
    <message>
        <source>Session {id} is open for changes again; the reason is in the audit log.</source>
        <translation>Занятие № {id} снова открыто для изменений; причина записана в журнал изменений.</translation>
    </message>
    <message>
        <source>{name} (id {id}): {status}.</source>
        <translation>{name} (№ {id}): {status}.</translation>
    </message>
    <message>
        <source>{name} (id {id}) was already marked: {status}.</source>
        <translation>{name} (№ {id}): отметка уже есть — {status}.</translation>
    </message>
    <message>
        <source>{login} — {role}</source>
        <translation>{login} — {role}</translation>
    </message>
    <message>
        <source>[switched off]</source>
        <translation>[отключена]</translation>
    </message>
    <message>
        <source>Any other login: {role}.</source>
        <translation>Любой другой логин: {role}.</translation>
    </message>
    <message>
        <source>{login} now has an account with the role “{role}”.</source>
        <translation>Создана учётная запись {login} с ролью «{role}».</translation>
    </message>
    <message>
        <source>{login} now has the role “{role}”.</source>
        <translation>Учётной записи {login} назначена роль «{role}».</translation>
    </message>
    <message>
        <source>database: an SQLite file or a PostgreSQL URL (default: $FACTORY_DESK_DB, else the file in your data folder)</source>
        <translation>база данных: файл SQLite или адрес PostgreSQL (по умолчанию $FACTORY_DESK_DB, иначе файл в вашей папке данных)</translation>
    </message>
    <message>
        <source>print JSON for scripts instead of sentences</source>
        <translation>выводить JSON для скриптов вместо фраз</translation>
    </message>
    <message>
        <source>Factory Desk: plan, run and document Process Factory trainings. Without a command, the app opens.</source>
        <translation>Factory Desk: планирование, проведение и документирование обучения на «Фабриках процессов». Без команды открывается окно программы.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic demo region</source>
        <translation>заполнить пустую базу данных правдоподобным демонстрационным регионом</translation>
    </message>
    <message>
        <source>how many participants (400)</source>
        <translation>сколько участников (400)</translation>
    </message>
    <message>
        <source>random seed (2026)</source>
        <translation>начальное значение генератора случайных чисел (2026)</translation>
    </message>
    <message>
        <source>do nothing when the database already has people</source>
        <translation>ничего не делать, если в базе данных уже есть люди</translation>
    </message>
    <message>
        <source>upgrade, check, back up or restore</source>
        <translation>обновить, проверить, сделать резервную копию или восстановить</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>create or upgrade the schema (an SQLite file is copied aside first)</source>
        <translation>создать или обновить схему (файл SQLite сначала копируется рядом)</translation>
    </message>
    <message>
        <source>verify integrity and schema version; exit 0 only when healthy</source>
        <translation>проверить целостность и версию схемы; код выхода 0 — только если всё в порядке</translation>
    </message>
    <message>
        <source>write the whole database into one SQLite file</source>
        <translation>записать всю базу данных в один файл SQLite</translation>
    </message>
    <message>
        <source>{number}: {name} (id {id})</source>
        <translation>{number}: {name} (№ {id})</translation>
    </message>
    <message>
        <source>  – {name} (id {id}) already holds certificate {number}.</source>
        <translation>  – {name} (№ {id}): уже есть сертификат {number}.</translation>
    </message>
    <message>
        <source>  – person {id}: their data were erased; no certificate.</source>
        <translation>  – человек № {id}: данные удалены; сертификат не выдан.</translation>
    </message>
    <message>
        <source>{count} certificates were issued and saved to {file}.</source>
        <translation>Выдано сертификатов: {count}, они сохранены в {file}.</translation>
    </message>
    <message>
        <source>One PDF per person: {file}.</source>
        <translation>По одному PDF на человека: {file}.</translation>
    </message>
    <message>
        <source>Nobody was issued a certificate; no file was written.</source>
        <translation>Сертификаты никому не выданы; файл не записан.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>  {label}: {value}</source>
        <translation>  {label}: {value}</translation>
    </message>
    <message>
        <source>The signature is genuine; whether the certificate was voided since can only be checked against the centre&apos;s register.</source>
        <translation>Подпись подлинная; не аннулирован ли сертификат с тех пор, можно проверить только по реестру центра.</translation>
    </message>
    <message>
        <source>A duplicate of certificate {number} (print {count}) was saved to {file}.</source>
        <translation>Дубликат сертификата {number} (печать № {count}) сохранён в {file}.</translation>
    </message>
    <message>
        <source>Certificate {number} ({name}) is voided.</source>
        <translation>Сертификат {number} ({name}) аннулирован.</translation>
    </message>
    <message>
        <source>The centre&apos;s public key ({fingerprint}) was saved to {file}.</source>
        <translation>Открытый ключ центра ({fingerprint}) сохранён в {file}.</translation>
    </message>
    <message>
        <source>issue, verify, reprint and void certificates</source>
        <translation>выдать, проверить, повторно напечатать или аннулировать сертификаты</translation>
    </message>
    <message>
        <source>number and print the certificates of a closed session&apos;s eligible people</source>
        <translation>пронумеровать и напечатать сертификаты закрытого занятия для тех, кто их получает</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the PDF file with every certificate</source>
        <translation>файл PDF со всеми сертификатами</translation>
    </message>
    <message>
        <source>also a ZIP of one PDF per person, named by number and name</source>
        <translation>также ZIP-архив с отдельным PDF на каждого человека (имя файла — номер и ФИО)</translation>
    </message>
    <message>
        <source>only this person (repeat for several)</source>
        <translation>только этот человек (для нескольких повторите)</translation>
    </message>
    <message>
        <source>the certificate design (default: the centre&apos;s default)</source>
        <translation>макет сертификата (по умолчанию — основной макет центра)</translation>
    </message>
    <message>
        <source>the language (default: the design&apos;s)</source>
        <translation>язык (по умолчанию — язык макета)</translation>
    </message>
    <message>
        <source>check the text of a certificate&apos;s QR code; exit 0 only when valid</source>
        <translation>проверить текст QR-кода сертификата; код выхода 0 — только если сертификат действителен</translation>
    </message>
    <message>
        <source>check with this public key file instead of the database</source>
        <translation>проверить по этому файлу открытого ключа вместо базы данных</translation>
    </message>
    <message>
        <source>print a certificate again, as issued, marked as a duplicate</source>
        <translation>повторно напечатать сертификат в том виде, в каком он был выдан, с пометкой «Дубликат»</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>файл PDF для записи</translation>
    </message>
    <message>
        <source>void a certificate; its number is never given again</source>
        <translation>аннулировать сертификат; его номер больше никому не присваивается</translation>
    </message>
    <message>
        <source>why, kept in the register</source>
        <translation>причина (сохраняется в реестре)</translation>
    </message>
    <message>
        <source>save the centre&apos;s public key for others to verify with</source>
        <translation>сохранить открытый ключ центра, чтобы другие могли проверять сертификаты</translation>
    </message>
    <message>
        <source>the PEM file to write</source>
        <translation>файл PEM для записи</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>заменить ФАЙЛ, если он существует</translation>
    </message>
    <message>
        <source>replace the database&apos;s content with a backup file (the current content is saved aside first)</source>
        <translation>заменить содержимое базы данных резервной копией (текущее содержимое сначала сохраняется отдельно)</translation>
    </message>
    <message>
        <source>the people register</source>
        <translation>реестр людей</translation>
    </message>
    <message>
        <source>write people to an .xlsx or .csv file (safe to open in Excel)</source>
        <translation>выгрузить людей в файл .xlsx или .csv (безопасно открывать в Excel)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>only people whose name matches, as in the app</source>
        <translation>только люди, чьё имя подходит под поиск, как в программе</translation>
    </message>
    <message>
        <source>read a list of people from an .xlsx or .csv file into the register</source>
        <translation>загрузить список людей из файла .xlsx или .csv в реестр</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>ЛИСТ</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first with data)</source>
        <translation>лист книги (по умолчанию первый с данными)</translation>
    </message>
    <message>
        <source>INN_OR_NAME</source>
        <translation>ИНН_ИЛИ_НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>the organisation of rows that name none: its INN or its name</source>
        <translation>организация для строк, где она не указана: её ИНН или название</translation>
    </message>
    <message>
        <source>do not add the people to the waiting pool</source>
        <translation>не добавлять людей в список ожидания</translation>
    </message>
    <message>
        <source>check the file and report, write nothing</source>
        <translation>проверить файл и вывести отчёт, ничего не записывая</translation>
    </message>
    <message>
        <source>save the row-by-row report (.xlsx or .csv)</source>
        <translation>сохранить построчный отчёт (.xlsx или .csv)</translation>
    </message>
    <message>
        <source>find people by name, as the search box of the app does</source>
        <translation>найти людей по имени, как поле поиска в приложении</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>show at most N people (50)</source>
        <translation>показать не больше N человек (50)</translation>
    </message>
    <message>
        <source>erase a person&apos;s name and contacts on their request, keeping the statistics</source>
        <translation>удалить ФИО и контакты человека по его просьбе, сохранив статистику</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>why, for the audit log (default: the person asked)</source>
        <translation>причина для журнала изменений (по умолчанию: просьба человека)</translation>
    </message>
    <message>
        <source>write everything held about one person to an .xlsx or .json file</source>
        <translation>записать все данные об одном человеке в файл .xlsx или .json</translation>
    </message>
    <message>
        <source>the organisations register</source>
        <translation>реестр организаций</translation>
    </message>
    <message>
        <source>write organisations to an .xlsx or .csv file (safe to open in Excel)</source>
        <translation>выгрузить организации в файл .xlsx или .csv (безопасно открывать в Excel)</translation>
    </message>
    <message>
        <source>training sessions and who is enrolled</source>
        <translation>учебные занятия и записанные на них</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>sessions in a range of days, by date</source>
        <translation>занятия за период, по датам</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>the first day (default: today); {format}</source>
        <translation>первый день (по умолчанию — сегодня); {format}</translation>
    </message>
    <message>
        <source>the last day (default: 30 days after the first)</source>
        <translation>последний день (по умолчанию — через 30 дней после первого)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>only this factory&apos;s sessions (its name or code)</source>
        <translation>только занятия этой фабрики (её название или код)</translation>
    </message>
    <message>
        <source>plan a new session; prints its id</source>
        <translation>запланировать новое занятие; выводит его номер</translation>
    </message>
    <message>
        <source>the day ({format}); repeat for each day of a programme of several days</source>
        <translation>день ({format}); для многодневной программы повторите для каждого дня</translation>
    </message>
    <message>
        <source>the factory&apos;s name or code</source>
        <translation>название или код фабрики</translation>
    </message>
    <message>
        <source>the programme&apos;s name</source>
        <translation>название программы</translation>
    </message>
    <message>
        <source>a trainer&apos;s full name or surname; repeat for several, the lead trainer first</source>
        <translation>ФИО или фамилия тренера; для нескольких тренеров повторите, ведущего тренера — первым</translation>
    </message>
    <message>
        <source>the smallest group (default: the programme&apos;s)</source>
        <translation>минимальный размер группы (по умолчанию — как в программе)</translation>
    </message>
    <message>
        <source>the largest group (default: the programme&apos;s)</source>
        <translation>максимальный размер группы (по умолчанию — как в программе)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>when each day starts (09:00)</source>
        <translation>время начала каждого дня (09:00)</translation>
    </message>
    <message>
        <source>when each day ends (17:00)</source>
        <translation>время окончания каждого дня (17:00)</translation>
    </message>
    <message>
        <source>why, for the audit log: needed to go ahead despite conflicts or with a group size other than the programme&apos;s</source>
        <translation>причина для журнала изменений: нужна, чтобы продолжить, несмотря на конфликты, или задать размер группы, отличный от заданного в программе</translation>
    </message>
    <message>
        <source>one session with its enrolled and waiting people</source>
        <translation>одно занятие с записанными и ожидающими</translation>
    </message>
    <message>
        <source>enrol people; beyond the maximum they join the waiting list</source>
        <translation>записать людей; сверх максимума они попадают в лист ожидания</translation>
    </message>
    <message>
        <source>PERSON_ID</source>
        <translation>НОМЕР_ЧЕЛОВЕКА</translation>
    </message>
    <message>
        <source>enrol people with conflicts too (another session the same day, the programme already completed), for this reason; without it they are refused</source>
        <translation>записать и людей с конфликтами (другое занятие в тот же день, программа уже пройдена), указав эту причину; без неё таких людей не записывают</translation>
    </message>
    <message>
        <source>take a person out of a session; the first person waiting takes the place</source>
        <translation>отозвать человека с занятия; его место занимает первый из листа ожидания</translation>
    </message>
    <message>
        <source>why, for the audit log (default: on request)</source>
        <translation>причина для журнала изменений (по умолчанию — по заявлению)</translation>
    </message>
    <message>
        <source>cancel a session, with the reason</source>
        <translation>отменить занятие с указанием причины</translation>
    </message>
    <message>
        <source>why the session is cancelled</source>
        <translation>причина отмены занятия</translation>
    </message>
    <message>
        <source>who came on each day of a session</source>
        <translation>кто присутствовал в каждый день занятия</translation>
    </message>
    <message>
        <source>the day of a session of several days (1)</source>
        <translation>день многодневного занятия (1)</translation>
    </message>
    <message>
        <source>mark people on one day; saved at once</source>
        <translation>отметить людей за один день; сохраняется сразу</translation>
    </message>
    <message>
        <source>SESSION_ID</source>
        <translation>НОМЕР_ЗАНЯТИЯ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>present, late, left_early, absent, excused or a status of the centre&apos;s own (its code or name)</source>
        <translation>present, late, left_early, absent, excused или собственный статус центра (его код или название)</translation>
    </message>
    <message>
        <source>a note (needed for excused)</source>
        <translation>примечание (обязательно при отсутствии по уважительной причине)</translation>
    </message>
    <message>
        <source>each person&apos;s mark and whether they are eligible for a certificate</source>
        <translation>отметка каждого человека и получает ли он сертификат</translation>
    </message>
    <message>
        <source>the day whose marks are the status (default: the last day with any mark)</source>
        <translation>день, отметки которого показываются как статус (по умолчанию — последний день, где есть отметки)</translation>
    </message>
    <message>
        <source>lock the marks (the session becomes held); refused while anybody has no mark</source>
        <translation>зафиксировать отметки (занятие получает статус «Проведено»); не выполняется, пока у кого-то нет отметки</translation>
    </message>
    <message>
        <source>open a closed session for changes again (coordinators only)</source>
        <translation>снова открыть закрытое занятие для изменений (только для координаторов)</translation>
    </message>
    <message>
        <source>why, for the audit log</source>
        <translation>причина для журнала изменений</translation>
    </message>
    <message>
        <source>mark present the person whose badge code this is</source>
        <translation>отметить присутствие человека, которому принадлежит этот код бейджа</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>the roles of the people who use the app</source>
        <translation>роли пользователей программы</translation>
    </message>
    <message>
        <source>the accounts and the role of any other login</source>
        <translation>учётные записи и роль любого другого логина</translation>
    </message>
    <message>
        <source>give an operating-system login a role</source>
        <translation>назначить роль логину операционной системы</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>the person&apos;s name, as the audit log shows it</source>
        <translation>имя человека, как его покажет журнал изменений</translation>
    </message>
    <message>
        <source>change the role of an account</source>
        <translation>изменить роль учётной записи</translation>
    </message>
    <message>
        <source>factory-desk: {problem} (see factory-desk --help)</source>
        <translation>factory-desk: {problem} (см. factory-desk --help)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>factory-desk: an unexpected error stopped the command ({error}). Details are in {log}.</source>
        <translation>factory-desk: непредвиденная ошибка остановила команду ({error}). Подробности в {log}.</translation>
    </message>
    <message>
        <source>The report of session {id} was saved to {file}.</source>
        <translation>Отчёт о занятии № {id} сохранён в {file}.</translation>
    </message>
    <message>
        <source>reports to print or send, as PDF files</source>
        <translation>отчёты в виде файлов PDF для печати или отправки</translation>
    </message>
    <message>
        <source>the report of a session: attendance, rounds, knowledge gain, NPS, certificates</source>
        <translation>отчёт о занятии: посещаемость, раунды, прирост знаний, NPS, сертификаты</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Проектов нет.</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, просрочен</translation>
    </message>
    <message>
        <source>{id}	{title} — {organisation} ({status}; planned finish {finish})</source>
        <translation>{id}	{title} — {organisation} ({status}; плановое завершение {finish})</translation>
    </message>
    <message>
        <source>The A3 report of project {id} was saved to {file}.</source>
        <translation>Отчёт A3 по проекту {id} сохранён в файл {file}.</translation>
    </message>
    <message>
        <source>{count} projects were exported to {file}.</source>
        <translation>Экспортировано проектов: {count}, файл {file}.</translation>
    </message>
    <message>
        <source>improvement projects: the list, A3 reports, the portfolio in Excel</source>
        <translation>проекты по улучшению: список, отчёты A3, портфель проектов в Excel</translation>
    </message>
    <message>
        <source>list the projects, by title</source>
        <translation>вывести список проектов по названию</translation>
    </message>
    <message>
        <source>only the projects of this status (overdue: the planned finish has passed and the project is not completed)</source>
        <translation>только проекты с этим статусом (просрочен: плановый срок завершения прошёл, а проект не завершён)</translation>
    </message>
    <message>
        <source>only the projects from this factory&apos;s sessions (its name or code)</source>
        <translation>только проекты, пришедшие с занятий этой фабрики (её название или код)</translation>
    </message>
    <message>
        <source>save a project&apos;s A3 report</source>
        <translation>сохранить отчёт A3 по проекту</translation>
    </message>
    <message>
        <source>PROJECT_ID</source>
        <translation>ID_ПРОЕКТА</translation>
    </message>
    <message>
        <source>the language of the report (default: the centre&apos;s document language)</source>
        <translation>язык отчёта (по умолчанию — язык документов центра)</translation>
    </message>
    <message>
        <source>write the portfolio to an Excel file: the projects and the quarters of a year</source>
        <translation>записать портфель проектов в файл Excel: проекты и итоги по кварталам года</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>ФАЙЛ.xlsx</translation>
    </message>
    <message>
        <source>the year of the quarters sheet (default: this year)</source>
        <translation>год для листа с кварталами (по умолчанию — текущий)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>People to import from {file}: {count}; already in the database: {existing}.</source>
        <translation>Будет загружено людей из файла {file}: {count}; из них уже есть в базе: {existing}.</translation>
    </message>
    <message>
        <source>New organisations to be added: {names}.</source>
        <translation>Будут добавлены новые организации: {names}.</translation>
    </message>
    <message>
        <source>{date} {time} — {programme}, {factory} (enrolled {enrolled} of {max})</source>
        <translation>{date} {time} — {programme}, {factory} (записано {enrolled} из {max})</translation>
    </message>
    <message>
        <source>No session is open for enrolment from today on: plan one in Sessions, or keep the people in the waiting pool.</source>
        <translation>С сегодняшнего дня нет занятий, открытых для записи: запланируйте занятие в разделе «Занятия» или оставьте людей в списке ожидания.</translation>
    </message>
    <message>
        <source>All of them get a place: {free} places are free.</source>
        <translation>Места хватит всем: свободно мест — {free}.</translation>
    </message>
    <message>
        <source>{free} places are free: the first {free} people of the list get a place, the others go on the session&apos;s waiting list.</source>
        <translation>Свободно мест — {free}: первые {free} человек из списка получат место, остальные попадут в лист ожидания занятия.</translation>
    </message>
    <message>
        <source>Importing the people…</source>
        <translation>Загрузка людей…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Ничего не загружено: {reason}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Check before saving:</source>
        <translation>Проверьте перед сохранением:</translation>
    </message>
    <message>
        <source>This change has conflicts:</source>
        <translation>В этом изменении есть конфликты:</translation>
    </message>
    <message>
        <source>To go ahead anyway, say why (the reason is kept in the audit log):</source>
        <translation>Чтобы всё равно продолжить, укажите причину (она сохранится в журнале изменений):</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>The log file could not be written on this computer.</source>
        <translation>Файл журнала на этом компьютере записать не удалось.</translation>
    </message>
    <message>
        <source>The same report is in the log file: {file}</source>
        <translation>Этот же отчёт записан в файл журнала: {file}</translation>
    </message>
    <message>
        <source>Factory Desk: an unexpected problem</source>
        <translation>Factory Desk: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Factory Desk ran into a problem it did not expect. What you saved before is safe: every change is saved whole or not at all. Please copy the report below and send it to whoever looks after Factory Desk at your centre, with a line on what you were doing.</source>
        <translation>В Factory Desk произошла непредвиденная ошибка. Сохранённое ранее не пострадало: каждое изменение сохраняется целиком или не сохраняется вовсе. Скопируйте отчёт ниже и отправьте его тому, кто сопровождает Factory Desk в вашем центре, добавив пару слов о том, что вы делали.</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Отчёт об ошибке</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Скопировать отчёт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>This is not a Factory Desk database.</source>
        <translation>Это не база данных Factory Desk.</translation>
    </message>
    <message>
        <source>The database was made by a newer version of Factory Desk; update the app.</source>
        <translation>База данных создана более новой версией Factory Desk; обновите программу.</translation>
    </message>
    <message>
        <source>The database has an older schema; run “factory-desk db upgrade”.</source>
        <translation>У базы данных устаревшая схема; выполните «factory-desk db upgrade».</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <source>Some rows refer to rows that do not exist.</source>
        <translation>Некоторые записи ссылаются на несуществующие записи.</translation>
    </message>
    <message>
        <source>Some constraints are not validated.</source>
        <translation>Некоторые ограничения не проверены.</translation>
    </message>
    <message>
        <source>Search and sort keys are out of step with some names; run “factory-desk db upgrade”.</source>
        <translation>Ключи поиска и сортировки не соответствуют некоторым именам; выполните «factory-desk db upgrade».</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Файл SQLite на этом компьютере</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>Factory Desk databases (*.sqlite *.db)</source>
        <translation>Базы данных Factory Desk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Создать базу данных</translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>ещё {n}</translation>
    </message>
    <message>
        <source>day {n} of {days}</source>
        <translation>день {n} из {days}</translation>
    </message>
    <message>
        <source>No trainer yet</source>
        <translation>Тренер не назначен</translation>
    </message>
</context>
<context>
    <name>DaySessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>everyone marked</source>
        <translation>отмечены все</translation>
    </message>
    <message>
        <source>{marked} of {enrolled} marked</source>
        <translation>отмечено {marked} из {enrolled}</translation>
    </message>
    <message>
        <source>{date} (day {n} of {days})</source>
        <translation>{date} (день {n} из {days})</translation>
    </message>
    <message>
        <source>{enrolled} of {max}</source>
        <translation>{enrolled} из {max}</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Изображение подписи</translation>
    </message>
    <message>
        <source>One line of the certificate per line. A line that is only {full_name} is the name, large; a line that is only «{programme}» is set out. An empty field is left out with its comma.</source>
        <translation>Каждая строка здесь — строка сертификата. Строка, где есть только {full_name}, — это имя, оно печатается крупно; строка, где есть только «{programme}», выделяется. Пустое поле пропускается вместе со своей запятой.</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (по умолчанию)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Choose the signature image</source>
        <translation>Выберите изображение подписи</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Choose the artwork</source>
        <translation>Выберите фоновое изображение</translation>
    </message>
    <message>
        <source>“{file}” is not a PNG or JPEG picture.</source>
        <translation>Файл «{file}» не является изображением PNG или JPEG.</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Не удалось прочитать файл {file}: {reason}</translation>
    </message>
    <message>
        <source>Image “{name}”</source>
        <translation>Изображение «{name}»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Выберите цвет</translation>
    </message>
    <message>
        <source>The certificate cannot be drawn: {reason}</source>
        <translation>Не удаётся построить сертификат: {reason}</translation>
    </message>
    <message>
        <source>The design “{name}” was saved.</source>
        <translation>Макет «{name}» сохранён.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (копия)</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Name of the new design:</source>
        <translation>Название нового макета:</translation>
    </message>
    <message>
        <source>The design was saved as “{name}”.</source>
        <translation>Макет сохранён как «{name}».</translation>
    </message>
    <message>
        <source>Certificates are now issued with “{name}” unless another design is chosen.</source>
        <translation>Теперь сертификаты выдаются по макету «{name}», если не выбран другой.</translation>
    </message>
    <message>
        <source>Delete the design</source>
        <translation>Удалить макет</translation>
    </message>
    <message>
        <source>Delete the design “{name}”? This cannot be undone.</source>
        <translation>Удалить макет «{name}»? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The design “{name}” was deleted.</source>
        <translation>Макет «{name}» удалён.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The design “{name}” has changes that are not saved. Save them?</source>
        <translation>В макете «{name}» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>The default design cannot be deleted: make another one the default first.</source>
        <translation>Макет по умолчанию нельзя удалить: сначала назначьте по умолчанию другой макет.</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Макет сертификата</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save as a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>&amp;Make default</source>
        <translation>Сделать по умо&amp;лчанию</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Name of the design</source>
        <translation>Название макета</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Insert a &amp;field</source>
        <translation>Вставить &amp;поле</translation>
    </message>
    <message>
        <source>Title in the s&amp;econd language:</source>
        <translation>Заголовок на &amp;втором языке:</translation>
    </message>
    <message>
        <source>Title in the second language</source>
        <translation>Заголовок на втором языке</translation>
    </message>
    <message>
        <source>Body in the second lan&amp;guage:</source>
        <translation>Т&amp;екст на втором языке:</translation>
    </message>
    <message>
        <source>Body in the second language</source>
        <translation>Текст на втором языке</translation>
    </message>
    <message>
        <source>Si&amp;gnatories:</source>
        <translation>По&amp;дписанты:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>Signature &amp;image…</source>
        <translation>&amp;Изображение подписи…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Без изображения</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Artwork:</source>
        <translation>Фон:</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>Страни&amp;ца:</translation>
    </message>
    <message>
        <source>&amp;Frame</source>
        <translation>&amp;Рамка</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Цвета:</translation>
    </message>
    <message>
        <source>Ornament</source>
        <translation>Орнамент</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Мелкий текст</translation>
    </message>
    <message>
        <source>Preview with a sample holder</source>
        <translation>Предпросмотр на примере получателя</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Файл {file} не существует.</translation>
    </message>
    <message>
        <source>No factory named “{name}” is in the database.</source>
        <translation>Фабрики «{name}» нет в базе данных.</translation>
    </message>
    <message>
        <source>Several factories are named “{name}”: {candidates}.</source>
        <translation>Фабрик с названием «{name}» несколько: {candidates}.</translation>
    </message>
    <message>
        <source>No factory is named “{name}”; similar names: {candidates}.</source>
        <translation>Фабрики с названием «{name}» нет; похожие названия: {candidates}.</translation>
    </message>
    <message>
        <source>No programme named “{name}” is in the database.</source>
        <translation>Программы «{name}» нет в базе данных.</translation>
    </message>
    <message>
        <source>Several programmes are named “{name}”: {candidates}.</source>
        <translation>Программ с названием «{name}» несколько: {candidates}.</translation>
    </message>
    <message>
        <source>No programme is named “{name}”; similar names: {candidates}.</source>
        <translation>Программы с названием «{name}» нет; похожие названия: {candidates}.</translation>
    </message>
    <message>
        <source>No trainer named “{name}” is in the database.</source>
        <translation>Тренера «{name}» нет в базе данных.</translation>
    </message>
    <message>
        <source>Several trainers are named “{name}”: {candidates}. Give the full name.</source>
        <translation>Тренеров с именем «{name}» несколько: {candidates}. Укажите ФИО полностью.</translation>
    </message>
    <message>
        <source>No trainer is named “{name}”; similar names: {candidates}.</source>
        <translation>Тренера с именем «{name}» нет; похожие имена: {candidates}.</translation>
    </message>
    <message>
        <source>There is no attendance status “{name}”.</source>
        <translation>Статуса посещаемости «{name}» нет.</translation>
    </message>
    <message>
        <source>Several attendance statuses are named “{name}”: {candidates}.</source>
        <translation>Статусов посещаемости с названием «{name}» несколько: {candidates}.</translation>
    </message>
    <message>
        <source>There is no attendance status “{name}”; similar: {candidates}.</source>
        <translation>Статуса посещаемости «{name}» нет; похожие: {candidates}.</translation>
    </message>
    <message>
        <source>Name the organisation or give its INN.</source>
        <translation>Укажите название организации или её ИНН.</translation>
    </message>
    <message>
        <source>No organisation with the INN {inn} is in the database.</source>
        <translation>Организации с ИНН {inn} в базе нет.</translation>
    </message>
    <message>
        <source>Several organisations are named “{name}”: {candidates}. Give the INN instead.</source>
        <translation>Организаций с названием «{name}» несколько: {candidates}. Укажите ИНН.</translation>
    </message>
    <message>
        <source>No organisation is named “{name}”; similar names: {candidates}.</source>
        <translation>Организации с названием «{name}» нет; похожие названия: {candidates}.</translation>
    </message>
    <message>
        <source>No organisation named “{name}” is in the database.</source>
        <translation>Организации «{name}» нет в базе данных.</translation>
    </message>
    <message>
        <source>An INN contains digits only.</source>
        <translation>ИНН состоит только из цифр.</translation>
    </message>
    <message>
        <source>The check digit of this INN does not match; please check the number.</source>
        <translation>Контрольная цифра ИНН не сходится; проверьте номер.</translation>
    </message>
    <message>
        <source>The check digits of this INN do not match; please check the number.</source>
        <translation>Контрольные цифры ИНН не сходятся; проверьте номер.</translation>
    </message>
    <message>
        <source>An INN has 10 digits (organisation) or 12 digits (individual).</source>
        <translation>ИНН состоит из 10 цифр (организация) или 12 цифр (физическое лицо).</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Резервную копию нельзя записать поверх самой базы данных.</translation>
    </message>
    <message>
        <source>The file {file} already exists; choose another name.</source>
        <translation>Файл {file} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The backup could not be written to {file}: {reason}</source>
        <translation>Не удалось записать резервную копию в {file}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} cannot be written: {reason}</source>
        <translation>Не удаётся записать файл {file}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} is not a Factory Desk backup.</source>
        <translation>Файл {file} не является резервной копией Factory Desk.</translation>
    </message>
    <message>
        <source>“{url}” is not a database address Factory Desk understands.</source>
        <translation>Factory Desk не понимает адрес базы данных «{url}».</translation>
    </message>
    <message>
        <source>Factory Desk works with SQLite files and PostgreSQL servers, not “{kind}”.</source>
        <translation>Factory Desk работает с файлами SQLite и серверами PostgreSQL, но не с «{kind}».</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>Не удаётся создать папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>The change was not saved because it breaks a rule of the data ({rule}).</source>
        <translation>Изменение не сохранено: оно нарушает правило данных ({rule}).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому ничего не сохранено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database is busy with another Factory Desk window or computer; nothing was saved. Try again in a moment.</source>
        <translation>База данных занята другим окном Factory Desk или другим компьютером; ничего не сохранено. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing. Check that the folder exists and that you may write to it.</source>
        <translation>Файл базы данных нельзя открыть для записи. Проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
        <source>This file is not a readable database, or it is damaged. Restore it from a backup.</source>
        <translation>Этот файл не является читаемой базой данных или повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({reason}). Check the address and the network, then try again.</source>
        <translation>Сервер базы данных недоступен ({reason}). Проверьте адрес и сеть, затем попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database reported a problem, so nothing was saved: {reason}</source>
        <translation>База данных сообщила об ошибке, поэтому ничего не сохранено: {reason}</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Factory Desk (schema {found}; this version knows up to {known}). Please update Factory Desk to open it.</source>
        <translation>Эта база данных создана более новой версией Factory Desk (схема {found}; эта версия знает схемы до {known}). Чтобы открыть её, обновите Factory Desk.</translation>
    </message>
    <message>
        <source>This database is not a Factory Desk database; it was left untouched.</source>
        <translation>Это не база данных Factory Desk; она осталась нетронутой.</translation>
    </message>
    <message>
        <source>The database could not be copied aside before the upgrade ({reason}); nothing was changed.</source>
        <translation>Перед обновлением не удалось сделать копию базы данных ({reason}); ничего не изменено.</translation>
    </message>
    <message>
        <source>The demo data was not created: cancelled.</source>
        <translation>Демонстрационные данные не созданы: отменено.</translation>
    </message>
    <message>
        <source>The number of demo people cannot be negative.</source>
        <translation>Число демонстрационных участников не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Demo data can only fill an empty database, and this one already has factories, people or sessions; nothing was changed. Create a new database for the demo.</source>
        <translation>Демонстрационными данными можно заполнить только пустую базу данных, а в этой уже есть фабрики, люди или занятия; ничего не изменено. Создайте для демонстрации новую базу данных.</translation>
    </message>
    <message>
        <source>Factory Desk exports to .xlsx or .csv files, not “{suffix}”.</source>
        <translation>Factory Desk выгружает данные в файлы .xlsx или .csv, но не «{suffix}».</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}</source>
        <translation>Не удалось записать файл {file}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Не удалось прочитать файл {file}: {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Выгрузка отменена; файл не записан.</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>В имени не может быть цифр.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>В имени должны быть буквы.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
    <message>
        <source>This e-mail address contains Cyrillic letters before the @.</source>
        <translation>В адресе электронной почты перед @ есть русские буквы.</translation>
    </message>
    <message>
        <source>This phone number does not look valid.</source>
        <translation>Номер телефона похож на ошибочный.</translation>
    </message>
    <message>
        <source>No heading such as ФИО, Vārds or Name in the first {rows} rows of {name}.</source>
        <translation>В первых {rows} строках файла {name} нет заголовка вроде «ФИО», «Vārds» или «Name».</translation>
    </message>
    <message>
        <source>Choose the column with the people&apos;s names.</source>
        <translation>Укажите столбец с именами людей.</translation>
    </message>
    <message>
        <source>The same person is already on row {row} of this file.</source>
        <translation>Этот же человек уже есть в строке {row} этого файла.</translation>
    </message>
    <message>
        <source>A blank row.</source>
        <translation>Пустая строка.</translation>
    </message>
    <message>
        <source>A total, not a person: “{text}”.</source>
        <translation>Итоговая строка, а не человек: «{text}».</translation>
    </message>
    <message>
        <source>The heading repeated.</source>
        <translation>Повтор заголовка.</translation>
    </message>
    <message>
        <source>Nothing in the columns being imported.</source>
        <translation>В загружаемых столбцах ничего нет.</translation>
    </message>
    <message>
        <source>There is no surname.</source>
        <translation>Не указана фамилия.</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>Не указано имя человека.</translation>
    </message>
    <message>
        <source>There is no first name.</source>
        <translation>Не указано имя.</translation>
    </message>
    <message>
        <source>Several e-mail addresses: only the first, {email}, is kept.</source>
        <translation>Несколько адресов электронной почты: сохраняется только первый, {email}.</translation>
    </message>
    <message>
        <source>The category “{category}” is not known; the default one applies.</source>
        <translation>Категория «{category}» неизвестна; будет указана категория по умолчанию.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls). Open it in Excel and save it as .xlsx.</source>
        <translation>{name} — файл старого формата Excel (.xls). Откройте его в Excel и сохраните как .xlsx.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Файл {name} нельзя загрузить: выберите книгу Excel (.xlsx) или файл CSV.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file or has a password. Save it as .xlsx without one.</source>
        <translation>{name} — файл старого формата Excel или защищён паролем. Сохраните его как .xlsx без пароля.</translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Файл {name} не найден.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened; if Excel has it open, close it there.</source>
        <translation>Файл {name} не открывается; если он открыт в Excel, закройте его там.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged or is not an Excel workbook. Save it from Excel as .xlsx.</source>
        <translation>Файл {name} повреждён или не является книгой Excel. Сохраните его из Excel как .xlsx.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet “{sheet}”.</source>
        <translation>В книге {name} нет листа «{sheet}».</translation>
    </message>
    <message>
        <source>The workbook {name} has no filled cells.</source>
        <translation>В книге {name} нет заполненных ячеек.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a CSV table: {reason}</source>
        <translation>Файл {name} не читается как таблица CSV: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a text table. Save the list from Excel as .xlsx or as CSV.</source>
        <translation>{name} — не текстовая таблица. Сохраните список из Excel как .xlsx или CSV.</translation>
    </message>
    <message>
        <source>Already in the database: the existing record is used, not a copy.</source>
        <translation>Уже есть в базе: используется имеющаяся запись, копия не создаётся.</translation>
    </message>
    <message>
        <source>The key of a status is one digit, 0 to 9, not “{key}”.</source>
        <translation>Клавиша статуса — одна цифра от 0 до 9, а не «{key}».</translation>
    </message>
    <message>
        <source>The key {key} already marks “{status}”: choose another one.</source>
        <translation>Клавиша {key} уже назначена статусу «{status}»: выберите другую.</translation>
    </message>
    <message>
        <source>There is no attendance status “{status}”.</source>
        <translation>Статуса посещаемости «{status}» нет.</translation>
    </message>
    <message>
        <source>A status needs a name.</source>
        <translation>Укажите название статуса.</translation>
    </message>
    <message>
        <source>There is already a status named “{name}”.</source>
        <translation>Статус с названием «{name}» уже есть.</translation>
    </message>
    <message>
        <source>A built-in status keeps its name and meaning; only its key can be changed.</source>
        <translation>У встроенного статуса нельзя изменить название и значение — только клавишу.</translation>
    </message>
    <message>
        <source>“{status}” is a built-in status: it cannot be removed.</source>
        <translation>«{status}» — встроенный статус: его нельзя удалить.</translation>
    </message>
    <message>
        <source>There is no session with the number {id}.</source>
        <translation>Занятия с номером {id} нет.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has no day {day}: it has {days}.</source>
        <translation>У занятия «{programme}» {date} нет дня {day}; всего дней: {days}.</translation>
    </message>
    <message>
        <source>{person} has no place in the session «{programme}» of {date}: nobody was marked.</source>
        <translation>{person} не занимает места на занятии «{programme}» {date}: никто не отмечен.</translation>
    </message>
    <message>
        <source>“{status}” needs a note: say why, for example which document was shown.</source>
        <translation>Для статуса «{status}» нужно примечание: укажите причину, например какой документ был предъявлен.</translation>
    </message>
    <message>
        <source>“{status}” needs a note for each person: it cannot be given to everyone at once.</source>
        <translation>Для статуса «{status}» нужно примечание к каждому человеку: его нельзя поставить всем сразу.</translation>
    </message>
    <message>
        <source>The code {code} belongs to nobody in the register: nobody was marked.</source>
        <translation>Код {code} не принадлежит никому в реестре: никто не отмечен.</translation>
    </message>
    <message>
        <source>{person} is not in the session «{programme}» of {date}: nobody was marked.</source>
        <translation>{person} не числится среди участников занятия «{programme}» {date}: никто не отмечен.</translation>
    </message>
    <message>
        <source>{person} is already in the register{organisation}. Choose the registered person, or add a new one if this is somebody else.</source>
        <translation>{person} уже есть в реестре{organisation}. Выберите человека из реестра или добавьте нового, если это другой человек.</translation>
    </message>
    <message>
        <source>{person} is marked “{status}” on this day: only someone who did not come can be replaced.</source>
        <translation>{person}: в этот день стоит отметка «{status}»; заменить можно только того, кто не пришёл.</translation>
    </message>
    <message>
        <source>The completion rule needs at least one status that counts as attended.</source>
        <translation>В условии завершения должен быть хотя бы один статус, который засчитывается как посещение.</translation>
    </message>
    <message>
        <source>The completion rule asks for {min_days} days, but the programme lasts {days}.</source>
        <translation>Условие завершения требует больше дней ({min_days}), чем длится программа ({days}).</translation>
    </message>
    <message>
        <source>Not marked.</source>
        <translation>Не отмечено.</translation>
    </message>
    <message>
        <source>Not marked on day {day} ({date}).</source>
        <translation>Не отмечено в день {day} ({date}).</translation>
    </message>
    <message>
        <source>Marked “{status}”.</source>
        <translation>Отметка «{status}».</translation>
    </message>
    <message>
        <source>Marked “{status}” on day {day} ({date}).</source>
        <translation>Отметка «{status}» в день {day} ({date}).</translation>
    </message>
    <message>
        <source>Attended {attended} of {days} days; {needed} are needed.</source>
        <translation>Посещено дней: {attended} из {days}; нужно: {needed}.</translation>
    </message>
    <message>
        <source>The session cannot be closed while people have no mark: {names}. Mark them, or mark the rest present first.</source>
        <translation>Занятие нельзя закрыть, пока не у всех есть отметка: {names}. Сначала отметьте их или отметьте остальных как присутствующих.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} cannot be closed before its first day.</source>
        <translation>Занятие «{programme}» {date} нельзя закрыть до его первого дня.</translation>
    </message>
    <message>
        <source>Only a coordinator can reopen a closed session; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Открыть закрытое занятие снова может только координатор; вы вошли как «{login}» с ролью «{role}».</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} is not closed: there is nothing to reopen.</source>
        <translation>Занятие «{programme}» {date} не закрыто: открывать снова нечего.</translation>
    </message>
    <message>
        <source>Say why the session is reopened: the reason is kept in the audit log.</source>
        <translation>Укажите, почему занятие открывается снова: причина сохраняется в журнале изменений.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has already been held: its enrolments can no longer be cancelled. Mark the absence on the attendance sheet instead.</source>
        <translation>Занятие «{programme}» {date} уже проведено: записи на него больше нельзя отменить. Отметьте отсутствие в посещаемости.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has already been reported: its enrolments can no longer be cancelled.</source>
        <translation>По занятию «{programme}» {date} уже сдан отчёт: записи на него больше нельзя отменить.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: its enrolments can no longer be changed.</source>
        <translation>Занятие «{programme}» {date} отменено: записи на него больше нельзя менять.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has already been held: nobody can be enrolled in it any more.</source>
        <translation>Занятие «{programme}» {date} уже проведено: записать на него больше нельзя.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has already been reported: nobody can be enrolled in it any more.</source>
        <translation>По занятию «{programme}» {date} уже сдан отчёт: записать на него больше нельзя.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: nobody can be enrolled in it.</source>
        <translation>Занятие «{programme}» {date} отменено: записать на него нельзя.</translation>
    </message>
    <message>
        <source>There is no person with the number {id} in the register.</source>
        <translation>В реестре нет человека с номером {id}.</translation>
    </message>
    <message>
        <source>The data of person {id} were erased: they cannot be enrolled.</source>
        <translation>Данные человека № {id} удалены: записать его нельзя.</translation>
    </message>
    <message>
        <source>{person} is already enrolled in «{other_programme}» at {factory} on {date}, {starts}–{ends}.</source>
        <translation>{person}: уже есть запись на «{other_programme}» — {factory}, {date}, {starts}–{ends}.</translation>
    </message>
    <message>
        <source>{person} is already on the waiting list of «{other_programme}» at {factory} on {date}, {starts}–{ends}.</source>
        <translation>{person}: уже в листе ожидания на «{other_programme}» — {factory}, {date}, {starts}–{ends}.</translation>
    </message>
    <message>
        <source>{person} already holds the certificate {number} for «{programme}».</source>
        <translation>{person}: уже есть сертификат {number} по программе «{programme}».</translation>
    </message>
    <message>
        <source>{person} already completed «{programme}»: present on every day of the session at {factory} on {date}.</source>
        <translation>{person}: программа «{programme}» уже пройдена — присутствие во все дни занятия ({factory}, {date}).</translation>
    </message>
    <message>
        <source>{person} is already enrolled or waiting in the session «{programme}» of {date}.</source>
        <translation>{person}: уже есть среди записанных или в листе ожидания занятия «{programme}» {date}.</translation>
    </message>
    <message>
        <source>Say why the enrolment is cancelled.</source>
        <translation>Укажите, почему запись отменяется.</translation>
    </message>
    <message>
        <source>{person} is neither enrolled nor waiting in the session «{programme}» of {date}.</source>
        <translation>{person}: нет ни среди записанных, ни в листе ожидания занятия «{programme}» {date}.</translation>
    </message>
    <message>
        <source>Say why the person moves to another session.</source>
        <translation>Укажите, почему человек переводится на другое занятие.</translation>
    </message>
    <message>
        <source>The person is already in this session: choose another session to move them to.</source>
        <translation>Человек уже записан на это занятие: выберите другое занятие для перевода.</translation>
    </message>
    <message>
        <source>This enrolment is no longer active (it was cancelled, moved or replaced): there is nothing to move.</source>
        <translation>Эта запись уже не действует (отменена, перенесена или заменена): переводить нечего.</translation>
    </message>
    <message>
        <source>Say why the person is replaced.</source>
        <translation>Укажите, почему человека заменяют.</translation>
    </message>
    <message>
        <source>This enrolment is no longer active (it was cancelled, moved or replaced): there is nobody to replace.</source>
        <translation>Эта запись уже не действует (отменена, перенесена или заменена): заменять некого.</translation>
    </message>
    <message>
        <source>There is no enrolment with the number {id}.</source>
        <translation>Записи с номером {id} нет.</translation>
    </message>
    <message>
        <source>This enrolment is no longer active (it was cancelled, moved or replaced): there is nothing to cancel.</source>
        <translation>Эта запись уже не действует (отменена, перенесена или заменена): отменять нечего.</translation>
    </message>
    <message>
        <source>The data of person {id} were erased: the record cannot be merged.</source>
        <translation>Данные человека с номером {id} удалены: эту запись нельзя объединить.</translation>
    </message>
    <message>
        <source>Both records have a certificate (issued or voided) for the session {session}; the register keeps every certificate with its enrolment, so they cannot be merged.</source>
        <translation>У обеих записей есть сертификат (выданный или аннулированный) за занятие {session}; реестр хранит каждый сертификат вместе с записью на занятие, поэтому их нельзя объединить.</translation>
    </message>
    <message>
        <source>Both records have different attendance, test scores or feedback for the session {session}: correct one of them before merging.</source>
        <translation>У записей разные отметки посещаемости, результаты тестов или отзывы за занятие {session}: исправьте одну из них перед объединением.</translation>
    </message>
    <message>
        <source>A person cannot be merged with the same record.</source>
        <translation>Запись нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <source>A person&apos;s data are exported to .xlsx or .json files, not “{suffix}”.</source>
        <translation>Данные человека выгружаются в файлы .xlsx или .json, но не «{suffix}».</translation>
    </message>
    <message>
        <source>The data of this person were already erased.</source>
        <translation>Данные этого человека уже удалены.</translation>
    </message>
    <message>
        <source>There is no organisation with the number {id} in the register.</source>
        <translation>В реестре нет организации с номером {id}.</translation>
    </message>
    <message>
        <source>An organisation needs its full name.</source>
        <translation>Укажите полное наименование организации.</translation>
    </message>
    <message>
        <source>The national project year is between 2000 and 2100, not {year}.</source>
        <translation>Год вступления в нацпроект должен быть от 2000 до 2100, а не {year}.</translation>
    </message>
    <message>
        <source>There is no organisation type “{type}”.</source>
        <translation>Типа организации «{type}» нет.</translation>
    </message>
    <message>
        <source>The INN {inn} is already that of the organisation {name}.</source>
        <translation>ИНН {inn} уже указан у организации {name}.</translation>
    </message>
    <message>
        <source>A person needs at least a surname.</source>
        <translation>У человека должна быть хотя бы фамилия.</translation>
    </message>
    <message>
        <source>There is no category “{category}”.</source>
        <translation>Категории «{category}» нет.</translation>
    </message>
    <message>
        <source>There is no consent form “{form}”.</source>
        <translation>Формы согласия «{form}» нет.</translation>
    </message>
    <message>
        <source>The consent date {date} is in the future.</source>
        <translation>Дата согласия {date} ещё не наступила.</translation>
    </message>
    <message>
        <source>The badge code {code} already belongs to person {id}.</source>
        <translation>Код бейджа {code} уже принадлежит человеку № {id}.</translation>
    </message>
    <message>
        <source>The data of this person were erased: the record cannot be edited.</source>
        <translation>Данные этого человека удалены: запись нельзя изменить.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} cannot go from “{old}” to “{new}”.</source>
        <translation>Занятие «{programme}» {date} нельзя перевести из статуса «{old}» в статус «{new}».</translation>
    </message>
    <message>
        <source>Say why the session «{programme}» of {date} goes from “{old}” to “{new}”.</source>
        <translation>Укажите, почему занятие «{programme}» {date} переводится из статуса «{old}» в статус «{new}».</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} cannot be marked as held before its first day.</source>
        <translation>Занятие «{programme}» {date} нельзя отметить проведённым раньше его первого дня.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: nothing can be recorded for it.</source>
        <translation>Занятие «{programme}» {date} отменено: записать по нему ничего нельзя.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} is closed: its marks, rounds and scores can no longer be changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Занятие «{programme}» {date} закрыто: его отметки, раунды и баллы больше нельзя изменить. Координатор может открыть его снова, указав причину.</translation>
    </message>
    <message>
        <source>There is no trainer with the number {id}.</source>
        <translation>Тренера с номером {id} нет.</translation>
    </message>
    <message>
        <source>There is no factory with the number {id}.</source>
        <translation>Фабрики с номером {id} нет.</translation>
    </message>
    <message>
        <source>This change has conflicts. It can be saved only with a reason for going ahead anyway.</source>
        <translation>В этом изменении есть конфликты. Сохранить его можно, только указав причину.</translation>
    </message>
    <message>
        <source>A new group needs at least {min} people; this one has {count}.</source>
        <translation>В новой группе должно быть не меньше {min} чел.; в этой — {count}.</translation>
    </message>
    <message>
        <source>A group takes at most {max} people; this one has {count}.</source>
        <translation>В группе может быть не больше {max} чел.; в этой — {count}.</translation>
    </message>
    <message>
        <source>The session has {free} free places; {count} people are planned into it.</source>
        <translation>Свободных мест на занятии: {free}, а распределено на него людей: {count}.</translation>
    </message>
    <message>
        <source>The session will still be under its minimum: {size} of at least {min}.</source>
        <translation>Занятие всё равно не наберёт минимума: {size} при минимуме {min}.</translation>
    </message>
    <message>
        <source>{name} was taken out of the groups by hand.</source>
        <translation>Вручную исключено из групп: {name}.</translation>
    </message>
    <message>
        <source>The last day ({last}) is before the first ({first}).</source>
        <translation>Последний день ({last}) раньше первого ({first}).</translation>
    </message>
    <message>
        <source>There is no programme with the number {id}.</source>
        <translation>Программы с номером {id} нет.</translation>
    </message>
    <message>
        <source>{name} already holds the certificate {number} for «{programme}».</source>
        <translation>{name}: уже есть сертификат {number} по программе «{programme}».</translation>
    </message>
    <message>
        <source>{name} already completed «{programme}»: present on every day of the session at {factory} on {date}.</source>
        <translation>{name}: программа «{programme}» уже пройдена — присутствие во все дни занятия ({factory}, {date}).</translation>
    </message>
    <message>
        <source>{name} is already on the waiting list of «{programme}» of {date}.</source>
        <translation>{name}: уже в листе ожидания занятия «{programme}» {date}.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in «{programme}» of {date}.</source>
        <translation>{name}: уже есть запись на занятие «{programme}» {date}.</translation>
    </message>
    <message>
        <source>{name} was not placed: the sessions of «{programme}» have no more room, and new sessions on free days were not asked for.</source>
        <translation>{name}: в группу не попадает — на занятиях «{programme}» больше нет мест, а новые занятия в свободные дни предлагать не требовалось.</translation>
    </message>
    <message>
        <source>{name} was not placed: the sessions of «{programme}» have no more room. Choose a factory to propose new sessions on its free days.</source>
        <translation>{name}: в группу не попадает — на занятиях «{programme}» больше нет мест. Выберите фабрику, чтобы предложить новые занятия в её свободные дни.</translation>
    </message>
    <message>
        <source>{name} was not placed: there is no free day left at {factory} between {first} and {last} for another group.</source>
        <translation>{name}: в группу не попадает — с {first} по {last} нет свободного дня для ещё одной группы ({factory}).</translation>
    </message>
    <message>
        <source>{name} was not placed: the {left} people left over are too few for a new group of at least {min}.</source>
        <translation>{name}: в группу не попадает — оставшихся людей ({left}) слишком мало для новой группы минимум из {min}.</translation>
    </message>
    <message>
        <source>Nobody is planned into a group: there is nothing to accept.</source>
        <translation>Никто не распределён по группам: принимать нечего.</translation>
    </message>
    <message>
        <source>“{timezone}” is not a time zone. Choose one from the list, for example Europe/Moscow.</source>
        <translation>«{timezone}» — не часовой пояс. Выберите пояс из списка, например Europe/Moscow.</translation>
    </message>
    <message>
        <source>A factory needs its name.</source>
        <translation>Укажите название фабрики.</translation>
    </message>
    <message>
        <source>A factory code is 1 to 12 letters or digits, for example КИР: it begins the number of every certificate issued there.</source>
        <translation>Код фабрики — от 1 до 12 букв или цифр, например КИР: с него начинается номер каждого сертификата, выданного на этой фабрике.</translation>
    </message>
    <message>
        <source>There is already a factory named {name} (code {code}).</source>
        <translation>Фабрика «{name}» уже есть (код {code}).</translation>
    </message>
    <message>
        <source>The code {code} is already that of the factory {name}.</source>
        <translation>Код {code} уже занят фабрикой «{name}».</translation>
    </message>
    <message>
        <source>There is no municipality with the number {id}.</source>
        <translation>Муниципального образования с номером {id} нет.</translation>
    </message>
    <message>
        <source>A municipality needs its name.</source>
        <translation>Укажите название муниципального образования.</translation>
    </message>
    <message>
        <source>A programme lasts more than 0 and at most 1000 academic hours, not {hours}.</source>
        <translation>Продолжительность программы — больше 0 и не более 1000 академических часов, а не {hours}.</translation>
    </message>
    <message>
        <source>Each round metric needs a code and a name.</source>
        <translation>У каждого показателя раунда должны быть код и название.</translation>
    </message>
    <message>
        <source>The metric code “{code}” is not valid: it is Latin letters, digits and _, and begins with a letter, for example good_units.</source>
        <translation>Недопустимый код показателя «{code}»: код состоит из латинских букв, цифр и _ и начинается с буквы, например good_units.</translation>
    </message>
    <message>
        <source>Two metrics have the code {code}: a code is used once in a programme.</source>
        <translation>У двух показателей код {code}: в одной программе код используется только один раз.</translation>
    </message>
    <message>
        <source>A programme needs its name.</source>
        <translation>Укажите название программы.</translation>
    </message>
    <message>
        <source>There is no programme kind “{kind}”.</source>
        <translation>Вида программы «{kind}» нет.</translation>
    </message>
    <message>
        <source>A programme lasts from 1 to 60 days, not {days}.</source>
        <translation>Программа длится от 1 до 60 дней, а не {days}.</translation>
    </message>
    <message>
        <source>A programme has from 0 to 10 simulation rounds, not {rounds}.</source>
        <translation>В программе от 0 до 10 раундов симуляции, а не {rounds}.</translation>
    </message>
    <message>
        <source>A group is from 1 to 100 people and its minimum is not above its maximum: {min}–{max} cannot be.</source>
        <translation>В группе от 1 до 100 человек, и минимум не может быть больше максимума: {min}–{max} недопустимо.</translation>
    </message>
    <message>
        <source>There is already a programme named {name}.</source>
        <translation>Программа «{name}» уже есть.</translation>
    </message>
    <message>
        <source>The metric {name} ({code}) has results recorded in sessions: it cannot be removed.</source>
        <translation>По показателю «{name}» ({code}) на занятиях уже записаны результаты: удалить его нельзя.</translation>
    </message>
    <message>
        <source>Sessions of this programme recorded results of round {round}: it cannot have fewer rounds.</source>
        <translation>На занятиях по этой программе уже записаны результаты раунда {round}: уменьшить число раундов нельзя.</translation>
    </message>
    <message>
        <source>There is no metric with the number {id} in this programme.</source>
        <translation>В этой программе нет показателя с номером {id}.</translation>
    </message>
    <message>
        <source>An absence cannot end on {last}, before it begins on {first}.</source>
        <translation>Отсутствие не может закончиться {last} — раньше, чем начнётся ({first}).</translation>
    </message>
    <message>
        <source>The absences {first}–{last} and {other_first}–{other_last} overlap: make them one.</source>
        <translation>Отсутствия {first}–{last} и {other_first}–{other_last} пересекаются: объедините их в одно.</translation>
    </message>
    <message>
        <source>A trainer needs at least a surname.</source>
        <translation>Укажите хотя бы фамилию тренера.</translation>
    </message>
    <message>
        <source>There is no absence with the number {id} of this trainer.</source>
        <translation>У этого тренера нет отсутствия с номером {id}.</translation>
    </message>
    <message>
        <source>The factory {name} has sessions, so it cannot be deleted. Deactivate it instead: it stays in past sessions and is no longer offered for new ones.</source>
        <translation>У фабрики «{name}» есть занятия, поэтому удалить её нельзя. Вместо этого деактивируйте её: она останется в прошлых занятиях и больше не будет предлагаться для новых.</translation>
    </message>
    <message>
        <source>Certificates were numbered at the factory {name}, so it cannot be deleted. Deactivate it instead.</source>
        <translation>На фабрике «{name}» уже нумеровались сертификаты, поэтому удалить её нельзя. Вместо этого деактивируйте её.</translation>
    </message>
    <message>
        <source>The programme {name} has sessions, so it cannot be deleted. Deactivate it instead: it stays in past sessions and is no longer offered for new ones.</source>
        <translation>У программы «{name}» есть занятия, поэтому удалить её нельзя. Вместо этого деактивируйте её: она останется в прошлых занятиях и больше не будет предлагаться для новых.</translation>
    </message>
    <message>
        <source>People are waiting for the programme {name} in their organisations&apos; pools, so it cannot be deleted. Deactivate it instead.</source>
        <translation>В списках ожидания организаций есть люди, ожидающие программу «{name}», поэтому удалить её нельзя. Вместо этого деактивируйте её.</translation>
    </message>
    <message>
        <source>The trainer {name} has sessions, so they cannot be deleted. Deactivate them instead: they stay in past sessions and are no longer offered for new ones.</source>
        <translation>У тренера {name} есть занятия, поэтому запись о тренере удалить нельзя. Вместо этого деактивируйте её: она останется в прошлых занятиях и больше не будет предлагаться для новых.</translation>
    </message>
    <message>
        <source>A series cannot end ({last}) before it begins ({first}).</source>
        <translation>Серия не может закончиться ({last}) раньше, чем начнётся ({first}).</translation>
    </message>
    <message>
        <source>A series covers at most 366 days; from {first} to {last} is {days} days.</source>
        <translation>Серия охватывает не более 366 дней, а с {first} по {last} — {days} дн.</translation>
    </message>
    <message>
        <source>Choose the days of the week the series takes place.</source>
        <translation>Выберите дни недели, по которым проходит серия.</translation>
    </message>
    <message>
        <source>The series has {date} twice: a day can have only one of its sessions.</source>
        <translation>В серии дважды встречается {date}: в один день может быть только одно занятие серии.</translation>
    </message>
    <message>
        <source>The series has no dates: choose at least one.</source>
        <translation>В серии нет дат: выберите хотя бы одну.</translation>
    </message>
    <message>
        <source>A series has at most 366 sessions, not {count}.</source>
        <translation>В серии может быть не более 366 занятий, а не {count}.</translation>
    </message>
    <message>
        <source>{date} is a public holiday: {holiday}.</source>
        <translation>{date} — праздничный день: {holiday}.</translation>
    </message>
    <message>
        <source>Trainer {trainer} is away on {date}: {reason}.</source>
        <translation>Тренер {trainer} отсутствует {date}: {reason}.</translation>
    </message>
    <message>
        <source>Trainer {trainer} is away on {date}.</source>
        <translation>Тренер {trainer} отсутствует {date}.</translation>
    </message>
    <message>
        <source>The programme «{programme}» is no longer active: choose another one.</source>
        <translation>Программа «{programme}» больше не активна: выберите другую.</translation>
    </message>
    <message>
        <source>The factory «{factory}» is no longer active: choose another one.</source>
        <translation>Фабрика «{factory}» больше не активна: выберите другую.</translation>
    </message>
    <message>
        <source>Trainer {trainer} is no longer active: choose another one.</source>
        <translation>Тренер {trainer} больше не активен: выберите другого.</translation>
    </message>
    <message>
        <source>A group has at least 1 and at most 100 people: {min}–{max} is not possible.</source>
        <translation>В группе может быть от 1 до 100 человек: {min}–{max} недопустимо.</translation>
    </message>
    <message>
        <source>The minimum group ({min}) cannot be larger than the maximum ({max}).</source>
        <translation>Минимальный размер группы ({min}) не может быть больше максимального ({max}).</translation>
    </message>
    <message>
        <source>The group size {min}–{max} differs from the programme&apos;s {programme_min}–{programme_max}: say why.</source>
        <translation>Размер группы {min}–{max} отличается от заданного в программе ({programme_min}–{programme_max}): укажите причину.</translation>
    </message>
    <message>
        <source>Choose the date of the session.</source>
        <translation>Выберите дату занятия.</translation>
    </message>
    <message>
        <source>The programme «{programme}» takes one day: choose one date, not {given}.</source>
        <translation>Программа «{programme}» длится один день: выберите одну дату, а не {given}.</translation>
    </message>
    <message>
        <source>The programme «{programme}» takes {days} days: choose {days} dates, not {given}.</source>
        <translation>Программа «{programme}» длится {days} дн.: выберите столько же дат ({days}), а не {given}.</translation>
    </message>
    <message>
        <source>The days of a session go in order, each after the one before: {date} cannot follow {previous}.</source>
        <translation>Дни занятия идут по порядку, каждый после предыдущего: {date} не может идти после {previous}.</translation>
    </message>
    <message>
        <source>A session ends after it starts: {start}–{end} is not possible.</source>
        <translation>Занятие должно заканчиваться позже, чем начинается: {start}–{end} недопустимо.</translation>
    </message>
    <message>
        <source>Trainer {trainer} already leads «{programme}» at {factory} on {date}, {start}–{end}.</source>
        <translation>Тренер {trainer} уже ведёт «{programme}» — {factory}, {date}, {start}–{end}.</translation>
    </message>
    <message>
        <source>{factory} already has «{programme}» on {date}, {start}–{end}.</source>
        <translation>{factory}: уже есть «{programme}» {date}, {start}–{end}.</translation>
    </message>
    <message>
        <source>Only {enrolled} people are enrolled in «{programme}» of {date}; the group needs at least {min}.</source>
        <translation>На занятие «{programme}» {date} записано только {enrolled} чел., а в группе должно быть не меньше {min}.</translation>
    </message>
    <message>
        <source>A new session can be planned, open for enrolment or confirmed, not “{status}”.</source>
        <translation>Новое занятие может быть в статусе «Запланировано», «Открыта запись» или «Подтверждено», но не «{status}».</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} is “{status}”: it can no longer be changed.</source>
        <translation>Занятие «{programme}» {date} в статусе «{status}»: изменить его уже нельзя.</translation>
    </message>
    <message>
        <source>{enrolled} people are already enrolled: the maximum cannot be lower than that.</source>
        <translation>Уже записано {enrolled} чел.: максимум не может быть меньше.</translation>
    </message>
    <message>
        <source>Documents can be printed in Russian, Latvian or English, not in “{language}”.</source>
        <translation>Документы можно печатать на русском, латышском или английском языке, но не на «{language}».</translation>
    </message>
    <message>
        <source>{name} does not hold a place in this session: scores and feedback are recorded only for its participants.</source>
        <translation>{name} не занимает места на этом занятии: баллы и отзывы записываются только для его участников.</translation>
    </message>
    <message>
        <source>The maximum score of a test is more than 0 and at most {limit}.</source>
        <translation>Максимальный балл за тест должен быть больше 0 и не больше {limit}.</translation>
    </message>
    <message>
        <source>A test score is from 0 to {maximum}, not {score}.</source>
        <translation>Балл за тест должен быть от 0 до {maximum}, а не {score}.</translation>
    </message>
    <message>
        <source>The recommendation is a whole number from 0 to 10, not {value}.</source>
        <translation>Готовность рекомендовать — целое число от 0 до 10, а не {value}.</translation>
    </message>
    <message>
        <source>A comment is at most {limit} characters long.</source>
        <translation>Комментарий может содержать не более {limit} символов.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» — не число.</translation>
    </message>
    <message>
        <source>This figure is not one of the metrics of the programme «{programme}».</source>
        <translation>Этот показатель не входит в показатели программы «{programme}».</translation>
    </message>
    <message>
        <source>The programme «{programme}» has {rounds} rounds: there is no round {round}.</source>
        <translation>В программе «{programme}» раундов: {rounds}; раунда {round} нет.</translation>
    </message>
    <message>
        <source>{metric} cannot be negative ({value}).</source>
        <translation>Показатель «{metric}» не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <source>{value} is too large for {metric}.</source>
        <translation>{value} — слишком большое значение для показателя «{metric}».</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: it has no sign-in sheet.</source>
        <translation>Занятие «{programme}» {date} отменено: явочного листа у него нет.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} has no day {day}.</source>
        <translation>У занятия «{programme}» {date} нет дня {day}.</translation>
    </message>
    <message>
        <source>There is no role “{role}”; the roles are: {roles}.</source>
        <translation>Роли «{role}» нет; существующие роли: {roles}.</translation>
    </message>
    <message>
        <source>This needs the role {needed}; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Для этого нужна роль {needed}; вы вошли как «{login}» с ролью «{role}».</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator can change the role of people without an account; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Роль пользователей без учётной записи может изменить только координатор или администратор; вы вошли как «{login}» с ролью «{role}».</translation>
    </message>
    <message>
        <source>You work without an account, so this would take from you the right to change it back. Give yourself an account first: factory-desk users add {login} --role coordinator.</source>
        <translation>Вы работаете без учётной записи, поэтому после этого изменения не сможете вернуть всё обратно. Сначала создайте себе учётную запись: factory-desk users add {login} --role coordinator.</translation>
    </message>
    <message>
        <source>An account needs a login.</source>
        <translation>Для учётной записи нужен логин.</translation>
    </message>
    <message>
        <source>The login “{login}” already has an account, with the role “{role}”.</source>
        <translation>У логина «{login}» уже есть учётная запись с ролью «{role}».</translation>
    </message>
    <message>
        <source>The login “{login}” has no account.</source>
        <translation>У логина «{login}» нет учётной записи.</translation>
    </message>
    <message>
        <source>The printer {printer} could not start the job.</source>
        <translation>Принтер {printer} не смог начать печать.</translation>
    </message>
    <message>
        <source>A certificate can be printed in Russian, Latvian, English, Russian and English, or Latvian and English, not in “{language}”.</source>
        <translation>Сертификат можно напечатать на русском, латышском или английском языке, на русском и английском или на латышском и английском; язык «{language}» не подходит.</translation>
    </message>
    <message>
        <source>There is no certificate design with the number {id}.</source>
        <translation>Макета сертификата № {id} нет.</translation>
    </message>
    <message>
        <source>Give the certificate design a name.</source>
        <translation>Укажите название макета сертификата.</translation>
    </message>
    <message>
        <source>There is already a certificate design named “{name}”.</source>
        <translation>Макет сертификата с названием «{name}» уже есть.</translation>
    </message>
    <message>
        <source>The design “{name}” is the default one: choose another default before deleting it.</source>
        <translation>Макет «{name}» используется по умолчанию: прежде чем удалить его, назначьте по умолчанию другой.</translation>
    </message>
    <message>
        <source>{count} certificates were issued with the design “{name}”: it is kept for their reprints.</source>
        <translation>По макету «{name}» выдано сертификатов: {count}; он сохраняется для их повторной печати.</translation>
    </message>
    <message>
        <source>An image of a design is a logo, artwork, a signature or a seal, not “{kind}”.</source>
        <translation>Изображение макета — это логотип, фон, подпись или печать, но не «{kind}».</translation>
    </message>
    <message>
        <source>An image of a design needs a name and a file.</source>
        <translation>У изображения макета должны быть название и файл.</translation>
    </message>
    <message>
        <source>Some texts have characters the certificate&apos;s font cannot print: {texts}. Correct them (or leave those people out); nothing was issued.</source>
        <translation>В некоторых текстах есть символы, которых нет в шрифте сертификата: {texts}. Исправьте их (или исключите этих людей); сертификаты не выданы.</translation>
    </message>
    <message>
        <source>A number pattern must contain {{seq}}, the running number, for example {{code}}-{{year}}-{{seq:05d}}.</source>
        <translation>Шаблон номера должен содержать {{seq}} — порядковый номер, например {{code}}-{{year}}-{{seq:05d}}.</translation>
    </message>
    <message>
        <source>The number pattern “{pattern}” has “{unknown}”; it may use {{code}}, {{year}}, {{yy}} and {{seq}}.</source>
        <translation>В шаблоне номера «{pattern}» есть «{unknown}»; можно использовать {{code}}, {{year}}, {{yy}} и {{seq}}.</translation>
    </message>
    <message>
        <source>The number pattern “{pattern}” does not make a usable number.</source>
        <translation>По шаблону «{pattern}» не получается пригодный номер.</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: it has no certificates.</source>
        <translation>Занятие «{programme}» {date} отменено: сертификатов по нему нет.</translation>
    </message>
    <message>
        <source>Certificates of the session «{programme}» of {date} are issued once its attendance is closed: close it first.</source>
        <translation>Сертификаты по занятию «{programme}» {date} выдаются после закрытия посещаемости: сначала закройте занятие.</translation>
    </message>
    <message>
        <source>Not eligible for a certificate of the session «{programme}» of {date}: {names}. Nobody was issued one.</source>
        <translation>Не получают сертификат по занятию «{programme}» {date}: {names}. Сертификаты не выданы никому.</translation>
    </message>
    <message>
        <source>Issuing was cancelled: no certificate was issued and no number was used.</source>
        <translation>Выдача отменена: ни один сертификат не выдан, номера не израсходованы.</translation>
    </message>
    <message>
        <source>There is no certificate {number} in the register.</source>
        <translation>Сертификата {number} в реестре нет.</translation>
    </message>
    <message>
        <source>The certificate {number} was voided ({reason}): it cannot be printed again.</source>
        <translation>Сертификат {number} аннулирован ({reason}): повторно напечатать его нельзя.</translation>
    </message>
    <message>
        <source>The certificate {number} cannot be printed again: the data it was printed with are no longer kept.</source>
        <translation>Сертификат {number} нельзя напечатать повторно: данные, с которыми он был напечатан, больше не хранятся.</translation>
    </message>
    <message>
        <source>Say why the certificate is voided: the reason is kept in the register.</source>
        <translation>Укажите, почему сертификат аннулируется: причина сохраняется в реестре.</translation>
    </message>
    <message>
        <source>The certificate {number} was already voided ({reason}).</source>
        <translation>Сертификат {number} уже аннулирован ({reason}).</translation>
    </message>
    <message>
        <source>The session «{programme}» of {date} was cancelled: there is nothing to report.</source>
        <translation>Занятие «{programme}» {date} отменено: отчитываться не о чем.</translation>
    </message>
    <message>
        <source>There is no project with the number {id}.</source>
        <translation>Проекта с номером {id} нет.</translation>
    </message>
    <message>
        <source>“{status}” is not a project status; choose from {choices}.</source>
        <translation>«{status}» — не статус проекта; выберите один из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>The portfolio is exported to an .xlsx file, not “{suffix}”.</source>
        <translation>Портфель проектов экспортируется в файл .xlsx, а не «{suffix}».</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <source>There is no project metric with the number {id}.</source>
        <translation>Показателя проекта с номером {id} нет.</translation>
    </message>
    <message>
        <source>A metric needs its name.</source>
        <translation>Укажите название показателя.</translation>
    </message>
    <message>
        <source>The metric {id} belongs to another project.</source>
        <translation>Показатель {id} относится к другому проекту.</translation>
    </message>
    <message>
        <source>A measurement needs its value.</source>
        <translation>Укажите значение замера.</translation>
    </message>
    <message>
        <source>There is no measurement with the number {id}.</source>
        <translation>Замера с номером {id} нет.</translation>
    </message>
    <message>
        <source>An effect or a cost cannot be negative ({value}).</source>
        <translation>Эффект или затраты не могут быть отрицательными ({value}).</translation>
    </message>
    <message>
        <source>The project has no start date and no session, so there is no day to count its follow-ups from; enter its planned start first.</source>
        <translation>У проекта нет ни даты начала, ни занятия, поэтому не от чего отсчитывать сроки контрольных проверок; сначала укажите плановую дату начала.</translation>
    </message>
    <message>
        <source>There is no follow-up with the number {id}.</source>
        <translation>Контрольной проверки с номером {id} нет.</translation>
    </message>
    <message>
        <source>The attachment limit must be a whole number of megabytes from {low} to {high}, not “{value}”.</source>
        <translation>Предельный размер вложения должен быть целым числом мегабайт от {low} до {high}, а не «{value}».</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator can change the attachment limit; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Изменять предельный размер вложений может только координатор или администратор; вы вошли как «{login}» с ролью «{role}».</translation>
    </message>
    <message>
        <source>There is no kind of attachment “{kind}”.</source>
        <translation>Вида вложения «{kind}» нет.</translation>
    </message>
    <message>
        <source>An attachment needs its file name.</source>
        <translation>Укажите имя файла вложения.</translation>
    </message>
    <message>
        <source>The file {filename} is {size} MB; attachments may be at most {limit} MB. Make it smaller (a photo at a lower resolution, a PDF compressed) or ask the centre to raise the limit.</source>
        <translation>Размер файла {filename} — {size} МБ, а вложение может быть не больше {limit} МБ. Уменьшите файл (фото в меньшем разрешении, сжатый PDF) или попросите центр увеличить лимит.</translation>
    </message>
    <message>
        <source>There is no attachment with the number {id}.</source>
        <translation>Вложения с номером {id} нет.</translation>
    </message>
    <message>
        <source>There is no improvement project with the number {id}.</source>
        <translation>Проекта по улучшению с номером {id} нет.</translation>
    </message>
    <message>
        <source>A project needs its title.</source>
        <translation>Укажите название проекта.</translation>
    </message>
    <message>
        <source>A project cannot finish ({finish}) before it starts ({start}).</source>
        <translation>Проект не может завершиться ({finish}) раньше, чем начнётся ({start}).</translation>
    </message>
    <message>
        <source>There is no person with the number {id}.</source>
        <translation>Человека с номером {id} нет.</translation>
    </message>
    <message>
        <source>There is no project status “{status}”.</source>
        <translation>Статуса проекта «{status}» нет.</translation>
    </message>
    <message>
        <source>There is no review state “{state}”.</source>
        <translation>Состояния проверки «{state}» нет.</translation>
    </message>
    <message>
        <source>Only a coordinator reviews projects; you are signed in as “{login}” with the role “{role}”.</source>
        <translation>Проверять проекты может только координатор; вы вошли как «{login}» с ролью «{role}».</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Распечатки</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>SHA-256 файла PDF</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Organisation&apos;s INN</source>
        <translation>ИНН организации</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Форма согласия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципальное образование</translation>
    </message>
    <message>
        <source>In the national project since</source>
        <translation>В нацпроекте с</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Sub-programme</source>
        <translation>Подпрограмма</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Руководитель проекта</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Плановое завершение</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Фактическое завершение</translation>
    </message>
    <message>
        <source>Metrics: baseline → actual (target)</source>
        <translation>Показатели: исходное → факт (цель)</translation>
    </message>
    <message>
        <source>Targets reached</source>
        <translation>Цели достигнуты</translation>
    </message>
    <message>
        <source>Freed hours a year</source>
        <translation>Высвобожденные часы в год</translation>
    </message>
    <message>
        <source>Economic effect</source>
        <translation>Экономический эффект</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Social effect</source>
        <translation>Социальный эффект</translation>
    </message>
    <message>
        <source>Ecological effect</source>
        <translation>Экологический эффект</translation>
    </message>
    <message>
        <source>Cultural effect</source>
        <translation>Культурный эффект</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{quarter} кв. {year}</translation>
    </message>
    <message>
        <source>{year} in all</source>
        <translation>Итого за {year}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Quarters {year}</source>
        <translation>Кварталы {year}</translation>
    </message>
    <message>
        <source>{metric}: {baseline} → {actual} (target {target})</source>
        <translation>{metric}: {baseline} → {actual} (цель {target})</translation>
    </message>
</context>
<context>
    <name>FactoriesPanel</name>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>factories</comment>
        <translation>
            <numerusform>Найдена %Ln фабрика</numerusform>
            <numerusform>Найдено %Ln фабрики</numerusform>
            <numerusform>Найдено %Ln фабрик</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Factories: %Ln</source>
        <translation>
            <numerusform>%Ln фабрика</numerusform>
            <numerusform>%Ln фабрики</numerusform>
            <numerusform>%Ln фабрик</numerusform>
        </translation>
    </message>
    <message>
        <source>No factory matches. Check the spelling or type fewer letters.</source>
        <translation>Ни одна фабрика не подходит. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <source>There is no factory yet. Add the sites where your groups are trained: New…</source>
        <translation>Фабрик пока нет. Добавьте площадки, где обучаются ваши группы: «Создать…».</translation>
    </message>
    <message>
        <source>Delete the factory «{name}»? This cannot be undone.</source>
        <translation>Удалить фабрику «{name}»? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The sites where groups are trained, with the municipalities each one serves. A factory that has held sessions is deactivated, not deleted. Double-click or press Enter to edit; Ctrl+N adds a factory.</source>
        <translation>Площадки, где обучаются группы, и муниципальные образования, которые обслуживает каждая из них. Фабрику, на которой уже проводились занятия, не удаляют, а деактивируют. Чтобы изменить фабрику, дважды щёлкните по ней или нажмите Enter; Ctrl+N добавляет фабрику.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find factories</source>
        <translation>Поиск фабрик</translation>
    </message>
    <message>
        <source>Name, code, municipality…</source>
        <translation>Название, код, муниципалитет…</translation>
    </message>
    <message>
        <source>Also list those no longer offered for new sessions</source>
        <translation>Показывать и те, что больше не предлагаются для новых занятий</translation>
    </message>
    <message>
        <source>Sho&amp;w inactive</source>
        <translation>&amp;Показать неактивные</translation>
    </message>
    <message>
        <source>Factories</source>
        <translation>Фабрики</translation>
    </message>
    <message>
        <source>Add a training site (Ctrl+N)</source>
        <translation>Добавить учебную площадку (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Open the selected row in the editor (Enter or a double-click)</source>
        <translation>Открыть выбранную строку для изменения (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>No longer offer it for new sessions; past sessions keep it</source>
        <translation>Больше не предлагать для новых занятий; в прошлых занятиях она сохранится</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Delete it for good: only what no session uses</source>
        <translation>Удалить навсегда: только если она не используется ни в одном занятии</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>FactoriesTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Specialisation</source>
        <translation>Специализация</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Обслуживаемые муниципалитеты</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
</context>
<context>
    <name>FactoryDialog</name>
    <message>
        <source>New factory</source>
        <translation>Новая фабрика</translation>
    </message>
    <message>
        <source>Factory: {name}</source>
        <translation>Фабрика: {name}</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>For example, Фабрика процессов Кировского техникума</source>
        <translation>Например, Фабрика процессов Кировского техникума</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>For example, КИР</source>
        <translation>Например, КИР</translation>
    </message>
    <message>
        <source>Up to 12 letters or digits; it begins each certificate number: КИР-2026-00042.</source>
        <translation>До 12 букв или цифр; с кода начинается номер каждого сертификата: КИР-2026-00042.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>&amp;Specialisation:</source>
        <translation>&amp;Специализация:</translation>
    </message>
    <message>
        <source>Specialisation</source>
        <translation>Специализация</translation>
    </message>
    <message>
        <source>The sectors its groups come from</source>
        <translation>Отрасли, из которых приходят её группы</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>An inactive factory stays in past sessions and reports</source>
        <translation>Неактивная фабрика остаётся в прошлых занятиях и отчётах</translation>
    </message>
    <message>
        <source>&amp;Offered for new sessions</source>
        <translation>&amp;Предлагается для новых занятий</translation>
    </message>
    <message>
        <source>&amp;Municipalities served</source>
        <translation>&amp;Обслуживаемые муниципалитеты</translation>
    </message>
    <message>
        <source>Find a municipality</source>
        <translation>Поиск муниципалитета</translation>
    </message>
    <message>
        <source>Find in the list</source>
        <translation>Найти в списке</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Обслуживаемые муниципалитеты</translation>
    </message>
    <message>
        <source>New municipality</source>
        <translation>Новый муниципалитет</translation>
    </message>
    <message>
        <source>A municipality not in the list</source>
        <translation>Муниципалитет, которого нет в списке</translation>
    </message>
    <message>
        <source>Add it to the list, in the factory&apos;s region, and tick it</source>
        <translation>Добавить в список (в регионе фабрики) и отметить</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list of people</source>
        <translation>Выберите список людей</translation>
    </message>
    <message>
        <source>Lists of people ({patterns})</source>
        <translation>Списки людей ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение файла {name}…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Чтение списка…</translation>
    </message>
    <message>
        <source>{name}, sheet “{sheet}”</source>
        <translation>{name}, лист «{sheet}»</translation>
    </message>
    <message>
        <source>Read {rows} rows from {where}. Press Next to check the columns.</source>
        <translation>Прочитано строк: {rows} ({where}). Нажмите «Далее», чтобы проверить столбцы.</translation>
    </message>
    <message>
        <source>There is nothing in {where}. Choose another sheet or file.</source>
        <translation>Пусто: {where}. Выберите другой лист или файл.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Новая контрольная проверка</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>Отметить проведение контрольной проверки</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>Дата &amp;проведения:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Что выявлено:</translation>
    </message>
    <message>
        <source>Move the follow-up</source>
        <translation>Перенести контрольную проверку</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Новая дата:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Контрольная проверка</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Not done after all: open it again</source>
        <translation>Всё-таки не проведена: открыть снова</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>in {days} d</source>
        <translation>через {days} дн.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>done</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>overdue by {days} d</source>
        <translation>просрочено на {days} дн.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>due in {days} d</source>
        <translation>через {days} дн.</translation>
    </message>
    <message>
        <source>Leader: {name}</source>
        <translation>Руководитель проекта: {name}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>The follow-ups 30 and 90 days on are already in the list; nothing was added.</source>
        <translation>Контрольные проверки через 30 и 90 дней уже есть в списке; ничего не добавлено.</translation>
    </message>
    <message>
        <source>Planned: {dates}.</source>
        <translation>Запланировано: {dates}.</translation>
    </message>
    <message>
        <source>A follow-up is planned on {date}.</source>
        <translation>Контрольная проверка запланирована на {date}.</translation>
    </message>
    <message>
        <source>The follow-up is open again.</source>
        <translation>Контрольная проверка снова открыта.</translation>
    </message>
    <message>
        <source>The follow-up is recorded as done on {date}.</source>
        <translation>Отмечено проведение контрольной проверки {date}.</translation>
    </message>
    <message>
        <source>The follow-up is moved to {date}.</source>
        <translation>Контрольная проверка перенесена на {date}.</translation>
    </message>
    <message>
        <source>Delete the follow-up due on {date}?</source>
        <translation>Удалить контрольную проверку со сроком {date}?</translation>
    </message>
    <message>
        <source>Its note goes with it: “{note}”</source>
        <translation>Вместе с ней будет удалено примечание: «{note}»</translation>
    </message>
    <message>
        <source>Delete the follow-up</source>
        <translation>Удалить контрольную проверку</translation>
    </message>
    <message>
        <source>The follow-up due on {date} is deleted.</source>
        <translation>Контрольная проверка со сроком {date} удалена.</translation>
    </message>
    <message>
        <source>Check-ins on how the project goes after the training, usually 30 and 90 days after its start, with what was found each time. Those due this week and those overdue are also on the Today page.</source>
        <translation>Контрольные проверки хода проекта после обучения — обычно через 30 и 90 дней после его старта — и что было выявлено на каждой из них. Проверки со сроком на этой неделе и просроченные видны также на странице «Сегодня».</translation>
    </message>
    <message>
        <source>Add the follow-ups 30 and 90 days after the project&apos;s start (or after its training session); those already planned are not repeated</source>
        <translation>Добавить контрольные проверки через 30 и 90 дней после старта проекта (или после его занятия); уже запланированные не повторяются</translation>
    </message>
    <message>
        <source>&amp;Plan at 30 and 90 days</source>
        <translation>&amp;Запланировать через 30 и 90 дней</translation>
    </message>
    <message>
        <source>A follow-up on any date</source>
        <translation>Контрольная проверка на любую дату</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Record the chosen follow-up as done, with what was found</source>
        <translation>Отметить проведение выбранной контрольной проверки и записать, что выявлено</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Отметить…</translation>
    </message>
    <message>
        <source>Move the chosen follow-up to another date</source>
        <translation>Перенести выбранную контрольную проверку на другую дату</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>Delete the chosen follow-up</source>
        <translation>Удалить выбранную контрольную проверку</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Контрольные проверки</translation>
    </message>
</context>
<context>
    <name>HeldSessionsModel</name>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Of the organisation</source>
        <translation>Из организации</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Full name (surname first)</source>
        <translation>ФИО (сначала фамилия)</translation>
    </message>
    <message>
        <source>Full name (first name first)</source>
        <translation>Имя и фамилия (сначала имя)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Organisation&apos;s INN</source>
        <translation>ИНН организации</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущена</translation>
    </message>
    <message>
        <source>Not imported: to be corrected</source>
        <translation>Не загружена: нужно исправить</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>Уже есть в базе</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Загружена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузка</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Check what each column holds</source>
        <translation>Проверьте, что в каждом столбце</translation>
    </message>
    <message>
        <source>Factory Desk has guessed the columns from their headings. Correct a guess with the list above the column; columns marked “not imported” are left out.</source>
        <translation>Factory Desk определил столбцы по их заголовкам. Если что-то не так, исправьте в списке над столбцом; столбцы «не загружать» пропускаются.</translation>
    </message>
    <message>
        <source>The headings are on &amp;row:</source>
        <translation>Заголовки в &amp;строке:</translation>
    </message>
    <message>
        <source>Row of the headings</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <source>The first rows of the file, with what each column holds</source>
        <translation>Первые строки файла и что в каждом столбце</translation>
    </message>
    <message>
        <source>Organisation of the people whose row does not name one</source>
        <translation>Организация для людей, у которых она не указана</translation>
    </message>
    <message>
        <source>As the &amp;file says</source>
        <translation>Как в &amp;файле</translation>
    </message>
    <message>
        <source>&amp;This organisation:</source>
        <translation>&amp;Эта организация:</translation>
    </message>
    <message>
        <source>Organisation for rows without one</source>
        <translation>Организация для строк без неё</translation>
    </message>
    <message>
        <source>The organisation is not in the database yet: add it, and the people of this file go to it</source>
        <translation>Этой организации ещё нет в базе данных: добавьте её, и люди из этого файла будут отнесены к ней</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
</context>
<context>
    <name>ImportConfirmPage</name>
    <message>
        <source>Where should the people go?</source>
        <translation>Куда добавить людей?</translation>
    </message>
    <message>
        <source>Everything is imported in one go: if anything goes wrong, nothing is written.</source>
        <translation>Всё загружается за один раз: если что-то пойдёт не так, ничего не будет записано.</translation>
    </message>
    <message>
        <source>Into the organisation&apos;s &amp;waiting pool, to be put into groups later</source>
        <translation>В &amp;список ожидания организации, чтобы потом распределить по группам</translation>
    </message>
    <message>
        <source>&amp;Enrolled in the session:</source>
        <translation>&amp;Записать на занятие:</translation>
    </message>
    <message>
        <source>Session to enrol the people in</source>
        <translation>Занятие, на которое записать людей</translation>
    </message>
    <message>
        <source>&amp;Only into the register of people</source>
        <translation>&amp;Только в реестр людей</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the list to import</source>
        <translation>Выберите список для загрузки</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one person per row, as organisations send them. You can also drag the file onto this window.</source>
        <translation>Книга Excel (.xlsx) или файл CSV, по одному человеку в строке, — как их присылают организации. Файл можно также перетащить в это окно.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>The file being imported</source>
        <translation>Загружаемый файл</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Файл ещё не выбран</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Лист книги</translation>
    </message>
    <message>
        <source>Drop an .xlsx or .csv file here</source>
        <translation>Перетащите сюда файл .xlsx или .csv</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the rows before they are imported</source>
        <translation>Проверьте строки перед загрузкой</translation>
    </message>
    <message>
        <source>Each row of the file as it will be imported. Rows with errors are left out; rows with warnings are imported, but look at them. Nothing has been written yet.</source>
        <translation>Каждая строка файла в том виде, в каком будет загружена. Строки с ошибками не загружаются; строки с предупреждениями загружаются, но посмотрите на них. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Показать только строки с &amp;замечаниями</translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translation>Строки в том виде, в каком будут загружены</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>The list is imported</source>
        <translation>Список загружен</translation>
    </message>
    <message>
        <source>This is what was written to the database.</source>
        <translation>Вот что записано в базу.</translation>
    </message>
    <message>
        <source>&amp;Show them in the list</source>
        <translation>&amp;Показать их в списке</translation>
    </message>
    <message>
        <source>Save import &amp;report…</source>
        <translation>Сохранить &amp;отчёт о загрузке…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a list of people</source>
        <translation>Загрузка списка людей</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Прервать загрузку?</translation>
    </message>
    <message>
        <source>The list has been read, but nobody has been imported from it. Stop the import?</source>
        <translation>Список прочитан, но из него ещё никто не загружен. Прервать загрузку?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Enterprise employee</source>
        <translation>Работник предприятия</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>Государственный служащий</translation>
    </message>
    <message>
        <source>Municipal employee</source>
        <translation>Муниципальный служащий</translation>
    </message>
    <message>
        <source>Social-sector employee</source>
        <translation>Работник социальной сферы</translation>
    </message>
    <message>
        <source>School pupil</source>
        <translation>Школьник</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Municipal body</source>
        <translation>Орган местного самоуправления</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Социальное обслуживание</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Письменная</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Электронная</translation>
    </message>
    <message>
        <source>By a parent</source>
        <translation>От родителя</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Ранний уход</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Отсутствует по уважительной причине</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation>Открыта запись</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Отчёт сдан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Photo before</source>
        <translation>Фото «до»</translation>
    </message>
    <message>
        <source>Photo after</source>
        <translation>Фото «после»</translation>
    </message>
    <message>
        <source>Project passport</source>
        <translation>Паспорт проекта</translation>
    </message>
    <message>
        <source>Value-stream map</source>
        <translation>Карта потока (КПСЦ)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Production process</source>
        <translation>Производственный процесс</translation>
    </message>
    <message>
        <source>Office process</source>
        <translation>Офисный процесс</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Производительность</translation>
    </message>
    <message>
        <source>Plan fulfilment</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>per operator-hour</source>
        <translation>на человеко-час</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>Not valid: the text was changed after signing</source>
        <translation>Недействителен: текст изменён после подписания</translation>
    </message>
    <message>
        <source>Not valid: signed with an unknown key</source>
        <translation>Недействителен: подписан неизвестным ключом</translation>
    </message>
    <message>
        <source>Not valid: the certificate was voided</source>
        <translation>Недействителен: сертификат аннулирован</translation>
    </message>
    <message>
        <source>Not valid: this is not a certificate code</source>
        <translation>Недействителен: это не код сертификата</translation>
    </message>
    <message>
        <source>Not valid: the number is not in the register</source>
        <translation>Недействителен: номера нет в реестре</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>В разработке</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Проект запущен</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>В стадии реализации</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Проект завершён</translation>
    </message>
    <message>
        <source>On review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Не доделан</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверен</translation>
    </message>
</context>
<context>
    <name>LinkedSessionsModel</name>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database; an older one is upgraded first (a copy of it is kept)…</source>
        <translation>Открывается база данных; устаревшая сначала обновляется (её копия сохраняется)…</translation>
    </message>
    <message>
        <source>There is already a file called {file}. Choose another name, or open that file with File → Open database…</source>
        <translation>Файл {file} уже существует. Выберите другое имя или откройте этот файл через «Файл → Открыть базу данных…».</translation>
    </message>
    <message>
        <source>The database file {file} is not there any more. It may have been moved or renamed, or it is on a drive that is not connected.</source>
        <translation>Файла базы данных {file} больше нет на месте. Возможно, его переместили или переименовали, или он находится на диске, который сейчас не подключён.</translation>
    </message>
    <message>
        <source>A new, empty database was created: {name}</source>
        <translation>Создана новая пустая база данных: {name}</translation>
    </message>
    <message>
        <source>The database was upgraded to work with this version of Factory Desk. A copy of it as it was before the upgrade is kept here:
{file}</source>
        <translation>База данных обновлена для работы с этой версией Factory Desk. Копия базы в том виде, какой она была до обновления, сохранена здесь:
{file}</translation>
    </message>
    <message>
        <source>The database was upgraded to work with this version of Factory Desk.</source>
        <translation>База данных обновлена для работы с этой версией Factory Desk.</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>База данных обновлена</translation>
    </message>
    <message>
        <source>This database cannot be used</source>
        <translation>Эту базу данных нельзя использовать</translation>
    </message>
    <message>
        <source>Open another database, or create a new one to start from scratch.</source>
        <translation>Откройте другую базу данных или создайте новую, чтобы начать с чистого листа.</translation>
    </message>
    <message>
        <source>The database {name} stays open. You can also open another database or create a new one.</source>
        <translation>База данных {name} остаётся открытой. Можно также открыть другую базу данных или создать новую.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Открыть другую базу данных…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Создать новую базу данных…</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>Другие базы данных ещё не открывались</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <source>Database: {name} ({kind})</source>
        <translation>База данных: {name} ({kind})</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Factory Desk keeps sessions, people and certificates in a database. Open the database your centre uses, or create a new one to start from scratch.</source>
        <translation>Factory Desk хранит занятия, участников и сертификаты в базе данных. Откройте базу данных, с которой работает ваш центр, или создайте новую, чтобы начать с чистого листа.</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>Create an empty database file and switch to it</source>
        <translation>Создать пустой файл базы данных и перейти к нему</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open an existing database file and switch to it</source>
        <translation>Открыть существующий файл базы данных и перейти к нему</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Занятия</translation>
    </message>
    <message>
        <source>&amp;People and organisations</source>
        <translation>&amp;Люди и организации</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Посещаемость</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Сертификаты</translation>
    </message>
    <message>
        <source>P&amp;rojects</source>
        <translation>П&amp;роекты</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Read the figures and lists again from the database</source>
        <translation>Заново прочитать показатели и списки из базы данных</translation>
    </message>
    <message>
        <source>&amp;About Factory Desk</source>
        <translation>&amp;О программе Factory Desk</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Change the measurement</source>
        <translation>Изменить замер</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>Новый замер</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Замер</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>&amp;Дата замера:</translation>
    </message>
    <message>
        <source>Date of the measurement</source>
        <translation>Дата замера</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>How it was measured, what changed</source>
        <translation>Как измеряли, что изменилось</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Looking for people entered twice…</source>
        <translation>Поиск людей, внесённых дважды…</translation>
    </message>
    <message>
        <source>{name} — {organisation} ({count})</source>
        <translation>{name} — {organisation} ({count})</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>без организации</translation>
    </message>
    <message>
        <source>{name} — {organisation} (number {id})</source>
        <translation>{name} — {organisation} (№ {id})</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Объединить записи</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n record(s) into «{name}» (number {id})? Their sessions, attendance, certificates and projects move to this record, and the merged records are removed. This cannot be undone.</source>
        <translation>
            <numerusform>Объединить %n запись с записью «{name}» (№ {id})? Её занятия, посещаемость, сертификаты и проекты перейдут в эту запись, а объединённая запись будет удалена. Это нельзя отменить.</numerusform>
            <numerusform>Объединить %n записи с записью «{name}» (№ {id})? Их занятия, посещаемость, сертификаты и проекты перейдут в эту запись, а объединённые записи будут удалены. Это нельзя отменить.</numerusform>
            <numerusform>Объединить %n записей с записью «{name}» (№ {id})? Их занятия, посещаемость, сертификаты и проекты перейдут в эту запись, а объединённые записи будут удалены. Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (number {id}) was not merged: {reason}</source>
        <translation>{name} (№ {id}) не объединён: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>sessions: %n</source>
        <translation>
            <numerusform>занятий: %n</numerusform>
            <numerusform>занятий: %n</numerusform>
            <numerusform>занятий: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>attendance marks: %n</source>
        <translation>
            <numerusform>отметок посещаемости: %n</numerusform>
            <numerusform>отметок посещаемости: %n</numerusform>
            <numerusform>отметок посещаемости: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificates: %n</source>
        <translation>
            <numerusform>сертификатов: %n</numerusform>
            <numerusform>сертификатов: %n</numerusform>
            <numerusform>сертификатов: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>projects: %n</source>
        <translation>
            <numerusform>проектов: %n</numerusform>
            <numerusform>проектов: %n</numerusform>
            <numerusform>проектов: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n record(s) into «{name}».</source>
        <translation>
            <numerusform>%n запись объединена с записью «{name}».</numerusform>
            <numerusform>%n записи объединены с записью «{name}».</numerusform>
            <numerusform>%n записей объединены с записью «{name}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved over: {what}.</source>
        <translation>Перенесено — {what}.</translation>
    </message>
    <message>
        <source>Merge records of one person</source>
        <translation>Объединить записи одного человека</translation>
    </message>
    <message>
        <source>People entered twice</source>
        <translation>Люди, внесённые дважды</translation>
    </message>
    <message>
        <source>Records that may be the same person. Select the record to keep; the others are merged into it. Another record can be added from the search below.</source>
        <translation>Записи, которые могут относиться к одному человеку. Выберите запись, которую нужно сохранить; остальные будут объединены с ней. Другую запись можно добавить через поиск ниже.</translation>
    </message>
    <message>
        <source>No two people share a name in the same organisation.</source>
        <translation>В одной организации нет двух людей с одинаковым ФИО.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) appear more than once in the same organisation (case, ё and spaces ignored). Choose one on the left, select the record to keep, then merge.</source>
        <translation>
            <numerusform>%n ФИО встречается в одной организации больше одного раза (регистр, «ё» и пробелы не учитываются). Выберите его слева, отметьте запись, которую нужно сохранить, и объедините.</numerusform>
            <numerusform>%n ФИО встречаются в одной организации больше одного раза (регистр, «ё» и пробелы не учитываются). Выберите одно слева, отметьте запись, которую нужно сохранить, и объедините.</numerusform>
            <numerusform>%n ФИО встречаются в одной организации больше одного раза (регистр, «ё» и пробелы не учитываются). Выберите одно слева, отметьте запись, которую нужно сохранить, и объедините.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Records (select the one to keep):</source>
        <translation>&amp;Записи (выделите ту, что сохранить):</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>&amp;Find another record:</source>
        <translation>&amp;Найти другую запись:</translation>
    </message>
    <message>
        <source>&amp;Add to the records</source>
        <translation>&amp;Добавить к записям</translation>
    </message>
    <message>
        <source>R&amp;eason (for the log):</source>
        <translation>&amp;Причина (для журнала):</translation>
    </message>
    <message>
        <source>&amp;Merge into the selected record</source>
        <translation>&amp;Объединить с выделенной записью</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>Choose a metric to see its chart.</source>
        <translation>Выберите показатель, чтобы увидеть его график.</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Замеров пока нет</translation>
    </message>
    <message>
        <source>{name}, {unit}</source>
        <translation>{name}, {unit}</translation>
    </message>
    <message>
        <source>Baseline {value}</source>
        <translation>Исходное {value}</translation>
    </message>
    <message>
        <source>Target {value}</source>
        <translation>Цель {value}</translation>
    </message>
    <message>
        <source>Chart of the metric over time</source>
        <translation>График изменения показателя</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>Change the metric</source>
        <translation>Изменить показатель</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Name of the metric</source>
        <translation>Название показателя</translation>
    </message>
    <message>
        <source>For example, waiting time in the queue</source>
        <translation>Например, время ожидания в очереди</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица измерения:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>min, pcs, %, working days</source>
        <translation>мин, шт., %, рабочие дни</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Исходное значение:</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>The value before the project</source>
        <translation>Значение до начала проекта</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Целевое значение:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>The value the project aims at</source>
        <translation>Значение, которого должен достичь проект</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>Лучше:</translation>
    </message>
    <message>
        <source>&amp;lower</source>
        <translation>&amp;меньше</translation>
    </message>
    <message>
        <source>&amp;higher</source>
        <translation>&amp;больше</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Лучше</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Факт (последний)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Выполнение цели</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>меньше — лучше</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>больше — лучше</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Measured on {date}</source>
        <translation>Замер от {date}</translation>
    </message>
    <message>
        <source>Progress shows when the metric has a baseline, a target different from it, and a measurement</source>
        <translation>Выполнение цели рассчитывается, когда у показателя есть исходное значение, отличное от него целевое значение и хотя бы один замер</translation>
    </message>
    <message>
        <source>How far the latest actual value has come from the baseline towards the target (100% is the target reached)</source>
        <translation>Насколько последнее фактическое значение продвинулось от исходного к целевому (100 % — цель достигнута)</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Delete the metric “{name}” with its {count} measurements?</source>
        <translation>Удалить показатель «{name}» вместе с его замерами ({count})?</translation>
    </message>
    <message>
        <source>Delete the metric “{name}”?</source>
        <translation>Удалить показатель «{name}»?</translation>
    </message>
    <message>
        <source>Delete the metric</source>
        <translation>Удалить показатель</translation>
    </message>
    <message>
        <source>Delete the measurement of {date} ({value})?</source>
        <translation>Удалить замер от {date} ({value})?</translation>
    </message>
    <message>
        <source>Delete the measurement</source>
        <translation>Удалить замер</translation>
    </message>
    <message>
        <source>The effects are saved.</source>
        <translation>Эффекты сохранены.</translation>
    </message>
    <message>
        <source>Add the project&apos;s metrics (waiting time, errors, documents a day…): each one&apos;s measurements are charted here.</source>
        <translation>Добавьте показатели проекта (время ожидания, ошибки, документы в день…): здесь будет график замеров каждого из них.</translation>
    </message>
    <message>
        <source>Measurements of “{name}”</source>
        <translation>Замеры: «{name}»</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Замеры</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>&amp;Add a metric…</source>
        <translation>&amp;Добавить показатель…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the chosen metric: its name, unit, baseline and target</source>
        <translation>Изменить выбранный показатель: название, единицу измерения, исходное и целевое значения</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the chosen metric with its measurements</source>
        <translation>Удалить выбранный показатель вместе с его замерами</translation>
    </message>
    <message>
        <source>Add a &amp;measurement…</source>
        <translation>Добавить за&amp;мер…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Change the chosen measurement</source>
        <translation>Изменить выбранный замер</translation>
    </message>
    <message>
        <source>Delete the chosen measurement</source>
        <translation>Удалить выбранный замер</translation>
    </message>
    <message>
        <source>Measurements of the chosen metric</source>
        <translation>Замеры выбранного показателя</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Эффекты</translation>
    </message>
    <message>
        <source>&amp;Freed working hours a year:</source>
        <translation>&amp;Высвобождено рабочего времени, ч в год:</translation>
    </message>
    <message>
        <source>Freed working hours a year</source>
        <translation>Высвобождено рабочего времени, ч в год</translation>
    </message>
    <message>
        <source>&amp;Economic effect, ₽ a year:</source>
        <translation>&amp;Экономический эффект, ₽ в год:</translation>
    </message>
    <message>
        <source>Economic effect in roubles</source>
        <translation>Экономический эффект в рублях</translation>
    </message>
    <message>
        <source>C&amp;osts, ₽:</source>
        <translation>&amp;Затраты, ₽:</translation>
    </message>
    <message>
        <source>Costs in roubles</source>
        <translation>Затраты в рублях</translation>
    </message>
    <message>
        <source>&amp;Social effect:</source>
        <translation>&amp;Социальный эффект:</translation>
    </message>
    <message>
        <source>Social effect</source>
        <translation>Социальный эффект</translation>
    </message>
    <message>
        <source>Ecolo&amp;gical effect:</source>
        <translation>Эколо&amp;гический эффект:</translation>
    </message>
    <message>
        <source>Ecological effect</source>
        <translation>Экологический эффект</translation>
    </message>
    <message>
        <source>C&amp;ultural effect:</source>
        <translation>&amp;Культурный эффект:</translation>
    </message>
    <message>
        <source>Cultural effect</source>
        <translation>Культурный эффект</translation>
    </message>
    <message>
        <source>Sa&amp;ve the effects</source>
        <translation>Со&amp;хранить эффекты</translation>
    </message>
</context>
<context>
    <name>NumberingDialog</name>
    <message>
        <source>There is no factory yet: add one on the Sessions page (Factories tab).</source>
        <translation>Фабрик пока нет: добавьте фабрику в разделе «Занятия» (вкладка «Фабрики»).</translation>
    </message>
    <message>
        <source>Saved: the next certificate of {factory} in {year} gets the number {number}.</source>
        <translation>Сохранено: следующий сертификат фабрики «{factory}» за {year} год получит номер {number}.</translation>
    </message>
    <message>
        <source>Certificate numbers</source>
        <translation>Номера сертификатов</translation>
    </message>
    <message>
        <source>Each factory numbers its certificates by year. A number is never given twice, also when several computers issue at once; a change of the pattern applies to the next numbers.</source>
        <translation>Каждая фабрика нумерует сертификаты по годам. Номер никогда не выдаётся дважды, даже если сертификаты выдают одновременно на нескольких компьютерах; новый шаблон действует для следующих номеров.</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Фабрика:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Шаблон номера</translation>
    </message>
    <message>
        <source>{code} the factory&apos;s code, {year} the year, {yy} its last two digits, {seq} the running number ({seq:05d}: five digits with leading zeros).</source>
        <translation>{code} — код фабрики, {year} — год, {yy} — две последние цифры года, {seq} — порядковый номер ({seq:05d} — пять цифр с ведущими нулями).</translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation>Следующий номер:</translation>
    </message>
</context>
<context>
    <name>OrganisationCombo</name>
    <message>
        <source>{name} (INN {inn})</source>
        <translation>{name} (ИНН {inn})</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное наименование:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Краткое наименование:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>As people usually call it</source>
        <translation>Как её обычно называют</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Тип организации</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Отр&amp;асль:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>For example, machine building</source>
        <translation>Например, машиностроение</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>&amp;National project since:</source>
        <translation>В &amp;нацпроекте с:</translation>
    </message>
    <message>
        <source>National project since</source>
        <translation>В нацпроекте с года</translation>
    </message>
    <message>
        <source>not in the project</source>
        <translation>не участвует</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Те&amp;лефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Организация: {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationsPanel</name>
    <message>
        <source>The organisations that send people to trainings. Type part of a name or the INN to find one; case, ё and Latvian accents do not matter. Double-click or press Enter to edit.</source>
        <translation>Организации, которые направляют людей на обучение. Чтобы найти организацию, введите часть названия или ИНН; регистр, буква ё и латышские диакритические знаки не важны. Двойной щелчок или Enter — изменить.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find organisations by name or INN</source>
        <translation>Поиск организаций по названию или ИНН</translation>
    </message>
    <message>
        <source>Name or INN</source>
        <translation>Название или ИНН</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Тип организации</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Отр&amp;асль:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>&amp;National project:</source>
        <translation>Нац&amp;проект:</translation>
    </message>
    <message>
        <source>National project</source>
        <translation>Нацпроект</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>The People tab, narrowed to this organisation: every person, with their cards</source>
        <translation>Вкладка «Люди» только с людьми этой организации — все, с их карточками</translation>
    </message>
    <message>
        <source>&amp;Show all its people in the list</source>
        <translation>&amp;Показать всех её людей в списке</translation>
    </message>
    <message>
        <source>Split its people who have not been trained yet into groups over the coming sessions or free days</source>
        <translation>Распределить ещё не обученных людей организации по группам на ближайших занятиях или в свободные дни</translation>
    </message>
    <message>
        <source>Plan gro&amp;ups for its people…</source>
        <translation>Распределить людей по &amp;группам…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Select an organisation to see its people and figures.</source>
        <translation>Выберите организацию, чтобы увидеть её людей и показатели.</translation>
    </message>
    <message>
        <source>INN {inn}</source>
        <translation>ИНН {inn}</translation>
    </message>
    <message numerus="yes">
        <source>People: %Ln</source>
        <translation>
            <numerusform>Людей: %Ln</numerusform>
            <numerusform>Людей: %Ln</numerusform>
            <numerusform>Людей: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions attended: %Ln</source>
        <translation>
            <numerusform>Занятий посещено: %Ln</numerusform>
            <numerusform>Занятий посещено: %Ln</numerusform>
            <numerusform>Занятий посещено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates issued: %Ln</source>
        <translation>
            <numerusform>Выдано сертификатов: %Ln</numerusform>
            <numerusform>Выдано сертификатов: %Ln</numerusform>
            <numerusform>Выдано сертификатов: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Improvement projects: %Ln</source>
        <translation>
            <numerusform>Проектов улучшений: %Ln</numerusform>
            <numerusform>Проектов улучшений: %Ln</numerusform>
            <numerusform>Проектов улучшений: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>Л&amp;юди:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;People (the first %n):</source>
        <translation>
            <numerusform>Л&amp;юди (первый %n):</numerusform>
            <numerusform>Л&amp;юди (первые %n):</numerusform>
            <numerusform>Л&amp;юди (первые %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects: {titles}</source>
        <translation>Проекты: {titles}</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>organisations</comment>
        <translation>
            <numerusform>Найдена %Ln организация</numerusform>
            <numerusform>Найдено %Ln организации</numerusform>
            <numerusform>Найдено %Ln организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations: %Ln</source>
        <translation>
            <numerusform>%Ln организация</numerusform>
            <numerusform>%Ln организации</numerusform>
            <numerusform>%Ln организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation matches. Check the spelling, type fewer letters or choose «Any».</source>
        <translation>Ни одна организация не подходит. Проверьте написание, введите меньше букв или выберите «Любой».</translation>
    </message>
    <message>
        <source>There is no organisation in this database yet.</source>
        <translation>В этой базе пока нет ни одной организации.</translation>
    </message>
    <message>
        <source>People of the organisation</source>
        <translation>Люди организации</translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Людей</translation>
    </message>
</context>
<context>
    <name>OutputMenu</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Открыть в программе просмотра PDF</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Print “{title}”</source>
        <translation>Печать «{title}»</translation>
    </message>
    <message>
        <source>“{title}” was sent to {printer}.</source>
        <translation>Документ «{title}» отправлен на принтер {printer}.</translation>
    </message>
    <message>
        <source>Printing “{title}”…</source>
        <translation>Печать «{title}»…</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Нет принтера</translation>
    </message>
    <message>
        <source>No printer is installed on this computer.</source>
        <translation>На этом компьютере не установлен ни один принтер.</translation>
    </message>
    <message>
        <source>Save “{title}” as a PDF file to print it on another computer or to send it, or open it in your PDF viewer.</source>
        <translation>Сохраните «{title}» в PDF, чтобы распечатать на другом компьютере или отправить, либо откройте в программе просмотра PDF.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Open in the PDF viewer</source>
        <translation>Открыть в программе просмотра PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “{title}” to {file}.</source>
        <translation>Документ «{title}» сохранён: {file}.</translation>
    </message>
    <message>
        <source>Saving “{title}”…</source>
        <translation>Сохранение «{title}»…</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. The file is {file}.</source>
        <translation>На этом компьютере не найдена программа для открытия PDF-файлов. Файл: {file}.</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Открытие «{title}»…</translation>
    </message>
    <message>
        <source>Factory Desk</source>
        <translation>Factory Desk</translation>
    </message>
    <message>
        <source>Making the sign-in sheet…</source>
        <translation>Подготовка явочного листа…</translation>
    </message>
    <message>
        <source>Making the session report…</source>
        <translation>Подготовка отчёта о занятии…</translation>
    </message>
    <message>
        <source>Making the A3 report…</source>
        <translation>Подготовка A3-отчёта…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Show the page as wide as the preview</source>
        <translation>Растянуть страницу по ширине области предпросмотра</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Показать страницу целиком</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Этот PDF невозможно показать.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
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
        <translation>Любая</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Обучены</translation>
    </message>
    <message>
        <source>Not yet trained</source>
        <translation>Ещё не обучены</translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>Выгрузить данные человека</translation>
    </message>
    <message>
        <source>personal-data-{id}.xlsx</source>
        <translation>персональные-данные-{id}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The person&apos;s data were saved to {file}.</source>
        <translation>Данные человека сохранены в {file}.</translation>
    </message>
    <message>
        <source>Saving the person&apos;s data…</source>
        <translation>Сохранение данных человека…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <source>Erase the name, contacts and consent of «{name}»? Their sessions, attendance and certificates stay in the statistics without a name. This cannot be undone.

Reason (for example, the person&apos;s request of 12.03.2026):</source>
        <translation>Удалить ФИО, контакты и согласие «{name}»? Занятия, посещаемость и сертификаты останутся в статистике без имени. Это нельзя отменить.

Причина (например, заявление человека от 12.03.2026):</translation>
    </message>
    <message>
        <source>At the person&apos;s request</source>
        <translation>По заявлению человека</translation>
    </message>
    <message>
        <source>Nothing was erased: the reason is needed for the log.</source>
        <translation>Ничего не удалено: для журнала нужна причина.</translation>
    </message>
    <message>
        <source>The personal data of «{name}» were erased.</source>
        <translation>Персональные данные «{name}» удалены.</translation>
    </message>
    <message>
        <source>people.xlsx</source>
        <translation>люди.xlsx</translation>
    </message>
    <message>
        <source>Saved {count} people to {file}.</source>
        <translation>Сохранено людей: {count}, файл {file}.</translation>
    </message>
    <message>
        <source>Saving the people in the list…</source>
        <translation>Сохраняются люди из списка…</translation>
    </message>
    <message>
        <source>organisations.xlsx</source>
        <translation>организации.xlsx</translation>
    </message>
    <message>
        <source>Saved {count} organisations to {file}.</source>
        <translation>Сохранено организаций: {count}, файл {file}.</translation>
    </message>
    <message>
        <source>Saving the organisations…</source>
        <translation>Сохраняются организации…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>people</comment>
        <translation>
            <numerusform>Найден %Ln человек</numerusform>
            <numerusform>Найдено %Ln человека</numerusform>
            <numerusform>Найдено %Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %Ln</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations: %Ln</source>
        <translation>
            <numerusform>%Ln организация</numerusform>
            <numerusform>%Ln организации</numerusform>
            <numerusform>%Ln организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “{query}”. Check the spelling or type fewer letters.</source>
        <translation>По запросу «{query}» никого не нашлось. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <source>Nobody matches the filters. Choose «Any» to see more people.</source>
        <translation>Под фильтры никто не подходит. Выберите «Любая», чтобы увидеть больше людей.</translation>
    </message>
    <message>
        <source>There is nobody in this database yet.</source>
        <translation>В этой базе данных пока никого нет.</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>Everyone sent for training, with the organisation they came from. Type the first letters of a surname, first name or patronymic to find a person; case, ё and Latvian accents do not matter.</source>
        <translation>Все, кого направили на обучение, и организации, из которых они пришли. Чтобы найти человека, введите первые буквы фамилии, имени или отчества; регистр букв, «ё» и латышские надстрочные знаки не важны.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find people by name</source>
        <translation>Поиск людей по имени</translation>
    </message>
    <message>
        <source>Surname, first name or patronymic</source>
        <translation>Фамилия, имя или отчество</translation>
    </message>
    <message>
        <source>Import people from an Excel or CSV list (Ctrl+I)</source>
        <translation>Загрузить людей из списка Excel или CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Загрузить список…</translation>
    </message>
    <message>
        <source>Save the people in the list, or all organisations, as an Excel or CSV file</source>
        <translation>Сохранить людей из списка или все организации в файл Excel или CSV</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Орга&amp;низация:</translation>
    </message>
    <message>
        <source>Show the people of one organisation</source>
        <translation>Показать людей одной организации</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Show one category of people</source>
        <translation>Показать одну категорию людей</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Обучение:</translation>
    </message>
    <message>
        <source>Show trained or not yet trained people</source>
        <translation>Показать обученных или ещё не обученных</translation>
    </message>
    <message>
        <source>Enter a person by hand (Ctrl+N)</source>
        <translation>Внести человека вручную (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <source>People registered twice in the same organisation, and merging them</source>
        <translation>Люди, внесённые дважды в одной организации, и объединение записей</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Дубликаты…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Список людей</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Загрузить список…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <source>People in the list…</source>
        <translation>Людей из списка…</translation>
    </message>
    <message>
        <source>Save the people the list shows (all of them, not only the rows in view) as .xlsx or .csv</source>
        <translation>Сохранить всех людей, которых показывает список (не только видимые строки), в .xlsx или .csv</translation>
    </message>
    <message>
        <source>All organisations…</source>
        <translation>Все организации…</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>PersonCardView</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Merge a record of the same person entered twice into this one</source>
        <translation>Объединить с этой записью запись того же человека, внесённого дважды</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>&amp;Выгрузить данные…</translation>
    </message>
    <message>
        <source>Everything held about this person in one file, for their request</source>
        <translation>Все данные об этом человеке в одном файле — по его запросу</translation>
    </message>
    <message>
        <source>E&amp;rase data…</source>
        <translation>&amp;Удалить данные…</translation>
    </message>
    <message>
        <source>Remove the name and contacts on the person&apos;s request; the counts that reports need stay</source>
        <translation>Удалить ФИО и контакты по просьбе человека; цифры для отчётов сохранятся</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Select a person to see their sessions, certificates and projects.</source>
        <translation>Выберите человека, чтобы увидеть его занятия, сертификаты и проекты.</translation>
    </message>
    <message>
        <source>Data erased on request</source>
        <translation>Данные удалены по запросу</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>без организации</translation>
    </message>
    <message>
        <source>badge {code}</source>
        <translation>бейдж {code}</translation>
    </message>
    <message>
        <source>number {id}</source>
        <translation>№ {id}</translation>
    </message>
    <message>
        <source>No consent to the processing of personal data is recorded.</source>
        <translation>Согласие на обработку персональных данных не отмечено.</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data: {date} {form}</source>
        <translation>Согласие на обработку персональных данных: {date} {form}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message numerus="yes">
        <source>Sessions (%n)</source>
        <translation>
            <numerusform>Занятия (%n)</numerusform>
            <numerusform>Занятия (%n)</numerusform>
            <numerusform>Занятия (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates (%n)</source>
        <translation>
            <numerusform>Сертификаты (%n)</numerusform>
            <numerusform>Сертификаты (%n)</numerusform>
            <numerusform>Сертификаты (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Проекты (%n)</numerusform>
            <numerusform>Проекты (%n)</numerusform>
            <numerusform>Проекты (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>без организации</translation>
    </message>
    <message>
        <source>• {name}, {organisation}, number {id}, sessions: {sessions}</source>
        <translation>• {name}, {organisation}, № {id}, занятий: {sessions}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This person seems to be registered already in the same organisation:</source>
        <translation>Похоже, этот человек уже внесён в той же организации:</translation>
    </message>
    <message>
        <source>People with the same name in other organisations:</source>
        <translation>Люди с таким же ФИО в других организациях:</translation>
    </message>
    <message>
        <source>Choose an organisation from the list, or “(none)”.</source>
        <translation>Выберите организацию из списка или «(нет)».</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Человек: {name}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>If the person has one</source>
        <translation>Если есть</translation>
    </message>
    <message>
        <source>A different person with the same name</source>
        <translation>Другой человек с тем же ФИО</translation>
    </message>
    <message>
        <source>This is a &amp;different person with the same name</source>
        <translation>Это &amp;другой человек с тем же ФИО</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Эл. по&amp;чта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Badge code:</source>
        <translation>Код &amp;бейджа:</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Код бейджа</translation>
    </message>
    <message>
        <source>Filled when a badge is printed</source>
        <translation>Заполняется при печати бейджа</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Сог&amp;ласие:</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data given</source>
        <translation>Согласие на обработку персональных данных получено</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Форма согласия</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Младше 18 лет</translation>
    </message>
    <message>
        <source>&amp;Under 18 (consent given by a parent)</source>
        <translation>&amp;Младше 18 лет (согласие даёт родитель)</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Код бейджа</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Форма согласия</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Несовершеннолетний</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Внесён</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Данные удалены</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Максимум баллов</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Порекомендовал бы (0–10)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>В листе ожидания</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Moved to another session</source>
        <translation>Переведён на другое занятие</translation>
    </message>
    <message>
        <source>Replaced by a colleague</source>
        <translation>Заменён коллегой</translation>
    </message>
    <message>
        <source>Before the training</source>
        <translation>До обучения</translation>
    </message>
    <message>
        <source>After the training</source>
        <translation>После обучения</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>В разработке</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Проект запущен</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>В стадии реализации</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Проект завершён</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Участник команды</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Reading the organisation&apos;s people…</source>
        <translation>Загрузка людей организации…</translation>
    </message>
    <message>
        <source>Proposing groups…</source>
        <translation>Подбор групп…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} · {people} (new session) · {factory}</source>
        <translation>{days} · {people} (новое занятие) · {factory}</translation>
    </message>
    <message>
        <source>{days} · {people} (existing session, {free} free) · {factory}</source>
        <translation>{days} · {people} (занятие уже есть, свободно мест: {free}) · {factory}</translation>
    </message>
    <message>
        <source>{day} · {factory} (new session)</source>
        <translation>{day} · {factory} (новое занятие)</translation>
    </message>
    <message>
        <source>{day} · {factory} (existing session)</source>
        <translation>{day} · {factory} (существующее занятие)</translation>
    </message>
    <message numerus="yes">
        <source>Not placed: %n</source>
        <translation>
            <numerusform>Не распределено: %n</numerusform>
            <numerusform>Не распределено: %n</numerusform>
            <numerusform>Не распределено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed (take out of the groups)</source>
        <translation>Не распределены (убрать из групп)</translation>
    </message>
    <message>
        <source>Choose the organisation whose people are to be planned.</source>
        <translation>Выберите организацию, людей которой нужно распределить по группам.</translation>
    </message>
    <message numerus="yes">
        <source>%n people of the organisation have not completed the programme.</source>
        <translation>
            <numerusform>В организации %n человек ещё не прошёл программу.</numerusform>
            <numerusform>В организации %n человека ещё не прошли программу.</numerusform>
            <numerusform>В организации %n человек ещё не прошли программу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people chosen.</source>
        <translation>
            <numerusform>Выбран %n человек.</numerusform>
            <numerusform>Выбрано %n человека.</numerusform>
            <numerusform>Выбрано %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Propose groups to see how they can be split.</source>
        <translation>Нажмите «Предложить группы», чтобы увидеть, как их можно разделить.</translation>
    </message>
    <message>
        <source>Placed: {placed} in {groups} groups; not placed: {unplaced}.</source>
        <translation>Распределено: {placed}, групп: {groups}; не распределено: {unplaced}.</translation>
    </message>
    <message>
        <source>A group shown in red is outside its limits: move people until none is red.</source>
        <translation>Группа, выделенная красным, выходит за допустимые пределы: переместите людей так, чтобы красных групп не осталось.</translation>
    </message>
    <message>
        <source>The options have changed: press Propose groups to apply them.</source>
        <translation>Параметры изменились: нажмите «Предложить группы», чтобы применить их.</translation>
    </message>
    <message>
        <source>The plan has conflicts:</source>
        <translation>В плане есть конфликты:</translation>
    </message>
    <message>
        <source>Creating the sessions and enrolling the people…</source>
        <translation>Создание занятий и запись людей…</translation>
    </message>
    <message>
        <source>Groups planned: {sessions} sessions, {created} of them new; enrolled: {enrolled}; on the waiting list: {waitlisted}.</source>
        <translation>Группы распределены. Занятий: {sessions}, из них новых: {created}; записано: {enrolled}; в листе ожидания: {waitlisted}.</translation>
    </message>
    <message>
        <source>&amp;Accept the plan</source>
        <translation>Принять п&amp;лан</translation>
    </message>
    <message>
        <source>Any factory (open sessions only)</source>
        <translation>Любая фабрика (только открытые занятия)</translation>
    </message>
    <message>
        <source>Plan groups</source>
        <translation>Распределение по группам</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>All its people who have not completed the programme are planned</source>
        <translation>Распределяются все её люди, которые ещё не прошли программу</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Фабрика:</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;Между:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>a&amp;nd</source>
        <translation>&amp;и</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Дни:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>&amp;Keep colleagues of one department together</source>
        <translation>&amp;Не разделять коллег из одного подразделения</translation>
    </message>
    <message>
        <source>Also propose new sessions on free &amp;days</source>
        <translation>Предлагать и новые занятия в свободные &amp;дни</translation>
    </message>
    <message>
        <source>P&amp;ropose groups</source>
        <translation>П&amp;редложить группы</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Предлагаемые группы</translation>
    </message>
    <message>
        <source>Group, person</source>
        <translation>Группа, человек</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Move the selected people &amp;to:</source>
        <translation>Перевести выбранных в &amp;группу:</translation>
    </message>
    <message>
        <source>Group to move to</source>
        <translation>Группа, в которую перевести</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Перев&amp;ести</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Hours freed a year</source>
        <translation>Высвобожденные часы в год</translation>
    </message>
    <message>
        <source>Economic effect</source>
        <translation>Экономический эффект</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <translation>{quarter} кв.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Checking the rows against the database…</source>
        <translation>Строки сверяются с базой…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Will be imported: {imported} · with warnings: {warnings} · with errors: {errors} · skipped: {skipped}</source>
        <translation>Будет загружено: {imported} · с предупреждениями: {warnings} · с ошибками: {errors} · пропущено: {skipped}</translation>
    </message>
    <message>
        <source>No row can be imported. Go back and check the columns, or correct the file and choose it again.</source>
        <translation>Ни одну строку нельзя загрузить. Вернитесь и проверьте столбцы или исправьте файл и выберите его снова.</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Пропущена: {reason}</translation>
    </message>
    <message>
        <source>Error: {problems}</source>
        <translation>Ошибка: {problems}</translation>
    </message>
    <message>
        <source>Warning: {problems}</source>
        <translation>Предупреждение: {problems}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не будет загружена</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>Будет загружена</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (новая)</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Ticked for defects, lead time and the like: a smaller value is the better one</source>
        <translation>Отмечается для дефектов, времени цикла и т. п.: чем меньше значение, тем лучше</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>Programme: {name}</source>
        <translation>Программа: {name}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Часы:</translation>
    </message>
    <message>
        <source>Academic hours</source>
        <translation>Академические часы</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Дни:</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Minimum group</source>
        <translation>Минимальная группа</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Maximum group</source>
        <translation>Максимальная группа</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Раунды:</translation>
    </message>
    <message>
        <source>Simulation rounds</source>
        <translation>Раунды симуляции</translation>
    </message>
    <message>
        <source>An inactive programme stays in past sessions and reports</source>
        <translation>Неактивная программа остаётся в прошедших занятиях и отчётах</translation>
    </message>
    <message>
        <source>&amp;Offered for new sessions</source>
        <translation>&amp;Предлагать для новых занятий</translation>
    </message>
    <message>
        <source>Completion: who gets a certificate</source>
        <translation>Условие завершения: кто получает сертификат</translation>
    </message>
    <message>
        <source>&amp;Marked with one of these statuses:</source>
        <translation>Отмечены одним из &amp;этих статусов:</translation>
    </message>
    <message>
        <source>Statuses that count as attended</source>
        <translation>Статусы, засчитываемые как посещение</translation>
    </message>
    <message>
        <source>on e&amp;very day of the session</source>
        <translation>в &amp;каждый день занятия</translation>
    </message>
    <message>
        <source>on at l&amp;east</source>
        <translation>не &amp;менее</translation>
    </message>
    <message>
        <source>Days needed</source>
        <translation>Необходимое число дней</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Cer&amp;tificate wording:</source>
        <translation>Текст &amp;сертификата:</translation>
    </message>
    <message>
        <source>Certificate wording</source>
        <translation>Текст сертификата</translation>
    </message>
    <message>
        <source>Printed after the person&apos;s name, for example: прошёл(а) обучение на «Фабрике процессов» в объёме 8 академических часов.</source>
        <translation>Печатается после ФИО, например: прошёл(а) обучение на «Фабрике процессов» в объёме 8 академических часов.</translation>
    </message>
    <message>
        <source>Round &amp;metrics: what is recorded after each simulation round</source>
        <translation>Пока&amp;затели раунда: что записывается после каждого раунда симуляции</translation>
    </message>
    <message>
        <source>Round metrics</source>
        <translation>Показатели раунда</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Меньше — лучше</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
</context>
<context>
    <name>ProgrammesPanel</name>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>programmes</comment>
        <translation>
            <numerusform>Найдена %Ln программа</numerusform>
            <numerusform>Найдено %Ln программы</numerusform>
            <numerusform>Найдено %Ln программ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programmes: %Ln</source>
        <translation>
            <numerusform>%Ln программа</numerusform>
            <numerusform>%Ln программы</numerusform>
            <numerusform>%Ln программ</numerusform>
        </translation>
    </message>
    <message>
        <source>No programme matches. Check the spelling or type fewer letters.</source>
        <translation>Ни одна программа не подходит. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <source>There is no programme yet. Add what your groups are trained in: New…</source>
        <translation>Программ пока нет. Добавьте то, чему обучаются ваши группы: «Создать…»</translation>
    </message>
    <message>
        <source>Delete the programme «{name}» with its round metrics? This cannot be undone.</source>
        <translation>Удалить программу «{name}» вместе с её показателями раунда? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>What groups are trained in: hours, days, group size, the figures recorded in each simulation round and the wording of the certificate. Double-click or press Enter to edit; Ctrl+N adds a programme.</source>
        <translation>Чему обучаются группы: часы, дни, размер группы, показатели каждого раунда симуляции и текст сертификата. Двойной щелчок или Enter — изменить; Ctrl+N — добавить программу.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find programmes</source>
        <translation>Поиск программ</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>Название или описание</translation>
    </message>
    <message>
        <source>Also list those no longer offered for new sessions</source>
        <translation>Показывать также те, что больше не предлагаются для новых занятий</translation>
    </message>
    <message>
        <source>Sho&amp;w inactive</source>
        <translation>Показывать неа&amp;ктивные</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Add a programme (Ctrl+N)</source>
        <translation>Добавить программу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Open the selected row in the editor (Enter or a double-click)</source>
        <translation>Открыть выбранную строку для изменения (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>No longer offer it for new sessions; past sessions keep it</source>
        <translation>Больше не предлагать для новых занятий; в прошедших занятиях сохранится</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Delete it for good: only what no session uses</source>
        <translation>Удалить навсегда: только если не используется ни в одном занятии</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>ProgrammesTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунды</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Не проверялся</translation>
    </message>
    <message>
        <source>New improvement project[*]</source>
        <translation>Новый проект по улучшению[*]</translation>
    </message>
    <message>
        <source>New improvement project</source>
        <translation>Новый проект по улучшению</translation>
    </message>
    <message>
        <source>Type the title and choose the organisation and the leader, then save (Ctrl+S).</source>
        <translation>Введите название, выберите организацию и руководителя проекта, затем сохраните (Ctrl+S).</translation>
    </message>
    <message>
        <source>Project «{title}»[*]</source>
        <translation>Проект «{title}»[*]</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>без организации</translation>
    </message>
    <message>
        <source>The project is overdue: the planned finish was {date}</source>
        <translation>Проект просрочен: плановый срок завершения — {date}</translation>
    </message>
    <message>
        <source>Save the new project first (Ctrl+S): then its results, follow-ups and attachments can be added.</source>
        <translation>Сначала сохраните новый проект (Ctrl+S): после этого можно будет добавить результаты, контрольные проверки и вложения.</translation>
    </message>
    <message>
        <source>Choose the organisation from the list, or «— none —».</source>
        <translation>Выберите организацию из списка или «— нет —».</translation>
    </message>
    <message>
        <source>The project was saved.</source>
        <translation>Проект сохранён.</translation>
    </message>
    <message>
        <source>The project was saved. Its results, follow-ups and attachments can now be added.</source>
        <translation>Проект сохранён. Теперь можно добавить результаты, контрольные проверки и вложения.</translation>
    </message>
    <message>
        <source>The project&apos;s status is now «{status}».</source>
        <translation>Статус проекта изменён: «{status}».</translation>
    </message>
    <message>
        <source>The project&apos;s review state is now «{state}».</source>
        <translation>Состояние проверки проекта изменено: «{state}».</translation>
    </message>
    <message>
        <source>The project&apos;s sponsor:</source>
        <translation>Заказчик проекта:</translation>
    </message>
    <message>
        <source>The project&apos;s leader:</source>
        <translation>Руководитель проекта:</translation>
    </message>
    <message>
        <source>Add to the project&apos;s team:</source>
        <translation>Добавить в команду проекта:</translation>
    </message>
    <message>
        <source>Choose the project&apos;s organisation first: its people who attended the trainings join the team.</source>
        <translation>Сначала выберите организацию проекта: в команду войдут её сотрудники, посетившие занятия.</translation>
    </message>
    <message>
        <source>Added to the team: {names}. Type each one&apos;s role in the table.</source>
        <translation>Добавлены в команду: {names}. Укажите роль каждого в таблице.</translation>
    </message>
    <message>
        <source>Everyone of the organisation who attended is in the team already.</source>
        <translation>Все сотрудники организации, посетившие занятия, уже в команде.</translation>
    </message>
    <message>
        <source>Nobody of the organisation took part in these trainings.</source>
        <translation>Никто из организации не участвовал в этих занятиях.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>“{link}” could not be opened: check the address or the file&apos;s path.</source>
        <translation>Не удалось открыть «{link}»: проверьте адрес или путь к файлу.</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Сначала сохраните</translation>
    </message>
    <message>
        <source>The A3 report is made from the saved project. Save the changes first?</source>
        <translation>A3-отчёт формируется по сохранённому проекту. Сохранить изменения?</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <source>Delete the project «{title}» with its results, follow-ups and attachments? This cannot be undone.</source>
        <translation>Удалить проект «{title}» вместе с результатами, контрольными проверками и вложениями? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>В проекте есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Improvement project</source>
        <translation>Проект по улучшению</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>The project&apos;s status in the register; changed at once and kept in the audit log</source>
        <translation>Статус проекта в реестре; меняется сразу и записывается в журнал изменений</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>Про&amp;верка:</translation>
    </message>
    <message>
        <source>The coordinator&apos;s review of the project; changed at once and kept in the audit log</source>
        <translation>Проверка проекта координатором; меняется сразу и записывается в журнал изменений</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Sub-pro&amp;gramme:</source>
        <translation>Подпро&amp;грамма:</translation>
    </message>
    <message>
        <source>Spo&amp;nsor:</source>
        <translation>&amp;Заказчик:</translation>
    </message>
    <message>
        <source>The sponsor (заказчик): the manager who ordered the project</source>
        <translation>Заказчик — руководитель, заказавший проект</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the sponsor from the register of people</source>
        <translation>Выбрать заказчика из реестра людей</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>The project has no sponsor</source>
        <translation>У проекта нет заказчика</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Руководитель:</translation>
    </message>
    <message>
        <source>The leader who runs the project</source>
        <translation>Руководитель, который ведёт проект</translation>
    </message>
    <message>
        <source>Choose the leader from the register of people</source>
        <translation>Выбрать руководителя проекта из реестра людей</translation>
    </message>
    <message>
        <source>The project has no leader</source>
        <translation>У проекта нет руководителя</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Оп&amp;исание:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Type the date or pick it from the calendar; Delete leaves it empty (—)</source>
        <translation>Введите дату или выберите её в календаре; Delete оставляет поле пустым (—)</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Project &amp;passport:</source>
        <translation>&amp;Паспорт проекта:</translation>
    </message>
    <message>
        <source>A web address or a file</source>
        <translation>Веб-адрес или файл</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>Choose the passport&apos;s file</source>
        <translation>Выбрать файл паспорта проекта</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the project passport</source>
        <translation>Открыть паспорт проекта</translation>
    </message>
    <message>
        <source>&amp;Value-stream map:</source>
        <translation>&amp;Карта потока (КПСЦ):</translation>
    </message>
    <message>
        <source>Choose the value-stream map&apos;s file</source>
        <translation>Выбрать файл карты потока создания ценности</translation>
    </message>
    <message>
        <source>Open the value-stream map</source>
        <translation>Открыть карту потока создания ценности</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Ко&amp;манда:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add a person from the register to the team</source>
        <translation>Добавить в команду человека из реестра</translation>
    </message>
    <message>
        <source>Add the &amp;session&apos;s participants</source>
        <translation>Добавить у&amp;частников занятия</translation>
    </message>
    <message>
        <source>Add the people of the project&apos;s organisation who attended the trainings it came from</source>
        <translation>Добавить сотрудников организации проекта, посетивших занятия, по итогам которых начат проект</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>Take the selected people out of the team</source>
        <translation>Исключить выбранных людей из команды</translation>
    </message>
    <message>
        <source>Trainings it &amp;came from:</source>
        <translation>По и&amp;тогам занятий:</translation>
    </message>
    <message>
        <source>Add &amp;training…</source>
        <translation>Добавить з&amp;анятие…</translation>
    </message>
    <message>
        <source>Link a held session to the project</source>
        <translation>Связать с проектом проведённое занятие</translation>
    </message>
    <message>
        <source>Open the selected session&apos;s window</source>
        <translation>Открыть окно выбранного занятия</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Unlink the selected session from the project</source>
        <translation>Отвязать выбранное занятие от проекта</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>The texts of the A3 report, two halves as on the sheet; saved with the card (Ctrl+S).</source>
        <translation>Тексты A3-отчёта, две половины — как на листе; сохраняются вместе с карточкой (Ctrl+S).</translation>
    </message>
    <message>
        <source>A3 &amp;report</source>
        <translation>A3-от&amp;чёт</translation>
    </message>
    <message>
        <source>Print the project&apos;s A3 report, save it as PDF or open it</source>
        <translation>Напечатать A3-отчёт по проекту, сохранить его в PDF или открыть</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>C&amp;urrent condition:</source>
        <translation>&amp;Текущее состояние:</translation>
    </message>
    <message>
        <source>Tar&amp;get condition:</source>
        <translation>&amp;Целевое состояние:</translation>
    </message>
    <message>
        <source>Root &amp;causes:</source>
        <translation>&amp;Коренные причины:</translation>
    </message>
    <message>
        <source>Counter&amp;measures:</source>
        <translation>&amp;Мероприятия (контрмеры):</translation>
    </message>
    <message>
        <source>&amp;Plan: what, who, when:</source>
        <translation>&amp;План: что, кто, когда:</translation>
    </message>
    <message>
        <source>&amp;Effect confirmation:</source>
        <translation>Подтверждение &amp;эффекта:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Дальнейшие действия и контроль:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Контрольные проверки</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;Удалить проект…</translation>
    </message>
    <message>
        <source>Delete the project with its results, follow-ups and attachments</source>
        <translation>Удалить проект вместе с результатами, контрольными проверками и вложениями</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Overdue</source>
        <translation>Проект просрочен</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Hours/year</source>
        <translation>Часы/год</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Эффект</translation>
    </message>
    <message>
        <source>The project&apos;s leader</source>
        <translation>Руководитель проекта</translation>
    </message>
    <message>
        <source>The coordinator&apos;s review of the project</source>
        <translation>Проверка проекта координатором</translation>
    </message>
    <message>
        <source>The planned finish; once it has passed, a project not completed is overdue</source>
        <translation>Плановое завершение; если этот срок прошёл, а проект не завершён, он считается просроченным</translation>
    </message>
    <message>
        <source>Working hours freed a year</source>
        <translation>Высвобождено рабочего времени, ч в год</translation>
    </message>
    <message>
        <source>Economic effect</source>
        <translation>Экономический эффект</translation>
    </message>
    <message>
        <source>{status}; the planned finish {date} has passed</source>
        <translation>{status}; плановый срок завершения {date} прошёл</translation>
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
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Project &amp;register</source>
        <translation>Р&amp;еестр проектов</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <source>Show the projects of one organisation</source>
        <translation>Показать проекты одной организации</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Фабрика:</translation>
    </message>
    <message>
        <source>Show the projects that came from one factory&apos;s sessions</source>
        <translation>Показать проекты, появившиеся на занятиях одной фабрики</translation>
    </message>
    <message>
        <source>S&amp;ub-programme:</source>
        <translation>Подпрогр&amp;амма:</translation>
    </message>
    <message>
        <source>Show the projects of one sub-programme</source>
        <translation>Показать проекты одной подпрограммы</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Show the projects of one status, or those overdue</source>
        <translation>Показать проекты с одним статусом или просроченные</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Show the projects planned, started or finished in one year</source>
        <translation>Показать проекты, запланированные, начатые или завершённые в одном году</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>По&amp;иск:</translation>
    </message>
    <message>
        <source>Find projects by title, organisation or leader</source>
        <translation>Найти проекты по названию, организации или руководителю</translation>
    </message>
    <message>
        <source>Title, organisation or leader</source>
        <translation>Название, организация или руководитель</translation>
    </message>
    <message>
        <source>The register of improvement projects</source>
        <translation>Реестр проектов по улучшению</translation>
    </message>
    <message>
        <source>There are no projects yet. Create the first one with «New project…».</source>
        <translation>Проектов пока нет. Создайте первый кнопкой «Новый проект…».</translation>
    </message>
    <message>
        <source>Start the card of a new improvement project (Ctrl+N)</source>
        <translation>Создать карточку нового проекта по улучшению (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>Open the selected project&apos;s card (Enter or a double-click)</source>
        <translation>Открыть карточку выбранного проекта (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Delete the selected project with its results, follow-ups and attachments (Delete)</source>
        <translation>Удалить выбранный проект вместе с результатами, контрольными проверками и вложениями (Delete)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Save every project, and the quarters of the portfolio&apos;s year, as an Excel workbook</source>
        <translation>Сохранить все проекты и кварталы года портфеля в книгу Excel</translation>
    </message>
    <message>
        <source>E&amp;xport the portfolio to Excel…</source>
        <translation>&amp;Экспорт портфеля в Excel…</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Портфель проектов</translation>
    </message>
    <message>
        <source>The year of the portfolio</source>
        <translation>Год портфеля</translation>
    </message>
    <message>
        <source>The portfolio of one factory&apos;s projects, or of all</source>
        <translation>Портфель проектов одной фабрики или всех фабрик</translation>
    </message>
    <message>
        <source>Save every project, and these quarters, as an Excel workbook</source>
        <translation>Сохранить все проекты и эти кварталы в книгу Excel</translation>
    </message>
    <message>
        <source>Projects planned, opened and closed per quarter, and their effects</source>
        <translation>Проекты, запланированные, начатые и завершённые по кварталам, и их эффекты</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>Delete the project…</source>
        <translation>Удалить проект…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>All factories</source>
        <translation>Все фабрики</translation>
    </message>
    <message>
        <source>All sub-programmes</source>
        <translation>Все подпрограммы</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Delete the project «{title}»? Its metrics and measurements, effects, follow-ups and attachments are deleted with it. This cannot be undone.</source>
        <translation>Удалить проект «{title}»? Вместе с ним будут удалены его показатели и замеры, эффекты, контрольные проверки и вложения. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Nothing was deleted. {reason}</source>
        <translation>Ничего не удалено. {reason}</translation>
    </message>
    <message>
        <source>The project «{title}» was deleted.</source>
        <translation>Проект «{title}» удалён.</translation>
    </message>
    <message>
        <source>Export the portfolio of projects</source>
        <translation>Экспорт портфеля проектов</translation>
    </message>
    <message>
        <source>projects-{year}.xlsx</source>
        <translation>проекты-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The portfolio was saved to {file}: {count} projects, and the quarters of {year}.</source>
        <translation>Портфель сохранён в файл {file}: проекты ({count}) и кварталы {year} года.</translation>
    </message>
    <message>
        <source>Saving the portfolio of projects…</source>
        <translation>Сохранение портфеля проектов…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>projects</comment>
        <translation>
            <numerusform>Найден %Ln проект</numerusform>
            <numerusform>Найдено %Ln проекта</numerusform>
            <numerusform>Найдено %Ln проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projects: %Ln</source>
        <translation>
            <numerusform>%Ln проект</numerusform>
            <numerusform>%Ln проекта</numerusform>
            <numerusform>%Ln проектов</numerusform>
        </translation>
    </message>
    <message>
        <source>No project matches these filters.</source>
        <translation>Нет проектов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>There are no projects yet. Create the first one with «New project…» (Ctrl+N), or from a held session&apos;s window.</source>
        <translation>Проектов пока нет. Создайте первый кнопкой «Новый проект…» (Ctrl+N) или из окна проведённого занятия.</translation>
    </message>
    <message>
        <source>Planned: projects whose planned start falls in the quarter; opened: their actual start; closed: their actual finish. Hours, economic effect and costs are those of the projects closed in the quarter. A factory&apos;s projects are those that came from its sessions.</source>
        <translation>Запланировано — проекты, плановое начало которых приходится на квартал; начато — по фактическому началу; завершено — по фактическому завершению. Часы, экономический эффект и затраты — по проектам, завершённым в квартале. Проекты фабрики — те, что появились на её занятиях.</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Offer it for new sessions again</source>
        <translation>Снова предлагать для новых занятий</translation>
    </message>
    <message>
        <source>No longer offer it for new sessions; past sessions keep it</source>
        <translation>Больше не предлагать для новых занятий; в прошедших занятиях сохранится</translation>
    </message>
    <message>
        <source>Sessions use it, so it cannot be deleted: deactivate it instead</source>
        <translation>Используется в занятиях, поэтому удалить нельзя: вместо этого деактивируйте</translation>
    </message>
    <message>
        <source>Delete it for good: only what no session uses</source>
        <translation>Удалить навсегда: только если не используется ни в одном занятии</translation>
    </message>
</context>
<context>
    <name>ReferenceTable</name>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (не используется)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Распечатки</translation>
    </message>
    <message>
        <source>{date}, {user}</source>
        <translation>{date}, {user}</translation>
    </message>
    <message>
        <source>Voided {date}: {reason}</source>
        <translation>Аннулирован {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>What the centre reports: people trained by category, organisation and factory, plan against fact, feedback scores and projects; session reports for each group.</source>
        <translation>Отчётность центра: обученные по категориям, организациям и фабрикам, план и факт, оценки в анкетах обратной связи и проекты; отчёт о проведении для каждой группы.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Проведённые занятия</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Выдано сертификатов</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>Незавершённые проекты</translation>
    </message>
    <message>
        <source>Factories</source>
        <translation>Фабрики</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>New people added: {count}</source>
        <translation>Добавлено новых людей: {count}</translation>
    </message>
    <message>
        <source>Already in the database, not added again: {count}</source>
        <translation>Уже были в базе, повторно не добавлены: {count}</translation>
    </message>
    <message>
        <source>New organisations added: {count}</source>
        <translation>Добавлено новых организаций: {count}</translation>
    </message>
    <message>
        <source>Put into the waiting pool: {count}</source>
        <translation>Добавлено в список ожидания: {count}</translation>
    </message>
    <message>
        <source>Rows not imported: {count}</source>
        <translation>Не загружено строк: {count}</translation>
    </message>
    <message>
        <source>Enrolled in the session {date} {programme}: {count}</source>
        <translation>Записано на занятие {date} «{programme}»: {count}</translation>
    </message>
    <message>
        <source>On its waiting list, the group being full: {count}</source>
        <translation>В листе ожидания занятия (группа заполнена): {count}</translation>
    </message>
    <message>
        <source>Already enrolled there before: {count}</source>
        <translation>Уже были записаны на это занятие: {count}</translation>
    </message>
    <message>
        <source>Not enrolled, put into the waiting pool instead (another session that day, or the programme already completed): {count}</source>
        <translation>Не записаны, добавлены в список ожидания (в этот день уже есть другое занятие или программа уже пройдена): {count}</translation>
    </message>
    <message>
        <source>{name} - import report</source>
        <translation>{name} - отчёт о загрузке</translation>
    </message>
    <message>
        <source>import report</source>
        <translation>отчёт о загрузке</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Сохранение отчёта о загрузке</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Сохранение отчёта…</translation>
    </message>
    <message>
        <source>The report is saved: {file}</source>
        <translation>Отчёт сохранён: {file}</translation>
    </message>
    <message>
        <source>The report was not saved: {reason}</source>
        <translation>Отчёт не сохранён: {reason}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>waiting, No. {position}</source>
        <translation>в листе ожидания, № {position}</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>в группе</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Round {number}</source>
        <translation>Раунд {number}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>From the first round with a figure to the last one</source>
        <translation>От первого раунда со значением до последнего</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{change}, better</source>
        <translation>{change}, лучше</translation>
    </message>
    <message>
        <source>{change}, worse</source>
        <translation>{change}, хуже</translation>
    </message>
    <message>
        <source>Round {first}: {first_value} → round {last}: {last_value}</source>
        <translation>Раунд {first}: {first_value} → раунд {last}: {last_value}</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>The programme «{programme}» records no figures in its rounds. A coordinator can add them in Sessions → Programmes.</source>
        <translation>В раундах программы «{programme}» не записывается ни одного показателя. Координатор может добавить их в разделе «Занятия → Программы».</translation>
    </message>
    <message>
        <source>This session was cancelled: no rounds can be recorded for it.</source>
        <translation>Это занятие отменено: записывать для него раунды нельзя.</translation>
    </message>
    <message>
        <source>This session is closed: its rounds can be read but no longer changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Это занятие закрыто: раунды можно просматривать, но не изменять. Координатор может открыть его снова, указав причину.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>Type each round&apos;s figures after the round: Enter saves the figure and moves down the column, Tab moves across, Delete clears a figure. Decimals can be typed with a comma.</source>
        <translation>Вводите показатели каждого раунда после его окончания: Enter сохраняет значение и переходит вниз по столбцу, Tab — вправо, Delete очищает значение. Дробные числа можно вводить через запятую.</translation>
    </message>
    <message>
        <source>Simulation rounds</source>
        <translation>Раунды симуляции</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Входной тест</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Итоговый тест</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <source>Recommends, 0–10</source>
        <translation>Готовность рекомендовать, 0–10</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Post-test minus pre-test, in points (in percentage points when the two tests have different maximums)</source>
        <translation>Итоговый тест минус входной, в баллах (в процентных пунктах, если у тестов разный максимум)</translation>
    </message>
    <message>
        <source>“How likely are you to recommend this training to a colleague?” 9–10: promoter, 7–8: passive, 0–6: detractor</source>
        <translation>«Насколько вероятно, что вы порекомендуете это обучение коллеге?» 9–10: промоутер, 7–8: нейтрал, 0–6: критик</translation>
    </message>
    <message>
        <source>{score} of {maximum}</source>
        <translation>{score} из {maximum}</translation>
    </message>
    <message>
        <source>{points} pp</source>
        <translation>{points} п. п.</translation>
    </message>
    <message>
        <source>{before} % → {after} % of the maximum</source>
        <translation>{before} % → {after} % от максимума</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Average score: before {pre} %, after {post} %; gain {gain} percentage points</source>
        <translation>Средний результат: входной тест {pre} %, итоговый тест {post} %; прирост знаний {gain} п. п.</translation>
    </message>
    <message>
        <source>No test scores yet</source>
        <translation>Результатов тестов пока нет</translation>
    </message>
    <message>
        <source>NPS: nobody has answered yet (0 of {people})</source>
        <translation>NPS: пока никто не ответил (0 из {people})</translation>
    </message>
    <message>
        <source>NPS {score}: promoters {promoters}, passives {passives}, detractors {detractors}; answered {answered} of {people}</source>
        <translation>NPS {score}: промоутеры {promoters}, нейтралы {passives}, критики {detractors}; ответили {answered} из {people}</translation>
    </message>
    <message>
        <source>Nobody holds a place in this session yet: tests and feedback are recorded for its participants.</source>
        <translation>На этом занятии пока нет участников, а тесты и отзывы записываются только для них.</translation>
    </message>
    <message>
        <source>This session was cancelled: no scores can be recorded for it.</source>
        <translation>Это занятие отменено: баллы для него записать нельзя.</translation>
    </message>
    <message>
        <source>This session is closed: its scores and feedback can be read but no longer changed. A coordinator can reopen it, giving a reason.</source>
        <translation>Это занятие закрыто: его баллы и отзывы можно просматривать, но уже нельзя изменить. Координатор может открыть его снова, указав причину.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>Type the scores down a column: Enter saves and moves to the next person, Tab moves across, Delete clears a cell. The recommendation answers “How likely are you to recommend this training?” from 0 to 10.</source>
        <translation>Вводите баллы по столбцу: Enter сохраняет и переходит к следующему человеку, Tab — к соседнему столбцу, Delete очищает ячейку. Готовность рекомендовать — ответ на вопрос «Насколько вероятно, что вы порекомендуете это обучение?» от 0 до 10.</translation>
    </message>
    <message>
        <source>&amp;Maximum test score:</source>
        <translation>&amp;Максимальный балл за тест:</translation>
    </message>
    <message>
        <source>The score a full test gets; it applies to the scores typed from now on</source>
        <translation>Балл за полностью правильный тест; применяется к баллам, которые вводятся с этого момента</translation>
    </message>
    <message>
        <source>Maximum test score</source>
        <translation>Максимальный балл за тест</translation>
    </message>
    <message>
        <source>Test scores and feedback</source>
        <translation>Результаты тестов и отзывы</translation>
    </message>
</context>
<context>
    <name>SessionDaysDialog</name>
    <message>
        <source>Day {n} must come after day {m}.</source>
        <translation>День {n} должен идти после дня {m}.</translation>
    </message>
    <message>
        <source>Day &amp;{n}:</source>
        <translation>День &amp;{n}:</translation>
    </message>
    <message>
        <source>Day {n}:</source>
        <translation>День {n}:</translation>
    </message>
    <message>
        <source>Date of day {n}</source>
        <translation>Дата дня {n}</translation>
    </message>
    <message>
        <source>Days of the session</source>
        <translation>Дни занятия</translation>
    </message>
    <message>
        <source>A programme of several days need not run on consecutive days: choose the date of each day.</source>
        <translation>Дни многодневной программы не обязательно идут подряд: выберите дату каждого дня.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session «{programme}» of {date}</source>
        <translation>Занятие «{programme}», {date}</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ещё не выбраны</translation>
    </message>
    <message>
        <source>{enrolled} of {max} enrolled (at least {min} needed)</source>
        <translation>Записано {enrolled} из {max} (нужно не менее {min})</translation>
    </message>
    <message>
        <source>waiting: {n}</source>
        <translation>в листе ожидания: {n}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>{enrolled} of {max} places taken</source>
        <translation>Занято мест: {enrolled} из {max}</translation>
    </message>
    <message>
        <source>Start an improvement project that participants of this training take on at their workplace</source>
        <translation>Начать проект по улучшению, который участники этого занятия выполнят на своём рабочем месте</translation>
    </message>
    <message>
        <source>An improvement project is started from a session once it has been held.</source>
        <translation>Проект по улучшению можно начать только после того, как занятие проведено.</translation>
    </message>
    <message>
        <source>The session was saved.</source>
        <translation>Занятие сохранено.</translation>
    </message>
    <message>
        <source>A copy was planned. It is in the calendar; this window still shows the original.</source>
        <translation>Копия запланирована и уже есть в календаре; в этом окне по-прежнему показано исходное занятие.</translation>
    </message>
    <message>
        <source>Why? The reason is kept with the session and in the audit log:</source>
        <translation>Почему? Причина сохранится в занятии и в журнале изменений:</translation>
    </message>
    <message>
        <source>Nothing was changed: a reason is needed for this step.</source>
        <translation>Ничего не изменено: для этого шага нужна причина.</translation>
    </message>
    <message>
        <source>The session is now: {status}.</source>
        <translation>Статус занятия: {status}.</translation>
    </message>
    <message>
        <source>Withdraw from the session</source>
        <translation>Отозвать с занятия</translation>
    </message>
    <message>
        <source>Withdraw {names}? Say why (for example: ill, left the company):</source>
        <translation>Отозвать с занятия: {names}? Укажите причину (например: болезнь, увольнение):</translation>
    </message>
    <message>
        <source>Nobody was withdrawn: a reason is needed.</source>
        <translation>Никто не отозван: нужна причина.</translation>
    </message>
    <message>
        <source>Withdrawn: {names}.</source>
        <translation>Отозвано с занятия: {names}.</translation>
    </message>
    <message>
        <source>From the waiting list, {names} got a place.</source>
        <translation>Место из листа ожидания получили: {names}.</translation>
    </message>
    <message>
        <source>There is no other session open for enrolment to move to.</source>
        <translation>Нет другого занятия с открытой записью, на которое можно перевести.</translation>
    </message>
    <message>
        <source>{date} {time} · {programme} · {factory} · {enrolled} of {max}</source>
        <translation>{date} {time} · {programme} · {factory} · {enrolled} из {max}</translation>
    </message>
    <message>
        <source>Move to another session</source>
        <translation>Перевести на другое занятие</translation>
    </message>
    <message>
        <source>Move {name} to:</source>
        <translation>{name} — перевести на занятие:</translation>
    </message>
    <message>
        <source>Why is {name} moved?</source>
        <translation>Почему {name} переводится на другое занятие?</translation>
    </message>
    <message>
        <source>Nobody was moved: a reason is needed.</source>
        <translation>Никто не переведён: нужна причина.</translation>
    </message>
    <message>
        <source>{name} was moved to the session of {date}.</source>
        <translation>{name} переведён(а) на занятие {date}.</translation>
    </message>
    <message>
        <source>There, they are No. {position} on the waiting list.</source>
        <translation>Там — № {position} в листе ожидания.</translation>
    </message>
    <message>
        <source>Replace {name} by:</source>
        <translation>Кем заменить: {name}?</translation>
    </message>
    <message>
        <source>Replace by a colleague</source>
        <translation>Заменить коллегой</translation>
    </message>
    <message>
        <source>Why does {new} come instead of {old}?</source>
        <translation>Причина замены ({old} → {new}):</translation>
    </message>
    <message>
        <source>Nobody was replaced: a reason is needed.</source>
        <translation>Никто не заменён: нужна причина.</translation>
    </message>
    <message>
        <source>{new} takes the place of {old}.</source>
        <translation>Замена выполнена: {old} → {new}.</translation>
    </message>
    <message>
        <source>There is no free place, or nobody is waiting.</source>
        <translation>Нет свободных мест или никто не ждёт.</translation>
    </message>
    <message>
        <source>Restore the session…</source>
        <translation>Восстановить занятие…</translation>
    </message>
    <message>
        <source>Back to planned (closed for enrolment)…</source>
        <translation>Вернуть в «Запланировано» (запись закрыта)…</translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <source>Confirm the group</source>
        <translation>Подтвердить группу</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Отметить как проведённое</translation>
    </message>
    <message>
        <source>Mark as reported</source>
        <translation>Отметить сдачу отчёта</translation>
    </message>
    <message>
        <source>Cancel the session…</source>
        <translation>Отменить занятие…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the date, time, trainers, group size or notes</source>
        <translation>Изменить дату, время, тренеров, размер группы или примечания</translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation>&amp;Копировать…</translation>
    </message>
    <message>
        <source>Plan another session like this one on another day</source>
        <translation>Запланировать такое же занятие на другой день</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Open for enrolment, confirm, mark as held or reported, or cancel with a reason</source>
        <translation>Открыть запись, подтвердить, отметить проведение или сдачу отчёта либо отменить с указанием причины</translation>
    </message>
    <message>
        <source>Calendar &amp;file…</source>
        <translation>&amp;Файл календаря…</translation>
    </message>
    <message>
        <source>Save this session as a calendar file (.ics)</source>
        <translation>Сохранить это занятие в файл календаря (.ics)</translation>
    </message>
    <message>
        <source>&amp;Training day…</source>
        <translation>Де&amp;нь занятия…</translation>
    </message>
    <message>
        <source>Attendance, simulation rounds, tests and feedback of this session, as the trainer keeps them on the day</source>
        <translation>Посещаемость, раунды симуляции, тесты и отзывы этого занятия — всё, что тренер ведёт в день занятия</translation>
    </message>
    <message>
        <source>Si&amp;gn-in sheet…</source>
        <translation>&amp;Явочный лист…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet of every day of the session, with a barcode for each person</source>
        <translation>Напечатать явочный лист на каждый день занятия со штрихкодом для каждого человека</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>Се&amp;ртификаты…</translation>
    </message>
    <message>
        <source>Issue the certificates of a closed session: numbered, signed, to print, save or send as a ZIP</source>
        <translation>Выдать сертификаты закрытого занятия: пронумерованные и подписанные — для печати, сохранения или отправки ZIP-архивом</translation>
    </message>
    <message>
        <source>Sessio&amp;n report</source>
        <translation>О&amp;тчёт о занятии</translation>
    </message>
    <message>
        <source>The report of the session: attendance, rounds, knowledge gain, NPS, certificates — to print or save as PDF</source>
        <translation>Отчёт о занятии: посещаемость, раунды, прирост знаний, NPS, сертификаты — для печати или сохранения в PDF</translation>
    </message>
    <message>
        <source>Improvement pro&amp;ject…</source>
        <translation>Про&amp;ект по улучшению…</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>A&amp;dd people…</source>
        <translation>&amp;Добавить людей…</translation>
    </message>
    <message>
        <source>Enrol people found by name, an organisation&apos;s people, or people from the waiting pool (Ctrl+Shift+A)</source>
        <translation>Записать людей: найденных по имени, из организации или из списка ожидания (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Загрузить список…</translation>
    </message>
    <message>
        <source>Import an Excel or CSV list straight into this session</source>
        <translation>Загрузить список Excel или CSV сразу на это занятие</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Take the selected person out of the session; the first person waiting gets the place</source>
        <translation>Отозвать выбранного человека с занятия; место получит первый из листа ожидания</translation>
    </message>
    <message>
        <source>&amp;Move to another session…</source>
        <translation>&amp;Перевести на другое занятие…</translation>
    </message>
    <message>
        <source>Move the selected person to another session</source>
        <translation>Перевести выбранного человека на другое занятие</translation>
    </message>
    <message>
        <source>&amp;Replace by a colleague…</source>
        <translation>За&amp;менить коллегой…</translation>
    </message>
    <message>
        <source>Someone else takes the selected person&apos;s place</source>
        <translation>Место выбранного человека займёт другой</translation>
    </message>
    <message>
        <source>Fill free places from the &amp;waiting list</source>
        <translation>Заполнить свободные места из &amp;листа ожидания</translation>
    </message>
    <message>
        <source>Give the free places to the people waiting, in their order</source>
        <translation>Отдать свободные места ожидающим — по порядку очереди</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>No holidays</source>
        <translation>Без праздников</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(ещё не выбран)</translation>
    </message>
    <message>
        <source>Days: {days}</source>
        <translation>Дни: {days}</translation>
    </message>
    <message>
        <source>Sessions ({n}): {dates}</source>
        <translation>Занятия ({n}): {dates}</translation>
    </message>
    <message>
        <source>Skipped: {why}</source>
        <translation>Пропущено: {why}</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>No day of the series is left to plan: choose weekdays and a later end date.</source>
        <translation>В серии не осталось ни одного дня для планирования: выберите дни недели и более позднюю дату окончания.</translation>
    </message>
    <message>
        <source>Say why the session goes ahead despite the conflicts, or change it.</source>
        <translation>Укажите, почему занятие проводится несмотря на конфликты, или измените его.</translation>
    </message>
    <message>
        <source>New series of sessions</source>
        <translation>Новая серия занятий</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Изменение занятия</translation>
    </message>
    <message>
        <source>Copy of a session</source>
        <translation>Копия занятия</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новое занятие</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>The training programme: it sets the number of days and the group size</source>
        <translation>Программа обучения: от неё зависят число дней и размер группы</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Фабрика:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Choose the date of each day of a programme that runs several days</source>
        <translation>Выбрать дату каждого дня для программы из нескольких дней</translation>
    </message>
    <message>
        <source>Da&amp;ys…</source>
        <translation>Дни &amp;занятия…</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>&amp;Lead trainer:</source>
        <translation>Ведущий &amp;тренер:</translation>
    </message>
    <message>
        <source>&amp;Assistants:</source>
        <translation>&amp;Ассистенты:</translation>
    </message>
    <message>
        <source>Tick the trainers who assist; the list shows the trainers of the chosen factory</source>
        <translation>Отметьте тренеров, которые ассистируют; в списке показаны тренеры выбранной фабрики</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>&amp;Размер группы:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Минимальная группа</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Максимальная группа</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>&amp;Why a different size:</source>
        <translation>Почему &amp;иной размер:</translation>
    </message>
    <message>
        <source>Needed when the group size differs from the programme&apos;s</source>
        <translation>Нужна, если размер группы отличается от заданного в программе</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторять</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>По дням:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Д&amp;о:</translation>
    </message>
    <message>
        <source>Skip &amp;holidays of:</source>
        <translation>Пропускать праздники &amp;страны:</translation>
    </message>
    <message>
        <source>&amp;Reason to go ahead anyway:</source>
        <translation>Причина, &amp;несмотря на конфликты:</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заполнено</translation>
    </message>
</context>
<context>
    <name>SessionPicker</name>
    <message>
        <source>No held session of the organisation&apos;s people is left to add: clear the tick to see every held session.</source>
        <translation>Не осталось проведённых занятий с сотрудниками организации, которые можно добавить: снимите флажок, чтобы увидеть все проведённые занятия.</translation>
    </message>
    <message>
        <source>There is no held session to add.</source>
        <translation>Нет проведённых занятий, которые можно добавить.</translation>
    </message>
    <message>
        <source>Trainings the project came from</source>
        <translation>Занятия, по итогам которых начат проект</translation>
    </message>
    <message>
        <source>Held sessions, the newest first. Choose the ones the project came from.</source>
        <translation>Проведённые занятия, сначала самые новые. Выберите те, по итогам которых начат проект.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Programme, factory or date</source>
        <translation>Программа, фабрика или дата</translation>
    </message>
    <message>
        <source>Only sessions the organisation&apos;s people attended</source>
        <translation>Только занятия, которые посещали сотрудники организации</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Plan a group on a day at one of your factories (Ctrl+N)</source>
        <translation>Запланировать группу на день на одной из ваших фабрик (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Новое занятие…</translation>
    </message>
    <message>
        <source>Plan the same group on several days, for example every Tuesday and Thursday; public holidays and days a trainer is away are skipped</source>
        <translation>Запланировать одну и ту же группу на несколько дней, например на каждый вторник и четверг; праздничные дни и дни отсутствия тренера пропускаются</translation>
    </message>
    <message>
        <source>New se&amp;ries…</source>
        <translation>Новая сер&amp;ия…</translation>
    </message>
    <message>
        <source>Split a set of people, for example an organisation&apos;s employees, into groups over open sessions and free days</source>
        <translation>Распределить людей, например сотрудников организации, по группам: на занятия с открытой записью и на свободные дни</translation>
    </message>
    <message>
        <source>&amp;Plan groups…</source>
        <translation>&amp;Распределить по группам…</translation>
    </message>
    <message>
        <source>Save sessions as a calendar file (.ics) for Outlook, Google or a phone</source>
        <translation>Сохранить занятия в файл календаря (.ics) для Outlook, Google или телефона</translation>
    </message>
    <message>
        <source>Calendar &amp;file</source>
        <translation>Файл &amp;календаря</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>К&amp;алендарь</translation>
    </message>
    <message>
        <source>&amp;Factories</source>
        <translation>&amp;Фабрики</translation>
    </message>
    <message>
        <source>Pr&amp;ogrammes</source>
        <translation>&amp;Программы</translation>
    </message>
    <message>
        <source>Trai&amp;ners</source>
        <translation>&amp;Тренеры</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новое занятие</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Sessions planned: {n}.</source>
        <translation>Запланировано занятий: {n}.</translation>
    </message>
    <message>
        <source>Moving the session to {date}:</source>
        <translation>Перенос занятия на {date}:</translation>
    </message>
    <message>
        <source>The session was moved to {date}.</source>
        <translation>Занятие перенесено на {date}.</translation>
    </message>
    <message>
        <source>A factory&apos;s plan…</source>
        <translation>План фабрики…</translation>
    </message>
    <message>
        <source>A trainer&apos;s schedule…</source>
        <translation>Расписание тренера…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saved. Every computer using this database now works this way.</source>
        <translation>Сохранено. Теперь так работают все компьютеры с этой базой данных.</translation>
    </message>
    <message>
        <source>The language could not be saved for the next start ({reason}); it applies until you close Factory Desk.</source>
        <translation>Выбор языка не удалось сохранить для следующего запуска ({reason}); он действует, пока Factory Desk открыт.</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Системный ({language})</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>How Factory Desk works on this computer: the interface language, the database it opens and where it keeps its files.</source>
        <translation>Как Factory Desk работает на этом компьютере: язык интерфейса, открываемая база данных и папки, где хранятся файлы программы.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The whole window changes language at once. Certificates and other documents keep the language chosen for them.</source>
        <translation>Язык всего окна меняется сразу. Сертификаты и другие документы сохраняют язык, выбранный для них.</translation>
    </message>
    <message>
        <source>The centre (the same on every computer using this database)</source>
        <translation>Центр (одинаково на всех компьютерах с этой базой данных)</translation>
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation>Язык &amp;документов:</translation>
    </message>
    <message>
        <source>The language of sign-in sheets, certificates and reports, whatever the interface language</source>
        <translation>Язык явочных листов, сертификатов и отчётов — независимо от языка интерфейса</translation>
    </message>
    <message>
        <source>People without an &amp;account work as:</source>
        <translation>Без &amp;учётной записи работают как:</translation>
    </message>
    <message>
        <source>Accounts give a login its own role (factory-desk users add LOGIN --role trainer); everyone else works with this role</source>
        <translation>Учётная запись даёт логину собственную роль (factory-desk users add LOGIN --role trainer); все остальные работают с этой ролью</translation>
    </message>
    <message>
        <source>&amp;Attachment size limit, MB:</source>
        <translation>&amp;Максимальный размер вложения, МБ:</translation>
    </message>
    <message>
        <source>The largest photo or document an improvement project can keep in the database; a larger file is refused with a message</source>
        <translation>Наибольший размер фото или документа, который можно сохранить в базе данных проекта по улучшению; файл большего размера будет отклонён с сообщением</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Открыта сейчас:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Открыть другую базу данных…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Создать новую базу данных…</translation>
    </message>
    <message>
        <source>Folders on this computer</source>
        <translation>Папки на этом компьютере</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Журналы:</translation>
    </message>
    <message>
        <source>Your preferences:</source>
        <translation>Ваши настройки:</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation, position</source>
        <translation>Организация, должность</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Marked at {time} by {user}</source>
        <translation>Отметка: {time}, {user}</translation>
    </message>
</context>
<context>
    <name>StatusesModel</name>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Counts as present</source>
        <translation>Считается присутствием</translation>
    </message>
    <message>
        <source>Needs a note</source>
        <translation>Нужно примечание</translation>
    </message>
    <message>
        <source>{name} (not offered)</source>
        <translation>{name} (не показывается)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Built in: its name and meaning are fixed; its key can change</source>
        <translation>Встроенный: название и смысл неизменны, клавишу можно изменить</translation>
    </message>
</context>
<context>
    <name>StatusesPanel</name>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Built-in status</source>
        <translation>Встроенный статус</translation>
    </message>
    <message>
        <source>The centre&apos;s status</source>
        <translation>Статус центра</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>Статус «{name}» удалён.</translation>
    </message>
    <message>
        <source>“{name}” is used by marks already made: it is no longer offered, and those marks keep it.</source>
        <translation>Статус «{name}» уже есть в сделанных отметках: он больше не показывается, но в этих отметках остаётся.</translation>
    </message>
    <message>
        <source>The statuses the attendance screen offers, in this order, with the key that marks a person. The built-in ones cannot be removed; the centre can add its own.</source>
        <translation>Статусы на экране посещаемости — в этом порядке и с клавишами, которыми ставится отметка. Встроенные статусы удалить нельзя; центр может добавить свои.</translation>
    </message>
    <message>
        <source>Attendance statuses</source>
        <translation>Статусы посещаемости</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Новый статус</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Наз&amp;вание:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Клавиша:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>One digit, 0 to 9: pressing it on the attendance screen marks the selected person</source>
        <translation>Одна цифра от 0 до 9: её нажатие на экране посещаемости ставит отметку выбранному человеку</translation>
    </message>
    <message>
        <source>Counts as &amp;present</source>
        <translation>Считается п&amp;рисутствием</translation>
    </message>
    <message>
        <source>The person attended: it counts for the certificate when the programme&apos;s completion rule names it</source>
        <translation>Человек присутствовал: засчитывается для сертификата, если это указано в условии завершения программы</translation>
    </message>
    <message>
        <source>Needs a no&amp;te</source>
        <translation>Нужно при&amp;мечание</translation>
    </message>
    <message>
        <source>The trainer is asked for a note, for example which document was shown</source>
        <translation>Тренера просят указать примечание, например какой документ был предъявлен</translation>
    </message>
    <message>
        <source>&amp;Offered on the attendance screen</source>
        <translation>Показывать на &amp;экране посещаемости</translation>
    </message>
    <message>
        <source>A status no longer offered stays on the marks that used it</source>
        <translation>Статус, который больше не показывается, остаётся в отметках, где он уже использован</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position, organisation</source>
        <translation>Должность, организация</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Роль в команде</translation>
    </message>
    <message>
        <source>Double-click or press F2 to type the role</source>
        <translation>Чтобы указать роль, дважды щёлкните или нажмите F2</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>Under the minimum in the next two weeks</source>
        <translation>Меньше минимума в ближайшие две недели</translation>
    </message>
    <message>
        <source>Held, report not done</source>
        <translation>Проведены, отчёт не сдан</translation>
    </message>
    <message>
        <source>Waiting lists that can be promoted</source>
        <translation>Листы ожидания, из которых можно дать места</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>Сегодня занятий нет.</translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation>На этой неделе занятий нет.</translation>
    </message>
    <message>
        <source>Every group in the next two weeks has at least its minimum.</source>
        <translation>Во всех группах ближайших двух недель набран минимум.</translation>
    </message>
    <message>
        <source>Every session held has its report.</source>
        <translation>По всем проведённым занятиям отчёты сданы.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a place that is free.</source>
        <translation>Никто не ждёт места там, где есть свободные.</translation>
    </message>
    <message>
        <source>Project follow-ups</source>
        <translation>Контрольные проверки проектов</translation>
    </message>
    <message>
        <source>No project follow-up is due this week.</source>
        <translation>На этой неделе контрольных проверок проектов нет.</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>Занятия сегодня</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Занятия на этой неделе</translation>
    </message>
    <message>
        <source>Follow-ups of improvement projects due this week or overdue</source>
        <translation>Контрольные проверки проектов по улучшению: на этой неделе и просроченные</translation>
    </message>
    <message>
        <source>Groups under their minimum in the next two weeks</source>
        <translation>Группы ближайших двух недель, не набравшие минимум</translation>
    </message>
    <message>
        <source>Sessions held whose report is not done</source>
        <translation>Проведённые занятия без сданного отчёта</translation>
    </message>
    <message>
        <source>Sessions with free places and people waiting</source>
        <translation>Занятия со свободными местами и ожидающими</translation>
    </message>
</context>
<context>
    <name>TrainerDialog</name>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (неактивна)</translation>
    </message>
    <message>
        <source>First day away</source>
        <translation>Первый день отсутствия</translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation>Последний день отсутствия</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Новый тренер</translation>
    </message>
    <message>
        <source>Trainer: {name}</source>
        <translation>Тренер: {name}</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Эл. по&amp;чта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>An inactive trainer stays in past sessions and reports</source>
        <translation>Неактивный тренер остаётся в прошедших занятиях и отчётах</translation>
    </message>
    <message>
        <source>&amp;Offered for new sessions</source>
        <translation>&amp;Назначать на новые занятия</translation>
    </message>
    <message>
        <source>Fa&amp;ctories they work at</source>
        <translation>Фа&amp;брики, где работает тренер</translation>
    </message>
    <message>
        <source>Factories they work at</source>
        <translation>Фабрики, где работает тренер</translation>
    </message>
    <message>
        <source>Days a&amp;way: sessions are not planned for them on these days</source>
        <translation>&amp;Дни отсутствия: в эти дни занятия с тренером не планируются</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>Дни отсутствия</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>TrainersPanel</name>
    <message>
        <source>Any</source>
        <translation>Любая</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln</source>
        <comment>trainers</comment>
        <translation>
            <numerusform>Найден %Ln тренер</numerusform>
            <numerusform>Найдено %Ln тренера</numerusform>
            <numerusform>Найдено %Ln тренеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trainers: %Ln</source>
        <translation>
            <numerusform>%Ln тренер</numerusform>
            <numerusform>%Ln тренера</numerusform>
            <numerusform>%Ln тренеров</numerusform>
        </translation>
    </message>
    <message>
        <source>No trainer matches. Check the spelling, type fewer letters or choose «Any» factory.</source>
        <translation>Ни один тренер не подходит. Проверьте написание, введите меньше букв или выберите фабрику «Любая».</translation>
    </message>
    <message>
        <source>There is no trainer yet. Add the people who run your trainings: New…</source>
        <translation>Тренеров пока нет. Добавьте тех, кто проводит ваши занятия: «Создать…»</translation>
    </message>
    <message>
        <source>Delete the trainer «{name}» with their days away? This cannot be undone.</source>
        <translation>Удалить тренера «{name}» вместе с днями отсутствия? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The people who run the trainings, the factories they work at and the days they are away: sessions are not planned for them on those days. Double-click or press Enter to edit; Ctrl+N adds a trainer.</source>
        <translation>Те, кто проводит обучение, фабрики, где они работают, и дни их отсутствия: в эти дни занятия с ними не планируются. Двойной щелчок или Enter — изменить; Ctrl+N — добавить тренера.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find trainers</source>
        <translation>Поиск тренеров</translation>
    </message>
    <message>
        <source>Name, e-mail or factory</source>
        <translation>ФИО, эл. почта или фабрика</translation>
    </message>
    <message>
        <source>&amp;Factory:</source>
        <translation>&amp;Фабрика:</translation>
    </message>
    <message>
        <source>Trainers of the factory</source>
        <translation>Тренеры фабрики</translation>
    </message>
    <message>
        <source>Also list those no longer offered for new sessions</source>
        <translation>Показывать также тех, кто больше не назначается на новые занятия</translation>
    </message>
    <message>
        <source>Sho&amp;w inactive</source>
        <translation>Показывать неа&amp;ктивных</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Add a trainer (Ctrl+N)</source>
        <translation>Добавить тренера (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Open the selected row in the editor (Enter or a double-click)</source>
        <translation>Открыть выбранную строку для изменения (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>No longer offer it for new sessions; past sessions keep it</source>
        <translation>Больше не назначать на новые занятия; в прошедших занятиях сохранится</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Delete it for good: only what no session uses</source>
        <translation>Удалить навсегда: только если не используется ни в одном занятии</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>TrainersTableModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Factories</source>
        <translation>Фабрики</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отсутствие</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
</context>
<context>
    <name>TrainingDayWindow</name>
    <message>
        <source>Training day: «{programme}» of {date}</source>
        <translation>День занятия: «{programme}», {date}</translation>
    </message>
    <message>
        <source>Days: {dates}</source>
        <translation>Дни: {dates}</translation>
    </message>
    <message>
        <source>Trainers: {names}</source>
        <translation>Тренеры: {names}</translation>
    </message>
    <message>
        <source>Training day</source>
        <translation>День занятия</translation>
    </message>
    <message>
        <source>The sign-in sheet of every day of the session, with a barcode for each person, to print or save as PDF</source>
        <translation>Явочный лист на каждый день занятия со штрихкодом для каждого человека — для печати или сохранения в PDF</translation>
    </message>
    <message>
        <source>Print the si&amp;gn-in sheet…</source>
        <translation>Печать &amp;явочного листа…</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Посещаемость</translation>
    </message>
    <message>
        <source>Simulation r&amp;ounds</source>
        <translation>&amp;Раунды симуляции</translation>
    </message>
    <message>
        <source>&amp;Tests and feedback</source>
        <translation>&amp;Тесты и отзывы</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Load a public key file</source>
        <translation>Загрузить файл открытого ключа</translation>
    </message>
    <message>
        <source>Public key (*.pem *.pub *.txt);;All files (*)</source>
        <translation>Открытый ключ (*.pem *.pub *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Не удалось прочитать файл {file}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} holds no public key of a Factory Desk centre. Load the .pem file the centre exported with «Export the public key…».</source>
        <translation>В файле {file} нет открытого ключа центра Factory Desk. Загрузите файл .pem, который центр выгрузил командой «Выгрузить открытый ключ…».</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>не загружен</translation>
    </message>
    <message>
        <source>{file} ({n} keys)</source>
        <translation>{file} (ключей: {n})</translation>
    </message>
    <message>
        <source>Load the centre&apos;s public key file first, or check against this centre&apos;s register.</source>
        <translation>Сначала загрузите файл открытого ключа центра или проверяйте по реестру этого центра.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Недействителен</translation>
    </message>
    <message>
        <source>The certificate {number} was issued by this centre and is in force: the code carries the centre&apos;s signature and nothing in it was changed.</source>
        <translation>Сертификат {number} выдан этим центром и действителен: код содержит подпись центра, и в нём ничего не изменено.</translation>
    </message>
    <message>
        <source>The code carries the signature of the key in {file}, and nothing in it was changed. Whether the certificate was voided since can only be checked against the centre&apos;s register.</source>
        <translation>Код подписан ключом из файла {file}, и в нём ничего не изменено. Не аннулирован ли сертификат с тех пор, можно проверить только по реестру центра.</translation>
    </message>
    <message>
        <source>It was signed with a key the centre has since retired; certificates signed before the change stay valid.</source>
        <translation>Он подписан ключом, который центр с тех пор больше не использует; сертификаты, подписанные до смены ключа, остаются действительными.</translation>
    </message>
    <message>
        <source>The text was changed after the certificate was signed: what the code states is not what the centre signed. Scan the code again; if the answer is the same, the certificate was altered or forged.</source>
        <translation>Текст изменён после подписания сертификата: указанное в коде не совпадает с тем, что подписал центр. Отсканируйте код ещё раз; если ответ тот же, сертификат изменён или подделан.</translation>
    </message>
    <message>
        <source>The code was signed with a key that is not in {file}: the certificate was not issued by the centre whose key this is.</source>
        <translation>Код подписан ключом, которого нет в файле {file}: сертификат выдан не тем центром, которому принадлежит этот ключ.</translation>
    </message>
    <message>
        <source>The code was signed with a key this centre does not have: the certificate was not issued here.</source>
        <translation>Код подписан ключом, которого нет у этого центра: сертификат выдан не здесь.</translation>
    </message>
    <message>
        <source>The certificate {number} is genuine, but it was voided on {date}: {reason}</source>
        <translation>Сертификат {number} подлинный, но {date} он был аннулирован: {reason}</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>The code carries this centre&apos;s signature, but the register has no certificate {number}. This database may be an older copy, or the certificate was issued from another database of the centre.</source>
        <translation>Код содержит подпись этого центра, но в реестре нет сертификата {number}. Возможно, эта база данных — более старая копия или сертификат выдан из другой базы данных центра.</translation>
    </message>
    <message>
        <source>This is not the code of a Factory Desk certificate. Scan the QR code printed on the certificate; a text cut short or typed by hand does not check either.</source>
        <translation>Это не код сертификата Factory Desk. Отсканируйте QR-код, напечатанный на сертификате; обрезанный или введённый вручную текст проверку тоже не пройдёт.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Фабрика</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>{fingerprint} (retired)</source>
        <translation>{fingerprint} (больше не используется)</translation>
    </message>
    <message>
        <source>Signed with the key</source>
        <translation>Подписан ключом</translation>
    </message>
    <message>
        <source>Key named in the code</source>
        <translation>Ключ, указанный в коде</translation>
    </message>
    <message>
        <source>What the code states (nothing of it is confirmed):</source>
        <translation>Что указано в коде (ничего из этого не подтверждено):</translation>
    </message>
    <message>
        <source>What the certificate states:</source>
        <translation>Что указано в сертификате:</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <source>Scan the QR code of a certificate with a scanner, or paste the text a phone read from it, and press Enter.</source>
        <translation>Отсканируйте QR-код сертификата сканером или вставьте текст, считанный с него телефоном, и нажмите Enter.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>The text of the certificate&apos;s QR code</source>
        <translation>Текст QR-кода сертификата</translation>
    </message>
    <message>
        <source>FD1|…</source>
        <translation>FD1|…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Check against</source>
        <translation>Проверять по</translation>
    </message>
    <message>
        <source>This centre&apos;s &amp;register: keys, numbers and voided certificates</source>
        <translation>&amp;Реестр этого центра: ключи, номера и аннулированные сертификаты</translation>
    </message>
    <message>
        <source>A public key &amp;file:</source>
        <translation>&amp;Файл открытого ключа:</translation>
    </message>
    <message>
        <source>&amp;Load a key file…</source>
        <translation>&amp;Загрузить файл ключа…</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>What the certificate states</source>
        <translation>Что указано в сертификате</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>(no organisation)</source>
        <translation>(без организации)</translation>
    </message>
    <message>
        <source>Choose the organisation from the list, or leave it empty.</source>
        <translation>Выберите организацию из списка или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>{person} is already in the register. Choose the registered person, or add a new one if this is somebody else.</source>
        <translation>{person} уже есть в реестре. Выберите этого человека из реестра или добавьте нового, если это кто-то другой.</translation>
    </message>
    <message>
        <source>Replaced {name} on the day of the training</source>
        <translation>Замена в день занятия; заменённый участник: {name}</translation>
    </message>
    <message>
        <source>{new} takes the place of {old} and is marked present.</source>
        <translation>Замена выполнена: {old} → {new}; присутствие отмечено.</translation>
    </message>
    <message>
        <source>{name} was added and marked present (the group is now over its maximum).</source>
        <translation>Добавлено: {name}; присутствие отмечено (группа теперь больше максимальной).</translation>
    </message>
    <message>
        <source>{name} was added and marked present.</source>
        <translation>Добавлено: {name}; присутствие отмечено.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Участник без записи</translation>
    </message>
    <message>
        <source>Someone came who is not on the list: they get a place, even over the group&apos;s maximum, and are marked present.</source>
        <translation>Пришёл человек, которого нет в списке: он получит место, даже сверх максимума группы, и будет отмечен как присутствующий.</translation>
    </message>
    <message>
        <source>&amp;Add and mark present</source>
        <translation>Добавить и отметить &amp;присутствие</translation>
    </message>
    <message>
        <source>Replace by a new person</source>
        <translation>Замена новым человеком</translation>
    </message>
    <message>
        <source>Who came instead of {name}? They take the place and are marked present.</source>
        <translation>Кто пришёл на замену ({name})? Новый человек займёт это место, его присутствие будет отмечено.</translation>
    </message>
    <message>
        <source>&amp;Replace and mark present</source>
        <translation>&amp;Заменить и отметить присутствие</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Орг&amp;анизация:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>The rest of the person&apos;s details can be completed later in the People register.</source>
        <translation>Остальные данные человека можно дополнить позже в реестре людей.</translation>
    </message>
    <message>
        <source>&amp;Use the registered person</source>
        <translation>Выбрать из &amp;реестра</translation>
    </message>
    <message>
        <source>&amp;Add a new person anyway</source>
        <translation>&amp;Всё равно добавить нового</translation>
    </message>
</context>
</TS>
