"""The words of the demo region: sites, programmes, organisations, names, positions and project texts.

Plain data only; `demo.py` and its helpers turn it into rows. Organisations, addresses and people are
invented; the sites follow the public material (Leningrad region colleges, a regional centre of
competence, Latgale). E-mail addresses use the reserved `.example` domain so nothing can reach a real box.
"""

from __future__ import annotations

from typing import Any

LENINGRAD = "Ленинградская область"
LATGALE = "Latgale"

# --- municipalities ------------------------------------------------------------------------------------

MUNICIPALITIES: dict[str, tuple[str, ...]] = {
    LENINGRAD: (
        "Кировский муниципальный район", "Тосненский район", "Волосовский муниципальный район",
        "Ломоносовский муниципальный район", "Кингисеппский муниципальный район",
        "Волховский муниципальный район", "Киришский муниципальный район", "Тихвинский район",
        "Гатчинский муниципальный округ", "Всеволожский муниципальный район", "Выборгский район",
    ),
    LATGALE: (
        "Daugavpils valstspilsēta", "Rēzeknes valstspilsēta", "Augšdaugavas novads", "Krāslavas novads",
        "Ludzas novads", "Preiļu novads", "Rēzeknes novads", "Balvu novads", "Līvānu novads",
    ),
}

# --- sites ---------------------------------------------------------------------------------------------
# `cadence`: the most one-day sessions a week the site runs; `programmes`: what it runs, main one first.

FACTORIES: tuple[dict[str, Any], ...] = (
    {
        "code": "КИР", "name": "Фабрика процессов Кировского политехнического техникума",
        "address": "187342, Ленинградская обл., г. Кировск, ул. Новая, д. 12, учебно-производственный корпус",
        "region": LENINGRAD, "specialisation": "Машиностроение и металлообработка; бережливое производство",
        "timezone": "Europe/Moscow", "cadence": 3,
        "municipalities": ("Кировский муниципальный район", "Тосненский район"),
        "programmes": ("production", "office"),
        "signatory": ("Директор ГАПОУ ЛО «Кировский политехнический техникум»", "Е. В. Гаврилова"),
    },
    {
        "code": "БЕГ", "name": "Фабрика процессов Бегуницкого агротехнологического техникума",
        "address": "188410, Ленинградская обл., Волосовский р-н, д. Бегуницы, ул. Учебная, д. 3",
        "region": LENINGRAD, "specialisation": "Агропромышленный комплекс и пищевая промышленность",
        "timezone": "Europe/Moscow", "cadence": 2,
        "municipalities": ("Волосовский муниципальный район", "Ломоносовский муниципальный район",
                           "Кингисеппский муниципальный район"),
        "programmes": ("production",),
        "signatory": ("Директор ГБПОУ ЛО «Бегуницкий агротехнологический техникум»", "А. Н. Тимофеев"),
    },
    {
        "code": "ВОЛ", "name": "Фабрика процессов Волховского алюминиевого колледжа",
        "address": "187400, Ленинградская обл., г. Волхов, пр. Державина, д. 35",
        "region": LENINGRAD, "specialisation": "Металлургия, химическая промышленность, логистика",
        "timezone": "Europe/Moscow", "cadence": 3,
        "municipalities": ("Волховский муниципальный район", "Киришский муниципальный район", "Тихвинский район"),
        "programmes": ("production", "office"),
        "signatory": ("Директор ГАПОУ ЛО «Волховский алюминиевый колледж»", "С. Ю. Егорова"),
    },
    {
        "code": "РЦК", "name": "Фабрика процессов Регионального центра компетенций Ленинградской области",
        "address": "188300, Ленинградская обл., г. Гатчина, ул. Соборная, д. 7, офис 210",
        "region": LENINGRAD,
        "specialisation": "Государственное и муниципальное управление, социальная сфера, решение проблем",
        "timezone": "Europe/Moscow", "cadence": 4,
        "municipalities": ("Гатчинский муниципальный округ", "Всеволожский муниципальный район", "Выборгский район"),
        "programmes": ("office", "production", "problems"),
        "signatory": ("Руководитель Регионального центра компетенций Ленинградской области", "И. А. Смирнов"),
    },
    {
        "code": "LGL", "name": "Latgales Procesu fabrika",
        "address": "Daugavpils, Saules iela 28, LV-5401",
        "region": LATGALE, "specialisation": "Pašvaldību pakalpojumi, veselības aprūpe un izglītība",
        "timezone": "Europe/Riga", "cadence": 2,
        "municipalities": MUNICIPALITIES[LATGALE],
        "programmes": ("lv_office", "lv_cycle"),
        "signatory": ("Latgales plānošanas reģiona administrācijas vadītāja", "I. Kalniņa"),
    },
)

# --- programmes and their round metrics ------------------------------------------------------------------
# A metric: (code, name, unit, lower_is_better, round-1 range, last-round range, decimals).

_PRODUCTION_METRICS = (
    ("order_planned", "Заказ: план", "шт", False, (24, 24), (24, 24), 0),
    ("order_fulfilled", "Заказ: выполнено", "шт", False, (4, 8), (21, 24), 0),
    ("good_units", "Годные изделия", "шт", False, (6, 10), (22, 25), 0),
    ("defects", "Брак", "шт", True, (5, 9), (0, 1.4), 0),
    ("wip", "Незавершённое производство", "шт", True, (28, 45), (4, 8), 0),
    ("lead_time", "Время выполнения заказа", "мин", True, (17, 24), (5, 8), 1),
    ("operators", "Операторы", "чел", True, (12, 12), (8, 9.4), 0),
    ("round_duration", "Длительность раунда", "мин", False, (20, 20), (20, 20), 0),
    ("walking", "Перемещения", "м", True, (350, 500), (60, 120), 0),
    ("unit_cost", "Себестоимость изделия", "руб.", True, (850, 1100), (380, 520), 0),
)

_OFFICE_METRICS = (
    ("order_planned", "Заявления: план", "шт", False, (20, 20), (20, 20), 0),
    ("order_fulfilled", "Заявления: обработано", "шт", False, (5, 8), (18, 20), 0),
    ("defects", "Ошибки в документах", "шт", True, (6, 9), (0, 1.4), 0),
    ("wip", "Документы в работе", "шт", True, (22, 30), (3, 6), 0),
    ("lead_time", "Время обработки заявления", "мин", True, (32, 40), (9, 13), 1),
    ("operators", "Сотрудники", "чел", True, (12, 12), (8, 9.4), 0),
    ("round_duration", "Длительность раунда", "мин", False, (20, 20), (20, 20), 0),
    ("walking", "Перемещения", "м", True, (250, 380), (50, 90), 0),
)

_LATVIAN_METRICS = (
    ("order_planned", "Pieteikumi: plāns", "gab.", False, (20, 20), (20, 20), 0),
    ("order_fulfilled", "Pieteikumi: apstrādāti", "gab.", False, (5, 8), (18, 20), 0),
    ("defects", "Kļūdas dokumentos", "gab.", True, (6, 9), (0, 1.4), 0),
    ("wip", "Dokumenti apstrādē", "gab.", True, (22, 30), (3, 6), 0),
    ("lead_time", "Pieteikuma apstrādes laiks", "min", True, (32, 40), (9, 13), 1),
    ("operators", "Darbinieki", "cilv.", True, (12, 12), (8, 9.4), 0),
    ("round_duration", "Raunda ilgums", "min", False, (20, 20), (20, 20), 0),
)

