"""A photo's caption opening with a label in capitals and a dash right over the lead that
opens with its dateline."""

from __future__ import annotations

import pytest
from readings import segment_lines

TITLE = "Warga Desa Sukamaju Segel Kantor Desa karena Dana Hilang"
LEAD = ("SUKAMAJU - Puluhan warga Desa Sukamaju menyegel kantor desa pada Senin (3/2/2025) "
        "karena dana desa belum juga ditemukan.")
PUBLISHER_LEAD = ("KABARDESA.COM - Puluhan warga Desa Sukamaju menyegel kantor desa pada Senin "
                  "(3/2/2025) karena dana desa belum juga ditemukan.")
BODY = ("Kepala dusun mengatakan warga sudah menunggu kejelasan selama lebih dari sebulan dan "
        "akan terus berjaga di depan kantor desa.")
CAPTION = "SEGEL KANTOR - Warga berkumpul di depan kantor desa, Senin (3/2/2025)."


def _kinds(*lines: str) -> dict[str, str]:
    return {s.text: s.kind for s in segment_lines(*lines).segments}


@pytest.mark.parametrize("lead", [LEAD, PUBLISHER_LEAD])
def test_a_labelled_line_over_the_dateline_lead_is_a_caption(lead):
    kinds = _kinds(TITLE, CAPTION, lead, BODY)
    assert kinds[CAPTION] == "caption"


def test_a_credit_word_alone_over_the_caption_is_not_read():
    kinds = _kinds(TITLE, "ISTIMEWA", CAPTION, PUBLISHER_LEAD, BODY)
    assert kinds[CAPTION] == "caption"
    assert "ISTIMEWA" not in kinds


@pytest.mark.parametrize("lines", [
    (TITLE, LEAD, BODY),  # one dateline: the lead
    # a roundup by region: each paragraph opens with its place, all read
    (TITLE, BODY, LEAD, "BOGOR - Warga Desa Cibeureum juga menyegel kantor desa mereka."),
    # a lead from a known place, then a paragraph opening with a place or a label
    (TITLE, "JAKARTA - Arus kendaraan pemudik di tol meningkat tajam sejak Jumat.",
     "SEMARANG - Di Jawa Tengah, kepadatan terjadi di gerbang tol sejak pagi.", BODY),
    (TITLE, "JAKARTA - Pertamina menurunkan harga bahan bakar nonsubsidi mulai hari ini.",
     "PERTAMAX - Harga Pertamax turun menjadi Rp12.950 per liter.", BODY),
])
def test_a_lead_or_a_roundup_by_region_is_no_caption(lines):
    kinds = _kinds(*lines)
    assert "caption" not in kinds.values()


CREDITED = "Kabar Desa / " + CAPTION
SITE_LEAD = ("kabardesa.co.id | SukamajuPuluhan warga Desa Sukamaju menyegel kantor desa pada "
             "Senin (3/2/2025) karena dana desa belum juga ditemukan.")


@pytest.mark.parametrize(("lines", "caption"), [
    # the photo's credit and a slash before the label: not read, the rest a caption
    ((TITLE, CREDITED, LEAD, BODY), CAPTION),
    # over a lead whose address and place, glued to its first word, are its dateline
    ((TITLE, CREDITED, SITE_LEAD, BODY), CAPTION),
])
def test_a_credit_and_a_slash_before_the_label_are_not_read(lines, caption):
    kinds = _kinds(*lines)
    assert kinds[caption] == "caption"
    assert CREDITED not in kinds


def test_a_credited_label_over_no_dateline_lead_is_read_as_text():
    kinds = _kinds(TITLE, CREDITED, BODY, BODY)
    assert "caption" not in kinds.values()
    assert any(CAPTION in text for text in kinds)


