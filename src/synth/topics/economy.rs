//! Business, economy, labour, sport, science and technology.

use super::{Num, Topic};

pub static MERGER: Topic = Topic {
    name: "merger",
    section: "business",
    roles: [
        &["the chief executive of $org1", "$org1's chief executive", "the chairman of $org1"],
        &["the chief executive of $org2", "$org2's founder", "the chief financial officer of $org2"],
        &["an analyst at {Kestrel|Brookline|Halden|Marlow} Securities", "a competition lawyer in $place", "a fund manager at {Ridgeway|Lantern|Copperfield} Capital"],
    ],
    orgs: [
        &["Halvorsen Group", "Brightwater Industries", "Castellan Holdings", "Norvik Energy", "Stratus Pharmaceuticals", "Keystone Foods", "Altamira Telecom", "Pioneer Logistics"],
        &["Lumen Biotech", "Redwood Software", "Caldera Mining", "Bluefin Shipping", "Greenfield Retail", "Silverpeak Media", "Tessera Chips", "Harbor Insurance"],
    ],
    details: [
        &["all-cash", "cash-and-stock", "all-stock"],
        &["competition regulators", "shareholders", "antitrust authorities", "the government"],
        &["{cost savings|synergies}", "job cuts", "a larger share of the market", "access to new markets"],
        &["30", "35", "42", "48", "55", "61"],
    ],
    numbers: [Num::Money(800, 64000), Num::Int(900, 24000), Num::Tenths(12, 95)],
    headlines: &[
        "$org1 {to buy|agrees to buy|will acquire} $org2 {for $n1|in $n1 deal}",
        "$org1 {strikes|clinches|agrees} $n1 {deal|takeover} for $org2",
        "$org2 shares {soar|jump|surge} on $org1 {takeover|buyout} {bid|offer}",
        "{Regulators|Watchdogs} {to review|set to scrutinize} $org1{'s|-}$org2 {deal|merger}",
        "$org1 and $org2 {agree|announce} {merger|tie-up} {worth|valued at} $n1",
    ],
    leads: &[
        "$org1 {said on $weekday|announced on $weekday|agreed on $weekday} {it would buy|to buy|to acquire} $org2 {for|in a deal worth|in @a $d1 deal valued at} $n1, {creating|in a move that would create} {one of the largest|the biggest} {companies|groups} in {its industry|the sector}.",
        "$org2 {agreed|has agreed} {on $weekday|} to be {bought|taken over|acquired} by $org1 {for|in @a $d1 deal worth} $n1, {the companies said|the two companies announced|according to a statement}.",
        "{Shares in|Shares of} $org2 {jumped|soared|rose} {more than|about|nearly} $d4 percent {on $weekday|in early trading on $weekday} after $org1 {agreed|offered|announced a deal} to {buy|acquire} the company for $n1.",
    ],
    facts: &[
        "the {offer|price|deal} {values|represents} $org2's shares at a {premium of|premium of about} $d4 percent {to|over} {their|its} {closing price|last close}",
        "the {combined|merged} company {would have|will employ} {about|around|more than} $n2 {employees|staff|workers}",
        "the {deal|transaction} {is expected|is due} to {close|be completed} {by the end of the year|next year|in the second half}, {subject to|pending} {approval by|approval from} $d2",
        "$org1 {expects|said it expected} {the deal|the merger} to {deliver|bring|produce} $d3",
        "$p1 {will lead|is set to run|would head} the {combined|merged} {group|company}",
        "{the companies|both companies} {said|stated} {there would be|they expected} {some|no immediate} job cuts",
        "{the boards|both boards} of {the two companies|$org1 and $org2} {have approved|unanimously approved} the {deal|transaction}",
        "$org1 {will finance|plans to fund} the {purchase|deal} with {cash|a mix of cash and debt|new shares} and {a bridge loan|bank loans}",
        "{analysts|investors} {said|noted} the {price|valuation} {looked|seemed} {high|generous|full} {given|after} {a year of|recent} {falling profits|weak sales}",
        "$org2 {reported|posted} {revenue|sales} of $n3 billion dollars {last year|in its last financial year}",
    ],
    background: &[
        "{Deals|Mergers} in the {sector|industry} have {picked up|accelerated} {this year|recently} as {companies|firms} {seek|look for} {scale|growth} {amid|in the face of} {rising costs|slowing demand}.",
        "In $anyyear, {a similar|a rival} {deal|bid} {between|involving} {two|other} {competitors|companies} {collapsed|was blocked} {after|when} regulators {raised|voiced} {concerns|objections}.",
        "$org1 {has grown|expanded} {through|via} {a string of|several} {acquisitions|takeovers} {since|over} {the past decade|$anyyear}.",
        "{Unions|Staff representatives} {said|warned} they {would seek|wanted} {guarantees|assurances} {on|about} {jobs|pay and conditions} {at|in} $org2's {sites|plants} {near|in} $place.",
    ],
    quotes: &[
        "{Together|Combined}, we will be {stronger|better placed} to {serve our customers|compete globally|invest in innovation}",
        "{This deal|This transaction} {creates|will create} {real|significant} value for {shareholders|our shareholders} and {customers|employees}",
        "{We|Our board} {believe|believes} {this is|this offer is} {a fair price|the right deal} {for|at} the right time",
        "{Regulators|Competition authorities} {will look|are going to look} {very closely|hard} at {this deal|what it means for prices}",
        "{Our|The} {teams|people} {are|will be} at the heart of {the combined company|what we build together}",
    ],
    voices: &[
        "$oq{We have heard promises before|Nobody has told us anything yet}$cq, said $anyone, @a $anyage-year-old $anyjob at $org2's {plant|site} {near|in} $place.",
        "$anyone, {a retail investor|a small shareholder} {in|from} $place, said {she|he} {would|planned to} {accept|back} the offer. $oq{The price is fair}$cq.",
    ],
};