PROGRAMMES: dict[str, dict[str, Any]] = {
    "production": {
        "name": "Фабрика процессов", "kind": "production", "hours": 8, "days": 1, "min": 12, "max": 16,
        "rounds": 3, "metrics": _PRODUCTION_METRICS, "language": "ru",
        "description": "Однодневный тренинг на симуляторе производственного процесса: три раунда, поиск "
                       "семи видов потерь, 5S, стандартизированная работа, балансировка, поток единичных "
                       "изделий, вытягивающая система.",
        "certificate_wording": "прошёл(а) обучение на «Фабрике процессов» по программе «Основы бережливого "
                               "производства» в объёме 8 академических часов",
    },
    "office": {
        "name": "Фабрика офисных процессов", "kind": "office", "hours": 8, "days": 1, "min": 12, "max": 16,
        "rounds": 3, "metrics": _OFFICE_METRICS, "language": "ru",
        "description": "Однодневный тренинг на симуляторе офисного процесса (приём и обработка заявлений): "
                       "потери в документообороте, визуализация, стандарт рабочего места, поток без очередей.",
        "certificate_wording": "прошёл(а) обучение на «Фабрике офисных процессов» по программе «Бережливое "
                               "управление» в объёме 8 академических часов",
    },
    "problems": {
        "name": "Методы решения проблем", "kind": "other", "hours": 8, "days": 1, "min": 12, "max": 16,
        "rounds": 0, "metrics": (), "language": "ru",
        "description": "Практикум: формулировка проблемы, диаграмма Исикавы, «5 почему», A3-отчёт, план "
                       "мероприятий и проверка результата.",
        "certificate_wording": "прошёл(а) практикум «Методы решения проблем» в объёме 8 академических часов",
    },
    "lv_office": {
        "name": "Biroja procesu fabrika", "kind": "office", "hours": 8, "days": 1, "min": 12, "max": 16,
        "rounds": 3, "metrics": _LATVIAN_METRICS, "language": "lv",
        "description": "Vienas dienas apmācība biroja procesu simulatorā: trīs raundi, zudumu atpazīšana, "
                       "vizuālā vadība un standartizēts darbs.",
        "certificate_wording": "ir apguvis(-usi) apmācību „Biroja procesu fabrika” 8 akadēmisko stundu apjomā",
    },
    "lv_cycle": {
        "name": "LEAN apmācību cikls", "kind": "office", "hours": 60, "days": 10, "min": 10, "max": 20,
        "rounds": 3, "metrics": _LATVIAN_METRICS, "language": "lv",
        "completion_rule": {"statuses": ["present", "late"], "all_days": False, "min_days": 8},
        "description": "Desmit dienu LEAN apmācību cikls Latgales pašvaldību darbiniekiem: procesu "
                       "kartēšana, zudumi, 5S, problēmu risināšana un pilotprojekts savā iestādē.",
        "certificate_wording": "ir apguvis(-usi) LEAN apmācību ciklu 60 akadēmisko stundu apjomā",
    },
}

# --- trainers ------------------------------------------------------------------------------------------
# (surname, first name, patronymic, e-mail, site codes)

TRAINERS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("Соколова", "Анна", "Викторовна", "a.sokolova@kpt-kirovsk.example", ("КИР",)),
    ("Фёдоров", "Алексей", "Игоревич", "a.fedorov@kpt-kirovsk.example", ("КИР",)),
    ("Николаева", "Ирина", "Сергеевна", "i.nikolaeva@batt.example", ("БЕГ",)),
    ("Громов", "Павел", "Андреевич", "p.gromov@batt.example", ("БЕГ",)),
    ("Кузнецов", "Дмитрий", "Олегович", "d.kuznetsov@vak-volhov.example", ("ВОЛ",)),
    ("Белова", "Светлана", "Юрьевна", "s.belova@vak-volhov.example", ("ВОЛ",)),
    ("Ковалёв", "Максим", "Сергеевич", "m.kovalev@rck-lo.example", ("РЦК", "КИР", "ВОЛ")),
    ("Лебедева", "Екатерина", "Николаевна", "e.lebedeva@rck-lo.example", ("РЦК",)),
    ("Орлов", "Виктор", "Павлович", "v.orlov@rck-lo.example", ("РЦК", "БЕГ")),
    ("Ozoliņa", "Inese", "", "inese.ozolina@latgale-lean.example", ("LGL",)),
    ("Vasiļjevs", "Dmitrijs", "", "dmitrijs.vasiljevs@latgale-lean.example", ("LGL",)),
)

# (trainer index, first day offset from today, days, reason)
TRAINER_ABSENCES: tuple[tuple[int, int, int, str], ...] = (
    (0, -120, 14, "Ежегодный отпуск"),
    (4, -40, 5, "Больничный"),
    (7, -75, 3, "Командировка в ФЦК (Москва)"),
    (3, 10, 7, "Отпуск"),
    (9, 20, 5, "Atvaļinājums"),
)

# --- organisations ---------------------------------------------------------------------------------------
# `profile` chooses positions, departments and person categories; `tax` is the tax office part of the
# ИНН (47xx for the Leningrad region); `np` the year the enterprise joined the national project.

