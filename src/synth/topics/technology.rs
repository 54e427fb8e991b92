//! Rocket launches, cyberattacks.

use super::{Num, Topic};

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
