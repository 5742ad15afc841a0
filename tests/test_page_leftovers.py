"""What a copy of a news page leaves around the article: ages, credits, promotions cut in two,
staff codes, truncated copies of the title, other articles' titles."""

from __future__ import annotations

import pytest

from dengar.article import segment
from dengar.model import Article
from dengar.plaintext import parse_text

HEADLINE = "Harga Beras Naik Tajam"
LEAD = "Harga beras di Jakarta naik tajam pekan ini karena pasokan dari daerah berkurang."
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."


def segment_lines(*lines: str) -> Article:
    return segment(parse_text("\n\n".join(lines)))


def texts(article: Article) -> list[str]:
    return [s.text for s in article.segments]


@pytest.mark.parametrize("line", [
    "• 6 days ago", "· 3 hours ago", "• 1 week ago",
    "(rina sari – www.harian.com)", "(Budi Santoso - harian.co.id)", "Bagikan artikel ini",
])
def test_a_posts_age_and_a_writers_credit_with_the_sites_address_are_not_read(line) -> None:
    article = segment_lines(line, HEADLINE, LEAD, BODY, line)
    assert texts(article) == [HEADLINE, LEAD, BODY]
    assert article.dropped == (line, line)


@pytest.mark.parametrize("line", [
    "• 6 warga dirawat di puskesmas", "(Rapat dilanjutkan pekan depan)",
    "(Jadwal bisa berubah - tanyakan ke panitia)",
    "Bagikan artikel ini kepada keluarga Anda agar mereka waspada.",
])
def test_list_items_and_asides_shaped_like_them_are_read(line) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, line)
    assert any(line.lstrip("• ") in text for text in texts(article))
