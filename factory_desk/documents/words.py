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


@dataclass(frozen=True)
class A3Words:
    """The A3 report of an improvement project: the classic one-sheet story of a problem solved, in two halves."""

    title: str  # over the project's theme
    file_title: str  # the start of a saved file's name
    organisation: str
    sub_programme: str
    leader: str
    sponsor: str
    team: str
    sessions: str
    status: str
    planned: str  # «planned: {start} – {finish}»
    actual: str
    start: str
    kickoff: str
    finish: str
    dates: str
    made_on: str
    page: str
    not_filled: str
    overdue: str
    statuses: dict[str, str]
    reviews: dict[str, str]
    # the sections, left half then right half
    background: str
    current_condition: str
    target_condition: str
    root_causes: str
    countermeasures: str
    plan: str
    effect_confirmation: str
    follow_up: str
    effects: str
    # tables and charts
    metric: str
    unit: str
    baseline: str
    target: str
    actual_value: str
    measured_on: str
    change: str
    reached: str
    yes: str
    no: str
    no_metrics: str
    chart_baseline: str
    chart_target: str
    chart_actual: str
    due: str
    done: str
    note: str
    not_done: str
    freed_hours: str
    hours_per_year: str  # «{hours} h a year»
    economic_effect: str
    costs: str
    social_effect: str
    ecological_effect: str
    cultural_effect: str
    photo_before: str
    photo_after: str
    photo_unreadable: str  # «The photo “{name}” could not be read.»


