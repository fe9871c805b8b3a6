"""The publisher a page's info panel names, kept though the panel is dropped as chrome."""
from __future__ import annotations

import hashlib

from extractors import metadata
from pipeline.extraction.resolve import resolve
from pipeline.reading import ReadRequest
from pipeline.reading.html import HtmlSettings, find_field_title, find_publisher, read_html
from pipeline.text.segment import segment
from schemas.text.normalize import normalize_document

PAGE = ("<html><head><title>黄陂镇2018年度村组道路建设项目绩效自评报告</title></head><body>"
        "<div class='info'>来源：黄陂镇　<span>发布机构：</span><b>宁都县黄陂镇人民政府</b>　发布日期：2019-04-02　点击数：523</div>"
        "<div class='article'><h1>黄陂镇2018年度村组道路建设项目绩效自评报告</h1>"
        "<p>一、项目概况。本项目硬化村组道路5.8公里，受益群众2340人，群众出行条件明显改善。</p>"
        "<p>二、资金情况。县财政局批复本项目预算245.00万元，全部到位。</p></div></body></html>")


def read(html: str):  # type: ignore[no-untyped-def]
    data = html.encode("utf-8")
    return read_html(ReadRequest("page.html", data, hashlib.sha256(data).hexdigest(), "html"), HtmlSettings())


def test_the_publisher_is_kept_though_its_panel_is_chrome() -> None:
    doc = read(PAGE)
    assert doc.publisher_hint == "宁都县黄陂镇人民政府"  # 发布机构 before 来源
    assert "点击数" not in doc.pages[0].text


def test_the_publisher_is_the_department_only_when_nothing_else_names_one() -> None:
    doc = read(PAGE)
    meta = resolve(metadata.extract(segment(doc, normalize_document(doc)))).meta
    assert meta.department == "宁都县黄陂镇人民政府" and meta.county == "宁都县"
    named = read(PAGE.replace("<p>一、项目概况。", "<p>填报单位：宁都县交通运输局</p><p>一、项目概况。"))
    meta = resolve(metadata.extract(segment(named, normalize_document(named)))).meta
    assert meta.department == "宁都县交通运输局"


def test_no_panel_no_publisher() -> None:
    assert find_publisher("<p>正文</p>") is None
    assert find_publisher("<span>来源：某县人民政府网</span>") == "某县人民政府网"


def test_a_label_in_brackets_names_the_publisher_with_or_without_its_colon() -> None:
    assert find_publisher("<td>[ 发布机构 ]</td><td>城口县林业局</td>") == "城口县林业局"
    assert find_publisher("<span>【来源】：某县林业局</span>") == "某县林业局"
    assert find_publisher("<p>本局发布机构调整后</p>") is None


def test_an_info_panel_s_title_field_is_the_page_s_title_over_the_site_name() -> None:
    page = ("<html><head><title>某市人民政府 政府信息公开</title></head><body>"
            "<div class='xxgk'><div>标  题：某市农业农村局2023年度动物防疫补助经费绩效自评报告</div>"
            "<div>发文机关：某市农业农村局</div></div>"
            "<div class='article'><p>我局对2023年度动物防疫补助经费开展了自评,现报告如下。</p>"
            "<p>一、资金下达情况。项目资金共计290.00万元。</p></div></body></html>")
    doc = read(page)
    assert doc.title_hint == "某市农业农村局2023年度动物防疫补助经费绩效自评报告"
    assert doc.pages[0].text.startswith("某市农业农村局2023年度动物防疫补助经费绩效自评报告\n")
    assert find_field_title("<p>标题：</p>") is None
