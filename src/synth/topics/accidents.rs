//! Train crashes.

use super::{Num, Topic};

pub static CRASH: Topic = Topic {
    name: "train crash",
    section: "world",
    roles: [
        &["$country's transport minister", "the head of the national rail safety board", "the regional police chief", "the mayor of $place"],
        &["a spokesperson for $org2", "a rail safety analyst", "a former accident investigator"],
        &["a doctor at a hospital in $place", "a rescue worker at the scene", "a police officer in $place"],
    ],
    orgs: [
        &["the national rail safety board", "the regional police", "the accident investigation bureau", "the emergency services"],
        &["Northline Rail", "the state railway company", "Meridian Railways", "Coastal Rail Services", "TransRegional Trains"],
    ],
    details: [
        &["passenger train", "commuter train", "night train", "regional train", "high-speed train", "intercity train"],
        &["a level crossing", "a bridge over the river", "a bend in the track", "the entrance to a tunnel", "a junction outside the station"],
        &["the train's data recorder", "the signaling system", "the driver's log", "security camera footage", "the maintenance records"],
        &["95", "120", "140", "160", "190"],
    ],
    numbers: [Num::Int(2, 95), Num::Int(5, 160), Num::Int(60, 900)],
    headlines: &[
        "{At least|} $n1 {dead|killed} {as|after} $d1 {derails|crashes} {near|outside} $place",
        "$place {train crash|rail disaster}: {what we know|investigators search for answers}",
        "{Investigators|Officials} {examine|study} $d3 after {deadly|fatal} $place {train crash|derailment}",
        "{Survivors|Passengers} {describe|recall} {the moment|chaos as} $d1 {derailed|crashed} {near|outside} $place",
        "{Deadly|Fatal} {derailment|train crash} {near|outside} $place {kills|leaves} $n1",
    ],
    leads: &[
        "At least $n1 people {were killed|died} and $n2 {were injured|were hurt} when @a $d1 {derailed|came off the tracks|crashed} {at|near} $d2 {near $place|outside $place} {on $weekday|late on $weekday|early on $weekday}, {officials said|authorities said|police said}.",
        "@a $d1 {carrying|with} $n3 {passengers|people} {on board|aboard} {derailed|crashed} {near|outside} $place {on $weekday|late on $weekday}, {killing at least $n1 people|leaving at least $n1 dead}, {according to|said} $org1.",
        "{Rescue teams|Emergency crews|Firefighters} {worked|searched} {through the night|for hours} {at|near} $d2 {outside|near} $place {after|where} @a $d1 {derailed|came off the tracks} {on $weekday|late on $weekday}, {killing|leaving} {at least $n1 people|$n1 people dead}.",
    ],
    facts: &[
        "the $d1 was carrying $n3 {passengers|people} {and crew|including crew|at the time}",
        "{at least|} $n2 people {were taken|were rushed} to {hospitals|hospital} in $place, {some of them|several} {in critical condition|with serious injuries}",
        "the {crash|derailment} {happened|occurred} {at|near} $d2 {shortly after|just before|at about} $time",
        "{investigators|$org1} {recovered|were examining|had secured} $d3 {on $weekday|at the scene}",
        "$org2 {said|confirmed} it was {cooperating|working} {fully|closely} with {investigators|the authorities}",
        "{the cause|what caused the crash} {was not yet known|remained unclear|had not been determined}",
        "{the line|the railway line|the route} {was closed|remained closed|stayed shut} {while|as} {investigators|crews} {worked|examined} the {site|wreckage}",
        "{families|relatives} {gathered|waited} {at|outside} {a hospital|the station|a center set up} in $place for {news|word} of {their loved ones|passengers}",
        "the {government|authorities} {declared|announced} {three days|a day} of {national mourning|mourning}",
        "the $d1 was {traveling|moving} at {about|roughly|around} $d4 {kilometers|km} per hour {when|as} it {derailed|left the track}",
        "{several|four|three} {carriages|coaches} {overturned|left the rails|were crushed} {in the crash|on impact}",
        "{cranes|heavy lifting equipment} {were brought in|arrived} to {lift|move} the {wrecked|damaged} {carriages|coaches} {on $weekday|overnight}",
    ],
    background: &[
        "In $anyyear, {a similar crash|a derailment} near $anyplace {killed dozens of people|left scores dead} and {led to|prompted} {new safety rules|an overhaul of inspections}.",
        "{Unions|Safety campaigners} have {long complained|repeatedly warned} about {aging|old} {trains|tracks|signals} and {staff shortages|a lack of maintenance}.",
        "$org2 {has faced|faced} {criticism|questions} {over|about} {its safety record|maintenance|delays} {in recent years|since $anyyear}.",
        "{Investigations|Inquiries} {into|of} {such|similar} crashes {usually take|can take} {months|more than a year} {to complete|before a final report}.",
        "The {line|route} through $place {carries|is used by} {thousands of|tens of thousands of} {commuters|passengers} {every day|each week} and {was upgraded|was last modernized} in $anyyear.",
        "{Rail travel|Train travel} {remains|is still} {one of the safest|a very safe} {ways to travel|forms of transport} in $country, {according to|say} {official figures|safety experts}.",
    ],
    quotes: &[
        "{Our thoughts|My thoughts} are with the {families|victims and their families} {of all those|of everyone} {affected|on board}",
        "We {will find out|are determined to find out} {what happened|exactly what went wrong} and {those responsible|anyone responsible} will be held {to account|accountable}",
        "{It is|It's} {too early|far too early} to {say|speculate} what {caused|led to} {the crash|this accident}",
        "{When we arrived|When we got there}, {the scene|what we found} was {terrible|horrific|chaos}",
        "{Every|Each} {line of inquiry|possibility} {remains open|is being examined}, {including|from} {human error|technical failure}",
    ],
    voices: &[
        "$oq{There was a loud bang|Suddenly everything went dark} and {people were screaming|we were thrown forward}$cq, said $anyone, @a $anyage-year-old $anyjob who was {on board|a passenger}.",
        "$anyone, @a $anyjob {who lives nearby|from $place}, said {she|he} {ran|rushed} to {help|the scene} after hearing the {crash|noise}. $oq{It was like a war zone}$cq.",
        "$oq{I was in the third carriage|I was reading when it happened}. {The train shook|The train tilted} and {then everything went black|I hit the window}$cq, said $anyone, $anyage, {from a hospital bed|speaking by phone}.",
    ],
};
