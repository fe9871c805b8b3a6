#!/usr/bin/env python3
"""Regenerate the heldout18 evaluation batch (12 documents) byte-stably.

    .venv/bin/python tests/corpora/heldout18/make_heldout18.py [--out DIR]

Writes the HTML, PDF, DOCX, XLSX and TXT documents next to this script. The goldens
(NAME.golden.json) are hand-written and are NOT touched.
Byte stability: reportlab runs in invariant mode with WenQuanYi Zen Hei embedded (CanvasPdf);
DOCX/XLSX are re-zipped with a fixed entry date and fixed core-property dates
(tests/corpora/builder/office_kit); the HTML pages are UTF-8 with LF line ends; the TXT file is
UTF-8 with a BOM and CRLF line ends, as Windows Notepad saves a page copied from a browser.
This batch is about first contact with what real publishing looks like: four pages saved from
government portals with all their chrome (navigation, breadcrumbs, an 索引号 / 发布机构 / 发布日期 /
文号 block, 【字体：大 中 小】 / 打印 / 关闭, 浏览次数, related links, a footer with 网站标识码 and ICP
numbers), one whose unit is named only in that block while the body says 我局, one whose title is
glued to its field label (`标  题：…`); three transfer-payment self-evaluations laid out as
一、绩效目标分解下达情况 / 二、绩效目标完成情况分析 /（一）资金投入情况分析 / 1.项目资金到位情况 …; a
department report whose year is written only once, as `（2021年度）` after the title; a funds table
with last year's column beside this year's; a bare 绩效自评表; a report with a cover page, a
running header and a signature block; a Word report; a report copied from a document-sharing
site as one paragraph; a form in a workbook. Four real inconsistencies are planted; ten figures
only look inconsistent.
Every sentence and figure below is invented; place and unit names are real.
"""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for tests.corpora.builder

from tests.corpora.builder import cli, fonts  # noqa: E402
from tests.corpora.builder.canvas_pdf import CanvasPdf  # noqa: E402
from tests.corpora.builder.office_kit import OfficeStamp, para, table, xl_put  # noqa: E402
from tests.corpora.builder.text import write_text  # noqa: E402

FONT = "WQY18"
FIXED_DT = datetime.datetime(2026, 12, 12, 21, 15, 0)
STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=4)
E = "—"


