//! Elections, protests, trials, summits.

use super::{Num, Topic};

pub static ELECTION: Topic = Topic {
    name: "election",
    section: "politics",
    roles: [
        &["the leader of the $d1", "the $d1 candidate", "the $d1's candidate for mayor of $place", "the incumbent $d1 governor"],
        &["the leader of the $d2", "the $d2's candidate", "the challenger from the $d2"],
        &["a political scientist at the University of $place", "an elections analyst", "a pollster at $org2"],
    ],
    orgs: [
        &["the electoral commission", "the national election board", "the $demonym electoral authority"],
        &["Civica Research", "the Public Opinion Institute", "Veritas Polling", "Northstar Analytics"],
    ],
    details: [
        &["Social Democrats", "People's Alliance", "Liberal Union", "Green Renewal party", "National Progress party", "Civic Platform", "Labor Front"],
        &["Conservative Union", "Freedom Movement", "Democratic Centre", "Reform Party", "Citizens' Coalition", "Christian Democrats"],
        &["the cost of living", "housing", "immigration", "public health care", "corruption", "energy prices", "jobs"],
        &["regional", "municipal", "parliamentary", "presidential", "provincial"],
    ],
    numbers: [Num::Tenths(500, 600), Num::Tenths(280, 400), Num::Tenths(480, 840)],
    headlines: &[
        "$p1l {wins|claims victory in|takes} $place {vote|election}",
        "{Election|Vote} {count|results}: $d1 {ahead|leads|edges ahead} in $place",
        "$d1's $p1l {claims|declares} {victory|win} as $d2 {concedes|admits defeat}",
        "{Turnout|Voter turnout} {hits|reaches} $n3 {percent|%} in $place $d4 {election|vote}",
        "{Voters|Residents} {go to|head to} the polls in $place {amid|with} {concern over|worries about} $d3",
        "$p2l {concedes|accepts defeat} {after|in} {tight|close|bruising} $place {race|contest}",
    ],
    leads: &[
        "$p1, {the candidate of the $d1|of the $d1}, {won|claimed victory in|took} the $d4 election in $place {on $weekday|on $weekday night}, {taking|with} $n1 percent of the vote, {according to|said} $org1.",
        "{Voters|Residents} in $place {handed|gave} {victory|a clear win|the win} to the $d1 {on $weekday|in $weekday's vote}, {with|after} $p1 {winning|securing|taking} $n1 percent {against|to} $n2 percent for $p2 of the $d2.",
        "The $d1 {claimed|declared} victory in $place's $d4 election {on $weekday|late on $weekday} {after|as} {results|preliminary results|a partial count} {showed|gave} $p1 {a lead|ahead} with $n1 percent of the vote.",
    ],
    facts: &[
        "{turnout|voter turnout} {was|reached|stood at} $n3 percent, {according to|said} $org1",
        "$p2 of the $d2 {won|received|took} $n2 percent {of the vote|}",
        "$p2 {conceded|admitted defeat|accepted the result} {late on $weekday|on $weekday night|in a speech to supporters}",
        "{the campaign|campaigning} {focused|centered} {largely|mostly} on $d3",
        "{supporters|hundreds of supporters} of the $d1 {celebrated|gathered} {in|outside} {the party's headquarters|the central square} in $place",
        "$org2 {had predicted|had forecast|had shown} a {closer|tighter} {race|result} {in the final days|before the vote}",
        "{final|official} results {are expected|will be published|should be confirmed} {later this week|within days|by $org1}",
        "{observers|election monitors} {reported|said there were} {few|only minor} {irregularities|problems} {at polling stations|during the vote}",
        "{the result|the outcome} {gives|hands} the $d1 {control|its first control} of {the council|the regional government|the assembly} {since $anyyear|in years}",
        "$p1 {promised|pledged|vowed} to {act quickly|move fast|focus first} on $d3",
        "{the $d2|$p2's party} {lost|dropped} {ground|votes|seats} {in|across} {its traditional strongholds|rural districts}",
    ],
    background: &[
        "{Polls|Surveys} {before the vote|during the campaign} {had suggested|had pointed to} {a tight race|a narrow contest} {between the two main parties|between $p1l and $p2l}.",
        "In the {previous|last} election, in $anyyear, the $d2 {won|took} {comfortably|by a wide margin}, {helped by|thanks to} {strong support|high turnout} in {rural areas|the suburbs}.",
        "{Analysts|Commentators} {see|saw} the {vote|result} as {a test|a bellwether} {for|of} the national government ahead of {elections|a general election} {next year|in the spring}.",
        "{Concern|Worry|Anger} over $d3 {dominated|shaped|drove} the campaign, {with|as} {both|all} {candidates|parties} {promising|offering} {relief|change} to voters.",
        "$p1, $anyage, {is|was} a former {lawyer|teacher|doctor|city councillor} who {entered|joined} politics in $anyyear.",
    ],
    quotes: &[
        "{Tonight|Today} the people of $place {have chosen|chose} {change|a new direction|hope over fear}",
        "I will be {the mayor|a governor|a leader} for {all|every one of} the people of $place, {including|not only} those who did not vote for me",
        "We {accept|respect} the {result|verdict of the voters} and {we will|I will} {be a constructive opposition|hold the new government to account}",
        "{The first thing we will do|Our first priority} is to {tackle|deal with} $d3",
        "{Voters|People} {sent|have sent} a {clear|very clear} message {about|on} $d3 and {politicians|all of us} {must|need to} listen",
        "{This result|This vote} {shows|tells us} that {people|voters} {want|are demanding} {change|a different approach}",
    ],
    voices: &[
        "$oq{I voted for change|I voted because of the rent} {this time|}$cq, said $anyone, @a $anyage-year-old $anyjob {outside a polling station|in $place}.",
        "$anyone, @a $anyjob, said {she|he} {had not decided|was undecided} until {the last week|the final days}. $oq{In the end|Finally} {it was about|I thought about} $d3$cq.",
    ],
};

