"""A deterministic, seeded corpus of invented news-like English text.

Every sentence comes from a template in :mod:`.templates` with slots filled by a
seeded :class:`random.Random`: money, percentages, ages, counts, durations,
absolute and relative dates, and distractors (times, versions, phones,
ordinals, scores, room numbers). Names of people, firms and places are
built from syllables, so none refers to anyone real.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections.abc import Iterator

from ..model import Document
from .templates import ABBR, ENDS, MONTHS, ORG_SUFFIX, ROLES, SYL, TEMPLATES, TOPICS, WEEKDAYS, WORDS


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(parts)).capitalize()


def _amount(rng: random.Random) -> str:
    sym = rng.choice("$$$€£")
    style = rng.randrange(8)
    if style == 0:
        return f"{sym}{rng.uniform(1, 99):.1f} billion"
    if style == 1:
        return f"{sym}{rng.randint(1, 60)}{rng.choice(['bn', 'm', ' million', 'B'])}"
    if style == 2:
        return f"{sym}{rng.randrange(1_000, 9_000_000, 250):,}"
    if style == 3:
        return f"{rng.uniform(1, 900):.2f} million {rng.choice(['euros', 'dollars', 'pounds'])}"
    if style == 4:
        low = rng.randint(2, 40)
        return f"{sym}{low} million to {sym}{low + rng.randint(1, 9)} million"
    if style == 5:
        return f"{rng.choice(['USD', 'EUR', 'GBP'])} {rng.randint(2, 800)} million"
    return f"{rng.choice(['about ', 'more than ', 'nearly ', 'roughly ', 'up to ', ''])}{sym}{rng.randint(2, 99)} {rng.choice(['million', 'billion'])}"


def _date(rng: random.Random) -> dt.date:
    return dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1280))


def _absdate(rng: random.Random) -> str:
    d = _date(rng)
    return rng.choice([f"{ABBR[d.month - 1]} {d.day}, {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
                       f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat()])


SLOTS = {
    "person": lambda r, t: f"{_name(r, r.randint(1, 2))} {_name(r, r.randint(2, 3))}",
    "org": lambda r, t: f"{_name(r, 2)} {r.choice(ORG_SUFFIX)}",
    "place": lambda r, t: _name(r, r.randint(1, 2)) + r.choice(ENDS),
    "role": lambda r, t: r.choice(ROLES),
    "thing": lambda r, t: r.choice(t[0].split("|")),
    "group": lambda r, t: r.choice(t[1].split("|")),
    "money": lambda r, t: _amount(r),
    "pct": lambda r, t: r.choice([f"{r.uniform(0.1, 60):.1f}%", f"{r.randint(1, 90)} percent",
                                  f"{r.uniform(1, 9):.1f} per cent", f"{r.randint(1, 9)} percentage points"]),
    "pctplain": lambda r, t: r.choice([f"{r.randint(2, 90)}%", f"{r.randint(2, 90)} percent"]),
    "age": lambda r, t: str(r.randint(19, 88)),
    "count": lambda r, t: r.choice([f"{r.randint(12, 60_000):,}", f"{r.randint(2, 99)}", r.choice(WORDS),
                                    f"about {r.randint(2, 9) * 100}", f"more than {r.randint(2, 40) * 50:,}"]),
    "vague": lambda r, t: r.choice(["hundreds of", "dozens of", "thousands of", "tens of thousands of"]),
    "duration": lambda r, t: r.choice([f"{r.randint(2, 30)} years", f"{r.randint(2, 36)} months", "more than a decade",
                                       "nearly four decades", f"{r.choice(WORDS)} weeks", "a year", "three days"]),
    "absdate": lambda r, t: _absdate(r),
    "fuzzydate": lambda r, t: r.choice([f"{r.choice(['late ', 'early ', 'mid-', 'the end of '])}{r.randint(2023, 2026)}",
                                        f"the {r.choice(['first', 'second', 'third', 'fourth'])} quarter of {r.randint(2023, 2026)}",
                                        f"Q{r.randint(1, 4)} {r.randint(2023, 2026)}", f"{r.choice(MONTHS)} {r.randint(2023, 2026)}",
                                        f"{r.choice(['summer', 'spring', 'autumn'])} {r.randint(2023, 2026)}", "the 1990s"]),
    "reldate": lambda r, t: r.choice([f"last {r.choice(MONTHS)}", f"in {r.choice(MONTHS)}", "last year", "two years ago",
                                      "earlier this year", "last month", "three months ago", f"on {r.choice(WEEKDAYS)}",
                                      "yesterday", "this week"]),
    "month": lambda r, t: r.choice(MONTHS),
    "year": lambda r, t: str(r.randint(1950, 2026)),
    "weekday": lambda r, t: r.choice(WEEKDAYS),
    "time": lambda r, t: r.choice([f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['a.m.', 'p.m.'])}",
                                   f"{r.randint(1, 11)} pm", f"{r.randint(10, 23)}:{r.randint(0, 59):02d}"]),
    "phone": lambda r, t: r.choice([f"(555) 01{r.randint(0, 9)}-{r.randint(1000, 9999)}", f"+44 20 7946 {r.randint(0, 9999):04d}",
                                    f"555-01{r.randint(10, 99)}"]),
    "version": lambda r, t: f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
    "ordinal": lambda r, t: r.choice(["3rd", "21st", "second", "fifth", "42nd", "first"]),
    "score": lambda r, t: f"{r.randint(0, 5)}-{r.randint(0, 5)}",
    "small": lambda r, t: str(r.randint(2, 480)),
    "word": lambda r, t: r.choice(WORDS),
    "qual": lambda r, t: r.choice(["Nearly", "About", "Almost", "More than", "Some"]),
}
_SLOT = re.compile(r"\{(\w+)\}")


def sentence(rng: random.Random, topic: tuple[str, str]) -> str:
    """One sentence from a random template with every slot filled afresh."""
    return _SLOT.sub(lambda m: SLOTS[m.group(1)](rng, topic), rng.choice(TEMPLATES))


def documents(seed: int = 1, size: int = 3000) -> Iterator[Document]:
    """An endless, deterministic stream of documents of about `size` bytes each."""
    rng = random.Random(seed)
    for n in itertools.count():
        topic = rng.choice(TOPICS)
        title = f"{_name(rng, 2)} {rng.choice(ORG_SUFFIX)} and the {rng.choice(topic[0].split('|'))} in {_name(rng, 2)}"
        paragraphs, length = [], len(title)
        while length < size * rng.uniform(0.85, 1.15):
            para = " ".join(sentence(rng, topic) for _ in range(rng.randint(2, 5)))
            paragraphs.append(para)
            length += len(para.encode()) + 2
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(900))
        yield Document(id=f"bench/{n:06d}.txt", path=f"bench/{n:06d}.txt", text=text, published=published)


def corpus(mb: float, seed: int = 1) -> list[Document]:
    """The first documents of the stream for `seed` totalling at least `mb` MB (10**6 bytes, UTF-8)."""
    docs, total = [], 0
    for doc in documents(seed):
        if total >= mb * 1e6:
            break
        docs.append(doc)
        total += len(doc.text.encode())
    return docs


def megabytes(docs: list[Document]) -> float:
    """Total UTF-8 size of the documents' texts in MB (10**6 bytes)."""
    return sum(len(d.text.encode()) for d in docs) / 1e6