pub static RATES: Topic = Topic {
    name: "rates",
    section: "business",
    roles: [
        &["the governor of $org1", "$org1's governor", "the head of $org1"],
        &["$country's finance minister", "the chief economist at $org2", "a member of $org1's rate-setting committee"],
        &["an economist at $org2", "a strategist at {Albion|Northgate|Sterling} Markets", "a senior economist at {Hollis|Kingsford|Vantage} Bank"],
    ],
    orgs: [
        &["the central bank", "the Reserve Bank of $country", "the National Bank of $country", "the Bank of $country"],
        &["Meridian Economics", "the Institute of Fiscal Research", "Capital Analytics", "Westbrook Research"],
    ],
    details: [
        &["raised", "cut", "held"],
        &["inflation", "food prices", "wage growth", "energy prices", "the weak currency"],
        &["mortgage holders", "borrowers", "savers", "small businesses"],
        &["quarter", "half"],
    ],
    numbers: [Num::Tenths(5, 125), Num::Tenths(15, 98), Num::Tenths(1, 35)],
    headlines: &[
        "$org1 $d1 {rates|interest rates|its key rate} {at|to} $n1%",
        "{Central bank|$country's central bank} $d1 {rates|key rate} {as|amid} $d2 {concerns|worries}",
        "$org1 {surprises markets|surprises} {with|by} {rate|interest rate} {decision|move}",
        "{Rate decision|Interest rates}: $org1 {signals|hints at} {more|further} {moves|action} {on|against} $d2",
        "{Currency|Markets} {react|move} {after|as} $org1 $d1 {rates|borrowing costs}",
    ],
    leads: &[
        "$org1 {on $weekday|} $d1 its {benchmark|key|main} interest rate {at|to} $n1 percent, {saying|arguing} that $d2 {remained|was still} {too high|a concern|stubborn}.",
        "{Policymakers at|The rate-setting committee of} $org1 {voted|decided} {on $weekday|} to {leave the key rate|move the key rate|set the benchmark rate} at $n1 percent {as|with} {inflation|annual inflation} {running|standing} at $n2 percent.",
        "{$country's central bank|$org1} $d1 {borrowing costs|interest rates} {on $weekday|}, {setting|leaving} its {key|policy} rate at $n1 percent {in a move|in a decision} {widely expected by economists|largely expected by markets|that surprised some economists}.",
    ],
    facts: &[
        "{annual|consumer price} inflation {stood at|was|reached} $n2 percent {last month|in the latest figures}",
        "the {economy|economy of $country} {grew|expanded|shrank} {by|} $n3 percent {in the last quarter|in the latest quarter|last year}",
        "{the decision|the vote} {was unanimous|was taken by a narrow majority|came on a split vote}",
        "$p1 {said|told reporters} the bank {would|stood ready to} {act|move again} {if needed|if inflation did not ease}",
        "the {currency|national currency} {rose|fell|edged} {against the dollar|after the announcement}",
        "{bond yields|government bond yields} {rose|fell|moved} {after|following} the {decision|announcement}",
        "$d3 {face|will face|have faced} {higher|rising|uncertain} {costs|monthly payments} {as a result|because of the decision}",
        "{economists|most economists} {polled|surveyed} {before the meeting|by $org2} had {expected|forecast} {the move|the decision}",
        "{the bank|$org1} {cut|raised|revised} its {growth|inflation} forecast for {this year|next year}",
        "$p2 {welcomed|criticized} the {decision|move}, {saying|arguing} {it|that it} {would|could} {weigh on|help} {households|growth}",
    ],
    background: &[
        "$org1 has {moved|changed} rates {several times|repeatedly} {since the start of last year|since $anyyear|over the past year} {as|while} it {tries|tried} to {bring down|tame} $d2.",
        "{Inflation|Price growth} {rose|climbed} {sharply|steeply} {after|in} $anyyear, {driven by|pushed up by} {energy costs|food prices|supply problems}.",
        "{Critics|Some economists} {argue|say} the bank {was slow|moved too slowly} to {respond|react} to {rising prices|inflation} {when it first appeared|as it began to climb}.",
        "{Households|Families} in $place and {across|around} $country have {complained|spoken} of {rising|higher} {bills|living costs} {for months|since last year}.",
    ],
    quotes: &[
        "{We will|We are going to} do {whatever it takes|what is necessary} to bring inflation back to {target|our target}",
        "{The fight against inflation|Our work} is {not over|not yet done}, and {we will remain|the committee remains} {vigilant|alert}",
        "{This decision|Today's decision} {will|is going to} {hurt|help} {ordinary families|households|borrowers} {who are already struggling|across the country}",
        "{The data|The latest figures} {show|suggest} {price pressures|inflation} {easing|cooling}, but {slowly|not fast enough}",
        "{Markets|Investors} {had priced in|were expecting} {this move|the decision}, so the {reaction|impact} {should be|was} {limited|muted}",
    ],
    voices: &[
        "$oq{Our mortgage went up again|Every month the bills are higher}$cq, said $anyone, @a $anyage-year-old $anyjob in $place.",
        "$anyone, who {runs|owns} a {small|family} {bakery|hardware store|printing firm} in $place, said {higher|rising} {costs|borrowing costs} {had hit|were hurting} {business|sales}. $oq{We cannot raise prices any more}$cq.",
    ],
};

