"""Made tests/resources/factory-desk-rev0001.sqlite: a database as Factory Desk 0.1 at schema 0001 left it,
with a few rows in the main tables. Kept to prove that later versions upgrade it with its data.
Run once per released schema; the file is committed and never regenerated for old revisions."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from factory_desk.store.schema import upgrade_to

target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("factory-desk-rev0001.sqlite"))
target.unlink(missing_ok=True)
engine = create_engine(f"sqlite:///{target}")
with engine.begin() as connection:
    upgrade_to(connection, "0001")
    connection.execute(text("PRAGMA foreign_keys=ON"))
    now = "2026-03-02 08:00:00.000000"
    connection.execute(text(
        "INSERT INTO organisation (id, full_name, short_name, inn, org_type, sector, region, email, phone, notes,"
        " search_text, sort_key, created_at, updated_at) VALUES (1, 'Общество с ограниченной ответственностью"
        " «Северный завод»', 'ООО «Северный завод»', '7707083893', 'enterprise', 'машиностроение',"
        " 'Ленинградская область', '', '', '', 'ооо «северныи завод»', 'ооо северныи завод', :now, :now)"),
        {"now": now})
    for pid, surname, first, patronymic in [(1, "Семёнов", "Пётр", "Ильич"), (2, "Bērziņš", "Jānis", ""),
                                            (3, "Иванова", "Мария", "Петровна")]:
        connection.execute(text(
            "INSERT INTO person (id, surname, first_name, patronymic, position, department, organisation_id,"
            " category, email, phone, is_minor, notes, search_text, sort_key, created_at, updated_at)"
            " VALUES (:id, :s, :f, :p, 'инженер', '', 1, 'enterprise_employee', '', '', 0, '', '', '', :now, :now)"),
            {"id": pid, "s": surname, "f": first, "p": patronymic, "now": now})
    connection.execute(text(
        "INSERT INTO factory (id, name, code, address, region, specialisation, timezone, is_active, created_at,"
        " updated_at) VALUES (1, 'Фабрика процессов Кировск', 'КИР', 'Кировск', 'Ленинградская область', '',"
        " 'Europe/Moscow', 1, :now, :now)"), {"now": now})
engine.dispose()
print(target)