ORGANISATIONS: tuple[dict[str, Any], ...] = (
    # Enterprises in the national project «Производительность труда».
    {"full": "Акционерное общество «Кировский механический завод»", "short": "АО «КМЗ»",
     "type": "enterprise", "sector": "Машиностроение", "municipality": "Кировский муниципальный район",
     "profile": "industry", "np": 2020, "weight": 9, "domain": "kmz.example", "tax": "4706"},
    {"full": "Общество с ограниченной ответственностью «Ладога Полимер»", "short": "ООО «Ладога Полимер»",
     "type": "enterprise", "sector": "Производство изделий из пластмасс",
     "municipality": "Кировский муниципальный район", "profile": "industry", "np": 2021, "weight": 5,
     "domain": "ladoga-polymer.example", "tax": "4706"},
    {"full": "Общество с ограниченной ответственностью «Синявинский тепличный комбинат»",
     "short": "ООО «Синявинский ТК»", "type": "enterprise", "sector": "Сельское хозяйство",
     "municipality": "Кировский муниципальный район", "profile": "agro", "np": 2022, "weight": 4,
     "domain": "stk.example", "tax": "4706"},
    {"full": "Акционерное общество «Тосненский деревообрабатывающий комбинат»", "short": "АО «ТДОК»",
     "type": "enterprise", "sector": "Деревообработка", "municipality": "Тосненский район",
     "profile": "industry", "np": 2025, "weight": 4, "domain": "tdok.example", "tax": "4716"},
    {"full": "Акционерное общество «Волосовский молочный завод»", "short": "АО «Волосовский МЗ»",
     "type": "enterprise", "sector": "Пищевая промышленность", "municipality": "Волосовский муниципальный район",
     "profile": "agro", "np": 2020, "weight": 6, "domain": "volmilk.example", "tax": "4717"},
    {"full": "Общество с ограниченной ответственностью «Агрофирма „Бегуницкая“»",
     "short": "ООО «Агрофирма „Бегуницкая“»", "type": "enterprise", "sector": "Сельское хозяйство",
     "municipality": "Волосовский муниципальный район", "profile": "agro", "np": 2022, "weight": 4,
     "domain": "agro-begunicy.example", "tax": "4717"},
    {"full": "Общество с ограниченной ответственностью «Ломоносовский хлебокомбинат»",
     "short": "ООО «Ломоносовский ХК»", "type": "enterprise", "sector": "Пищевая промышленность",
     "municipality": "Ломоносовский муниципальный район", "profile": "agro", "np": 2023, "weight": 4,
     "domain": "lomhleb.example", "tax": "4720"},
    {"full": "Акционерное общество «Волховский завод металлоконструкций»", "short": "АО «ВЗМК»",
     "type": "enterprise", "sector": "Металлообработка", "municipality": "Волховский муниципальный район",
     "profile": "industry", "np": 2020, "weight": 8, "domain": "vzmk.example", "tax": "4702"},
    {"full": "Общество с ограниченной ответственностью «Волхов-Химпром»", "short": "ООО «Волхов-Химпром»",
     "type": "enterprise", "sector": "Химическая промышленность",
     "municipality": "Волховский муниципальный район", "profile": "industry", "np": 2021, "weight": 5,
     "domain": "volkhov-chem.example", "tax": "4702"},
    {"full": "Акционерное общество «Киришская упаковочная компания»", "short": "АО «КУК»",
     "type": "enterprise", "sector": "Целлюлозно-бумажная промышленность",
     "municipality": "Киришский муниципальный район", "profile": "industry", "np": 2023, "weight": 5,
     "domain": "kuk.example", "tax": "4708"},
    {"full": "Общество с ограниченной ответственностью «Тихвинский вагоноремонтный завод»",
     "short": "ООО «ТВРЗ»", "type": "enterprise", "sector": "Транспортное машиностроение",
     "municipality": "Тихвинский район", "profile": "industry", "np": 2024, "weight": 6,
     "domain": "tvrz.example", "tax": "4715"},
    {"full": "Акционерное общество «Гатчинский завод электроизделий»", "short": "АО «ГЗЭИ»",
     "type": "enterprise", "sector": "Электротехника", "municipality": "Гатчинский муниципальный округ",
     "profile": "industry", "np": 2024, "weight": 6, "domain": "gzei.example", "tax": "4705"},
    {"full": "Общество с ограниченной ответственностью «Северная логистическая компания»",
     "short": "ООО «СЛК»", "type": "enterprise", "sector": "Транспорт и логистика",
     "municipality": "Всеволожский муниципальный район", "profile": "industry", "np": None, "weight": 3,
     "domain": "slk.example", "tax": "4703"},
    # Public bodies and their institutions.
    {"full": "Администрация Кировского муниципального района Ленинградской области",
     "short": "Администрация Кировского района", "type": "municipal", "sector": "Муниципальное управление",
     "municipality": "Кировский муниципальный район", "profile": "municipal", "np": None, "weight": 4,
     "domain": "kirovsk-reg.example", "tax": "4706"},
    {"full": "Администрация Волховского муниципального района Ленинградской области",
     "short": "Администрация Волховского района", "type": "municipal", "sector": "Муниципальное управление",
     "municipality": "Волховский муниципальный район", "profile": "municipal", "np": None, "weight": 4,
     "domain": "volkhov-adm.example", "tax": "4702"},
    {"full": "Администрация Гатчинского муниципального округа", "short": "Администрация Гатчинского округа",
     "type": "municipal", "sector": "Муниципальное управление", "municipality": "Гатчинский муниципальный округ",
     "profile": "municipal", "np": None, "weight": 5, "domain": "gatchina-adm.example", "tax": "4705"},
    {"full": "Администрация Всеволожского муниципального района Ленинградской области",
     "short": "Администрация Всеволожского района", "type": "municipal", "sector": "Муниципальное управление",
     "municipality": "Всеволожский муниципальный район", "profile": "municipal", "np": None, "weight": 4,
     "domain": "vsev-adm.example", "tax": "4703"},
    {"full": "Комитет экономического развития и инвестиционной деятельности Ленинградской области",
     "short": "Комитет экономического развития ЛО", "type": "state_body", "sector": "Государственное управление",
     "municipality": None, "profile": "state", "np": None, "weight": 3, "domain": "econ-lo.example",
     "tax": "4703"},
    {"full": "Государственное бюджетное учреждение Ленинградской области «Многофункциональный центр "
             "предоставления государственных и муниципальных услуг»", "short": "ГБУ ЛО «МФЦ»",
     "type": "state_body", "sector": "Государственные услуги", "municipality": None, "profile": "mfc",
     "np": None, "weight": 5, "domain": "mfc-lo.example", "tax": "4703"},
    {"full": "Государственное автономное профессиональное образовательное учреждение Ленинградской области "
             "«Кировский политехнический техникум»", "short": "ГАПОУ ЛО «Кировский политехнический техникум»",
     "type": "education", "sector": "Среднее профессиональное образование",
     "municipality": "Кировский муниципальный район", "profile": "college", "np": None, "weight": 7,
     "domain": "kpt-kirovsk.example", "tax": "4706"},
    {"full": "Государственное бюджетное профессиональное образовательное учреждение Ленинградской области "
             "«Бегуницкий агротехнологический техникум»", "short": "ГБПОУ ЛО «Бегуницкий АТТ»",
     "type": "education", "sector": "Среднее профессиональное образование",
     "municipality": "Волосовский муниципальный район", "profile": "college", "np": None, "weight": 5,
     "domain": "batt.example", "tax": "4717"},
    {"full": "Государственное автономное профессиональное образовательное учреждение Ленинградской области "
             "«Волховский алюминиевый колледж»", "short": "ГАПОУ ЛО «ВАК»",
     "type": "education", "sector": "Среднее профессиональное образование",
     "municipality": "Волховский муниципальный район", "profile": "college", "np": None, "weight": 7,
     "domain": "vak-volhov.example", "tax": "4702"},
    {"full": "Муниципальное общеобразовательное учреждение «Кировская средняя общеобразовательная школа № 2»",
     "short": "МОУ «Кировская СОШ № 2»", "type": "education", "sector": "Общее образование",
     "municipality": "Кировский муниципальный район", "profile": "school", "np": None, "weight": 3,
     "domain": "kirovsk-school2.example", "tax": "4706"},
    {"full": "Муниципальное бюджетное общеобразовательное учреждение «Гатчинская средняя "
             "общеобразовательная школа № 9»", "short": "МБОУ «Гатчинская СОШ № 9»", "type": "education",
     "sector": "Общее образование", "municipality": "Гатчинский муниципальный округ", "profile": "school",
     "np": None, "weight": 3, "domain": "gatchina-school9.example", "tax": "4705"},
    {"full": "Государственное бюджетное учреждение здравоохранения Ленинградской области «Волховская "
             "межрайонная больница», поликлиника № 1", "short": "ГБУЗ ЛО «Волховская МБ», поликлиника № 1",
     "type": "healthcare", "sector": "Здравоохранение", "municipality": "Волховский муниципальный район",
     "profile": "clinic", "np": None, "weight": 4, "domain": "volkhov-mb.example", "tax": "4702"},
    {"full": "Государственное бюджетное учреждение здравоохранения Ленинградской области «Гатчинская "
             "клиническая межрайонная больница»", "short": "ГБУЗ ЛО «Гатчинская КМБ»", "type": "healthcare",
     "sector": "Здравоохранение", "municipality": "Гатчинский муниципальный округ", "profile": "clinic",
     "np": None, "weight": 4, "domain": "gkmb.example", "tax": "4705"},
    {"full": "Ленинградское областное государственное бюджетное учреждение «Кировский комплексный центр "
             "социального обслуживания населения»", "short": "ЛОГБУ «Кировский КЦСОН»", "type": "social",
     "sector": "Социальное обслуживание", "municipality": "Кировский муниципальный район", "profile": "social",
     "np": None, "weight": 3, "domain": "kcson-kirovsk.example", "tax": "4706"},
    {"full": "Ленинградское областное государственное бюджетное учреждение «Волховский комплексный центр "
             "социального обслуживания населения»", "short": "ЛОГБУ «Волховский КЦСОН»", "type": "social",
     "sector": "Социальное обслуживание", "municipality": "Волховский муниципальный район",
     "profile": "social", "np": None, "weight": 3, "domain": "kcson-volkhov.example", "tax": "4702"},
    {"full": "Муниципальное бюджетное учреждение «Гатчинский городской Дом культуры»",
     "short": "МБУ «Гатчинский ДК»", "type": "other", "sector": "Культура",
     "municipality": "Гатчинский муниципальный округ", "profile": "culture", "np": None, "weight": 2,
     "domain": "gatchina-dk.example", "tax": "4705"},
    {"full": "Муниципальное автономное учреждение «Физкультурно-оздоровительный комплекс „Волхов“»",
     "short": "МАУ «ФОК „Волхов“»", "type": "other", "sector": "Физическая культура и спорт",
     "municipality": "Волховский муниципальный район", "profile": "culture", "np": None, "weight": 2,
     "domain": "fok-volkhov.example", "tax": "4702"},
    # Latgale: Latvian names, no ИНН (the registration number is in the notes).
    {"full": "Daugavpils valstspilsētas pašvaldība", "short": "Daugavpils pašvaldība", "type": "municipal",
     "sector": "Pašvaldības pārvalde", "municipality": "Daugavpils valstspilsēta", "profile": "lv_municipal",
     "np": None, "weight": 6, "domain": "daugavpils-pasvaldiba.example"},
    {"full": "Rēzeknes valstspilsētas pašvaldība", "short": "Rēzeknes pašvaldība", "type": "municipal",
     "sector": "Pašvaldības pārvalde", "municipality": "Rēzeknes valstspilsēta", "profile": "lv_municipal",
     "np": None, "weight": 4, "domain": "rezekne-pasvaldiba.example"},
    {"full": "Krāslavas novada pašvaldība", "short": "Krāslavas novada pašvaldība", "type": "municipal",
     "sector": "Pašvaldības pārvalde", "municipality": "Krāslavas novads", "profile": "lv_municipal",
     "np": None, "weight": 2, "domain": "kraslava.example"},
    {"full": "Ludzas novada pašvaldība", "short": "Ludzas novada pašvaldība", "type": "municipal",
     "sector": "Pašvaldības pārvalde", "municipality": "Ludzas novads", "profile": "lv_municipal",
     "np": None, "weight": 2, "domain": "ludza.example"},
    {"full": "Preiļu novada pašvaldība", "short": "Preiļu novada pašvaldība", "type": "municipal",
     "sector": "Pašvaldības pārvalde", "municipality": "Preiļu novads", "profile": "lv_municipal",
     "np": None, "weight": 2, "domain": "preili.example"},
    {"full": "Latgales plānošanas reģions", "short": "Latgales plānošanas reģions", "type": "state_body",
     "sector": "Reģionālā attīstība", "municipality": "Rēzeknes valstspilsēta", "profile": "lv_state",
     "np": None, "weight": 1, "domain": "lpr.example"},
    {"full": "SIA \"Daugavpils reģionālā slimnīca\"", "short": "Daugavpils reģionālā slimnīca",
     "type": "healthcare", "sector": "Veselības aprūpe", "municipality": "Daugavpils valstspilsēta",
     "profile": "lv_hospital", "np": None, "weight": 3, "domain": "dslimnica.example"},
    {"full": "Rēzeknes tehnikums", "short": "Rēzeknes tehnikums", "type": "education",
     "sector": "Profesionālā izglītība", "municipality": "Rēzeknes valstspilsēta", "profile": "lv_college",
     "np": None, "weight": 2, "domain": "rezeknes-tehnikums.example"},
)