pub static STRIKE: Topic = Topic {
    name: "strike",
    section: "business",
    roles: [
        &["the general secretary of $org1", "the leader of $org1", "a spokesperson for $org1"],
        &["the chief executive of $org2", "$country's labor minister", "a spokesperson for $org2"],
        &["an industrial relations expert at the University of $place", "a labor economist", "a mediator"],
    ],
    orgs: [
        &["the Transport Workers' Union", "the National Union of Teachers", "the Nurses' Federation", "the Port Workers' Union", "the Rail Workers' Union", "the Postal Workers' Union"],
        &["the state railway company", "the port authority", "the health ministry", "the national postal service", "the airport operator", "the education ministry"],
    ],
    details: [
        &["trains", "ferries", "hospitals", "schools", "flights", "mail deliveries"],
        &["pay", "pensions", "working hours", "staffing levels", "job security"],
        &["24-hour", "48-hour", "three-day", "week-long", "indefinite"],
        &["8", "10", "12", "15", "20"],
    ],
    numbers: [Num::Int(4000, 160000), Num::Tenths(30, 120), Num::Int(2, 9)],
    headlines: &[
        "{Workers|Staff} {walk out|strike} {across|in} $country over $d2",
        "$d3 strike {halts|disrupts|hits} $d1 {in|across} $place",
        "{Strike|Walkout} {causes|brings} {chaos|disruption} {for|to} $d1 {in|across} $country",
        "{Talks fail|Talks collapse} as $org1 {announces|calls} $d3 strike",
        "$org1 and $org2 {reach|agree} deal {to end|ending} strike",
    ],
    leads: &[
        "{About|Nearly|More than} $n1 {workers|members of $org1} {walked out|went on strike} {on $weekday|across $country on $weekday} in a $d3 {strike|stoppage} over $d2, {disrupting|halting|bringing to a standstill} $d1 {in|across} $place and {beyond|other cities}.",
        "$d1 {were canceled|stood still|were disrupted} {across|in} $place {on $weekday|} {as|after} $org1 {began|launched|started} a $d3 strike {over|in a dispute over} $d2 {with|against} $org2.",
        "{Talks|Negotiations} between $org1 and $org2 {broke down|collapsed|failed} {late on $weekday|on $weekday}, {paving the way for|clearing the way for} a $d3 strike {over|about} $d2 {that will|that would} {disrupt|halt} $d1 {in|across} $place.",
    ],
    facts: &[
        "$org1 {is demanding|wants|is seeking} a {pay rise|raise|wage increase} of $n2 percent {to match|to keep up with} {inflation|rising prices}",
        "$org2 {has offered|offered} {about|around} $d4 percent {less|below that}, {saying|arguing} {it|that it} {cannot afford|could not afford} more",
        "{only|about} {a third|half|one in four} of {normal services|scheduled} $d1 {ran|were running|operated} {on $weekday|during the strike}",
        "{picket lines|pickets} {formed|were set up} {outside|at} {depots|main sites|the main stations} {in $place|across the city} {from early morning|before dawn}",
        "{the strike|the walkout} {is the|marks the} {first in decades|biggest in years|latest in a long-running dispute}",
        "the {government|minister} {urged|called on} {both sides|the union} to {return to talks|resume negotiations} {immediately|without delay}",
        "{businesses|shop owners|employers} in $place {said|complained} the {strike|disruption} {was costing|cost} them {sales|money|customers}",
        "{further|more} {strikes|walkouts} {are planned|have been called} {for|over} the next $n3 weeks {unless|if no} {a deal is reached|agreement is found}",
        "{polls|surveys} {suggest|show} {a majority of|many} {people|voters} {support|back} the {workers|strikers}",
    ],
    background: &[
        "{Workers|Staff} in the {sector|industry} have {seen|suffered} {real-terms|years of} pay {cuts|falls} {since|over} {the last decade|$anyyear}, {according to|said} $org1.",
        "In $anyyear, a {long|bitter} strike {by|involving} {dockers|rail workers|teachers} in $anyplace {lasted|went on for} {weeks|months} before {a deal|an agreement} was {reached|struck}.",
        "{Labor|Industrial} unrest has {spread|grown} {across|in} $country {this year|in recent months} {as|while} {inflation|the cost of living} {erodes|eats into} {wages|pay}.",
    ],
    quotes: &[
        "{Nobody|None of our members} {wants|want} to {strike|be on strike}, but {we|they} {have been left|were left} {no choice|with no other option}",
        "{The offer|What is on the table} is {simply|just} not {good enough|acceptable} {for|to} {our members|workers who kept this country running}",
        "We {remain|are still} {open|ready} to {talks|negotiate} {at any time|whenever the union is ready}",
        "{This strike|The walkout} {hurts|is hurting} {the public|passengers|patients} {most of all|above all}",
        "{We need|Workers need} {a fair deal|pay that keeps up with prices}, {not|and not} {more promises|empty words}",
    ],
    voices: &[
        "$oq{I support them, even if it is hard for me|It took me three hours to get here}$cq, said $anyone, @a $anyage-year-old $anyjob {waiting at a bus stop|in $place}.",
        "$anyone, @a $anyjob {on the picket line|who has worked there for years}, said {she|he} {could not|can no longer} {afford|pay} {rent|the bills} {on current pay|as things stand}. $oq{Something has to change}$cq.",
    ],
};

