//! The vocabulary the generator draws on: people's names, places, outlets, occupations, and the
//! word swaps editors make. Large enough that two events rarely share a name or a city, which is
//! what makes their informative words differ.

mod names;
mod places;

pub use names::{FIRST_NAMES, SURNAMES};
pub use places::{Country, COUNTRIES};

/// Occupations for the people met in the street.
pub const JOBS: &[&str] = &[
    "teacher",
    "shopkeeper",
    "nurse",
    "taxi driver",
    "retired engineer",
    "student",
    "farmer",
    "bakery owner",
    "construction worker",
    "pharmacist",
    "bus driver",
    "fisherman",
    "accountant",
    "restaurant owner",
    "mechanic",
    "software developer",
    "hotel receptionist",
    "electrician",
    "retired teacher",
    "market trader",
    "delivery driver",
    "dentist",
    "social worker",
    "plumber",
    "graduate student",
    "café owner",
    "librarian",
    "security guard",
    "carpenter",
    "hairdresser",
];

/// A news outlet: the name it signs with and where it lives on the web. `british` outlets spell
/// the British way; the rest spell the American way.
pub struct Outlet {
    pub name: &'static str,
    pub domain: &'static str,
    pub british: bool,
}

pub const OUTLETS: &[Outlet] = &[
    Outlet {
        name: "The Morning Ledger",
        domain: "morningledger.com",
        british: false,
    },
    Outlet {
        name: "Harbour Times",
        domain: "harbourtimes.co.uk",
        british: true,
    },
    Outlet {
        name: "Daily Meridian",
        domain: "dailymeridian.com",
        british: false,
    },
    Outlet {
        name: "The Northern Courier",
        domain: "northerncourier.co.uk",
        british: true,
    },
    Outlet {
        name: "Capital Dispatch",
        domain: "capitaldispatch.com",
        british: false,
    },
    Outlet {
        name: "Lakeside Gazette",
        domain: "lakesidegazette.com",
        british: false,
    },
    Outlet {
        name: "The Evening Herald Review",
        domain: "eveningheraldreview.ie",
        british: true,
    },
    Outlet {
        name: "Pacific Observer",
        domain: "pacificobserver.com",
        british: false,
    },
    Outlet {
        name: "The Continental",
        domain: "thecontinental.eu",
        british: true,
    },
    Outlet {
        name: "Metro Chronicle",
        domain: "metrochronicle.com",
        british: false,
    },
    Outlet {
        name: "The Atlantic Sentinel",
        domain: "atlanticsentinel.com",
        british: false,
    },
    Outlet {
        name: "World Desk Daily",
        domain: "worlddeskdaily.com",
        british: false,
    },
    Outlet {
        name: "The Commonwealth Post",
        domain: "commonwealthpost.com.au",
        british: true,
    },
    Outlet {
        name: "Southern Cross Review",
        domain: "southerncrossreview.com.au",
        british: true,
    },
    Outlet {
        name: "The Valley Tribune",
        domain: "valleytribune.com",
        british: false,
    },
    Outlet {
        name: "Riverside Record",
        domain: "riversiderecord.com",
        british: false,
    },
    Outlet {
        name: "The Global Citizen Report",
        domain: "globalcitizenreport.org",
        british: false,
    },
    Outlet {
        name: "Crossroads News",
        domain: "crossroadsnews.net",
        british: false,
    },
    Outlet {
        name: "The Highland Examiner",
        domain: "highlandexaminer.co.uk",
        british: true,
    },
    Outlet {
        name: "Eastern Star Online",
        domain: "easternstaronline.com",
        british: true,
    },
    Outlet {
        name: "The Daily Compass",
        domain: "dailycompass.com",
        british: false,
    },
    Outlet {
        name: "Frontline Bulletin",
        domain: "frontlinebulletin.com",
        british: false,
    },
    Outlet {
        name: "The Civic Journal",
        domain: "civicjournal.org",
        british: false,
    },
    Outlet {
        name: "Coastal Weekly",
        domain: "coastalweekly.co.nz",
        british: true,
    },
    Outlet {
        name: "The Prairie Voice",
        domain: "prairievoice.ca",
        british: false,
    },
    Outlet {
        name: "Union Square Times",
        domain: "unionsquaretimes.com",
        british: false,
    },
    Outlet {
        name: "The Independent Monitor",
        domain: "independentmonitor.co.uk",
        british: true,
    },
    Outlet {
        name: "Newsline Asia",
        domain: "newslineasia.com",
        british: true,
    },
    Outlet {
        name: "The Equator Post",
        domain: "equatorpost.co.ke",
        british: true,
    },
    Outlet {
        name: "Sahel Today",
        domain: "saheltoday.com",
        british: true,
    },
    Outlet {
        name: "The Bay Area Beacon",
        domain: "bayareabeacon.com",
        british: false,
    },
    Outlet {
        name: "Midland Mercury",
        domain: "midlandmercury.co.uk",
        british: true,
    },
    Outlet {
        name: "The Public Record",
        domain: "thepublicrecord.com",
        british: false,
    },
    Outlet {
        name: "Horizon News Network",
        domain: "horizonnews.net",
        british: false,
    },
    Outlet {
        name: "The Weekly Almanac",
        domain: "weeklyalmanac.com",
        british: false,
    },
    Outlet {
        name: "Capital Pulse",
        domain: "capitalpulse.in",
        british: true,
    },
    Outlet {
        name: "The Straits Observer",
        domain: "straitsobserver.sg",
        british: true,
    },
    Outlet {
        name: "Andes Report",
        domain: "andesreport.com",
        british: false,
    },
    Outlet {
        name: "The Baltic Times Online",
        domain: "baltictimesonline.eu",
        british: true,
    },
    Outlet {
        name: "Gulf Coast Daily",
        domain: "gulfcoastdaily.com",
        british: false,
    },
    Outlet {
        name: "The Free Press Herald",
        domain: "freepressherald.com",
        british: false,
    },
    Outlet {
        name: "Nordic Wire Review",
        domain: "nordicwirereview.com",
        british: true,
    },
    Outlet {
        name: "The Street Level",
        domain: "streetlevel.news",
        british: false,
    },
    Outlet {
        name: "Inland Empire Post",
        domain: "inlandempirepost.com",
        british: false,
    },
    Outlet {
        name: "The Cape Argus Review",
        domain: "capeargusreview.co.za",
        british: true,
    },
    Outlet {
        name: "Summit County Courier",
        domain: "summitcountycourier.com",
        british: false,
    },
    Outlet {
        name: "The Interpreter",
        domain: "theinterpreter.news",
        british: true,
    },
    Outlet {
        name: "Daybreak Times",
        domain: "daybreaktimes.com",
        british: false,
    },
];

