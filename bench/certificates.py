"""Certificate PDFs: how long a coordinator waits for a session's batch, and for a year's reprint.

    .venv/bin/python bench/certificates.py [--runs 15] [--big 1000] [--out bench/out/certificates]

Every certificate is the default design in Russian with a QR text shaped like a signed one (the number, a name,
the programme, date, hours, key id and an 86-character signature: about 200 bytes, Cyrillic included). Measured:

1. 16 certificates in one PDF, in-process: the first batch of a fresh process (reportlab loaded, fonts
   registered) and the median of `--runs` more. Goal ≤ 0.3 s.
2. 1,000 certificates in one PDF: in one process, and on two processes (each draws half in a
   ProcessPoolExecutor, the halves are joined with pypdf). Goal ≤ 10 s on two cores.
3. 1,000 separate PDFs (the ZIP of one file per person), in one process and on two.
4. Where LibreOffice is installed: the same 16 certificates as Word files (.docx) converted to PDF in one
   `soffice` call, and how many times faster our batch is (goal ≥ 8×). Without LibreOffice this is skipped.

Baselines from before (the team's field notes on this machine): 16 pages 0.4 s, 1,000 pages 25 s, 1,000 files
31 s (20 s on two processes), LibreOffice converting 16 Word certificates in one call 2.4 s.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent / "out" / "certificates"

SURNAMES = ["Иванова", "Петров", "Bērziņš", "Сидоренко", "Константинопольский-Преображенский", "Кузнецова",
            "Šķēle", "Смирнов"]
NAMES = ["Мария Петровна", "Алексей Николаевич", "Jānis", "Ольга Игоревна", "Максимилиан Вячеславович",
         "Анна Сергеевна", "Žanis", "Дмитрий Андреевич"]
ORGANISATIONS = ["ООО «Ромашка»", "SIA «Latvijas Finieris»", "АО «Кировский завод»",
                 "ГБУ «Многофункциональный центр предоставления государственных и муниципальных услуг»"]


def batch(count: int, start: int = 1) -> list:
    from factory_desk.documents.certificate import CertificateData

    out = []
    for number in range(start, start + count):
        name = f"{SURNAMES[number % len(SURNAMES)]} {NAMES[number % len(NAMES)]}"
        code = f"КИР-2026-{number:05d}"
        signature = base64.urlsafe_b64encode(hashlib.sha512(code.encode()).digest()).rstrip(b"=").decode()
        qr_text = "|".join(("FD1", code, name, "Основы бережливого производства", "2026-03-10", "8", "9f2c4e1a",
                            signature))
        out.append(CertificateData(
            number=code, full_name=name, organisation=ORGANISATIONS[number % len(ORGANISATIONS)],
            position="Мастер участка", programme="Основы бережливого производства", hours=Decimal(8),
            first_day=dt.date(2026, 3, 10), last_day=dt.date(2026, 3, 10), factory="Фабрика процессов Кириши",
            factory_address="г. Кириши, ул. Ленина, д. 1", qr_text=qr_text))
    return out


def render(first: int, count: int) -> bytes:
    """One PDF of `count` certificates numbered from `first` (run in a worker process)."""
    from factory_desk.documents.certificate import DEFAULT_DEFINITION, certificate_pdf

    return certificate_pdf(batch(count, first), DEFAULT_DEFINITION)


def render_files(first: int, count: int) -> list[bytes]:
    """A PDF per certificate (run in a worker process)."""
    from factory_desk.documents.certificate import DEFAULT_DEFINITION, certificate_pdf

    return [certificate_pdf([data], DEFAULT_DEFINITION) for data in batch(count, first)]


def chunks(total: int, parts: int) -> list[tuple[int, int]]:
    size = -(-total // parts)
    return [(first, min(size, total - first + 1)) for first in range(1, total + 1, size)]


def merge(pdfs: list[bytes]) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter()
    for data in pdfs:
        writer.append(pypdf.PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def seconds(started: float) -> float:
    return time.perf_counter() - started


# --- LibreOffice ---------------------------------------------------------------------------------------------

def docx(lines: list[str]) -> bytes:
    """A minimal Word file with `lines` as centred paragraphs, the first as a title."""
    paragraphs = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="{56 if index == 0 else 26}"/>'
        f'</w:rPr><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for index, line in enumerate(lines))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
        'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
        'openxmlformats.org/wordprocessingml/2006/main"><w:body>' + paragraphs + '<w:sectPr><w:pgSz w:w="16838" '
        'w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return out.getvalue()


def libreoffice(ours: float) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed on this machine: the Word comparison is skipped.")
        return
    from factory_desk.documents.certificate import DEFAULT_DEFINITION, render_fields

    with tempfile.TemporaryDirectory() as folder:
        files = []
        for data in batch(16):
            path = Path(folder) / f"{data.number}.docx"
            path.write_bytes(docx([DEFAULT_DEFINITION.title, *render_fields(DEFAULT_DEFINITION.body, data, "ru")
                                   .splitlines(), data.number]))
            files.append(str(path))
        profile = Path(folder) / "profile"
        command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", str(Path(folder) / "pdf"), *files]
        subprocess.run(command, check=True, capture_output=True, timeout=600)  # the first start makes a profile
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, timeout=600)
        took = seconds(started)
    print(f"LibreOffice, 16 Word certificates to PDF in one call: {took:.2f} s; "
          f"our 16 in one PDF: {ours:.3f} s, {took / ours:.0f}× faster (goal ≥ 8×)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--big", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    from factory_desk.documents.certificate import DEFAULT_DEFINITION, certificate_pdf
    from factory_desk.documents.layout import register_fonts

    register_fonts()
    loaded = seconds(started)
    sixteen = batch(16)
    started = time.perf_counter()
    first_pdf = certificate_pdf(sixteen, DEFAULT_DEFINITION)
    first = seconds(started)
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        pdf = certificate_pdf(sixteen, DEFAULT_DEFINITION)
        times.append(seconds(started))
    assert pdf == first_pdf, "the same input must give the same bytes"
    (args.out / "16.pdf").write_bytes(pdf)
    warm = statistics.median(times)
    print(f"Loading reportlab and registering the fonts: {loaded:.2f} s (once per process)")
    print(f"16 certificates in one PDF, first batch of the process: {first:.3f} s; then median {warm:.3f} s, "
          f"best {min(times):.3f} s, worst {max(times):.3f} s of {args.runs} (goal ≤ 0.3 s); {len(pdf):,} bytes")

    big = batch(args.big)
    started = time.perf_counter()
    pdf = certificate_pdf(big, DEFAULT_DEFINITION)
    one = seconds(started)
    (args.out / f"{args.big}.pdf").write_bytes(pdf)
    print(f"{args.big:,} certificates in one PDF, one process: {one:.2f} s ({args.big / one:.0f} pages/s); "
          f"{len(pdf) / 1e6:.1f} MB")

    started = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        halves = list(pool.map(render, *zip(*chunks(args.big, 2), strict=True)))
    drawn = seconds(started)
    pdf = merge(halves)
    two = seconds(started)
    (args.out / f"{args.big}-two-processes.pdf").write_bytes(pdf)
    print(f"{args.big:,} certificates in one PDF, two processes: {two:.2f} s (drawing {drawn:.2f} s, joining "
          f"{two - drawn:.2f} s); {len(pdf) / 1e6:.1f} MB (goal ≤ 10 s)")

    started = time.perf_counter()
    files = [certificate_pdf([data], DEFAULT_DEFINITION) for data in big]
    separate_one = seconds(started)
    started = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        parts = list(pool.map(render_files, *zip(*chunks(args.big, 2), strict=True)))
    separate_two = seconds(started)
    assert [pdf for part in parts for pdf in part] == files
    print(f"{args.big:,} separate PDFs: one process {separate_one:.2f} s, two processes {separate_two:.2f} s; "
          f"{sum(map(len, files)) / len(files) / 1000:.0f} kB each")

    libreoffice(warm)
    print(f"cores: {os.cpu_count()}, Python {sys.version.split()[0]}; PDFs in {args.out}")


if __name__ == "__main__":
    main()
