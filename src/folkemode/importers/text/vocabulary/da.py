"""The Danish vocabulary: the words CLDR does not have."""

from __future__ import annotations

from folkemode.importers.text.vocabulary.words import words

WORDS: dict[str, tuple[str, ...]] = {
    "end_markers": words(
        "program slut | programmet slutter | slut | mødeslut | mødet slutter | "
        "dagen slutter | farvel | tak for i dag | mødet hæves | tak for nu | tak for i aften | "
        "mødet afsluttes | mødet er slut | møde slut | afslutning for dagen | afslutning på dagen"
    ),
    "closing_items": words("afslutning | afrunding"),
    "day_end_phrases": words(
        "afslutning på dagens | afslutning af dagens | dagens møde slut | "
        "mødet slutter for i dag | slut for i dag | dagens program slutter | mødet er slut | "
        "slut for dagen"
    ),
    "notice_words": words("frist | fristen | deadline | tilgængelig | tilgængeligt"),
    "daily_words": words("begge dage | alle dage | hver dag"),
    "item_words": words("input | indspark | indspil | spørgsmål | opfølgning"),
    "body_prepositions": words("i | for | hos | ved | på | af | fra"),
    "opening_verbs": words(
        "starter | begynder | begynner | åbner | indledes | startede | begyndte | varede"
    ),
    "closing_verbs": words("slut | slutter | afsluttes | hæves | mødeslut | ophører"),
    "list_markers": words("med | mellem"),
    "by_markers": words("af"),
    "from_words": words("fra"),
    "speaker_labels": words(
        "foredragsholder | foredragsholdere | oplægsholder | oplægsholdere | taler | talere | "
        "deltagere | paneldeltagere | panel | medvirkende | moderator | ordstyrer | "
        "programleder | konferencier | vært | værter | debattører | facilitator | keynote | "
        "underviser | undervisere | med | ansvarlig | ansvarlige | debatdeltagere | "
        "debattører | i panelet | panelet | paneldeltager | debatleder | debatledere | "
        "mødeleder | ordstyrere | moderatorer | indleder | indledere | samtalepartnere | gæster"
    ),
    "people_columns": words("kontaktperson | kontaktpersoner | hvem"),
    "role_words": words(
        "konfransier | konferansier | konferencier | ordstyrer | mødeleder | borgmester | "
        "viceborgmester | rådmand | byrådsmedlem | "
        "kommunalbestyrelsesmedlem | regionsrådsmedlem | minister | professor | lektor | "
        "adjunkt | docent | forsker | ph.d. | formand | næstformand | direktør | chef | "
        "leder | konsulent | rådgiver | sekretær | kandidat | folketingsmedlem | mf | "
        "journalist | redaktør | tovholder | facilitator | studerende | medlem | præst | "
        "rektor | jurist | advokat | økonom | koordinator | biskop | provst | "
        "statsminister | kåsør | forfatter | stifter"
    ),
    "role_modifiers": words(
        "tidligere | fhv. | fungerende | konstitueret | afgående | nyvalgte | nyvalgt | "
        "daglig | administrerende | adm. | vice | politisk | politiske | senior | ledende | "
        "den | forhenværende | tidl. | emeritus | emerita | em."
    ),
    "label_time": words(
        "tid | tidspunkt | tidsrum | dato | dato/klokkeslæt | dato/tidspunkt | dato/tid | "
        "dato og tid | når | hvornår | date(s)"
    ),
    "label_venue": words(
        "sted | mødested | konferencested | kursussted | hotel | lokation | location | hvor | "
        "lokale"
    ),
    "label_address": words("adresse"),
    "label_price": words(
        "pris | priser | deltagerpris | deltagerbetaling | deltagergebyr | kursusgebyr | "
        "kursusafgift | betaling"
    ),
    "label_deadline": words(
        "tilmeldingsfrist | frist | svarfrist | sidste frist | seneste tilmelding"
    ),
    "label_registration": words("tilmelding | tilmeld dig | tilmeld"),
    "label_organiser": words(
        "arrangør | arrangører | arr | arr. | arrangeret af | afholdes af | vært | værter"
    ),
    "label_contact": words("kontakt | kontaktperson | kontaktpersoner | spørgsmål | henvendelse"),
    "label_description": words(
        "målgruppe | for hvem | tema | temaer | indhold | formål | om konferencen | om "
        "arrangementet | om kurset | beskrivelse | deltagers udbytte | udbytte"
    ),
    "label_published": words(
        "publiceret | opdateret | senest opdateret | sidst opdateret | udgivet | sendt | "
        "nyheder | nyhed"
    ),
    "label_mail": words("fra | til | cc | bcc | sendt | from | to | sent | date"),
    "label_subject": words("emne | subject | vedr. | vedrørende"),
    "label_format": words("form | format | type | arrangementstype | mødeform"),
    "format_titles": words(
        "session | fællessession | parallelsession | "
        "plenarsession | plenumsession | plenum | temasession"
    ),
    "label_dates": words("datoer | afholdelsesdatoer | kursusdatoer | tidspunkter"),
    "label_practical": words(
        "praktisk | praktisk information | praktiske oplysninger | praktiske spørgsmål | "
        "transport | parkering | overnatning | forplejning"
    ),
    "boilerplate": words(
        "skrevet af | foto: | fotograf: | "
        "læs også | læs mere | mest læste | seneste kommentarer | del på | del artiklen | del "
        "artikel | del denne | del: | send til en ven | tilmeld nyhedsbrev | tilmeld dig "
        "nyhedsbrevet | tilmeld dig vores nyhedsbrev | nyhedsbrev | cookies | cookie | "
        "accepter | afvis | tillad alle | kun nødvendige | kategori | kategorier | emneord | "
        "tags | print | udskriv | gem i kalender | tilføj til kalender | kort utilgængelig | "
        "kortet kan ikke vises | vis kort | se kort | forside | annonce | artiklen fortsætter "
        "| skriv din e-mail | din e-mail | privatlivspolitik | cookiepolitik | om os | "
        "kontakt redaktionen | annoncér | relaterede | relaterede arrangementer | se også | "
        "klik her | tilmeld dig her | tilmeld dig kurset | tilmeld dig konferencen | © | "
        "ændringer kan forekomme | med forbehold | log ind | søg | menu | bliv en del af"
    ),
    "boilerplate_blocks": words(
        "læs også | mest læste | seneste kommentarer | relaterede artikler | relaterede "
        "arrangementer | relaterede nyheder | se også | andre arrangementer | kommende "
        "arrangementer"
    ),
    "closings": words("med venlig hilsen | venlig hilsen | mvh | vh | hilsen | på gensyn"),
    "greetings": words("kære | hej | hej alle | hallo | til alle | vel mødt | på gensyn"),
    "deadline_words": words("senest | inden | før | frist"),
    "registration_words": words("tilmelding | tilmeld | tilmeldt | tilmelder"),
    "report_words": words("opsamling | referat | tak for | tak til | evaluering"),
    "markers": words(
        "af | efter | mellem | nu | meget | sig | dig | mig | bliver | blev | møde | mødet | "
        "mødes | deltagere | spørgsmål | uge | kun | åbning | udvalg | udvalget | session | "
        "sessioner | hvad | jeres | tilmelding | oplæg | kommunalbestyrelse | borgmester | "
        "kommunerne | vores | ældre | fælles | afslutning | gennem | nogle | derfor | "
        "mulighed | igennem | arbejde | ikke-medlemmer | kaffepause"
    ),
    "speaking_verbs": words(
        "deltager | deltar | medvirker | indleder | debatterer | modererer | fremlægger | "
        "præsenterer | orienterer | holder | diskuterer | drøfter"
    ),
}

NUMBERS: dict[str, float] = {
    "en": 1.0,
    "et": 1.0,
    "ét": 1.0,
    "én": 1.0,
    "to": 2.0,
    "tre": 3.0,
    "fire": 4.0,
    "fem": 5.0,
    "seks": 6.0,
    "syv": 7.0,
    "otte": 8.0,
    "ni": 9.0,
    "ti": 10.0,
    "halvanden": 1.5,
    "halvandet": 1.5,
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
    "minut": 1,
    "minutter": 1,
    "minutters": 1,
}
