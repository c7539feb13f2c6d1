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

:func:`generate_week` writes a Folkemødet week instead: five days, many
stages, every title different, about a third of the sessions in the guide's
style with the title *above* the time line (a title, then ``08:45 - 09:30
G14 Organiser - Place``, then a description), the rest time-first, with
speaker bullets (``- rådmand Name``, ``• Name, role, Org``) and ``v/ Name``
lines. It also returns the titles it wrote, to check an import against:

    >>> week = generate_week(sessions=60, days=5, seed=3)
    >>> len(week.titles), len(set(week.titles)), week == generate_week(60, 5, 3)
    (60, 60, True)

Command line::

    python benchmarks/generate_programme.py [--sessions N] [--days D] [--seed S] > out.txt
    python benchmarks/generate_programme.py --week [--sessions N] [--days D] > week.txt
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


def _page_head(year: int) -> list[str]:
    """The lines under a Folkemødet page's title: published, where, what it costs."""
    return [
        "",
        f"Publiceret: 20.05.{year}",
        "Sted: Allinge, Bornholm",
        "Alle arrangementer er gratis og åbne for alle. Programmet opdateres løbende.",
        "",
    ]


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
        *_page_head(FIRST_DAY.year),
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


# -- a Folkemødet week: mixed styles, unique titles, known answers ---------------

WEEK_FIRST_DAY = dt.date(2025, 6, 11)
WEEK_DAY_START = 8 * 60 + 30
WEEK_DAY_END = 21 * 60

# Stands as the Folkemødet guide codes them: an area letter and a number.
STAND_AREAS = "ABCEFGHKMN"
PLACES = (
    "Kæmpestranden",
    "Havnen",
    "Kirkepladsen",
    "Allinge Havn",
    "Sandkås",
    "Nordskoven",
    "Torvet",
    "Strandvejen",
    "Folkemødets Plads",
    "Sømandshjemmet",
)
WEEK_TOPICS = (
    "den grønne omstilling",
    "ældreplejen",
    "folkeskolen",
    "landdistrikterne",
    "den kollektive trafik",
    "psykiatrien",
    "nærdemokratiet",
    "klimatilpasningen",
    "boligpolitikken",
    "biodiversiteten",
    "sundhedsreformen",
    "foreningslivet",
    "de unges trivsel",
    "digitaliseringen",
    "velfærdsteknologien",
    "det lokale erhvervsliv",
    "drikkevandet",
    "kulturlivet",
    "tillidsreformen",
    "frivilligheden",
    "beskæftigelsen",
    "integrationen",
    "skolemaden",
    "kystsikringen",
    "affaldssorteringen",
    "ungdomsuddannelserne",
    "det nære sundhedsvæsen",
    "fritidslivet",
    "vindmøllerne",
    "madspildet",
)
WEEK_TEMPLATES = (
    "Hvordan styrker vi {topic}{where}?",
    "{Topic} i fremtidens kommune",
    "Debat om {topic} og {topic2}{where}",
    "Kan {group} redde {topic}{where}?",
    "Fra ord til handling: {topic}{where}",
    "{Topic} – hvem betaler{where}?",
    "Samtale om {topic}{where}",
    "Hvad betyder {topic}{where} for {group}?",
    "Stormøde om {topic}{where}",
    "{Topic} set fra rådhuset",
    "Skal {group}{where} have mere at sige om {topic}?",
    "Borgermøde: {topic} og {topic2}{where}",
    "Ærlig talt om {topic}{where}",
    "Hvem tager ansvaret for {topic}{where}?",
)
WHERE = (
    "",
    " på Bornholm",
    " i Nordjylland",
    " i yderområderne",
    " i de små kommuner",
    " i hovedstaden",
    " på øerne",
    " i Sønderjylland",
    " efter kommunalvalget",
    " på tværs af generationer",
    " med borgerne i centrum",
    " i en krisetid",
    " uden for de store byer",
    " i Region Midtjylland",
    " på landet",
)
WEEK_GROUPS = (
    "kommunerne",
    "regionerne",
    "civilsamfundet",
    "de unge",
    "borgmestrene",
    "erhvervslivet",
    "foreningerne",
    "de ældre",
    "lærerne",
    "landmændene",
)
WEEK_ROLES = (*ROLES_DA, "regionsrådsformand", "folketingsmedlem")


@dataclass(frozen=True)
class Week:
    """A generated week: the text and, in programme order, the title of each session."""

    text: str
    titles: tuple[str, ...]
    title_above: int
    """How many sessions are in the guide's style, the title above the time line."""


def _week_titles(template: str) -> list[str]:
    """Every title ``template`` can give."""
    pairs = [
        (topic, topic2)
        for topic in WEEK_TOPICS
        for topic2 in (WEEK_TOPICS if "{topic2}" in template else WEEK_TOPICS[:1])
        if topic2 != topic or "{topic2}" not in template
    ]
    groups = WEEK_GROUPS if "{group}" in template else WEEK_GROUPS[:1]
    wheres = WHERE if "{where}" in template else ("",)
    return [
        template.format(
            topic=topic,
            Topic=topic[0].upper() + topic[1:],
            topic2=topic2,
            group=group,
            where=where,
        )
        for topic, topic2 in pairs
        for group in groups
        for where in wheres
    ]