# --- names -----------------------------------------------------------------------------------------------
# Russian surnames in the masculine form; the feminine one follows from the ending (see `feminine`).

RU_SURNAMES = (
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
    "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
    "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
    "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
    "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин",
    "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов",
    "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов",
    "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов",
    "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
    "Мартынов", "Ефимов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков", "Маслов",
    "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев",
    "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников", "Трофимов", "Леонов",
    "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров", "Грачёв", "Котов",
    "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев", "Панов", "Моисеев", "Румянцев",
    "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Ерёмин", "Тихомиров", "Галкин",
    "Лукьянов", "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов", "Прокофьев",
    "Харитонов", "Князев", "Цветков", "Левин", "Митрофанов", "Воронцов", "Аксёнов", "Лапин",
    "Селезнёв", "Рябов", "Щёголев", "Вишневский", "Ковальский", "Высоцкий", "Покровский", "Троицкий",
    "Толстой", "Шевченко", "Коваленко", "Бондаренко", "Черных", "Седых", "Ким", "Хабибуллин", "Сафин",
    "Гарипов", "Галиев", "Мухаметшин", "Гуревич",
)
RU_HYPHENATED_SURNAMES = (
    "Петров-Водкин", "Соколов-Микитов", "Мамин-Сибиряк", "Семёнов-Тян-Шанский", "Бонч-Бруевич",
    "Римский-Корсаков",
)

# Fathers' names give both the first names of men and the patronymics: (name, his son's, his daughter's).
RU_FATHERS = (
    ("Александр", "Александрович", "Александровна"), ("Алексей", "Алексеевич", "Алексеевна"),
    ("Анатолий", "Анатольевич", "Анатольевна"), ("Андрей", "Андреевич", "Андреевна"),
    ("Антон", "Антонович", "Антоновна"), ("Артём", "Артёмович", "Артёмовна"),
    ("Борис", "Борисович", "Борисовна"), ("Валерий", "Валерьевич", "Валерьевна"),
    ("Василий", "Васильевич", "Васильевна"), ("Виктор", "Викторович", "Викторовна"),
    ("Виталий", "Витальевич", "Витальевна"), ("Владимир", "Владимирович", "Владимировна"),
    ("Вячеслав", "Вячеславович", "Вячеславовна"), ("Геннадий", "Геннадьевич", "Геннадьевна"),
    ("Григорий", "Григорьевич", "Григорьевна"), ("Денис", "Денисович", "Денисовна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"), ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Егор", "Егорович", "Егоровна"), ("Игорь", "Игоревич", "Игоревна"),
    ("Илья", "Ильич", "Ильинична"), ("Кирилл", "Кириллович", "Кирилловна"),
    ("Константин", "Константинович", "Константиновна"), ("Лев", "Львович", "Львовна"),
    ("Леонид", "Леонидович", "Леонидовна"), ("Максим", "Максимович", "Максимовна"),
    ("Матвей", "Матвеевич", "Матвеевна"), ("Михаил", "Михайлович", "Михайловна"),
    ("Никита", "Никитич", "Никитична"), ("Николай", "Николаевич", "Николаевна"),
    ("Олег", "Олегович", "Олеговна"), ("Павел", "Павлович", "Павловна"),
    ("Пётр", "Петрович", "Петровна"), ("Роман", "Романович", "Романовна"),
    ("Руслан", "Русланович", "Руслановна"), ("Семён", "Семёнович", "Семёновна"),
    ("Сергей", "Сергеевич", "Сергеевна"), ("Станислав", "Станиславович", "Станиславовна"),
    ("Степан", "Степанович", "Степановна"), ("Тимофей", "Тимофеевич", "Тимофеевна"),
    ("Тимур", "Тимурович", "Тимуровна"), ("Фёдор", "Фёдорович", "Фёдоровна"),
    ("Юрий", "Юрьевич", "Юрьевна"), ("Ярослав", "Ярославович", "Ярославовна"),
)
RU_FEMALE_NAMES = (
    "Мария", "Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина", "Юлия",
    "Анастасия", "Дарья", "Ксения", "Алёна", "Полина", "Виктория", "Марина", "Людмила", "Галина",
    "Надежда", "Валентина", "Евгения", "Софья", "Алина", "Вера", "Любовь", "Оксана", "Кристина",
    "Елизавета", "Зоя", "Лидия", "Варвара", "Ульяна", "Жанна", "Лариса", "Нина", "Тамара",
)
# Azerbaijani names: the patronymic is the father's name with «оглы» (son) or «кызы» (daughter).
AZ_SURNAMES = ("Алиев", "Мамедов", "Гасанов", "Гусейнов", "Исмаилов", "Керимов", "Джафаров", "Рзаев")
AZ_MALE_NAMES = ("Эльчин", "Рашад", "Фарид", "Самир", "Ильгар", "Тофик", "Эмиль", "Орхан")
AZ_FEMALE_NAMES = ("Айгюн", "Гюльнара", "Лейла", "Нармин", "Севиндж", "Айнур", "Севда")
AZ_FATHERS = ("Рашид", "Тофик", "Ильхам", "Эльдар", "Вагиф", "Фикрет", "Намик", "Акиф")

# Latvian surnames as (masculine, feminine): the feminine form is not always a rule away.
LV_SURNAMES = (
    ("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozoliņš", "Ozoliņa"), ("Jansons", "Jansone"),
    ("Ozols", "Ozola"), ("Liepa", "Liepa"), ("Krūmiņš", "Krūmiņa"), ("Balodis", "Balode"),
    ("Eglītis", "Eglīte"), ("Zariņš", "Zariņa"), ("Pētersons", "Pētersone"), ("Vītols", "Vītola"),
    ("Kļaviņš", "Kļaviņa"), ("Ķiploks", "Ķiploka"), ("Šmits", "Šmite"), ("Žagars", "Žagare"),
    ("Lācis", "Lāce"), ("Kalējs", "Kalēja"), ("Vanags", "Vanaga"), ("Sproģis", "Sproģe"),
    ("Grīnbergs", "Grīnberga"), ("Avotiņš", "Avotiņa"), ("Strautiņš", "Strautiņa"), ("Siliņš", "Siliņa"),
    ("Lapiņš", "Lapiņa"), ("Dzenis", "Dzene"), ("Ločmelis", "Ločmele"), ("Rudzītis", "Rudzīte"),
    ("Skrastiņš", "Skrastiņa"), ("Gailītis", "Gailīte"), ("Ābols", "Ābola"), ("Laizāns", "Laizāne"),
    ("Čevers", "Čevere"), ("Ivbulis", "Ivbule"),
)
LV_MALE_NAMES = (
    "Jānis", "Andris", "Pēteris", "Mārtiņš", "Edgars", "Kārlis", "Raimonds", "Juris", "Gints", "Aigars",
    "Māris", "Artūrs", "Oskars", "Krišjānis", "Roberts", "Ģirts", "Uldis", "Valdis", "Armands", "Rihards",
)
LV_FEMALE_NAMES = (
    "Anna", "Līga", "Ilze", "Inese", "Kristīne", "Laura", "Agnese", "Dace", "Sanita", "Zane", "Ieva",
    "Baiba", "Līva", "Elīna", "Santa", "Gunta", "Ināra", "Māra", "Ērika", "Daiga", "Ilona", "Evija",
)
# Latgale's Russian speakers, as their names are written in Latvian documents (no patronymic).
LV_RU_SURNAMES = (
    ("Ivanovs", "Ivanova"), ("Petrovs", "Petrova"), ("Smirnovs", "Smirnova"), ("Kuzņecovs", "Kuzņecova"),
    ("Vasiļjevs", "Vasiļjeva"), ("Sokolovs", "Sokolova"), ("Popovs", "Popova"), ("Fjodorovs", "Fjodorova"),
    ("Semjonovs", "Semjonova"), ("Volkovs", "Volkova"), ("Kozlovs", "Kozlova"), ("Morozovs", "Morozova"),
    ("Jakovļevs", "Jakovļeva"), ("Novikovs", "Novikova"),
)
LV_RU_MALE_NAMES = (
    "Aleksandrs", "Sergejs", "Dmitrijs", "Andrejs", "Vladimirs", "Jurijs", "Igors", "Oļegs", "Nikolajs",
    "Mihails", "Aleksejs", "Pāvels",
)
LV_RU_FEMALE_NAMES = (
    "Jeļena", "Natālija", "Olga", "Irina", "Svetlana", "Tatjana", "Jekaterina", "Marina", "Ludmila",
    "Anastasija", "Oksana", "Valentīna",
)

