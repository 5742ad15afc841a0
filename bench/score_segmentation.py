"""Score how dengar understands real articles against hand-annotated truth files.

For every ``NN-name.truth.json`` in DIR whose article (``NN-name.html``, ``.md`` or ``.txt``)
sits beside it, runs ``dengar inspect ARTICLE --json`` in a fresh process (what a user gets)
and compares:

- headline: the text of the "headline" segment equals the truth's ``headline``, or one of its
  ``headline_alternatives`` (a page that states its title in several forms, such as a photo
  gallery), after white space, case and quotation-mark style are normalised; a null truth
  needs no headline segment at all;
- section headings: precision / recall / F1 of the "heading" segments, exact text after
  white space and case normalisation;
- quotes: precision / recall / F1; a "quote" segment matches a truth quote when its text starts
  with the truth's ``text_start``, both compared without case, punctuation or white space
  (one to one, in reading order; a tokenised copy splits "Normatif nya" where the text says
  "Normatifnya");
- speakers: on matched quotes, the share whose speaker is right. Rule: both names are compared
  without case, punctuation or parenthesised parts, after dropping leading title and role words
  ("Menteri", "Gubernur", "tim"...), honorifics ("H", "Hj", "Raden", "Dato", "Seri", "KH",
  "Ustaz", a clergyman's "Pendeta", "Pastor", "Romo", Aceh's "Teuku", "Tengku", "Cut", and
  Javanese courtly titles "Tumenggung", "Kanjeng", "Bendoro", and "Ajeng", "Roro", "Mas"
  right after "Raden", the Balinese elder's "Pangelingsir"; a Balinese caste title such as
  "Ida Bagus" is part of the name)
  and police and military ranks ("Kombes",
  "AKBP", "Brigjen", "Kolonel", "Marsekal Madya"): they are how a person is addressed, not
  who they are. An unnamed source ("seorang sumber") is compared the same way, so it must be
  named as the truth words it, except that a leading "seorang", "salah satu" or "salah
  seorang" ("one", "one of") is dropped on both sides: "seorang pedagang" is "pedagang".
  An organisation is compared the same way ("Kementerian Luar Negeri China"). A
  surname or first name alone does NOT count ("Yuddy" for "Yuddy Chrisnandi" is wrong): a
  listener is told who spoke by name, and half a name is only right by luck. A nickname in
  quotation marks inside a name is no part of it: 'Abraham "Lulung" Lunggana' is "Abraham
  Lunggana". Mojibake is undone on both sides first (ftfy): "SÃ¡rneczky" is "Sárneczky".
  A quotation the copy gives no way to attribute (the truth's speaker is null, as on the
  second page of an article whose speaker the first page named) is right only when no
  speaker is named for it;
- captions: how many "caption" segments were found against ``captions_count``;
- boilerplate: how many ``boilerplate_examples`` strings occur in what is spoken, as written
  or as spoken ("KPK" is spoken "ka pe ka") (case
  insensitive, whole words, white space normalised). The target is 0.

    python bench/score_segmentation.py ../shared/eval/dev [--verbose]

Overall figures are micro-averaged (counts summed over articles). An article dengar cannot read
counts as finding nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import ftfy

ARTICLE_SUFFIXES = (".html", ".htm", ".md", ".txt")
# Leading words that describe a speaker rather than name one; never part of the name compared.
ROLE_WORDS = frozenset({
    "tim", "pihak", "presiden", "wakil", "menteri", "menko", "gubernur", "deputi", "ketua",
    "kepala", "direktur", "juru", "bicara", "jubir", "bupati", "wali", "kota", "walikota",
    "prof", "dr", "ir", "pak", "bu", "ibu", "bapak", "sekretaris", "jenderal",
})
# Honorifics and ranks: how a person is addressed, never part of the name compared.
TITLE_WORDS = frozenset({
    "h", "hj", "kh", "drs", "dra", "drg", "raden", "dato", "datuk", "seri", "ustaz", "ustadz",
    "habib", "kiai", "kyai", "syekh", "teuku", "tengku", "cut", "gusti", "mr", "mrs", "kombes",
    "kompol", "akbp", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "briptu", "bripda",
    "brigadir", "brigjen", "irjen", "komjen", "kolonel", "letkol", "mayor", "kapten", "letnan",
    "marsekal", "madya", "muda", "laksamana", "laksma", "laksda", "marsma", "marsda", "mayjen",
    "letjen", "pol", "purn", "pendeta", "pdt", "pastor", "romo", "tumenggung", "kanjeng",
    "bendoro", "pangelingsir",
})
# Titles only right after "Raden" ("Raden Ajeng"); alone they are first names ("Ajeng").
AFTER_RADEN = frozenset({"ajeng", "roro", "mas"})
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def normal_text(text: str) -> str:
    """Case-folded, white space collapsed, quotation marks made straight."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


