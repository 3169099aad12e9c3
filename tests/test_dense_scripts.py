"""A short article in a script written without spaces (Chinese, Japanese, Korean, Thai) is
read like a short English one of the same content: its paragraphs stay apart and the page's
menus and share rows stay out. Measured in characters it looked too short, and the rescue
path flattened the whole page into one line."""

from __future__ import annotations

import pytest

from newsclean import clean_html
from newsclean.normalize.scripts import weighted_length

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body>
<header><nav><ul><li><a href="/">{nav1}</a></li><li><a href="/s">{nav2}</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<div class="byline">{byline}</div>
<div class="share"><button>{share}</button><button>Facebook</button><button>X</button></div>
<div class="article-body">{paragraphs}</div>
</article>
<aside class="related"><h3>{related}</h3><ul><li><a href="/n/1">{teaser}</a></li></ul></aside>
</main><footer>{footer}</footer></body></html>"""

CASES = {
    "ko": dict(
        lang="ko", title="항구 야간 개방 시범 운영", nav1="홈", nav2="사회", byline="김민수 기자",
        share="공유하기", related="관련 기사", teaser="해안 산책로 정비 완료",
        footer="무단 전재 및 재배포 금지",
        paragraphs=[
            "시는 다음 달부터 항구 일부 구역을 밤 열 시까지 시민에게 개방한다고 밝혔다.",
            "시범 운영 기간에는 안전 요원이 배치되고 조명 시설도 새로 설치된다.",
            "주민들은 산책 공간이 늘어난다며 반기는 분위기다.",
        ],
    ),
    "th": dict(
        lang="th", title="เทศบาลเปิดตลาดน้ำยามเย็น", nav1="หน้าแรก", nav2="ข่าว",
        byline="โดย สมชาย ใจดี", share="แชร์", related="ข่าวที่เกี่ยวข้อง",
        teaser="ถนนเลียบคลองปิดซ่อม", footer="สงวนลิขสิทธิ์",
        paragraphs=[
            "เทศบาลเปิดตลาดน้ำยามเย็นริมคลองทุกวันศุกร์ถึงวันอาทิตย์",
            "ผู้ค้ากว่าห้าสิบรายนำสินค้าพื้นบ้านมาจำหน่ายในราคาย่อมเยา",
            "นักท่องเที่ยวเริ่มเดินทางมาเที่ยวชมตั้งแต่สัปดาห์แรก",
        ],
    ),
    "ja": dict(
        lang="ja", title="港の夜間開放、来月から試行", nav1="トップ", nav2="社会",
        byline="山本花子記者", share="シェアする", related="関連記事",
        teaser="海岸遊歩道の改修終わる", footer="無断転載を禁じます",
        paragraphs=[
            "市は来月から港の一部を午後10時まで市民に開放すると発表した。",
            "試行期間中は警備員を配置し、照明も新たに設ける。",
            "住民からは散歩できる場所が増えると歓迎の声が上がっている。",
        ],
    ),
}


def _page(case: dict[str, object]) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in case["paragraphs"])  # type: ignore[attr-defined]
    return PAGE.format(**{**case, "paragraphs": paragraphs})


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_short_dense_script_article_keeps_its_paragraphs_apart_and_its_chrome_out(
    lang: str,
) -> None:
    case = CASES[lang]
    article = clean_html(_page(case), url=f"https://news.example.{lang}/a/1")
    assert article.articleBody.split("\n\n") == case["paragraphs"]


def test_dense_characters_weigh_more_than_latin_ones() -> None:
    assert weighted_length("港の夜間開放") == 18
    assert weighted_length("Harbour opens") == len("Harbour opens")
    assert weighted_length("Ünïcode café") == len("Ünïcode café")


def test_a_short_english_brief_in_an_article_container_keeps_its_paragraphs_apart() -> None:
    case = {**CASES["ko"], "lang": "en", "title": "Harbour to open at night", "nav1": "Home",
            "nav2": "Local", "byline": "By Mina Park", "share": "Share", "related": "Related",
            "teaser": "Coastal path repaired", "footer": "All rights reserved",
            "paragraphs": ["The city will open part of the harbour until 10 p.m. next month.",
                           "Guards will be posted and new lights installed during the trial.",
                           "Residents welcomed the extra space for evening walks."]}
    article = clean_html(_page(case), url="https://news.example.com/a/1")
    assert article.articleBody.split("\n\n") == case["paragraphs"]