# Names every demo database shows, so searches for «семенов», «berzins» or «оглы» find someone:
# (Latvian?, female?, surname, first name, patronymic).
SHOWCASE = (
    (False, False, "Семёнов", "Пётр", "Алексеевич"),
    (True, False, "Bērziņš", "Jānis", ""),
    (False, True, "Фёдорова", "Алёна", "Семёновна"),
    (True, True, "Kalniņa", "Līga", ""),
    (False, False, "Алиев", "Эльчин", "Рашид оглы"),
    (True, False, "Ķiploks", "Mārtiņš", ""),
    (False, True, "Соколова-Микитова", "Ольга", "Николаевна"),
    (True, True, "Šmite", "Ilze", ""),
    (False, True, "Мамедова", "Лейла", "Тофик кызы"),
    (True, False, "Žagars", "Edgars", ""),
    (False, False, "Королёв", "Артём", "Игоревич"),
    (True, False, "Ozoliņš", "Kārlis", ""),
)

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}


def transliterate(text: str) -> str:
    """A Latin spelling of a Russian word for e-mail addresses (Latvian letters are folded elsewhere)."""
    return "".join(_TRANSLIT.get(char, char) for char in text.lower())


# --- positions and departments by kind of organisation ---------------------------------------------------
# `units`: (department, positions in it); a position is a string, or (masculine, feminine) where the two
# differ. `managers`: (department, position) of those who can sponsor an improvement project.