def bare_words(text: str) -> str:
    """normal_text without punctuation: for comparing the openings of quotations."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", normal_text(text))).strip()


def speaker_key(name: str | None) -> str:
    """The part of a speaker's name that must match: no case, brackets, titles, punctuation."""
    if not name:
        return ""
    name = ftfy.fix_encoding(name)  # a truth copied from a page in mojibake: "SÃ¡rneczky"
    name = re.sub(r"\s[\"“][^\"“”]+[\"”]\s", " ", f" {name} ")  # 'Joko "Jokowi" Widodo'
    words = bare_words(re.sub(r"\([^)]*\)", " ", name)).split()
    stripped: list[str] = []
    while words and (words[0] in ROLE_WORDS | TITLE_WORDS or (
            words[0] in AFTER_RADEN and stripped[-1:] == ["raden"])):
        stripped.append(words[0])
        words = words[1:]
    phrase = " ".join(words)
    for one in ("seorang ", "salah satu ", "salah seorang "):
        phrase = phrase.removeprefix(one)
    return phrase


def same_speaker(predicted: str | None, truth: str | None) -> bool:
    """Whether the predicted speaker names the truth's speaker (see the module docstring)."""
    if not speaker_key(truth):
        return not speaker_key(predicted)  # nobody can be named: naming no one is right
    return speaker_key(predicted) == speaker_key(truth)


def prf(hits: int, predicted: int, expected: int) -> tuple[float, float, float]:
    """Precision, recall and F1; all 1.0 when nothing was expected and nothing predicted."""
    precision = hits / predicted if predicted else float(expected == 0)
    recall = hits / expected if expected else float(predicted == 0)
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def match_quotes(predicted: list[dict], truth: list[dict]) -> list[tuple[dict, dict]]:
    """Pair truth quotes with predicted quote segments, one to one, in reading order."""
    pairs, used = [], set()
    for expected in truth:
        # Without white space too: a tokenised copy's "Normatif nya" is "Normatifnya".
        start = bare_words(expected["text_start"]).replace(" ", "")
        for index, segment in enumerate(predicted):
            if index not in used and bare_words(segment["text"]).replace(" ", "").startswith(
                    start):
                pairs.append((segment, expected))
                used.add(index)
                break
    return pairs


def spoken_boilerplate(spoken: str, examples: list[str]) -> list[str]:
    """The boilerplate examples that occur in the spoken text, as whole words."""
    haystack = normal_text(spoken)
    found = []
    for example in examples:
        needle = normal_text(example)
        left = r"(?<!\w)" if needle[:1].isalnum() else ""
        right = r"(?!\w)" if needle[-1:].isalnum() else ""
        if needle and re.search(left + re.escape(needle) + right, haystack):
            found.append(example)
    return found


