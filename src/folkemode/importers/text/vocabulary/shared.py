"""Words shared by Danish, Bokmål and Nynorsk programmes."""

from __future__ import annotations

from folkemode.importers.text.vocabulary.words import words

SHARED: dict[str, tuple[str, ...]] = {
    "venue_words": words(
        "hotel | hotell | hotellet | konferencecenter | konferansesenter | kongrescenter | "
        "kursuscenter | kurssenter | forsamlingshus | rådhus | rådhuset | kulturhus | "
        "kulturhuset | samfunnshus | samfunnshuset | grendehus | gjestegiveri | kro | kirke | "
        "kirken | kyrkje | bibliotek | biblioteket | center | centret | senter | senteret | "
        "arena | telt | teltet | hallen | højskole | folkehøgskole | folkehøgskule | aula | "
        "auditorium | strand | gård | gården | tunet | huset | salen | kantine | kantinen"
    ),
    "peoples_meetings": words(
        "folkemøde | arendalsuka | arendalsuken | almedalsveckan | almedalen"
    ),
    "clock": words("kl | kl. | klokken | klokka | kloka"),
    "range": words("til | till"),
    "approx": words("ca | ca. | cirka | omkring | omtrent | knap | knapt"),
    "time_leads": words("fra | frå | from | ca | ca. | cirka | omkring | fom | fom."),
    "between_words": words("mellem | mellom"),
    "half": words("halv"),
    "date_articles": words("den | d. | d"),
    "day_words": words("dag | modul"),
    "page_words": words("side | sida | page | s."),
    "continued_words": words(
        "forts | forts. | fortsat | fortsættelse | fortsatt | fortsettelse | fortsetjing | "
        "framhald | framh. | continued | cont."
    ),
    "and_words": words("og | samt | & | +"),
    "or_words": words("eller"),
    "venue_verbs": words(
        "er | bliver | blir | vert | holdes | afholdes | avholdes | haldast | halde | holdt | "
        "afholdt | avholdt | foregår | "
        "arrangeres | arrangerast | sted | stad"
    ),
    "speaker_markers": words("v/ | ved | v. | v./ | ved/"),
    "tentative_words": words(
        "fx | fx. | f.eks. | f.eks | f.ex. | f.ex | feks. | evt. | evt | ev. | muligvis | kanskje"
    ),
    "board_words": words(
        "styret | styre | hovedstyret | landsstyret | bestyrelsen | bestyrelse | "
        "hovedbestyrelsen | arrangørene | arrangørane | arrangørerne | sekretariatet | "
        "arbeidsutvalet | arbeidsutvalget | arbejdsudvalget | programkomiteen | planleggingsgruppa"
    ),
    "performer_words": words(
        "musiker | musikar | musikant | musikere | musikarar | sanger | sangerinde | songar | "
        "songarinne | vokalist | pianist | organist | gitarist | fiolinist | violinist | "
        "trompetist | spelemann | spillemand | kor | koret | kunstner | kunstnar | artist | "
        "dj | danser | dansar | skuespiller | skodespelar | innslag | underholdning | "
        "synger | syngjer | opptrer | optræder | akkompagnert | akkompagneret | komiker | komikar"
    ),
    "name_particles": words("von | van | de | af | la | le | du | da | di | der | ter | zu"),
    "place_prepositions": words("i | på | fra | frå | for | til | ved | i nærheden af"),
    "program_words": words(
        "program | programmet | programme | programoversigt | programoversikt | dagsorden | "
        "dagsordenen | agenda | sakliste | saksliste"
    ),
    "round_words": words(
        "workshops | workshop | workshoprunde | runde | parallelle | parallel | parallelt | "
        "breakout | seminarer | seminarar | temaspor | sessions | sessioner | sesjoner | "
        "sesjonar | verksteder | verkstader | værksteder | spor"
    ),
    "track_labels": words("spor | track | strand | linje"),
    "room_labels": words("sal | lokale | rom | scene | stage | telt | stand | auditorium"),
    "member_labels": words(
        "sesjon | session | workshop | værksted | verksted | verkstad | gruppe | tema | seminar"
    ),
    "kind_break": words(
        "pause | pauser | kaffepause | kaffe | kaffi | kaffe/te | te | frukt | frugt | "
        "beinstrekk | strekk | benstræk | kaffe og kage | kaffe og frukt | kaffi og frukt | "
        "formiddagskaffe | eftermiddagskaffe | ettermiddagskaffe"
    ),
    "kind_meal": words(
        "frokostbuffet | spisning | fællesspisning | spising | fellesspising | "
        "frokost | frokostpause | lunsj | lunsjpause | lunch | lunchpause | middag | "
        "festmiddag | morgenmad | aftensmad | aftensmåltid | kveldsmat | nattmat | natmad | "
        "måltid | buffet | brunch | frukost | middagspause | gallamiddag"
    ),
    "kind_registration": words(
        "registrering | registration | innsjekk | innsjekking | indskrivning | indtjekning | "
        "akkreditering | ankomst | check-in"
    ),
    "kind_workshop": words(
        "workshop | workshops | værksted | verksted | verkstad | verksteder | workshoprunde | "
        "workshoprunder | workshopsrunde"
    ),
    "kind_group_work": words(
        "gruppearbejde | gruppearbeid | gruppedrøftelse | gruppedrøftelser | gruppedrøfting | "
        "gruppesamtale | gruppesamtaler | gruppesamtalar | grupperefleksjon | gruppediskusjon "
        "| gruppediskussion | gruppeøvelse"
    ),
    "kind_meeting": words(
        "generalforsamling | generalforsamlingen | årsmøte | årsmøtet | årsmøde | årsmødet | "
        "fylkesmøte | fylkesmøtet | delegeretmøde | delegeretmødet | landsmøde | landsmødet | "
        "landsmøte | landsmøtet | landsmøteforhandlinger | landsmøteforhandlingar | "
        "repræsentantskabsmøde | representantskapsmøte | representantskapsmøtet | landsting | "
        "landstinget | fylkesting | kongres | kongressen | rådsmøte | rådsmøtet | rådsmøde | "
        "rådsmødet"
    ),
    "kind_social": words(
        "fest | sosialt | socialt | samvær | mingling | mingel | reception | mottakelse | "
        "mottaking | velkomstdrink | drink | underholdning | konsert | koncert | quiz | "
        "netværk | nettverk | netværksaften | nettverkskveld | hygge | dans | aperitif | "
        "aperitiff"
    ),
    "kind_plenary": words(
        "plenum | opsamling | oppsummering | velkommen | velkomen | velkomst | åbning | "
        "åpning | opning | afslutning | avslutning | afrunding | avrunding"
    ),
    "kind_talk": words("oplæg | foredrag | keynote | innlegg | innleiing | forelesning | tale"),
    "kind_debate": words(
        "debat | debatt | paneldebat | paneldebatt | panel | panelsamtale | panelsamtaler | "
        "samtale | dialog | diskussion | diskusjon | debattmøte | ordskifte | meningsutveksling"
    ),
    "kind_heads": words(
        "pause | kaffe | kaffi | middag | frokost | lunsj | lunch | buffet | debat | debatt | "
        "samtale | fest | drink | reception | workshop | gruppearbejde | gruppearbeid | "
        "registrering | mingling | årsmøde | årsmøte | generalforsamling | rådsmøte | rådsmøde"
    ),
    "online_words": words(
        "digitalt | digital | virtuelt | virtuel | virtuell | online | webinar | webinaret | "
        "livestream | direktesending | strømmes | streames"
    ),
    "event_words": words(
        "konference | konferencen | konferanse | konferansen | topmøde | topmødet | toppmøte "
        "| toppmøtet | seminar | seminaret | kursus | kurset | kurs | samling | samlinga | "
        "samlingen | temadag | temadagen | fagdag | fagdagar | døgn | landsmøde | landsmøte | "
        "landsmøtet | årsmøte | årsmøde | forum | folkemøde | folkemødet | webinar | træf | "
        "treff | festival | politikerdøgn | møde | møte"
    ),
    "currency_words": words("kr | kr. | kroner | krone | dkk | nok | ,-"),
    "free_words": words("gratis | kostnadsfritt | kostnadsfri | vederlagsfrit | uten kostnad"),
    "role_suffixes": words(
        "leder | leiar | direktør | chef | sjef | konsulent | rådgiver | rådgjevar | rådgivar "
        "| formand | formann | ordfører | ordførar | minister | sekretær | professor | "
        "forsker | forskar | økonom | koordinator | medarbejder | medarbeider | medarbeidar | "
        "assistent | advokat | jurist | psykolog | lektor | amanuensis | redaktør | "
        "journalist | borgmester | rådmand | rådmann | overlege | læge | arkitekt | ingeniør "
        "| kandidat | repræsentant | representant | medlem | specialist | spesialist | "
        "analytiker | studerende | forstander | inspektør | mester | fullmektig | planlægger "
        "| planlegger | underviser | facilitator | moderator | fagperson | sygeplejerske | "
        "sykepleier | pedagog | pædagog | forfatter | debattør | kasserer | kasserar | "
        "revisor | tillidsrepræsentant | tillitsvalgt | tillitsvald | ombudsmand | ombud | "
        "præsident | president | ambassadør | kommentator | historiker | biskop | provst | "
        "prost | stifter | grundlægger | gründer | sosiolog | sociolog | politolog | ekspert | "
        "historikar | filosof | antropolog | fotograf | kunstner | kunstnar | billedkunstner | "
        "rektor | postdoc | dekan | "
        "billedhugger | bilethoggar | politiker | politikar | talsperson | talsmann | talsmand "
        "| talskvinne | talskvinde"
    ),
    "org_words": words(
        "kommune | kommunen | kommuner | kommunar | fylkeskommune | fylkeskommunen | region | "
        "regionen | regioner | kl | ks | as | asa | a/s | aps | iks | ks' | råd | rådet | lag "
        "| laget | fond | fonden | fondet | parti | partiet | styret | bestyrelsen | gods | "
        "godset | "
        "styrelsen | udvalg | utval | utvalg | trio | kvartet | kvartett | band | orkester | "
        "orkestret | ensemble | team | teamet | ungdom | avis | avisen | avisa | tidende | "
        "venstre | høyre"
    ),
    "org_suffixes": words(
        "mållag | mållaget | dagblad | dagbladet | bedehus | ungdomslag | sogelag | "
        "historielag | menighet | menighed | bransjen | branchen | hospital | hospitalet | "
        "sygehus | sygehuset | sykehus | sykehuset | sjukehus | sjukehuset | "
        "kommune | kommunen | forening | foreningen | foreninger | forbund | forbundet | "
        "udvalg | udvalget "
        "| utvalg | utvalget | utvalet | direktorat | direktoratet | departement | "
        "departementet | ministerium | ministeriet | styrelse | styrelsen | universitet | "
        "universitetet | høgskole | høgskolen | høgskule | høgskulen | institut | instituttet "
        "| institutt | center | centret | centeret | senter | senteret | sentral | sentralen "
        "| selskab | selskabet | kollegium | kollegiet "
        "| selskap | selskapet | rådet | partiet | sekretariat | sekretariatet | etaten | "
        "tilsynet | akademi | akademiet | skole | skolen | skule | skulen | netværk | "
        "netværket | nettverk | nettverket | organisation | organisationen | organisasjon | "
        "organisasjonen | forvaltning | forvaltningen | forvalteren | forvaltaren | "
        "fylkesmannen | landslag | næringshage | kontor | kontoret | komité | komiteen | "
        "kommission | kommisjon | kommisjonen | regjeringen | regjeringa | regeringen | "
        "folketinget | stortinget | avis | avisen | avisa | redaksjon | redaktion | forum | "
        "forsking | forskning | bank | banken | sygehus | sykehus | sjukehus | hospital | "
        "kulturhus | bibliotek | biblioteket | vegvesen | vegvesenet | vejdirektoratet | "
        "musikhus | musikkhus | forsamlingshus | forsamlingshuset | medborgerhus | "
        "plads | pladsen | plass | plassen | gade | gaden | gate | gata | vej | vejen | "
        "vegen | veien | torv | torvet | torget | "
        "medborgerhuset | samfunnshus | samfunnshuset | grendehus | grendehuset | laug | "
        "lauget | bådelaug | parti | partiet | senterparti | venstreparti | folkeparti | "
        "samråd | samarbejde | samarbeid | samskipnaden | fællesskab | fellesskap | alliance "
        "| allianse | alliancen | telt | teltet | scene | scenen | tænketank | tænketanken | "
        "tankesmie | tankesmien | videncenter | videnscenter | gruppe | gruppen | "
        "arbejdsgruppe | konsortium | byråd | byrådet | regionsråd | regionsrådet | regionråd "
        "| ungdomsråd | ældreråd | eldreråd | hotell | hotel | kirke | kirken | kyrkje | "
        "kyrkja | ministeren | regioner | kommuner | kommunar | råd | centre | "
        "bibliotekerne | bibliotekene | bibliotekane | tankesmia | allé | studies | "
        "research | institute | university"
    ),
}

PLATFORMS: dict[str, str] = {
    "zoom": "Zoom",
    "teams": "Microsoft Teams",
    "microsoft teams": "Microsoft Teams",
    "google meet": "Google Meet",
    "meet": "Google Meet",
    "webex": "Webex",
    "whereby": "Whereby",
    "skype": "Skype",
    "youtube": "YouTube",
    "vimeo": "Vimeo",
    "facebook live": "Facebook Live",
}