PROFILES: dict[str, dict[str, Any]] = {
    "industry": {
        "category": "enterprise_employee", "female_share": 0.3,
        "units": (
            ("Механосборочный цех", ("Слесарь механосборочных работ", "Оператор станков с ЧПУ", "Токарь",
                                     "Наладчик оборудования", "Мастер участка")),
            ("Сварочный участок", ("Сварщик", "Сварщик", "Мастер участка", "Контролёр сварочных работ")),
            ("Цех № 2", ("Оператор производственной линии", "Наладчик оборудования", "Мастер участка")),
            ("Отдел технического контроля", ("Контролёр ОТК", "Инженер по качеству")),
            ("Склад готовой продукции", ("Кладовщик", "Водитель погрузчика", "Комплектовщик")),
            ("Планово-диспетчерский отдел", ("Инженер-планировщик", "Диспетчер")),
            ("Отдел главного технолога", ("Инженер-технолог", "Инженер по нормированию труда")),
            ("Отдел логистики", ("Специалист по логистике", "Специалист по закупкам")),
            ("Экономический отдел", ("Экономист", "Экономист по труду")),
            ("Служба охраны труда", ("Специалист по охране труда",)),
        ),
        "managers": (("Механосборочный цех", "Начальник цеха"), ("Дирекция по производству",
                     "Заместитель генерального директора по производству"),
                     ("Проектный офис", "Руководитель проектного офиса"),
                     ("Служба главного инженера", "Главный инженер")),
    },
    "agro": {
        "category": "enterprise_employee", "female_share": 0.5,
        "units": (
            ("Цех розлива", ("Оператор линии розлива", "Аппаратчик пастеризации", "Мастер смены")),
            ("Хлебопекарный цех", ("Пекарь", "Тестовод", "Мастер смены")),
            ("Производственная лаборатория", ("Лаборант", "Технолог пищевого производства")),
            ("Тепличный комплекс № 1", ("Агроном", "Оператор тепличного комплекса")),
            ("Молочно-товарная ферма", ("Зоотехник", "Оператор машинного доения")),
            ("Участок упаковки", ("Оператор упаковочной машины", "Укладчик-упаковщик")),
            ("Склад готовой продукции", ("Кладовщик", "Водитель погрузчика")),
            ("Служба качества", ("Инженер по качеству",)),
            ("Отдел снабжения", ("Специалист по закупкам", "Экономист")),
        ),
        "managers": (("Дирекция", "Заместитель директора по производству"), ("Производство", "Начальник производства"),
                     ("Служба главного технолога", "Главный технолог")),
    },
    "municipal": {
        "category": "municipal_employee", "female_share": 0.75,
        "units": (
            ("Отдел ЖКХ", ("Главный специалист", "Ведущий специалист")),
            ("Комитет финансов", ("Главный специалист", "Ведущий специалист", "Специалист первой категории")),
            ("Отдел архитектуры и градостроительства", ("Главный специалист", "Ведущий специалист")),
            ("Отдел по работе с обращениями граждан", ("Специалист первой категории", "Делопроизводитель")),
            ("Отдел экономического развития", ("Главный специалист", "Ведущий специалист")),
            ("Управление делами", ("Делопроизводитель", "Юрисконсульт")),
            ("Отдел опеки и попечительства", ("Главный специалист", "Специалист первой категории")),
            ("Комитет по управлению муниципальным имуществом", ("Главный специалист", "Юрисконсульт")),
            ("Отдел ЗАГС", ("Ведущий специалист",)),
        ),
        "managers": (("Отдел экономического развития", "Начальник отдела"),
                     ("Комитет финансов", "Председатель комитета"),
                     ("Администрация", "Заместитель главы администрации")),
    },
    "state": {
        "category": "civil_servant", "female_share": 0.65,
        "units": (
            ("Отдел развития промышленности", ("Главный специалист", "Консультант")),
            ("Сектор проектного управления", ("Ведущий специалист", "Главный консультант")),
            ("Отдел инвестиционной политики", ("Главный специалист", "Консультант")),
            ("Отдел поддержки малого и среднего предпринимательства", ("Ведущий специалист", "Главный специалист")),
        ),
        "managers": (("Отдел развития промышленности", "Начальник отдела"),
                     ("Руководство комитета", "Заместитель председателя комитета")),
    },
    "mfc": {
        "category": "civil_servant", "female_share": 0.8,
        "units": tuple(
            (branch, ("Специалист по приёму документов", "Специалист по выдаче документов", "Администратор зала",
                      "Ведущий специалист"))
            for branch in ("Филиал «Кировский»", "Филиал «Волховский»", "Филиал «Гатчинский»", "Филиал «Всеволожский»")
        ) + (("Отдел контроля качества", ("Старший специалист",)),),
        "managers": (("Филиал «Гатчинский»", "Руководитель филиала"), ("Филиал «Кировский»", "Руководитель филиала")),
    },
    "college": {
        "category": "student", "female_share": 0.4,
        "units": tuple(
            (group, ((f"Студент {year} курса", f"Студентка {year} курса"),))
            for group, year in (("Группа ТМ-21", 2), ("Группа ТМ-31", 3), ("Группа СВ-22", 2), ("Группа ЭЛ-31", 3),
                                ("Группа ЛОГ-21", 2), ("Группа ТП-32", 3), ("Группа МХ-41", 4))
        ),
        "staff_share": 0.15, "staff_category": "social_sector",
        "staff_units": (
            ("Учебно-производственные мастерские", ("Мастер производственного обучения", "Заведующий мастерской")),
            ("Цикловая комиссия технических дисциплин", ("Преподаватель",)),
            ("Методический отдел", ("Методист",)),
        ),
        "managers": (("Администрация", "Заместитель директора по учебно-производственной работе"),),
    },
    "school": {
        "category": "social_sector", "female_share": 0.85,
        "units": (
            ("Методическое объединение учителей математики", ("Учитель математики", "Учитель информатики")),
            ("Начальная школа", ("Учитель начальных классов",)),
            ("Методическое объединение естественных наук", ("Учитель физики", "Учитель химии", "Учитель технологии")),
            ("Администрация", ("Секретарь учебной части", "Педагог-организатор", "Социальный педагог")),
        ),
        "pupil_share": 0.35,
        "pupil_units": (
            ("10 «А» класс", (("Ученик 10 класса", "Ученица 10 класса"),)),
            ("10 «Б» класс", (("Ученик 10 класса", "Ученица 10 класса"),)),
            ("11 «А» класс", (("Ученик 11 класса", "Ученица 11 класса"),)),
        ),
        "managers": (("Администрация", "Заместитель директора по учебно-воспитательной работе"),
                     ("Администрация", "Директор")),
    },
    "clinic": {
        "category": "social_sector", "female_share": 0.85,
        "units": (
            ("Регистратура", ("Медицинский регистратор", "Медицинский регистратор", "Администратор")),
            ("Терапевтическое отделение", ("Врач-терапевт участковый", "Медицинская сестра участковая")),
            ("Детская поликлиника", ("Врач-педиатр участковый", "Медицинская сестра")),
            ("Отделение профилактики", ("Врач по медицинской профилактике", "Фельдшер")),
            ("Клинико-диагностическая лаборатория", ("Медицинский лабораторный техник",)),
            ("Организационно-методический отдел", ("Медицинский статистик",)),
        ),
        "managers": (("Поликлиника", "Заведующий поликлиникой"), ("Терапевтическое отделение", "Заведующий отделением"),
                     ("Администрация", "Заместитель главного врача")),
    },
    "social": {
        "category": "social_sector", "female_share": 0.9,
        "units": (
            ("Отделение социального обслуживания на дому", ("Социальный работник", "Специалист по социальной работе")),
            ("Отделение срочного социального обслуживания", ("Специалист по социальной работе", "Юрисконсульт")),
            ("Отделение реабилитации", ("Психолог", "Инструктор по адаптивной физкультуре")),
            ("Администрация", ("Специалист по кадрам", "Бухгалтер")),
        ),
        "managers": (("Отделение социального обслуживания на дому", "Заведующий отделением"),
                     ("Администрация", "Заместитель директора")),
    },
    "culture": {
        "category": "social_sector", "female_share": 0.65,
        "units": (
            ("Методический отдел", ("Методист", "Специалист по работе с молодёжью")),
            ("Культурно-массовый отдел", ("Художественный руководитель", "Звукорежиссёр", "Культорганизатор")),
            ("Спортивный отдел", ("Инструктор по спорту", "Тренер-преподаватель")),
            ("Административно-хозяйственная служба", ("Администратор", "Главный бухгалтер")),
        ),
        "managers": (("Администрация", "Директор"), ("Администрация", "Заместитель директора")),
    },
    "lv_municipal": {
        "category": "municipal_employee", "female_share": 0.75,
        "units": (
            ("Attīstības pārvalde", (("Projektu vadītājs", "Projektu vadītāja"), ("Speciālists", "Speciāliste"))),
            ("Finanšu nodaļa", (("Grāmatvedis", "Grāmatvede"), ("Vecākais referents", "Vecākā referente"))),
            ("Sociālais dienests", (("Sociālais darbinieks", "Sociālā darbiniece"),)),
            ("Būvvalde", (("Būvinspektors", "Būvinspektore"), ("Speciālists", "Speciāliste"))),
            ("Klientu apkalpošanas centrs",
             (("Klientu apkalpošanas speciālists", "Klientu apkalpošanas speciāliste"),)),
            ("Juridiskā nodaļa", (("Juriskonsults", "Juriskonsulte"),)),
            ("Dzimtsarakstu nodaļa", (("Vecākais referents", "Vecākā referente"),)),
        ),
        "managers": (("Attīstības pārvalde", ("Pārvaldes vadītājs", "Pārvaldes vadītāja")),
                     ("Administrācija", ("Izpilddirektors", "Izpilddirektore"))),
    },
    "lv_state": {
        "category": "civil_servant", "female_share": 0.7,
        "units": (
            ("Attīstības nodaļa", (("Attīstības plānotājs", "Attīstības plānotāja"),)),
            ("Projektu nodaļa", (("Projektu vadītājs", "Projektu vadītāja"), ("Vecākais eksperts", "Vecākā eksperte"))),
        ),
        "managers": (("Administrācija", ("Administrācijas vadītājs", "Administrācijas vadītāja")),),
    },
    "lv_hospital": {
        "category": "social_sector", "female_share": 0.85,
        "units": (
            ("Reģistratūra", (("Reģistratūras administrators", "Reģistratūras administratore"),)),
            ("Uzņemšanas nodaļa", (("Ārsts", "Ārste"), "Medicīnas māsa", ("Ārsta palīgs", "Ārsta palīdze"))),
            ("Poliklīnika", (("Ārsts", "Ārste"), "Medicīnas māsa")),
            ("Kvalitātes daļa", (("Kvalitātes speciālists", "Kvalitātes speciāliste"),)),
        ),
        "managers": (("Uzņemšanas nodaļa", ("Nodaļas vadītājs", "Nodaļas vadītāja")),
                     ("Valde", ("Valdes loceklis", "Valdes locekle"))),
    },
    "lv_college": {
        "category": "student", "female_share": 0.45,
        "units": (
            ("Grupa MT-21", (("Audzēknis, 2. kurss", "Audzēkne, 2. kurss"),)),
            ("Grupa LOG-22", (("Audzēknis, 2. kurss", "Audzēkne, 2. kurss"),)),
            ("Grupa IT-31", (("Audzēknis, 3. kurss", "Audzēkne, 3. kurss"),)),
        ),
        "staff_share": 0.2, "staff_category": "social_sector",
        "staff_units": (("Mācību daļa", (("Pedagogs", "Pedagoģe"),)),
                        ("Prakses daļa", (("Prakses vadītājs", "Prakses vadītāja"),))),
        "managers": (("Administrācija", ("Direktora vietnieks", "Direktora vietniece")),),
    },
}

# Which programmes people of a profile come for, with the chance of each (only those their site runs).
WANTS: dict[str, tuple[tuple[str, float], ...]] = {
    "industry": (("production", 0.9), ("problems", 0.45), ("office", 0.15)),
    "agro": (("production", 0.9), ("problems", 0.3), ("office", 0.1)),
    "municipal": (("office", 0.9), ("problems", 0.45), ("production", 0.15)),
    "state": (("office", 0.9), ("problems", 0.6)),
    "mfc": (("office", 0.95), ("problems", 0.3)),
    "college": (("production", 0.85), ("office", 0.35)),
    "school": (("office", 0.8), ("production", 0.4), ("problems", 0.2)),
    "clinic": (("office", 0.9), ("problems", 0.35)),
    "social": (("office", 0.9), ("problems", 0.25)),
    "culture": (("office", 0.85), ("problems", 0.2)),
    "lv_municipal": (("lv_office", 0.8), ("lv_cycle", 0.45)),
    "lv_state": (("lv_office", 0.6), ("lv_cycle", 0.6)),
    "lv_hospital": (("lv_office", 0.85), ("lv_cycle", 0.3)),
    "lv_college": (("lv_office", 0.9),),
}

# --- what happens around a session -------------------------------------------------------------------------

CANCEL_REASONS = (
    "Группа не набрана: предприятие перенесло обучение на следующий месяц",
    "Болезнь тренера, замена не найдена",
    "Карантин по гриппу в организации-заказчике",
    "Аварийное отключение электроэнергии на площадке",
    "Организация отозвала заявку из-за производственного графика",
)
LV_CANCEL_REASONS = ("Grupa netika nokomplektēta", "Pasniedzēja slimība")
ENROLMENT_CANCEL_REASONS = ("Больничный", "Служебная командировка", "Производственная необходимость",
                            "Отпуск по графику")