pub static FOOTBALL: Topic = Topic {
    name: "football",
    section: "sport",
    roles: [
        &["the {manager|coach} of $org1", "$org1's {manager|head coach}", "$org1 captain"],
        &["the {manager|coach} of $org2", "$org2's {manager|head coach}", "$org2 captain"],
        &["a former international turned pundit", "the league's chief executive", "a football writer"],
    ],
    orgs: [
        &["{Atletico|Sporting|Real|Dynamo|Racing|United} $place", "$place {City|Rovers|Athletic|Wanderers|FC}"],
        &["Olympic Rivermouth", "Union Eastfield", "Deportivo Altamar", "Inter Harborview", "Celtic Northgate", "Rapid Westmoor", "Ashford Town", "Kingsbridge Albion", "Millbrook United", "Stonehaven Rangers", "Real Costanera", "Sporting Lagoa"],
    ],
    details: [
        &["cup final", "league title decider", "semi-final", "derby", "relegation battle"],
        &["a header from a corner", "a long-range strike", "a penalty", "a counter-attack", "a free kick"],
        &["added time", "extra time", "the second half", "the first half", "the closing minutes"],
        &["3-1", "2-1", "1-0", "2-0", "4-2", "3-2"],
    ],
    numbers: [Num::Int(12000, 80000), Num::Int(17, 89), Num::Int(1, 30)],
    headlines: &[
        "$org1 {beat|defeat|edge} $org2 $d4 {in|to win} $d1",
        "$p1l's $org1 {win|claim|clinch} $d1 {against|over} $org2",
        "$org2 {fall|lose|slump} to $org1 in $d1",
        "{Late drama|Drama} as $org1 {win|snatch victory in} $d1",
        "$org1 {fans celebrate|celebrate} $d1 {win|victory} in $place",
    ],
    leads: &[
        "$org1 {beat|defeated|overcame} $org2 $d4 in {the|a} $d1 {on $weekday|on $weekday night} in front of {about|more than|a crowd of} $n1 {fans|spectators} in $place.",
        "{A goal from $anyone|A strike from $anyone|$anyone's goal} {in|during} $d3 {gave|handed|secured} $org1 {a|their} $d4 {win|victory} over $org2 in {the|a tense} $d1 {on $weekday|in $place on $weekday}.",
        "$org2's {hopes|dream} {ended|were ended|came to an end} {on $weekday|in $place on $weekday} {when|as} $org1 {won|came from behind to win} the $d1 $d4.",
    ],
    facts: &[
        "the {opening goal|first goal} {came|arrived} after $n2 minutes{, from $d2| from $d2|}",
        "$org2 {had|hit the woodwork|missed} {a penalty|a late chance|two good chances} {in|during} $d3",
        "{the referee|the official} {sent off|showed a red card to} {a defender|a midfielder} from $org2 {in|during} $d3",
        "{the win|victory} {was|is} $org1's {first|second|third} {in|of} the {competition|season} {since $anyyear|in years}",
        "{fans|supporters} {celebrated|partied|poured into the streets} {in|across} $place {late into the night|after the final whistle}",
        "$p1 {praised|thanked} {the players|his squad|the fans} {after the match|in a post-match interview}",
        "{the match|the game} {was|had been} {delayed|interrupted} {for|by} {ten minutes|several minutes} {because of|after} {crowd trouble|fireworks|heavy rain}",
        "$org1 {dominated|controlled} {possession|the ball} {but|and} {struggled|needed time} to {break down|get past} {a well-organized|a deep-lying} $org2 {defense|side}",
        "{the result|the win} {lifts|moves|takes} $org1 {to|into} {the top of the table|the final|second place}",
    ],
    background: &[
        "$org1 {last won|had not won} {a major trophy|the competition} {since|in} $anyyear, {when|under} {a side|a team} {led by|coached by} $anyone.",
        "{The two clubs|The sides} {have|share} a {long|fierce|bitter} rivalry {that dates back to|going back to} {the 1950s|the early days of the league|$anyyear}.",
        "$org2 {had gone|came into the match} {unbeaten in|on a run of} $n3 {games|matches} {before|going into} the {final|match}.",
    ],
    quotes: &[
        "{I am|I'm} {so proud|incredibly proud} of {the players|this group} and {what they have achieved|how they fought}",
        "{We did not|We didn't} {play|perform} {well enough|at our level} {today|tonight} and we {have to|must} {accept that|learn from it}",
        "{This is|This one is} for the {fans|supporters} who {have waited|waited} {so long|years} for {a night like this|this moment}",
        "{Football|The game} {can be|is sometimes} {cruel|unfair}, but {we|my players} {gave everything|left everything on the pitch}",
    ],
    voices: &[
        "$oq{I have waited all my life for this|I cannot believe it}$cq, said $anyone, @a $anyage-year-old $org1 {fan|supporter} {outside the stadium|in $place}.",
        "$anyone, @a $anyjob {who has followed|who follows} $org2 {for decades|since childhood}, said {she|he} was {heartbroken|gutted}. $oq{We will be back}$cq.",
    ],
};

