//! Football matches.

use super::{Num, Topic};

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
