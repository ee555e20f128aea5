"""Word lists the figure rules consult: which verb, noun or adjective means which category.

The lists only name *heads*; whether a count is the victim, the perpetrator or something else
is decided by the dependency parse in ``figure_syntax.py`` (an object of "killed" is killed,
its subject is not).  Keys are lower-case lemmas.
"""

from __future__ import annotations

from eventcoder.extract.lexicons import words

# Transitive verbs whose object (or passive subject) is the counted group.
VICTIM_VERBS: dict[str, str] = {
    **dict.fromkeys(
        ["kill", "execute", "massacre", "slaughter", "murder", "behead", "slay", "assassinate",
         "lynch", "gun", "mow", "claim", "bury", "exhume", "recover"], "killed"),
    **dict.fromkeys(["wound", "injure", "hurt", "maim", "burn", "hospitalise", "hospitalize",
                     "treat", "shoot", "beat"], "injured"),
    **dict.fromkeys(["displace", "uproot", "expel", "deport", "force", "drive", "shelter",
                     "host", "register"], "displaced"),
    **dict.fromkeys(["evacuate", "relocate", "bus", "airlift", "transfer"], "evacuated"),
    **dict.fromkeys(["arrest", "detain", "hold", "imprison", "jail", "round", "intern",
                     "apprehend", "capture", "incarcerate"], "detained"),
    **dict.fromkeys(["abduct", "kidnap", "seize", "take"], "abducted"),
    **dict.fromkeys(["besiege", "trap", "encircle", "surround", "strand"], "besieged"),
}
# Intransitive verbs whose subject is the counted group.
SUBJECT_VERBS: dict[str, str] = {
    **dict.fromkeys(["die", "perish", "drown", "starve", "succumb", "fall"], "killed"),
    **dict.fromkeys(["flee", "escape", "leave", "cross", "arrive", "seek", "return"], "displaced"),
    **dict.fromkeys(["disappear", "vanish"], "missing"),
}
# Verbs that only count as their category with a clue: "shot" + "dead", "taken" + "hostage".
NEEDS_CLUE = {"shoot", "beat", "burn", "take", "force", "drive",
              "fall", "leave", "cross", "arrive", "return", "seek", "register", "host",
              "shelter", "treat", "recover", "bury", "exhume", "round", "transfer"}
# Verbs with a default that a clue overrides: "held" is detained, "held hostage" abducted.
CLUE_FIRST = {"hold", "seize", "capture", "keep"}
# Clues that settle the category of an ambiguous verb ("shot dead", "held hostage", "fled").
STATE_WORDS: dict[str, str] = {
    **dict.fromkeys(["dead", "death", "lifeless", "deceased", "fatally", "killed"], "killed"),
    **dict.fromkeys(["wounded", "injured", "hurt", "injury", "wound", "hospital"], "injured"),
    **dict.fromkeys(["homeless", "displaced", "refugee", "refugees", "home", "homes", "flee",
                     "fled"], "displaced"),
    **dict.fromkeys(["evacuated", "safety"], "evacuated"),
    **dict.fromkeys(["custody", "detention", "prisoner", "prison", "captive", "captivity",
                     "arrested", "detained", "jail"], "detained"),
    **dict.fromkeys(["hostage", "hostages", "abducted", "kidnapped"], "abducted"),
    **dict.fromkeys(["missing", "unaccounted"], "missing"),
    **dict.fromkeys(["besieged", "trapped", "siege", "encircled"], "besieged"),
}
# Counted nouns and nominal adjectives that carry their own category ("20 dead", "5,000 refugees").
NOUN_CATEGORIES: dict[str, str] = {
    **dict.fromkeys(["dead", "death", "body", "corpse", "fatality", "killed"], "killed"),
    **dict.fromkeys(["wounded", "injured", "injury"], "injured"),
    **dict.fromkeys(["refugee", "displaced", "idp", "idps", "homeless", "asylum"], "displaced"),
    **dict.fromkeys(["evacuee"], "evacuated"),
    **dict.fromkeys(["detainee", "prisoner", "arrest", "captive", "arrested", "detained"],
                    "detained"),
    **dict.fromkeys(["hostage", "abductee", "abducted", "kidnapped", "abduction",
                     "kidnapping"], "abducted"),
    **dict.fromkeys(["missing"], "missing"),
    **dict.fromkeys(["besieged", "trapped"], "besieged"),
}
# Adjectives or participles modifying the counted noun: "3 dead civilians", "besieged residents".
MODIFIER_CATEGORIES: dict[str, str] = {
    "dead": "killed", "killed": "killed", "wounded": "injured", "injured": "injured",
    "displaced": "displaced", "homeless": "displaced", "uprooted": "displaced",
    "evacuated": "evacuated", "detained": "detained", "arrested": "detained",
    "jailed": "detained", "imprisoned": "detained", "abducted": "abducted",
    "kidnapped": "abducted", "missing": "missing", "besieged": "besieged",
    "trapped": "besieged",
}
# Nominalised events: "the killing of 12", "the evacuation of 50,000".
EVENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(["killing", "massacre", "execution", "murder", "slaughter", "death"], "killed"),
    **dict.fromkeys(["injury", "wounding"], "injured"),
    **dict.fromkeys(["displacement", "exodus", "flight", "expulsion", "deportation"], "displaced"),
    **dict.fromkeys(["evacuation", "relocation"], "evacuated"),
    **dict.fromkeys(["arrest", "detention", "imprisonment", "roundup"], "detained"),
    **dict.fromkeys(["abduction", "kidnapping"], "abducted"),
    **dict.fromkeys(["disappearance"], "missing"),
    **dict.fromkeys(["siege", "encirclement"], "besieged"),
}
# Nouns a count hangs from with "of" while keeping its role: "the bulk of 50,000 people".
QUANT_HEADS = {"bulk", "majority", "most", "total", "group", "handful", "dozen", "minimum",
               "maximum", "record", "life", "half", "third", "quarter", "number", "some", "all",
               "many", "each", "none", "rest", "remainder", "batch", "convoy", "wave", "column",
               "minority", "share", "proportion", "percent", "%", "cent"}