A3_WORDS = {
    "ru": A3Words(
        title="A3-отчёт по проекту улучшения",
        file_title="A3-отчёт",
        organisation="Организация",
        sub_programme="Подпрограмма",
        leader="Руководитель проекта",
        sponsor="Заказчик (спонсор)",
        team="Команда",
        sessions="Обучение",
        status="Статус",
        planned="план",
        actual="факт",
        start="Старт",
        kickoff="Запуск",
        finish="Завершение",
        dates="Сроки",
        made_on="Дата составления",
        page="Страница {page} из {pages}",
        not_filled="Не заполнено.",
        overdue="просрочен",
        statuses={"in_development": "В разработке", "launched": "Запущен", "implementing": "Реализуется",
                  "completed": "Завершён"},
        reviews={"none": "", "on_review": "на проверке", "needs_work": "на доработке", "checked": "проверен"},
        background="Обоснование (почему выбран этот процесс)",
        current_condition="Текущее состояние",
        target_condition="Целевое состояние",
        root_causes="Анализ коренных причин",
        countermeasures="Мероприятия (контрмеры)",
        plan="План реализации (что, кто, когда)",
        effect_confirmation="Подтверждение эффекта",
        follow_up="Дальнейшие действия и контроль",
        effects="Эффекты проекта",
        metric="Показатель",
        unit="Ед. изм.",
        baseline="Исходное",
        target="Цель",
        actual_value="Факт",
        measured_on="Дата замера",
        change="Изменение",
        reached="Цель достигнута",
        yes="да",
        no="нет",
        no_metrics="Показатели не заданы.",
        chart_baseline="Исходное",
        chart_target="Цель",
        chart_actual="Факт",
        due="Срок",
        done="Проведён",
        note="Итог",
        not_done="не проведён",
        freed_hours="Высвобождено рабочего времени",
        hours_per_year="{hours} ч в год",
        economic_effect="Экономический эффект, ₽ в год",
        costs="Затраты, ₽",
        social_effect="Социальный эффект",
        ecological_effect="Экологический эффект",
        cultural_effect="Культурный эффект",
        photo_before="Фото «до»",
        photo_after="Фото «после»",
        photo_unreadable="Фото «{name}» не удалось прочитать.",
    ),
    "lv": A3Words(
        title="Uzlabojumu projekta A3 pārskats",
        file_title="A3 pārskats",
        organisation="Organizācija",
        sub_programme="Apakšprogramma",
        leader="Projekta vadītājs",
        sponsor="Pasūtītājs (sponsors)",
        team="Komanda",
        sessions="Apmācība",
        status="Statuss",
        planned="plāns",
        actual="fakts",
        start="Sākums",
        kickoff="Palaišana",
        finish="Pabeigšana",
        dates="Termiņi",
        made_on="Sagatavošanas datums",
        page="{page}. lapa no {pages}",
        not_filled="Nav aizpildīts.",
        overdue="nokavēts",
        statuses={"in_development": "Izstrādē", "launched": "Uzsākts", "implementing": "Tiek īstenots",
                  "completed": "Pabeigts"},
        reviews={"none": "", "on_review": "pārbaudē", "needs_work": "jāpilnveido", "checked": "pārbaudīts"},
        background="Pamatojums (kāpēc izvēlēts šis process)",
        current_condition="Pašreizējais stāvoklis",
        target_condition="Mērķa stāvoklis",
        root_causes="Pamatcēloņu analīze",
        countermeasures="Pasākumi (pretpasākumi)",
        plan="Īstenošanas plāns (kas, kurš, kad)",
        effect_confirmation="Efekta apstiprinājums",
        follow_up="Turpmākās darbības un kontrole",
        effects="Projekta efekti",
        metric="Rādītājs",
        unit="Mērv.",
        baseline="Sākotnējais",
        target="Mērķis",
        actual_value="Fakts",
        measured_on="Mērījuma datums",
        change="Izmaiņas",
        reached="Mērķis sasniegts",
        yes="jā",
        no="nē",
        no_metrics="Rādītāji nav noteikti.",
        chart_baseline="Sākotnējais",
        chart_target="Mērķis",
        chart_actual="Fakts",
        due="Termiņš",
        done="Veikts",
        note="Rezultāts",
        not_done="nav veikts",
        freed_hours="Atbrīvotais darba laiks",
        hours_per_year="{hours} st. gadā",
        economic_effect="Ekonomiskais efekts, ₽ gadā",
        costs="Izmaksas, ₽",
        social_effect="Sociālais efekts",
        ecological_effect="Ekoloģiskais efekts",
        cultural_effect="Kultūras efekts",
        photo_before="Foto “pirms”",
        photo_after="Foto “pēc”",
        photo_unreadable="Fotoattēlu “{name}” neizdevās nolasīt.",
    ),
    "en": A3Words(
        title="Improvement project A3 report",
        file_title="A3 report",
        organisation="Organisation",
        sub_programme="Sub-programme",
        leader="Project leader",
        sponsor="Sponsor",
        team="Team",
        sessions="Training",
        status="Status",
        planned="planned",
        actual="actual",
        start="Start",
        kickoff="Kick-off",
        finish="Finish",
        dates="Dates",
        made_on="Prepared on",
        page="Page {page} of {pages}",
        not_filled="Not filled in.",
        overdue="overdue",
        statuses={"in_development": "In development", "launched": "Launched", "implementing": "Being implemented",
                  "completed": "Completed"},
        reviews={"none": "", "on_review": "on review", "needs_work": "needs work", "checked": "checked"},
        background="Background (why this process)",
        current_condition="Current condition",
        target_condition="Target condition",
        root_causes="Root cause analysis",
        countermeasures="Countermeasures",
        plan="Plan (what, who, when)",
        effect_confirmation="Effect confirmation",
        follow_up="Follow-up",
        effects="Effects of the project",
        metric="Metric",
        unit="Unit",
        baseline="Baseline",
        target="Target",
        actual_value="Actual",
        measured_on="Measured on",
        change="Change",
        reached="Target reached",
        yes="yes",
        no="no",
        no_metrics="No metrics were set.",
        chart_baseline="Baseline",
        chart_target="Target",
        chart_actual="Actual",
        due="Due",
        done="Done on",
        note="Finding",
        not_done="not done",
        freed_hours="Working time freed",
        hours_per_year="{hours} h a year",
        economic_effect="Economic effect, ₽ a year",
        costs="Costs, ₽",
        social_effect="Social effect",
        ecological_effect="Ecological effect",
        cultural_effect="Cultural effect",
        photo_before="Photo before",
        photo_after="Photo after",
        photo_unreadable="The photo “{name}” could not be read.",
    ),
}


def a3_words(language: str) -> A3Words:
    """The A3 report's words in `language` (ru, lv, en); Russian for a language it is not written in."""
    return A3_WORDS.get(language, A3_WORDS[DEFAULT_DOCUMENT_LANGUAGE])
