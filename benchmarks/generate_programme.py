"""Generate a Folkemødet-scale text programme for benchmarking the text importer.

The output imitates a programme copied together from many organisers: four
days of events on dozens of stages, written in the mixed styles real
programmes use (``Kl. 10.00–10.45 Title v/ Name, Org``, ``13:10-13:45``, a
time alone on its line with the title below, start-only lines, durations in
words, workshop rounds with bullets, speaker and organiser lines,
descriptions). Mostly Danish, with some stages in Bokmål.

The same arguments always give the same text (a seeded ``random.Random``).

    >>> text = generate(sessions=40, days=2, seed=3)
    >>> text == generate(sessions=40, days=2, seed=3)
    True

Command line::

    python benchmarks/generate_programme.py [--sessions N] [--days D] [--seed S] > out.txt
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass

FIRST_DAY = dt.date(2025, 6, 12)
DAY_START = 9 * 60
DAY_END = 21 * 60 + 30

WEEKDAYS_DA = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")
MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)

FIRST_NAMES = (
    "Anne",
    "Mette",
    "Karen",
    "Signe",
    "Ida",
    "Louise",
    "Camilla",
    "Birgitte",
    "Sofie",
    "Ingrid",
    "Kari",
    "Solveig",
    "Rasmus",
    "Jens",
    "Mikkel",
    "Anders",
    "Henrik",
    "Torben",
    "Jesper",
    "Søren",
    "Ole",
    "Knut",
    "Håkon",
    "Eirik",
)
MIDDLE_NAMES = ("Marie", "Juul", "Holm", "Bech", "Skov", "Lykke", "Moe", "Aas", "Brix", "Dahl")
SURNAMES = (
    "Andersen",
    "Kjærgaard",
    "Thygesen",
    "Østergaard",
    "Mølgaard",
    "Frandsen",
    "Lindgaard",
    "Vestergaard",
    "Hougaard",
    "Krogh",
    "Hansen",
    "Nygård",
    "Haugland",
    "Sætre",
    "Bakken",
    "Fossheim",
    "Solberg",
    "Strand",
)
ROLES_DA = (
    "borgmester",
    "rådmand",
    "kommunaldirektør",
    "professor",
    "projektleder",
    "formand",
    "chefkonsulent",
    "byrådsmedlem",
    "lektor",
    "direktør",
)
ROLES_NB = (
    "ordfører",
    "fylkesordfører",
    "rådmann",
    "kommunedirektør",
    "statssekretær",
    "forsker",
    "prosjektleder",
    "rådgiver",
)
ORGS_DA = (
    "Tænketanken Fremtidens Kommune",
    "Landsforeningen for Lokaldemokrati",
    "Netværk for Grøn Omstilling",
    "Danske Ældrenetværk",
    "Foreningen af Kommunale Planlæggere",
    "Ungdommens Demokratiråd",
    "Syddansk Velfærdsforum",
    "Cyklistforbundet Bornholm",
    "Landdistrikternes Samråd",
    "Boligsocialt Videnscenter",
)
ORGS_NB = (
    "Nordisk Lokaldemokratiforum",
    "Distriktssenteret",
    "Fjellregionens Samarbeidsråd",
    "Norsk Nærmiljøforbund",
    "Kommuneforskning Nord",
)
STAGE_WORDS = (
    "Havnescenen",
    "Kirkepladsen",
    "Kæmpestranden",
    "Bibliotekets scene",
    "Kommunernes Telt",
    "Folkets Telt",
    "Klippescenen",
    "Nordisk Telt",
    "Ungdomsscenen",
    "Fyrtårnsscenen",
    "Torvet",
    "Sømandshjemmet",
)

TOPICS_DA = (
    "den grønne omstilling",
    "ældreplejen",
    "folkeskolen",
    "landdistrikterne",
    "kollektiv trafik",
    "psykiatrien",
    "demokratiet",
    "klimatilpasning",
    "boligpolitikken",
    "biodiversiteten",
    "sundhedsreformen",
    "foreningslivet",
    "unges trivsel",
    "digitaliseringen",
    "velfærdsteknologi",
    "det lokale erhvervsliv",
    "drikkevandet",
    "kulturlivet",
    "tillidsreformen",
    "frivilligheden",
)
GROUPS_DA = (
    "kommunerne",
    "regionerne",
    "civilsamfundet",
    "de unge",
    "borgmestrene",
    "erhvervslivet",
    "foreningerne",
)
TEMPLATES_DA = (
    "Hvordan styrker vi {topic}?",
    "{Topic} i fremtidens kommune",
    "Debat om {topic} og {topic2}",
    "Kan {group} redde {topic}?",
    "Fra ord til handling: {topic}",
    "{Topic} – hvem betaler?",
    "Samtale om {topic}",
    "Hvad betyder {topic} for {group}?",
    "Stormøde om {topic}",
    "{Topic} set fra rådhuset",
)
TOPICS_NB = (
    "distriktspolitikken",
    "kommuneøkonomien",
    "eldreomsorgen",
    "bolysten",
    "skolestrukturen",
    "beredskapen",
    "frivilligheten",
    "integreringen",
    "lokaldemokratiet",
    "samferdselen",
)
TEMPLATES_NB = (
    "Hvordan sikrer vi {topic}?",
    "{Topic} i nordiske kommuner",
    "Samtale om {topic}",
    "Hva kan Danmark lære av norsk {topic}?",
    "{Topic} – erfaringer fra Norge",
)
DESCRIPTIONS = (
    "Vi samler politikere, fagfolk og borgere til en åben samtale med spørgsmål fra salen.",
    "Kom og hør, hvordan tre kommuner har grebet opgaven an – og hvad de ville gøre anderledes.",
    "Arrangementet foregår udendørs. Tag gerne en stol eller et tæppe med.",
    "Der serveres kaffe og kage, så længe lageret rækker.",
    "Debatten optages og kan ses på arrangørens hjemmeside bagefter.",
    "Vi deler erfaringer fra et treårigt forsøg og giver konkrete råd videre.",
)
DESCRIPTIONS_NB = (
    "Samtalen ledes av en journalist, og publikum inviteres til å stille spørsmål underveis.",
    "Vi presenterer ferske tall og inviterer til debatt om hva de betyr for kommunene.",
)
DURATIONS_DA = {45: "tre kvarter", 75: "fem kvarter", 30: "en halv time", 90: "1½ time"}
DURATIONS_NB = {30: "en halv time", 90: "halvannen time", 120: "to timer", 45: "45 min."}
BREAKS = ("Pause", "Kaffepause")


@dataclass(frozen=True)
class Writer:
    """Formats times and names for one stage's block of the programme."""

    rng: random.Random
    norwegian: bool

    def name(self) -> str:
        parts = [self.rng.choice(FIRST_NAMES)]
        if self.rng.random() < 0.4:
            parts.append(self.rng.choice(MIDDLE_NAMES))
        parts.append(self.rng.choice(SURNAMES))
        return " ".join(parts)

    def role(self) -> str:
        return self.rng.choice(ROLES_NB if self.norwegian else ROLES_DA)

    def org(self) -> str:
        return self.rng.choice(ORGS_NB if self.norwegian else ORGS_DA)

    def title(self) -> str:
        topics = TOPICS_NB if self.norwegian else TOPICS_DA
        template = self.rng.choice(TEMPLATES_NB if self.norwegian else TEMPLATES_DA)
        topic, topic2 = self.rng.sample(topics, 2)
        return template.format(
            topic=topic,
            Topic=topic[0].upper() + topic[1:],
            topic2=topic2,
            group=self.rng.choice(GROUPS_DA),
        )

    def description(self) -> str:
        return self.rng.choice(DESCRIPTIONS_NB if self.norwegian else DESCRIPTIONS)

    def speaker_tail(self) -> str:
        """A trailing speaker part: "v/ Name, role", "v/Name, Org" or "ved Name"."""
        style = self.rng.randrange(4)
        if self.norwegian or style == 0:
            return f"ved {self.name()}, {self.role()}"
        if style == 1:
            return f"v/ {self.name()}, {self.role()}"
        if style == 2:
            return f"v/{self.name()}, {self.org()}"
        return f"v/ {self.org()}"

    def speaker_line(self) -> str:
        label = (
            "Innleder" if self.norwegian else self.rng.choice(("Oplægsholder", "Foredragsholder"))
        )
        role = self.role()
        return f"{label}: {role[0].upper()}{role[1:]}, {self.name()}, {self.org()}"