REPLACED_REASON = "Заменён коллегой из той же организации"
ATTENDANCE_NOTES = {
    "late": ("Опоздание на 20 минут (электричка)", "Опоздание на 15 минут", ""),
    "left_early": ("Ушёл в 14:30 по служебной необходимости", "Отпущен после обеда по заявлению", ""),
    "absent": ("Не явился, причину не сообщил", ""),
    "excused": ("Больничный лист", "Служебная командировка", "Семейные обстоятельства, предупредил заранее"),
}
LV_ATTENDANCE_NOTES = {
    "late": ("Nokavēja 15 minūtes", ""),
    "left_early": ("Aizgāja darba dēļ", ""),
    "absent": ("",),
    "excused": ("Slimības lapa", "Komandējums", "Ģimenes apstākļi"),
}
SESSION_NOTES = (
    "Группа по заявке организации", "Сборная группа", "Группа сформирована из пула заявок",
    "Нужен пропуск на территорию для всех участников", "",
)
TRAINER_NOTES = (
    "Группа активная, в третьем раунде вышли на план.", "Во втором раунде долго спорили о балансировке, "
    "в третьем всё получилось.", "Двое участников опоздали, начали в 9:20.",
    "Проектор в аудитории неисправен, работали по раздаточным материалам.", "",
)
FEEDBACK_COMMENTS = (
    "Очень понравилось, всё наглядно и на практике.", "Хотелось бы больше времени на третий раунд.",
    "Теперь понятно, где у нас в отделе потери.", "Отличные тренеры, спасибо!",
    "Полезно, возьмём 5S в работу у себя на участке.", "Мало времени на обед.",
    "Было бы хорошо получить раздаточные материалы в электронном виде.",
    "Игра затягивает, время пролетело незаметно.", "Некоторые термины сложные, нужен глоссарий.",
    "Рекомендую коллегам из соседнего отдела.",
)
LV_FEEDBACK_COMMENTS = (
    "Ļoti noderīgi, viss praktiski.", "Gribētos vairāk laika diskusijām.", "Paldies pasniedzējiem!",
    "Sapratu, kur mūsu nodaļā ir zudumi.",
)
VOID_REASON = "Ошибка в написании фамилии участника; выдан новый сертификат"

# --- improvement projects ------------------------------------------------------------------------------------
# A metric: (name, unit, baseline, target, actual when completed, lower is better).

