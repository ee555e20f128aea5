"""Thresholds and weights of place finding and resolution (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlaceConfig:
    """Defaults were set by error analysis on our own fixtures and the dev sets.

    Two kinds of numbers: *evidence points* decide whether a candidate is a place at all
    (integers, summed and compared with ``accept_score``); *entry scores* choose which
    gazetteer entry a place is (floats, the highest wins).
    """

    # --- finding candidates -------------------------------------------------------------
    max_name_tokens: int = 6
    """Longest run of tokens tried as one name ('Deir ez-Zor' is four tokens)."""
    loose_min_population: int = 5_000
    """Smallest town found by a loose spelling ('Dusamareb' for Dhuusamarreeb): person names
    and words meet smaller ones by chance."""
    context_chars: int = 30
    """Characters read before and after a candidate for 'province of' / 'X governorate'."""

    # --- accepting a candidate as a place (evidence points) -----------------------------
    accept_score: int = 2
    """Points a candidate toponym needs to be kept as a place mention."""
    same_name_slack: int = 3
    """How far below ``accept_score`` a name may be and still be kept because the same name
    was accepted elsewhere in the article (one sense per article)."""
    list_slack: int = 2
    """How far below ``accept_score`` a name may be and still be kept because it is listed
    next to an accepted place ('Dresden, Coventry and Kyiv')."""
    notable_population: int = 100_000
    """Cities this large are accepted on their name alone (unless something argues against)."""
    town_population: int = 15_000
    """Places this large earn a point, and are kept even when abroad in an article about elsewhere."""
    ner_place_points: int = 3
    """NER labels the exact span GPE, LOC or FAC."""
    notable_points: int = 2
    """The entry is an area (country, admin1, region) or a notable city."""
    town_points: int = 1
    """The entry is a town of ``town_population`` or more."""
    context_country_points: int = 1
    """The entry lies in a country other accepted places of the article lie in."""
    locative_points: int = 1
    """A locative preposition comes before the name ('in Kharkiv', 'near rural Hama')."""
    place_noun_points: int = 1
    """A place noun follows or precedes the name ('Homs countryside', 'the town of Bakhmut')."""
    target_points: int = 2
    """The name is the object of an attack or capture verb ('shelled Avdiivka')."""
    qualified_points: int = 2
    """The name is qualified by an area right after it, or is that area ('Paris, Texas')."""
    multiword_points: int = 1
    """A name of two or more words matches the gazetteer: rarely a coincidence."""
    person_name_penalty: int = 3
    """The name sits inside a person's full name ('Jack London')."""
    loose_unsupported_penalty: int = 3
    """The name matched only a loose spelling and neither NER nor the words around call it a
    place ('Sharia' is also a respelt Russian town)."""
    org_name_penalty: int = 4
    """The name sits inside an organisation's name ('New York Times')."""
    other_name_penalty: int = 1
    """The name sits inside a work, event, law or product name."""
    alternate_org_penalty: int = 2
    """An alternate spelling of a place that NER calls an organisation ('Hamas')."""
    person_elsewhere_penalty: int = 3
    """A single word NER calls PERSON that is part of a full name elsewhere in the text."""
    not_propn_penalty: int = 1
    """No token of the span is a proper noun and NER does not call it a place."""
    alternate_small_penalty: int = 1
    """The text matches only an alternate spelling of a small place."""
    alternate_abroad_penalty: int = 2
    """A short text matches only an alternate spelling of a town in a country where the
    article names no other place, and nothing calls it a place ('Soul' in a hymn is not Seoul)."""
    short_name_letters: int = 5
    """Longest text counted short for ``alternate_abroad_penalty``: short words match some
    foreign spelling by chance ('Agro', 'Liga', 'Dave'); long ones rarely do ('Guernica')."""
    lower_case_penalty: int = 1
    """The same single word appears in lower case elsewhere in the article: an everyday word."""

    # --- choosing the gazetteer entry (entry scores) ------------------------------------
    main_name_bonus: float = 1.0
    """The text is the entry's own name, not an alternate spelling."""
    alternate_rival_penalty: float = 2.0
    """Subtracted from a city matched by an alternate or historical name, in a country the
    article does not name, when a town in one it names bears the name as its own ('Smyrna'
    in a Kentucky story is the town, not old Aleppo)."""
    fame_weight: float = 0.5
    """Per doubling of the spellings GeoNames knows: places known abroad have many."""
    fame_cap: float = 2.5
    """Most fame can add."""
    big_city_population: int = 1_000_000
    """Cities this large score a bonus and keep their name against any local namesake."""
    big_city_bonus: float = 1.0
    """Added for a city of ``big_city_population`` or more."""
    country_bonus: float = 4.0
    """Added for a country."""
    region_bonus: float = 3.0
    """Added for a region (Darfur, Donbas)."""
    admin1_bonus: float = 3.0
    """Added to an admin1 area when the text says 'province' ('Idlib province'), subtracted
    when it does not (bare 'Idlib' is the city)."""
    admin_word_city_penalty: float = 1.0
    """Subtracted from a city when the text says 'province': the area is meant."""
    context_country_bonus: float = 1.0
    """Added when other places of the article lie in the entry's country (plus that
    country's share of them)."""
    context_count_weight: float = 0.25
    """Added per other place in the entry's country, up to ``context_count_cap`` of them."""
    context_count_cap: int = 3
    """Most other places counted for ``context_count_weight``."""
    country_context_weight: int = 2
    """A country named in the article counts as this many places of it for the context."""
    names_to_move_abroad: int = 2
    """Other names an article must place in a foreign admin1 area before a mention moves to a
    namesake there."""

    context_rounds: int = 3
    """Most rounds of resolving again with the context of the previous round (fewer when
    nothing changes): the second sees a state the first took for a country (Georgia) and
    moves its towns there.  An odd number: rare articles swing between two readings."""
    near_km: float = 50.0
    """A namesake this close to another name's namesake lies with it (a town and its county)."""
    near_notable_margin: int = 2
    """How many more of the article's names a namesake must lie near to take the name from a
    notable city (Atlanta keeps its name beside one Georgia-named town elsewhere)."""
    near_notable_rival_population: int = 5_000
    """Smallest namesake that may take a notable city's name by lying near the article's
    other names (Alexandria, Minnesota may; a village of 1,600 beside common county names not)."""
    near_county_weight: int = 2
    """A county namesake near a town counts as this many names: a town and the county
    around it named in one story settle each other (a county seat beside its county)."""
    local_story_areas: int = 2
    """Most admin1 areas of one country an article may name and still be about one of them
    (more make a national story, where a notable city keeps its name)."""
    clear_ratio: float = 0.25
    """A place says which admin1 area an article is about only when every namesake in another
    area has less than this share of its population (or the text qualifies it)."""
    home_min_names: int = 3
    """Other place names (a country counts ``country_context_weight``) an article must put in
    one country before a foreign place may move to a namesake there."""
    town_home_min_names: int = 1
    """The same for a mention followed by a town's noun ('a Jordan man', 'Paris City Council')."""
    home_share: float = 0.8
    """Share of the article's other places that must lie in that country."""
    styled_stray_names: int = 1
    """Names abroad (a country counts ``country_context_weight``) a story may hold and still
    be at the home its publisher's domain or style says (``local_news``)."""
    masthead_reach_km: float = 150.0
    """Farthest another name's namesake may lie and still say which namesake of the paper's
    own town is meant."""
    masthead_decay_km: float = 60.0
    """Distance over which such a name's weight falls to 1/e."""
    masthead_margin: float = 1.0
    """How much more decayed support a namesake of the paper's town needs to take its name."""
    home_town_population: int = 15_000
    """A namesake this large in the home country takes the name without a nearby mention."""

    # --- districts the gazetteer lacks --------------------------------------------------
    max_city_distance: int = 1500
    """Characters between a district name and the city it is placed in ('Shuja'iyya, a district of Gaza')."""
    district_after_chars: int = 80
    """Characters read after a name for ', a district' / 'neighbourhood'."""
    district_before_chars: int = 40
    """Characters read before a name for 'the district of'."""
    city_after_chars: int = 80
    """A city named at most this many characters after a district ('... district of Homs') contains it."""