def dot(minutes: int, *, lead: bool = True) -> str:
    """10.00 or 9.30 style."""
    h, m = divmod(minutes, 60)
    return f"{h:02d}.{m:02d}" if lead else f"{h}.{m:02d}"


def colon(minutes: int) -> str:
    """13:10 style."""
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


def day_heading(rng: random.Random, index: int, date: dt.date) -> str:
    """A Danish day heading in one of the styles programmes use."""
    weekday = WEEKDAYS_DA[date.weekday()]
    month = MONTHS[date.month - 1]
    style = rng.randrange(4)
    if style == 0:
        return f"{weekday} {date.day}. {month}"
    if style == 1:
        return f"Dag {index + 1}, {date.day}. {month}"
    if style == 2:
        return f"{weekday} den {date.day}. {month} {date.year}"
    return f"{weekday.upper()} {date.day}. {month.upper()}"


def timed_item(w: Writer, start: int, length: int) -> list[str]:
    """One session in one of the plain styles; returns its lines."""
    rng = w.rng
    end = start + length
    title = w.title()
    style = rng.randrange(6)
    lines: list[str]
    if style == 0:
        lines = [f"Kl. {dot(start)}–{dot(end)} {title} {w.speaker_tail()}"]
    elif style == 1:
        lines = [f"{colon(start)}-{colon(end)} {title}", w.speaker_line()]
    elif style == 2:
        lines = [f"kl. {dot(start, lead=False)}", title, w.speaker_tail()]
    elif style == 3:
        words = (DURATIONS_NB if w.norwegian else DURATIONS_DA).get(length)
        if words is None:
            lines = [f"Kl. {dot(start)} - {dot(end)} {title}"]
        else:
            lines = [f"Kl. {dot(start)} ({words}) {title}"]
    elif style == 4:
        lines = [f"{dot(start)} – {dot(end)}  {title}", f"Arrangør: {w.org()}"]
        if rng.random() < 0.6:
            people = [w.name() for _ in range(rng.randint(2, 4))]
            lines.append(f"Medvirkende: {', '.join(people[:-1])} og {people[-1]}")
    else:
        lines = [f"kl. {dot(start, lead=False)} {title}"]
    if style != 4 and rng.random() < 0.25:
        lines.append(f"Arrangør: {w.org()}")
    if rng.random() < 0.5:
        lines.append("   " + w.description())
    return lines


