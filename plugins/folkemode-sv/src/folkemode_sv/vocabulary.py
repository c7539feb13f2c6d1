"""The Swedish words of programmes that CLDR does not have.

Month and weekday names are CLDR's, through folkemode's babel
(:func:`folkemode.i18n.month_names`); everything else — "kl.", "Plats:",
"Arr.", "Medverkande:", "fika", job titles and party names — is listed here,
in folkemode's vocabulary categories.

>>> words = vocabulary()
>>> words["months"]["juni"], words["weekdays"]["måndag"], "fika" in words["kind_break"]
(6, 0, True)
"""

from __future__ import annotations

import functools
from typing import Any

from folkemode import i18n


def words(text: str) -> tuple[str, ...]:
    """The entries of ``text``, separated by "|"."""
    return tuple(entry.strip() for entry in text.split("|") if entry.strip())


WORDS: dict[str, tuple[str, ...]] = {
    "clock": words("kl | kl. | klockan"),
    "range": words("till"),
    "approx": words("ca | ca. | cirka | omkring | ungefär"),
    "time_leads": words("från | fr.o.m. | ca | ca. | cirka | omkring"),
    "between_words": words("mellan"),
    "date_articles": words("den"),
    "day_words": words("dag"),
    "and_words": words("och | samt | &"),
    "list_markers": words("med | mellan"),
    "by_markers": words("av"),
    "from_words": words("från"),
    "speaker_labels": words(
        "medverkande | medverkar | samtal med | moderator | moderatorer | samtalsledare | "
        "programledare | talare | föreläsare | föredragshållare | inledare | panel | "
        "paneldeltagare | i panelen | deltagare | debattörer | värd | värdar | gäster | "
        "konferencier | medverkande är"
    ),
    "role_words": words(
        "riksdagsledamot | ledamot | minister | statsråd | statsminister | statssekreterare | "
        "generaldirektör | överdirektör | direktör | vd | ordförande | förbundsordförande | "
        "partiledare | partisekreterare | gruppledare | kommunalråd | regionråd | "
        "oppositionsråd | kommunstyrelsens ordförande | regionstyrelsens ordförande | "
        "landshövding | borgmästare | professor | docent | forskare | lektor | doktorand | "
        "chef | chefsekonom | ekonom | journalist | redaktör | reporter | moderator | "
        "samordnare | handläggare | utredare | sakkunnig | strateg | expert | rådgivare | "
        "projektledare | verksamhetschef | enhetschef | avdelningschef | kanslichef | "
        "kommundirektör | regiondirektör | generalsekreterare | sekreterare | grundare | "
        "författare | läkare | sjuksköterska | präst | biskop | rektor | student | ledare | "
        "talesperson | ombudsman | näringspolitisk chef | policychef | analytiker | "
        "lantbrukare | företagare | entreprenör | styrelseledamot | "
        "europaparlamentariker | kommunfullmäktigeledamot | ambassadör | samtalsledare"
    ),
    "role_suffixes": words(
        "ledamot | minister | direktör | chef | ordförande | sekreterare | ledare | ansvarig "
        "| forskare | ekonom | rådgivare | handläggare | samordnare | strateg | expert | "
        "redaktör | analytiker | parlamentariker | talesperson"
    ),
    "role_modifiers": words(
        "tidigare | vice | biträdande | tillförordnad | tf | t.f. | f.d. | fd | förste | "
        "ställföreträdande | senior | politisk | politiskt | ansvarig"
    ),
    "org_words": words(
        "kommun | region | regionen | riksdagen | regeringen | regeringskansliet | "
        "länsstyrelsen | skr | lo | tco | saco | ab | stiftelsen | föreningen | förbundet | "
        "myndigheten | verket | universitet | institutet"
    ),
    "org_suffixes": words(
        "förbundet | förbund | föreningen | förening | verket | myndigheten | institutet | "
        "universitet | universitetet | högskola | högskolan | stiftelsen | kommun | partiet | "
        "departementet | styrelsen | rådet | akademien | kansliet | organisationen | "
        "nätverket | fonden | banken | centrum | sjukhuset | tidningen | gruppen | näringsliv "
        "| kommunerna | regionerna | demokraterna | moderaterna | liberalerna | kyrkan | "
        "företagarna | facket | byrån | sverige"
    ),
    "place_prepositions": words("i | på | från | för | vid | till"),
    "program_words": words("program | programmet | programpunkter | dagordning | schema"),
    "room_labels": words("scen | scenen | sal | salen | lokal | rum | tält | tältet"),
    "member_labels": words("seminarium | pass | workshop"),
    "people_columns": words("kontaktperson | kontaktpersoner | vem"),
    "round_words": words("parallella | seminarier | workshops | pass | spår"),
    "track_labels": words("spår"),
    "kind_break": words(
        "paus | fika | kaffe | kaffepaus | bensträckare | förmiddagsfika | eftermiddagsfika | "
        "kaffe och kaka | kaffe och bulle"
    ),
    "kind_meal": words(
        "lunch | lunchpaus | middag | frukost | brunch | kvällsmat | buffé | lunchbuffé | "
        "middagsbuffé | smörgås | smörgåsar"
    ),
    "kind_registration": words("registrering | incheckning | ankomst | insläpp"),
    "kind_workshop": words("workshop | verkstad | workshoppass"),
    "kind_group_work": words("grupparbete | gruppdiskussion | gruppsamtal"),
    "kind_meeting": words(
        "årsmöte | stämma | kongress | förbundsstämma | partistämma | landsmöte | "
        "föreningsstämma | styrelsemöte"
    ),
    "kind_social": words(
        "mingel | fest | konsert | afterwork | after work | grillkväll | mottagning | quiz | "
        "dans | underhållning | nätverkande | nätverksträff | trädgårdsfest"
    ),
    "kind_plenary": words("välkommen | välkomna | invigning | öppning | avslutning"),
    "kind_talk": words(
        "föredrag | föreläsning | tal | anförande | keynote | presentation | partiledartal"
    ),
    "kind_debate": words(
        "debatt | paneldebatt | panelsamtal | samtal | panel | diskussion | utfrågning | "
        "rundabordssamtal | dialog | seminarium | frukostseminarium"
    ),
    "kind_heads": words(
        "paus | fika | lunch | middag | frukost | mingel | samtal | debatt | seminarium"
    ),
    "label_time": words("tid | datum | när | tidpunkt"),
    "label_venue": words("plats | lokal | mötesplats"),
    "label_address": words("adress | besöksadress"),
    "label_price": words("pris | kostnad | avgift | deltagaravgift"),
    "label_deadline": words("sista anmälningsdag | anmälan senast | sista dag för anmälan"),
    "label_registration": words("anmälan | anmäl dig | föranmälan"),
    "label_organiser": words(
        "arrangör | arrangörer | arr | arr. | arrangeras av | medarrangör | medarrangörer | "
        "samarrangör | samarrangörer"
    ),
    "label_contact": words("kontakt | kontaktperson | frågor"),
    "label_description": words(
        "om seminariet | om evenemanget | beskrivning | målgrupp | tema | innehåll"
    ),
    "label_published": words("publicerad | uppdaterad | senast uppdaterad"),
    "label_mail": words("från | till | kopia | skickat"),
    "label_subject": words("ämne | angående"),
    "label_format": words("form | format | typ | arrangemangstyp | mötesform"),
    "format_titles": words(
        "session | gemensam session | parallellsession | plenum | plenarsession"
    ),
    "label_practical": words("praktisk information | praktiskt | hitta hit | tillgänglighet"),
    "boilerplate": words(
        "läs mer | läs också | dela | dela på facebook | kakor | godkänn | prenumerera | "
        "nyhetsbrev | lägg till i kalender | visa karta | till toppen | logga in | "
        "hoppa till innehållet"
    ),
    "boilerplate_blocks": words("läs också | relaterade evenemang | fler evenemang"),
    "closings": words("med vänlig hälsning | vänliga hälsningar | hälsningar | mvh"),
    "greetings": words("hej | hej alla | kära"),
    "deadline_words": words("senast | innan | före"),
    "end_markers": words("slut | programmet slut | dagens slut | tack för idag"),
    "day_end_phrases": words("dagens program slut | slut för idag"),
    "opening_verbs": words("börjar | startar | öppnar | inleds"),
    "closing_verbs": words("slutar | avslutas | avrundas"),
    "venue_words": words(
        "scen | scenen | tält | tältet | hotell | kyrka | kyrkan | torget | parken | hamnen | "
        "huset | salen | gården | trädgården | museum | biblioteket | teatern | skolan"
    ),
    "peoples_meetings": words(
        "almedalsveckan | almedalsveckans | almedalen | järvaveckan | järvaveckans"
    ),
    "registration_words": words("anmälan | anmäl | anmäld | föranmälan"),
    "free_words": words("gratis | kostnadsfritt | fri entré | fritt inträde"),
    "currency_words": words("kr | kr. | kronor | sek | :-"),
    "online_words": words(
        "digitalt | digital | webbsänds | livesänds | direktsänds | online | webbinarium"
    ),
    "event_words": words(
        "seminarium | konferens | möte | träff | evenemang | frukostseminarium | träffpunkt"
    ),
    "report_words": words("referat"),
    # Words only Swedish writes: "och", "är" and "inte", not Danish "og", "er", "ikke".
    "markers": words(
        "och | att | är | inte | hur | vad | också | även | från | för | mellan | bara | "
        "några | någon | många | vilka | vilken | därför | när | våra | vårt | kväll | "
        "samtal | medverkande | arrangör | arrangörer | utveckling | samhälle | frågor | "
        "måndag | tisdag | lördag | söndag | välkommen | välkomna | svenska | sverige | "
        "kommun | kommuner | regionen | plats | ska | kommer att | om hur | tillsammans | "
        "kring | idag | framtiden | behöver | varför | hållbar | säkerhet | ungdomar"
    ),
}

NUMBERS: dict[str, float] = {
    "en": 1.0,
    "ett": 1.0,
    "två": 2.0,
    "tre": 3.0,
    "fyra": 4.0,
    "fem": 5.0,
    "sex": 6.0,
    "sju": 7.0,
    "åtta": 8.0,
    "nio": 9.0,
    "tio": 10.0,
    "½": 0.5,
}

UNITS: dict[str, int] = {
    "kvart": 15,
    "timme": 60,
    "timmar": 60,
    "tim": 60,
    "tim.": 60,
    "min": 1,
    "min.": 1,
    "minut": 1,
    "minuter": 1,
}


@functools.cache
def vocabulary() -> dict[str, Any]:
    """The words, with CLDR's month and weekday names in Swedish (every spelling)."""
    return {
        **WORDS,
        "numbers": NUMBERS,
        "units": UNITS,
        "months": i18n.month_names("sv"),
        "weekdays": i18n.weekday_names("sv"),
    }