PROJECTS: tuple[dict[str, Any], ...] = (
    {
        "profiles": ("mfc", "municipal"), "sub": "Эффективный регион",
        "title": "Сокращение времени обработки заявления на выдачу градостроительного плана",
        "metrics": (("Время обработки заявления", "мин", 40, 20, 18, True),
                    ("Доля заявлений, возвращённых на доработку", "%", 14, 5, 5, True)),
        "freed": 620, "rate": 520, "costs": 45_000,
        "background": "Заявители жалуются на долгое ожидание; сроки рассмотрения срываются в каждом "
                      "третьем случае.",
        "current": "Заявление проходит 9 этапов и 4 согласования; 40 минут работы специалиста, из них "
                   "22 — поиск сведений в разных системах.",
        "target": "Время обработки — не более 20 минут, доля возвратов — не более 5 %.",
        "causes": "Нет стандарта проверки комплектности; сведения запрашиваются повторно; документы "
                  "передаются между кабинетами на бумаге.",
        "countermeasures": "Чек-лист комплектности на приёме; единая электронная папка дела; перенос "
                           "согласования в СЭД; стандарт рабочего места специалиста.",
        "plan": "Чек-лист — начальник отдела, 2 недели; электронная папка — ИТ-отдел, 1 месяц; обучение "
                "специалистов — руководитель проекта, 2 недели.",
        "confirmation": "Замеры 3 месяца подряд: среднее время 18 минут, возвраты 5 %.",
        "social": "Заявители получают документы быстрее; меньше повторных визитов.",
    },
    {
        "profiles": ("clinic", "lv_hospital"), "sub": "Бережливая поликлиника",
        "title": "Снижение времени ожидания в очереди в регистратуру",
        "metrics": (("Время ожидания в очереди", "мин", 60, 15, 14, True),
                    ("Доля записей по телефону с первого звонка", "%", 35, 80, 76, False)),
        "freed": 540, "rate": 480, "costs": 120_000,
        "background": "Утренние очереди в регистратуре до 40 человек; жалобы пациентов в вышестоящие органы.",
        "current": "Среднее ожидание 60 минут; 30 % обращений — за справками, которые можно выдать без регистратуры.",
        "target": "Ожидание не более 15 минут; не менее 80 % дозвонов с первого раза.",
        "causes": "Все потоки пациентов идут в одно окно; нет навигации; карты ищут вручную.",
        "countermeasures": "Разделение потоков (запись, справки, выдача результатов); визуальная навигация; "
                           "картохранилище по системе 5S; колл-центр из двух операторов.",
        "plan": "Разделение потоков — заведующий поликлиникой, 1 месяц; навигация — администратор, 3 недели.",
        "confirmation": "Хронометраж в течение двух месяцев: 14 минут в среднем, в пиковые часы до 20 минут.",
        "social": "Снижение числа жалоб; пациенты с детьми и пожилые не стоят в общей очереди.",
    },
    {
        "profiles": ("municipal", "state"), "sub": "Эффективный регион",
        "title": "Снижение доли ошибочных документов при согласовании муниципальных контрактов",
        "metrics": (("Доля ошибочных документов", "%", 12, 4, 4, True),
                    ("Срок согласования контракта", "раб. дн.", 14, 7, 8, True)),
        "freed": 600, "rate": 550, "costs": 0,
        "background": "Каждый восьмой проект контракта возвращается из-за ошибок; закупки срываются по срокам.",
        "current": "Согласование занимает 14 рабочих дней, ошибки в 12 % документов.",
        "target": "Ошибки — не более 4 %, согласование — не более 7 рабочих дней.",
        "causes": "Устаревшие шаблоны; параллельные правки в разных версиях файла; нет проверки перед отправкой.",
        "countermeasures": "Единая библиотека шаблонов; согласование в одной версии документа; чек-лист самопроверки.",
        "plan": "Шаблоны — юрисконсульт, 3 недели; чек-лист — руководитель проекта, 1 неделя.",
        "confirmation": "За квартал 4 % ошибочных документов, средний срок 8 рабочих дней.",
        "social": "",
    },
    {
        "profiles": ("industry",), "sub": "Производительность труда",
        "title": "Сокращение времени переналадки листогибочного пресса",
        "metrics": (("Время переналадки", "мин", 90, 35, 32, True),
                    ("Выработка на смену", "шт", 140, 190, 196, False)),
        "freed": 780, "rate": 650, "costs": 260_000,
        "background": "Пресс — узкое место участка; переналадки съедают до двух часов смены.",
        "current": "Переналадка 90 минут; инструмент хранится в другом конце цеха.",
        "target": "Переналадка не более 35 минут, выработка 190 изделий за смену.",
        "causes": "Внутренние операции не отделены от внешних; поиск инструмента; подгонка по месту.",
        "countermeasures": "SMED: вынос подготовительных операций; тележка переналадки; быстросъёмные прижимы.",
        "plan": "Видеосъёмка и анализ — инженер-технолог, 1 неделя; тележка — ремонтная служба, 3 недели.",
        "confirmation": "20 переналадок подряд: среднее 32 минуты.",
        "social": "Меньше физической нагрузки на наладчиков.",
    },
    {
        "profiles": ("industry",), "sub": "Производительность труда",
        "title": "Снижение уровня брака на участке сварки",
        "metrics": (("Доля брака", "%", 6, 2, 1.8, True),),
        "freed": 450, "rate": 600, "costs": 85_000,
        "background": "Брак сварных узлов обходится предприятию в 1,2 млн рублей в год.",
        "current": "6 % узлов уходит на исправление; половина дефектов — непровар.",
        "target": "Доля брака не более 2 %.",
        "causes": "Разные режимы у сварщиков; нет стандартной операционной карты; износ горелок не отслеживается.",
        "countermeasures": "Стандартные операционные карты; визуальный контроль режимов; график замены расходников.",
        "plan": "Карты — инженер-технолог, 2 недели; график — мастер участка, 1 неделя.",
        "confirmation": "3 месяца: брак 1,8 %.",
        "social": "",
    },
    {
        "profiles": ("industry", "agro"), "sub": "Производительность труда",
        "title": "Организация склада готовой продукции по системе 5S",
        "metrics": (("Время поиска продукции", "мин", 15, 3, 3, True),
                    ("Время комплектации заказа", "мин", 45, 25, 27, True)),
        "freed": 380, "rate": 450, "costs": 60_000,
        "background": "Комплектовщики тратят треть смены на поиск продукции.",
        "current": "Поиск позиции до 15 минут; адресного хранения нет.",
        "target": "Поиск не более 3 минут; комплектация заказа не более 25 минут.",
        "causes": "Нет адресного хранения; неликвиды занимают проходы; нет разметки.",
        "countermeasures": "5S: сортировка и вывоз неликвидов, адресное хранение, разметка, стандарт уборки.",
        "plan": "Сортировка — кладовщики, 2 недели; адресное хранение — логист, 1 месяц.",
        "confirmation": "Замеры на 50 заказах: поиск 3 минуты, комплектация 27 минут.",
        "social": "Безопасные проходы, меньше травм на складе.",
    },
    {
        "profiles": ("agro",), "sub": "Производительность труда",
        "title": "Балансировка линии розлива молочной продукции",
        "metrics": (("Незавершённое производство", "шт", 1200, 400, 380, True),
                    ("Время выполнения заказа", "ч", 30, 12, 14, True)),
        "freed": 520, "rate": 420, "costs": 150_000,
        "background": "Линия простаивает из-за неравномерной загрузки; продукция накапливается перед упаковкой.",
        "current": "Перед упаковкой до 1 200 единиц; заказ выполняется за 30 часов.",
        "target": "Запас перед упаковкой не более 400 единиц, заказ — за 12 часов.",
        "causes": "Разная производительность операций; партии планируются «с запасом».",
        "countermeasures": "Балансировка операций по времени такта; планирование малыми партиями; канбан "
                           "между розливом и упаковкой.",
        "plan": "Хронометраж — технолог, 1 неделя; канбан — мастер смены, 3 недели.",
        "confirmation": "Средний запас 380 единиц, заказ 14 часов.",
        "social": "",
    },
    {
        "profiles": ("school",), "sub": "Комфортная школа",
        "title": "Оптимизация приёма документов в первый класс",
        "metrics": (("Время приёма документов", "мин", 30, 10, 9, True),
                    ("Время ожидания родителей", "мин", 45, 10, 12, True)),
        "freed": 160, "rate": 380, "costs": 15_000,
        "background": "В апреле родители стоят в очереди в коридоре школы по часу.",
        "current": "Приём одного комплекта документов 30 минут, сверка вручную.",
        "target": "Приём не более 10 минут, ожидание не более 10 минут.",
        "causes": "Нет предварительной записи; копии снимают на месте; один сотрудник на приёме.",
        "countermeasures": "Электронная запись по времени; памятка с перечнем документов; два окна приёма.",
        "plan": "Запись — секретарь, 2 недели; памятка — заместитель директора, 1 неделя.",
        "confirmation": "Приёмная кампания: 9 минут на комплект, ожидание 12 минут.",
        "social": "Родители не отпрашиваются с работы на полдня.",
    },
    {
        "profiles": ("social",), "sub": "Эффективный регион",
        "title": "Сокращение срока оформления социального обслуживания на дому",
        "metrics": (("Срок оформления", "раб. дн.", 10, 5, 5, True),),
        "freed": 300, "rate": 400, "costs": 0,
        "background": "Получатели услуг ждут начала обслуживания две недели.",
        "current": "Оформление 10 рабочих дней; 4 выезда специалиста к заявителю.",
        "target": "Оформление не более 5 рабочих дней, не более 2 выездов.",
        "causes": "Документы собираются последовательно; акт обследования согласуется на бумаге.",
        "countermeasures": "Межведомственные запросы в первый день; планшет для акта на выезде.",
        "plan": "Регламент — заведующий отделением, 1 месяц.",
        "confirmation": "За 2 месяца средний срок 5 рабочих дней.",
        "social": "Пожилые люди получают помощь на неделю раньше.",
    },
    {
        "profiles": ("college",), "sub": "Эффективный регион",
        "title": "Организация рабочих мест в учебной мастерской по системе 5S",
        "metrics": (("Время подготовки рабочего места", "мин", 20, 7, 6, True),),
        "freed": 240, "rate": 350, "costs": 35_000,
        "background": "Занятие начинается с поиска инструмента; часть пары теряется.",
        "current": "Подготовка рабочего места 20 минут.",
        "target": "Подготовка не более 7 минут.",
        "causes": "Инструмент общий и без мест хранения; нет стандарта уборки.",
        "countermeasures": "Теневые доски; закреплённые наборы инструмента; стандарт уборки в конце пары.",
        "plan": "Теневые доски — мастер п/о со студентами, 3 недели.",
        "confirmation": "Замеры на 10 занятиях: 6 минут.",
        "social": "Студенты осваивают 5S на собственном рабочем месте.",
    },
    {
        "profiles": ("state", "mfc"), "sub": "Эффективный регион",
        "title": "Сокращение срока рассмотрения заявки на региональную поддержку предприятий",
        "metrics": (("Срок рассмотрения заявки", "раб. дн.", 30, 15, 16, True),),
        "freed": 700, "rate": 600, "costs": 0,
        "background": "Предприятия ждут решения о поддержке больше месяца.",
        "current": "30 рабочих дней; 5 согласующих подразделений.",
        "target": "Не более 15 рабочих дней.",
        "causes": "Последовательное согласование; повторные запросы документов у заявителя.",
        "countermeasures": "Параллельное согласование; единый перечень документов; ответственный за заявку.",
        "plan": "Регламент — начальник отдела, 1 месяц; перечень документов — юрист, 2 недели.",
        "confirmation": "Заявки квартала рассмотрены в среднем за 16 рабочих дней.",
        "social": "",
    },
    {
        "profiles": ("lv_municipal", "lv_state"), "sub": "LEAN pašvaldībās",
        "title": "Būvatļauju izsniegšanas procesa saīsināšana",
        "metrics": (("Būvatļaujas izsniegšanas laiks", "dienas", 30, 15, 14, True),),
        "freed": 560, "rate": 20, "costs": 0, "latvian": True,
        "background": "Iedzīvotāji gaida būvatļauju vairāk nekā mēnesi.",
        "current": "30 dienas; dokumenti tiek pārsūtīti starp nodaļām papīra formā.",
        "target": "Ne vairāk kā 15 dienas.",
        "causes": "Secīga saskaņošana; trūkst standartizētas pārbaudes lapas.",
        "countermeasures": "Paralēla saskaņošana elektroniski; pārbaudes lapa pieņemšanā.",
        "plan": "Pārbaudes lapa — būvvaldes vadītājs, 2 nedēļas; e-saskaņošana — IT nodaļa, 1 mēnesis.",
        "confirmation": "Ceturkšņa dati: vidēji 14 dienas.",
        "social": "Ātrāki pakalpojumi iedzīvotājiem.",
    },
)

PROJECT_ROLES = ("Участник рабочей группы", "Участник рабочей группы", "Хронометраж и замеры",
                 "Разработка стандартов")
LV_PROJECT_ROLES = ("Darba grupas dalībnieks", "Mērījumi", "Standartu izstrāde")
FOLLOW_UP_NOTES = (
    "Мероприятия выполняются по плану, замеры ведутся еженедельно.",
    "Стандарт утверждён, персонал обучен.",
    "Отстаём на две недели: ждём поставку стеллажей.",
    "Результат устойчив, отклонений нет.",
    "Руководитель проекта сменился, команда сохранена.",
)
LV_FOLLOW_UP_NOTES = ("Pasākumi tiek īstenoti saskaņā ar plānu.", "Rezultāts ir stabils.")

# --- calendars -------------------------------------------------------------------------------------------
# Public holidays as (month, day); no sessions are planned on them.

RU_HOLIDAYS = frozenset({(1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8), (2, 23), (3, 8), (5, 1),
                         (5, 9), (6, 12), (11, 4), (12, 31)})
LV_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 4), (6, 23), (6, 24), (11, 18), (12, 24), (12, 25), (12, 26),
                         (12, 31)})
RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
LV_MONTHS = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
             "oktobrī", "novembrī", "decembrī")
