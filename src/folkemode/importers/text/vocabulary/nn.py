"""The Nynorsk vocabulary: the words CLDR does not have."""

from __future__ import annotations

from folkemode.importers.text.vocabulary.words import words

WORDS: dict[str, tuple[str, ...]] = {
    "end_markers": words(
        "program ferdig | programmet er ferdig | ferdig for i dag | slutt | møteslutt | "
        "møtet sluttar | takk for i dag | takk for no | takk for i kveld | "
        "møtet vert avslutta | møtet er slutt | møte slutt | avslutning for dagen | "
        "avslutting for dagen"
    ),
    "closing_items": words("avslutning | avslutting | avrunding"),
    "day_end_phrases": words(
        "avslutning på dagens | avslutning av dagens | slutt for dagen | "
        "møtet vert avslutta for dagen | dagens møte slutt | møtet er slutt for dagen"
    ),
    "notice_words": words("frist | fristen | tilgjengeleg | tilgjengelege | stille"),
    "daily_words": words("begge dagane | båe dagane | alle dagar | alle dagane | kvar dag"),
    "item_words": words("input | innspel | spørsmål | oppfølging"),
    "body_prepositions": words("i | for | hos | ved | på | av | frå"),
    "opening_verbs": words("startar | byrjar | opnar | tek til | starta | byrja | varte"),
    "speaking_verbs": words(
        "deltek | deltar | medverkar | innleier | debatterer | modererer | legg | "
        "presenterer | orienterer | held | diskuterer | drøftar"
    ),
    "closing_verbs": words("slutt | sluttar | avsluttast | vert avslutta | møteslutt | heva"),
    "list_markers": words("med | mellom"),
    "by_markers": words("av"),
    "from_words": words("frå | fra"),
    "speaker_labels": words(
        "innleiar | innleiarar | innleiing | foredragshaldar | foredragshaldarar | deltakarar "
        "| paneldeltakarar | panel | medverkande | moderator | ordstyrar | programleiar | "
        "konferansier | vert | vertar | med | ansvarleg | ansvarlege | debattdeltakarar | "
        "i panelet | panelet | debattleiar | debattleiarar | møteleiar | ordstyrarar | "
        "moderatorar | samtalepartnarar | gjester | talarar"
    ),
    "people_columns": words("kontaktperson | kontaktpersonar | kven"),
    "role_words": words(
        "konfransier | konferansier | ordstyrar | møteleiar | ordførar | varaordførar | "
        "fylkesordførar | statsråd | "
        "fylkesråd | byråd | "
        "statssekretær | minister | professor | førsteamanuensis | amanuensis | dosent | "
        "lektor | forskar | kommunedirektør | direktør | sjef | leiar | nestleiar | "
        "styreleiar | konsulent | rådgjevar | rådgivar | sekretær | stortingsrepresentant | "
        "representant | journalist | redaktør | prosjektleiar | lege | advokat | jurist | "
        "økonom | koordinator | student | medlem | prest | rektor | biskop | prost | "
        "partileiar | partisekretær | forfattar | kåsør"
    ),
    "role_modifiers": words(
        "tidlegare | fungerande | konstituert | nyvald | nyvalde | dagleg | administrerande | "
        "vise | politisk | senior | den | tidl. | emeritus | emerita | em."
    ),
    "label_time": words(
        "tid | tidspunkt | tidsrom | dato | dato og tid | dato/tid | dato/tidspunkt | når"
    ),
    "label_venue": words("stad | møtestad | konferansestad | hotell | hotel | kvar | lokale"),
    "label_address": words("adresse"),
    "label_price": words("pris | prisar | deltakaravgift | kursavgift | avgift | kostnad"),
    "label_deadline": words(
        "påmeldingsfrist | påmeldingsfristen | frist | svarfrist | siste frist"
    ),
    "label_registration": words("påmelding | meld deg på"),
    "label_organiser": words("arrangør | arrangørar | arr | arr. | arrangert av | vertskap | vert"),
    "label_contact": words("kontakt | kontaktperson | kontaktpersonar | spørsmål | førespurnader"),
    "label_description": words(
        "målgruppe | for kven | tema | tema for dagen | innhald | føremål | om konferansen | "
        "om samlinga | skildring | utbyte"
    ),
    "label_published": words(
        "publisert | oppdatert | sist oppdatert | sist endra | sendt | nyheiter | nyhende"
    ),
    "label_mail": words("frå | fra | til | kopi | cc | sendt | from | to | sent"),
    "label_subject": words("emne | subject"),
    "label_format": words("form | format | type | arrangementstype | møteform"),
    "format_titles": words(
        "sesjon | fellessesjon | parallellsesjon | "
        "plenumsesjon | plenarsesjon | plenum | temasesjon"
    ),
    "label_dates": words("datoar | kursdatoar"),
    "label_practical": words(
        "praktisk | praktisk informasjon | praktiske opplysningar | praktiske spørsmål | "
        "transport | parkering | overnatting"
    ),
    "boilerplate": words(
        "skrive av | skrevet av | foto: | fotograf: | les òg | les også | les meir | "
        "mest lese | mest lest | siste kommentarar | del på | "
        "del artikkelen | del denne | del: | nyheitsbrev | nyheitsbrevet | "
        "informasjonskapslar | cookies | godta | avvis | kategori | stikkord | skriv ut | sjå "
        "kart | hopp til hovudinnhald | meny | søk | logg inn | annonse | personvern | "
        "kontakt oss | relaterte | sjå også | klikk her | meld deg på her | ©"
    ),
    "boilerplate_blocks": words(
        "les òg | les også | mest lese | mest lest | siste kommentarar | relaterte artiklar | "
        "relaterte arrangement | sjå også | andre arrangement"
    ),
    "closings": words("med venleg helsing | venleg helsing | med helsing | helsing | mvh"),
    "greetings": words("hei | hei alle saman | kjære | hallo | til alle | vel møtt | vel heim"),
    "deadline_words": words("seinast | innan | før | frist"),
    "registration_words": words("påmelding | påmeldinga | påmelde | meld | påmeld"),
    "report_words": words("referat | oppsummering | takk for | takk til | evaluering"),
    "markers": words(
        "av | etter | mellom | no | mykje | seg | deg | meg | blir | vart | møte | deltakarar "
        "| spørsmål | veke | berre | opning | utval | utvalet | lunsj | sesjon | sesjonar | "
        "kva | ikkje | korleis | kven | påmelding | innleiar | ordførar | fylkesordførar | eg "
        "| vere | nokon | òg | frå | våre | ein | eit | dei | timar | måndag | tysdag | "
        "laurdag | kjem | heile | fleire | saman | gjennom | kommunane | kommunar | velkomen "
        "| kaffi | vidare | meir | sjølv | gjer | vert | halde | innspel | innan | avslutta | "
        "heim | fortel | "
        # Nynorsk as well as Bokmål: no evidence for either against the other
        "møtet | kommunestyret | arbeid | avslutning | fram"
    ),
}

NUMBERS: dict[str, float] = {
    "ein": 1.0,
    "ei": 1.0,
    "eit": 1.0,
    "to": 2.0,
    "tre": 3.0,
    "fire": 4.0,
    "fem": 5.0,
    "seks": 6.0,
    "sju": 7.0,
    "åtte": 8.0,
    "ni": 9.0,
    "ti": 10.0,
    "halvannan": 1.5,
    "halvanna": 1.5,
    "½": 0.5,
}

UNITS: dict[str, int] = {
    "kvarter": 15,
    "time": 60,
    "timar": 60,
    "timen": 60,
    "t": 60,
    "t.": 60,
    "min": 1,
    "min.": 1,
    "minutt": 1,
    "minutt.": 1,
    "minuttar": 1,
}
