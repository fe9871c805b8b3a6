from tests.conftest import make_doc


def test_sections_follow_numbering_levels() -> None:
    doc = make_doc("报告\n一、基本情况\n（一）部门概况\n概况正文。\n二、综合评价分析\n（四）主要工作成效\n1.党建引领。一是学习。\n")
    paths = [s.path_text for s in doc.sections]
    assert "一、基本情况 / (一)部门概况" in paths
    assert "二、综合评价分析 / (四)主要工作成效 / 1.党建引领" in paths
    offset = doc.text.index("一是学习")
    assert doc.section_at(offset).path_text == "二、综合评价分析 / (四)主要工作成效 / 1.党建引领"


def test_markdown_hashes_do_not_decide_levels() -> None:
    doc = make_doc("# 报告\n## 一、基本情况\n#### （四）管理情况\n正文。\n")
    levels = {s.title: s.level for s in doc.sections}
    assert levels["一、基本情况"] == 1 and levels["(四)管理情况"] == 2


def test_sentences_split_on_chinese_punctuation_and_keep_quotes_with_their_sentence() -> None:
    doc = make_doc("本年支出100万元。“执法综合业务费”项目全年预算数为80.17万元;执行数为80万元。")
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert texts[0] == "本年支出100万元。"
    assert texts[1].startswith("“执法综合业务费”")


def test_a_table_of_contents_opens_no_section() -> None:
    text = ("某档案馆2024年部门整体支出绩效自评报告\n目录\n一、部门概况\n(一)部门职能\n二、评价思路\n(一)评价目的\n"
            "六、存在的问题\n七、改进措施及建议\n附件1 成本费用分析报告\n某档案馆\n2024年度部门整体支出绩效评价报告\n"
            "一、部门概况\n(一)部门职能。本馆负责档案接收和保管。\n六、存在的问题\n档案数字化进度偏慢。\n")
    doc = make_doc(text)
    titles = [s.title for s in doc.sections]
    assert titles == ["一、部门概况", "(一)部门职能", "六、存在的问题"]
    assert doc.sections[0].start == doc.text.index("一、部门概况\n(一)部门职能。")
