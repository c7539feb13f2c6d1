"""E-mail addresses, phone numbers, links and contact people.

Contacts are written "Kontakt Name: e-mail", "Kontakt: Name, tlf. …", or as
a block of lines — a job title, a name, an e-mail, a phone number — under
"Kontakt" or a letter's "Med venlig hilsen". The scanners here walk the text
by hand or with anchored patterns, so a hostile 200,000-character line costs
linear time.

>>> find_emails("Kontakt Lone Abildgaard: la@beboerdemokrati.dk – eller ring")
[(25, 46, 'la@beboerdemokrati.dk')]
>>> find_phone("Tlf. 33 70 12 45")
'33 70 12 45'
"""

from __future__ import annotations

import re

from folkemode.importers.text.drafts import ContactDraft
from folkemode.importers.text.lines import Line
from folkemode.importers.text.people import PeopleReader

__all__ = ["ContactReader", "find_emails", "find_phone", "find_urls"]

_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-æøåÆØÅ")
_DOMAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-æøåÆØÅ")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'»”)\]]{2,2000}", re.IGNORECASE)
_PHONE = re.compile(
    r"(?:tlf|telefon|tel|mobil|mob|ring på|ring|phone)\.?:?\s{0,3}(?P<number>\+?\d[\d ]{5,16}\d)",
    re.IGNORECASE,
)
# Words between a name and its address: "Lise Berg på lise@…", "Ida Holm, e-mail: ida@…".
# Also what stands between them in "Name, tlf. 55441603, mail: name@…" or "Name på tlf.
# 62 61 44 20 eller name@…": phone numbers and the words around them.
_CONNECTORS = frozenset(
    {"på", "paa", "via", "pr.", "pr", "e-post", "epost", "e-mail", "email", "mail", "eller"}
    | {"el.", "tlf.", "tlf", "tel.", "telefon", "mobil", "mob.", "og", "or"}
)
_SEPARATORS = " :,<(–—-"
_NUMBERS = re.compile(r"\+?\d[\d ]{5,16}\d")


def _without_connectors(text: str) -> str:
    text = _NUMBERS.sub(" ", text).rstrip(_SEPARATORS)
    for _ in range(8):
        head, _, last = text.rpartition(" ")
        if last.lower().rstrip(":,") not in _CONNECTORS:
            break
        text = head.rstrip(_SEPARATORS)
    return text


_BARE_PHONE = re.compile(r"\+?\d{2}(?: ?\d{2}){3,5}$")


def find_emails(text: str) -> list[tuple[int, int, str]]:
    """(start, end, address) of every e-mail address in ``text``."""
    found: list[tuple[int, int, str]] = []
    at = text.find("@")
    while at >= 0 and len(found) < 20:
        left = at
        while left > 0 and at - left < 64 and text[left - 1] in _LOCAL:
            left -= 1
        right = at + 1
        while right < len(text) and right - at < 255 and text[right] in _DOMAIN:
            right += 1
        local = text[left:at].lstrip(".")
        domain = text[at + 1 : right].rstrip(".-")
        if local and "." in domain and not domain.startswith("."):
            start = at - len(local)
            found.append((start, at + 1 + len(domain), f"{local}@{domain}"))
        at = text.find("@", max(right, at + 1))
    return found


def find_urls(text: str) -> list[str]:
    """Web addresses in ``text``, without trailing punctuation."""
    if "http" not in text.lower() and "www." not in text.lower():
        return []
    return [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text)]


def find_phone(text: str) -> str | None:
    """The phone number after "Tlf."/"telefon"/"ring på", or a line that is one."""
    match = _PHONE.search(text) if any(c.isdigit() for c in text) else None
    if match is not None:
        return match.group("number").strip()
    bare = text.strip()
    if _BARE_PHONE.match(bare):
        return bare
    return None


class ContactReader:
    """Collects contact people from lines, single or in blocks."""

    def __init__(self, people: PeopleReader) -> None:
        self.people = people
        self.contacts: list[ContactDraft] = []
        self._open: ContactDraft | None = None

    def close(self) -> None:
        """End the current block: the next name starts a new contact."""
        self._open = None

    def inline(self, line: Line) -> ContactDraft | None:
        """A contact given on one line with an e-mail: "Kontakt Name: e-mail"."""
        emails = find_emails(line.text)
        if not emails:
            return None
        start, _, address = emails[0]
        before = _without_connectors(line.text[:start])
        name = self._name_at_end(before)
        if name is None:
            if self._open is not None and self._open.email is None:
                self._open.email = address
                self._open.phone = self._open.phone or find_phone(line.text)
                self._open.lines.append(line)
                return self._open
            return None
        contact = ContactDraft(name=name, email=address, phone=find_phone(line.text), lines=[line])
        self.contacts.append(contact)
        self._open = contact
        return contact

    def _name_at_end(self, text: str) -> str | None:
        words = text.split()
        for size in (4, 3, 2):
            if len(words) >= size:
                candidate = " ".join(words[-size:])
                if self.people.is_person_name(candidate):
                    return candidate
        return None

    def block_line(self, line: Line) -> bool:
        """Read one line of a contact block; False when it is no part of one."""
        text = line.text
        if self.inline(line) is not None:
            return True
        phone = find_phone(text)
        if phone is not None and self._open is not None:
            self._open.phone = self._open.phone or phone
            self._open.lines.append(line)
            return True
        if self.people.is_person_name(text.strip(" ,.")):
            self._open = ContactDraft(name=text.strip(" ,."), lines=[line])
            if self._pending_role is not None:
                self._open.role, self._pending_role = self._pending_role, None
            self.contacts.append(self._open)
            return True
        words = text.split()
        if len(words) <= 4 and any(self.people.is_role_word(w) for w in words):
            if self._open is not None and self._open.role is None:
                self._open.role = text.strip(" ,.")
                self._open.lines.append(line)
            else:
                self._pending_role = text.strip(" ,.")
                self._pending_line = line
            return True
        if (
            self._open is not None
            and len(words) <= 6
            and text[:1].isupper()
            and not text.endswith(".")
        ):
            # The organisation under a signature ("Regionrådet for Hallingdal").
            self._open.role = f"{self._open.role}, {text}" if self._open.role else text
            self._open.lines.append(line)
            return True
        return False

    _pending_role: str | None = None
    _pending_line: Line | None = None

    def pending_line(self) -> Line | None:
        """The job-title line waiting for its name, if any."""
        return self._pending_line if self._pending_role is not None else None