class Pdf(CanvasPdf):
    """CanvasPdf with a choice of footer (`- N -`, `第 N 页 共 M 页`, `第 N 页`), an optional cover
    page without header or footer (the body pages are then numbered from 1), a left-aligned
    running header, and a right-aligned line."""

    def __init__(self, path: Path, footer_style: str = "dash", total: int = 0, cover: bool = False,
                 **layout):
        self.footer_style = footer_style
        self.total = total
        self.cover = cover
        super().__init__(path, fonts.zenhei(FONT), **layout)

    def _furniture(self):
        if self.cover and self.page == 1:
            return
        c = self.c
        number = self.page - 1 if self.cover else self.page
        if self.header:
            c.setFont(self.font, 9)
            c.drawString(self.m, self.H - self.m + 8, self.header)
            c.setLineWidth(0.5)
            c.line(self.m, self.H - self.m + 3, self.W - self.m, self.H - self.m + 3)
        if not self.footer:
            return
        c.setFont(self.font, 10)
        text = {"dash": f"- {number} -", "of": f"第 {number} 页 共 {self.total} 页",
                "page": f"第 {number} 页"}[self.footer_style]
        c.drawCentredString(self.W / 2, self.m - 24, text)

    def right(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        self.need(size * 1.8)
        self.c.setFont(self.font, size)
        self.c.drawRightString(self.W - self.m, self.y - size, text)
        self.y -= size * 1.8


def _blocks(p: Pdf, blocks) -> None:
    for kind, text in blocks:
        if kind == "h":
            p.heading(text)
        elif kind == "p":
            p.para(text)
        else:
            raise ValueError(kind)


# =========================================================================== 1. chengkou (HTML, unit only in the 发布机构)
CHENGKOU_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="城口县人民政府">
<meta name="ColumnName" content="绩效自评">
<meta name="ArticleTitle" content="2022年度部门整体支出绩效自评报告">
<meta name="PubDate" content="2023-06-09 10:26">
<title>2022年度部门整体支出绩效自评报告_城口县人民政府</title>
</head>
<body>
<div class="top"><div class="wrap"><a href="#">中国政府网</a> | <a href="#">区县政府网站群</a><span class="right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">登录</a> | <a href="#">注册</a> 网站支持IPv6</span></div></div>
<div class="head"><div class="logo">城口县人民政府</div>
<form class="search" action="#"><input type="text" name="q" value="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进城口</a></li></ul></div>
<div class="crumb">您当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">部门预决算</a> &gt; <a href="#">绩效自评</a></div>
<div class="xxgk-info pc">
<table>
<tr><td class="t">[ 索引号 ]</td><td>11500229MB1F21837K/2023-00041</td><td class="t">[ 发文字号 ]</td><td></td></tr>
<tr><td class="t">[ 主题分类 ]</td><td>财政</td><td class="t">[ 体裁分类 ]</td><td>其他</td></tr>
<tr><td class="t">[ 发布机构 ]</td><td>城口县林业局</td><td class="t">[ 发布日期 ]</td><td>2023-06-09</td></tr>
<tr><td class="t">[ 成文日期 ]</td><td>2023-06-07</td><td class="t">[ 有效性 ]</td><td></td></tr>
</table>
</div>
<div class="xxgk-info mobile">
<p>[ 索引号 ] 11500229MB1F21837K/2023-00041</p>
<p>[ 发文字号 ] </p>
<p>[ 主题分类 ] 财政</p>
<p>[ 体裁分类 ] 其他</p>
<p>[ 发布机构 ] 城口县林业局</p>
<p>[ 发布日期 ] 2023-06-09</p>
<p>[ 成文日期 ] 2023-06-07</p>
<p>[ 有效性 ] </p>
</div>
<div class="article">
<h1>2022年度部门整体支出绩效自评报告</h1>
<div class="tools">浏览次数：386　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">打印</a>　<a href="#">关闭</a></div>
<div class="content">
<p>&nbsp;&nbsp;&nbsp;&nbsp;根据县财政局关于开展2022年度部门整体支出绩效自评工作的通知要求，我局对照年初设定的部门整体绩效目标，对全年预算收支、项目实施和履职成效进行了全面自评，现将自评情况报告如下。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>一、部门基本情况</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;我局主要负责全县森林、草原、湿地资源的保护和管理，组织开展国土绿化、森林防火、林业有害生物防治和林业行政执法，指导国有林场建设和集体林权制度改革工作。局机关内设股室8个，下属事业单位4个。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>二、部门整体支出情况</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;2022年年初预算4,286.35万元，年中追加1,532.80万元，全年预算5,819.15万元。其中一般公共预算财政拨款5,203.15万元，政府性基金预算财政拨款416.00万元，上年结转200.00万元。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;全年支出5,642.37万元，其中基本支出1,868.42万元、项目支出3,683.95万元；基本支出中人员经费1,612.08万元、公用经费256.34万元。预算执行率96.96%，年末结转结余176.78万元。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>三、部门整体绩效目标完成情况</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（一）产出完成情况。全年完成营造林2.36万亩、森林抚育1.8万亩，实施林业有害生物防治4.2万亩；续聘生态护林员1,126名，重点林区巡护实现全覆盖；办理林木采伐许可318件，查处林业行政案件47起。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（二）效益实现情况。全县森林覆盖率达到72.6%，较上年提高0.8个百分点；全年未发生重大森林火灾和重大林业有害生物灾害。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（三）满意度情况。通过发放调查问卷，林农和社会公众对林业工作的满意度为94.2%。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>四、自评结论</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;对照部门整体支出绩效评价指标体系逐项评分，我局2022年度部门整体支出绩效自评得分92.5分，评价等级为“优”。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>五、存在的问题</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;一是部分追加资金下达较晚，营造林项目当年支付压力较大；二是个别项目绩效指标偏重数量，质量和效益指标不够细化；三是基层林业站专业技术人员不足，资源监测调查能力偏弱。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>六、下一步工作</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（一）提前做好项目储备和前期工作，追加资金下达后及时组织实施，加快资金支付进度。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（二）完善项目绩效指标体系，增加造林成活率、保存率等质量和效益指标。</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="#">2022年度部门决算公开说明</a></li>
<li><a href="#">2023年度部门预算公开说明</a></li>
<li><a href="#">2022年度项目支出绩效自评表</a></li>
</ul></div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：城口县人民政府办公室　承办：城口县大数据发展局</p>
<p>网站标识码：5002290001　渝ICP备05003617号　渝公网安备50022902000115号</p>
</div>
</body>
</html>
"""


# =========================================================================== 2. yidu (HTML, `标  题：` glued to its label)
YIDU_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="宜都市人民政府">
<meta name="ColumnName" content="财政资金">
<title>宜都市人民政府 政府信息公开</title>
</head>
<body>
<div class="topbar"><span>今天是：</span><span id="today"></span> <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">手机版</a></div>
<div class="header"><div class="logo">宜都市人民政府</div><div class="sub">政府信息公开</div>
<form class="search" action="#"><input type="text" name="keyword" value="全文检索"><button>检索</button></form></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">数据开放</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">转移支付</a> &gt; <a href="#">绩效自评</a></div>
<div class="xxgk-head">
<div class="row title">标  题：宜都市农业农村局2023年度动物防疫等补助经费绩效自评报告</div>
<div class="row"><span class="col">索 引 号：MB1573420/2024-04127</span><span class="col">主题分类：财政资金</span></div>
<div class="row"><span class="col">发文机关：宜都市农业农村局</span><span class="col">发布日期：2024-04-08</span></div>
<div class="row"><span class="col">文　　号：</span><span class="col">有 效 性：有效</span></div>
</div>
<div class="article">
<div class="tools">浏览次数：1,027　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">打印本页</a>　<a href="#">关闭窗口</a></div>
<div class="content">
<p>按照市财政局关于开展2023年度中央对地方转移支付绩效自评工作的通知要求，我局对2023年度动物防疫等补助经费的分配、使用和绩效目标完成情况开展了自评，现将自评情况报告如下。</p>
<p><strong>一、绩效目标分解下达情况</strong></p>
<p>（一）资金下达情况</p>
<p>2023年，上级财政分两批下达我市动物防疫等补助经费，其中中央下达186.40万元，省级下达62.60万元；市级财政按规定安排配套资金41.00万元，项目资金共计290.00万元。资金主要用于重大动物疫病强制免疫、养殖环节病死畜禽无害化处理和基层动物防疫工作补助。</p>
<p>（二）绩效目标分解情况</p>
<p>我局根据上级下达的区域绩效目标，结合全市畜牧业生产实际，将强制免疫密度、免疫抗体合格率、病死畜禽无害化处理率等指标分解到各乡镇畜牧兽医服务机构，明确应免畜禽免疫密度≥90%、免疫抗体合格率≥70%。</p>
<p><strong>二、绩效目标完成情况分析</strong></p>
<p>（一）资金投入情况分析</p>
<p>1.项目资金到位情况。截至2023年12月31日，中央和省级资金249.00万元已全部拨付到位；市级配套资金到位30.00万元，其余11.00万元于2024年1月拨付。全年实际到位资金279.00万元，资金到位率96.21%。</p>
<p>2.项目资金执行情况。全年实际支付272.86万元，其中强制免疫疫苗采购及免疫补助168.52万元、养殖环节无害化处理补助64.30万元、基层动物防疫工作补助40.04万元。按实际到位资金计算，预算执行率为97.80%。</p>
<p>3.项目资金管理情况。资金实行专账核算、专款专用，补助资金通过国库集中支付直接拨付至养殖场户和服务主体，未发现截留、挤占、挪用等问题。</p>
<p>（二）绩效指标完成情况分析</p>
<p>1.产出指标。全年完成猪口蹄疫免疫48.6万头次、禽流感免疫312万羽次、牛羊布病免疫2.35万头只，无害化处理病死猪1.26万头；开展“先打后补”的规模养殖场58个。</p>
<p>2.效益指标。经抽样监测，免疫抗体合格率92.4%，全年未发生区域性重大动物疫情。</p>
<p>3.满意度指标。对养殖场户的问卷调查显示，服务对象满意度96.5%。</p>
<p><strong>三、偏离绩效目标的原因和下一步改进措施</strong></p>
<p>（一）存在的问题</p>
<p>一是市级配套资金未能全额及时到位，影响了部分补助的兑付进度；二是“先打后补”覆盖面偏窄，中小养殖户参与积极性不高。</p>
<p>（二）下一步改进措施</p>
<p>一是加强与财政部门沟通，确保配套资金按时足额到位；二是扩大“先打后补”实施范围，简化补助申领程序；三是加强免疫效果监测，及时补免漏免畜禽。</p>
<p><strong>四、绩效自评结果</strong></p>
<p>经综合评价，2023年度动物防疫等补助经费绩效自评得分95.5分，评价等级为“优”。</p>
<p style="text-align:right">宜都市农业农村局</p>
<p style="text-align:right">2024年3月26日</p>
</div>
<div class="related"><h3>相关信息</h3><ul>
<li><a href="#">宜都市2023年度转移支付资金绩效自评结果汇总</a></li>
<li><a href="#">宜都市农业农村局2023年度部门决算</a></li>
</ul></div>
</div>
<div class="footer">
<p>主办：宜都市人民政府办公室　承办：宜都市政务服务和大数据管理局</p>
<p>网站标识码：4205810002　鄂ICP备05016218号-1　鄂公网安备42058102000231号</p>
<p>建议使用1920×1080分辨率浏览</p>
</div>
</body>
</html>
"""


# =========================================================================== 3. huairou (HTML, 亿元 budget, 其中…等)
HUAIROU_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="怀柔区人民政府">
<meta name="ColumnName" content="部门预决算">
<title>怀柔区水务局2021年度部门整体支出绩效自评报告</title>
</head>
<body>
<div class="topbar"><a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">English</a> | <a href="#">登录</a></div>
<div class="header"><div class="logo">怀柔区人民政府</div>
<form class="search" action="#"><input type="text" name="kw" value="搜索"><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li><li><a href="#">走进怀柔</a></li></ul></div>
<div class="crumb"><a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">部门预决算</a> &gt; <a href="#">2021年度决算</a></div>
<table class="xxgk-meta">
<tr><th>索 引 号</th><td>000014349/2022-00217</td><th>发文机关</th><td>怀柔区水务局</td></tr>
<tr><th>发布日期</th><td>2022-09-16</td><th>文　　号</th><td>——</td></tr>
<tr><th>主题分类</th><td>财政、金融、审计</td><th>有 效 性</th><td>有效</td></tr>
</table>
<div class="article">
<h1>怀柔区水务局2021年度部门整体支出绩效自评报告</h1>
<div class="info">日期：2022-09-16　来源：怀柔区水务局　浏览次数：2,415</div>
<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　分享：<a href="#">微信</a> <a href="#">微博</a>　<a href="#">打印</a>　<a href="#">关闭</a></div>
<div class="content">
<p><strong>一、部门基本情况</strong></p>
<p>怀柔区水务局主管全区水资源、水环境、水生态和水安全工作，承担河长制日常工作，负责防汛抗旱、水利工程建设与运行管理、节约用水和农村供水保障等职责。局机关内设科室9个，所属事业单位5个。</p>
<p><strong>二、部门整体支出情况</strong></p>
<p>（一）预算收支情况</p>
<p>2021年年初预算19,862.50万元，年中追加3,737.50万元，调整后全年预算2.36亿元，其中一般公共预算财政拨款20,485.20万元、政府性基金预算财政拨款2,610.00万元、上年结转504.80万元。</p>
<p>全年支出23,218.64万元，预算执行率98.38%。其中基本支出4,126.38万元（人员经费3,415.27万元、公用经费711.11万元），项目支出19,092.26万元。年末结转结余381.36万元。</p>
<p>（二）项目支出情况</p>
<p>项目支出19,092.26万元，其中防汛抗旱及水利工程运行维护6,218.40万元、河湖管护及水环境治理4,836.75万元、农村供水保障2,105.30万元等。重点项目执行情况见下表。</p>
<table class="grid">
<tr><td colspan="4">重点项目执行情况（单位：万元）</td></tr>
<tr><td>项目名称</td><td>全年预算数</td><td>执行数</td><td>执行率</td></tr>
<tr><td>防汛抗旱及水利工程运行维护</td><td>6,320.00</td><td>6,218.40</td><td>98.39%</td></tr>
<tr><td>河湖管护及水环境治理</td><td>4,900.00</td><td>4,836.75</td><td>98.71%</td></tr>
<tr><td>农村供水保障</td><td>2,105.30</td><td>2,105.30</td><td>100.00%</td></tr>
</table>
<p><strong>三、绩效目标完成情况</strong></p>
<p>全年完成中小河道治理18.4公里，新建和改造农村供水管网62.5公里；整治河湖“清四乱”问题146处，开展防汛应急演练12场次。全年节水量约320万立方米，农村供水水质合格率96.8%，地表水考核断面水质达标率100%。</p>
<p><strong>四、自评结论</strong></p>
<p>对照部门整体支出绩效评价指标逐项打分，我局2021年度部门整体支出绩效自评得分94.12分，自评等级为“优”。</p>
<p><strong>五、存在的问题</strong></p>
<p>1.部分水利工程受汛期影响，施工和资金支付集中在第四季度。</p>
<p>2.个别项目绩效目标与年度工作计划衔接不够紧密，指标量化程度不高。</p>
<p><strong>六、改进措施</strong></p>
<p>1.合理安排工程建设时序，避开主汛期施工，均衡资金支付进度。</p>
<p>2.将绩效目标编制与年度工作计划同步开展，提高指标的可衡量性。</p>
<p>3.加强绩效运行监控，对执行偏差及时预警纠偏。</p>
<p style="text-align:right">怀柔区水务局</p>
<p style="text-align:right">2022年8月30日</p>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="#">怀柔区水务局2021年度部门决算</a></li>
<li><a href="#">怀柔区水务局2022年度部门预算</a></li>
<li><a href="#">2021年度区级部门决算汇总</a></li>
</ul></div>
</div>
<div class="footer">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>主办：怀柔区人民政府办公室　承办：怀柔区政务服务管理局</p>
<p>网站标识码：1101160001　京ICP备05083216号　京公网安备11011602000128号</p>
</div>
</body>
</html>
"""


# =========================================================================== 4. luochuan (HTML, transfer payment, levels)
LUOCHUAN_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="洛川县人民政府">
<meta name="ColumnName" content="转移支付">
<title>洛川县交通运输局2022年度车辆购置税收入补助地方资金绩效自评报告 - 洛川县人民政府</title>
</head>
<body>
<div class="topbar">欢迎访问洛川县人民政府网站　<a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">繁體</a></div>
<div class="header"><div class="logo">洛川县人民政府</div>
<form class="search" action="#"><input type="text" name="q" value="请输入搜索内容"><button>搜索</button></form></div>
<div class="nav"><a href="#">首页</a> | <a href="#">新闻动态</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a> | <a href="#">魅力洛川</a></div>
<div class="crumb">首页 &gt; 政务公开 &gt; 财政资金 &gt; 转移支付 &gt; 绩效自评</div>
<ul class="xxgk-info">
<li>索引号：11610629016101837X/2023-000127</li>
<li>发布机构：洛川县交通运输局</li>
<li>文号：洛交发〔2023〕27号</li>
<li>发布日期：2023-04-18</li>
<li>时效性：有效</li>
</ul>
<div class="article">
<h1>洛川县交通运输局2022年度车辆购置税收入补助地方资金绩效自评报告</h1>
<div class="info">来源：洛川县交通运输局　发布时间：2023-04-18 15:02　浏览次数：731　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">打印</a>　<a href="#">关闭</a></div>
<div class="content">
<p>　　根据县财政局《关于开展2022年度中央对地方转移支付资金绩效自评工作的通知》要求，我局对2022年度车辆购置税收入补助地方资金开展了绩效自评，现将有关情况报告如下。</p>
<p>　　<strong>一、绩效目标分解下达情况</strong></p>
<p>　　（一）资金下达情况。2022年，上级财政下达我县车辆购置税收入补助地方资金共计1,380.00万元，其中中央下达1,150.00万元、省级下达230.00万元，主要用于农村公路建设和危桥改造。</p>
<p>　　（二）绩效目标设定情况。年度绩效目标为：计划新改建农村公路26.5公里，完成年度危桥改造任务，工程交工验收合格，改善沿线群众出行条件。</p>
<p>　　<strong>二、绩效目标完成情况分析</strong></p>
<p>　　（一）资金投入情况分析</p>
<p>　　1.项目资金到位情况。县财政按规定落实县级配套资金276.00万元，项目资金共计1,656.00万元。截至2022年12月31日，上述资金已全部到位，到位资金1,656.00万元，资金到位率100%。</p>
<p>　　2.项目资金执行情况。全年实际支付1,618.25万元，预算执行率97.72%；结余37.75万元为工程质量保证金，待缺陷责任期满后支付。</p>
<p>　　3.项目资金管理情况。我局严格执行车购税资金管理办法，实行专账核算、专款专用，工程款按计量支付，未发现挤占挪用问题。</p>
<p>　　（二）绩效目标完成情况分析</p>
<p>　　1.产出指标。全年完成新改建农村公路27.2公里，改造危桥3座，安装波形护栏8.6公里，工程全部通过交工验收。</p>
<p>　　2.效益指标。新增通硬化路自然村14个，受益群众1.86万人，沿线农产品运输条件明显改善。</p>
<p>　　3.满意度指标。对沿线群众的抽样调查显示，满意度为95.2%。</p>
<p>　　<strong>三、偏离绩效目标的原因和下一步改进措施</strong></p>
<p>　　（一）存在的问题。1.部分项目前期工作用时较长，开工时间推迟；2.县级配套资金到位时间偏晚，年底支付较为集中；3.建成路段的后期养护资金保障不足。</p>
<p>　　（二）改进措施。1.提前开展项目勘察设计和招标工作；2.积极协调县财政按进度落实配套资金。</p>
<p>　　<strong>四、绩效自评结论</strong></p>
<p>　　综合评定，该项资金2022年度绩效自评得分93分，等级为“优”。</p>
<p style="text-align:right">洛川县交通运输局</p>
<p style="text-align:right">2023年4月12日</p>
</div>
<div class="page-tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="#">洛川县2022年度转移支付资金绩效自评结果公开</a></li>
<li><a href="#">洛川县交通运输局2022年度部门决算</a></li>
</ul></div>
</div>
<div class="footer">
<p>主办单位：洛川县人民政府办公室　技术支持：洛川县融媒体中心</p>
<p>网站标识码：6106290001　陕ICP备06001372号-2　陕公网安备61062902000102号</p>
</div>
</body>
</html>
"""


# =========================================================================== 5. xiapu (PDF, year only in the title's line)
XIAPU_BODY = [
    ("p", "根据县财政局关于开展部门整体支出绩效自评工作的部署，我局成立自评工作小组，对照年初设定的部门整体绩效"
          "目标，查阅预算批复、会计账簿和业务台账，对本年度部门整体支出进行了自评，现将有关情况报告如下。"),
    ("h", "一、部门基本情况"),
    ("p", "霞浦县海洋与渔业局负责全县海域使用管理、海洋生态环境保护、渔业生产管理、渔港建设和渔业安全监管等"
          "工作。局机关内设股室7个，下属事业单位3个。"),
    ("h", "二、部门整体支出情况"),
    ("p", "本年度年初预算3,162.48万元，年中追加928.36万元，调整后预算4,090.84万元，其中一般公共预算财政拨款"
          "3,870.84万元，上年结转220.00万元。"),
    ("p", "本年支出3,956.27万元，其中基本支出1,408.65万元（人员经费1,236.52万元、公用经费172.13万元），项目支出"
          "2,547.62万元，预算执行率96.71%。年末结转结余134.57万元，其中结转资金118.20万元，主要为渔港维修工程"
          "尾款，下年继续使用；结余资金16.37万元。"),
    ("h", "三、绩效目标完成情况"),
    ("p", "（一）产出情况。全年开展渔船安全检查1,268艘次，增殖放流大黄鱼等苗种1,560万尾，清理整治不合规养殖"
          "渔排3,460口，查处渔业违法案件68起。"),
    ("p", "（二）效益情况。水产品质量安全抽检合格率99.2%，全县水产品总产量约52.6万吨，全年未发生渔业生产安全"
          "较大事故。"),
    ("h", "四、自评结论"),
    ("p", "经对照部门整体支出绩效评价指标逐项打分，我局本年度部门整体支出绩效自评得分91分，评价等级为“优秀”。"),
    ("h", "五、存在的问题"),
    ("p", "（一）海上养殖综合整治任务重，部分整治补助资金兑付进度滞后。"),
    ("p", "（二）渔港维修工程受台风天气影响，工期延后，形成资金结转。"),
    ("h", "六、改进措施"),
    ("p", "（一）加快养殖整治补助资金审核兑付，按月通报进度。"),
    ("p", "（二）合理安排渔港工程施工时间，避开台风多发期。"),
    ("p", "（三）加强项目绩效运行监控，及时调整执行偏差。"),
]


def doc_xiapu(path: Path) -> None:
    p = Pdf(path, size=11)
    p.title("霞浦县海洋与渔业局部门整体支出绩效自评报告（2021年度）", size=14)
    _blocks(p, XIAPU_BODY)
    p.right("霞浦县海洋与渔业局")
    p.save()


# =========================================================================== 6. taonan (PDF, last year's column first)
TAONAN_FUNDS = [
    ["项目", "2022年度（万元）", "2023年度（万元）", "增减额（万元）"],
    ["年初预算", "1,395.60", "1,486.20", "90.60"],
    ["调整追加", "268.30", "312.64", "44.34"],
    ["全年预算", "1,663.90", "1,798.84", "134.94"],
    ["　其中：一般公共预算财政拨款", "1,621.40", "1,738.41", "117.01"],
    ["　　　　上年结转", "42.50", "60.43", "17.93"],
    ["本年支出", "1,603.47", "1,752.39", "148.92"],
    ["　其中：基本支出", "836.52", "862.15", "25.63"],
    ["　　　　项目支出", "766.95", "890.24", "123.29"],
    ["年末结转结余", "60.43", "46.45", "-13.98"],
    ["预算执行率", "96.37%", "97.42%", "1.05个百分点"],
]


def doc_taonan(path: Path) -> None:
    p = Pdf(path, size=11, footer_style="of", total=2)
    p.title("洮南市文化广播电视和旅游局\n2023年度部门整体支出绩效自评报告", size=15)
    _blocks(p, [
        ("h", "一、部门基本情况"),
        ("p", "洮南市文化广播电视和旅游局负责全市文化艺术、广播电视、文物保护和旅游发展的行业管理，组织实施公共"
              "文化服务和文化惠民工程，承担文化市场综合执法工作。"),
        ("h", "二、部门整体支出情况"),
        ("p", "2023年部门预算收支及与上年对比情况见表1。全年预算执行率97.42%，较上年提高1.05个百分点，主要是"
              "文化惠民项目和旅游宣传推广项目均按计划实施完毕。"),
    ])
    p.para("表1　部门预算收支情况对比表", indent=False, size=10)
    p.table(TAONAN_FUNDS, widths=[34, 22, 22, 22], size=9.5, align=["l", "r", "r", "r"])
    _blocks(p, [
        ("h", "三、绩效目标完成情况"),
        ("p", "全年开展送戏下乡演出126场，放映农村公益电影2,280场，图书馆接待读者8.6万人次；开展文化市场检查"
              "412家次，未发生重大安全事故。全市接待游客186.3万人次，乡村旅游带动作用逐步显现。"),
        ("h", "四、自评结论"),
        ("p", "经对照部门整体支出绩效评价指标逐项评分，我局2023年度部门整体支出绩效自评得分90.5分，等级为“优”。"),
        ("h", "五、存在的问题"),
        ("p", "1、基层文化设施利用率不高，部分农家书屋图书更新不及时。"),
        ("p", "2、旅游宣传推广项目绩效指标以活动场次为主，效果类指标不足。"),
        ("h", "六、改进措施"),
        ("p", "1、统筹安排农家书屋出版物补充资金，推进图书流转。"),
        ("p", "2、增设游客满意度、旅游收入增长等效果指标，完善项目绩效目标。"),
    ])
    p.right("洮南市文化广播电视和旅游局")
    p.right("2024年3月29日")
    p.save()


# =========================================================================== 7. sinan (PDF, bare 绩效自评表)
SINAN_IND = [
    ["产出指标", "数量指标", "新建生态茶园面积", "≥3000亩", "3126亩", "15", "15", ""],
    ["产出指标", "数量指标", "低产茶园提质改造面积", "≥5000亩", "5180亩", "10", "10", ""],
    ["产出指标", "质量指标", "茶苗成活率", "≥90%", "92.5%", "10", "10", ""],
    ["产出指标", "时效指标", "补助资金兑付及时率", "=100%", "100%", "5", "5", ""],
    ["产出指标", "成本指标", "每亩建园补助标准", "≤1200元", "1200元", "10", "10", ""],
    ["效益指标", "经济效益指标", "带动茶农户均增收", "≥1500元", "1620元", "10", "10", ""],
    ["效益指标", "社会效益指标", "带动脱贫人口务工人数", "≥400人", "386人", "10", "9", "部分脱贫劳动力外出务工，本地务工人数减少"],
    ["效益指标", "可持续影响指标", "茶园管护机制健全性", "健全", "健全", "10", "10", ""],
    ["满意度指标", "服务对象满意度指标", "受益茶农满意度", "≥90%", "93%", "10", "10", ""],
]


def doc_sinan(path: Path) -> None:
    p = Pdf(path, size=10, margin=46, footer=False)
    p.title("项目支出绩效自评表", size=15)
    p.center("（2022年度）", size=10)
    W = [11, 13, 19, 11, 11, 6, 7, 22]
    p.table([["项目名称", ("生态茶园建设补助", 7)],
             ["主管部门", ("思南县农业农村局", 3), ("实施单位", 2), ("思南县农业农村局", 2)]],
            widths=W, size=9, header_rows=0)
    p.table([["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["年度资金总额", "260.00", "300.00", "294.60", "10", "98.20%", "9.82"],
             ["其中：当年财政拨款", "260.00", "280.00", "274.60", E, E, E],
             ["上年结转资金", E, "20.00", "20.00", E, E, E],
             ["其他资金", E, E, E, E, E, E]],
            widths=[24, 14, 14, 14, 9, 12, 13], size=9)
    p.table([["年度总体目标", ("预期目标", 3), ("实际完成情况", 4)],
             ["", ("新建生态茶园3000亩以上，提质改造低产茶园5000亩以上，带动茶农增收和脱贫人口就近务工。", 3),
              ("新建生态茶园3,126亩，提质改造低产茶园5,180亩，带动386名脱贫人口就近务工，茶农户均增收1,620元。", 4)]],
            widths=W, size=9, header_rows=1)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    rows += [list(r) for r in SINAN_IND]
    rows.append(["总分", "", "", "", "", "100", "97.82", ""])
    p.table(rows, widths=W, size=8.5)
    p.table([["自评结论", ("项目年度绩效目标基本完成，资金使用规范。自评得分97.82分，等级为优。", 7)]],
            widths=W, size=9, header_rows=0)
    p.para("填报单位（盖章）：思南县农业农村局　　填报人：田**　　填报日期：2023年2月16日", indent=False, size=9)
    p.save()


# =========================================================================== 8. fuping (PDF, cover, running header, signature)
FUPING_BODY = [
    ("h", "一、项目基本情况"),
    ("h", "（一）项目概况"),
    ("p", "奶山羊产业是我县农业主导产业。为扩大良种规模、提升标准化养殖水平，县农业农村局2020年组织实施奶山羊"
          "产业发展项目，建设内容包括奶山羊良种引进补贴、标准化羊场改造补助以及养殖技术培训和疫病防控。项目由"
          "局畜牧兽医股负责组织实施，财务股负责资金审核和会计核算，各镇农业综合服务站负责补贴对象的申报初审和"
          "公示。"),
    ("h", "（二）项目绩效目标"),
    ("p", "年初设定的绩效目标为：引进奶山羊良种3000只以上，改造提升标准化羊场20个，培训养殖户1000人次以上，"
          "良种补贴资金兑付及时率达到100%，带动养殖户增收，受益养殖户满意度不低于90%。"),
    ("h", "二、项目组织实施情况"),
    ("p", "（一）组织管理。局里成立由分管领导任组长的项目实施领导小组，制定项目实施方案和补贴资金管理办法，"
          "明确补贴标准、申报程序和验收要求。良种引进实行“先引后补”，由养殖户自主引种，经镇站初审、县局"
          "复核并公示无异议后兑付补贴。"),
    ("p", "（二）资金管理。项目资金实行专账核算、专款专用，补贴资金通过惠民惠农财政补贴资金“一卡通”直接发放到"
          "户，羊场改造补助按验收结果拨付，培训和疫病防控支出按政府采购和财务报销规定执行。"),
    ("h", "三、项目资金情况"),
    ("p", "项目年初预算300.00万元，年中追加60.00万元，全年预算360.00万元，全部为县级财政资金。截至2020年12月31日，"
          "资金已全部拨付到位，到位资金360.00万元。全年实际支出349.27万元，执行率97%，结余10.73万元已收回县财政。"),
    ("p", "实际支出中，良种引进补贴186.40万元，标准化羊场改造补助112.50万元，技术培训及疫病防控50.37万元。"),
    ("h", "四、绩效目标完成情况"),
    ("p", "全年引进奶山羊良种3,260只，完成标准化羊场改造18个，培训养殖户1,240人次；全县奶山羊存栏达到62.8万只，"
          "参与项目的养殖户户均增收约2,300元。"),
    ("h", "五、自评结论"),
    ("p", "按照项目决策（20分）、项目过程（20分）、项目产出（40分）、项目效益（20分）四个方面评分，本项目自评得分"
          "96.5分，评价等级为“优”。扣分原因：一是绩效目标中个别指标未细化量化，扣0.5分；二是预算执行率未达到100%，"
          "扣1分；三是标准化羊场改造数量较计划少2个，扣2分。"),
    ("h", "六、存在的问题和改进措施"),
    ("p", "存在的问题：一是部分养殖户自筹资金不足，羊场改造进度慢于计划；二是良种引进后的跟踪服务不够及时。"),
    ("p", "改进措施：一是对改造任务实行清单管理，按月调度进度；二是组织技术人员分片包干，开展引种后跟踪指导；"
          "三是将项目绩效自评结果作为下年度资金安排的重要依据。"),
]


def doc_fuping(path: Path) -> None:
    p = Pdf(path, size=11, footer_style="page", cover=True,
            header="富平县农业农村局2020年度奶山羊产业发展项目支出绩效自评报告")
    p.space(110)
    p.title("富平县农业农村局\n2020年度奶山羊产业发展项目\n支出绩效自评报告", size=21)
    p.space(170)
    for line in ("项目名称：奶山羊产业发展", "实施单位（盖章）：富平县农业农村局", "报告日期：2021年3月"):
        p.center(line, size=13)
    p.new_page()
    _blocks(p, FUPING_BODY)
    p.space(20)
    p.right("富平县农业农村局")
    p.right("2021年3月22日")
    p.save()


# =========================================================================== 9. bachu (PDF, transfer payment, 元 table)
BACHU_BODY_1 = [
    ("p", "根据县财政局关于开展2023年度中央对地方转移支付资金绩效自评工作的通知要求，我局对2023年度林业草原"
          "生态保护恢复资金开展了绩效自评，现将自评情况报告如下。"),
    ("h", "一、绩效目标分解下达情况"),
    ("p", "（一）资金下达情况。2023年林业草原生态保护恢复资金共计1,700.00万元，其中中央下达1,286.40万元、"
          "自治区下达320.00万元、县级配套93.60万元，用于人工造林、退化林修复、胡杨林保护修复和生态护林员补助。"),
    ("p", "（二）绩效目标分解情况。我局将上级下达的区域绩效目标分解为造林面积、退化林修复面积、生态护林员"
          "聘用人数和造林成活率等指标，落实到各乡镇林业工作站和国有林场。"),
    ("h", "二、绩效目标完成情况分析"),
    ("h", "（一）资金投入情况分析"),
    ("p", "1.项目资金到位情况。截至2023年12月31日，各级资金已全部到位，到位资金1,700.00万元，到位率100%。"),
    ("p", "2.项目资金执行情况。全年实际支付1,667.70万元，预算执行率98.10%，结余32.30万元。分级资金执行情况"
          "见表1。"),
]
BACHU_FUNDS = [
    ["资金来源", "全年预算数", "全年执行数", "执行率"],
    ["中央资金", "12,864,000.00", "12,652,318.40", "98.35%"],
    ["自治区资金", "3,200,000.00", "3,126,450.00", "97.70%"],
    ["县级配套资金", "936,000.00", "898,231.60", "95.96%"],
    ["合计", "17,000,000.00", "16,677,000.00", "98.10%"],
]
BACHU_BODY_2 = [
    ("p", "3.项目资金管理情况。资金实行专账核算，生态护林员补助通过惠民惠农“一卡通”按季度发放，工程类资金按"
          "合同和验收结果支付，未发现截留、挪用问题。"),
    ("h", "（二）绩效指标完成情况分析"),
    ("p", "1.产出指标。全年完成人工造林1.2万亩、退化林修复0.8万亩、胡杨林保护修复2.6万亩，聘用生态护林员312名。"),
    ("p", "2.效益指标。经秋季核查，当年造林成活率86.5%，项目区林草植被状况逐步改善。"),
    ("p", "3.满意度指标。生态护林员和项目区群众满意度为94.8%。"),
    ("h", "三、偏离绩效目标的原因和下一步改进措施"),
    ("p", "（一）存在的问题。1.部分造林地块土壤盐碱化程度较高，苗木成活率偏低；2.县级配套资金支付进度慢于"
          "中央和自治区资金。"),
    ("p", "（二）改进措施。1.选用耐盐碱树种，做好补植补造；2.按工程进度及时落实县级配套资金支付；3.加强生态护林员"
          "日常巡护考核。"),
    ("h", "四、绩效自评结论"),
    ("p", "经综合评定，该项资金2023年度绩效自评得分94分，评价等级为“优”。"),
]


def doc_bachu(path: Path) -> None:
    p = Pdf(path, size=11, header="巴楚县林业和草原局")
    p.title("巴楚县林业和草原局\n2023年度林业草原生态保护恢复资金绩效自评报告", size=15)
    _blocks(p, BACHU_BODY_1)
    p.para("表1　分级资金执行情况（单位：元）", indent=False, size=10)
    p.table(BACHU_FUNDS, widths=[28, 26, 26, 20], size=9.5, align=["l", "r", "r", "r"])
    _blocks(p, BACHU_BODY_2)
    p.right("巴楚县林业和草原局")
    p.right("2024年3月15日")
    p.save()


# =========================================================================== 10. leping (DOCX)
def doc_leping(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = STAMP.new_docx()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("乐平市司法局2020年度部门整体支出绩效自评报告").bold = True
    d.add_heading("一、部门基本情况", level=1)
    para(d, "乐平市司法局负责全市法治宣传教育、人民调解、社区矫正、法律援助、公共法律服务体系建设和律师、公证"
            "行业管理等工作。局机关内设股室7个，下设基层司法所16个。")
    d.add_heading("二、部门整体支出情况", level=1)
    d.add_heading("（一）收入情况", level=2)
    para(d, "2020年年初预算1,326.80万元，年中追加218.45万元，全年预算1,545.25万元。本年收入合计1,545.25万元，其中"
            "一般公共预算财政拨款收入1,508.25万元，其他收入37.00万元。")
    d.add_heading("（二）支出情况", level=2)
    para(d, "本年支出1,498.63万元，其中基本支出1,012.36万元、项目支出486.27万元，预算执行率98.36%，年末结转结余"
            "46.62万元。基本支出按经济分类情况如下表。")
    table(d, [["经济分类", "金额（万元）"],
              ["工资福利支出", "862.15"],
              ["商品和服务支出", "118.76"],
              ["对个人和家庭的补助", "31.45"],
              ["合计", "1,012.36"]])
    d.add_heading("三、绩效目标完成情况", level=1)
    para(d, "全年办理法律援助案件512件，调解各类矛盾纠纷3,268起，调解成功率98.6%；管理社区矫正对象216人，未发生"
            "脱管漏管；开展法治宣传活动186场次，办理公证事项4,150件。")
    d.add_heading("四、自评结论", level=1)
    para(d, "对照部门整体支出绩效评价指标体系逐项评分，我局2020年度部门整体支出绩效自评得分93.5分，等级为“优”。")
    d.add_heading("五、存在的问题", level=1)
    para(d, "（一）基层司法所人员力量薄弱，部分司法所仅有1名专职工作人员。")
    para(d, "（二）法律援助项目绩效指标以办案数量为主，办案质量指标不足。")
    para(d, "（三）部分项目资金支付集中在年末，支出进度不够均衡。")
    d.add_heading("六、改进措施", level=1)
    para(d, "（一）积极争取政策支持，通过政府购买服务充实基层司法所力量。")
    para(d, "（二）完善法律援助案件质量评估，增设案件质量合格率等指标。")
    para(d, "乐平市司法局　2021年4月2日", indent=False)
    STAMP.save_docx(d, path)


# =========================================================================== 11. hongtong (TXT from a document-sharing site)
HONGTONG_REPORT = (
    "洪洞县水利局2019年度小型水库除险加固项目支出绩效自评报告 一、项目基本情况 小型水库除险加固项目由洪洞县水利局"
    "组织实施，2019年对县内3座病险小型水库实施除险加固，主要建设内容包括坝体加固、溢洪道改建、放水设施更新和防汛"
    "道路建设。二、项目资金情况 项目年初预算420.00万元，年中未作调整，全年预算420.00万元，其中中央补助资金300.00"
    "万元、省级补助资金80.00万元、县级配套资金40.00万元。资金已全部拨付到位，到位资金420.00万元。截至2019年12月31日"
    "实际支出402.36万元，预算执行率95.80%，结余17.64万元。三、绩效目标完成情况 全年完成3座小型水库除险加固，加固坝体"
    "1,260米，新建防汛道路2.4公里；项目实施后恢复灌溉面积0.86万亩，保护下游耕地1.5万亩，受益人口1.2万人。四、自评结论"
    " 评分标准：90（含）-100分为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。经对照绩效目标逐项评分，本项目"
    "自评得分83.5分，评价等级为“优”。五、存在的问题 一是部分工程受汛期影响未能按期完工，完工时间较计划推迟；二是"
    "水库管护人员专业技术水平不高，日常巡查记录不够规范。六、改进措施 一是科学安排施工工期，汛前完成主体工程；二是"
    "开展水库管护人员业务培训；三是落实水库安全运行管护经费，建立长效管护机制。 洪洞县水利局 2020年3月18日"
)
HONGTONG_TXT = (
    "\ufeff文档下载站 - 免费分享 在线阅读\n"
    "首页 > 行业资料 > 政府/行政 > 绩效评价\n"
    "洪洞县水利局2019年度小型水库除险加固项目支出绩效自评报告.doc（12页）\n"
    "上传人：sl***08　上传时间：2020-05-14　浏览：1,536　下载：23　收藏\n"
    "下载积分：8　文档格式：doc　文档大小：68KB\n"
    "\n"
    + HONGTONG_REPORT + "\n"
    "\n"
    "第1页 / 共12页\n"
    "下载文档　收藏　分享　举报\n"
    "相关文档\n"
    "小型水库除险加固工程竣工验收报告（范本）\n"
    "水利局项目支出绩效自评报告范文（通用9篇）\n"
    "部门整体支出绩效自评报告模板\n"
    "本站所有文档均由用户上传分享，仅供在线阅读和学习参考。\n"
)


# =========================================================================== 12. yining (XLSX form, 元)
YINING_IND = [
    ("产出指标", "数量指标", "维修改造渠道长度", "≥12公里", "12.6公里", 15, 15, ""),
    ("产出指标", "数量指标", "更换渠系建筑物", "≥45座", "48座", 10, 10, ""),
    ("产出指标", "质量指标", "工程验收合格率", "＝100%", "100%", 15, 15, ""),
    ("产出指标", "时效指标", "春灌前完工率", "≥95%", "100%", 10, 10, ""),
    ("效益指标", "经济效益指标", "新增和恢复灌溉面积", "≥0.8万亩", "0.82万亩", 10, 10, ""),
    ("效益指标", "生态效益指标", "渠系水利用系数", "≥0.6", "0.58", 10, 8, "部分老化渠段渗漏仍较严重，拟在下一年度继续改造"),
    ("效益指标", "可持续影响指标", "工程运行管护制度", "健全", "健全", 10, 10, ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "95%", 10, 10, ""),
]


def doc_yining(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    for col, w in zip("ABCDEFGH", [13, 14, 20, 14, 14, 14, 8, 26], strict=True):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "项目支出绩效自评表", bold=True, size=14, center=True, merge_to="H1", border=False)
    xl_put(ws, "A2", "（2024年度）", center=True, merge_to="H2", border=False)
    xl_put(ws, "A3", "单位：元", merge_to="H3", border=False)
    xl_put(ws, "A4", "项目名称")
    xl_put(ws, "B4", "灌区渠系节水改造", merge_to="H4")
    xl_put(ws, "A5", "主管部门")
    xl_put(ws, "B5", "伊宁县水利局", merge_to="C5")
    xl_put(ws, "D5", "实施单位")
    xl_put(ws, "E5", "伊宁县水利局", merge_to="H5")
    xl_put(ws, "A6", "项目资金", merge_to="A10")
    for col, head in zip("BCDEFGH", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], strict=True):
        xl_put(ws, f"{col}6", head, center=True)
    funds = [("年度资金总额", 1800000, 2015000, 1993860, 10, "98.95%", 9.90),
             ("其中：当年财政拨款", 1800000, 1800000, 1800000, E, E, E),
             ("上年结转资金", E, 215000, 193860, E, E, E),
             ("其他资金", E, E, E, E, E, E)]
    for k, row in enumerate(funds):
        r = 7 + k
        xl_put(ws, f"B{r}", row[0])
        for col, v in zip("CDE", row[1:4], strict=True):
            xl_put(ws, f"{col}{r}", v if v == E else float(v), fmt=None if v == E else "#,##0.00", center=v == E)
        for col, v in zip("FGH", row[4:7], strict=True):
            xl_put(ws, f"{col}{r}", v, fmt="0.00" if isinstance(v, float) else None, center=True)
    xl_put(ws, "A11", "年度总体目标", merge_to="A12")
    xl_put(ws, "B11", "预期目标", merge_to="D11", center=True)
    xl_put(ws, "E11", "实际完成情况", merge_to="H11", center=True)
    xl_put(ws, "B12", "对老化失修的干支渠及渠系建筑物进行维修改造，减少渠道渗漏，保障春灌用水。", merge_to="D12")
    xl_put(ws, "E12", "维修改造干支渠12.6公里，更换分水闸、节制闸等渠系建筑物48座，新增和恢复灌溉面积0.82万亩，"
                      "春灌前全部完工。上年结转资金193,860.00元用于支付上年度渠道工程尾款。", merge_to="H12")
    ws.row_dimensions[12].height = 60
    for col, head in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                       "得分", "偏差原因分析及改进措施"], strict=True):
        xl_put(ws, f"{col}13", head, center=True)
    r = 14
    for row in YINING_IND:
        for col, v in zip("ABCDEFGH", row, strict=True):
            xl_put(ws, f"{col}{r}", v, center=col in "FG")
        r += 1
    xl_put(ws, f"A{r}", "总分", merge_to=f"E{r}", center=True)
    xl_put(ws, f"F{r}", 100, center=True)
    xl_put(ws, f"G{r}", 97.9, fmt="0.00", center=True)
    xl_put(ws, f"H{r}", None)
    xl_put(ws, f"A{r + 1}", "自评结论")
    xl_put(ws, f"B{r + 1}", "项目年度绩效目标基本完成，资金使用规范。自评得分97.90分，等级：优。", merge_to=f"H{r + 1}")
    xl_put(ws, f"A{r + 2}", "填报单位：伊宁县水利局　　填报日期：2025年1月20日", merge_to=f"H{r + 2}", border=False)
    STAMP.save_xlsx(wb, path)


def main(argv: list[str] | None = None) -> None:
    builders = {
        "chengkou-linye-2022.html": lambda p: write_text(p, CHENGKOU_HTML),
        "yidu-nongye-2023.html": lambda p: write_text(p, YIDU_HTML),
        "huairou-shuiwu-2021.html": lambda p: write_text(p, HUAIROU_HTML),
        "luochuan-jiaotong-2022.html": lambda p: write_text(p, LUOCHUAN_HTML),
        "xiapu-haiyu-2021.pdf": doc_xiapu,
        "taonan-wenlv-2023.pdf": doc_taonan,
        "sinan-nongye-2022.pdf": doc_sinan,
        "fuping-nongye-2020.pdf": doc_fuping,
        "bachu-linye-2023.pdf": doc_bachu,
        "leping-sifa-2020.docx": doc_leping,
        "hongtong-shuili-2019.txt": lambda p: write_text(p, HONGTONG_TXT, newline="\r\n"),
        "yining-shuili-2024.xlsx": doc_yining,
    }
    cli.main(HERE, builders, __doc__, argv)


if __name__ == "__main__":
    main()