class _WeekWriter:
    """Writes the sessions of a week, every title used once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        # Each template's titles in a shuffled order, so titles never repeat and
        # every template keeps turning up until its titles run out.
        self.titles: list[list[str]] = []
        for template in WEEK_TEMPLATES:
            titles = _week_titles(template)
            rng.shuffle(titles)
            self.titles.append(titles)

    def name(self) -> str:
        parts = [self.rng.choice(FIRST_NAMES)]
        if self.rng.random() < 0.4:
            parts.append(self.rng.choice(MIDDLE_NAMES))
        parts.append(self.rng.choice(SURNAMES))
        return " ".join(parts)

    def role(self) -> str:
        return self.rng.choice(WEEK_ROLES)

    def org(self) -> str:
        return self.rng.choice(ORGS_DA)

    def title(self) -> str:
        """A title not used before, from a template chosen at random (some 40,000 in all)."""
        left = [titles for titles in self.titles if titles]
        if not left:
            raise ValueError("too many sessions for the titles this generator can write")
        return self.rng.choice(left).pop()

    def description(self) -> str:
        return self.rng.choice(DESCRIPTIONS)

    def bullets(self) -> list[str]:
        """Speaker bullets: "- rådmand Name" or "• Name, role, Org", one style a session."""
        if self.rng.random() < 0.5:
            return [f"- {self.role()} {self.name()}" for _ in range(self.rng.randint(1, 3))]
        return [
            f"• {self.name()}, {self.role()}, {self.org()}" for _ in range(self.rng.randint(1, 3))
        ]

    def by(self) -> str:
        """A "v/ Name" line."""
        if self.rng.random() < 0.5:
            return f"v/ {self.name()}"
        return f"v/ {self.name()}, {self.role()}"

    def guide_item(self, start: int, end: int) -> tuple[list[str], str]:
        """The guide's style: the title above ``08:45 - 09:30 G14 Organiser - Place``."""
        rng = self.rng
        title = self.title()
        stand = f"{rng.choice(STAND_AREAS)}{rng.randint(1, 40)}"
        place = rng.choice(PLACES)
        lines = [title, f"{colon(start)} - {colon(end)} {stand} {self.org()} - {place}"]
        lines.append(self.description())
        if rng.random() < 0.5:
            lines += self.bullets()
        return lines, title

    def timed_item(self, start: int, end: int) -> tuple[list[str], str]:
        """A time-first item, in one of the styles organisers use."""
        rng = self.rng
        title = self.title()
        style = rng.randrange(5)
        if style == 0:
            lines = [f"Kl. {dot(start)}–{dot(end)} {title} v/ {self.name()}, {self.role()}"]
        elif style == 1:
            lines = [f"{colon(start)}-{colon(end)} {title}", self.by()]
        elif style == 2:
            lines = [f"kl. {dot(start, lead=False)}-{dot(end, lead=False)}", title, self.by()]
        elif style == 3:
            lines = [f"{dot(start)} – {dot(end)}  {title}", f"Arrangør: {self.org()}"]
        else:
            lines = [f"Kl. {dot(start)}-{dot(end)} {title}"]
        if rng.random() < 0.4:
            lines.append(self.description())
        if rng.random() < 0.4:
            lines += self.bullets()
        return lines, title


def generate_week(sessions: int = 3000, days: int = 5, seed: int = 1) -> Week:
    """A Folkemødet week of exactly ``sessions`` sessions over ``days`` days, mixed styles.

    The text is blocks of one stage's day, each in one style: a third of the
    blocks are copied from the guide (each line names its stand and place),
    the others are headed "Scene: Havnescenen 3" and written time-first.
    Every title is different; they are returned in programme order.
    """
    if sessions < 0 or days < 1:
        raise ValueError("sessions must be >= 0 and days >= 1")
    rng = random.Random(seed)
    w = _WeekWriter(rng)
    out: list[str] = [
        f"Folkemødet {WEEK_FIRST_DAY.year} – hele ugens program",
        *_page_head(WEEK_FIRST_DAY.year),
    ]
    titles: list[str] = []
    above = 0
    stage_no = 0
    for day in range(days):
        quota = sessions // days + (1 if day < sessions % days else 0)
        date = WEEK_FIRST_DAY + dt.timedelta(days=day)
        out += [day_heading(rng, day, date), ""]
        while quota > 0:
            stage_no += 1
            stage = f"{STAGE_WORDS[stage_no % len(STAGE_WORDS)]} {stage_no // len(STAGE_WORDS) + 1}"
            guide = rng.random() < 1 / 3
            if not guide:  # the guide's lines name their own stand and place
                out += [f"Scene: {stage}", ""]
            clock = WEEK_DAY_START + rng.choice((0, 15, 30, 45, 60, 90))
            while quota > 0 and clock < WEEK_DAY_END:
                length = rng.choice((30, 45, 45, 60, 60, 75, 90))
                item = w.guide_item if guide else w.timed_item
                lines, title = item(clock, clock + length)
                out += [*lines, ""]
                titles.append(title)
                above += guide
                quota -= 1
                clock += length + rng.choice((0, 0, 15, 15, 30))
    return Week(text="\n".join(out) + "\n", titles=tuple(titles), title_above=above)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=3000, help="number of sessions")
    parser.add_argument("--days", type=int, default=None, help="number of days (4; 5 a week)")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    parser.add_argument("--week", action="store_true", help="a mixed-style Folkemødet week")
    args = parser.parse_args(argv)
    if args.week:
        week = generate_week(sessions=args.sessions, days=args.days or 5, seed=args.seed)
        sys.stdout.write(week.text)
    else:
        sys.stdout.write(generate(sessions=args.sessions, days=args.days or 4, seed=args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
