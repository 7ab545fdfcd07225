"""Sentence templates and word lists for the benchmark corpus, all written for it.

Slots in braces are filled by :data:`factcheck.bench.corpus.SLOTS`; names are
built from the syllables here, so no person, firm or place is real.
"""

SYL = "ka lo ver an del mi sor bri tal un ve ro gan est hal ny ord bel pra sim tu wen zo far cas lin mor ady".split()
ENDS = "ford vale mouth stead wick by ton moor bridge haven".split()
ORG_SUFFIX = "Holdings Group Labs Logistics Energy Partners Systems Foods Media Capital Works Health".split()
ROLES = "chief executive|founder|finance director|head coach|mayor|lead engineer|chair|spokeswoman|director".split("|")
TOPICS = [  # (things, plural groups)
    ("wind farm|grid upgrade|battery plant", "engineers|households|turbines"),
    ("clinic|vaccine programme|hospital wing", "nurses|patients|beds"),
    ("tram line|bus depot|rail link", "drivers|commuters|carriages"),
    ("dairy cooperative|orchard|grain silo", "farmers|hectares|cattle"),
    ("store chain|outlet centre|warehouse", "stores|shoppers|employees"),
    ("cloud platform|mobile app|data centre", "developers|users|servers"),
    ("port terminal|container fleet|shipyard", "vessels|dockworkers|containers"),
    ("school district|university|public library", "teachers|students|classrooms"),
    ("stadium|football club|city marathon", "players|fans|tickets"),
    ("film studio|film festival|streaming series", "screens|viewers|actors"),
    ("copper mine|quarry|smelter", "miners|tonnes|trucks"),
    ("flood barrier|storm response|reservoir", "residents|volunteers|homes"),
    ("bakery chain|brewery|coffee roaster", "bakers|loaves|cafes"),
    ("housing estate|tower block|retirement village", "flats|tenants|builders"),
]
MONTHS = "January February March April May June July August September October November December".split()
ABBR = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
WORDS = "two three four five six seven eight nine ten twelve fifteen twenty forty-two".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()
TEMPLATES = [
    "{org} said on {weekday} it would invest {money} in a new {thing} near {place}.",
    "The {thing} cost {money}, up {pct} from {absdate}.",
    "{person}, {age}, who joined {org} {reldate}, said the project employs {count} {group}.",
    "The {age}-year-old {role} {person} has led {org} for {duration}.",
    "According to {org}, revenue rose {pct} to {money} in {fuzzydate}.",
    "{org} cut {count} {group} {reldate}, leaving {vague} {group} waiting for news.",
    "Doors open at {time} and the helpline, {phone}, stays open until {time} on weekdays.",
    "The update, version {version}, shipped on {absdate} after {duration} of testing.",
    "It was the {ordinal} time in {duration} that {org} missed its target.",
    "{person} ({age}) told reporters that {count} {group} had signed up by {absdate}.",
    "Shares of {org} fell {pct} on {weekday} to {money}, the lowest since {fuzzydate}.",
    "Officials expect the {thing} to open in {fuzzydate}, {duration} later than planned.",
    "In {month}, {org} agreed to buy {org} for {money}.",
    "Room {small} at the {place} {thing} hosted {count} {group} on {absdate}.",
    "{org} now serves {count} {group} across {word} regions and hopes to double that by {fuzzydate}.",
    "Inflation in {place} eased to {pct} {reldate}, the statistics office said.",
    "The {place} side won {score} on {weekday} and finished {ordinal} in the league.",
    "\"We have spent {money} and {duration} on this,\" said {person}, {age}.",
    "Budget: {money} ({pct} of the total), approved {absdate}.",
    "{person}'s {thing} raised {money} from {count} backers in {duration}.",
    "{qual} {pctplain} of {group} surveyed by {org} {reldate} said costs had risen.",
    "The {thing} will run from {absdate} to {absdate}, with sessions at {time}.",
    "Call {phone} or visit the {place} office before {time} on {weekday}.",
    "{org} reported a loss of {money} for {fuzzydate}, against a profit of {money} a year earlier.",
    "Founded in {year}, {org} had {count} {group} by {year}.",
    "{person}, the {age}-year-old {role} of {org}, stepped down {reldate}.",
    "The firmware, v{version}, fixed {small} bugs reported since {absdate}.",
    "{org} hired {vague} {group} in {month} and plans {count} more within {duration}.",
    "Ticket prices rose to {money}, about {pct} more than in {year}.",
    "Her {thing} in {place} has grown by {pct} a year for {duration}, she said.",
]
