<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>disclosure_gui</name>
    <message>
      <source>
……共 {0} 处</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>
…共 {0} 处</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>
…（共 {0} 行，见导入时的详细信息）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>
可一键修正</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> 字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1月31日已过 {0} 天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b style='color:{0}'&gt;{1} 个错误&lt;/b&gt;，{2} 个提醒{3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;按国办公开办函〔2021〕30号格式编写、校验、发布政府信息公开工作年度报告。&lt;br&gt;完全离线运行，不联网。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;【{0}】&lt;/b&gt; 与对方相同的文字标为黄色（{1} 处）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;最近的报告&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b00000'&gt;保存失败&lt;/span&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b00000'&gt;未能导入：{0}&lt;/span&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:{0}'&gt;✓ 没有发现问题&lt;/span&gt;{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel (*.xlsx);;CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;JSON 文件 (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel、WPS 或 CSV 表格 (*.xlsx *.xlsm *.xls *.et *.ods *.csv *.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>M月d日</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF 导出失败：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF 已导出（{0} KB）：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF 文件 (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TrueType 字体 (*.ttf *.ttc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word 导出失败：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word 已导出（{0} KB）：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word 文件 (*.docx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yyyy年M月d日</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}

以只读方式打开查看吗？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}
（{1} {2}）{3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} {1}年</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} 个单元格</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} 个错误</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} 个错误，{1} 个提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} 处{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} 字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} 无法嵌入 PDF（可能是 CFF 轮廓的 OpenType 字体或已损坏），请选择 TrueType 字体。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}. {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}{1}前{2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}「{1}」{2}：…{3}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}失败：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}年  {1}  —  {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}年各单位年报状态.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}年报告的发布截止（条例第四十九条）：部门、乡镇、街道 {1}年{2}（{3}），县级以上地方人民政府 {4}年{5}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}年：已录入（{1}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}年：未收录，答复期限按周一至周五估算（标“估”）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}年：程序内置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}截止</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}抄自{1}（{2}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}要求：{1}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}（{1}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}（上年）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}（剩 {1} 个工作日）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}（只读）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}（如：{1}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}：{1}
{2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}：{1}年{2}月{3}日前发布（{4}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}：{1}（{2}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}：“{1}”{2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}：“{1}”{2}，仍为 {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}：…{1}【{2}】{3}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>· “{0}”（{1}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{0}”不能确认为已核对：{1}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{0}”对应了不止一列</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{0}”是总计，由程序自动计算，不能输入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{0}”的报告抄用了本单位的文字（{1:.0f}%），本单位不必修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{0}”：把这份{1}年报告存为上年报告（用于跨年度核对），并据此新建{2}年报告——上年结转和现行有效件数带入，正文照搬后把其中的年份、日期和数字列出来逐一更新。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“开头”已有内容。用按以上信息生成的开头替换它吗？（替换后可以撤销）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>　“只导入这份报告”：只保存这份{0}年报告，用于查看、核对或以后作为上年报告。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>　注意：程序尚未收录{0}年的法定节假日安排，答复期限按周一至周五估算并标“（估）”；可在“设置 → 节假日安排”中录入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>、</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>【{0}】