pub static LAUNCH: Topic = Topic {
    name: "launch",
    section: "science",
    roles: [
        &["the director of $org1", "$org1's mission director", "the head of $org1"],
        &["the mission's chief scientist", "a project scientist at $org2", "the lead engineer on the mission"],
        &["an astrophysicist at the University of $place", "a space policy analyst", "a planetary scientist"],
    ],
    orgs: [
        &["the $demonym Space Agency", "the National Space Administration", "the Space Research Organization of $country", "Orbital Dynamics"],
        &["the Institute of Space Science", "the Astronomical Observatory of $place", "the Planetary Research Center"],
    ],
    details: [
        &["lunar lander", "weather satellite", "Mars orbiter", "space telescope", "asteroid probe", "earth observation satellite"],
        &["Aurora", "Vega-7", "Helios", "Pathfinder II", "Meridian", "Solstice", "Kestrel"],
        &["the launch site near $place", "a spaceport on the coast", "the $place space center"],
        &["two", "three", "five", "seven"],
    ],
    numbers: [Num::Money(80, 2400), Num::Int(400, 36000), Num::Int(3, 14)],
    headlines: &[
        "$country {launches|sends up} $d1 $d2",
        "{Rocket|Mission} {carrying|with} $d1 {lifts off|launches} from $d3",
        "$d2 $d1 {reaches|enters} {orbit|space} {after|in} {successful|flawless} launch",
        "{Launch|Mission} of $d2 {delayed|scrubbed|postponed} {again|for a $d4 time|over technical fault}",
        "$org1's $d2 {mission|probe}: {what it will study|what to know}",
    ],
    leads: &[
        "$org1 {launched|sent} {its|a} $d1, {called|named} $d2, {from|at} $d3 {on $weekday|early on $weekday}, {in|marking} {a milestone|an important step} for $country's space {program|ambitions}.",
        "A rocket {carrying|with} the $d2 $d1 {lifted off|blasted off|launched} from $d3 {on $weekday|at $time on $weekday}, {and|after} {controllers|engineers} {confirmed|reported} {that it had reached|that the spacecraft reached} {orbit|its planned orbit}.",
        "{After|Following} $d4 {delays|postponements}, $org1's $d2 $d1 {finally|} {launched|lifted off} {on $weekday|from $d3 on $weekday}, {carrying|with} {instruments|cameras} {built by|from} $org2.",
    ],
    facts: &[
        "the {mission|project} {cost|is budgeted at} {about|around|nearly} $n1",
        "the {spacecraft|probe|satellite} {will travel|is expected to travel|will orbit at} {about|some} $n2 {kilometers|km} {from Earth|above the surface}",
        "{controllers|engineers} {received|confirmed} {the first|a} signal from the {spacecraft|satellite} {about|around} {an hour|40 minutes} after launch",
        "the $d1 {carries|is equipped with} $n3 {instruments|scientific instruments|cameras and sensors}",
        "{the launch|lift-off} {had been|was} {delayed|postponed} $d4 times {because of|due to} {bad weather|a fuel leak|a software problem}",
        "{hundreds of|thousands of} {people|spectators} {watched|gathered to watch} the launch {from|on} {nearby beaches|viewing areas|hills near $place}",
        "{scientists|researchers} {hope|expect} the {mission|data} will {help explain|shed light on} {how|whether} {water|ice|life} {formed|existed}",
        "{the first|initial} {images|data} {are expected|should arrive} {within|in} {weeks|a few weeks|the coming months}",
        "$p2 {said the launch was|described the launch as|called the moment} {flawless|nerve-racking|emotional}",
    ],
    background: &[
        "$country {has|has been} {expanding|investing heavily in} its space {program|ambitions} {since|over} {the past decade|$anyyear}.",
        "{An earlier|A previous} $d1 {failed|was lost} {shortly after|during} {launch|its descent} in $anyyear, {a setback|a blow} {that|which} {delayed|hurt} {the program|the agency's plans}.",
        "{Only|Just} {a handful of|a few} countries have {successfully|ever} {launched|operated} {a|such a} $d1.",
    ],
    quotes: &[
        "{Today|This} is {a historic day|a proud day} for {$country|our country} and for {science|everyone who worked on this mission}",
        "{Everything|All systems} {went|worked} {exactly as planned|perfectly} {and|so far, and} the spacecraft is {healthy|in good shape}",
        "{The data|What we learn} from {this mission|$d2} will {keep|occupy} {scientists|researchers} {busy|} for {years|decades}",
        "{Space|Exploration} is {hard|difficult}, and {we|our teams} {learned|have learned} a lot from {past failures|the delays}",
    ],
    voices: &[
        "$oq{I brought my kids to see it|It was louder than I imagined}$cq, said $anyone, @a $anyage-year-old $anyjob who {watched|had come to watch} {from the beach|the launch}.",
        "$anyone, @a $anyjob {from|in} $place, {said|told reporters} the {whole town|neighborhood} had {turned out|gathered} {before dawn|hours early}. $oq{We have waited years for this}$cq.",
        "{For|To} $anyone, {a physics student|an engineering student|a retired engineer} at the University of $place, the launch was {personal|a dream come true}: $oq{I want to work on the next one}$cq.",
    ],
};

