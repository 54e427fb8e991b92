//! Sentences every topic shares: the frames that attribute a fact or a quotation, and the
//! general sentences (reactions, what comes next) that fill out longer reports.
//!
//! Frames hold `$fact` or `$quote`; `$who`, `$wholast` and `$whorole` name the quotation's
//! speaker, `$oq` and `$cq` are the outlet's quotation marks.

/// Frames around a fact; weights favour the bare fact, as real copy does.
pub const FACT_FRAMES: &[(u32, &str)] = &[
    (10, "$fact."),
    (2, "$fact, {officials|authorities} said."),
    (2, "$fact, according to $org1."),
    (
        3,
        "{On $weekday|By $weekday evening|Late on $weekday|Earlier on $weekday}, $fact.",
    ),
    (1, "$p1l said $fact."),
    (
        2,
        "{Officials|Authorities|Local officials} {said|confirmed|reported} that $fact.",
    ),
    (1, "$fact, $p1, $r1, {said|told reporters}."),
    (1, "According to $org2, $fact."),
    (1, "{Reports|Local media|Witnesses} said $fact."),
    (1, "{By|As of} $weekday, $fact, {according to|said} $org1."),
    (
        1,
        "{It emerged|It was confirmed} {on $weekday|later} that $fact.",
    ),
];

/// Frames around an event's quotation. The quotation itself is never changed by a frame.
pub const QUOTE_FRAMES: &[(u32, &str)] = &[
    (4, "$oq$quote,$cq $who said."),
    (3, "$oq$quote,$cq said $who, $whorole."),
    (3, "$who, $whorole, said: $oq$quote.$cq"),
    (2, "$oq$quote,$cq $wholast told {reporters|a news conference|$outlet}."),
    (2, "{In a statement|Speaking to reporters|In an interview|Speaking on $weekday}, $wholast said: $oq$quote.$cq"),
    (2, "$oq$quote,$cq {added|said} $wholast."),
    (1, "$oq$quote,$cq $wholast {wrote|posted} on social media."),
    (1, "$wholast {put it bluntly|was blunt|did not mince words}: $oq$quote.$cq"),
];