/// Wire agencies: their copy is what outlets re-run.
pub const AGENCIES: &[Outlet] = &[
    Outlet {
        name: "Continental Press",
        domain: "continentalpress.com",
        british: false,
    },
    Outlet {
        name: "Global Wire Service",
        domain: "globalwire.net",
        british: true,
    },
    Outlet {
        name: "Allied News Agency",
        domain: "alliednews.com",
        british: false,
    },
    Outlet {
        name: "Pacific Press Association",
        domain: "pacificpress.org",
        british: true,
    },
];

/// American and British spellings; an outlet re-running wire copy writes its own way.
pub const SPELLINGS: &[(&str, &str)] = &[
    ("center", "centre"),
    ("centers", "centres"),
    ("organization", "organisation"),
    ("organizations", "organisations"),
    ("defense", "defence"),
    ("program", "programme"),
    ("programs", "programmes"),
    ("labor", "labour"),
    ("neighbor", "neighbour"),
    ("neighbors", "neighbours"),
    ("neighborhood", "neighbourhood"),
    ("neighborhoods", "neighbourhoods"),
    ("color", "colour"),
    ("favor", "favour"),
    ("honor", "honour"),
    ("criticized", "criticised"),
    ("recognized", "recognised"),
    ("organized", "organised"),
    ("apologized", "apologised"),
    ("emphasized", "emphasised"),
    ("mobilized", "mobilised"),
    ("authorized", "authorised"),
    ("analyze", "analyse"),
    ("analyzed", "analysed"),
    ("traveled", "travelled"),
    ("traveling", "travelling"),
    ("canceled", "cancelled"),
    ("fueled", "fuelled"),
    ("offense", "offence"),
    ("license", "licence"),
    ("gray", "grey"),
    ("kilometers", "kilometres"),
    ("meters", "metres"),
    ("tires", "tyres"),
    ("jewelry", "jewellery"),
    ("pediatric", "paediatric"),
    ("percent", "per cent"),
];

/// Words an editor swaps without changing the sense.
pub const SWAPS: &[(&str, &str)] = &[
    ("about", "around"),
    ("around", "about"),
    ("nearly", "almost"),
    ("almost", "nearly"),
    ("officials", "authorities"),
    ("authorities", "officials"),
    ("began", "started"),
    ("started", "began"),
    ("large", "big"),
    ("big", "large"),
    ("quickly", "rapidly"),
    ("said", "stated"),
    ("told", "informed"),
    ("also", "additionally"),
    ("residents", "locals"),
    ("people", "persons"),
    ("help", "assist"),
    ("however", "but"),
    ("after", "following"),
    ("before", "prior to"),
    ("during", "throughout"),
    ("expected", "anticipated"),
    ("announced", "declared"),
    ("major", "significant"),
    ("several", "a number of"),
    ("many", "numerous"),
    ("try", "attempt"),
    ("tried", "attempted"),
    ("show", "indicate"),
    ("showed", "indicated"),
    ("need", "require"),
    ("enough", "sufficient"),
    ("buy", "purchase"),
    ("build", "construct"),
    ("rise", "increase"),
    ("rose", "climbed"),
    ("fell", "dropped"),
    ("warned", "cautioned"),
    ("urged", "called on"),
    ("area", "region"),
    ("city", "town"),
    ("town", "city"),
    ("quick", "rapid"),
    ("main", "principal"),
    ("start", "beginning"),
];

pub const WEEKDAYS: &[&str] = &[
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
];

pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