</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>一、总体</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>一个单位的文字有这么大比例见于另一单位的报告时，标为疑似抄袭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>一份真实发布的区县部门年报，可以随意修改试用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>一键修正</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>一键修正“{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>三、依申请</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上年报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上年报告…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上年（{0}年）报告 {1} 份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下一个问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下发节假日安排</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下载标准模板</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下载标准模板…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不含个人信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不是文本文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>不限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>与上年</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>与上年相同 {0:.0f}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>两项均未排名：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>乙的文字见于甲</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>乡镇、街道不应有（表二）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>乡镇、街道等：1月31日前发布</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>二、主动公开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>五、问题改进</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>交换文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>交换文件格式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>今天发布截止</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>今天报送截止</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>仍然{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从 {0} 导入台账</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从上年报告照搬的年份、日期和数字，待核对（{0}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从上年的草稿开始（结转数、现行有效件数、正文带入）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从剪贴板粘贴</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从台账应用表三、表四和信息处理费</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从已发布的上年报告开始（网页、Word 或 PDF 文件）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从已发布的上年报告新建{0}年报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从已发布的报告导入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从已发布的报告导入…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>以上年报告新建本年报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>以此为上年报告，新建{0}年报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>以此为上年报告，新建本年报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>位置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依申请公开信息处理费</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依申请公开台账</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依申请公开台账.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依申请公开台账模板.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依申请公开台账：下方统计{0}年的表三、表四和信息处理费。上年结转按台账中{1}年及以前收到、年底尚未答复的申请统计，请把这些申请也登记进来。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依申请公开的答复期限按工作日计算（条例第三十三条）。国务院办公厅每年11—12月发布下一年的节假日安排；程序尚未收录时，可把通知正文粘贴到下面，保存后按通知计算。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保存时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保存本地要求</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保存该年的安排</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>信息处理费即使为 0 也要写明。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>信息处理费：发出收费通知 {0} 件，金额 {1} 元，实际收取 {2} 元</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修改“{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修改申请 {0} 的“{1}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>先在列表中选中一处照搬的年份、日期或数字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>先在列表中选中一条注有“可一键修正”的问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>先备案后公布</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全部状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>六、其他</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 {0} 个单位：{1}；纳入汇总 {2} 个</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 {0} 页，与导出的 PDF 完全相同。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关于</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关于{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关闭报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>冒烟测试失败</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>冒烟测试通过</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>写清上年度问题的整改情况、本年度存在的主要问题和改进措施，避免照抄上年。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>出现了提示框：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>分五个方面写：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障。人民政府的报告在“监督保障”中还要写工作考核、社会评议和责任追究结果情况。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除 {0} 件申请</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除所选（Ctrl+Delete）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除该年录入的安排</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除（移到回收站）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办理中</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办理状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办结或审结少于 {0} 件为“{1}”，不参加排名。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办结或审结少于此数的单位为“样本不足”，不参加比率排名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>加载区县或市政务公开办下发的本地要求文件：期限、篇幅、必备数字等</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>加载本地要求…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>加载本地要求（区县或市政务公开办下发的文件）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>区县汇总说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位之间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位乙</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位名称看不出是否县级以上地方人民政府，暂按{0}年{1}月{2}日前发布；如是，请在上面选择。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位甲</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>即将到期和已超期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>历史版本</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>历史版本…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>原文</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>去核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>县级以上地方人民政府：3月31日前发布</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>双击（或按回车）一个单元格，上方只列出计入该单元格的申请</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发布</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发布期限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发布要求的机关</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发布还有 {0} 天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>取消</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>另存为副本…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只列出：{0} · {1}（{2} 件）— 点此显示全部</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只填数字：件数为整数，收费金额以万元为单位（最多6位小数）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只导入这份报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只读打开：另一个窗口正在编辑这些报告，这里不能修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只读打开：另一个窗口正在编辑这些报告，这里不能新建</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只读：不能修改。如需保留修改，请用“另存为副本…”导出交换文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只读：不能粘贴。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只读：另一个年报助手窗口正在使用这个数据文件夹，这里不能修改。如需保留修改，请用“{0}”导出一份交换文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>可以从上年的草稿或已发布的上年报告开始，结转数和正文不必重打</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>台账中没有{0}年收到或从上年结转的申请，报告未作改动</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>台账核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>台账问题：
</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>台账：{0} 件即将到期，{1} 件已超期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>各单位状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>否</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>启动后没有显示开始页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>四、复议诉讼</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>回收站</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>回收站…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>在报告的所有正文中查找</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>基本信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>处理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>复制HTML源码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>复制为</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>复制为…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>复制到网站编辑器</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>失败：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>如：某市政务公开办 2026年要求</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>如：某某区科技局、某某镇人民政府</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>完整（仅供本单位使用）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>实质公开率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>实质公开率 =（予以公开＋部分公开）÷ 办结；纠错率 = 结果纠正 ÷ 审结（行政复议和行政诉讼）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>实质公开率和纠错率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>对能确定改法的问题（统计期限写法、误重复的词）直接修正，可撤销</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入Excel/CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入交换文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入依申请公开台账</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入台账</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入台账：核对列的对应关系</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入已发布的年报时，原文空白或读不出的数字留空，不当作 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入已发布的报告…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导入年报交换文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出 文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出Word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出交换文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出台账</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出台账…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出年报交换文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出状态表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出状态表…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出的台账是否包含申请人姓名和联系方式？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出网页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出自查清单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出退回修改清单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出退回修改清单…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>展开问题列表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已从台账填入 {0} 个单元格（可撤销）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已保存 {0:%H:%M}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已保存{0}年的节假日安排</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已保存本地要求 {0}，请随年报助手下发给各单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已修正：{0}（可撤销）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已发布</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已发布的报告（网页、Word、PDF）…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已发布（{0}年{1}月{2}日）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已含 {0} 年的节假日安排</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已复制 HTML 源码：在网站编辑器中切换到“源码/HTML”模式后粘贴</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已复制：在网站编辑器中直接粘贴即可保留表格（粘贴完成前请不要关闭本程序）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已安装</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出 {0}（Word、WPS 均可打开）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出 {0}（{1} 页）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出 {0}（{1} 页）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出 {0}：可在网站编辑器的“源码”模式中粘贴其内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出交换文件 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出状态表 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出自查清单 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出退回修改清单 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已按随年报助手下发的本地要求“{0}”检查（{1}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已替换 {0} 处照搬的年份（可撤销）；其余 {1} 处请在“问题”面板中核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已有“{0}”{1}年的另一份报告，这份报告不能改成相同的单位和年度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已有“{0}”{1}年的报告。打开它吗？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已有“{0}”{1}年的草稿。用导入的文件替换它吗？（原内容保留在历史版本中）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已生成汇总草稿“{0}”：统计表为 {1} 之和，正文请另行撰写。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已粘贴 {0} 个数字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已粘贴，总计按各项重新计算：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已超期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已载入上年报告，跨年度核对（R7、R10、R11）已启用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已送往打印机：{0} 页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>常用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年度报告 (*.html *.htm *.shtml *.mht *.mhtml *.docx *.doc *.wps *.pdf *.txt *.md);;所有文件 (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年度报告 2023</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年报交换文件 (*.json *.JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年报交换文件 (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年报交换文件 (*.json);;所有文件 (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年报助手</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>应报送单位 {0} 个（{1}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>应报送单位名单…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>应用到报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>总体情况字数上限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>总体情况须写明数字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>恢复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>恢复全国统一要求</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>恢复此版本</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>截图：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>所有年份、日期和数字都留在“问题”面板中；以后在那里逐一核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>手动保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印字体</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印字体…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印预览</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印预览…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印预览没有显示页面</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印预览：{0} 页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开其他报告…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开所选报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开示例报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>找不到帮助文档（docs/{0}）：{1}。安装可能不完整。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>找到 {0} 处</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>抄自{0} {1:.0f}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把{0}改为{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把“{0}”{1}年报告移到回收站？以后可以从回收站恢复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把本地的期限、篇幅、必备数字等要求存成文件，随年报助手下发给各单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把网站上已发布的报告（网页、Word、PDF）读进来核对或作为上年报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把这份报告导出为交换文件，在另一个窗口中导入后可以继续修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报告与台账一致，无需修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报告单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报告年度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报告管理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报告还有数据错误，每页已标注“草稿”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报告还有数据错误，每页标注了“草稿”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报送</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报送还有 {0} 天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按“{0}”的本地要求检查（另加期限、篇幅、必备数字等）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按单位名称判断</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按单位名称筛选</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按国办公开办函〔2021〕30号的要求生成编制依据、统计期限、发布渠道和联系方式，可再修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>排名最少案件数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>撤销</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>撤销没有恢复原值</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>收起问题列表，给表格留出地方</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>改为“{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>改名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>改名…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数据校验</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文中出现其他单位名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文中出现其他单位名称 {4} 处</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文中有“{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文本文件 (*.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新增 {0} 件，更新 {1} 件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新增申请 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新增申请（Insert）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建报告…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建本年度报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建本年度报告…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法保存截图 {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法写入 {0}：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法打印：打印机没有就绪，请检查打印机后再试。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法读取 {0}：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法读取单位名单 {0}：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>是</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>暂不替换，全部留待核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>更新从{0}年报告照搬的年份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>更新照搬的年份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>替换勾选的 {0} 处，其余留待核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最后修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最近的修改没能保存。仍要关闭吗？关闭后这些修改会丢失。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最近的报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>有未保存的修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>有错误的单位也纳入汇总</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>期限是怎么算的</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未加载本地要求：按全国统一要求检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未导入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未导入的内容和说明（请核对）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未导入：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未接受：{0}（表中仍为 {1}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未粘贴：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未纳入汇总</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未能导入：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未超过阈值，不列出共同段落</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未选择上年报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未选择应报送单位名单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本地要求</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本地要求文件 (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本机已有“{0}”{1}年的草稿。上年报告用哪一份？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本机没有 {0} 年的草稿（或它已有下一年的报告）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查找</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>查找…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>校验(&amp;C)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>校验规则说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>核对年份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>根据以上信息生成开头</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在生成 PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在生成 PDF…第 {0} 页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在读取和校验各单位的报告…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正文中有 {0} 处从上年报告照搬的年份、日期和数字，已列在“问题”面板中，请逐一核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正文中还有从上年报告照搬、尚未核对的{0}：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>每次“保存”和自动保存时（至多每几分钟一次）都会留下一个版本。恢复前，当前内容也会先存为一个版本。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>每组的“总计”由程序自动计算。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>比较</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>永久删除回收站中的所有报告？此操作不能撤销。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>汇总</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>汇总 — 各单位年报收集与汇总</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>汇总(&amp;S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>汇总各单位报告…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>汇总报告的单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>汇总草稿</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>汇总草稿“{0}”已保存到草稿列表。
现在打开它吗？主窗口中当前打开的报告会先保存再关闭。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有发现其他单位的名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有发现问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有可以撤销的修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有可以重做的修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有找到“{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>清空回收站</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>清除</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>灰底的总计由程序自动计算。可从 Excel、WPS 或网页复制整张表、整行或整列后按 Ctrl+V 粘贴。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>照搬上年</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>生成开头</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>生成汇总草稿…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用刚导入的已发布报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用本机的草稿</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用顿号分隔，如：主动公开、政策解读、回应关切、重点领域</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用顿号分隔，如：经办人、审核人、单位负责人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>甲的文字见于乙</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>留待核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>疑似抄袭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>疑似抄袭：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>相似度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>相似度矩阵</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>相似度超过 {0:.0f}% 的单位 {1} 对；与上年报告重复超过 {2:.0f}% 的 {3} 个；</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>相似度阈值</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>相似的单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>看看示例报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>示例报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>程序</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>程序尚未收录{0}年的法定节假日安排（国务院办公厅一般在11—12月发布通知），跨入该年的答复期限按周一至周五估算；请在“设置 → 节假日安排”中录入通知。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>程序尚未收录下一年的节假日时，可粘贴国务院办公厅的节假日安排通知正文随本地要求下发</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>程序自带</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>空</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>空白</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>空白报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>空白：请对照原文填写（没有请填 0）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>窗口已打开：{0}（{1:.0f} ms）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 1 稿</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 {0} 列</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>答复期限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>筛选（Ctrl+F）：编号、内容、结果…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>签字栏</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>类别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>粘贴</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>粘贴通知正文，如：一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。……；或逐行写“放假：…”“上班：…”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>纠错率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>纳入汇总</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>纸质稿加盖公章</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编写本地要求</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编写本地要求…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编号 {0} 的“{1}”：{2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编辑(&amp;E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编辑“{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编辑单元格</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>网页…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>网页片段 (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>联系方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>自动保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>自动计算，不能直接修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>自查清单.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>自查清单…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>节假日安排</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>节假日安排…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>节假日安排通知正文</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>节假日安排：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>草稿没有保存：{0}
窗口中的内容仍在，问题解决后会再次保存。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>草稿自动保存在本机；可以从这里打开、新建或管理报告。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>表三：不平衡的数字没有报告 R1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>表三：输入、总计、校验、撤销 正常</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>表三：输入后总计没有更新</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>表四　</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>表头</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>设置(&amp;T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>识别为 &lt;b&gt;{0} {1}年&lt;/b&gt; 的报告{2}；{3} 项未导入{4}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>识别到 {0}年：放假 {1} 天，调休上班 {2} 天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>识别结果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>说明：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请先在列表中选择一份报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请先新建或打开一份报告（文件 → 新建 / 打开）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请填写单位名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请对照左侧原文核对右侧的表格和正文，然后选择下一步。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请指定“{0}”所在的列</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请核对文件中每一列对应台账的哪一项；“收到日期”和“申请人类型”必须有。选择会被记住。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请选择上一年已发布的年度报告：网站上另存的网页、Word 或 WPS 文件、PDF 文件，或复制的文字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>谁抄了谁</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>质量体检</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>超过阈值</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>还不能导出：{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>还有 {0} 天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>还没有报告。点“新建本年度报告”开始，或先看看示例报告。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这一处照搬的内容已核对无误（或已改写），不再列出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这份{0}年报告的正文照搬自{1}年报告，其中有 {2} 处年份、日期和数字。勾选的 {3} 处写的是报告年度（{1}年，改为{0}年）或“改进情况”中下一年的工作打算（{0}年，改为{4}年），确认后一次替换（可撤销）；文号〔…〕、书名号《…》中的标题和规划期限不改。其余各处留在“问题”面板中，请逐一核对：照搬的数字是上年的数字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这份报告正在窗口中编辑，不能{0}。请先用“文件 → 关闭报告”关闭它。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这份报告没有保存在本机，没有历史版本</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这是 {0} 年的报告，应选择 {1} 年的报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这是{0}年的报告，不能作为{1}年报告的上年报告：请选择{2}年的报告。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这是{0}年的报告，不能作为{1}年报告的上年报告：请选择{2}年的报告，或把报告年度改为{3}年。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这是{0}年的报告；新建{1}年报告需要{2}年的报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这是个人信息。交给他人（如汇总、检查）时请选“不含个人信息”或“遮盖”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这是内置的示例报告（一份真实发布的区县部门年报），用来试用，没有发布期限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这里是表头，不能输入：请先选中一个白色的数字格</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>退出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>退回修改清单.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选“用刚导入的已发布报告”时，本机草稿的内容保留在它的历史版本中。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选中一行，这里显示它的原文和说明。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择{0}字体</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择上年报告（交换文件）…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择上年的年报交换文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择各单位的交换文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择字体文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择存放各单位上年交换文件的文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择存放各单位上年交换文件的文件夹，用于比较与上年报告的重复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择存放各单位交换文件的文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择已发布的年度报告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择应报送单位名单（每行一个单位）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择文件夹…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择文件（网页、Word、PDF、文本）…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>逾期{0}天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>遮盖（张*、138****1234）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重做</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>错误</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>问题列表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>问题面板没有显示问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>默认</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>默认使用本机安装的公文字体（方正小标宋、仿宋_GB2312、黑体、楷体_GB2312、宋体），没有时用程序自带字体。也可以为每一项指定 TrueType 字体文件（.ttf/.ttc）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（2019年格式）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（不导入）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（只读）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（可选）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（无编号）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（还没有）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>，</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>，{0} 处照搬内容待核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>，另有 {0} 个文件未用：{1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>，须先备案</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>；</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>；{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>；{0} 格留空（原文空白或读不出，不当作 0），请补填</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>；{0} 行无法归类，未导入，请在文件中改正后再导入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>；以下内容既非放假也非上班，未采用：{0}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>