/// Sentences any report can carry, of any topic.
pub const GENERIC: &[&str] = &[
    "It was not {immediately|yet} clear {how|when|whether} {officials|the authorities} {would respond|would act|planned to respond} {further|in the coming days}.",
    "{Officials|Authorities|Local officials} in $place {promised|pledged|vowed} to {release|publish|share} {more information|further details|an update} {later in the day|in the coming days|by the end of the week}.",
    "The {news|development|announcement} {quickly|rapidly} {spread|circulated} on social media, where {residents|users|people in $place} {shared|posted} {photos|videos|accounts} of {the scene|what they had seen|the day's events}.",
    "{Analysts|Observers|Experts} {said|noted|warned} that {the episode|the events in $place|what happened on $weekday} {could|may|was likely to} {shape|influence|affect} {public debate|policy|the national conversation} {for months|in the months ahead|for some time}.",
    "{Opposition politicians|Critics|Some lawmakers} {called for an inquiry into|demanded an investigation into|wanted answers about} {what went wrong|how the situation was handled|the response}.",
    "{In|Across} $place, {life|daily life} {was slowly|was gradually|appeared to be} {returning|getting back} to normal {by $weekday evening|by the end of the week|as the week went on}, {though|but} {many|some} {residents|people} {remained|stayed} {anxious|on edge|wary}.",
    "$anyone, {who|a researcher who} {studies|has written about} {such events|the region|public policy} at {a university|an institute} in $anyplace, said {the coming weeks|the next days} would be {crucial|decisive|telling}.",
    "{The government|Ministers|The cabinet} {was expected|is expected|were due} to {discuss|meet on|review} the {situation|matter} {on $weekday|later this week|at a special meeting}.",
    "{Newspapers|Television channels|Radio stations} in $country {devoted|gave} {hours of coverage|their front pages} to the {events|story} {on $weekday|the following day}.",
    "{It|The day} {was|marked} {one of the|the} {most|biggest} {significant|dramatic} {days|moments} {for|in} $place {in years|in recent memory|since $anyyear}.",
    "{Some|Many} {residents|people in $place} {expressed|voiced} {frustration|anger|concern} at {the lack of|the slow flow of} {information|answers} {from officials|from the authorities}.",
    "$org1 {said|added} it would {provide|give} {an update|more details|a fuller account} {once|when} {more was known|the situation became clearer}.",
    "{A|One} {local|regional} {official|councillor}, $anyone, {said|told reporters} {the community|people} {had come together|had rallied} {in|during} {difficult hours|a difficult time}.",
    "{Neighboring|Nearby} {towns|cities|regions} {followed|watched} {the events|developments} in $place {closely|with concern}, {according to|said} {local media|regional broadcasters}.",
    "{Messages of support|Expressions of sympathy|Statements} {came in|arrived|poured in} from {abroad|other capitals|across $country} {on $weekday|in the hours that followed|through the day}.",
    "{A timeline|An account} {published|released} by $org1 {on $weekday|later} {showed|suggested} that {the first reports|the first calls|early warnings} {came in|arrived|were received} {at about|shortly after|just before} $time.",
    "{Businesses|Shops|Traders} in $place {said|reported} that {trade|business|footfall} {had slowed|fell sharply|dried up} {in the days that followed|that week|afterwards}.",
    "{Television pictures|Footage shown on local television|Images shared online} {showed|appeared to show} {crowds|people|emergency vehicles} {gathered|gathering} {near|around|in} {the center of $place|central $place|the main square}.",
    "The {mood|atmosphere} in $place {was|remained} {tense|somber|subdued} {on $weekday|as night fell|into the evening}, {with|and} {few people|fewer people than usual} {on the streets|out in public}.",
    "{Some|A few} {commentators|columnists|local journalists} {compared|likened} the {situation|events} to {what happened|events} in $anyplace in $anyyear.",
    "{Asked about|Pressed on} {the criticism|the delays|the response}, $p1l {said|replied} that {lessons would be learned|everything possible had been done|a review would follow}.",
    "$org2 {said|confirmed} it {would publish|planned to release|was preparing} {a full report|a detailed assessment|its findings} {within weeks|in the coming months|by the end of the year}.",
    "{Residents|People|Families} in $place {organized|set up|launched} {collections|fundraisers|support groups} {for those affected|for neighbors|online} {within hours|the same day|by $weekday evening}.",
    "{The story|The news} {dominated|led} {front pages|bulletins|news websites} {in|across} $country {on $weekday|the next morning|for days}.",
    "{Police|Officials} {asked|urged} {members of the public|people|residents} {not to share|to avoid spreading} {rumors|unverified information|speculation} {online|on social media}.",
    "$anyone, {a spokesperson for|speaking for} $org1, {declined to comment|would not comment|gave no further details} {on|about} {the figures|the timing|individual cases}.",
    "{Several|Some|Two} {lawmakers|members of parliament|councillors} from $place {said|demanded|asked} {that|whether} {the government|ministers} {would|should} {come to the region|visit $place|explain themselves} {in person|this week}.",
    "{Figures|Data} {compiled|gathered|published} by $org2 {suggest|show|indicate} {the picture|the situation} {could change|may evolve|is still developing} {quickly|over the coming days}.",
    "{For many in $place|For residents|For local families}, {the events|the past days|what happened} {brought back|revived|recalled} {memories|painful memories} of $anyyear.",
];

/// Credit lines at the foot of wire copy: `$anyone` names the reporters.
pub const WIRE_CREDITS: &[&str] = &[
    "(Reporting by $anyone in $place{ and $anyone|}; {Editing|Additional reporting} by $anyone)",
    "(Reporting by $anyone; Writing by $anyone; Editing by $anyone)",
    "($anyone reported from $place{; $anyone contributed|})",
];

/// Lines an outlet puts before wire copy it runs.
pub const OWN_INTROS: &[&str] = &[
    "{Here is|This is} {what we know|the latest} {about|on} {the events in $place|what happened in $place|the story}.",
    "{Our|This} {report|article} {includes|uses} {material|reporting} from $agency.",
];
