"""HTML reader: encodings, site chrome, article body, tables, title, real file."""
from __future__ import annotations

from pipeline.reading.read import read_bytes, read_path
from tests.conftest import shared_dir

PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某区财政局2022年度部门整体支出绩效自评报告_某区人民政府网</title>
<script>var x = "不应出现";</script><style>.a{color:red}</style>
</head><body>
<div class="header">某区人民政府 <a>首页</a></div>
<div id="nav"><a>政务公开</a><a>政务服务</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息</div>
<table class="xxgk"><tr><td>索引号：123/2022-001</td><td>发布机构：某区财政局</td></tr>
<tr><td>发布日期：2022-08-01</td><td>主题分类：财政</td></tr></table>
<h1>某区财政局2022年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2022-08-01　浏览量：<span>208</span>　【打印本页】</div>
<div id="zoom" class="TRS_Editor">
<p>　　一、部门基本情况</p>
<p>　　本部门全年预算数1,234.56万元，<br>执行数1,200.00万元，执行率97.2%。</p>
<div>二、绩效指标完成情况</div>
<table border="1">
<tr><th rowspan="2">一级指标</th><th colspan="2">指标</th><th>得分</th></tr>
<tr><td>三级指标</td><td>完成值</td><td>10</td></tr>
<tr><td rowspan="2">产出指标</td><td>培训人次</td><td>600人次</td><td rowspan="2">20</td></tr>
<tr><td>合格率</td><td>98%</td></tr>
</table>
<p>三、自评结论：自评得分96分。</p>
</div>
<div class="tools">【打印本页】【关闭窗口】</div>
<div class="related">相关链接：<a>某区财政局2022年度部门决算</a></div>
<div id="footer">主办单位：某区人民政府办公室 网站标识码：123</div>
</body></html>
"""


def page_bytes() -> bytes:
    return PAGE.encode("gb18030")


def test_article_text_without_chrome() -> None:
    doc = read_bytes(page_bytes(), "page.html")
    text = doc.pages[0].text
    assert text.split("\n")[:5] == [
        "某区财政局2022年度部门整体支出绩效自评报告",
        "一、部门基本情况",
        "本部门全年预算数1,234.56万元，",
        "执行数1,200.00万元，执行率97.2%。",
        "二、绩效指标完成情况",
    ]
    for chrome in ("索引号", "发布机构", "浏览量", "打印本页", "关闭窗口", "相关链接", "当前位置", "主办单位", "政务服务", "不应出现"):
        assert chrome not in text, chrome
    assert "三、自评结论：自评得分96分。" in text
    assert "培训人次" not in text  # table text is in the Table only


def test_title_hint_drops_the_site_name() -> None:
    doc = read_bytes(page_bytes(), "page.html")
    assert doc.title_hint == "某区财政局2022年度部门整体支出绩效自评报告"
    assert doc.page_title == "某区财政局2022年度部门整体支出绩效自评报告_某区人民政府网"  # the portal's name kept


def test_rowspan_colspan_table() -> None:
    doc = read_bytes(page_bytes(), "page.html")
    (table,) = doc.tables
    assert table.location == "table[1]" and (table.n_rows, table.n_cols) == (4, 4)
    assert table.grid() == [
        ["一级指标", "指标", "指标", "得分"],
        ["一级指标", "三级指标", "完成值", "10"],
        ["产出指标", "培训人次", "600人次", "20"],
        ["产出指标", "合格率", "98%", "20"],
    ]


def test_meta_title_and_utf8_bom() -> None:
    html = ('\ufeff<html><head><meta name="ArticleTitle" content="某局绩效自评报告"><title>x_站点</title></head>'
            "<body><div class='content'><p>正文第一段，预算执行率为百分之九十八。</p></div></body></html>")
    doc = read_bytes(html.encode("utf-8-sig"), "a.html")
    assert doc.title_hint == "某局绩效自评报告"
    assert doc.pages[0].text == "某局绩效自评报告\n正文第一段，预算执行率为百分之九十八。\n"


def test_wrong_charset_declaration_falls_back_to_detection() -> None:
    html = '<html><head><meta charset="gbk"></head><body><p>预算执行率为百分之九十八，自评得分九十六分。</p></body></html>'
    doc = read_bytes(html.encode("utf-8"), "b.html")
    assert "预算执行率为百分之九十八" in doc.pages[0].text


def test_layout_table_is_read_as_text() -> None:
    html = ("<html><body><table><tr><td><table><tr><td>导航</td></tr></table></td>"
            "<td><p>一、基本情况</p><p>本单位全年支出100万元，执行率100%，绩效良好。</p></td></tr></table></body></html>")
    doc = read_bytes(html.encode(), "c.html")
    assert "一、基本情况\n本单位全年支出100万元，执行率100%，绩效良好。\n" in doc.pages[0].text
    assert doc.tables == []


def test_a_page_laid_out_in_one_flat_table_gives_its_article_as_text() -> None:
    paragraphs = "".join(f"<p>{k}、本中心全年完成交易项目{k}86个，交易总额8.64亿元，节约财政资金2.06亿元，电子化招投标率达到100%，不见面开标项目占比持续提高。</p>"
                         for k in ("一", "二", "三", "四", "五", "六"))
    html = ("<html><body><table><tr><td colspan='2'>网站首页 | 政务公开</td></tr>"
            "<tr><td>发布机构：</td><td>某市公共资源交易中心</td></tr>"
            f"<tr><td colspan='2'>{paragraphs}</td></tr></table></body></html>")
    doc = read_bytes(html.encode(), "c.html")
    assert "二、本中心全年完成交易项目二86个" in doc.pages[0].text
    assert doc.tables == []


def test_a_form_with_a_long_goal_cell_is_still_a_table() -> None:
    goal = "<p>" + "保障全市公共资源交易平台安全稳定运行，" * 12 + "</p><p>提升服务效率。</p>"
    html = ("<html><body><table><tr><td>项目名称</td><td>平台运维</td></tr>"
            f"<tr><td>年度总体目标</td><td>{goal}</td></tr><tr><td>全年预算数</td><td>50.00</td></tr></table></body></html>")
    doc = read_bytes(html.encode(), "c.html")
    assert len(doc.tables) == 1


def test_dev_wuhou_html() -> None:
    path = shared_dir() / "corpus" / "dev" / "wuhou-minzheng-2021.html"
    doc = read_path(path)
    assert len(doc.tables) == 1
    text = doc.pages[0].text
    assert "索引号" not in text and "浏览量" not in text and "打印本页" not in text
    assert text.startswith("成都市武侯区民政局2021年度部门整体支出绩效自评报告\n根据区财政局")
    assert "全年预算执行率96.5%。" in text
    assert doc.title_hint == "成都市武侯区民政局2021年度部门整体支出绩效自评报告"
    grid = doc.tables[0].grid()
    assert grid[2][1:] == ["年度资金总额"] * 3 + ["6,215.80", "6,842.36", "6,445.50"]


def test_a_table_s_caption_is_its_caption_element_or_the_short_line_above_it() -> None:
    from pipeline.reading.read import read_bytes

    html = ("<html><body><p>收支情况如下。</p><p>表1 收支（单位：万元）</p>"
            "<table><tr><td>项目</td><td>金额</td></tr><tr><td>支出合计</td><td>12.5</td></tr></table>"
            "<table><caption>表2 明细（元）</caption><tr><td>项目</td><td>金额</td></tr><tr><td>a</td><td>1</td></tr></table>"
            "</body></html>")
    tables = read_bytes(html.encode("utf-8"), "captions.html").pages[0].tables
    assert [t.caption for t in tables] == ["表1 收支（单位：万元）", "表2 明细（元）"]
    two_in_a_row = ("<html><body><p>表1 收支（单位：万元）</p>"
                    "<table><tr><td>项目</td><td>金额</td></tr><tr><td>支出合计</td><td>12.5</td></tr></table>"
                    "<table><tr><td>项目</td><td>金额</td></tr><tr><td>a</td><td>1</td></tr></table></body></html>")
    tables = read_bytes(two_in_a_row.encode("utf-8"), "two.html").pages[0].tables
    assert [t.caption for t in tables] == ["表1 收支（单位：万元）", None]  # the caption is the first's