@pytest.mark.parametrize(("line", "kind"), [
    # a credit in brackets after the last stop, or a label in capitals and a colon: a caption
    ("Warga berkumpul di depan kantor desa, Senin (3/2/2025). (Sumber: Rina Sari)", "caption"),
    ("Warga berkumpul di depan kantor desa, Senin (3/2/2025). (ANTARA) (Budi Santoso)",
     "caption"),
    ("Warga berkumpul di depan kantor desa, Senin (3/2/2025). (Kabar-Budi Santoso)",
     "caption"),
    ("SEGEL: Warga berkumpul di depan kantor desa yang disegel sejak Senin pagi", "caption"),
    # (longer than a short illustration's caption, which is read without its label)
    ("Ilustrasi: Warga dari tiga dusun berkumpul di depan kantor desa yang disegel sejak pagi "
     "di Sukamaju, Senin (3/2/2025).", "caption"),
    # a deck: no credit, no label; a short line with a colon label is a deck too
    ("Warga menuntut kejelasan dana desa yang hilang sejak bulan lalu", "deck"),
    ("SEGEL: Warga menuntut kejelasan", "deck"),
    # an institution's acronym before the colon says who claims the deck
    ("BPBD: Warga di Bantaran Sungai Diminta Segera Mengungsi ke Tempat Aman", "deck"),
    ("POLRI: Warga di Bantaran Sungai Diminta Segera Mengungsi ke Tempat Aman", "deck"),
    ("Warga menuntut kejelasan dana desa (Rp1 miliar)", "deck"),
])
def test_a_line_over_the_dateline_lead_is_a_caption_or_a_deck(line, kind):
    kinds = _kinds(TITLE, line, LEAD, BODY)
    assert [k for text, k in kinds.items() if line.startswith(text)] == [kind]


@pytest.mark.parametrize(("line", "read", "kind"), [
    # a caption's credit in brackets after its last stop is not read
    ("Warga berkumpul di depan kantor desa, Senin (3/2/2025). (Sumber: Rina Sari)",
     "Warga berkumpul di depan kantor desa, Senin (3/2/2025).", "caption"),
    # a credit word alone in brackets: the archive's or a gift's photo
    ("Warga berkumpul di depan kantor desa. Mereka menunggu kepala desa datang. (doc)",
     "Warga berkumpul di depan kantor desa. Mereka menunggu kepala desa datang.", "caption"),
    ("Warga berkumpul di depan kantor desa, Senin (3/2/2025). (Istimewa)",
     "Warga berkumpul di depan kantor desa, Senin (3/2/2025).", "caption"),
    # a word in brackets no credit uses: the deck is read whole
    ("Warga diminta datang ke balai desa, Senin (3/2/2025). (Gratis)",
     "Warga diminta datang ke balai desa, Senin (3/2/2025). (Gratis)", "deck"),
])
def test_a_captions_closing_credit_is_not_read(line, read, kind):
    assert _kinds(TITLE, line, LEAD, BODY)[read] == kind


PORTRAIT = "Kepala Dinas Sosial Kabupaten Sukamaju Rina Sari"


@pytest.mark.parametrize(("lines", "caption"), [
    # a line under an image's placeholder, above the text: the photo's caption
    (("img", PORTRAIT, LEAD, BODY), PORTRAIT),
    (("header img", PORTRAIT, LEAD, BODY), PORTRAIT),
    # under the text's first paragraph, or under a word of the text, the line is read
    ((LEAD, "img", PORTRAIT, BODY), None),
    (("gambar Rina", PORTRAIT, LEAD, BODY), None),
    # a short lead opening with its dateline under the placeholder is the text
    (("img", "SUKAMAJU - Jembatan gantung putus lagi.", PORTRAIT, BODY), None),
])
def test_a_line_under_an_image_placeholder_is_its_caption(lines, caption):
    article = segment_lines("Dinas Sosial Sukamaju Catat Kasus Baru", *lines)
    captions = [s.text for s in article.segments if s.kind == "caption"]
    assert captions == ([caption] if caption else [])
    assert PORTRAIT in [s.text for s in article.segments]
    if caption:  # the placeholder is not read
        assert lines[0] in article.dropped


OFFICE_CAPTION = "Kepala Dinas Sosial Kabupaten Sukamaju Rina Sari"
OFFICE_BODY = (f"{OFFICE_CAPTION} mengatakan bantuan beras dibagikan kepada 300 keluarga "
               "di tiga kecamatan.")


