//! Takeovers, interest rates, strikes.

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
