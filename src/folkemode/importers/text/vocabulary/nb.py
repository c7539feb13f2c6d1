"""The Norwegian Bokmål vocabulary: the words CLDR does not have."""

from __future__ import annotations

from folkemode.importers.text.vocabulary.words import words

WORDS: dict[str, tuple[str, ...]] = {
    "end_markers": words(
        "program ferdig | programmet er ferdig | ferdig for i dag | slutt | møteslutt | "
        "møtet slutter | møtet heves | dagen avsluttes | takk for i dag | takk for nå | "
        "takk for i kveld | møtet avsluttes | møtet er slutt | møte slutt | avslutning for dagen"
    ),
    "closing_items": words("avslutning | avrunding"),
    "day_end_phrases": words(
        "avslutning på dagens | avslutning av dagens | slutt for dagen | "
        "møtet avsluttes for dagen | dagens møte slutt | møtet heves for dagen"
    ),
    "notice_words": words("frist | fristen | tilgjengelig | tilgjengelige | stille"),
    "daily_words": words("begge dager | begge dagene | alle dager | alle dagene | hver dag"),
    "item_words": words("input | innspill | spørsmål | oppfølging"),
    "body_prepositions": words("i | for | hos | ved | på | av | fra"),
    "opening_verbs": words("starter | begynner | åpner | innledes | startet | begynte | varte"),
    "speaking_verbs": words(
        "deltar | deltek | medvirker | innleder | debatterer | modererer | legger | "
        "presenterer | orienterer | holder | diskuterer | drøfter"
    ),
    "closing_verbs": words("slutt | slutter | avsluttes | heves | møteslutt"),
    "list_markers": words("med | mellom"),
    "by_markers": words("av"),
    "from_words": words("fra"),
    "speaker_labels": words(
        "foredragsholder | foredragsholdere | innleder | innledere | innledning | deltakere | "
        "paneldeltakere | panel | medvirkende | moderator | ordstyrer | programleder | "
        "konferansier | vert | verter | debattanter | foreleser | forelesere | keynote | "
        "med | ansvarlig | ansvarlige | debattdeltakere | debattdeltagere | deltagere | "
        "paneldeltagere | i panelet | panelet | debattleder | debattledere | møteleder | "
        "ordstyrere | moderatorer | samtalepartnere | gjester | talere"
    ),
    "people_columns": words("kontaktperson | kontaktpersoner | hvem"),
    "role_words": words(
        "konfransier | konferansier | ordstyrer | møteleder | ordfører | varaordfører | "
        "fylkesordfører | statsråd | "
        "fylkesråd | byråd | "
        "statsminister | statssekretær | minister | professor | førsteamanuensis | "
        "amanuensis | dosent | lektor | forsker | rådmann | kommunedirektør | direktør | "
        "sjef | leder | nestleder | konsulent | rådgiver | sekretær | "
        "stortingsrepresentant | representant | journalist | redaktør | prosjektleder | "
        "kommuneoverlege | lege | advokat | jurist | økonom | koordinator | student | "
        "medlem | prest | rektor | biskop | prost | partileder | partisekretær | forfatter | "
        "kåsør"
    ),
    "role_modifiers": words(
        "tidligere | fungerende | konstituert | avtroppende | påtroppende | nyvalgt | "
        "nyvalgte | daglig | administrerende | adm. | vise | politisk | senior | den | tidl. | "
        "emeritus | emerita | em."
    ),
    "label_time": words(
        "tid | tidspunkt | tidsrom | dato | dato og tid | dato/tid | dato/tidspunkt | når"
    ),
    "label_venue": words(
        "sted | møtested | konferansested | kurssted | hotell | hotel | lokasjon | hvor | lokale"
    ),
    "label_address": words("adresse"),
    "label_price": words(
        "pris | priser | deltakeravgift | deltageravgift | kursavgift | avgift | kostnad | betaling"
    ),
    "label_deadline": words(
        "påmeldingsfrist | påmeldingsfristen | frist | svarfrist | siste frist"
    ),
    "label_registration": words("påmelding | meld deg på | påmelding og praktisk"),
    "label_organiser": words("arrangør | arrangører | arr | arr. | arrangert av | vertskap | vert"),
    "label_contact": words("kontakt | kontaktperson | kontaktpersoner | spørsmål | henvendelser"),
    "label_description": words(
        "målgruppe | for hvem | tema | temaer | innhold | formål | om konferansen | om "
        "arrangementet | om kurset | beskrivelse | utbytte"
    ),
    "label_published": words(
        "publisert | oppdatert | sist oppdatert | sist endret | endret | sendt | nyheter | nyhet"
    ),
    "label_mail": words("fra | til | kopi | cc | bcc | sendt | from | to | sent | date"),
    "label_subject": words("emne | subject | ang. | angående"),
    "label_format": words("form | format | type | arrangementstype | møteform"),
    "format_titles": words(
        "sesjon | fellessesjon | parallellsesjon | plenumssesjon | "
        "plenumsesjon | plenarsesjon | plenum | temasesjon"
    ),
    "label_dates": words("datoer | kursdatoer | tidspunkter"),
    "label_practical": words(
        "praktisk | praktisk informasjon | praktiske opplysninger | praktiske spørsmål | "
        "transport | parkering | overnatting"
    ),
    "boilerplate": words(
        "skrevet av | foto: | fotograf: | "
        "les også | les mer | mest lest | mest leste | siste kommentarer | del på | del "
        "artikkelen | del denne | del denne siden | del: | nyhetsbrev | nyhetsbrevet | meld "
        "deg på nyhetsbrevet | informasjonskapsler | cookies | cookie | godta | avvis | "
        "tilpass | kategori | kategorier | stikkord | emneord | tags | skriv ut | print | "
        "legg til i kalender | se kart | vis kart | hjem | hopp til hovedinnhold | meny | søk "
        "| logg inn | annonse | skriv inn e-postadressen | abonner | personvern | "
        "tilgjengelighetserklæring | kontakt oss | relaterte | relaterte arrangementer | se "
        "også | klikk her | meld deg på her | © | med forbehold"
    ),
    "boilerplate_blocks": words(
        "les også | mest lest | mest leste | siste kommentarer | relaterte artikler | "
        "relaterte arrangementer | relaterte saker | se også | andre arrangementer | kommende "
        "arrangementer"
    ),
    "closings": words("med vennlig hilsen | vennlig hilsen | mvh | hilsen"),
    "greetings": words(
        "hei | hei alle sammen | hei alle | kjære | hallo | til alle | vel møtt | vel hjem"
    ),
    "deadline_words": words("senest | innen | før | frist"),
    "registration_words": words("påmelding | påmeldingen | påmeldte | meld | påmeldt"),
    "report_words": words("referat | oppsummering | takk for | takk til | evaluering"),
    "markers": words(
        "av | etter | mellom | nå | mye | seg | deg | meg | blir | ble | møte | møtet | "
        "deltakere | spørsmål | uke | bare | åpning | utvalg | utvalget | lunsj | sesjon | "
        "sesjoner | hva | påmelding | innleder | ordfører | fylkesordfører | kommunestyret | "
        "noen | våre | kommunene | fram | gjennom | dager | avslutning | arbeid"
    ),
}

NUMBERS: dict[str, float] = {
    "en": 1.0,
    "ei": 1.0,
    "et": 1.0,
    "ett": 1.0,
    "to": 2.0,
    "tre": 3.0,
    "fire": 4.0,
    "fem": 5.0,
    "seks": 6.0,
    "sju": 7.0,
    "syv": 7.0,
    "åtte": 8.0,
    "ni": 9.0,
    "ti": 10.0,
    "halvannen": 1.5,
    "halvannet": 1.5,
    "½": 0.5,
}

UNITS: dict[str, int] = {
    "kvarter": 15,
    "time": 60,
    "timer": 60,
    "timen": 60,
    "t": 60,
    "t.": 60,
    "min": 1,
    "min.": 1,
    "minutt": 1,
    "minutter": 1,
}