def workshop_round(
    w: Writer, start: int, length: int, number: int, most: int
) -> tuple[list[str], int]:
    """A round heading followed by at most `most` parallel items; returns (lines, items)."""
    rng = w.rng
    end = start + length
    if not w.norwegian and most >= 2 and rng.random() < 0.2:
        lines = [f"Kl. {dot(start)}-{dot(end)} Sessioner i to spor", ""]
        for track in ("A", "B"):
            lines += [f"Spor {track} – {w.title()}", w.description(), w.speaker_line(), ""]
        return lines, 2
    heading = (
        "Parallelle sesjoner"
        if w.norwegian
        else rng.choice((f"Workshops runde #{number}", f"Workshops #{number}"))
    )
    lines = [f"Kl. {dot(start)}-{dot(end)} {heading}", ""]
    bullet = rng.choice(("•", "-", "–", "*"))
    items = min(most, rng.randint(3, 5))
    for _ in range(items):
        tail = f" {w.speaker_tail()}" if rng.random() < 0.5 else ""
        lines.append(f" {bullet} {w.title()}{tail}")
        if rng.random() < 0.35:
            lines.append("   " + w.description())
    return lines, items


def generate(sessions: int = 3000, days: int = 4, seed: int = 1) -> str:
    """Return a programme text with exactly `sessions` sessions over `days` days."""
    if sessions < 0 or days < 1:
        raise ValueError("sessions must be >= 0 and days >= 1")
    rng = random.Random(seed)
    out: list[str] = [
        f"Folkemødet {FIRST_DAY.year} – det samlede program",
        "",
        f"Publiceret: 20.05.{FIRST_DAY.year}",
        "Sted: Allinge, Bornholm",
        "Alle arrangementer er gratis og åbne for alle. Programmet opdateres løbende.",
        "",
        "PROGRAM",
        "",
    ]
    stage_no = 0
    round_no = 0
    for day in range(days):
        quota = sessions // days + (1 if day < sessions % days else 0)
        date = FIRST_DAY + dt.timedelta(days=day)
        out += [day_heading(rng, day, date), ""]
        while quota > 0:
            stage_no += 1
            stage = f"{STAGE_WORDS[stage_no % len(STAGE_WORDS)]} {stage_no // len(STAGE_WORDS) + 1}"
            w = Writer(rng, norwegian=rng.random() < 0.15)
            out += [f"Scene: {stage}", ""]
            clock = DAY_START + rng.choice((0, 15, 30, 60))
            while quota > 0 and clock < DAY_END:
                length = rng.choice((30, 45, 45, 60, 75, 90))
                roll = rng.random()
                if roll < 0.08 and quota >= 3:
                    round_no += 1
                    block, items = workshop_round(w, clock, length, round_no, quota)
                    out += block
                    quota -= items
                elif roll < 0.14 and clock >= DAY_START + 60:
                    lunch = 11 * 60 + 30 <= clock <= 13 * 60
                    pause = "Frokostpause" if lunch else rng.choice(BREAKS)
                    out.append(f"Kl. {dot(clock)}-{dot(clock + 15)} {pause}")
                    length = 15
                    quota -= 1
                else:
                    out += timed_item(w, clock, length)
                    quota -= 1
                out.append("")
                clock += length + rng.choice((0, 0, 15))
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=3000, help="number of sessions")
    parser.add_argument("--days", type=int, default=4, help="number of days")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    args = parser.parse_args(argv)
    sys.stdout.write(generate(sessions=args.sessions, days=args.days, seed=args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