pub static PROTEST: Topic = Topic {
    name: "protest",
    section: "world",
    roles: [
        &["$place's police chief", "the interior minister", "the mayor of $place", "a government spokesperson"],
        &["one of the organizers of the protest", "the leader of $org2", "a spokesperson for $org2"],
        &["a sociologist at the University of $place", "a human rights lawyer in $place", "a political analyst"],
    ],
    orgs: [
        &["the police", "the riot police", "the national police", "the interior ministry"],
        &["the Citizens' Assembly", "the Workers' Federation", "the Students' Union", "the Fair Rent Coalition", "the Climate Action Network"],
    ],
    details: [
        &["fuel price rises", "a new pension law", "rising rents", "a planned mine", "cuts to university funding", "a new security law", "water shortages"],
        &["the central square", "the parliament building", "the main boulevard", "the city hall", "the ministry of finance"],
        &["tear gas", "water cannon", "rubber bullets", "pepper spray"],
        &["second", "third", "fourth", "fifth"],
    ],
    numbers: [Num::Int(5000, 120000), Num::Int(12, 380), Num::Int(3, 140)],
    headlines: &[
        "{Thousands|Tens of thousands} {march|protest|rally} in $place against $d1",
        "{Police|Riot police} fire $d3 at $place protesters",
        "{Protest|Demonstration} over $d1 {turns violent|ends in clashes} in $place",
        "{Clashes|Arrests} as {protesters|demonstrators} {march on|gather at} $d2 in $place",
        "{$n2 arrested|Dozens detained} as $d1 protests {enter|reach} $d4 day",
        "$place protests: {government|ministers} {under pressure|refuse to back down} over $d1",
    ],
    leads: &[
        "{Tens of thousands of|Thousands of|About $n1} {people|protesters|demonstrators} {marched|rallied|took to the streets} in $place {on $weekday|for a $d4 day} against $d1, {in|with} {one of the largest protests|the biggest demonstration} {the city has seen|in years}.",
        "{Police|Riot police} {fired|used} $d3 {on $weekday|late on $weekday} to {disperse|break up|push back} {protesters|demonstrators} {outside|near|at} $d2 in $place, {where|as} {thousands|crowds} {had gathered|rallied} against $d1.",
        "{At least|More than|About} $n2 people {were arrested|were detained} in $place {on $weekday|overnight} {after|as} {a protest|demonstrations} against $d1 {turned violent|ended in clashes|spilled into side streets}.",
    ],
    facts: &[
        "{police|the authorities|organizers} {estimated|put} the {crowd|turnout} at {about|around|more than} $n1 {people|}",
        "{at least|} $n2 people {were arrested|were detained}, {police said|according to $org1}",
        "$n3 {officers|police officers|people} {were injured|were hurt|needed hospital treatment}",
        "{protesters|demonstrators} {chanted|carried banners|shouted slogans} {against|denouncing} $d1 {as they marched|outside} $d2",
        "$org1 {used|deployed|fired} $d3 {after|when} {some protesters|a group of demonstrators} {threw|hurled} {stones|bottles|fireworks}",
        "$org2 {called|announced plans} for {further|more|new} {protests|marches|strikes} {next week|on $weekday|in the coming days}",
        "the {government|minister} {refused|declined} to {withdraw|drop|back down on} $d1",
        "{shops|businesses|several banks} {along|near} the {route|march} {were damaged|had windows smashed|closed early}",
        "{the protest|the march} {began|started} {peacefully|calmly} {at|in} $d2 {in the morning|around midday}",
        "{opposition|several opposition} {politicians|leaders} {joined|marched with} the {protesters|crowds}",
    ],
    background: &[
        "{Protests|Demonstrations} against $d1 {began|started} {weeks ago|last month} and {have grown|have spread} {to other cities|across the country}.",
        "In $anyyear, {similar|mass} protests in $anyplace {forced|led} the government to {back down|change course|resign}.",
        "{Critics|Rights groups} {accuse|have accused} the {police|security forces} of {using excessive force|heavy-handed tactics} {against|at} {peaceful|largely peaceful} protests.",
        "{Support|Public support} for the {government|ruling coalition} has {fallen|dropped} {sharply|steadily} {since|over} {the announcement of|the row over} $d1, {according to|polls by} $anyone's research group.",
    ],
    quotes: &[
        "We {will keep|are going to keep} {marching|coming back|protesting} until {the government|they} {listens|listen} to us",
        "{Violence|Vandalism} {will not be tolerated|has no place in a democracy}, and those responsible will be {prosecuted|brought to justice}",
        "{People|Ordinary families} {cannot|simply cannot} {afford|live with} $d1 and {the government|ministers} {know it|know that}",
        "{The right to protest|Peaceful protest} is {fundamental|essential}, but {the police|officers} {have a duty|must act} to {keep order|protect property}",
        "{This movement|What we are seeing} is {bigger|larger} than {any party|any one organization}",
    ],
    voices: &[
        "$oq{I came because|I am here because} {my children|my parents|my neighbors} {cannot|can no longer} {afford|cope with} $d1$cq, said $anyone, @a $anyage-year-old $anyjob.",
        "$anyone, @a $anyjob {from|in} $place, said {she|he} {had never|had not} {protested|joined a march} before. $oq{This time {it|enough} is {different|enough}}$cq.",
    ],
};

