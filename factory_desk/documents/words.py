"""The wording of printed documents in Russian, Latvian and English.

A document is printed in the centre's document language (Settings), which need not be the language of the
interface: a coordinator may work in English and print Russian sheets. So these words are not Qt translations
but plain tables, one per document, each complete in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCUMENT_LANGUAGES = ("ru", "lv", "en")
DEFAULT_DOCUMENT_LANGUAGE = "ru"
# The language a PDF declares, for screen readers and for the viewer's hyphenation and search.
LANGUAGE_TAGS = {"ru": "ru-RU", "lv": "lv-LV", "en": "en-GB"}


@dataclass(frozen=True)
class SignInWords:
    """The sign-in sheet (явочный лист): one sheet per training day."""

    title: str
    programme: str
    date: str
    day_of: str  # «{day} of {days}», after the date of a multi-day session's day
    time: str
    venue: str
    trainer: str
    trainers: str
    on_list: str
    number: str
    full_name: str
    organisation: str
    position: str
    signature: str
    code: str
    trainer_signature: str
    page: str  # «page {page} of {pages}» of one day's sheet


SIGN_IN_WORDS = {
    "ru": SignInWords(
        title="Явочный лист",
        programme="Программа",
        date="Дата",
        day_of="день {day} из {days}",
        time="Время",
        venue="Место проведения",
        trainer="Тренер",
        trainers="Тренеры",
        on_list="Участников по списку",
        number="№",
        full_name="Фамилия, имя, отчество",
        organisation="Организация",
        position="Должность",
        signature="Подпись",
        code="Код участника",
        trainer_signature="Подпись тренера",
        page="Страница {page} из {pages}",
    ),
    # «Dalībnieku reģistrācijas lapa»: the sheet participants sign on arrival at a training or seminar
    # («apmeklējuma lapa», an attendance sheet, is also heard, but names the register kept over a course).
    "lv": SignInWords(
        title="Dalībnieku reģistrācijas lapa",
        programme="Programma",
        date="Datums",
        day_of="{day}. diena no {days}",
        time="Laiks",
        venue="Norises vieta",
        trainer="Pasniedzējs",
        trainers="Pasniedzēji",
        on_list="Dalībnieku skaits",
        number="Nr.",
        full_name="Uzvārds, vārds",
        organisation="Organizācija",
        position="Amats",
        signature="Paraksts",
        code="Dalībnieka kods",
        trainer_signature="Pasniedzēja paraksts",
        page="{page}. lapa no {pages}",
    ),
    "en": SignInWords(
        title="Sign-in sheet",
        programme="Programme",
        date="Date",
        day_of="day {day} of {days}",
        time="Time",
        venue="Venue",
        trainer="Trainer",
        trainers="Trainers",
        on_list="Participants on the list",
        number="No.",
        full_name="Full name",
        organisation="Organisation",
        position="Position",
        signature="Signature",
        code="Participant code",
        trainer_signature="Trainer's signature",
        page="Page {page} of {pages}",
    ),
}


def sign_in_words(language: str) -> SignInWords:
    """The sign-in sheet's words in `language` (ru, lv, en); Russian for a language it is not written in."""
    return SIGN_IN_WORDS.get(language, SIGN_IN_WORDS[DEFAULT_DOCUMENT_LANGUAGE])


def language_tag(language: str) -> str:
    return LANGUAGE_TAGS.get(language, LANGUAGE_TAGS[DEFAULT_DOCUMENT_LANGUAGE])


