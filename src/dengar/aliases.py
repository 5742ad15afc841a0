"""Other names an article gives a person it introduces: a nickname and an office's short form.

"Basuki Tjahaja Purnama (Ahok)" lets "kata Ahok" later be him; "Menteri Luar Negeri (Menlu)
Retno LP Marsudi" lets "tegas Menlu" be her.
"""

from __future__ import annotations

import re

from dengar import speech
from dengar.names import is_person, is_place_or_time, key
from dengar.speakername import (
    NAME_RUN,
    PREVIOUS,
    clean_speaker,
    office_of_a_country,
    sentence_pieces,
)

# A person's full name with the nickname the article goes on using: "Basuki Tjahaja Purnama
# (Ahok)", "Basuki Tjahaja Purnama atau Ahok".
# A nickname in quotation marks inside the name, double or single: 'Abraham "Lulung"
# Lunggana' (Abraham Lunggana), "Stefano 'Teco' Cugurra" (Stefano Cugurra).
_QUOTED_NICKNAME_RE = re.compile(
    rf"(?P<first>{NAME_RUN})\s+[\"“'‘](?P<nick>[A-Z][a-z]+)[\"”'’]\s+(?P<last>{NAME_RUN})"
)
_NICKNAMED_RE = re.compile(
    rf"(?P<full>{NAME_RUN})\s+(?:\((?P<paren>[A-Z][a-z]+)\)|atau\s+(?P<alt>[A-Z][a-z]+)\b)"
)
# A nickname of a title and a word of the name: "KH Yahya Cholil Staquf atau Gus Yahya",
# "Emha Ainun Nadjib (Cak Nun)".
_TITLED_NICKNAME_RE = re.compile(
    rf"(?P<full>{NAME_RUN})\s+(?:\((?P<paren>[A-Z][a-z]+\s+[A-Z][a-z]+)\)"
    r"|atau\s+(?P<alt>[A-Z][a-z]+\s+[A-Z][a-z]+)(?=\s*[,.;]|\s+[a-z]))"
)


# A group named with a word in quotation marks: "Kelompok Wanita Tani 'Sri' Rejeki".
_GROUP_WORDS = speech.ORGANISATION_WORDS | {"kelompok", "tani", "wanita", "paguyuban", "sanggar",
                                            "karang", "taruna", "stan", "toko", "warung"}


def nicknames(text: str) -> list[tuple[str, str]]:
    """The (nickname, full name) pairs text gives with a person's full name: "Gubernur
    Basuki Tjahaja Purnama (Ahok)" gives ("Ahok", "Basuki Tjahaja Purnama"); 'Presiden Joko
    "Jokowi" Widodo' gives ("Jokowi", "Joko Widodo"): the nickname is no part of the name."""
    found = []
    for match in _QUOTED_NICKNAME_RE.finditer(text):
        last = sentence_pieces(match["last"])[0].rstrip(".")  # "Lunggana. Lulung menyatakan"
        name = clean_speaker(f"{match['first']} {last}")
        group = any(key(w) in _GROUP_WORDS for w in match["first"].split())
        if name and name != PREVIOUS and len(name.split()) > 1 and not group:
            found.append((match["nick"], name))  # not a group's: "Kelompok Tani 'Sri' Rejeki"
    for match in (*_NICKNAMED_RE.finditer(text), *_TITLED_NICKNAME_RE.finditer(text)):
        nickname = match.group("paren") or match.group("alt")
        name = clean_speaker(match.group("full"))
        if " " in nickname and (not name or nickname.split()[1] != name.split()[0]):
            continue  # "Gus Yahya" for "Yahya Cholil Staquf"; "Budi Santoso" is someone else
        if (name and name != PREVIOUS and len(name.split()) > 1 and nickname not in name
                and key(nickname) not in speech.TITLE_WORDS | speech.PLACES
                and not is_place_or_time(name)):
            found.append((nickname, name))
    return found


# An office, its short form in brackets and who holds it, a comma between or not: "Menteri
# Luar Negeri (Menlu) Retno LP Marsudi".
# Two offices held together are joined by a slash, their short forms too: "Menteri X/Kepala
# Badan X (Menparekraf/Kabaparekraf), Sandiaga"; a portfolio may hold "dan".
_OFFICE_WORD = r"[A-Z][\w-]*(?:/[A-Z][\w-]*)?"
_SHORT_OFFICE = r"[A-Z][A-Za-z]{1,14}"
_HELD_OFFICE_RE = re.compile(
    rf"(?P<office>{_OFFICE_WORD}(?:\s+(?:dan\s+)?{_OFFICE_WORD}){{0,10}})"
    rf"\s+\((?P<short>{_SHORT_OFFICE}(?:/{_SHORT_OFFICE})?)\)"
    rf"\s*,?\s+(?P<name>{NAME_RUN})"  # "Menteri Agama (Menag), Yaqut Cholil Qoumas" too
)


# An office's short form, a country and who holds it: "Menlu Rusia Sergey Lavrov".
_COUNTRY_OFFICE_RE = re.compile(
    rf"\b(?P<office>[A-Z][a-z]+\s+(?:[A-Z][a-z]+|[A-Z]{{2,3}}))\s+(?P<name>{NAME_RUN})"
)


def office_short_forms(text: str) -> list[tuple[str, str]]:
    """The (office, person) pairs text gives with an office's one-word short form in brackets
    and a full name after it: "Menteri Luar Negeri (Menlu) Retno LP Marsudi" gives ("Menlu",
    "Retno LP Marsudi"), so that "tegas Menlu" later is her. The short form must be a known
    office word; an organisation's ("Badan … (BNPB) Suharyanto") stays the organisation."""
    found = []
    for match in _HELD_OFFICE_RE.finditer(text):
        office, shorts = match["office"].split(), match["short"].split("/")
        if key(office[0]) not in speech.TITLE_WORDS:
            continue
        name = clean_speaker(sentence_pieces(match["name"])[0])
        if name and name != PREVIOUS and len(name.split()) > 1 and is_person(name):
            found += [(short, name) for short in shorts if key(short) in speech.TITLE_WORDS]
    # "Menlu Rusia Sergey Lavrov": "kata Menlu Rusia (tersebut)" later is him, not the Menlu
    # the article named before.
    for match in _COUNTRY_OFFICE_RE.finditer(text):
        if not office_of_a_country(match["office"].split()):
            continue
        name = clean_speaker(sentence_pieces(match["name"])[0])
        if name and name != PREVIOUS and len(name.split()) > 1 and is_person(name):
            found.append((match["office"], name))
    return found
