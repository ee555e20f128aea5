"""The article record, schema version 1: the one contract every layer shares.

Every extracted item carries ``start``/``end`` character offsets into
``article.text`` (end exclusive) so that each answer can be traced to its evidence.
This module imports nothing from the rest of the package but the ACLED taxonomy, whose
types and sub-types it uses as enumerations. Every field written is declared here: the
schema forbids undeclared ones.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)

from eventcoder import taxonomy

SCHEMA_VERSION: Literal["1"] = "1"

DatePrecision = Literal["minute", "hour", "day", "week", "month", "quarter", "year"]
PlacePrecision = Literal[
    "point", "neighbourhood", "city", "district", "admin1", "country", "region", "unknown"
]
Qualifier = Literal["exact", "about", "at_least", "more_than", "less_than", "up_to", "vague"]
Unit = Literal["people", "percent", "other"]
FigureCategory = Literal[
    "killed", "injured", "displaced", "evacuated", "detained", "abducted",
    "missing", "besieged", "territory", "other",
]
QuoteKind = Literal["direct", "partial", "indirect"]


def _known(kind: str, allowed: tuple[str, ...]) -> AfterValidator:
    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"unknown ACLED {kind} {value!r}; one of: {', '.join(allowed)}")
        return value

    return AfterValidator(check)


EventType = Annotated[
    str, _known("event type", taxonomy.event_types()),
    WithJsonSchema({"type": "string", "enum": list(taxonomy.event_types())}),
]
"""One of ACLED's six event types (data/taxonomy.yaml)."""
SubType = Annotated[
    str, _known("sub-type", taxonomy.sub_types()),
    WithJsonSchema({"type": "string", "enum": list(taxonomy.sub_types())}),
]
"""One of ACLED's 25 sub-event types (data/taxonomy.yaml)."""
ArgumentSource = Literal["governing", "sentence", "paragraph", "focus", "article", "none"]
"""Where an event's date or place came from: the expression governing the trigger, its sentence,
its paragraph, the article's focus place, the article (publication date), or nowhere."""
Certainty = Literal["asserted", "reported", "alleged", "denied", "planned"]


class _Item(BaseModel):
    """Base of every record part: a field not declared here is an error, not silent output."""

    model_config = ConfigDict(extra="forbid")


class TextSpan(_Item):
    """Character offsets into ``article.text``, end exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Article(_Item):
    """The input article: body text plus the metadata that anchors it."""

    id: str
    text: str
    published: str | None = Field(
        default=None, description="ISO date used as the anchor for relative dates"
    )
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None


class Location(_Item):
    """A resolved gazetteer entry (without offsets): used by places and events."""

    name: str
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: PlacePrecision = "unknown"


class Place(Location):
    """One toponym mention in the text, resolved."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(default="", description="the mention as written")
    within: str | None = Field(
        default=None, description="the known place this one was placed at when the gazetteer lacks it"
    )
    note: str | None = Field(default=None, description="how the place was resolved, when it is unusual")


class TimeRef(_Item):
    """A resolved point or range in time at a stated precision."""

    value: str | None = Field(
        description="ISO 8601 at its precision (2016-12-13, 2016-09, 2016, 2016-12-14T03:00Z; a quarter 2016-Q3);"
        " null when it cannot be resolved (no publication date)"
    )
    precision: DatePrecision
    text: str | None = None
    until: str | None = Field(default=None, description="end of a range, ISO 8601")


class DateMention(TimeRef):
    """One temporal expression in the text, resolved against the publication date."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Quantity(_Item):
    """A figure about people or territory: how many, how hedged, counting whom, on whose word."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: float | None = Field(description="null for vague amounts such as 'dozens'")
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier
    unit: Unit
    category: FigureCategory
    subject: str | None = None
    attributed_to: str | None = None
    date: TimeRef | None = None


class Quote(_Item):
    """Direct, partial or indirect speech with its speaker."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: QuoteKind
    speaker: str | None = Field(
        description="full name where given; a description ('a Turkish government official') when unnamed"
    )
    speaker_role: str | None = None
    speaker_affiliation: str | None = None
    speaker_span: TextSpan | None = None


class Actor(_Item):
    """An event participant, normalised through the actor dictionaries."""

    name: str = Field(description="canonical name, or the mention text when unknown")
    mention: str | None = None
    kind: str | None = None
    inter: int | None = Field(default=None, description="ACLED inter code 1-8")
    country_code: str | None = None


class Fatalities(_Item):
    """The killed figure tied to an event."""

    value: float | None = None
    qualifier: str | None = None
    text: str | None = None


class Event(_Item):
    """One real-world event in the ACLED taxonomy, with the sentences that support it."""

    id: str
    type: EventType
    sub_type: SubType
    actor1: Actor | None = None
    actor2: Actor | None = None
    date: TimeRef | None
    location: Location | None
    fatalities: Fatalities | None = None
    attributed_to: list[str] = Field(default_factory=list)
    certainty: Certainty = "asserted"
    evidence: list[TextSpan] = Field(min_length=1)
    triggers: list[str] = Field(default_factory=list, description="the words that signal the event")
    date_source: ArgumentSource | None = Field(default=None, description="how the date was found")
    location_source: ArgumentSource | None = Field(default=None, description="how the place was found")
    cameo: str | None = Field(default=None, description="CAMEO event code")
    plover: str | None = Field(default=None, description="PLOVER event type")
    plover_mode: str | None = Field(default=None, description="PLOVER mode")

    @model_validator(mode="after")
    def _sub_type_of_type(self) -> Event:
        if taxonomy.type_of(self.sub_type) != self.type:
            raise ValueError(f"sub-type {self.sub_type!r} belongs to {taxonomy.type_of(self.sub_type)!r}, not {self.type!r}")
        return self


class Record(_Item):
    """What eventcoder writes for one article."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    article: Article
    places: list[Place] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list, description="what could not be done for this article, and why"
    )
