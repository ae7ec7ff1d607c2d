"""Derive stage, chapters: silver training items, labelled by where a text comes from rather than by a reader.

Agreement articles. An article of an agreement's "Investment" chapter discusses investment, whatever words it uses
("Each Party shall accord to investors of another Party treatment no less favorable ..."). The ToTA corpus
(``../shared/data/tota-trade-agreements``, CC BY-NC 4.0, Alschner, Seiermann and Skougarevskiy 2017) holds the
English texts of 33 agreements to which the United States, Canada or Mexico is a party, NAFTA, CUSFTA and the TPP
among them, chapter by chapter. Each article of a chapter whose heading names one of our subjects becomes a
training item labelled with that subject alone; articles of chapters with no single subject (objectives, final
provisions, transparency, institutional arrangements) are left out. The labels are silver: an article may also
touch a subject its heading does not name, which these labels count as absent. Four agreements are never trained
on, so that the model's reach into treaty text is measured on agreements it did not see (``HELD_OUT``).

Company news. Trained on treaty text alone, the model learnt that "investor", "stake" and "bank" speak for the
investment and financial-services chapters, and tagged share-stake filings and note issues with them (in a blind
reading of 50 changed Reuters stories, 0 of 14 added investment tags were right). Reuters stories whose only topics
are company earnings and acquisitions (``earn``, ``acq``) are the counterweight: a sample of them is trained on as
discussing no chapter. The label is silver too, as a takeover can touch investment policy: of the 67 hand-labelled
Reuters stories with only those topics (drawn because they name Canada or Mexico beside a trade word) 30 have a
chapter, mostly investment; in the blind readings 2 of 11 tags on such stories were right. No hand-labelled story
is among the sample.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from indexer.loading import make_article
from indexer.models import Article

ROOT = Path(__file__).resolve().parents[2]
AGREEMENTS = ROOT.parent / "shared" / "data" / "tota-trade-agreements" / "xml-north-america"
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578"
COMPANY_TOPICS = frozenset({"earn", "acq"})
# TPP, CUSFTA, US-Australia, Canada-Korea: one of each kind (plurilateral, U.S.-Canada, U.S., Canadian)
HELD_OUT = frozenset({"pta_449", "pta_186", "pta_37", "pta_146"})
_MIN_WORDS = 15  # shorter articles are headings and cross-references ("Annex 401 applies.")

# A chapter heading (lower case, spaces folded) and the subjects it names; the first match decides.
_HEADINGS: tuple[tuple[str, frozenset[str] | str], ...] = tuple(
    (pattern, slugs if isinstance(slugs, str) else frozenset(slugs))
    for pattern, slugs in (
        (r"anti-?dumping and countervailing", {"trade-remedies", "dispute-settlement"}),  # NAFTA 19, CUSFTA 19
        (r"^competition policy, (?:designated )?monopolies|^anticompetitive business conduct",
         {"competition", "state-owned-enterprises"}),
        (r"state-owned enterprises|monopolies and state enterprises", {"state-owned-enterprises"}),
        (r"^competition", {"competition"}),
        (r"^agriculture and sanitary", "by-article"),  # NAFTA 7: Section A (701-708) and Section B (709-724)
        (r"^agriculture$", {"agriculture"}),
        (r"sanitary and phytosanitary", {"sps"}),
        (r"^rules of origin|^origin procedures|^certificate of origin", {"rules-of-origin"}),
        (r"^customs|^trade facilitation$", {"customs"}),
        (r"^national treatment and (?:market access|other border)|^trade in goods$|^tariff elimination",
         {"market-access"}),
        (r"^energy", {"energy"}),
        (r"^emergency action|^safeguards$|^trade remedies$|^bilateral safeguard|^antidumping measures",
         {"trade-remedies"}),
        (r"^technical barriers to trade|^standards-related measures|^technical standards", {"tbt"}),
        (r"^government procurement", {"government-procurement"}),
        (r"^investment", {"investment"}),
        (r"^cross-border trade in services$|^services$", {"services"}),
        (r"^temporary entry|^entry and temporary stay", {"temporary-entry"}),
        (r"^financial services", {"financial-services"}),
        (r"^telecommunications", {"telecommunications"}),
        (r"^electronic commerce", {"digital-trade"}),
        (r"^intellectual property", {"intellectual-property"}),
        (r"^labou?r$", {"labor"}),
        (r"^environment$", {"environment"}),
        (r"^small and medium", {"smes"}),
        (r"^regulatory coherence", {"good-regulatory-practices"}),
        (r"^(?:general )?exceptions|^general provisions and exceptions", {"exceptions"}),
        (r"^textile", {"textiles"}),
        (r"dispute settlement|settlement of disputes|^arbitration procedure", {"dispute-settlement"}),
    )
)  # fmt: skip


@dataclass(frozen=True)
class AgreementArticle:
    agreement: str  # the ToTA file name without ".xml", e.g. "pta_112" (NAFTA)
    heading: str
    article: Article
    chapters: frozenset[str]


def subjects(heading: str, article_number: str) -> frozenset[str] | None:
    """The subjects a chapter heading names (None: no single subject)."""
    heading = " ".join(heading.split()).lower()
    for pattern, slugs in _HEADINGS:
        if re.search(pattern, heading):
            if slugs == "by-article":
                number = int(re.sub(r"\D", "", article_number) or 0)
                return frozenset({"agriculture" if number < 709 else "sps"})
            return slugs
    return None


def agreement_articles(folder: Path = AGREEMENTS) -> Iterator[AgreementArticle]:
    """Every labelled article of every English agreement in ``folder``, in file and document order."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: the ToTA agreement texts the chapter model is trained on are not there")
    for path in sorted(folder.glob("pta_*.xml")):
        root = ET.parse(path).getroot()
        if (root.findtext("meta/language") or "").strip() == "en":
            yield from _articles(path.stem, root)


def _articles(agreement: str, root: ET.Element) -> Iterator[AgreementArticle]:
    signed = (root.findtext("meta/date_signed") or "").strip()
    for chapter in root.iter("chapter"):
        heading = " ".join((chapter.get("name") or "").split())
        for element in chapter.iter("article"):
            text = "".join(element.itertext()).strip()
            chapters = subjects(heading, element.get("number") or "")
            if chapters is None or len(text.split()) < _MIN_WORDS:
                continue
            title = " ".join((element.get("name") or element.get("number") or "").split()) or "Article"
            article = make_article(
                f"{agreement}-{element.get('article_identifier')}", title, text, signed, publisher="ToTA"
            )
            yield AgreementArticle(agreement, heading, article, chapters)


def company_news(every: int, exclude: frozenset[str] = frozenset(), folder: Path = REUTERS) -> Iterator[Article]:
    """Every ``every``-th Reuters story (in file order) whose only topics are company news, ids in ``exclude`` left
    out."""
    from benchmarks.reuters import parse_with_topics  # the project's one Reuters reader; run from a checkout

    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: the Reuters stories the chapter model is trained on are not there")
    stories = (
        row
        for path in sorted(folder.glob("reut2-*.sgm"))
        for row, topics in parse_with_topics(path)
        if row and row["published"] and topics and topics <= COMPANY_TOPICS and row["id"] not in exclude
    )
    for k, row in enumerate(stories):
        if k % every == 0:
            yield make_article(row["id"], row["title"], row["body"], row["published"], publisher="Reuters")
