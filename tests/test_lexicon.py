"""Pronunciation lexicons (W3C PLS): matching, precedence, phonemes, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE, run_dengar
from test_cli import assert_one_clear_sentence

from dengar.errors import BadLexicon, UnknownVoice
from dengar.normalize import spoken_form, text_steps
from dengar.spoken.lexicon import default_lexicon, load_lexicon, read_lexicon
from dengar.status import ExitStatus
from dengar.voices import load_profile

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" '
        'alphabet="{alphabet}" xml:lang="id">\n')


def pls(tmp_path: Path, entries: str, name: str = "kamus.pls",
        alphabet: str = "x-espeak") -> Path:
    """Write a PLS file with the given <lexeme> elements."""
    path = tmp_path / name
    path.write_text(HEAD.format(alphabet=alphabet) + entries + "</lexicon>\n", encoding="utf-8")
    return path


def lexeme(grapheme: str, alias: str | None = None, phoneme: str | None = None) -> str:
    inner = f"<grapheme>{grapheme}</grapheme>"
    inner += f"<alias>{alias}</alias>" if alias else ""
    inner += f"<phoneme>{phoneme}</phoneme>" if phoneme else ""
    return f"<lexeme>{inner}</lexeme>\n"


def say(text: str, *paths: Path, alphabet: str | None = "x-espeak") -> str:
    return spoken_form(text, text_steps(load_lexicon(paths, alphabet)))


@pytest.mark.parametrize("written, spoken", [
    ("Menurut Joseph Dempsey", "Menurut Josef Dempsi"),
    ("Pemimpin Kim Jong-un", "Pemimpin Kim Jong Un"),
    ("kunjungan Choe Son Hui", "kunjungan Cwe Son Hui"),
    ("di DI Yogyakarta", "di Daerah Istimewa Yogyakarta"),  # longest match first
    ("kata CEO itu", "kata si i o itu"),
    ("grup WhatsApp", "grup Wotsap"),
    ("bayar pakai QRIS", "bayar pakai kris"),
    ("pindai kode QR", "pindai kode kiu ar"),
    ("sesuai UUD 1945.", "sesuai Undang-Undang Dasar sembilan belas empat puluh lima."),
    ("Pasal 33 UUD NRI Tahun 1945", "Pasal tiga puluh tiga Undang-Undang Dasar Negara Republik "
     "Indonesia Tahun sembilan belas empat puluh lima"),
    ("amandemen UUD", "amandemen Undang-Undang Dasar"),
    ("UU Nomor 11 Tahun 2020", "u u Nomor sebelas Tahun dua ribu dua puluh"),
])
def test_default_lexicon(written, spoken):
    assert say(written, default_lexicon()) == spoken


def test_case_rules(tmp_path):
    path = pls(tmp_path, lexeme("AS", "Amerika Serikat") + lexeme("fesbuk", "Facebook"))
    assert say("AS dan as", path) == "Amerika Serikat dan as"  # a capital: exact case
    assert say("fesbuk, Fesbuk, FESBUK", path) == "Facebook, Facebook, Facebook"


def test_whole_words_only_and_any_space_between_words(tmp_path):
    path = pls(tmp_path, lexeme("Son Hui", "Son Hwi"))
    assert say("Son  Hui dan Son Huinya", path) == "Son Hwi dan Son Huinya"


def test_a_lexicon_entry_wins_over_the_generic_rules(tmp_path):
    path = pls(tmp_path, lexeme("RDRK", "Korea Utara") + lexeme("2024", "tahun ini"))
    assert say("RDRK pada 2024", path) == "Korea Utara pada tahun ini"


def test_user_beats_profile_beats_default(tmp_path):
    profile_lexicon = pls(tmp_path, lexeme("Joseph", "Yosef") + lexeme("Putin", "Putyin"),
                          name="profil.pls")
    user = pls(tmp_path, lexeme("Putin", "Puutin"), name="saya.pls")
    assert say("Joseph dan Putin", default_lexicon(), profile_lexicon, user) == (
        "Yosef dan Puutin")
    assert say("Joseph", default_lexicon()) == "Josef"


def test_a_lower_case_entry_of_higher_priority_wins_over_an_exact_one(tmp_path):
    low = pls(tmp_path, lexeme("Putin", "Putyin"), name="a.pls")
    high = pls(tmp_path, lexeme("putin", "Puutin"), name="b.pls")
    assert say("Putin", low, high) == "Puutin"


def test_phonemes_go_to_an_engine_that_reads_them_and_skip_the_rules(tmp_path):
    path = pls(tmp_path, lexeme("Putin", "Putyin", "p'u:t3n"))
    assert say("Presiden Putin, 2 kali", path) == "Presiden [[p'u:t3n]], dua kali"
    assert say("Presiden Putin", path, alphabet=None) == "Presiden Putyin"


def test_a_phoneme_in_another_alphabet_falls_back_to_the_alias(tmp_path):
    path = pls(tmp_path, lexeme("Putin", "Putyin", "ˈputʲɪn"), alphabet="ipa")
    assert say("Putin", path) == "Putyin"


def test_a_phoneme_only_entry_is_skipped_for_an_engine_without_phonemes(tmp_path):
    path = pls(tmp_path, lexeme("Joseph", phoneme="dZ'oUs@f"))
    assert say("Joseph", default_lexicon(), path, alphabet=None) == "Josef"


def test_an_alias_holding_its_own_grapheme_is_applied_once(tmp_path):
    path = pls(tmp_path, lexeme("Putin", "Putin Putin"))
    assert say("Putin", path) == "Putin Putin"


def test_profile_lexicons_are_relative_to_the_profile(tmp_path):
    pls(tmp_path, lexeme("Joseph", "Yosef"), name="nama.pls")
    profile = tmp_path / "suara.toml"
    profile.write_text('engine = "espeak"\nlexicons = ["nama.pls"]\n', encoding="utf-8")
    assert load_profile(str(profile)).lexicons == (tmp_path / "nama.pls",)


@pytest.mark.parametrize("value", ['["tidak-ada.pls"]', '"nama.pls"', "[1]"])
def test_a_profile_with_a_bad_lexicons_key_is_not_valid(tmp_path, value):
    profile = tmp_path / "suara.toml"
    profile.write_text(f'engine = "espeak"\nlexicons = {value}\n', encoding="utf-8")
    with pytest.raises(UnknownVoice, match="lexicon"):
        load_profile(str(profile))


BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE lexicon [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
        '<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" '
        'alphabet="x-espeak"><lexeme><grapheme>x</grapheme><alias>&c;</alias></lexeme>'
        '</lexicon>')
EXTERNAL = ('<?xml version="1.0"?>\n<!DOCTYPE lexicon [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" '
            'alphabet="x-espeak"><lexeme><grapheme>x</grapheme><alias>&x;</alias></lexeme>'
            '</lexicon>')
NO_NAMESPACE = ('<lexicon version="1.0" alphabet="x-espeak"><lexeme><grapheme>x</grapheme>'
                '<alias>y</alias></lexeme></lexicon>')


@pytest.mark.parametrize("content, words", [
    ("bukan xml sama sekali", "not well-formed XML"),
    ("<lexicon><lexeme>", "not well-formed XML"),
    ('<?xml version="1.0" encoding="bukan-kode"?><lexicon/>', "cannot be read"),
    (BOMB, "DTD"),
    (EXTERNAL, "DTD"),
    (NO_NAMESPACE, "not PLS 1.0"),
    (HEAD.format(alphabet="") + "</lexicon>", "no alphabet"),
    (HEAD.format(alphabet="ipa") + "<lexeme><alias>y</alias></lexeme></lexicon>",
     "no grapheme"),
    (HEAD.format(alphabet="ipa") + "<lexeme><grapheme>x</grapheme></lexeme></lexicon>",
     "neither"),
    (HEAD.format(alphabet="ipa") + "<lexeme><grapheme>x</grapheme><alias> </alias></lexeme>"
     "</lexicon>", "empty"),
])
def test_a_bad_lexicon_is_refused_in_one_sentence_naming_the_file(tmp_path, content, words):
    path = tmp_path / "rusak.pls"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadLexicon, match=words) as caught:
        read_lexicon(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_the_shipped_lexicon_is_valid_pls():
    assert len(read_lexicon(default_lexicon())) >= 30


@pytest.mark.parametrize("command", [("inspect", "--json"), ("build", "-o", "out.mp3")])
def test_cli_bad_lexicon_exits_13_in_one_sentence(tmp_path, command):
    path = tmp_path / "rusak.pls"
    path.write_text("<lexicon>", encoding="utf-8")
    result = run_dengar(command[0], str(SAMPLE), "--lexicon", str(path), *command[1:],
                        cwd=tmp_path)
    assert_one_clear_sentence(result, ExitStatus.BAD_LEXICON)
    assert "rusak.pls" in result.stderr.decode()
    assert not (tmp_path / "out.mp3").exists()


def test_espeak_speaks_phonemes_rather_than_reading_the_brackets():
    from dengar.engines import Delivery
    from dengar.engines.espeak import EspeakEngine

    engine, delivery = EspeakEngine(), Delivery("id", 175, 50)

    def seconds(text: str) -> float:
        return len(engine.speak(text, delivery)) / 1000

    word = seconds("Presiden Putin datang.")
    phonemes = seconds("Presiden [[p'u:tin]] datang.")
    spelled_out = seconds("Presiden kurung kurung p u tin kurung kurung datang.")
    assert abs(phonemes - word) < 0.25 * word and phonemes < 0.7 * spelled_out


def test_cli_inspect_shows_the_users_lexicon(tmp_path):
    path = pls(tmp_path, lexeme("RDRK", "Korea Utara"))
    result = run_dengar("inspect", str(SAMPLE), "--json", "--lexicon", str(path))
    assert result.returncode == 0, result.stderr
    assert "Korea Utara" in result.stdout.decode()
    assert "er de er ka" not in result.stdout.decode()


def test_understand_applies_profile_and_user_lexicons_in_order(tmp_path):
    from dengar.pipeline import understand

    article = tmp_path / "a.txt"
    article.write_text("Warga Menyambut Joseph\n\nJoseph dan Putin tiba di Jakarta hari ini "
                       "bersama rombongan besar.\n", encoding="utf-8")
    pls(tmp_path, lexeme("Joseph", "Yosef") + lexeme("Putin", "Putyin"), name="profil.pls")
    profile_file = tmp_path / "suara.toml"
    profile_file.write_text('engine = "espeak"\nlexicons = ["profil.pls"]\n', encoding="utf-8")
    user = pls(tmp_path, lexeme("Putin", "Puutin"), name="saya.pls")
    understood = understand(str(article), load_profile(str(profile_file)), lexicons=[user])
    spoken = " ".join(s.spoken for s in understood.segments)
    assert "Yosef dan Puutin tiba" in spoken
