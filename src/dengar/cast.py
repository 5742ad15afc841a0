"""Who an article has named so far, and whom a short name, a pronoun or a role stands for.

A ``Cast`` is frozen: reading a paragraph gives a new one (see ``people.read_paragraph``).
It remembers the last person named ("kata dia"), the full names met ("tutur Yuddy" is
"Yuddy Chrisnandi"), the last source, nicknames and short forms, and the offices and court
roles people were introduced with ("kata Bupati", "ujar hakim").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dengar import balinese, offices, speech
from dengar.names import (
    fewer_words,
    has_middle_initials,
    initials,
    is_acronym,
    is_name_capitals,
    is_organisation,
    is_person,
    key,
    matching_name,
    shortens,
)
from dengar.speakername import titled_names
from dengar.speakers import (
    CONTINUED,
    NAME_RUN_RE,
    PREVIOUS,
    ROLE,
    ROLE_WORDS,
    SOURCE,
    clean_speaker,
)

FULL_NAME_WORDS = (2, speech.SPEAKER_MAX_WORDS + 1)  # one more after a rank
SINGLE_NAME_MIN_CHARS = 4
# Who cast.speaker is after "kata warga": someone the article never names, whom "tambahnya"
# goes on with; no earlier speaker.
_UNNAMED = "\x00unnamed"
_ROLE_REACH = 5  # office words this close before a name introduce it: "ketua majelis hakim X"
_OFFICE_WORDS = (ROLE_WORDS | speech.TITLE_WORDS | speech.TITLE_QUALIFIERS | speech.ROLE_NOUNS
                 | {"umum", "ketua", "anggota"})

# Role words that are given names too: "kata Hakim" may mean a witness called Hakim.
_ROLES_ALSO_NAMES = frozenset({"hakim", "kapten", "jaksa"})


@dataclass(frozen=True)
class Cast:
    """Who has been named: the last person, every full name met so far, and the last source.

    Attributes:
        last: The last person named as a speaker or a subject; "dia" and "ujarnya" mean them.
        known: Full names (and unnamed sources) met so far, for short names.
        source: The last person or organisation that spoke or issued something: "tulis rilis
            tersebut" means them.
        fallback: The last person of the previous section, for "katanya" right after a
            heading when the new section has named nobody yet.
        speaker: Who was quoted last: "sambungnya" and "tambahnya" continue their words.
        written: Every other full name written so far, whatever its role ("pasangan X dan
            Y"), for a short name that matches no one in known.
        aliases: Nicknames and short forms, and whom they stand for: "akrab disapa Dani",
            "Uni Eropa (UE)".
        roles: The office words a court or team role was introduced with, and who: "ketua
            majelis hakim Effendi" gives ({ketua, majelis, hakim}, "Effendi"), so that "ujar
            hakim" means him.
        offices: The offices people were introduced with, spelled out, and who: "Kepala Desa
            Sukamaju, Rudi" gives (("kepala", "desa", "sukamaju"), "Rudi"), so that "kata
            Kades" means him.
    """

    last: str | None = None
    known: tuple[str, ...] = ()
    source: str | None = None
    fallback: str | None = None
    speaker: str | None = None
    written: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()
    roles: tuple[tuple[frozenset[str], str], ...] = ()
    offices: tuple[tuple[tuple[str, ...], str], ...] = ()

    def full_name(self, name: str | None, written: bool = True) -> str | None:
        """The full name a short one stands for ("Yuddy" -> "Yuddy Chrisnandi"), else name.

        A one-word name may also be the start of a known name's word ("Wisman" for
        "Wismandari Wisnu"), as articles shorten names that way. People named as speakers or
        subjects come first, then (when written is true) any other full name written before.
        """
        if not name or name in (PREVIOUS, SOURCE, CONTINUED):
            return name
        alias = self._alias(name)
        if alias:
            return alias
        pools = (self.known, self.written) if written else (self.known,)
        if name[:1].islower():  # "kata tersangka": someone unnamed ("seorang sumber" before),
            pools = tuple(tuple(n for n in pool if n[:1].islower()) for pool in pools)
            # never a capitalised run such as the headline's "Tersangka Mengaku"
        if any(name in pool for pool in pools):
            return name  # "Rina", named before, is not "Rinaldi"
        if key(name) in speech.HONORIFICS:  # "terang Romo": the only Romo named before
            titled = set(titled_names(name))
            if len(titled) == 1 and any(n in pool for pool in pools for n in titled):
                return titled.pop()
        famous = speech.PUBLIC_FIGURE_SHORT_NAMES.get(name)
        if famous and any(famous in pool for pool in pools):
            return famous  # "Jokowi" after "Presiden Joko Widodo"
        if is_acronym(name):  # "UE" for "Uni Eropa" written before
            spelled = [n for pool in pools for n in pool if initials(n) == name.upper()]
            return spelled[-1] if spelled else name
        # "Tengku Zafrul" for "Zafrul Abdul Azis": a noble name or an honorific said with
        # the short name is no word of the full one.
        words = [w for w in name.lower().split()
                 if w not in speech.NOBLE_NAMES | speech.HONORIFICS] or name.lower().split()
        # "Cok" stands for "Cokorda" only in a name written with it ("Cok Nala" for
        # "Cokorda Gede Nala Rukmaja"); the actor "Cok Simbara" is "Cok" as written.
        spelled = [balinese.spelled_out(w) for w in words]
        for pool in pools:
            found = matching_name(spelled, pool) or matching_name(words, pool)
            if found:
                return found
        return name

    def _alias(self, name: str) -> str | None:
        """The full name a nickname or a short form given in the article stands for."""
        return next((full for nick, full in self.aliases if nick == name), None)

    def resolve(self, speaker: str | None) -> str | None:
        """A speaker as named in the text, with a pronoun or description replaced."""
        if speaker == PREVIOUS:
            return self.last or self.fallback
        if speaker == SOURCE:
            return self.source or self.last or self.fallback
        if speaker == CONTINUED and self.speaker == _UNNAMED:
            return None
        if speaker == CONTINUED:
            return self.speaker or self.last or self.fallback
        if speaker and speaker.startswith(ROLE):
            return self._by_role(speaker[len(ROLE):].split())
        # "kata Khatib": a role written capitalised, when nobody is called by that word.
        if (speaker and key(speaker) in ROLE_WORDS - _ROLES_ALSO_NAMES
                and self.full_name(speaker) == speaker
                and self._by_role([key(speaker)])):
            return self._by_role([key(speaker)])
        # "kata Bupati", "Pak Kepsek": the one introduced with the office, unless the
        # article gave the short form as an alias of a person ("Menteri Pertahanan (Menhan)
        # X"); a short form of an office ("Direktur Utama (Dirut), dr. X") is that office.
        alias = self._alias(speaker) if speaker else None
        if speaker and offices.is_office_alone(speaker) and (
                not alias or offices.is_office_alone(alias)):
            return (offices.holder(alias or speaker, self.offices)
                    or self.full_name(speaker))
        # "kata Bupati Sukamaju": the office's place is all that is left of the speaker; a
        # person met by that one word ("Sukamaju" as a nickname) still comes first.
        if speaker and " " not in speaker and speaker not in self.known:
            held = offices.holder_of_place(speaker, self.offices)
            if held:
                return held
        return self.full_name(speaker)

    def _by_role(self, words: list[str]) -> str | None:
        """Who a court or team role after the verb ("tanya hakim", "ujar jaksa penuntut
        umum") means: the latest person introduced with office words that hold all its words
        ("ketua majelis hakim Effendi" is "hakim"); None when nobody was."""
        return next((name for held, name in reversed(self.roles) if set(words) <= held), None)

    def has_role(self, speaker: str) -> bool:
        """Whether a ROLE marker names a role someone was introduced with."""
        return self._by_role(speaker[len(ROLE):].split()) is not None

    def learn_roles(self, text: str) -> Cast:
        """The cast knowing the court and team roles text introduces people with: the office
        words right before a name ("tanya ketua majelis hakim Effendi", "Jaksa Penuntut Umum
        KPK Takdir Suhan"). "Hakim memvonis Budi" introduces no judge called Budi."""
        roles = list(self.roles)
        for run in NAME_RUN_RE.finditer(text):
            name = clean_speaker(run.group())
            if not name or name == PREVIOUS or not is_person(name):
                continue
            before = [*text[: run.start()].split(), *run.group().split()[: -len(name.split())]]
            office: list[str] = []
            for word in reversed(before[-_ROLE_REACH:]):
                if not office and key(word) in speech.HONORIFICS | speech.RANKS:
                    continue  # "khatib, Tgk Rizki": the title sits between role and name
                if not (key(word) in _OFFICE_WORDS or is_acronym(word.strip(",."))):
                    break
                office.insert(0, key(word))
            if any(word in ROLE_WORDS for word in office):
                roles.append((frozenset(office), self.full_name(name) or name))
        return replace(self, roles=tuple(roles)) if len(roles) > len(self.roles) else self

    def met(self, name: str | None, spoke: bool = True) -> Cast:
        """The cast after name (already resolved) was named; spoke when they said something.

        An organisation that spoke becomes the source but never the person "dia" stands
        for; a day or a place is nobody.
        """
        if not name or name in (PREVIOUS, SOURCE, CONTINUED):
            return self
        if is_organisation(name):
            return replace(self, source=name) if spoke else self
        if not is_person(name):
            return self
        cast = replace(self, last=name, known=self._knowing(name))
        return replace(cast, source=name) if spoke else cast

    def nicknamed(self, nickname: str) -> Cast:
        """The cast knowing that nickname stands for the last person named."""
        if not self.last:
            return self
        return replace(self, aliases=(*self.aliases, (nickname, self.last)))

    def quoted(self, name: str | None) -> Cast:
        """The cast after a quotation by name (already resolved). Whoever it is, initials
        ("jelas ED") or an organisation ("kata KPK"), "tambahnya" after it goes on with them."""
        cast = self.met(name)
        return replace(cast, speaker=name) if name else cast

    def quoted_unnamed(self) -> Cast:
        """The cast after a quotation by someone named only by a lower-case role ("kata
        warga", "ujar petugas"): "tambahnya" after it is theirs, not the one quoted before."""
        return replace(self, speaker=_UNNAMED)

    def _knowing(self, name: str) -> tuple[str, ...]:
        """known with name added, when it is a full name, a one-word name ("Habiburokhman",
        later "Habib") or an unnamed source."""
        if (is_full_name(name) or name[:1].islower() or is_single_name(name)) and (
                name not in self.known):
            return (*self.known, name)
        return self.known

    def knowing(self, name: str, set_off: bool = False) -> Cast:
        """The cast that has seen name written, without it being the last person named.

        A name written again without the words before it ("Villa Dean Smith", then "Dean
        Smith") is the name: the longer run had a club or a place glued in front. Fewer words
        of a known name ("Yan Mandenas") stand for it, unless set off by commas as somebody
        introduced ("Saksi kedua, Muhammad Effendi," after "Muhammad Rizal Effendi").
        """
        if is_person(name) and name not in self.written and not any(
                shortens(name, full) or (fewer_words(name, full) and not set_off)
                for full in (*self.known, *self.written)) and (
                not self._short_with_title(name)):
            cast = self._trimmed(name)
            return replace(cast, written=(*cast.written, name))
        return self

    def _short_with_title(self, name: str) -> bool:
        """Whether name is a noble name or an honorific and a short form of a full name
        written before: "Tengku Zafrul" after "Tengku Datuk Seri Zafrul Abdul Azis"."""
        words = name.lower().split()
        titles = speech.NOBLE_NAMES | speech.HONORIFICS | balinese.SHORT_FORMS.keys()
        bare = [w for w in words if w not in titles]  # "Cok Nala" after "Cokorda Gede Nala …"
        found = matching_name(bare, (*self.known, *self.written)) if bare else None
        if found is None or len(bare) == len(words):
            return False
        # a short form is a title only before the full name written with it
        short = [balinese.SHORT_FORMS[w] for w in words if w in balinese.SHORT_FORMS]
        return all(full in found.lower().split() for full in short)

    def _trimmed(self, name: str) -> Cast:
        """The cast with every remembered name that ends with name replaced by name."""
        def trim(full: str | None) -> str | None:
            return name if full and full.endswith(f" {name}") else full
        return replace(
            self, last=trim(self.last), speaker=trim(self.speaker),
            known=tuple(dict.fromkeys(trim(k) or k for k in self.known)),
            written=tuple(w for w in self.written if not w.endswith(f" {name}")))

    def forget_last(self) -> Cast:
        """The cast at a section break: "dia" reaches back only until someone new is named."""
        return replace(self, last=None, fallback=self.last or self.fallback)


def is_single_name(name: str) -> bool:
    """Whether name is a person's one-word name long enough to be shortened: "Habiburokhman"."""
    return (" " not in name and len(name) >= SINGLE_NAME_MIN_CHARS and name[:1].isupper()
            and not name.isupper())


def is_full_name(name: str) -> bool:
    """Whether name looks like a person's full name: two or three capitalised words, of
    which one-letter initials ("M Syaugi") are not all."""
    words = name.split()
    if has_middle_initials(words):
        return True  # "Retno LP Marsudi"
    if balinese.is_balinese_name(words):
        return True  # "Ida Bagus Jumpung Gede Oka Wedhana"
    low, high = FULL_NAME_WORDS
    return low <= len(words) <= high and all(
        w[:1].isupper() and (not w.isupper() or len(w.rstrip(".")) == 1 or is_name_capitals(w))
        for w in words
    ) and any(len(w.rstrip(".")) > 1 for w in words)