# Nouns that name a running total: "the death toll rose to 45", "the number of displaced".
TALLY_NOUNS = {"toll", "tally", "number", "count", "total", "figure", "estimate"}
TALLY_VERBS = {"rise", "climb", "reach", "jump", "increase", "stand", "hit", "mount", "grow",
               "soar", "be", "exceed", "bring", "take", "push", "put", "raise", "top", "pass", "surpass", "put", "raise", "double"}
# Verbs that pass the count on to a complement: "expected to be evacuated", "feared dead".
RAISING_VERBS = {"expect", "believe", "fear", "think", "report", "say", "estimate", "presume",
                 "know", "confirm", "set", "due", "likely", "understand", "feel", "seem",
                 "appear", "continue", "remain", "go", "become", "get", "be", "leave", "find",
                 "declare", "list", "allege", "suspect", "need", "have", "begin", "start",
                 "make", "render", "keep"}
# Territory: verbs of control over ground, and nouns for ground.
CONTROL_VERBS = {"control", "hold", "capture", "retake", "recapture", "seize", "take", "regain",
                 "retrieve", "liberate", "overrun", "lose", "cede", "occupy", "gain", "conquer",
                 "clear", "secure", "free", "recover", "reclaim", "win", "grab", "storm",
                 "surrender", "abandon", "fall", "restore",
                 "dominate", "run", "govern", "administer"}
CONTROL_NOUNS = {"control", "hands", "hand", "rule", "grip", "occupation", "possession"}
TERRITORY_NOUNS = {
    "village", "town", "city", "area", "district", "neighbourhood", "neighborhood", "territory",
    "region", "settlement", "locality", "hamlet", "province", "governorate", "county",
    "municipality", "quarter", "enclave", "land", "ground", "part", "section", "zone",
    "kilometre", "kilometer", "km", "km2", "hectare", "acre", "mile", "country", "state",
    "square", "sq", "oblast",
    "raion", "township", "suburb", "camp", "pocket", "strip", "bank", "island",
}
AREA_UNITS = {"km2", "km²", "hectare", "hectares", "acre", "acres", "sq"}
# Who may be counted.  Anything else (tanks, shells, houses) makes the count "other".
PEOPLE_NOUNS = words("people_nouns", "countable")
PEOPLE_SUFFIXES = ("ian", "ians", "ist", "ists", "men", "man", "woman", "women", "ite", "ites",
                   "ese", "i")
# Words right before a number that make it a label, not a count ("Resolution 2254").
LABEL_WORDS = {
    "resolution", "article", "chapter", "section", "paragraph", "page", "pages", "p", "pp",
    "no", "number", "nos", "room", "route", "road", "highway", "motorway", "flight", "line",
    "platform", "tel", "phone", "fax", "ext", "brigade", "division", "battalion", "regiment",
    "corps", "squadron", "category", "level", "phase", "grade", "vol", "volume", "issue",
    "item", "point", "clause", "amendment", "protocol", "code", "case", "file", "bus",
    "train", "gate", "building", "block", "apartment", "flat", "street", "avenue",
    "aged", "age", "ages", "year", "years", "in", "since", "until", "till", "by", "of",
    "rule", "paragraphs", "annex", "table", "figure", "fig", "vote", "votes", "ward",
    "sector", "zone", "checkpoint", "kilometre", "kilometer", "km", "mile", "hill", "height",
    "hour", "channel", "version", "model", "size", "type", "day", "week", "month", "g",
    "covid", "mig", "su", "f", "t", "s", "at", "from", "circa", "c", "ca", "during",
    "dated", "before", "after", "between", "summer", "spring", "autumn", "winter", "fall",
    "decade", "term", "session", "round", "stage", "wave", "batch", "group", "convoy",
}
# Label words that also precede real counts, so they only mark a year-like number.
YEAR_ONLY_LABELS = {"in", "since", "until", "till", "by", "of", "at", "from", "during",
                    "before", "after", "between", "year", "years", "dated", "circa", "c", "ca",
                    "summer", "spring", "autumn", "winter", "fall", "group", "convoy", "round",
                    "wave", "batch", "stage", "day", "week", "month", "term", "session"}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}
# Words right after a number that measure something other than people or ground.
NON_COUNT_UNITS = {
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles",
    "metre", "metres", "meter", "meters", "m", "ft", "feet", "foot", "yard", "yards", "kg",
    "kilogram", "kilograms", "kilo", "kilos", "tonne", "tonnes", "ton", "tons", "pound",
    "pounds", "lb", "lbs", "litre", "litres", "liter", "liters", "gallon", "gallons",
    "dollar", "dollars", "euro", "euros", "usd", "eur", "gbp", "yuan", "rouble", "roubles",
    "ruble", "rubles", "hryvnia", "hryvnias", "rupee", "rupees", "pound", "shekel",
    "shekels", "dinar", "dinars", "lira", "liras", "riyal", "riyals", "birr", "kyat", "cents",
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "am", "pm",
    "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "o'clock", "oclock", "times", "degree",
    "degrees", "mm", "cm", "calibre", "caliber", "millimetre", "millimeter", "mph", "kph",
    "knots", "mw", "kw", "barrels", "bpd", "st", "nd", "rd", "th", "bc", "ad", "ce",
}
SAY_VERBS = words("speech_verbs", "figure_source")