@dataclass(frozen=True)
class SessionReportWords:
    """The session report (отчёт о проведении): what a centre sends to the regional programme after a session.

    Counts are written as «label: number» or in table cells, so no word needs a plural form."""

    title: str
    file_title: str  # the start of a saved file's name
    session: str
    session_number: str  # «№ {id}»
    programme: str
    date: str
    dates: str
    date_range: str  # «{first}–{last}», with {days} training days
    hours: str  # «{hours} h»
    duration: str
    venue: str
    trainer: str
    trainers: str
    made_on: str
    page: str
    quote: tuple[str, str]  # the language's quotation marks
    either: str  # «{a} or {b}» joins the last two statuses that count
    not_recorded: str
    # 1. participants
    participants: str
    enrolled: str
    attended: str
    completed: str
    certificates_issued: str
    note_enrolled: str
    note_attended: str
    note_completed_one_day: str
    note_completed_all_days: str
    note_completed_min_days: str
    by_organisation: str
    by_category: str
    organisation: str
    category: str
    no_organisation: str
    total: str
    categories: dict[str, str]
    # 2. attendance
    attendance: str
    number: str
    full_name: str
    mark: str
    day_heading: str  # «Day {day}» over its date
    result: str
    completed_mark: str
    erased: str
    not_marked: str
    not_marked_on_day: str
    marked: str
    marked_on_day: str
    too_few_days: str
    key: str  # the legend of short marks
    statuses: dict[str, str]
    short_marks: dict[str, str]
    # 3. rounds
    rounds: str
    no_rounds: str
    figure: str
    unit: str
    round_heading: str
    change: str
    productivity: str
    productivity_unit: str
    plan_fulfilment: str
    note_change: str
    note_productivity: str
    chart_by_round: str  # «{figure} by round»
    chart_change: str
    # 4. tests
    knowledge: str
    pre_test: str
    post_test: str
    gain: str
    average: str
    people: str
    points: str  # «{value} p. p.»
    value: str
    note_knowledge: str
    # 5. feedback
    feedback: str
    nps: str
    promoters: str
    passives: str
    detractors: str
    answered: str
    answered_of: str  # «{answered} of {people}»
    note_nps: str
    comments: str
    score: str
    comment: str
    no_comments: str
    # 6. certificates
    certificates: str
    certificate_number: str
    issued_on: str
    no_certificates: str
    # 7. notes and signatures
    trainer_notes: str
    coordinator: str
    signature_trainer: str