pub static TRIAL: Topic = Topic {
    name: "trial",
    section: "world",
    roles: [
        &["a former {finance minister|mayor of $place|health minister|regional governor}", "the former chief executive of $org2", "a prominent businessman"],
        &["the chief prosecutor", "a lawyer for the defense", "the presiding judge"],
        &["a law professor at the University of $place", "a legal analyst", "an anti-corruption campaigner"],
    ],
    orgs: [
        &["the Supreme Court", "the High Court in $place", "the district court in $place", "the anti-corruption court"],
        &["Astral Holdings", "Veltro Construction", "the state energy company", "Cardinal Bank", "Orion Logistics", "Parkway Developments"],
    ],
    details: [
        &["corruption", "fraud", "money laundering", "bribery", "embezzlement", "abuse of power"],
        &["public contracts", "a hospital construction deal", "a port concession", "pandemic equipment purchases", "a road-building program"],
        &["guilty", "not guilty"],
        &["four", "six", "eight", "ten", "twelve"],
    ],
    numbers: [Num::Int(2, 15), Num::Money(3, 900), Num::Int(12, 90)],
    headlines: &[
        "{Former|Ex-}{ minister| official|} $p1l {found|declared} $d3 {of|in} $d1 {case|trial}",
        "$p1l {sentenced|jailed} {to|for} $n1 years {for|over} $d1",
        "{Court|Judge} {rules|delivers verdict} in $p1l $d1 {trial|case}",
        "$d1 trial: $p1l {verdict|ruling} {expected|due} {on $weekday|this week}",
        "$p1l {to appeal|vows to appeal} after $d1 {conviction|verdict}",
    ],
    leads: &[
        "$org1 {on $weekday|} {found|declared} $p1, $r1, $d3 of $d1 {over|in connection with|linked to} $d2, {sentencing $p1l to|and sentenced $p1l to} $n1 years in prison.",
        "$p1, $r1, {was sentenced|was jailed} {on $weekday|} to $n1 years {in prison|behind bars} {after|when} $org1 {found $p1l|ruled that $p1l was} $d3 of $d1 {linked to|involving} $d2.",
        "{A court|Judges} in $place {on $weekday|} {delivered|handed down} {a verdict|its ruling} in {the|a} {long-running|closely watched} $d1 case {against|of} $p1, $r1, {finding $p1l|with $p1l found} $d3.",
    ],
    facts: &[
        "{prosecutors|the prosecution} {had accused|accused} $p1l of {taking|receiving} $n2 {in bribes|in kickbacks} {linked to|in exchange for} $d2",
        "the {trial|case} {lasted|ran for} $n3 {days|hearings|sessions} {and heard from|with} {dozens of|more than 40} witnesses",
        "$p1l {has denied|denied|always denied} {wrongdoing|all the charges|any wrongdoing} and {said|says} {the case|the charges} {is|was|were} politically motivated",
        "$p1l's {lawyers|defense team} {said|announced} they would {appeal|challenge the ruling} {to a higher court|within days}",
        "{the judge|$p2} {said|ruled} the {evidence|documents} {showed|proved} {a pattern|a scheme} of {payments|transfers} {through|via} {shell companies|offshore accounts}",
        "{supporters|a small group of supporters} {gathered|protested} {outside|in front of} the {courthouse|court building} {as the verdict was read|during the hearing}",
        "{the court|$org1} also {ordered|imposed} {the seizure of|a fine of} $n2",
        "$org2 {said|stated} in a {statement|brief statement} that it had {cooperated|fully cooperated} with {investigators|the inquiry}",
        "{three|two|four} {other|co-}defendants {received|were given} {shorter|lighter|suspended} sentences",
        "{the case|the investigation} {began|was opened} in $anyyear {after|following} {a newspaper investigation|a whistleblower's complaint|an audit}",
    ],
    background: &[
        "The case {has gripped|gripped} $country {for years|since it began}, {becoming|seen as} {a symbol|a test} of {the fight|efforts} against {corruption|graft}.",
        "In $anyyear, {another|a former} {official|minister} {in|from} $anyplace was {jailed|convicted} in {a similar|a related} case {involving|over} {public contracts|bribes}.",
        "{Transparency campaigners|Anti-corruption groups} {welcomed|praised} the {verdict|ruling}, {saying|but said} {it|that it} {showed|sent a signal} that {no one|nobody} is above the law.",
        "{Critics|Supporters of $p1l} {argue|say} that {the courts|prosecutors} have been {used|targeted} {against|to weaken} {political opponents|the opposition}.",
    ],
    quotes: &[
        "{Today's ruling|This verdict} {shows|proves} that {no one|nobody} {is|stands} above the law",
        "{My client|Mr. $p1l} is innocent and we will {appeal|fight this decision} {all the way|to the highest court}",
        "{The evidence|The documents} {presented|before this court} {leave|left} no {room for doubt|reasonable doubt}",
        "{This was|It was} a political {trial|process} {from the very beginning|from the start}",
        "{We hope|I hope} {this case|the verdict} {will change|changes} how {public money is spent|contracts are awarded} in $country",
    ],
    voices: &[
        "$oq{Justice has been done|It took too long, but it happened}$cq, said $anyone, @a $anyage-year-old $anyjob {outside the court|waiting outside}.",
        "$anyone, @a $anyjob, said {she|he} {had followed|followed} the {case|trial} {for years|from the start}. $oq{People here want to see that money back}$cq.",
    ],
};

