//! Countries and cities where events happen.

/// A country, how its people are called, and some of its cities.
pub struct Country {
    pub name: &'static str,
    pub demonym: &'static str,
    pub cities: &'static [&'static str],
}

pub const COUNTRIES: &[Country] = &[
    Country {
        name: "Chile",
        demonym: "Chilean",
        cities: &[
            "Valparaiso",
            "Concepcion",
            "Antofagasta",
            "Temuco",
            "La Serena",
            "Iquique",
        ],
    },
    Country {
        name: "Peru",
        demonym: "Peruvian",
        cities: &["Arequipa", "Trujillo", "Cusco", "Piura", "Chiclayo"],
    },
    Country {
        name: "Mexico",
        demonym: "Mexican",
        cities: &[
            "Guadalajara",
            "Puebla",
            "Oaxaca",
            "Monterrey",
            "Merida",
            "Tijuana",
        ],
    },
    Country {
        name: "Colombia",
        demonym: "Colombian",
        cities: &[
            "Medellin",
            "Cali",
            "Barranquilla",
            "Cartagena",
            "Bucaramanga",
        ],
    },
    Country {
        name: "Brazil",
        demonym: "Brazilian",
        cities: &[
            "Recife",
            "Salvador",
            "Curitiba",
            "Manaus",
            "Belo Horizonte",
            "Fortaleza",
        ],
    },
    Country {
        name: "Argentina",
        demonym: "Argentine",
        cities: &["Cordoba", "Rosario", "Mendoza", "Salta", "Mar del Plata"],
    },
    Country {
        name: "Canada",
        demonym: "Canadian",
        cities: &[
            "Winnipeg",
            "Halifax",
            "Calgary",
            "Quebec City",
            "Saskatoon",
            "Victoria",
        ],
    },
    Country {
        name: "the United States",
        demonym: "American",
        cities: &[
            "Sacramento",
            "Tulsa",
            "Albuquerque",
            "Omaha",
            "Raleigh",
            "Boise",
            "Spokane",
            "Savannah",
        ],
    },
    Country {
        name: "Ireland",
        demonym: "Irish",
        cities: &["Cork", "Galway", "Limerick", "Waterford"],
    },
    Country {
        name: "Britain",
        demonym: "British",
        cities: &[
            "Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Plymouth", "Aberdeen",
        ],
    },
    Country {
        name: "France",
        demonym: "French",
        cities: &[
            "Lyon",
            "Toulouse",
            "Nantes",
            "Strasbourg",
            "Montpellier",
            "Rennes",
        ],
    },
    Country {
        name: "Spain",
        demonym: "Spanish",
        cities: &[
            "Valencia", "Seville", "Bilbao", "Zaragoza", "Malaga", "Murcia",
        ],
    },
    Country {
        name: "Portugal",
        demonym: "Portuguese",
        cities: &["Porto", "Braga", "Coimbra", "Faro"],
    },
    Country {
        name: "Italy",
        demonym: "Italian",
        cities: &["Naples", "Turin", "Bologna", "Palermo", "Genoa", "Bari"],
    },
    Country {
        name: "Germany",
        demonym: "German",
        cities: &[
            "Leipzig",
            "Dresden",
            "Hanover",
            "Nuremberg",
            "Bremen",
            "Freiburg",
        ],
    },
    Country {
        name: "the Netherlands",
        demonym: "Dutch",
        cities: &["Utrecht", "Eindhoven", "Groningen", "Tilburg"],
    },
    Country {
        name: "Belgium",
        demonym: "Belgian",
        cities: &["Ghent", "Antwerp", "Liege", "Bruges"],
    },
    Country {
        name: "Poland",
        demonym: "Polish",
        cities: &["Krakow", "Gdansk", "Wroclaw", "Poznan", "Lodz"],
    },
    Country {
        name: "Czechia",
        demonym: "Czech",
        cities: &["Brno", "Ostrava", "Plzen", "Olomouc"],
    },
    Country {
        name: "Austria",
        demonym: "Austrian",
        cities: &["Graz", "Linz", "Salzburg", "Innsbruck"],
    },
    Country {
        name: "Switzerland",
        demonym: "Swiss",
        cities: &["Basel", "Lausanne", "Lucerne", "Lugano"],
    },
    Country {
        name: "Sweden",
        demonym: "Swedish",
        cities: &["Gothenburg", "Malmo", "Uppsala", "Umea"],
    },
    Country {
        name: "Norway",
        demonym: "Norwegian",
        cities: &["Bergen", "Trondheim", "Stavanger", "Tromso"],
    },
    Country {
        name: "Finland",
        demonym: "Finnish",
        cities: &["Tampere", "Turku", "Oulu", "Espoo"],
    },
    Country {
        name: "Greece",
        demonym: "Greek",
        cities: &["Thessaloniki", "Patras", "Heraklion", "Larissa"],
    },
    Country {
        name: "Turkey",
        demonym: "Turkish",
        cities: &["Izmir", "Bursa", "Antalya", "Gaziantep", "Adana", "Malatya"],
    },
    Country {
        name: "Romania",
        demonym: "Romanian",
        cities: &["Cluj-Napoca", "Iasi", "Timisoara", "Constanta"],
    },
    Country {
        name: "Ukraine",
        demonym: "Ukrainian",
        cities: &["Lviv", "Odesa", "Dnipro", "Vinnytsia", "Poltava"],
    },
    Country {
        name: "Morocco",
        demonym: "Moroccan",
        cities: &["Marrakesh", "Fez", "Tangier", "Agadir"],
    },
    Country {
        name: "Egypt",
        demonym: "Egyptian",
        cities: &["Alexandria", "Aswan", "Luxor", "Port Said"],
    },
    Country {
        name: "Nigeria",
        demonym: "Nigerian",
        cities: &["Ibadan", "Kano", "Enugu", "Port Harcourt", "Kaduna"],
    },
    Country {
        name: "Ghana",
        demonym: "Ghanaian",
        cities: &["Kumasi", "Tamale", "Takoradi", "Cape Coast"],
    },
    Country {
        name: "Kenya",
        demonym: "Kenyan",
        cities: &["Mombasa", "Kisumu", "Nakuru", "Eldoret"],
    },
    Country {
        name: "South Africa",
        demonym: "South African",
        cities: &[
            "Durban",
            "Port Elizabeth",
            "Bloemfontein",
            "Pietermaritzburg",
        ],
    },
    Country {
        name: "Ethiopia",
        demonym: "Ethiopian",
        cities: &["Dire Dawa", "Mekelle", "Gondar", "Hawassa"],
    },
    Country {
        name: "India",
        demonym: "Indian",
        cities: &[
            "Pune", "Jaipur", "Lucknow", "Kochi", "Nagpur", "Indore", "Bhopal",
        ],
    },
    Country {
        name: "Pakistan",
        demonym: "Pakistani",
        cities: &["Lahore", "Peshawar", "Multan", "Quetta", "Faisalabad"],
    },
    Country {
        name: "Bangladesh",
        demonym: "Bangladeshi",
        cities: &["Chittagong", "Khulna", "Sylhet", "Rajshahi"],
    },
    Country {
        name: "Nepal",
        demonym: "Nepali",
        cities: &["Pokhara", "Biratnagar", "Bharatpur", "Lalitpur"],
    },
    Country {
        name: "Indonesia",
        demonym: "Indonesian",
        cities: &["Surabaya", "Bandung", "Medan", "Makassar", "Palu", "Padang"],
    },
    Country {
        name: "the Philippines",
        demonym: "Filipino",
        cities: &["Cebu", "Davao", "Iloilo", "Baguio", "Zamboanga"],
    },
    Country {
        name: "Vietnam",
        demonym: "Vietnamese",
        cities: &["Da Nang", "Hue", "Haiphong", "Can Tho"],
    },
    Country {
        name: "Thailand",
        demonym: "Thai",
        cities: &["Chiang Mai", "Phuket", "Khon Kaen", "Hat Yai"],
    },
    Country {
        name: "Japan",
        demonym: "Japanese",
        cities: &[
            "Sendai",
            "Kumamoto",
            "Niigata",
            "Sapporo",
            "Kobe",
            "Hiroshima",
        ],
    },
    Country {
        name: "South Korea",
        demonym: "South Korean",
        cities: &["Busan", "Daegu", "Gwangju", "Daejeon", "Ulsan"],
    },
    Country {
        name: "Taiwan",
        demonym: "Taiwanese",
        cities: &["Taichung", "Tainan", "Kaohsiung", "Hualien"],
    },
    Country {
        name: "Australia",
        demonym: "Australian",
        cities: &[
            "Brisbane", "Adelaide", "Perth", "Hobart", "Darwin", "Cairns",
        ],
    },
    Country {
        name: "New Zealand",
        demonym: "New Zealand",
        cities: &["Christchurch", "Dunedin", "Hamilton", "Napier"],
    },
    Country {
        name: "Iran",
        demonym: "Iranian",
        cities: &["Tabriz", "Shiraz", "Mashhad", "Kermanshah"],
    },
    Country {
        name: "Kazakhstan",
        demonym: "Kazakh",
        cities: &["Almaty", "Shymkent", "Karaganda", "Aktobe"],
    },
];