SESSION_REPORT_WORDS = {
    "ru": SessionReportWords(
        title="Отчёт о проведении обучения",
        file_title="Отчёт о проведении",
        session="Занятие",
        session_number="№ {id}",
        programme="Программа",
        date="Дата проведения",
        dates="Даты проведения",
        date_range="{first}–{last} (учебных дней: {days})",
        hours="{hours} ч",
        duration="Объём программы",
        venue="Место проведения",
        trainer="Тренер",
        trainers="Тренеры",
        made_on="Дата составления",
        page="Страница {page} из {pages}",
        quote=("«", "»"),
        either="{a} или {b}",
        not_recorded="Данные не внесены.",
        participants="Участники",
        enrolled="Записаны",
        attended="Присутствовали",
        completed="Завершили программу",
        certificates_issued="Выдано сертификатов",
        note_enrolled="«Записаны» — все, за кем закреплено место в группе, включая пришедших без записи и замены "
                      "(лист ожидания не учитывается).",
        note_attended="«Присутствовали» — отмечены как {statuses} хотя бы в один из дней.",
        note_completed_one_day="«Завершили программу» — отмечены как {statuses}.",
        note_completed_all_days="«Завершили программу» — отмечены как {statuses} в каждый из дней.",
        note_completed_min_days="«Завершили программу» — отмечены как {statuses} не менее чем в {needed} из "
                                "{days} дней.",
        by_organisation="По организациям",
        by_category="По категориям участников",
        organisation="Организация",
        category="Категория",
        no_organisation="Без организации",
        total="Итого",
        categories={
            "enterprise_employee": "Работники предприятий",
            "student": "Студенты",
            "civil_servant": "Государственные служащие",
            "municipal_employee": "Муниципальные служащие",
            "social_sector": "Работники социальной сферы",
            "school_pupil": "Школьники",
            "other": "Другие",
        },
        attendance="Посещаемость",
        number="№",
        full_name="Фамилия, имя, отчество",
        mark="Отметка",
        day_heading="День {day}",
        result="Итог",
        completed_mark="Завершено",
        erased="(данные удалены по запросу)",
        not_marked="Нет отметки",
        not_marked_on_day="Нет отметки за день {day}",
        marked="Отметка {status}",
        marked_on_day="Отметка {status} за день {day}",
        too_few_days="Присутствие: {attended} из {days} дн., нужно {needed}",
        key="Обозначения",
        statuses={
            "present": "Присутствие",
            "late": "Опоздание",
            "left_early": "Ранний уход",
            "absent": "Отсутствие",
            "excused": "Уважительная причина",
        },
        short_marks={"present": "+", "late": "оп", "left_early": "ур", "absent": "н", "excused": "ув"},
        rounds="Результаты раундов симуляции",
        no_rounds="Программа не предусматривает раундов симуляции.",
        figure="Показатель",
        unit="Ед. изм.",
        round_heading="Раунд {round}",
        change="Изменение",
        productivity="Производительность",
        productivity_unit="на оператора в час",
        plan_fulfilment="Выполнение плана",
        note_change="Изменение — от первого раунда со значением к последнему.",
        note_productivity="Производительность = годные изделия (выполненный заказ) / (операторы × длительность "
                          "раунда в часах).",
        chart_by_round="{figure} по раундам",
        chart_change="Изменение показателей от первого раунда к последнему, %",
        knowledge="Прирост знаний",
        pre_test="Входной тест",
        post_test="Итоговый тест",
        gain="Прирост знаний",
        average="Средний результат",
        people="Участников",
        points="{value} п. п.",
        value="Значение",
        note_knowledge="Результаты — в процентах от максимального балла теста; прирост — в процентных пунктах, "
                       "среднее по участникам, прошедшим оба теста.",
        feedback="Обратная связь и индекс NPS",
        nps="Индекс NPS",
        promoters="Промоутеры (9–10)",
        passives="Нейтралы (7–8)",
        detractors="Критики (0–6)",
        answered="Ответили на вопрос",
        answered_of="{answered} из {people}",
        note_nps="NPS — доля промоутеров минус доля критиков среди ответивших на вопрос «Насколько вероятно, что вы "
                 "порекомендуете это обучение коллегам?» (от 0 до 10); от −100 до +100.",
        comments="Комментарии участников",
        score="Оценка",
        comment="Комментарий",
        no_comments="Комментариев нет.",
        certificates="Выданные сертификаты",
        certificate_number="Номер сертификата",
        issued_on="Дата выдачи",
        no_certificates="Сертификаты не выдавались.",
        trainer_notes="Замечания тренера",
        coordinator="Координатор",
        signature_trainer="Тренер",
    ),
    "lv": SessionReportWords(
        title="Pārskats par apmācības norisi",
        file_title="Pārskats par apmācību",
        session="Nodarbība",
        session_number="Nr. {id}",
        programme="Programma",
        date="Norises datums",
        dates="Norises datumi",
        date_range="{first}–{last} (mācību dienas: {days})",
        hours="{hours} st.",
        duration="Programmas apjoms",
        venue="Norises vieta",
        trainer="Pasniedzējs",
        trainers="Pasniedzēji",
        made_on="Sagatavošanas datums",
        page="{page}. lapa no {pages}",
        quote=("„", "”"),
        either="{a} vai {b}",
        not_recorded="Dati nav ievadīti.",
        participants="Dalībnieki",
        enrolled="Pieteikti",
        attended="Piedalījās",
        completed="Pabeidza programmu",
        certificates_issued="Izsniegti sertifikāti",
        note_enrolled="„Pieteikti” — visi, kam grupā ir vieta, arī tie, kas ieradās bez pieteikuma, un aizvietotāji "
                      "(gaidīšanas saraksts netiek skaitīts).",
        note_attended="„Piedalījās” — atzīme {statuses} vismaz vienā dienā.",
        note_completed_one_day="„Pabeidza programmu” — atzīme {statuses}.",
        note_completed_all_days="„Pabeidza programmu” — atzīme {statuses} katrā dienā.",
        note_completed_min_days="„Pabeidza programmu” — atzīme {statuses} vismaz {needed} no {days} dienām.",
        by_organisation="Pēc organizācijām",
        by_category="Pēc dalībnieku kategorijām",
        organisation="Organizācija",
        category="Kategorija",
        no_organisation="Bez organizācijas",
        total="Kopā",
        categories={
            "enterprise_employee": "Uzņēmumu darbinieki",
            "student": "Studenti",
            "civil_servant": "Valsts pārvaldes darbinieki",
            "municipal_employee": "Pašvaldību darbinieki",
            "social_sector": "Sociālās jomas darbinieki",
            "school_pupil": "Skolēni",
            "other": "Citi",
        },
        attendance="Apmeklējums",
        number="Nr.",
        full_name="Uzvārds, vārds",
        mark="Atzīme",
        day_heading="{day}. diena",
        result="Rezultāts",
        completed_mark="Pabeigts",
        erased="(dati dzēsti pēc pieprasījuma)",
        not_marked="Nav atzīmes",
        not_marked_on_day="Nav atzīmes {day}. dienā",
        marked="Atzīme {status}",
        marked_on_day="Atzīme {status} {day}. dienā",
        too_few_days="Apmeklētas {attended} no {days} dienām, vajag {needed}",
        key="Apzīmējumi",
        statuses={
            "present": "Piedalījās",
            "late": "Nokavēja",
            "left_early": "Aizgāja agrāk",
            "absent": "Nepiedalījās",
            "excused": "Attaisnots iemesls",
        },
        short_marks={"present": "+", "late": "nk", "left_early": "aa", "absent": "n", "excused": "at"},
        rounds="Simulācijas raundu rezultāti",
        no_rounds="Programmā nav paredzēti simulācijas raundi.",
        figure="Rādītājs",
        unit="Mērv.",
        round_heading="{round}. raunds",
        change="Izmaiņas",
        productivity="Produktivitāte",
        productivity_unit="uz operatoru stundā",
        plan_fulfilment="Plāna izpilde",
        note_change="Izmaiņas — no pirmā raunda ar vērtību līdz pēdējam.",
        note_productivity="Produktivitāte = labie izstrādājumi (izpildītais pasūtījums) / (operatori × raunda ilgums "
                          "stundās).",
        chart_by_round="{figure} pa raundiem",
        chart_change="Rādītāju izmaiņas no pirmā raunda līdz pēdējam, %",
        knowledge="Zināšanu pieaugums",
        pre_test="Sākuma tests",
        post_test="Noslēguma tests",
        gain="Zināšanu pieaugums",
        average="Vidējais rezultāts",
        people="Dalībnieki",
        points="{value} p. p.",
        value="Vērtība",
        note_knowledge="Rezultāti — procentos no testa maksimālā punktu skaita; pieaugums — procentpunktos, vidēji "
                       "dalībniekiem, kas kārtoja abus testus.",
        feedback="Atsauksmes un NPS indekss",
        nps="NPS indekss",
        promoters="Ieteicēji (9–10)",
        passives="Neitrālie (7–8)",
        detractors="Kritiķi (0–6)",
        answered="Atbildēja uz jautājumu",
        answered_of="{answered} no {people}",
        note_nps="NPS — ieteicēju daļa mīnus kritiķu daļa starp tiem, kas atbildēja uz jautājumu „Cik ticams, ka "
                 "jūs ieteiksiet šo apmācību kolēģiem?” (no 0 līdz 10); no −100 līdz +100.",
        comments="Dalībnieku komentāri",
        score="Vērtējums",
        comment="Komentārs",
        no_comments="Komentāru nav.",
        certificates="Izsniegtie sertifikāti",
        certificate_number="Sertifikāta numurs",
        issued_on="Izsniegšanas datums",
        no_certificates="Sertifikāti netika izsniegti.",
        trainer_notes="Pasniedzēja piezīmes",
        coordinator="Koordinators",
        signature_trainer="Pasniedzējs",
    ),
    "en": SessionReportWords(
        title="Training session report",
        file_title="Session report",
        session="Session",
        session_number="No. {id}",
        programme="Programme",
        date="Date",
        dates="Dates",
        date_range="{first}–{last} ({days} training days)",
        hours="{hours} h",
        duration="Duration",
        venue="Venue",
        trainer="Trainer",
        trainers="Trainers",
        made_on="Prepared on",
        page="Page {page} of {pages}",
        quote=("“", "”"),
        either="{a} or {b}",
        not_recorded="Not recorded.",
        participants="Participants",
        enrolled="Enrolled",
        attended="Attended",
        completed="Completed the programme",
        certificates_issued="Certificates issued",
        note_enrolled="“Enrolled”: everyone holding a place in the group, including walk-ins and replacements "
                      "(the waiting list is not counted).",
        note_attended="“Attended”: marked {statuses} on at least one day.",
        note_completed_one_day="“Completed the programme”: marked {statuses}.",
        note_completed_all_days="“Completed the programme”: marked {statuses} on every day.",
        note_completed_min_days="“Completed the programme”: marked {statuses} on at least {needed} of {days} days.",
        by_organisation="By organisation",
        by_category="By participant category",
        organisation="Organisation",
        category="Category",
        no_organisation="No organisation",
        total="Total",
        categories={
            "enterprise_employee": "Enterprise employees",
            "student": "Students",
            "civil_servant": "Civil servants",
            "municipal_employee": "Municipal employees",
            "social_sector": "Social-sector employees",
            "school_pupil": "School pupils",
            "other": "Other",
        },
        attendance="Attendance",
        number="No.",
        full_name="Full name",
        mark="Mark",
        day_heading="Day {day}",
        result="Result",
        completed_mark="Completed",
        erased="(data erased on request)",
        not_marked="Not marked",
        not_marked_on_day="Not marked on day {day}",
        marked="Marked {status}",
        marked_on_day="Marked {status} on day {day}",
        too_few_days="Attended {attended} of {days} days; {needed} needed",
        key="Key",
        statuses={
            "present": "Present",
            "late": "Late",
            "left_early": "Left early",
            "absent": "Absent",
            "excused": "Excused",
        },
        short_marks={"present": "+", "late": "L", "left_early": "LE", "absent": "A", "excused": "E"},
        rounds="Simulation round results",
        no_rounds="The programme has no simulation rounds.",
        figure="Figure",
        unit="Unit",
        round_heading="Round {round}",
        change="Change",
        productivity="Productivity",
        productivity_unit="per operator-hour",
        plan_fulfilment="Plan fulfilment",
        note_change="Change: from the first round with a value to the last.",
        note_productivity="Productivity = good units (or the order fulfilled) / (operators × round duration in "
                          "hours).",
        chart_by_round="{figure} by round",
        chart_change="Change of each figure from the first round to the last, %",
        knowledge="Knowledge gain",
        pre_test="Pre-test",
        post_test="Post-test",
        gain="Knowledge gain",
        average="Average result",
        people="Participants",
        points="{value} pp",
        value="Value",
        note_knowledge="Results in % of each test's maximum score; the gain in percentage points, averaged over the "
                       "participants who took both tests.",
        feedback="Feedback and NPS",
        nps="Net Promoter Score",
        promoters="Promoters (9–10)",
        passives="Passives (7–8)",
        detractors="Detractors (0–6)",
        answered="Answered the question",
        answered_of="{answered} of {people}",
        note_nps="NPS: the share of promoters minus the share of detractors among those who answered “How likely "
                 "are you to recommend this training to a colleague?” (0 to 10); from −100 to +100.",
        comments="Participants' comments",
        score="Score",
        comment="Comment",
        no_comments="No comments.",
        certificates="Certificates issued",
        certificate_number="Certificate number",
        issued_on="Issued on",
        no_certificates="No certificates were issued.",
        trainer_notes="Trainer's notes",
        coordinator="Coordinator",
        signature_trainer="Trainer",
    ),
}


def session_report_words(language: str) -> SessionReportWords:
    """The session report's words in `language` (ru, lv, en); Russian for a language it is not written in."""
    return SESSION_REPORT_WORDS.get(language, SESSION_REPORT_WORDS[DEFAULT_DOCUMENT_LANGUAGE])