@dataclass
class Score:
    """The counts for one article, or summed over several."""

    articles: int = 0
    headlines_right: int = 0
    headings: list[int] = field(default_factory=lambda: [0, 0, 0])  # hits, predicted, expected
    quotes: list[int] = field(default_factory=lambda: [0, 0, 0])
    speakers: list[int] = field(default_factory=lambda: [0, 0])  # right, matched
    captions: list[int] = field(default_factory=lambda: [0, 0])  # found, expected
    boilerplate: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Sum another score into this one."""
        self.articles += other.articles
        self.headlines_right += other.headlines_right
        self.boilerplate += other.boilerplate
        for mine, theirs in ((self.headings, other.headings), (self.quotes, other.quotes),
                             (self.speakers, other.speakers), (self.captions, other.captions)):
            for i, value in enumerate(theirs):
                mine[i] += value

    def row(self, name: str) -> str:
        """One line of the report."""
        hf = prf(*self.headings)[2]
        qp, qr, qf = prf(*self.quotes)
        right, matched = self.speakers
        speakers = f"{right / matched:.2f}" if matched else "  - "
        return (f"{name:<32} {self.headlines_right}/{self.articles:<3} {hf:5.2f}  "
                f"{qp:4.2f} {qr:4.2f} {qf:4.2f}  {speakers:>4} ({right}/{matched})  "
                f"{self.captions[0]}/{self.captions[1]:<3} {self.boilerplate:>3}")


HEADER = (f"{'article':<32} {'head':<5} {'H-F1':>5}  {'Q-P':>4} {'Q-R':>4} {'Q-F1':>4}  "
          f"{'spkr':>4} {'':7}  {'capt':<5} {'bp':>3}")


LEGEND = ("head: headlines right; H-F1: section headings F1; Q-P Q-R Q-F1: quotes; spkr: "
          "speakers right on matched quotes; capt: captions found/expected; bp: boilerplate "
          "strings spoken")


def inspect(article: Path) -> tuple[dict | None, str]:
    """dengar's understanding of the article as JSON (None when it cannot read it), and its
    error message."""
    result = subprocess.run(
        [sys.executable, "-m", "dengar", "inspect", str(article), "--json"],
        capture_output=True, text=True, timeout=300,
    )
    understood = json.loads(result.stdout) if result.returncode == 0 else None
    return understood, result.stderr.strip()


def score(understood: dict | None, truth: dict) -> Score:
    """Compare one article's understanding with its truth file."""
    result = Score(articles=1)
    segments = [s for c in (understood or {}).get("chapters", []) for s in c["segments"]]
    headlines = [s["text"] for s in segments if s["kind"] == "headline"]
    expected = truth.get("headline")
    found = headlines[0] if headlines else None
    accepted = {normal_text(h) for h in [expected, *truth.get("headline_alternatives", [])] if h}
    right = found is None if expected is None else (
        found is not None and normal_text(found) in accepted)
    result.headlines_right = int(right)
    if not right:
        result.notes.append(f"headline: {found!r}")
    headings = [normal_text(s["text"]) for s in segments if s["kind"] == "heading"]
    wanted = [normal_text(h) for h in truth.get("section_headings", [])]
    result.headings = [sum(1 for h in headings if h in wanted), len(headings), len(wanted)]
    quotes = [s for s in segments if s["kind"] == "quote"]
    pairs = match_quotes(quotes, truth.get("quotes", []))
    result.quotes = [len(pairs), len(quotes), len(truth.get("quotes", []))]
    good = [same_speaker(p.get("speaker"), t.get("speaker")) for p, t in pairs]
    result.speakers = [sum(good), len(pairs)]
    result.notes += [f"speaker: {p.get('speaker')!r} for {t['speaker']!r}"
                     for (p, t), ok in zip(pairs, good, strict=True) if not ok]
    matched = {id(p) for p, _ in pairs}
    result.notes += [f"extra quote: {q['text'][:50]!r}" for q in quotes if id(q) not in matched]
    matched_truth = {id(t) for _, t in pairs}
    result.notes += [f"missed quote: {t['text_start']!r}" for t in truth.get("quotes", [])
                     if id(t) not in matched_truth]
    result.captions = [sum(1 for s in segments if s["kind"] == "caption"),
                       truth.get("captions_count", 0)]
    # Written and spoken forms both: "KPK" is spoken "ka pe ka", and a leak is a leak in either.
    spoken = "\n".join(s[form] for s in segments for form in ("text", "spoken"))
    leaked = spoken_boilerplate(spoken, truth.get("boilerplate_examples", []))
    result.boilerplate = len(leaked)
    result.notes += [f"spoken boilerplate: {b[:60]!r}" for b in leaked]
    if understood is None:
        result.notes.insert(0, "dengar could not read this article")
    return result


def article_for(truth_file: Path) -> Path | None:
    """The article beside a truth file, if there is one."""
    stem = truth_file.name.removesuffix(".truth.json")
    for suffix in ARTICLE_SUFFIXES:
        candidate = truth_file.with_name(stem + suffix)
        if candidate.exists():
            return candidate
    return None


def main(argv: list[str] | None = None) -> int:
    """Score every annotated article in the folder and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="say what went wrong")
    args = parser.parse_args(argv)
    total = Score()
    print(HEADER)
    for truth_file in sorted(args.folder.glob("*.truth.json")):
        article = article_for(truth_file)
        if article is None:
            continue
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        understood, error = inspect(article)
        result = score(understood, truth)
        if understood is None:
            result.notes.insert(1, f"dengar: {error[-200:]}")
        total.add(result)
        print(result.row(article.name))
        if args.verbose:
            for note in result.notes:
                print(f"    {note}")
    print(total.row("OVERALL"))
    print(LEGEND)
    return 0 if total.articles else 1


if __name__ == "__main__":
    sys.exit(main())