pub static SUMMIT: Topic = Topic {
    name: "summit",
    section: "politics",
    roles: [
        &["$country's foreign minister", "the president of $country", "the host prime minister", "$country's trade minister"],
        &["the secretary-general of $org1", "the European Commission's trade chief", "the African Union's envoy"],
        &["a senior fellow at the Institute for Global Affairs", "a trade economist at $org2", "a former ambassador"],
    ],
    orgs: [
        &["the Coastal Cooperation Forum", "the Alliance of Southern States", "the Trans-Pacific Council", "the Northern Trade Partnership", "the Group of Twelve"],
        &["the International Policy Institute", "the Centre for Strategic Studies", "the Global Trade Research Unit"],
    ],
    details: [
        &["climate finance", "a trade agreement", "energy security", "migration", "food security", "a ceasefire plan", "critical minerals"],
        &["a joint declaration", "a final communique", "a framework agreement", "a memorandum of understanding"],
        &["delegations", "heads of government", "foreign ministers", "trade ministers"],
        &["two-day", "three-day", "one-day"],
    ],
    numbers: [Num::Int(8, 40), Num::Money(500, 40000), Num::Int(2, 12)],
    headlines: &[
        "{Leaders|Ministers} {agree|strike deal} on $d1 at $place summit",
        "$place summit {ends|closes} {with|without} $d2 on $d1",
        "$org1 {summit|talks} in $place {focus|centre} on $d1",
        "{Talks|Summit} in $place: {leaders|delegates} {pledge|commit} $n2 for $d1",
        "{Divisions|Disagreements} over $d1 {overshadow|dominate} $place summit",
    ],
    leads: &[
        "{Leaders|Ministers|Delegations} from $n1 countries {agreed|signed|adopted} $d2 on $d1 {at the end of|at the close of} a $d4 summit of $org1 in $place {on $weekday|late on $weekday}.",
        "{A|The} $d4 summit of $org1 in $place {ended|closed|wrapped up} {on $weekday|late on $weekday} with {a pledge|commitments} of $n2 for $d1, {though|but} {deep divisions|disagreements} {remained|persisted} over {how|who} {to pay|should pay}.",
        "$d3 from $n1 {nations|countries} {gathered|met} in $place {on $weekday|this week} for a $d4 summit of $org1 {dominated|overshadowed} by {disagreements|debate} over $d1.",
    ],
    facts: &[
        "{the|a} {final|closing} {statement|declaration} {committed|pledged} {members|signatories} to {spend|mobilize|provide} $n2 on $d1 {over|within} $n3 years",
        "{several|some|a few} {delegations|countries} {refused|declined} to sign $d2, {citing|because of} {concerns|objections} {about|over} {funding|enforcement}",
        "$p1 {hosted|chaired} the {talks|meeting} {at|in} {a conference center|the old royal palace|a convention hall} in $place",
        "{negotiators|officials} {worked|talked} {through the night|late into the night} to {agree|finalize} {the text|the wording} {on|of} $d2",
        "{protesters|activists} {gathered|marched|demonstrated} {near|outside} the {venue|summit} {calling for|demanding} {more ambition|action} on $d1",
        "{the next|the following} summit {will be held|is due to take place} in $anyplace {next year|in $anyyear}",
        "$p2 {described the {agreement|deal|outcome} as|called the {agreement|deal|outcome}} {a first step|an important step|a breakthrough}",
        "{security|police} {was tight|closed streets} {around|across} {central|downtown} $place {for the duration of|during} the summit",
    ],
    background: &[
        "$org1 {was founded|was created} in $anyyear to {promote|strengthen} {cooperation|trade} {between|among} its members, {though|but} {critics|observers} {say|said} it has {often|rarely} {struggled to agree|delivered concrete results}.",
        "{Talks|Negotiations} on $d1 {collapsed|stalled} {last year|in $anyyear} {amid|over} {disputes|a row} {about|over} {who should pay|financing}.",
        "{Analysts|Observers} {had expected|expected} {little|modest} progress {going into|ahead of} the summit, {given|because of} {tensions|rivalries} {between|among} {member states|the larger economies}.",
    ],
    quotes: &[
        "{This agreement|Today's agreement} {shows|proves} that {cooperation|multilateralism} {still works|can still deliver}",
        "{We have|We've} {taken|made} {an important|a real} step, but {much more|a lot more} {needs to be done|work remains} on $d1",
        "{The money|These pledges} {must|need to} {reach|go to} the people {who need it|most affected}, not {stay on paper|remain promises}",
        "{No country|Nobody} can {solve|face} $d1 {alone|on its own}",
        "{We came here|We came to $place} {for|to get} {results|action}, and we {leave|are leaving} with {a plan|an agreement}",
    ],
    voices: &[
        "$oq{They talk and talk|Summits come and go}, but {nothing changes for us|we are still waiting}$cq, said $anyone, @a $anyage-year-old $anyjob {who joined the protest|outside the venue}.",
        "$anyone, @a $anyjob {from|in} $place, said the {summit|meeting} had {brought|caused} {traffic chaos|road closures} {to|in} the {city|center}. $oq{We could not get to work}$cq.",
    ],
};