pub static CYBERATTACK: Topic = Topic {
    name: "cyberattack",
    section: "technology",
    roles: [
        &["the chief executive of $org1", "$org1's chief information officer", "the mayor of $place"],
        &["the head of $org2", "a spokesperson for $org2", "$country's digital affairs minister"],
        &["a security researcher at {Ironclad|Sentinel|Bastion} Labs", "a cybersecurity professor at the University of $place", "a former intelligence official"],
    ],
    orgs: [
        &["the city council of $place", "the regional hospital network", "Coastline Water", "the national rail operator", "Unity Health", "the tax authority"],
        &["the National Cyber Security Centre", "the national computer emergency team", "the data protection authority"],
    ],
    details: [
        &["ransomware", "a data breach", "a denial-of-service attack", "a hacking campaign"],
        &["patient records", "payroll systems", "ticketing systems", "email servers", "billing systems", "the booking website"],
        &["ShadowLynx", "Black Orchid", "NightCrawler", "the Vortex group", "Red Vesper"],
        &["two", "three", "four", "five"],
    ],
    numbers: [Num::Int(20000, 2400000), Num::Money(1, 80), Num::Int(2, 21)],
    headlines: &[
        "{Cyberattack|Hackers} {hit|hits|cripple} $org1",
        "$d1 attack {disrupts|takes down} $d2 at $org1",
        "$org1 {data breach|hack}: {records of|data of} $n1 people {exposed|stolen}",
        "$d3 {claims|claimed} {responsibility|to be behind} $org1 {attack|hack}",
        "$org1 {refuses to pay|will not pay} {ransom|hackers} {after attack|as systems stay down}",
    ],
    leads: &[
        "$org1 {said on $weekday|confirmed on $weekday} {it had been hit by|that it was the victim of} $d1, {which|an attack that} {took down|disrupted|knocked out} $d2 {and|while} {forced|forcing} {staff|employees} to {work on paper|switch to manual procedures}.",
        "{Hackers|A criminal group} {stole|accessed|obtained} {the personal data of|records belonging to} {about|up to|more than} $n1 people in {an attack|a cyberattack} on $org1, {the organization|officials} {said on $weekday|disclosed on $weekday}.",
        "$d3, {a|the} {criminal|ransomware} {group|gang}, {claimed responsibility|said it was behind} {on $weekday|} {for|} {a cyberattack|an attack} on $org1 that {has disrupted|disrupted} $d2 for $d4 days.",
    ],
    facts: &[
        "{the attackers|the hackers|$d3} {demanded|asked for} a ransom of {about|} $n2 {in cryptocurrency|in bitcoin}",
        "$org1 {said|insisted} it {would not|had no intention to} pay {the ransom|any ransom}",
        "$org2 {was called in|is helping|was investigating} {to investigate|with the recovery|the breach}",
        "{the personal data of|records for} {about|up to} $n1 {people|customers|patients} {may have been|were} {exposed|stolen|accessed}",
        "$d2 {remained|were still|stayed} {offline|down|out of action} {on $weekday|for a $d4 day|by $weekday}",
        "{staff|employees} {reverted to|were using} {pen and paper|manual systems|paper forms} {while|as} {systems|computers} {were restored|were down}",
        "{police|investigators} {opened|launched} {an investigation|a criminal inquiry} {into|over} the {attack|breach}",
        "{the attack|the breach} {began|started|was detected} {late on|early on|on} {a Friday|the weekend|$weekday}, {when|after} {staff|engineers} {noticed|spotted} {unusual|suspicious} {activity|traffic}",
        "{customers|residents|patients} were {advised|urged|told} to {change their passwords|watch out for suspicious emails|monitor their bank accounts}",
    ],
    background: &[
        "{Attacks|Ransomware attacks} on {hospitals|councils|public services} have {surged|risen sharply} {in recent years|since $anyyear}, {according to|said} $org2.",
        "In $anyyear, {a similar attack|hackers} {on|targeting} {a hospital|a city} in $anyplace {disrupted|shut down} {services|operations} for {weeks|more than a month}.",
        "{Experts|Security researchers} {say|have long said} {many|some} {public bodies|organizations} {still run|rely on} {outdated|old} {software|systems} {that are|which are} {easy|easier} to {breach|attack}.",
    ],
    quotes: &[
        "{We take|We are taking} {this|the security of our systems} {extremely seriously|very seriously} and {are working|we are working} {around the clock|to restore services}",
        "{Paying a ransom|Paying criminals} {only|simply} {encourages|funds} {more attacks|further crime}",
        "{This was|It was} a {sophisticated|well-planned} {attack|operation} {by|from} a {criminal|professional} group",
        "{Anyone|Everyone} {who|that} {receives|gets} {an unexpected email|a suspicious message} {should|must} {not click|not open} {any links|attachments}",
    ],
    voices: &[
        "$oq{Nobody could tell me anything|I could not get my appointment}$cq, said $anyone, @a $anyage-year-old $anyjob {from|in} $place.",
        "$anyone, @a $anyjob, said {she|he} {had received|got} a {letter|email} {warning|saying} personal data {may|might} have been {stolen|exposed}. $oq{I am worried}$cq.",
    ],
};