@pytest.mark.parametrize("lines", [
    (TITLE, OFFICE_CAPTION, LEAD, OFFICE_BODY),
    (OFFICE_CAPTION, LEAD, OFFICE_BODY),  # the copy kept no headline
    ("Ketua Koperasi Tani Makmur, Budi Santoso", LEAD,
     "Menurut Ketua Koperasi Tani Makmur, Budi Santoso, harga gabah naik."),
    # printed again after a sentence's stop, the text going on: the text names the person
    (TITLE, OFFICE_CAPTION, LEAD, f"Beras tiba pagi tadi. {OFFICE_BODY}"),
])
def test_an_office_and_a_name_printed_again_in_the_text_is_a_caption(lines) -> None:
    article = segment_lines(*lines)
    caption = lines[-3]
    assert _kinds(*lines)[caption] == "caption"
    assert article.title == (TITLE if lines[0] == TITLE else None)


TWO_PICTURED = "Kadis Sosial Sukamaju, Rina Sari dan Staf Ahli Bupati, Budi Santoso"
TWO_LEAD = ("SUKAMAJU - Kepala Dinas Sosial Sukamaju, Rina Sari, menegaskan bantuan beras "
            "cukup untuk semua keluarga.")


@pytest.mark.parametrize(("body", "caption"), [
    # both people named in the text: the photo's caption
    ("Ia mendampingi Staf Ahli Bupati, Budi Santoso, dalam kunjungan ke gudang.", True),
    # the second name never printed in the text: no evidence, the line is left as it was
    ("Ia mendampingi staf ahli bupati dalam kunjungan ke gudang beras.", False),
])
def test_two_offices_and_names_the_text_prints_are_a_caption(body: str, caption: bool) -> None:
    kinds = _kinds(TITLE, TWO_LEAD, body, TWO_PICTURED, BODY)
    assert (kinds[TWO_PICTURED] == "caption") is caption


def test_the_name_alone_under_an_office_caption_is_not_read() -> None:
    caption = "Kepala Dinas Sosial Kabupaten Sukamaju, Rina Sari"
    body = f"Hal itu disampaikan {caption} di kantornya, Senin."
    article = segment_lines(TITLE, caption, "Rina Sari", LEAD, body)
    assert "Rina Sari" in article.dropped


@pytest.mark.parametrize("first", [
    # a headline saying what happened, not printed again in the text
    "Kepala Dinas Sosial Sukamaju Rina Sari Bagikan Sembako",
    # an office and a name the text never prints again in those words
    OFFICE_CAPTION,
])
def test_an_office_headline_not_printed_again_is_the_headline(first: str) -> None:
    body = "Bantuan beras dibagikan kepada 300 keluarga di tiga kecamatan."
    assert segment_lines(first, LEAD, body).title == first


def test_an_office_and_a_name_the_lead_prints_again_is_the_headline() -> None:
    first = "Wakil Bupati Sukamaju Budi Santoso"
    lead = f"SUKAMAJU - Nama {first} kini ramai dibicarakan warga setelah turun ke selokan."
    body = "Aksi itu direkam warga dan diunggah ke media sosial pada Rabu malam."
    assert segment_lines(first, lead, body).title == first


OFFICE_TITLE = "Bupati Budi Santoso Tinjau Pasar Sukamaju, Sebut Atap Los Bocor"


@pytest.mark.parametrize("label", [["Berita Sukamaju"], []])
def test_an_office_headline_glued_after_a_photos_caption_is_the_headline(label) -> None:
    # the page glues its title after the photo's caption: no sentence of the text names him so
    photo = f"TINJAU - Bupati Budi Santoso meninjau pasar, Senin (3/2/2025). {OFFICE_TITLE}"
    article = segment_lines(*label, OFFICE_TITLE, photo, LEAD, BODY)
    assert article.title == OFFICE_TITLE
    assert article.dropped[: len(label)] == tuple(label)
