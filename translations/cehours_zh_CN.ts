<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CE Hours</source>
        <translation>关于继续教育学时登记</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CE Hours %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;继续教育学时登记 %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Continuing-education credit-hour registry for the HR office: staff registry, activities with evidence, credit hours by the province&apos;s rules, yearly compliance, provincial import files and printed forms.</source>
        <translation>供人事部门使用的专业技术人员继续教育学时登记工具：人员名册、活动及佐证材料、按本省规则折算学时、年度达标情况、省级学时管理系统导入文件及各类打印表格。</translation>
    </message>
    <message>
        <source>Licence: proprietary; all rights reserved by the CE Hours developers. Bundled font: WenQuanYi Micro Hei (Apache License 2.0 or GPL 3 with font exception). Built with Qt %1 (LGPL 3), SQLite, libxlsxwriter and minizip.</source>
        <translation>许可：专有软件，继续教育学时登记开发者保留所有权利。随附字体：文泉驿微米黑（Apache License 2.0 或附字体例外的 GPL 3）。基于 Qt %1（LGPL 3）、SQLite、libxlsxwriter 和 minizip 构建。</translation>
    </message>
    <message>
        <source>Rule sets shipped:</source>
        <translation>随附规则集：</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>ActivityColumns</name>
    <message>
        <source>18-character resident ID number of a person in the registry (required; keep the cell as text)</source>
        <translation>名册中人员的18位公民身份号码（必填；单元格保持文本格式）</translation>
    </message>
    <message>
        <source>Full name, checked against the registry (required)</source>
        <translation>姓名，与名册核对（必填）</translation>
    </message>
    <message>
        <source>Year the hours are credited to; empty: the year of the end (else start) date</source>
        <translation>学时计入的年度；留空时取结束日期（否则开始日期）所在年度</translation>
    </message>
    <message>
        <source>The kind of activity: its Chinese name or id (on a kind&apos;s own sheet the sheet gives it)</source>
        <translation>活动类别：中文名称或编号（在各类别自己的工作表中由工作表确定）</translation>
    </message>
    <message>
        <source>Name of the course, training, paper, project …</source>
        <translation>课程、培训、论文、课题等的名称</translation>
    </message>
    <message>
        <source>Start date, e.g. 2025-03-01</source>
        <translation>开始日期，如 2025-03-01</translation>
    </message>
    <message>
        <source>End (completion) date, e.g. 2025-03-05</source>
        <translation>结束（完成）日期，如 2025-03-05</translation>
    </message>
    <message>
        <source>公需科目 or 专业科目, only where the person chooses; other kinds fix it</source>
        <translation>公需科目或专业科目，仅在由本人选择的类别填写；其他类别已固定</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>是 or 否</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>date, e.g. 2025-03-01</source>
        <translation>日期，如 2025-03-01</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>; empty: %1</source>
        <translation>；留空为：%1</translation>
    </message>
    <message>
        <source>; required</source>
        <translation>；必填</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity of %1</source>
        <translation>编辑 %1 的活动</translation>
    </message>
    <message>
        <source>New activity for %1</source>
        <translation>为 %1 新增活动</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>The year %1 has been submitted and is locked. Reopen it (with a reason) on the person&apos;s page to make corrections.</source>
        <translation>%1 年度已提交申报并锁定。如需更正，请在该人员页面填写原因后解锁。</translation>
    </message>
    <message>
        <source>Cannot save the activity</source>
        <translation>无法保存活动</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>无佐证材料</translation>
    </message>
    <message>
        <source>This kind needs evidence (%1). Save without any file for now?</source>
        <translation>此类活动需要佐证材料（%1）。是否暂不附文件先行保存？</translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation>佐证材料未保存</translation>
    </message>
    <message>
        <source>The activity was saved, but not all evidence files: %1</source>
        <translation>活动已保存，但部分佐证材料未能保存：%1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1

Overwrite their change with yours? (No reloads the current values into this dialog.)</source>
        <translation>%1

用您的修改覆盖对方的修改吗？（选“否”则把当前值重新载入本对话框。）</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Course, paper, project, patent… as on the certificate</source>
        <translation>课程、论文、项目、专利…（与证书一致）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Credited to &amp;year:</source>
        <translation>计入年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;nd date:</source>
        <translation>结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>科目(&amp;U)：</translation>
    </message>
    <message>
        <source>Details of this kind</source>
        <translation>该类型的详细信息</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>The person assigns these hours</source>
        <translation>由本人指定学时所属科目</translation>
    </message>
    <message>
        <source>Fixed by the rule set</source>
        <translation>由规则集确定</translation>
    </message>
    <message>
        <source>The unit has no rule set for %1; choose one in Settings.</source>
        <translation>本单位没有适用于 %1 的规则集，请在“设置”中选择。</translation>
    </message>
    <message>
        <source>Cannot credit yet</source>
        <translation>暂无法折算学时</translation>
    </message>
    <message>
        <source>%1 h — counts as the whole year</source>
        <translation>%1 学时 — 视为完成全年学时</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <source>%1 (not in the rule set)</source>
        <translation>%1（不在规则集中）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>ActivityImportDialog</name>
    <message>
        <source>Import activities: %1</source>
        <translation>导入学时：%1</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message>
        <source>%1 rows have problems; nothing is imported until the file is corrected.</source>
        <translation>%1 行有问题；文件更正前不会导入任何数据。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Save error &amp;report…</source>
        <translation>保存错误报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>导入学时</translation>
    </message>
    <message>
        <source>Save activity template</source>
        <translation>保存学时导入模板</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s province rule set in the settings first.</source>
        <translation>请先在设置中选择本单位适用的省份规则。</translation>
    </message>
    <message>
        <source>activity-template-%1.xlsx</source>
        <translation>学时导入模板-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>activity-errors.txt</source>
        <translation>学时导入错误.txt</translation>
    </message>
    <message>
        <source>Text (*.txt *.tsv)</source>
        <translation>文本文件 (*.txt *.tsv)</translation>
    </message>
    <message>
        <source>Checking the activities</source>
        <translation>正在检查学时活动</translation>
    </message>
    <message>
        <source>Reading and checking every row of %1…</source>
        <translation>正在读取并逐行检查 %1……</translation>
    </message>
    <message>
        <source>Importing activities</source>
        <translation>正在导入学时活动</translation>
    </message>
    <message>
        <source>Writing activities</source>
        <translation>正在写入学时活动</translation>
    </message>
</context>
<context>
    <name>ActivityImporter</name>
    <message>
        <source>%1: no sheet has a header row with the columns 身份证号码 and 姓名 in its first %2 rows</source>
        <translation>%1：没有工作表在前 %2 行内含有“身份证号码”和“姓名”列的表头</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) failed validation; nothing was imported</source>
        <translation>
            <numerusform>%1：%n 行未通过校验；未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 activities to add (%3 hours), %4 failed</source>
        <translation>%1：将新增 %2 条学时记录（%3 学时），%4 行失败</translation>
    </message>
    <message>
        <source>no person with this ID number in the registry</source>
        <translation>名册中没有该身份证号码的人员</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not match the registry (%3)</source>
        <translation>%1“%2”与名册不符（名册为 %3）</translation>
    </message>
    <message>
        <source>%1 has left the unit (状态 离职)</source>
        <translation>%1 已离职（状态 离职）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write it as 2025-03-01)</source>
        <translation>%1：“%2”不是日期（请写成 2025-03-01）</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1早于%2</translation>
    </message>
    <message>
        <source>%1 is empty (and there is no date to take it from)</source>
        <translation>%1为空（且没有可推断年度的日期）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a year</source>
        <translation>%1：“%2”不是年份</translation>
    </message>
    <message>
        <source>no rule set applies to %1</source>
        <translation>%1 年没有适用的规则</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an activity kind of %3 (see cehours-cli rules %4)</source>
        <translation>%1“%2”不是 %3 中的活动类别（见 cehours-cli rules %4）</translation>
    </message>
    <message>
        <source>column %1 is not a field of %2; leave it empty</source>
        <translation>“%1”列不是“%2”的填写项，请留空</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not 公需科目 or 专业科目</source>
        <translation>%1：“%2”不是公需科目或专业科目</translation>
    </message>
    <message>
        <source>%1 is always %2 under %3</source>
        <translation>按 %3，%1 固定计入%2</translation>
    </message>
    <message>
        <source>the year %1 of %2 has been submitted and is locked</source>
        <translation>%2 的 %1 年度已提交申报并锁定</translation>
    </message>
    <message>
        <source>duplicate: the same activity as row %1</source>
        <translation>重复：与第 %1 行为同一活动</translation>
    </message>
    <message>
        <source>duplicate: already recorded (activity %1)</source>
        <translation>重复：已登记（学时记录 %1）</translation>
    </message>
    <message>
        <source>The unit has no province rule set; choose one in the settings (or cehours-cli init --rules SET) first</source>
        <translation>本单位尚未选择省份规则；请先在设置中选择（或运行 cehours-cli init --rules 规则）</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Search name, department or title</source>
        <translation>搜索姓名、部门或活动名称</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>添加活动(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an activity for one person (Ctrl+Shift+N)</source>
        <translation>为一名人员添加活动 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Batch entry…</source>
        <translation>批量登记(&amp;B)…</translation>
    </message>
    <message>
        <source>One training event for many people</source>
        <translation>为多名人员登记同一培训活动</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Person page</source>
        <translation>人员页面(&amp;P)</translation>
    </message>
    <message>
        <source>Activities in %1: %2</source>
        <translation>%1 年度活动：%2 项</translation>
    </message>
    <message>
        <source>Whose activity?</source>
        <translation>为哪位人员登记活动？</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete %1 of %2 and its evidence links?</source>
        <translation>删除%2的“%1”及其佐证材料关联吗？</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import activities from a list (.xlsx/.csv): the template, a training base&apos;s or a platform&apos;s list</source>
        <translation>从清单导入学时（.xlsx/.csv）：导入模板、培训基地或学习平台返回的名单</translation>
    </message>
    <message>
        <source>Select &amp;whole entry</source>
        <translation>选中整批登记(&amp;W)</translation>
    </message>
    <message>
        <source>Select every person of the batch entry of the current row, e.g. to delete a wrong batch</source>
        <translation>选中当前行所属批量登记的全部人员，例如用于删除登记错误的一批</translation>
    </message>
    <message>
        <source>The year %1 is submitted and locked for %2. Reopen it (with a reason) on the person&apos;s page first.</source>
        <translation>%2 的 %1 年度已提交并锁定。请先在人员页面填写原因解锁。</translation>
    </message>
    <message>
        <source>Delete these %1 activities of %2 people (%3) and their evidence links?</source>
        <translation>删除这 %1 项活动（涉及 %2 人：%3）及其佐证材料关联吗？</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Activity has no person</source>
        <translation>活动未关联人员</translation>
    </message>
    <message>
        <source>Year %1 is out of range</source>
        <translation>年度 %1 超出范围</translation>
    </message>
    <message>
        <source>Activity kind is missing</source>
        <translation>缺少活动类型</translation>
    </message>
    <message>
        <source>Subject must be public or professional, not %1</source>
        <translation>科目必须为公需科目或专业科目，不能为 %1</translation>
    </message>
    <message>
        <source>End date %1 is before start date %2</source>
        <translation>结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>The year %1 has been submitted and is locked; reopen it (with a reason) before changing it</source>
        <translation>%1 年度已提交申报并锁定；修改前请先填写原因解锁</translation>
    </message>
    <message>
        <source>Activity %1 does not exist</source>
        <translation>活动 %1 不存在</translation>
    </message>
    <message>
        <source>This activity belongs to the training event &quot;%1&quot;; change it in the event</source>
        <translation>该活动属于培训班“%1”，请在培训班中修改</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1 — %2</source>
        <translation>没有删除任何记录：%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2 年）</translation>
    </message>
    <message>
        <source>Nothing was deleted: these years are submitted and locked: %1. Reopen them (with a reason) first.</source>
        <translation>未删除任何记录：以下年度已提交并锁定：%1。请先填写原因解锁。</translation>
    </message>
    <message>
        <source>This activity was changed by someone else since you opened it (version %1, now %2): reload to see the change, or overwrite it</source>
        <translation>您打开此学时记录后，它已被他人修改（版本 %1，现为 %2）：请重新载入查看修改，或覆盖它</translation>
    </message>
</context>
<context>
    <name>ActivityTemplate</name>
    <message>
        <source>Activity import template: %1</source>
        <translation>学时导入模板：%1</translation>
    </message>
    <message>
        <source>One row per activity of one person. Each kind has its own sheet (the line 类别：… above the header names the kind); a single sheet with a 类别 column works as well. Nothing is imported while any row has a problem.</source>
        <translation>每行填写一人的一项活动。每个类别一个工作表（表头上方的“类别：…”一行标明类别）；也可以只用一个含“类别”列的工作表。任何一行有问题时，整个文件都不会导入。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: the template can be written as .csv or .xlsx</source>
        <translation>%1：模板只能保存为 .csv 或 .xlsx 格式</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Audit row %1 does not follow row %2: a row between them is missing, or row %2 was inserted or replaced</source>
        <translation>审计记录 %1 与记录 %2 不衔接：两者之间缺少记录，或记录 %2 系插入或被替换</translation>
    </message>
    <message>
        <source>Audit row %1 is not the start of the log: the rows before it are missing</source>
        <translation>审计记录 %1 不是日志的开头：其前面的记录已缺失</translation>
    </message>
    <message>
        <source>Audit row %1 has no hash: it was inserted outside CE Hours</source>
        <translation>审计记录 %1 没有哈希值：系在本软件之外插入</translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written</source>
        <translation>审计记录 %1 写入后被修改</translation>
    </message>
    <message>
        <source>The audit log&apos;s end marker (table audit_head) was removed</source>
        <translation>审计日志的末尾标记（audit_head 表）已被删除</translation>
    </message>
    <message>
        <source>Audit rows after row %1 are missing (the log ended at row %2)</source>
        <translation>记录 %1 之后的审计记录已缺失（日志原结束于记录 %2）</translation>
    </message>
    <message>
        <source>The audit log&apos;s recorded end (row %1) does not match its last row %2</source>
        <translation>审计日志记载的末条（记录 %1）与实际末条记录 %2 不符</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>the backup %1 failed its check: %2</source>
        <translation>备份 %1 未通过检查：%2</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>无法命名备份 %1</translation>
    </message>
    <message>
        <source>%1 is not a backup file (missing or empty)</source>
        <translation>%1 不是备份文件（不存在或为空）</translation>
    </message>
    <message>
        <source>not an SQLite database: %1</source>
        <translation>不是 SQLite 数据库：%1</translation>
    </message>
    <message>
        <source>not a CE Hours database (application id %1)</source>
        <translation>不是继续教育学时登记数据库（应用标识 %1）</translation>
    </message>
    <message>
        <source>schema version %1 is not one this program knows (1 to %2)</source>
        <translation>结构版本 %1 不是本程序所知的版本（1 至 %2）</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) are in neither the store nor the backups: %1</source>
        <translation>
            <numerusform>%n 个佐证材料文件既不在材料库中也不在备份中：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be restored, nothing was changed: %2</source>
        <translation>%1 无法恢复，未做任何更改：%2</translation>
    </message>
    <message>
        <source>cannot keep a copy of the current database before restoring, nothing was changed: %1</source>
        <translation>恢复前无法保存当前数据库的副本，未做任何更改：%1</translation>
    </message>
    <message>
        <source>the database %1 is open in another CE Hours (or another program): close it there first; nothing was changed</source>
        <translation>数据库 %1 正被另一个学时登记程序（或其他程序）打开：请先在那里关闭；未做任何更改</translation>
    </message>
    <message>
        <source>cannot restore into %1: %2</source>
        <translation>无法恢复到 %1：%2</translation>
    </message>
    <message>
        <source>the database was restored, but %1</source>
        <translation>数据库已恢复，但%1</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>No backup yet. Backups are kept in %1 (one a day on start, one before every upgrade, the last %2).</source>
        <translation>尚无备份。备份保存在 %1（每天启动时一份，每次升级前一份，保留最近 %2 份）。</translation>
    </message>
    <message>
        <source>Latest backup: %1 (%2). %3 backup(s) in %4; the last %5 are kept.</source>
        <translation>最近备份：%1（%2）。%4 中共 %3 份备份；保留最近 %5 份。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>备份失败：
%1</translation>
    </message>
    <message>
        <source>Backup written:
%1</source>
        <translation>备份已写入：
%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>CE Hours backups (*.sqlite)</source>
        <translation>学时登记备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>%1 cannot be restored, nothing was changed:
%2</source>
        <translation>%1 无法恢复，未做任何更改：
%2</translation>
    </message>
    <message>
        <source>Replace the database by the backup %1?

The current database is backed up first. CE Hours closes after the restore; start it again.</source>
        <translation>用备份 %1 替换数据库吗？

会先备份当前数据库。恢复后程序将关闭，请重新启动。</translation>
    </message>
    <message>
        <source>The restore failed:
%1

CE Hours closes now; start it again.</source>
        <translation>恢复失败：
%1

程序现在关闭，请重新启动。</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database was saved as %1.

CE Hours closes now; start it again.</source>
        <translation>已从备份恢复。原数据库已保存为 %1。

程序现在关闭，请重新启动。</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>正在复制数据库</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <source>Replacing the database by %1</source>
        <translation>正在用 %1 替换数据库</translation>
    </message>
    <message>
        <source>A server database is backed up on its server with pg_dump and restored with pg_restore (docs/postgresql.md); the backups here copy SQLite files only.</source>
        <translation>服务器数据库在服务器上用 pg_dump 备份、用 pg_restore 恢复（见 docs/postgresql.md）；此处的备份只复制 SQLite 文件。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
</context>
<context>
    <name>BatchActivityDialog</name>
    <message>
        <source>Batch entry: one event for many people</source>
        <translation>批量登记：为多名人员登记同一活动</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>活动信息</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>参加人员 %1 名</translation>
    </message>
    <message>
        <source>Batch entry</source>
        <translation>批量登记</translation>
    </message>
    <message>
        <source>Choose the participants first.</source>
        <translation>请先选择参加人员。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何数据：%1</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>Cannot register the certificate for %1: %2</source>
        <translation>无法登记 %1 的认定单：%2</translation>
    </message>
</context>
<context>
    <name>ComplianceChart</name>
    <message>
        <source>No data for this year</source>
        <translation>本年度无数据</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（未分部门）</translation>
    </message>
</context>
<context>
    <name>ComplianceTable</name>
    <message>
        <source>Cannot choose the year %1 for the registry</source>
        <translation>无法为人员名册选择 %1 年度</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Where should CE Hours keep the registry?</source>
        <translation>继续教育学时登记的数据保存在哪里？</translation>
    </message>
    <message>
        <source>Local database (single user)</source>
        <translation>本机数据库（单机）</translation>
    </message>
    <message>
        <source>A file on this computer: %1</source>
        <translation>本机上的文件：%1</translation>
    </message>
    <message>
        <source>Server database (shared by several clerks)</source>
        <translation>服务器数据库（多人共用）</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>e.g. db.hospital.local</source>
        <translation>例如 db.hospital.local</translation>
    </message>
    <message>
        <source>require (encrypted)</source>
        <translation>require（加密）</translation>
    </message>
    <message>
        <source>verify-full (encrypted, server certificate checked)</source>
        <translation>verify-full（加密，并核验服务器证书）</translation>
    </message>
    <message>
        <source>verify-ca (encrypted, certificate authority checked)</source>
        <translation>verify-ca（加密，并核验证书颁发机构）</translation>
    </message>
    <message>
        <source>prefer (encrypted when the server offers it)</source>
        <translation>prefer（服务器支持时加密）</translation>
    </message>
    <message>
        <source>disable (not encrypted)</source>
        <translation>disable（不加密）</translation>
    </message>
    <message>
        <source>The password is asked when connecting; it can be kept in this computer&apos;s credential store, never in a settings file.</source>
        <translation>密码在连接时询问，可保存在本机的系统凭据库中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>加密方式 sslmode(&amp;E)：</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>尚需填写：%1。</translation>
    </message>
    <message>
        <source>The new database connection is used from the next start of CE Hours; until then the current database stays open.</source>
        <translation>新的数据库连接在下次启动时生效；在此之前仍使用当前数据库。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>the server&apos;s host name or address</source>
        <translation>服务器的主机名或地址</translation>
    </message>
    <message>
        <source>the database&apos;s name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Unified social credit code is missing</source>
        <translation>缺少统一社会信用代码</translation>
    </message>
    <message>
        <source>Unified social credit code must have 18 characters, found %1</source>
        <translation>统一社会信用代码应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>Unified social credit code: character %1 (%2) is not allowed</source>
        <translation>统一社会信用代码：第 %1 位字符（%2）不允许使用</translation>
    </message>
    <message>
        <source>Unified social credit code: check character should be %1, found %2</source>
        <translation>统一社会信用代码：校验位应为 %1，实际为 %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 and this system cannot decode GB18030/GBK text; save it as &quot;CSV UTF-8&quot; in Excel.</source>
        <translation>文件不是 UTF-8 编码，且本系统无法解码 GB18030/GBK 文本；请在 Excel 中另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (.xlsx), not CSV text; give it the .xlsx extension.</source>
        <translation>%1 是 Excel 工作簿（.xlsx），不是 CSV 文本；请将其扩展名改为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls), not CSV text; open it in Excel and save it as .xlsx.</source>
        <translation>%1 是旧版 Excel 工作簿（.xls），不是 CSV 文本；请用 Excel 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 does not look like a text (CSV) file.</source>
        <translation>%1 不像是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>%1: the quoted cell starting on row %2 is never closed (a &quot; is missing).</source>
        <translation>%1：从第 %2 行开始的带引号单元格没有结束（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第%2行：%3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a CSV file may have.</source>
        <translation>%1 大于 %2 MB，超过 CSV 文件的上限。</translation>
    </message>
    <message>
        <source>the cell in column %1 has more than %L2 characters</source>
        <translation>%1 列的单元格超过 %L2 个字符</translation>
    </message>
    <message>
        <source>column %L1 has text, but only the first %L2 columns are read</source>
        <translation>第 %L1 列有内容，但只读取前 %L2 列</translation>
    </message>
    <message>
        <source>the file has more than %L1 cells, the most this program reads</source>
        <translation>文件的单元格超过 %L1 个，超过本程序读取的上限</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows, the most this program reads</source>
        <translation>文件超过 %L1 行，超过本程序读取的上限</translation>
    </message>
</context>
<context>
    <name>CycleCheckDialog</name>
    <message>
        <source>Title-application cycle check</source>
        <translation>职称申报周期学时核查</translation>
    </message>
    <message>
        <source>The tenure cycle, used when the rule set does not fix the span</source>
        <translation>任职周期年数，规则集未规定周期时使用</translation>
    </message>
    <message>
        <source>Application &amp;year:</source>
        <translation>申报年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Tenure &amp;cycle (years):</source>
        <translation>任职周期（年）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a person on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在左侧选择人员。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The unit has no rule set for %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本单位没有适用于 %1 的规则集。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cycle check for %1 (%2), applying in %3</source>
        <translation>%1（%2）周期学时核查，申报年度 %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公需科目</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业科目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Made up</source>
        <translation>补学</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yearly average: total %1, public %2, professional %3</source>
        <translation>年均学时：总计 %1，公需科目 %2，专业科目 %3</translation>
    </message>
    <message>
        <source>Cramming: the hours are concentrated in %1</source>
        <translation>突击学习：学时集中在 %1</translation>
    </message>
    <message>
        <source>Verdict: the cycle requirement is met</source>
        <translation>结论：满足周期学时要求</translation>
    </message>
    <message>
        <source>Verdict: the cycle requirement is NOT met</source>
        <translation>结论：不满足周期学时要求</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save cycle check</source>
        <translation>保存周期核查</translation>
    </message>
    <message>
        <source>cycle-check.pdf</source>
        <translation>职称周期学时核查.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Qt SQLite 驱动（QSQLITE）不可用</translation>
    </message>
    <message>
        <source>%1 is not a CE Hours database: %2</source>
        <translation>%1 不是继续教育学时登记的数据库：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>the database %1 does not exist (check the --db path, or create it with `cehours-cli init`); nothing was created</source>
        <translation>数据库 %1 不存在（请检查 --db 路径，或用 `cehours-cli init` 创建）；未创建任何文件</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a CE Hours database (`cehours-cli init` makes it one)</source>
        <translation>%1 是空文件（0 字节），不是学时登记数据库（`cehours-cli init` 可将其初始化）</translation>
    </message>
    <message>
        <source>the database %1 is read-only: it can be listed and exported, not changed</source>
        <translation>数据库 %1 为只读：可以查看和导出，不能修改</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2 and needs an upgrade to %3, which a read-only open cannot do; open it once in the app or run `cehours-cli init`</source>
        <translation>数据库 %1 的结构版本为 %2，需要升级到 %3，只读打开无法升级；请在程序中打开一次或运行 `cehours-cli init`</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a CE Hours database (`cehours-cli init` makes it one)</source>
        <translation>%1 是空的 SQLite 数据库，不是学时登记数据库（`cehours-cli init` 可将其初始化）</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s SQLite file (application id %2, tables: %3), not a CE Hours database; it was not changed</source>
        <translation>%1 是其他程序的 SQLite 文件（应用标识 %2，数据表：%3），不是学时登记数据库；未做任何更改</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this program supports (%3); update CE Hours. The file was not changed.</source>
        <translation>数据库 %1 的结构版本为 %2，高于本程序支持的版本（%3）；请更新程序。文件未做任何更改。</translation>
    </message>
    <message>
        <source>cannot back up %1 before upgrading its schema: %2</source>
        <translation>升级结构前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>no backup was found beside it</source>
        <translation>旁边没有找到备份</translation>
    </message>
    <message>
        <source>the latest backup is %1 (`cehours-cli restore %1`)</source>
        <translation>最近的备份是 %1（`cehours-cli restore %1`）</translation>
    </message>
    <message>
        <source>the database %1 is damaged and was not changed: %2
%3</source>
        <translation>数据库 %1 已损坏，未做任何更改：%2
%3</translation>
    </message>
    <message>
        <source>cannot bring the stored verdicts up to date: %1</source>
        <translation>无法更新已保存的学时结论：%1</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not available (Debian: libqt6sql6-psql)</source>
        <translation>Qt 的 PostgreSQL 驱动（QPSQL）不可用（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the tables of %1: %2</source>
        <translation>无法读取 %1 的数据表：%2</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a CE Hours database (`cehours-cli init` makes it one)</source>
        <translation>%1 是一个空数据库，不是继续教育学时数据库（`cehours-cli init` 可将其初始化）</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s tables (%2), not a CE Hours database; it was not changed</source>
        <translation>%1 中是其他程序的数据表（%2），不是继续教育学时数据库；未作任何更改</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this program supports (%3); update CE Hours. The database was not changed.</source>
        <translation>数据库 %1 的结构版本为 %2，高于本程序支持的版本（%3）；请升级本程序。数据库未作任何更改。</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2 and needs an upgrade to %3, which a read-only open cannot do; run `cehours-cli init` once</source>
        <translation>数据库 %1 的结构版本为 %2，需要升级到 %3，只读打开时无法升级；请先运行一次 `cehours-cli init`</translation>
    </message>
    <message>
        <source>%1: the database user %2 has no CE Hours role in this database (管理员, 经办人 or 查看); ask the administrator (`cehours-cli user add`)</source>
        <translation>%1：数据库用户 %2 在此数据库中没有本系统角色（管理员、经办人或查看）；请联系管理员（`cehours-cli user add`）</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given: name a file or a postgresql:// address.</source>
        <translation>未指定数据库：请给出数据库文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor a postgresql:// address.</source>
        <translation>“%1”既不是文件，也不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The database address “%1” is not valid: %2</source>
        <translation>数据库地址“%1”无效：%2</translation>
    </message>
    <message>
        <source>The database address contains a password. Passwords are not accepted on the command line or in CEHOURS_DB: put it in the file PGPASSFILE names (or ~/.pgpass), or save it in the app.</source>
        <translation>数据库地址中含有密码。命令行和 CEHOURS_DB 中不接受密码：请写入 PGPASSFILE 指定的文件（或 ~/.pgpass），或在程序中保存。</translation>
    </message>
    <message>
        <source>The port of the database address must be between 1 and 65535.</source>
        <translation>数据库地址的端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>The database address names no user: write it as postgresql://USER@%1/DATABASE.</source>
        <translation>数据库地址未写用户名：请写成 postgresql://用户名@%1/数据库名。</translation>
    </message>
    <message>
        <source>The database address must end with the database&apos;s name: postgresql://%1@%2/DATABASE.</source>
        <translation>数据库地址须以数据库名结尾：postgresql://%1@%2/数据库名。</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 不是以下之一：%2。</translation>
    </message>
    <message>
        <source>The database address has an option this program does not know: %1 (only sslmode).</source>
        <translation>数据库地址含有本程序不认识的选项：%1（只支持 sslmode）。</translation>
    </message>
</context>
<context>
    <name>DatabaseRelocator</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>No target folder was given.</source>
        <translation>未指定目标文件夹。</translation>
    </message>
    <message>
        <source>The database is already in %1.</source>
        <translation>数据库已位于 %1。</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty folder or move that file away first.</source>
        <translation>%1 已存在；请选择空文件夹，或先将该文件移走。</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose another folder.</source>
        <translation>%1 已存在且不为空；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Not enough free space in %1 (%2 MB needed).</source>
        <translation>%1 的可用空间不足（需要 %2 MB）。</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Cannot copy the database: %1</source>
        <translation>无法复制数据库：%1</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>无法将数据库复制到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>无法将 %1 复制到 %2：%3</translation>
    </message>
    <message>
        <source>Cannot open the copied database: %1</source>
        <translation>无法打开复制后的数据库：%1</translation>
    </message>
    <message>
        <source>Cannot check the copied database: %1</source>
        <translation>无法检查复制后的数据库：%1</translation>
    </message>
    <message>
        <source>The copied database is damaged: %1</source>
        <translation>复制后的数据库已损坏：%1</translation>
    </message>
    <message>
        <source>The copied database has a different schema version.</source>
        <translation>复制后的数据库结构版本不一致。</translation>
    </message>
    <message>
        <source>The database changed while it was being copied (another user or program?); try again.</source>
        <translation>复制期间数据库发生了变化（可能有其他用户或程序正在使用）；请重试。</translation>
    </message>
    <message>
        <source>The evidence folder has %1 files after copying, expected %2.</source>
        <translation>复制后佐证材料文件夹中有 %1 个文件，应为 %2 个。</translation>
    </message>
    <message>
        <source>Cannot verify %1: %2</source>
        <translation>无法校验 %1：%2</translation>
    </message>
    <message>
        <source>The evidence file %1 does not match its SHA-256 after copying; nothing was moved.</source>
        <translation>佐证材料文件 %1 复制后与其 SHA-256 校验值不符；未移动任何内容。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>yyyy-mm-dd (not given)</source>
        <translation>年-月-日（未填写）</translation>
    </message>
    <message>
        <source>Type 2026-03-10, 2026/3/10 or 20260310; Alt+Down opens the calendar</source>
        <translation>可输入 2026-03-10、2026/3/10 或 20260310；Alt+↓ 打开日历</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>从日历中选择 (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>--staff must be between 1 and 2000000</source>
        <translation>--staff 须在 1 到 2000000 之间</translation>
    </message>
    <message>
        <source>--years must be between 1 and 30</source>
        <translation>--years 须在 1 到 30 之间</translation>
    </message>
    <message>
        <source>--per-year must be between 0 and 100</source>
        <translation>--per-year 须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>--events and --event-size must not be negative</source>
        <translation>--events 和 --event-size 不能为负数</translation>
    </message>
    <message>
        <source>Unknown rule set %1</source>
        <translation>未知的规则 %1</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message numerus="yes">
        <source>The registry already has %n person(s); demo data goes into a new, empty database (cehours-cli init)</source>
        <translation>
            <numerusform>人员名册中已有 %n 人；演示数据只能写入新建的空数据库（cehours-cli init）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>DepartmentModel</name>
    <message>
        <source>(no department)</source>
        <translation>（未分部门）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>达标人数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Missing (h)</source>
        <translation>缺少学时</translation>
    </message>
</context>
<context>
    <name>EmptyRegistryView</name>
    <message>
        <source>The registry is empty. Import the unit&apos;s roster from Excel/CSV (File ▸ Save roster template gives the columns), or add people one by one.</source>
        <translation>人员名册为空。请从 Excel/CSV 导入本单位名册（“文件 ▸ 保存名册模板”提供所需列），或逐个添加人员。</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入人员名册…</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
</context>
<context>
    <name>EntryChecks</name>
    <message>
        <source>Cannot save the activity</source>
        <translation>无法保存活动</translation>
    </message>
    <message>
        <source>This activity earns 0 hours, so it is not saved: %1
Check the days, hours or other details.</source>
        <translation>此活动折算为 0 学时，未予保存：%1
请检查天数、学时或其他信息。</translation>
    </message>
    <message>
        <source>%1 h, counting as the whole year</source>
        <translation>%1 学时，视同完成全年学时</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <source>for each of %1 people</source>
        <translation>（%1 人每人）</translation>
    </message>
    <message>
        <source>for this person</source>
        <translation>（本人）</translation>
    </message>
    <message>
        <source>Large credit</source>
        <translation>学时较多，请确认</translation>
    </message>
    <message>
        <source>「%1」 credits %2 %3. Is the kind right? Save?</source>
        <translation>「%1」计 %2%3。活动类型是否选对？确定保存吗？</translation>
    </message>
    <message>
        <source>Date outside the year</source>
        <translation>日期不在计入年度内</translation>
    </message>
    <message>
        <source>The date %1 is not in %2, the year the hours are credited to (the notices credit an activity in the year it was completed, published or obtained). Credit it to %2 anyway?</source>
        <translation>日期 %1 不在计入年度 %2 年内（文件规定按结题、出版、获得当年认定学时）。仍计入 %2 年度吗？</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>未填写日期</translation>
    </message>
    <message>
        <source>No date was entered. The notices credit an activity in the year it was completed, published or obtained, so the date is what shows it belongs to %1. Credit it to %1 without a date?</source>
        <translation>未填写日期。通知按结题、出版或取得当年计入学时，日期是计入 %1 年度的依据。仍要不填日期计入 %1 年度吗？</translation>
    </message>
</context>
<context>
    <name>EventActivities</name>
    <message>
        <source>%1: partial attendance needs the event&apos;s days (the kind has no days field)</source>
        <translation>%1：按实际参加天数计算需要培训班的天数（该类别没有天数字段）</translation>
    </message>
    <message>
        <source>%1: %2 days attended is more than the event&apos;s %3 days</source>
        <translation>%1：实际参加%2天，超过培训班的%3天</translation>
    </message>
    <message>
        <source>考试结果%1: not credited</source>
        <translation>考试结果%1，不计学时</translation>
    </message>
    <message>
        <source>The registry has no unit yet (run init with the unit&apos;s details)</source>
        <translation>尚未登记单位（请先用 init 填写单位信息）</translation>
    </message>
    <message>
        <source>The training event has no theme (培训主题)</source>
        <translation>培训班未填写培训主题</translation>
    </message>
    <message>
        <source>%1: give the start and end dates</source>
        <translation>%1：请填写开始和结束日期</translation>
    </message>
    <message>
        <source>%1: the end date %2 is before the start date %3</source>
        <translation>%1：结束日期 %2 早于开始日期 %3</translation>
    </message>
    <message>
        <source>%1: 培训形式 must be 线下 or 线上, not %2</source>
        <translation>%1：培训形式应为线下或线上，不能是%2</translation>
    </message>
    <message>
        <source>Subject must be public or professional, not %1</source>
        <translation>科目应为公需或专业，不能是 %1</translation>
    </message>
    <message>
        <source>%1: the rule set %2 has no activity kind %3</source>
        <translation>%1：规则集 %2 中没有活动类别 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the kind %2 lets the person choose the subject: choose public or professional</source>
        <translation>%1：类别“%2”由本人选择科目，请选择公需科目或专业科目</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) have a submitted (locked) year; reopen it before changing the event: %1</source>
        <translation>
            <numerusform>%n 名参加人员的年度已提交锁定，请先重新开放再修改培训班：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>&amp;Save event</source>
        <translation>保存培训班(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add people…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a &amp;department…</source>
        <translation>按部门添加(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation>添加证明材料(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print summary sheet…</source>
        <translation>打印汇总表(&amp;P)…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <source>New training event</source>
        <translation>新建培训班</translation>
    </message>
    <message>
        <source>Training event: %1</source>
        <translation>培训班：%1</translation>
    </message>
    <message>
        <source>%1 participants, %2 passed</source>
        <translation>参加 %1 人，合格 %2 人</translation>
    </message>
    <message>
        <source>No evidence yet (通知, 课程表, 签到表, 结业名单)</source>
        <translation>尚无证明材料（通知、课程表、签到表、结业名单）</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证明材料：%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>添加参加人员</translation>
    </message>
    <message>
        <source>Add a department</source>
        <translation>按部门添加</translation>
    </message>
    <message>
        <source>Department (everybody 在职 in it is added):</source>
        <translation>部门（添加该部门全部在职人员）：</translation>
    </message>
    <message>
        <source>Nobody new in %1</source>
        <translation>%1 中没有可新增的人员</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>移除参加人员</translation>
    </message>
    <message>
        <source>Remove %1 from the event (and the activity it credits)?</source>
        <translation>从培训班移除 %1（及其对应的学时活动）？</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <source>Attach evidence to the event</source>
        <translation>为培训班添加证明材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未添加材料</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>EventEvidence</name>
    <message>
        <source>Training event %1 does not exist</source>
        <translation>培训班 %1 不存在</translation>
    </message>
    <message>
        <source>Evidence %1 does not exist</source>
        <translation>证明材料 %1 不存在</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>培训主题, e.g. 2025年急诊急救技能培训班</source>
        <translation>培训主题，如 2025年急诊急救技能培训班</translation>
    </message>
    <message>
        <source>e.g. 2025-04-20</source>
        <translation>如 2025-04-20</translation>
    </message>
    <message>
        <source>(as the kind says)</source>
        <translation>（按类别）</translation>
    </message>
    <message>
        <source>Public subjects</source>
        <translation>公需科目</translation>
    </message>
    <message>
        <source>Professional subjects</source>
        <translation>专业科目</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>Organiser (主办)</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Host (承办)</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Form (培训形式)</source>
        <translation>培训形式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Filing date</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Filing authority</source>
        <translation>备案机关</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Filing date: %1 is not a date (write it as 2025-04-20)</source>
        <translation>备案日期：%1 不是日期（请写成 2025-04-20）</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格人数</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>No training event %1 (see event list)</source>
        <translation>没有培训班 %1（见 event list）</translation>
    </message>
    <message>
        <source>%1 names %2 events (numbers %3): give the number</source>
        <translation>“%1”对应 %2 个培训班（编号 %3），请给出编号</translation>
    </message>
    <message>
        <source>Training event %1 does not exist</source>
        <translation>培训班 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is already on the event</source>
        <translation>%1 已在培训班中</translation>
    </message>
    <message>
        <source>%1 has left the unit (离职) and cannot be added</source>
        <translation>%1 已离职，不能添加</translation>
    </message>
    <message>
        <source>%1: 考试结果 must be one of %2</source>
        <translation>%1：考试结果应为 %2 之一</translation>
    </message>
    <message>
        <source>%1 is not on the event</source>
        <translation>%1 不在培训班中</translation>
    </message>
    <message>
        <source>That person is not on the event</source>
        <translation>此人不在培训班中</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Training events</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新建培训班(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete training event</source>
        <translation>删除培训班</translation>
    </message>
    <message>
        <source>Delete %1 with its participants and the activities it credits?</source>
        <translation>删除“%1”及其参加人员和对应的学时活动？</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Copied into the evidence store when the activity is saved</source>
        <translation>保存活动时复制到佐证材料库</translation>
    </message>
    <message>
        <source>(on save)</source>
        <translation>（保存时）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>OFD document</source>
        <translation>OFD 文档</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Tick each document as you attach it</source>
        <translation>每附上一份材料，请勾选对应项</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Required evidence for this kind:</source>
        <translation>此类活动需提供的佐证材料：</translation>
    </message>
    <message>
        <source>(the rule set names no particular document)</source>
        <translation>（规则集未指定具体材料）</translation>
    </message>
    <message>
        <source>%1 file(s) attached; drop files here</source>
        <translation>已附 %1 个文件；可将文件拖放到此处</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>Evidence (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;All files (*)</source>
        <translation>佐证材料 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除佐证材料</translation>
    </message>
    <message>
        <source>Remove %1 from this activity?</source>
        <translation>确定从此活动中移除 %1 吗？</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>打开佐证材料</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>The file %1 is missing.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Activity %1 does not exist</source>
        <translation>活动 %1 不存在</translation>
    </message>
    <message>
        <source>The year %1 has been submitted and is locked; reopen it before changing its evidence</source>
        <translation>%1 年度已提交申报并锁定；修改佐证材料前请先解锁</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>Cannot create the evidence folder %1</source>
        <translation>无法创建佐证材料文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the evidence store: %2</source>
        <translation>无法将 %1 复制到佐证材料库：%2</translation>
    </message>
    <message>
        <source>Cannot write into the evidence store: %1</source>
        <translation>无法写入佐证材料库：%1</translation>
    </message>
    <message>
        <source>Evidence %1 does not exist</source>
        <translation>佐证材料 %1 不存在</translation>
    </message>
    <message>
        <source>The evidence record of %1 has an invalid hash; it was altered outside CE Hours</source>
        <translation>%1 的佐证记录哈希值无效：已在本软件之外被改动</translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing from the evidence folder (%2)</source>
        <translation>佐证材料文件夹中缺少 %1 的存档副本（%2）</translation>
    </message>
    <message>
        <source>This file belongs to the training event; remove it from the event</source>
        <translation>该文件属于培训班，请在培训班中移除</translation>
    </message>
    <message>
        <source>Evidence %1 has an invalid hash (altered outside CE Hours); nothing was removed. Run the evidence check.</source>
        <translation>佐证记录 %1 的哈希值无效（已在本软件之外被改动）；未删除任何内容。请运行佐证材料检查。</translation>
    </message>
    <message>
        <source>Cannot read the evidence file: %1</source>
        <translation>无法读取佐证材料文件：%1</translation>
    </message>
    <message>
        <source>The stored copy %1 is missing from the database</source>
        <translation>数据库中缺少存档副本 %1</translation>
    </message>
    <message>
        <source>Cannot write the evidence out: %1</source>
        <translation>无法导出佐证材料：%1</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 hash</source>
        <translation>%1 不是 SHA-256 散列值</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The stored copy of %1 cannot be read from the database: %2</source>
        <translation>无法从数据库读取 %1 的存档副本：%2</translation>
    </message>
    <message>
        <source>The stored copy of %1 in the database has been altered (its hash differs); run the evidence check</source>
        <translation>数据库中 %1 的存档副本已被改动（散列值不符）；请运行佐证材料检查</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB an evidence file may have; it was not added</source>
        <translation>%1 为 %2 MB，超过佐证材料文件的上限 %3 MB；未添加</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Exports and printed forms</source>
        <translation>导出文件与打印表格</translation>
    </message>
    <message>
        <source>Import file for the provincial system</source>
        <translation>省级学时管理系统导入文件</translation>
    </message>
    <message>
        <source>Leave out people whose year has errors</source>
        <translation>跳过当年数据有错误的人员</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Export .csv…</source>
        <translation>导出 .csv…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Printed forms</source>
        <translation>打印表格</translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation>预览 / 打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>ID numbers, comma-separated (empty: everyone with activities)</source>
        <translation>身份证号码，以逗号分隔（留空：所有有活动记录的人员）</translation>
    </message>
    <message>
        <source>Credit-hour certificates</source>
        <translation>学时认定单</translation>
    </message>
    <message>
        <source>Yearly compliance report</source>
        <translation>年度达标情况报告</translation>
    </message>
    <message>
        <source>Results and problems of the last export appear here.</source>
        <translation>上次导出的结果和问题显示在此处。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Nothing was exported. People whose year has errors:</source>
        <translation>未导出任何数据。当年数据有错误的人员：</translation>
    </message>
    <message>
        <source>Written: %1
%2 person-year rows, %3 activity rows.</source>
        <translation>已写入：%1
人员年度记录 %2 行，活动记录 %3 行。</translation>
    </message>
    <message>
        <source>Left out (errors in their year):</source>
        <translation>已跳过（当年数据有错误）：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>The last year is before the first year</source>
        <translation>结束年度早于起始年度</translation>
    </message>
    <message>
        <source>Nobody to print: no activities in these years</source>
        <translation>没有可打印的人员：这些年度内没有活动记录</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Summary of staff who completed continuing education</source>
        <translation>继续教育合格人员简明情况汇总表</translation>
    </message>
    <message>
        <source>Department (empty: all, in department order)</source>
        <translation>部门（空：全部，按部门排列）</translation>
    </message>
    <message>
        <source>Registration records (per person)</source>
        <translation>继续教育登记表（每人一份）</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2年度 %3</translation>
    </message>
    <message>
        <source>No training event in %1: create one in the training events section</source>
        <translation>%1 年没有培训班：请先在“培训班”中新建</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1 年度</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>Preparing the form</source>
        <translation>正在准备表格</translation>
    </message>
    <message>
        <source>Reading the registry</source>
        <translation>正在读取数据</translation>
    </message>
    <message>
        <source>Exporting the people and activities of %1 to %2</source>
        <translation>正在导出 %1 年度的人员和学习活动到 %2</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>FilingCheck</name>
    <message>
        <source>No filing date (备案日期) is recorded; %1</source>
        <translation>未填写备案日期；%1</translation>
    </message>
    <message>
        <source>Filed on %1, later than %2 (%3 days before the start %4); %5</source>
        <translation>备案日期 %1 晚于 %2（开班日期 %4 前 %3 日）；%5</translation>
    </message>
    <message>
        <source>Filed on %1, after the start %2; %3</source>
        <translation>备案日期 %1 晚于开班日期 %2；%3</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number is missing</source>
        <translation>缺少身份证号码</translation>
    </message>
    <message>
        <source>ID number must have 18 characters, found %1</source>
        <translation>身份证号码应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>ID number: the first 17 characters must be digits</source>
        <translation>身份证号码：前 17 位必须是数字</translation>
    </message>
    <message>
        <source>ID number: the last character must be a digit or X</source>
        <translation>身份证号码：最后一位必须是数字或 X</translation>
    </message>
    <message>
        <source>ID number: the birth date %1 is not a valid date</source>
        <translation>身份证号码：出生日期 %1 不是有效日期</translation>
    </message>
    <message>
        <source>ID number: check digit should be %1, found %2</source>
        <translation>身份证号码：校验位应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>ID number: the birth date %1 is in the future</source>
        <translation>身份证号码：出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>ID number: the birth date %1 gives an age under %2 on %3</source>
        <translation>身份证号码：出生日期 %1 在 %3 时未满 %2 周岁</translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <source>Canceled: nothing was changed.</source>
        <translation>已取消：未作任何更改。</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Another task is still running.</source>
        <translation>另一项任务仍在进行中。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始……</translation>
    </message>
    <message>
        <source>The window stays usable for reading; other changes wait until this has finished.</source>
        <translation>窗口仍可浏览；其他修改须待本任务完成后再进行。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Canceling… nothing of this task will be kept.</source>
        <translation>正在取消……本任务的任何改动都不会保留。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理……</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>the credential store did not answer</source>
        <translation>系统凭据库没有响应</translation>
    </message>
    <message>
        <source>this build has no credential store (QtKeychain)</source>
        <translation>此版本不支持系统凭据库（QtKeychain）</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>(operator not named)</source>
        <translation>（未填写操作员）</translation>
    </message>
    <message>
        <source>Submitted on %1 by %2: the year is locked; a correction needs a reopen with a reason.</source>
        <translation>%2 已于 %1 提交申报：该年度已锁定；如需更正，须填写原因后解锁。</translation>
    </message>
    <message>
        <source>Reopened on %1 by %2 (reason: %3); submit again when corrected.</source>
        <translation>%2 已于 %1 解锁（原因：%3）；更正后请重新提交。</translation>
    </message>
    <message>
        <source>Warning: this year differs from what the audit log recorded at submission:
%1</source>
        <translation>警告：该年度与提交时审计日志记载的内容不一致：
%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Staff registry</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>学时登记</translation>
    </message>
    <message>
        <source>Yearly overview</source>
        <translation>年度汇总</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>导出与打印</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Year: </source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>The year shown in every section</source>
        <translation>各栏目显示的年度</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入人员名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>添加人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;activity…</source>
        <translation>添加活动(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>查找人员(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上一年度</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下一年度</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CE Hours</source>
        <translation>关于继续教育学时登记(&amp;A)</translation>
    </message>
    <message>
        <source>CE Hours</source>
        <translation>继续教育学时登记</translation>
    </message>
    <message>
        <source>%1 — CE Hours</source>
        <translation>%1 — 继续教育学时登记</translation>
    </message>
    <message>
        <source>Save roster &amp;template…</source>
        <translation>保存名册模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save roster template</source>
        <translation>保存名册模板</translation>
    </message>
    <message>
        <source>roster-template.xlsx</source>
        <translation>人员名册模板.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <source>Training events</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Import a&amp;ctivities…</source>
        <translation>导入学时(&amp;C)…</translation>
    </message>
    <message>
        <source>Save activity te&amp;mplate…</source>
        <translation>保存学时导入模板(&amp;M)…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This database is read-only (%1): you can look at and export the records, not change them.</source>
        <translation>此数据库为只读（%1）：可以查看和导出记录，不能修改。</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>数据库连接(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MigrateSection</name>
    <message>
        <source>Move to another kind of database</source>
        <translation>迁移到另一种数据库</translation>
    </message>
    <message>
        <source>Copies the whole registry (evidence files and audit log too) into a new database file, e.g. as an archive. The server database stays in use.</source>
        <translation>将整个登记库（含佐证材料文件和审计日志）复制到一个新的数据库文件，例如用于存档。服务器数据库继续使用。</translation>
    </message>
    <message>
        <source>Copies the whole registry (evidence files and audit log too) into an empty server database (PostgreSQL), for several clerks. This file stays in use until you open the server database.</source>
        <translation>将整个登记库（含佐证材料文件和审计日志）复制到一个空的服务器数据库（PostgreSQL），供多名经办人共用。在打开服务器数据库之前，仍使用本文件。</translation>
    </message>
    <message>
        <source>Migrate to a database &amp;file…</source>
        <translation>迁移到数据库文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Migrate to a &amp;server database…</source>
        <translation>迁移到服务器数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>Migrate to a database file</source>
        <translation>迁移到数据库文件</translation>
    </message>
    <message>
        <source>CE Hours database (*.sqlite)</source>
        <translation>学时登记数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Migrate to a server database</source>
        <translation>迁移到服务器数据库</translation>
    </message>
    <message>
        <source>Address of the empty server database, e.g. postgresql://clerk@db.example.org/registry
(the password comes from the credential store or pgpass, never from here):</source>
        <translation>空服务器数据库的地址，例如 postgresql://clerk@db.example.org/registry
（密码取自系统凭据库或 pgpass，不在此处填写）：</translation>
    </message>
    <message>
        <source>Migrating the registry</source>
        <translation>正在迁移登记库</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Nothing was migrated; the target was left without data.
%1</source>
        <translation>未迁移任何内容；目标库未保留任何数据。
%1</translation>
    </message>
    <message>
        <source>The registry was copied to %1 and verified: %2 rows in %3 tables, %4 evidence file(s) (%5 bytes) with their hashes, the audit chain intact up to row %6.
CE Hours keeps working on the current database.</source>
        <translation>登记库已复制到 %1 并核验：%3 张表共 %2 行，%4 个佐证材料文件（%5 字节）散列值一致，审计链完整至第 %6 行。
本程序仍使用当前数据库。</translation>
    </message>
</context>
<context>
    <name>OpeningCheck</name>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>Checking the database file (a few seconds)… You can look around; changes can be saved once the check has passed.</source>
        <translation>正在检查数据库文件（需几秒钟）……可以先浏览查看；检查通过后才能保存修改。</translation>
    </message>
    <message>
        <source>This database is damaged: nothing can be saved to it. Restore the latest backup in Settings › Backups.</source>
        <translation>此数据库已损坏：不能再保存任何修改。请在“设置 › 备份”中恢复最近的备份。</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Database checked: sound.</source>
        <translation>数据库检查完毕：完好。</translation>
    </message>
    <message>
        <source>The stored verdicts are being recomputed (%1); the hours and verdicts shown are not current until it has finished.</source>
        <translation>正在重新计算已保存的达标结论（%1）；计算完成前，显示的学时和结论不是最新的。</translation>
    </message>
    <message>
        <source>Recomputing the stored verdicts</source>
        <translation>正在重新计算达标结论</translation>
    </message>
    <message>
        <source>Recomputing the verdicts of every person-year</source>
        <translation>正在重新计算每人每年的达标结论</translation>
    </message>
    <message>
        <source>Stored verdicts</source>
        <translation>已保存的达标结论</translation>
    </message>
    <message>
        <source>The stored verdicts could not be recomputed:
%1

Run `cehours-cli recompute`, or restart CE Hours.</source>
        <translation>无法重新计算已保存的达标结论：
%1

请运行 `cehours-cli recompute`，或重新启动本程序。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>CE Hours</source>
        <translation>继续教育学时登记</translation>
    </message>
    <message>
        <source>The daily backup failed:
%1</source>
        <translation>每日备份失败：
%1</translation>
    </message>
</context>
<context>
    <name>OperatorNameDialog</name>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Who is working with CE Hours on this computer? The name is recorded with every change in the audit log, beside the computer&apos;s user name.</source>
        <translation>请问在这台电脑上使用本软件的是谁？每一项修改都会连同您的姓名和电脑用户名一起记入审计日志。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Title &amp;cycle check…</source>
        <translation>职称周期核查(&amp;C)…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Double-click opens the person</source>
        <translation>双击打开人员页面</translation>
    </message>
    <message>
        <source>Still short, largest gap first</source>
        <translation>尚未达标人员（按差额从大到小）</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门统计</translation>
    </message>
    <message>
        <source>%1: the unit has no rule set for this year; choose one in Settings.</source>
        <translation>%1：本单位没有适用于该年度的规则集，请在“设置”中选择。</translation>
    </message>
    <message>
        <source>%1: %2 people, %3 compliant (%4%), %5 short</source>
        <translation>%1：共 %2 人，达标 %3 人（%4%），未达标 %5 人</translation>
    </message>
    <message>
        <source>No rule set.</source>
        <translation>未设置规则集。</translation>
    </message>
    <message>
        <source>passed %1 days ago</source>
        <translation>已过 %1 天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>还剩 %1 天</translation>
    </message>
    <message>
        <source>The rule set names no deadline for %1.</source>
        <translation>规则集未规定 %1 的截止日期。</translation>
    </message>
    <message>
        <source>&amp;Submit compliant declarations…</source>
        <translation>提交达标人员年度申报(&amp;S)…</translation>
    </message>
    <message>
        <source>Submit (and lock) the year of everyone who meets the requirement</source>
        <translation>为所有达标人员提交（并锁定）本年度申报</translation>
    </message>
    <message>
        <source>Submit declarations</source>
        <translation>提交年度申报</translation>
    </message>
    <message>
        <source>No compliant person has an open %1 declaration.</source>
        <translation>没有待提交 %1 年度申报的达标人员。</translation>
    </message>
    <message>
        <source>Submit the %1 declarations of %2 compliant people? Their years are locked afterwards.</source>
        <translation>提交 %2 名达标人员的 %1 年度申报吗？提交后该年度将被锁定。</translation>
    </message>
    <message>
        <source>%1 declarations could not be submitted:
%2</source>
        <translation>有 %1 份申报未能提交：
%2</translation>
    </message>
    <message>
        <source>%1 people short of the %2 h public-subject minimum, %3 h missing</source>
        <translation>公需科目未达 %2 学时的 %1 人，共缺 %3 学时</translation>
    </message>
    <message>
        <source>public subjects; the rule set sets no separate public minimum to count anyone short of</source>
        <translation>公需科目（规则集未单设公需最低学时，此项不统计未达标人数）</translation>
    </message>
    <message>
        <source>%1 people short of the %2 h professional-subject minimum, %3 h missing</source>
        <translation>专业科目未达 %2 学时的 %1 人，共缺 %3 学时</translation>
    </message>
    <message>
        <source>professional subjects; the rule set sets no separate professional minimum</source>
        <translation>专业科目（规则集未单设专业最低学时）</translation>
    </message>
    <message>
        <source>%1 people short of the year&apos;s %2 h, %3 h missing</source>
        <translation>年度未达 %2 学时的 %1 人，共缺 %3 学时</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3): %4 &lt;span style=&apos;color:#666&apos;&gt;(%5)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2（%3）：%4 &lt;span style=&apos;color:#666&apos;&gt;（%5）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Import participants: %1</source>
        <translation>导入参加人员：%1</translation>
    </message>
    <message>
        <source>%1 rows have problems; nothing is imported until the file is corrected.</source>
        <translation>%1 行有问题；文件改正前不导入任何数据。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>导入参加人员</translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation>正在导入参训人员</translation>
    </message>
    <message>
        <source>Writing participants and their activities</source>
        <translation>正在写入参训人员及其学时活动</translation>
    </message>
    <message>
        <source>Checking the participants</source>
        <translation>正在检查参训人员</translation>
    </message>
    <message>
        <source>Reading and checking every row of %1…</source>
        <translation>正在读取并逐行检查 %1……</translation>
    </message>
</context>
<context>
    <name>ParticipantImporter</name>
    <message>
        <source>Training event %1 does not exist</source>
        <translation>培训班 %1 不存在</translation>
    </message>
    <message>
        <source>%1: no header row with the columns 身份证号码 and 姓名 in the first %2 rows</source>
        <translation>%1：前 %2 行中没有包含“身份证号码”和“姓名”的表头行</translation>
    </message>
    <message>
        <source>duplicate ID number in the file (also in row %1)</source>
        <translation>文件中身份证号码重复（第%1行已有）</translation>
    </message>
    <message>
        <source>not in the staff registry</source>
        <translation>不在人员名册中</translation>
    </message>
    <message>
        <source>the name %1 does not match the registry&apos;s %2 for this ID number</source>
        <translation>姓名“%1”与名册中该身份证号码的姓名“%2”不符</translation>
    </message>
    <message>
        <source>%1 has left the unit (离职)</source>
        <translation>%1 已离职</translation>
    </message>
    <message>
        <source>考试结果 %1 is not one of %2</source>
        <translation>考试结果“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>实际参加天数 %1 is not a positive number</source>
        <translation>实际参加天数 %1 不是正数</translation>
    </message>
    <message>
        <source>培训学时 %1 is not a number</source>
        <translation>培训学时 %1 不是数字</translation>
    </message>
    <message>
        <source>Row %1 (%2): 培训学时 %3 in the file, %4 credited by the rules (%5)</source>
        <translation>第%1行（%2）：文件中培训学时为 %3，按规则认定 %4（%5）</translation>
    </message>
    <message>
        <source>the year %1 of %2 is submitted and locked</source>
        <translation>%2 的 %1 年度已提交锁定</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) failed; nothing was imported</source>
        <translation>
            <numerusform>%1：%n 行校验失败，未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to change, %4 unchanged, %5 failed</source>
        <translation>%1：新增 %2，修改 %3，未变 %4，失败 %5</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>实际参加天数 must be a number of days (empty = the whole event)</source>
        <translation>实际参加天数应为天数（留空表示全程参加）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>技术职称</translation>
    </message>
    <message>
        <source>Exam result</source>
        <translation>考试结果</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>实际参加天数</translation>
    </message>
    <message>
        <source>Credited h</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s credential store</source>
        <translation>记住密码，保存在本机的系统凭据库中(&amp;R)</translation>
    </message>
    <message>
        <source>Remember (no credential store on this computer: asked at every start)</source>
        <translation>记住密码（本机没有系统凭据库：每次启动都会询问）</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>← Registry</source>
        <translation>← 人员名册</translation>
    </message>
    <message>
        <source>Back to the registry (Esc)</source>
        <translation>返回人员名册 (Esc)</translation>
    </message>
    <message>
        <source>Edit &amp;person…</source>
        <translation>编辑人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年度情况</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>添加活动(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an activity (Ctrl+Shift+N)</source>
        <translation>添加活动 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Submit year</source>
        <translation>提交年度申报(&amp;S)</translation>
    </message>
    <message>
        <source>Submit the year&apos;s declaration: the year is locked afterwards</source>
        <translation>提交本年度申报：提交后该年度将被锁定</translation>
    </message>
    <message>
        <source>&amp;Reopen year…</source>
        <translation>解锁年度(&amp;R)…</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>（未选择人员）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <translation>%1 的活动</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete %1 and its evidence links?</source>
        <translation>确定删除 %1 及其佐证材料关联吗？</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>No activity recorded for this year yet.</source>
        <translation>本年度尚未登记任何活动。</translation>
    </message>
    <message>
        <source>&amp;Cycle check…</source>
        <translation>职称周期核查(&amp;C)…</translation>
    </message>
    <message>
        <source>Credit hours over the tenure cycle before a title application</source>
        <translation>申报职称前任职周期内的学时情况</translation>
    </message>
    <message>
        <source>The year %1 of %2 is submitted and locked; reopen it (with a reason) first.</source>
        <translation>%2 的 %1 年度已提交并锁定；请先填写原因解锁。</translation>
    </message>
</context>
<context>
    <name>PersonProfile</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Gender / born</source>
        <translation>性别 / 出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Series / sub-specialty</source>
        <translation>系列 / 专业</translation>
    </message>
    <message>
        <source>Title sought</source>
        <translation>拟申报职称</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PersonYearsModel</name>
    <message>
        <source>(no rule set)</source>
        <translation>（无规则集）</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>总学时 %1</translation>
    </message>
    <message>
        <source>public %1</source>
        <translation>公需科目 %1</translation>
    </message>
    <message>
        <source>professional %1</source>
        <translation>专业科目 %1</translation>
    </message>
    <message>
        <source>Submitted %1 (locked)</source>
        <translation>已于 %1 提交（已锁定）</translation>
    </message>
    <message>
        <source>Reopened %1</source>
        <translation>已于 %1 解锁</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Reopened by %1: %2</source>
        <translation>由 %1 解锁，原因：%2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公需科目</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业科目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Shortfall (h)</source>
        <translation>差额（学时）</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>申报状态</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Install a viewer for this type of file, or copy it from the evidence folder.</source>
        <translation>本机没有可打开 %1 的程序。请安装此类文件的查看程序，或从佐证材料文件夹中复制该文件。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CE Hours</source>
        <translation>继续教育学时登记</translation>
    </message>
    <message>
        <source>Cannot open the database %1:
%2</source>
        <translation>无法打开数据库 %1：
%2</translation>
    </message>
    <message>
        <source>CE Hours (the app)</source>
        <translation>继续教育学时登记（程序）</translation>
    </message>
    <message>
        <source>The daily backup failed:
%1</source>
        <translation>每日备份失败：
%1</translation>
    </message>
    <message>
        <source>

To change the connection, start CE Hours with --choose-database.</source>
        <translation>

如需更改数据库连接，请以 --choose-database 参数启动本程序。</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <source>Registry %1 %2.xlsx</source>
        <translation>%1 人员名册 %2年.xlsx</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <source>%1 people written to %2</source>
        <translation>已将 %1 人写入 %2</translation>
    </message>
</context>
<context>
    <name>RegistryMigration</name>
    <message>
        <source>The source and the target are the same database (%1)</source>
        <translation>源库与目标库是同一个数据库（%1）</translation>
    </message>
    <message>
        <source>Cannot open the source %1: %2</source>
        <translation>无法打开源库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the target %1: %2</source>
        <translation>无法打开目标库 %1：%2</translation>
    </message>
    <message>
        <source>The source has schema version %1 and the target %2; nothing was copied</source>
        <translation>源库的数据库结构版本为 %1，目标库为 %2；未复制任何内容</translation>
    </message>
    <message>
        <source>table %1 is missing in the target</source>
        <translation>目标库缺少表 %1</translation>
    </message>
    <message>
        <source>table %1 has the columns (%2) in the source but (%3) in the target</source>
        <translation>表 %1 在源库中的列为（%2），在目标库中为（%3）</translation>
    </message>
    <message>
        <source>table %1 is only in the target</source>
        <translation>表 %1 只存在于目标库</translation>
    </message>
    <message>
        <source>The schemas differ; nothing was copied: %1</source>
        <translation>数据库结构不一致，未复制任何内容：%1</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1 in the target</source>
        <translation>无法统计目标库中 %1 的行数</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>The target %1 is not empty: %2. Migrate into a new file or an empty database; nothing was copied</source>
        <translation>目标库 %1 不是空的：%2。请迁移到新文件或空数据库；未复制任何内容</translation>
    </message>
    <message>
        <source>The source&apos;s audit log is broken at row %1 (%2); nothing was copied</source>
        <translation>源库的审计日志在第 %1 行断裂（%2）；未复制任何内容</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2; the target was left without data</source>
        <translation>复制表 %1 失败：%2；目标库未保留任何数据</translation>
    </message>
    <message>
        <source>Cannot enable the triggers of %1 again</source>
        <translation>无法重新启用 %1 的触发器</translation>
    </message>
    <message>
        <source>Copying the evidence files</source>
        <translation>正在复制佐证材料文件</translation>
    </message>
    <message>
        <source>Verifying the target</source>
        <translation>正在核验目标库</translation>
    </message>
    <message>
        <source>The target could not be committed: %1</source>
        <translation>目标库无法提交：%1</translation>
    </message>
    <message>
        <source>The source has an evidence row with the invalid hash &quot;%1&quot;; run `cehours-cli evidence verify` on it</source>
        <translation>源库中有散列值无效（&quot;%1&quot;）的佐证材料记录；请对源库运行 `cehours-cli evidence verify`</translation>
    </message>
    <message>
        <source>The evidence %1 cannot be read from the source: %2</source>
        <translation>无法从源库读取佐证材料 %1：%2</translation>
    </message>
    <message>
        <source>The evidence %1 is missing from the source (%2)</source>
        <translation>源库缺少佐证材料 %1（%2）</translation>
    </message>
    <message>
        <source>The evidence %1 of the source has been altered (its bytes have another hash); run `cehours-cli evidence verify` on it</source>
        <translation>源库的佐证材料 %1 已被改动（内容的散列值不同）；请对源库运行 `cehours-cli evidence verify`</translation>
    </message>
    <message>
        <source>The evidence %1 cannot be written to the target: %2</source>
        <translation>无法将佐证材料 %1 写入目标库：%2</translation>
    </message>
    <message>
        <source>Cannot move the id sequence of %1: %2</source>
        <translation>无法推进 %1 的编号序列：%2</translation>
    </message>
    <message>
        <source>Verification failed: the table %1 has %2 rows in the source but %3 in the target; nothing was kept</source>
        <translation>核验未通过：表 %1 在源库有 %2 行，在目标库有 %3 行；未保留任何内容</translation>
    </message>
    <message>
        <source>Verification failed: the rows of %1 differ between the source and the target; nothing was kept</source>
        <translation>核验未通过：表 %1 的数据在源库与目标库之间不一致；未保留任何内容</translation>
    </message>
    <message>
        <source>Verification failed: the target&apos;s evidence rows reference %1 contents, the source&apos;s %2; nothing was kept</source>
        <translation>核验未通过：目标库的佐证材料记录引用 %1 份内容，源库为 %2 份；未保留任何内容</translation>
    </message>
    <message>
        <source>Verification failed: the evidence %1 read back from the target has another hash%2; nothing was kept</source>
        <translation>核验未通过：从目标库读回的佐证材料 %1 散列值不同%2；未保留任何内容</translation>
    </message>
    <message>
        <source>Verification failed: the target&apos;s audit log is broken at row %1 (%2); nothing was kept</source>
        <translation>核验未通过：目标库的审计日志在第 %1 行断裂（%2）；未保留任何内容</translation>
    </message>
    <message>
        <source>Verification failed: the target&apos;s audit chain ends at row %1, the source&apos;s at row %2; nothing was kept</source>
        <translation>核验未通过：目标库的审计链止于第 %1 行，源库止于第 %2 行；未保留任何内容</translation>
    </message>
</context>
<context>
    <name>RoleGrants</name>
    <message>
        <source>%1 (statement: %2)</source>
        <translation>%1（语句：%2）</translation>
    </message>
    <message>
        <source>the group role %1 does not exist and this login may not create it (%2): run `cehours-cli init` as the database&apos;s owner with CREATEROLE, or have the server&apos;s administrator run %3</source>
        <translation>组角色 %1 不存在，当前登录用户无权创建（%2）：请以具有 CREATEROLE 权限的数据库所有者运行 `cehours-cli init`，或请服务器管理员执行 %3</translation>
    </message>
    <message>
        <source>cannot apply the role grants: %1</source>
        <translation>无法设置角色权限：%1</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <source>18-character resident ID number (required; keep the cell as text)</source>
        <translation>18 位居民身份证号码（必填；单元格请保持文本格式）</translation>
    </message>
    <message>
        <source>Full name (required)</source>
        <translation>姓名（必填）</translation>
    </message>
    <message>
        <source>男 or 女; may be left empty (taken from the ID number)</source>
        <translation>男或女；可留空（从身份证号码读取）</translation>
    </message>
    <message>
        <source>Ethnic group, e.g. 汉族</source>
        <translation>民族，如：汉族</translation>
    </message>
    <message>
        <source>Department within the unit</source>
        <translation>所在部门</translation>
    </message>
    <message>
        <source>Professional title, e.g. 工程师</source>
        <translation>职称，如：工程师</translation>
    </message>
    <message>
        <source>初级, 中级, 副高级 or 正高级</source>
        <translation>初级、中级、副高级或正高级</translation>
    </message>
    <message>
        <source>Title series (申报大类), e.g. 工程</source>
        <translation>职称系列（申报大类），如：工程</translation>
    </message>
    <message>
        <source>Sub-specialty, e.g. 建筑学</source>
        <translation>专业，如：建筑学</translation>
    </message>
    <message>
        <source>Title the person intends to apply for</source>
        <translation>拟申报的职称</translation>
    </message>
    <message>
        <source>Highest education, e.g. 大学本科</source>
        <translation>最高学历，如：大学本科</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Date joined the unit, e.g. 2020-07-01</source>
        <translation>入职日期，如：2020-07-01</translation>
    </message>
    <message>
        <source>在职 or 离职; empty means 在职</source>
        <translation>在职或离职；留空表示在职</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>导入人员名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>人员名册 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import roster: %1</source>
        <translation>导入人员名册：%1</translation>
    </message>
    <message>
        <source>%1 rows read: %2</source>
        <translation>已读取 %1 行：%2</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message>
        <source>%1 rows have problems; nothing is imported until the file is corrected.</source>
        <translation>%1 行有问题；文件更正前不会导入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Save error &amp;report…</source>
        <translation>保存错误报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>roster-errors.txt</source>
        <translation>名册导入错误.txt</translation>
    </message>
    <message>
        <source>Text (*.txt *.tsv)</source>
        <translation>文本文件 (*.txt *.tsv)</translation>
    </message>
    <message>
        <source>Imported: %1 people added, %2 updated, %3 unchanged.</source>
        <translation>导入完成：新增 %1 人，更新 %2 人，%3 人未变。</translation>
    </message>
    <message>
        <source>Checking the roster</source>
        <translation>正在检查名册</translation>
    </message>
    <message>
        <source>Reading and checking every row of %1…</source>
        <translation>正在读取并逐行检查 %1……</translation>
    </message>
    <message>
        <source>Importing the roster</source>
        <translation>正在导入名册</translation>
    </message>
    <message>
        <source>Writing people</source>
        <translation>正在写入人员</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <source>%1: no header row with the columns %2 and %3 in the first %4 rows</source>
        <translation>%1：前 %4 行中没有包含“%2”和“%3”列的表头行</translation>
    </message>
    <message>
        <source> (the cell was probably stored as a number, which keeps only 15 digits: format the column as text and type the ID number again)</source>
        <translation>（该单元格可能被存为数字，只保留了 15 位有效数字：请将该列设为文本格式并重新输入身份证号码）</translation>
    </message>
    <message>
        <source>duplicate ID number in the file (also in row %1)</source>
        <translation>文件中身份证号码重复（第 %1 行也有）</translation>
    </message>
    <message>
        <source>%1: %2 is not a date (write it as 2020-07-01)</source>
        <translation>%1：%2 不是日期（请按 2020-07-01 格式填写）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) failed validation; nothing was imported</source>
        <translation>
            <numerusform>%1：%n 行未通过校验；未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 failed</source>
        <translation>%1：新增 %2 条，更新 %3 条，未变 %4 条，失败 %5 条</translation>
    </message>
    <message>
        <source>the ID number was stored as a number, which keeps only 15 digits, so its last digits are lost: format the column as text and type the ID number again</source>
        <translation>身份证号码以数字格式保存，只保留15位有效数字，末几位已丢失：请将该列设置为文本格式后重新输入身份证号码</translation>
    </message>
    <message>
        <source>%1: the text has %2 characters, more than the %3 this field may hold</source>
        <translation>%1：内容有 %2 个字符，超过该字段允许的 %3 个</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>cannot read the schema version</source>
        <translation>无法读取数据库结构版本</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program supports (%2); update CE Hours</source>
        <translation>数据库结构版本为 %1，高于本程序支持的版本（%2）；请升级继续教育学时登记</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>schema upgrade step %1 failed: %2</source>
        <translation>数据库结构升级第 %1 步失败：%2</translation>
    </message>
    <message>
        <source>schema upgrade step %1 could not be committed: %2</source>
        <translation>数据库结构升级第 %1 步无法提交：%2</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>The server refused the password.</source>
        <translation>服务器拒绝了该密码。</translation>
    </message>
    <message>
        <source>The password could not be kept in the credential store (%1); it will be asked at the next start.</source>
        <translation>密码未能保存到系统凭据库（%1），下次启动时将再次询问。</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>roles are not enforced on a single-user SQLite file; users exist on a PostgreSQL server database only</source>
        <translation>单机 SQLite 文件不区分角色；用户只存在于 PostgreSQL 服务器数据库中</translation>
    </message>
    <message>
        <source>the user name &quot;%1&quot; is not usable: 1 to 63 bytes, not starting with pg_</source>
        <translation>用户名“%1”不可用：须为 1 至 63 字节，且不能以 pg_ 开头</translation>
    </message>
    <message>
        <source>the user name &quot;%1&quot; contains white space or a control character</source>
        <translation>用户名“%1”含有空白或控制字符</translation>
    </message>
    <message>
        <source>%1 already has the role %2 in this database; use `user set-role`</source>
        <translation>%1 在此数据库中已有角色“%2”；请使用 `user set-role`</translation>
    </message>
    <message>
        <source>%1 has no role in this database; use `user add`</source>
        <translation>%1 在此数据库中没有角色；请使用 `user add`</translation>
    </message>
    <message>
        <source>%1 has no role in this database</source>
        <translation>%1 在此数据库中没有角色</translation>
    </message>
</context>
<context>
    <name>SessionRole</name>
    <message>
        <source>cannot read the database user&apos;s role: %1</source>
        <translation>无法读取数据库用户的角色：%1</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>no CE Hours role</source>
        <translation>无本系统角色</translation>
    </message>
    <message>
        <source>Your database role (%1) may only read and export; ask the administrator for the clerk role</source>
        <translation>您的数据库角色（%1）只能查看和导出；如需录入，请向管理员申请经办人角色</translation>
    </message>
    <message>
        <source>Only the administrator may do this; your database role is %1</source>
        <translation>仅管理员可执行此操作；您的数据库角色为“%1”</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Edit unit details…</source>
        <translation>编辑单位信息…</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Mask ID numbers in lists (3401**********123X)</source>
        <translation>列表中隐藏身份证号码中间位（3401**********123X）</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>语言（重启后生效）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Operator name (audit log):</source>
        <translation>操作员姓名（用于审计日志）(&amp;O)：</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Database: %1
Evidence files: %2</source>
        <translation>数据库：%1
佐证材料文件：%2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>No unit yet.</source>
        <translation>尚未设置单位。</translation>
    </message>
    <message>
        <source>%1
Unified social credit code: %2
Rule set: %3
Contact: %4 %5</source>
        <translation>%1
统一社会信用代码：%2
规则集：%3
联系人：%4 %5</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>&amp;Move database and evidence to another folder…</source>
        <translation>将数据库和佐证材料移到其他文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>Folder for the database and evidence files</source>
        <translation>选择存放数据库和佐证材料的文件夹</translation>
    </message>
    <message>
        <source>Move database</source>
        <translation>移动数据库</translation>
    </message>
    <message>
        <source>The data was not moved; the current database stays in use.
%1</source>
        <translation>数据未移动，仍使用当前数据库。
%1</translation>
    </message>
    <message>
        <source>Database: %1
Evidence files: %2
From the next start: %3</source>
        <translation>数据库：%1
佐证材料：%2
下次启动起使用：%3</translation>
    </message>
    <message numerus="yes">
        <source>The database and %n evidence file(s) were copied to %1 and checked. CE Hours will now close; start it again to work on the new copy. The old copy is left where it was.</source>
        <translation>
            <numerusform>数据库和 %n 个佐证材料文件已复制到 %1 并校验无误。程序即将关闭，请重新启动以使用新位置的数据；原位置的数据保留不动。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check audit log, submitted years and evidence files</source>
        <translation>检查审计日志、已提交年度和佐证材料(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s), chain intact.</source>
        <translation>
            <numerusform>审计日志：共 %n 条记录，哈希链完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at row %1: %2</source>
        <translation>审计日志在记录 %1 处断裂：%2</translation>
    </message>
    <message>
        <source>Submitted years: all as declared.</source>
        <translation>已提交年度：均与申报时一致。</translation>
    </message>
    <message>
        <source>Person #%1, %2: %3</source>
        <translation>人员 #%1，%2 年：%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (cehours-cli audit verify lists all).</source>
        <translation>
            <numerusform>……另有 %n 项（cehours-cli audit verify 可列出全部）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence files: %1 checked, %2 missing or altered.</source>
        <translation>佐证材料：已检查 %1 个文件，%2 个缺失或被改动。</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>Altered: %1</source>
        <translation>被改动：%1</translation>
    </message>
    <message>
        <source>Invalid hash in evidence record(s): %1</source>
        <translation>佐证记录中的哈希值无效：%1</translation>
    </message>
    <message>
        <source>Check records</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Database: %1 (a server database, shared by several clerks)
Evidence files: %2</source>
        <translation>数据库：%1（服务器数据库，多人共用）
证明材料：%2</translation>
    </message>
    <message>
        <source>in the database (table evidence_content)</source>
        <translation>保存在数据库中（evidence_content 表）</translation>
    </message>
    <message>
        <source>Database &amp;connection (this computer or a server)…</source>
        <translation>数据库连接（本机或服务器）(&amp;C)…</translation>
    </message>
    <message>
        <source>Roles (administrator, clerk, viewer) are not enforced: this is a single-user file, and whoever opens it may do everything. Roles hold on a server database (PostgreSQL).</source>
        <translation>角色（管理员、经办人、查看）未生效：这是单机数据库文件，打开它的人可以进行所有操作。角色仅在服务器数据库（PostgreSQL）上生效。</translation>
    </message>
    <message>
        <source>every department</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <source>Signed in to the server as %1, role: %2 (%3). The server enforces the role.</source>
        <translation>已以 %1 登录服务器，角色：%2（%3）。角色权限由服务器强制执行。</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>（未知用户）</translation>
    </message>
</context>
<context>
    <name>ShortfallModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公需科目</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业科目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Missing (h)</source>
        <translation>缺少学时</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>18-character resident ID number</source>
        <translation>18 位居民身份证号码</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Professional title:</source>
        <translation>职称(&amp;P)：</translation>
    </message>
    <message>
        <source>Title &amp;level:</source>
        <translation>职称级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Title se&amp;ries:</source>
        <translation>职称系列(&amp;R)：</translation>
    </message>
    <message>
        <source>Sub-specialt&amp;y:</source>
        <translation>专业(&amp;Y)：</translation>
    </message>
    <message>
        <source>Title so&amp;ught:</source>
        <translation>拟申报职称(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>学历(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Date &amp;joined:</source>
        <translation>入职日期(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Birth date and gender are read from the ID number.</source>
        <translation>出生日期和性别从身份证号码中读取。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1/18 位</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>出生日期 %1，%2</translation>
    </message>
    <message>
        <source>Cannot save the person</source>
        <translation>无法保存人员信息</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1

Overwrite their change with yours? (No closes this dialog; open the person again to see the current values.)</source>
        <translation>%1

用您的修改覆盖对方的修改吗？（选“否”则关闭本对话框；请重新打开该人员查看当前值。）</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Search name, ID number or department (Ctrl+F)</source>
        <translation>搜索姓名、身份证号码或部门 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All title levels</source>
        <translation>全部职称级别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>全部达标情况</translation>
    </message>
    <message>
        <source>Compliant in the year</source>
        <translation>本年度达标</translation>
    </message>
    <message>
        <source>Short in the year</source>
        <translation>本年度未达标</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>添加人员 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入人员名册(&amp;I)…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>人数：%1</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete %1 from the registry? People who left should be marked 离职 instead.</source>
        <translation>确定从人员名册中删除 %1 吗？已离开本单位的人员应标记为“离职”，而不是删除。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Record &amp;training for selected…</source>
        <translation>为所选人员登记培训(&amp;T)…</translation>
    </message>
    <message>
        <source>One training event for all selected people (batch entry)</source>
        <translation>为所有选中人员登记同一培训（批量登记）</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>导出列表(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the list as shown (search and filters applied) as an Excel file</source>
        <translation>将当前显示的列表（含搜索和筛选条件）保存为 Excel 文件</translation>
    </message>
    <message>
        <source>The registry could not be read from the database file.</source>
        <translation>无法从数据库文件读取人员名册。</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Search name, ID number or department</source>
        <translation>搜索姓名、身份证号码或部门</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参加人员：</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>Name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>Gender %1 does not match the ID number (which gives %2)</source>
        <translation>性别“%1”与身份证号码不符（身份证号码对应“%2”）</translation>
    </message>
    <message>
        <source>Title level %1 is not one of %2</source>
        <translation>职称级别“%1”无效，应为以下之一：%2</translation>
    </message>
    <message>
        <source>Status %1 is not one of %2</source>
        <translation>状态“%1”无效，应为以下之一：%2</translation>
    </message>
    <message>
        <source>Date joined %1 is before the birth date</source>
        <translation>入职日期 %1 早于出生日期</translation>
    </message>
    <message>
        <source>ID number %1 is already in the registry</source>
        <translation>身份证号码 %1 已在人员名册中</translation>
    </message>
    <message>
        <source>Person %1 is not in the registry</source>
        <translation>人员 %1 不在人员名册中</translation>
    </message>
    <message>
        <source>%1 has recorded activities and cannot be deleted; mark the person as 离职 instead</source>
        <translation>%1 已有活动记录，不能删除；请改为标记为“离职”</translation>
    </message>
    <message>
        <source>ID number %1 is already in the registry: %2</source>
        <translation>身份证号码 %1 已在人员名册中：%2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it (version %2, now %3): reload to see the change, or overwrite it</source>
        <translation>您打开 %1 后，其信息已被他人修改（版本 %2，现为 %3）：请重新载入查看修改，或覆盖它</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Compliant</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Short %1 h</source>
        <translation>差 %1 学时</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Title level</source>
        <translation>职称级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hours %1</source>
        <translation>%1 年度学时</translation>
    </message>
    <message>
        <source>Verdict %1</source>
        <translation>%1 年度达标情况</translation>
    </message>
</context>
<context>
    <name>StaffTemplate</name>
    <message>
        <source>%1: the template can be written as .csv or .xlsx</source>
        <translation>%1：模板只能保存为 .csv 或 .xlsx 格式</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 is in the old Excel format (.xls), which cannot be read. Open it in Excel or WPS and use &quot;Save As&quot; to save it as an Excel workbook (.xlsx).</source>
        <translation>%1 是旧版 Excel 格式（.xls），无法读取。请用 Excel 或 WPS 打开，通过“另存为”保存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is not a supported file type. Use an Excel workbook (.xlsx) or CSV text (.csv).</source>
        <translation>不支持 %1 的文件类型。请使用 Excel 工作簿（.xlsx）或 CSV 文本（.csv）。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell holds U+%4, which is not a character (the file was damaged or converted wrongly). Remove it and import again; nothing was imported.</source>
        <translation>%1 第%2行 %3列：单元格中含有 U+%4，这不是一个字符（文件已损坏或转换有误）。请删除后重新导入；本次未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is being changed by someone else%1; gave up after %2 s</source>
        <translation>数据库正被他人修改%1；等待 %2 秒后放弃</translation>
    </message>
    <message>
        <source>Gave up waiting for the database</source>
        <translation>已放弃等待数据库</translation>
    </message>
    <message>
        <source>Another task of this program is writing to the database; try again when it has finished.</source>
        <translation>本程序的另一项任务正在写入数据库；请待其完成后再试。</translation>
    </message>
    <message>
        <source>Cannot update the stored verdicts: %1</source>
        <translation>无法更新已保存的学时结论：%1</translation>
    </message>
    <message>
        <source>%1 (database user %2 at %3, since %4)</source>
        <translation>%1（数据库用户 %2，来自 %3，自 %4 起）</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>UnitActivityModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Credit (h)</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分计入</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The year is submitted and locked; reopen it on the person&apos;s page to change it</source>
        <translation>该年度已提交并锁定；如需修改，请在人员页面解锁</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>是否计入</translation>
    </message>
    <message>
        <source>Why not counted</source>
        <translation>不计入原因</translation>
    </message>
    <message>
        <source>Year status</source>
        <translation>年度状态</translation>
    </message>
    <message>
        <source>Training event</source>
        <translation>培训班</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Set up your unit</source>
        <translation>设置本单位</translation>
    </message>
    <message>
        <source>Unit details</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91340100MA2XXXXXXX</source>
        <translation>18 位，如：91340100MA2XXXXXXX</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Unit n&amp;ature:</source>
        <translation>单位性质(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>所在地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Welcome. Enter your unit once; the province rule set decides how credit hours are computed.</source>
        <translation>欢迎使用。请录入本单位信息（只需一次）；学时的计算方式由所选省份规则集决定。</translation>
    </message>
    <message>
        <source>Optional now; needed for the province&apos;s forms.</source>
        <translation>现在可不填；填报省级表格时需要。</translation>
    </message>
    <message>
        <source>Check character correct.</source>
        <translation>校验位正确。</translation>
    </message>
    <message>
        <source>Province rule &amp;set:</source>
        <translation>省份规则集(&amp;S)：</translation>
    </message>
    <message>
        <source>Saving the unit and recomputing every year</source>
        <translation>正在保存单位并重新计算各年度学时</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>My unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Unit name is missing</source>
        <translation>缺少单位名称</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>关闭前是否保存所做的修改？</translation>
    </message>
</context>
<context>
    <name>VerdictComputer</name>
    <message>
        <source>the activities of person %1 in %2 could not be read</source>
        <translation>人员 %1 的 %2 年度活动数据无法读取</translation>
    </message>
</context>
<context>
    <name>VerdictRecompute</name>
    <message>
        <source>Recompute cancelled; the stored verdicts were not changed</source>
        <translation>已取消重新计算，已保存的学时结论未改动</translation>
    </message>
    <message>
        <source>Cannot recompute the verdicts: %1</source>
        <translation>无法重新计算学时结论：%1</translation>
    </message>
    <message>
        <source>Cannot store the recomputed verdicts: %1</source>
        <translation>无法保存重新计算的学时结论：%1</translation>
    </message>
</context>
<context>
    <name>VerdictStore</name>
    <message numerus="yes">
        <source>%n verdict(s) of %1 were computed under %2, but the unit has no rule set now</source>
        <translation>
            <numerusform>%1 年有 %n 条学时结论按 %2 计算，但单位现在没有选择规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) of %1 were computed under %2, the unit&apos;s rule set in force is %3</source>
        <translation>
            <numerusform>%1 年有 %n 条学时结论按 %2 计算，单位现行规则为 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the rules of %1 changed since %n verdict(s) of %2 were computed</source>
        <translation>
            <numerusform>%2 年的 %n 条学时结论计算后，规则 %1 已有变化</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>The database is damaged, so nothing is saved to it: %1</source>
        <translation>数据库已损坏，因此不会向其中保存任何内容：%1</translation>
    </message>
    <message>
        <source>The database file is still being checked (this takes a few seconds after the start); nothing was saved. Try again when the check has finished.</source>
        <translation>数据库文件仍在检查中（启动后需几秒钟）；本次没有保存任何内容。请在检查完成后再试。</translation>
    </message>
    <message>
        <source>The database file is still being checked; gave up waiting after %1 s</source>
        <translation>数据库文件仍在检查中；已等待 %1 秒，放弃。</translation>
    </message>
</context>
<context>
    <name>WriteLockNote</name>
    <message>
        <source>%1 (%2, process %3 on %4, since %5)</source>
        <translation>%1（%2，%4 上的进程 %3，始于 %5）</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or is password-protected; open it in Excel and save it as an unprotected .xlsx workbook.</source>
        <translation>%1 是旧版 Excel 工作簿（.xls）或受密码保护；请用 Excel 打开并另存为不受保护的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>%1 is not an xlsx file (it is not an Excel workbook or it is damaged).</source>
        <translation>%1 不是 xlsx 文件（不是 Excel 工作簿或已损坏）。</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is missing.</source>
        <translation>%1 已损坏：缺少部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: cannot read the part %2.</source>
        <translation>%1 已损坏：无法读取部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged or encrypted: cannot open the part %2.</source>
        <translation>%1 已损坏或已加密：无法打开部件 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be decompressed.</source>
        <translation>%1 已损坏：部件 %2 无法解压缩。</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not valid XML (%3, line %4).</source>
        <translation>%1 已损坏：部件 %2 不是有效的 XML（%3，第 %4 行）。</translation>
    </message>
    <message>
        <source>bad cell reference &quot;%1&quot;</source>
        <translation>无效的单元格引用“%1”</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot; (its sheets: %3).</source>
        <translation>%1 中没有名为“%2”的工作表（现有工作表：%3）。</translation>
    </message>
    <message>
        <source>%1 is not an xlsx file (it has no workbook part; it may be a Word or other Office document).</source>
        <translation>%1 不是 xlsx 文件（缺少工作簿部件，可能是 Word 或其他 Office 文档）。</translation>
    </message>
    <message>
        <source>%1 contains no worksheets.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a workbook may have.</source>
        <translation>%1 大于 %2 MB，超过工作簿的上限。</translation>
    </message>
    <message>
        <source>%1 has more than %2 parts in its zip container; it is not a workbook this program reads.</source>
        <translation>%1 的压缩包内部件超过 %2 个，不是本程序可读取的工作簿。</translation>
    </message>
    <message>
        <source>%1: the part %2 inflates to more than %3 MB, the limit for this part.</source>
        <translation>%1：部件 %2 解压后超过 %3 MB，超过该部件的上限。</translation>
    </message>
    <message>
        <source>bad row number &quot;%1&quot;</source>
        <translation>行号“%1”无效</translation>
    </message>
    <message>
        <source>the row appears again after row %1 (rows repeated or out of order; open the file in Excel and save it again)</source>
        <translation>该行出现在第%1行之后（行重复或顺序错乱；请用 Excel 打开该文件并重新保存）</translation>
    </message>
    <message>
        <source>the sheet has more than %L1 rows, the most this program reads</source>
        <translation>工作表超过 %L1 行，超过本程序读取的上限</translation>
    </message>
    <message>
        <source>a cell outside any row</source>
        <translation>有单元格不在任何行内</translation>
    </message>
    <message>
        <source>the cell %1 is stored inside row %2</source>
        <translation>单元格 %1 存放在第%2行内</translation>
    </message>
    <message>
        <source>the cell %1 repeats or comes after a cell to its right</source>
        <translation>单元格 %1 重复，或排在其右侧单元格之后</translation>
    </message>
    <message>
        <source>the row has more than %L1 cells, the most an Excel row can have</source>
        <translation>该行超过 %L1 个单元格，超过 Excel 一行的上限</translation>
    </message>
    <message>
        <source>the cell in column %1 has more than %L2 characters</source>
        <translation>%1 列的单元格超过 %L2 个字符</translation>
    </message>
    <message>
        <source>the cell in column %1 refers to shared string %2, which does not exist</source>
        <translation>%1 列的单元格引用了不存在的共享字符串 %2</translation>
    </message>
    <message>
        <source>the cell %1%2 has text, but only the first %L3 columns (up to %4) are read</source>
        <translation>单元格 %1%2 有内容，但只读取前 %L3 列（到 %4 列）</translation>
    </message>
    <message>
        <source>the sheet has more than %L1 cells, the most this program reads</source>
        <translation>工作表的单元格超过 %L1 个，超过本程序读取的上限</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: %4</source>
        <translation>%1，工作表“%2”，第%3行：%4</translation>
    </message>
    <message>
        <source>%1 has more than %L2 shared strings (part %3), the most this program reads.</source>
        <translation>%1 的共享字符串超过 %L2 个（部件 %3），超过本程序读取的上限。</translation>
    </message>
    <message>
        <source>%1: shared string %L2 (part %3) is longer than %L4 characters, the most a cell may hold.</source>
        <translation>%1：第 %L2 个共享字符串（部件 %3）超过 %L4 个字符，超过单元格的上限。</translation>
    </message>
    <message>
        <source>%1: the shared strings (part %2) hold more than %L3 characters, the most this program reads.</source>
        <translation>%1：共享字符串（部件 %2）超过 %L3 个字符，超过本程序读取的上限。</translation>
    </message>
    <message>
        <source>%1: the part %2 nests XML elements more than %3 deep (line %4).</source>
        <translation>%1：部件 %2 的 XML 元素嵌套超过 %3 层（第 %4 行）。</translation>
    </message>
</context>
<context>
    <name>YearActivityModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Credited h</source>
        <translation>折算学时</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>是否计入</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分计入</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Training event</source>
        <translation>培训班</translation>
    </message>
</context>
<context>
    <name>YearLockRepository</name>
    <message>
        <source>The year %1 is already submitted and locked</source>
        <translation>%1 年度已提交申报并锁定</translation>
    </message>
    <message>
        <source>The year %1 is not locked</source>
        <translation>%1 年度未锁定</translation>
    </message>
    <message>
        <source>Reopening a submitted year needs a reason</source>
        <translation>解锁已提交的年度需要填写原因</translation>
    </message>
</context>
<context>
    <name>YearSeal</name>
    <message>
        <source>Person %1 does not exist</source>
        <translation>人员 %1 不存在</translation>
    </message>
    <message>
        <source>activity %1 (%2)</source>
        <translation>活动 %1（%2）</translation>
    </message>
    <message>
        <source>Locked year %1: %2 was added after the submission</source>
        <translation>已锁定的 %1 年度：%2 系提交后新增</translation>
    </message>
    <message>
        <source>Locked year %1: %2 was changed after the submission</source>
        <translation>已锁定的 %1 年度：%2 在提交后被修改</translation>
    </message>
    <message>
        <source>Locked year %1: activity %2 was deleted after the submission</source>
        <translation>已锁定的 %1 年度：活动 %2 在提交后被删除</translation>
    </message>
    <message>
        <source>The declaration of %1 has no audit record: it was written outside CE Hours</source>
        <translation>%1 年度的申报没有审计记录：系在本软件之外写入</translation>
    </message>
    <message>
        <source>The declaration of %1 was deleted without an audit record (audit row %2 locks it)</source>
        <translation>%1 年度的申报被删除且无审计记录（审计记录 %2 显示其已锁定）</translation>
    </message>
    <message>
        <source>The year %1 was locked without an audit record</source>
        <translation>%1 年度被锁定但无审计记录</translation>
    </message>
    <message>
        <source>The year %1 was unlocked without an audit record (audit row %2 locks it)</source>
        <translation>%1 年度被解锁但无审计记录（审计记录 %2 显示其已锁定）</translation>
    </message>
    <message>
        <source>The year %1 was locked without a seal</source>
        <translation>%1 年度锁定时没有封存摘要</translation>
    </message>
    <message>
        <source>The person data declared for %1 was changed after the submission</source>
        <translation>%1 年度申报时的人员信息在提交后被修改</translation>
    </message>
    <message>
        <source>Locked year %1: the activities differ from the submission</source>
        <translation>已锁定的 %1 年度：活动与提交时不一致</translation>
    </message>
</context>
<context>
    <name>YearSubmission</name>
    <message>
        <source>Submit the declaration of %1 for %2? The year is locked afterwards; changes need a reopen with a reason.</source>
        <translation>确定提交 %1 的 %2 年度申报吗？提交后该年度将被锁定，如需修改须填写原因后解锁。</translation>
    </message>
    <message>
        <source>These counted activities have no evidence file: %1.</source>
        <translation>以下计入学时的活动尚无佐证材料：%1。</translation>
    </message>
    <message>
        <source>Submit year</source>
        <translation>提交年度申报</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>无法提交</translation>
    </message>
    <message>
        <source>Reopen year</source>
        <translation>解锁年度</translation>
    </message>
    <message>
        <source>Why must %1&apos;s declaration for %2 be corrected? (recorded in the audit log)</source>
        <translation>为什么要更正 %1 的 %2 年度申报？（将记入操作日志）</translation>
    </message>
    <message>
        <source>A reason is required to reopen a submitted year.</source>
        <translation>解锁已提交的年度必须填写原因。</translation>
    </message>
    <message>
        <source>Cannot reopen</source>
        <translation>无法解锁</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>init: unexpected arguments: %1</source>
        <translation>init：多余的参数：%1</translation>
    </message>
    <message>
        <source>init: %1</source>
        <translation>init：%1</translation>
    </message>
    <message>
        <source>Database %1 (schema version %2), unit: %3</source>
        <translation>数据库 %1（结构版本 %2），单位：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cehours-cli template staff [--out FILE.csv|FILE.xlsx]</source>
        <translation>用法：cehours-cli template staff [--out 文件.csv|文件.xlsx]</translation>
    </message>
    <message>
        <source>Template written to %1</source>
        <translation>模板已写入 %1</translation>
    </message>
    <message>
        <source>Usage: cehours-cli [--db PATH] [--lang zh_CN|en] COMMAND [ARGS]</source>
        <translation>用法：cehours-cli [--db 路径] [--lang zh_CN|en] 命令 [参数]</translation>
    </message>
    <message>
        <source>database file (default: the app&apos;s data folder)</source>
        <translation>数据库文件（默认：应用程序数据文件夹）</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <source>Unknown command: %1 (see --help)</source>
        <translation>未知命令：%1（参见 --help）</translation>
    </message>
    <message>
        <source>Usage: cehours-cli import-staff FILE [--dry-run]</source>
        <translation>用法：cehours-cli import-staff 文件 [--dry-run]</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and import the file again.</source>
        <translation>未导入任何数据：请更正以上各行后重新导入文件。</translation>
    </message>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Import failed, nothing was written: %1</source>
        <translation>导入失败，未写入任何数据：%1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>已导入：新增 %1 人，更新 %2 人。</translation>
    </message>
    <message>
        <source>Usage: cehours-cli list-staff [--json]</source>
        <translation>用法：cehours-cli list-staff [--json]</translation>
    </message>
    <message>
        <source>field &quot;subject&quot;: &quot;%1&quot; is not public/professional (公需/专业)</source>
        <translation>字段 &quot;subject&quot;：“%1”不是 public/professional（公需/专业）</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>字段“%1”：“%2”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>field &quot;year&quot;: &quot;%1&quot; is not a year</source>
        <translation>字段 &quot;year&quot;：“%1”不是年份</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: row 1: missing column &quot;%2&quot;</source>
        <translation>%1：第 1 行：缺少列“%2”</translation>
    </message>
    <message>
        <source>%1: row %2</source>
        <translation>%1：第 %2 行</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1：偏移量 %2 处的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>%1: activity %2</source>
        <translation>%1：第 %2 项活动</translation>
    </message>
    <message>
        <source>%1: no activities (expected &quot;people&quot;[].activities or &quot;activities&quot;)</source>
        <translation>%1：没有活动（应包含 &quot;people&quot;[].activities 或 &quot;activities&quot;）</translation>
    </message>
    <message>
        <source>credits: --input FILE.json|FILE.csv is required</source>
        <translation>credits：必须提供 --input 文件.json|文件.csv</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>credits: --rules SET is required (known: %1)</source>
        <translation>credits：必须提供 --rules 规则集（可用：%1）</translation>
    </message>
    <message>
        <source>Unknown rule set: %1 (known: %2)</source>
        <translation>未知的规则集：%1（可用：%2）</translation>
    </message>
    <message>
        <source>credits: --cycle needs the application year, and --cycle-years N unless the rule set fixes the span</source>
        <translation>credits：--cycle 需要申报年度；除非规则集已规定周期年数，否则还需要 --cycle-years N</translation>
    </message>
    <message>
        <source>Give the year: --year YYYY (and optionally --to-year YYYY)</source>
        <translation>请指定年度：--year YYYY（可选 --to-year YYYY）</translation>
    </message>
    <message>
        <source>Usage: export --year Y --profile P --out FILE.xlsx|FILE.csv [--skip-errors]</source>
        <translation>用法：export --year 年度 --profile 导出配置 --out 文件.xlsx|文件.csv [--skip-errors]</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv: %1</source>
        <translation>输出文件的扩展名必须为 .xlsx 或 .csv：%1</translation>
    </message>
    <message>
        <source>Left out (errors in their year):</source>
        <translation>已跳过（当年数据有错误）：</translation>
    </message>
    <message>
        <source>People whose year has errors:</source>
        <translation>当年数据有错误的人员：</translation>
    </message>
    <message>
        <source>%1 person-year rows, %2 activity rows</source>
        <translation>人员年度记录 %1 行，活动记录 %2 行</translation>
    </message>
    <message>
        <source>Give the output file: --pdf FILE.pdf</source>
        <translation>请指定输出文件：--pdf 文件.pdf</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n 名学员</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the year range: --from YYYY --to YYYY</source>
        <translation>请指定年度范围：--from YYYY --to YYYY</translation>
    </message>
    <message>
        <source>Nobody to print: no activities in %1–%2 for the selection</source>
        <translation>没有可打印的人员：所选人员在 %1–%2 年度内没有活动记录</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 份学时认定单</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the year: --year YYYY</source>
        <translation>请指定年度：--year YYYY</translation>
    </message>
    <message>
        <source>Create or upgrade the database; optionally set the unit</source>
        <translation>创建或升级数据库；可同时设置单位信息</translation>
    </message>
    <message>
        <source>Import a staff roster (.csv or .xlsx); nothing is written if any row fails</source>
        <translation>导入人员名册（.csv 或 .xlsx）；任一行校验失败则不写入任何数据</translation>
    </message>
    <message>
        <source>List the staff registry</source>
        <translation>列出人员名册</translation>
    </message>
    <message>
        <source>Credit hours per activity with explanations, yearly totals and verdicts</source>
        <translation>逐项活动的折算学时及说明、年度合计与达标结论</translation>
    </message>
    <message>
        <source>List the rule sets and their activity kinds with fields</source>
        <translation>列出规则集及其活动类型和字段</translation>
    </message>
    <message>
        <source>Write the provincial import file of a year through an export profile</source>
        <translation>按导出配置生成某年度的省级系统导入文件</translation>
    </message>
    <message>
        <source>Print a form to PDF: training summary sheet, credit-hour certificate, yearly compliance report</source>
        <translation>将表格打印为 PDF：培训汇总表、学时认定单、年度达标情况报告</translation>
    </message>
    <message>
        <source>No database at %1 (create it with cehours-cli init)</source>
        <translation>%1 处没有数据库（请用 cehours-cli init 创建）</translation>
    </message>
    <message>
        <source>The unit has no province rule set: run cehours-cli init --rules SET first</source>
        <translation>本单位尚未选择省份规则：请先运行 cehours-cli init --rules 规则</translation>
    </message>
    <message>
        <source>The file has no activity rows.</source>
        <translation>文件中没有学时记录行。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n activity(ies): %1</source>
        <translation>
            <numerusform>已新增 %n 条学时记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not %1</source>
        <translation>--param 须写成 名称=值，而不是 %1</translation>
    </message>
    <message>
        <source>Usage: cehours-cli activity add --id ID --kind KIND [--year Y] [--title T] [--start DATE] [--end DATE] [--subject public|professional] [--name NAME] [--param FIELD=VALUE ...] [--dry-run]</source>
        <translation>用法：cehours-cli activity add --id 身份证号码 --kind 类别 [--year 年度] [--title 名称] [--start 日期] [--end 日期] [--subject public|professional] [--name 姓名] [--param 填写项=值 ...] [--dry-run]</translation>
    </message>
    <message>
        <source>Usage: cehours-cli activity list [--year Y] [--id ID] [--json]</source>
        <translation>用法：cehours-cli activity list [--year 年度] [--id 身份证号码] [--json]</translation>
    </message>
    <message>
        <source>No person with the ID number %1 in the registry</source>
        <translation>名册中没有身份证号码为 %1 的人员</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n 条学时记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cehours-cli activity delete ACTIVITY_ID (the 编号 of activity list)</source>
        <translation>用法：cehours-cli activity delete 记录编号（activity list 中的“编号”）</translation>
    </message>
    <message>
        <source>Activity %1 does not exist</source>
        <translation>学时记录 %1 不存在</translation>
    </message>
    <message>
        <source>Deleted activity %1.</source>
        <translation>已删除学时记录 %1。</translation>
    </message>
    <message>
        <source>Usage: cehours-cli activity add|list|delete ... (see cehours-cli activity --help)</source>
        <translation>用法：cehours-cli activity add|list|delete ...（见 cehours-cli activity --help）</translation>
    </message>
    <message>
        <source>Usage: cehours-cli import-activities FILE [--dry-run]</source>
        <translation>用法：cehours-cli import-activities 文件 [--dry-run]</translation>
    </message>
    <message>
        <source>No database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation>人员 #%1</translation>
    </message>
    <message>
        <source>Usage: cehours-cli audit verify</source>
        <translation>用法：cehours-cli audit verify</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact. Last row %2, hash %3</source>
        <translation>审计日志：共 %1 条记录，哈希链完整。末条记录 %2，哈希值 %3</translation>
    </message>
    <message>
        <source>Audit log BROKEN at row %1: %2</source>
        <translation>审计日志在记录 %1 处断裂：%2</translation>
    </message>
    <message>
        <source>Declaration %1 %2: %3</source>
        <translation>申报 %1 %2 年：%3</translation>
    </message>
    <message>
        <source>Submitted years: all as declared.</source>
        <translation>已提交年度：均与申报时一致。</translation>
    </message>
    <message>
        <source>Submitted years: %1 problem(s).</source>
        <translation>已提交年度：发现 %1 个问题。</translation>
    </message>
    <message>
        <source>Usage: cehours-cli evidence verify</source>
        <translation>用法：cehours-cli evidence verify</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>被改动</translation>
    </message>
    <message>
        <source>invalid hash</source>
        <translation>哈希值无效</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>佐证记录 %1</translation>
    </message>
    <message>
        <source>Evidence: %1 stored file(s) checked, %2 problem(s).</source>
        <translation>佐证材料：已检查 %1 个存档文件，发现 %2 个问题。</translation>
    </message>
    <message>
        <source>No person with the ID number(s) %1 in the registry</source>
        <translation>名册中没有身份证号码为 %1 的人员</translation>
    </message>
    <message>
        <source>Usage: cehours-cli compliance --year Y [--department D] [--json]</source>
        <translation>用法：cehours-cli compliance --year 年度 [--department 部门] [--json]</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 people meet the requirement</source>
        <translation>%1（%2 年）：%4 人中 %3 人达标</translation>
    </message>
    <message>
        <source>Usage: cehours-cli declare --year Y [--id ID,...]</source>
        <translation>用法：cehours-cli declare --year 年度 [--id 身份证号码,...]</translation>
    </message>
    <message>
        <source>Already submitted for %1, nothing was changed: %2</source>
        <translation>%1 年度已提交，未做任何更改：%2</translation>
    </message>
    <message>
        <source>Nothing was submitted: %1</source>
        <translation>未提交任何申报：%1</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) for %1 submitted and locked.</source>
        <translation>
            <numerusform>已提交并锁定 %1 年度申报 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cehours-cli reopen --year Y --id ID --reason TEXT</source>
        <translation>用法：cehours-cli reopen --year 年度 --id 身份证号码 --reason 原因</translation>
    </message>
    <message>
        <source>The year %1 of %2 is not submitted; nothing to reopen</source>
        <translation>%2 的 %1 年度尚未提交，无需重新打开</translation>
    </message>
    <message>
        <source>Reopened %1 of %2 %3.</source>
        <translation>已重新打开 %2 %3 的 %1 年度。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Usage: cehours-cli event create|edit|list|show|delete|add-participants|import|set-result ... (see docs/events.md)</source>
        <translation>用法：cehours-cli event create|edit|list|show|delete|add-participants|import|set-result …（见 docs/events.md）</translation>
    </message>
    <message>
        <source>%1: %2 is not a date (write it as 2025-03-10)</source>
        <translation>%1：%2 不是日期（请写成 2025-03-10）</translation>
    </message>
    <message>
        <source>--param wants NAME=VALUE, not %1</source>
        <translation>--param 应为 名称=值，不能是 %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Created training event %1: %2</source>
        <translation>已新建培训班 %1：%2</translation>
    </message>
    <message>
        <source>Saved training event %1: %2</source>
        <translation>已保存培训班 %1：%2</translation>
    </message>
    <message>
        <source>%1 training event(s)</source>
        <translation>共 %1 个培训班</translation>
    </message>
    <message>
        <source>Deleted training event %1 and the activities it owned</source>
        <translation>已删除培训班 %1 及其学时活动</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed.</source>
        <translation>已导入：新增 %1，修改 %2。</translation>
    </message>
    <message>
        <source>考试结果 must be one of %1</source>
        <translation>考试结果应为 %1 之一</translation>
    </message>
    <message>
        <source>%1 is not on training event %2</source>
        <translation>%1 不在培训班 %2 中</translation>
    </message>
    <message>
        <source>The registry has no unit yet (run init with the unit&apos;s details)</source>
        <translation>尚未登记单位（请先用 init 填写单位信息）</translation>
    </message>
    <message>
        <source>Usage: print summary-sheet|certificate|registration-record|report ... --pdf FILE.pdf (see docs/exports.md)</source>
        <translation>用法：print summary-sheet|certificate|registration-record|report ... --pdf 文件.pdf（见 docs/exports.md）</translation>
    </message>
    <message>
        <source>Give --event EVENT (number or theme, see event list) or --input FILE.json</source>
        <translation>请给出 --event 培训班（编号或主题，见 event list）或 --input 文件.json</translation>
    </message>
    <message numerus="yes">
        <source>%n registration record(s)</source>
        <translation>
            <numerusform>%n 份登记表</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown rule set %1 (one of: %2)</source>
        <translation>未知规则 %1（可选：%2）</translation>
    </message>
    <message>
        <source>       cehours-cli template activities --rules SET [--out FILE.xlsx|FILE.csv]</source>
        <translation>      cehours-cli template activities --rules 规则 [--out 文件.xlsx|文件.csv]</translation>
    </message>
    <message>
        <source>Write the roster or activity import template</source>
        <translation>生成名册或学时导入模板</translation>
    </message>
    <message>
        <source>Training events (培训班): participants, exam results, the activities they credit</source>
        <translation>培训班：参加人员、考试结果及其认定的学时活动</translation>
    </message>
    <message>
        <source>Add, list or delete stored activities (locked years refuse changes)</source>
        <translation>新增、列出或删除已登记的学时（已锁定年度不能更改）</translation>
    </message>
    <message>
        <source>Import activities of any kind (.xlsx/.csv) with each row&apos;s credit; nothing is written if any row fails</source>
        <translation>导入任意类别的学时（.xlsx/.csv），逐行显示学时；任何一行失败则不写入</translation>
    </message>
    <message>
        <source>Each person&apos;s hours and verdict for a year from the database</source>
        <translation>按数据库逐人显示年度学时与达标结论</translation>
    </message>
    <message>
        <source>Submit and lock the year&apos;s declarations (default: every compliant person with an open year)</source>
        <translation>提交并锁定年度申报（默认：所有已达标且未提交的人员）</translation>
    </message>
    <message>
        <source>Reopen a submitted year of one person, with the reason (audited)</source>
        <translation>重新打开一人已提交的年度（须填原因，记入审计日志）</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain and every submitted year&apos;s seal (read-only; exit 2 if broken)</source>
        <translation>检查审计日志的哈希链和每个已提交年度的封存摘要（只读；发现问题时退出码为 2）</translation>
    </message>
    <message>
        <source>Re-hash every stored evidence file; list missing and altered ones (read-only; exit 2 if any)</source>
        <translation>重新计算每个存档佐证文件的哈希值，列出缺失和被改动的文件（只读；有问题时退出码为 2）</translation>
    </message>
    <message>
        <source>operator name for the audit log (default: CEHOURS_OPERATOR)</source>
        <translation>记入审计日志的操作员姓名（默认取 CEHOURS_OPERATOR）</translation>
    </message>
    <message>
        <source>Usage: cehours-cli %1</source>
        <translation>用法：cehours-cli %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%1 中共 %n 份备份</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cehours-cli restore FILE</source>
        <translation>用法：cehours-cli restore 文件</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>The previous database was saved as %1</source>
        <translation>原数据库已保存为 %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema version %3)</source>
        <translation>已从 %2 恢复 %1（结构版本 %3）</translation>
    </message>
    <message>
        <source>The database %1 is damaged:
%2</source>
        <translation>数据库 %1 已损坏：
%2</translation>
    </message>
    <message>
        <source>Latest backup: %1 (cehours-cli restore FILE)</source>
        <translation>最近的备份：%1（cehours-cli restore 文件）</translation>
    </message>
    <message>
        <source>%1: no damage found (%2)</source>
        <translation>%1：未发现损坏（%2）</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file</source>
        <translation>无法读取 %1：文件不存在</translation>
    </message>
    <message>
        <source>Back up the database (and its evidence files) into backups/ beside it</source>
        <translation>把数据库（及其佐证材料文件）备份到旁边的 backups/ 文件夹</translation>
    </message>
    <message>
        <source>List the backups of the database, newest first</source>
        <translation>列出数据库的备份，最新的在前</translation>
    </message>
    <message>
        <source>Replace the database by a backup (checked first; the current file is backed up before)</source>
        <translation>用备份替换数据库（先检查备份；替换前先备份当前文件）</translation>
    </message>
    <message>
        <source>Check the database file for damage (quick_check, or integrity_check with --full)</source>
        <translation>检查数据库文件是否损坏（quick_check，加 --full 为 integrity_check）</translation>
    </message>
    <message>
        <source>Waiting for the database (%1 s): it is being changed by %2</source>
        <translation>正在等待数据库（%1 秒）：%2 正在修改它</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>Usage: cehours-cli demo-data [--staff N] [--years Y] [--per-year K] [--seed S] [--events E] [--event-size P] [--files FOLDER --rules SET]</source>
        <translation>用法：cehours-cli demo-data [--staff 人数] [--years 年数] [--per-year 每年条数] [--seed 种子] [--events 培训班数] [--event-size 每班人数] [--files 文件夹 --rules 规则]</translation>
    </message>
    <message>
        <source>--rules %1 differs from the unit&apos;s rule set %2; leave it out</source>
        <translation>--rules %1 与单位的规则 %2 不同，请去掉该选项</translation>
    </message>
    <message>
        <source>--files needs --rules SET naming a rule set (cehours-cli rules lists them)</source>
        <translation>--files 需要用 --rules 指定规则（cehours-cli rules 可列出）</translation>
    </message>
    <message>
        <source>No valid parameters found for kind %1; it is left out</source>
        <translation>类别 %1 找不到有效参数，已略去</translation>
    </message>
    <message numerus="yes">
        <source>Demo files written: %n file(s).</source>
        <translation>
            <numerusform>已写入演示文件：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何数据：%1</translation>
    </message>
    <message>
        <source>Demo data written: %1 people, %2 activities, %3 events with %4 participants.</source>
        <translation>已写入演示数据：%1 人，%2 条学时记录，%3 个培训班共 %4 名参加人员。</translation>
    </message>
    <message>
        <source>Usage: cehours-cli recompute [--year Y]</source>
        <translation>用法：cehours-cli recompute [--year 年度]</translation>
    </message>
    <message>
        <source>Recomputed %1 person-year verdict(s) of %2 people in %3 s (%4 worker thread(s)).</source>
        <translation>已重新计算 %2 人的 %1 条人员年度学时结论，用时 %3 秒（%4 个工作线程）。</translation>
    </message>
    <message>
        <source>Fill an initialised, empty database with deterministic demo data, or write it as import files into a folder</source>
        <translation>向已初始化的空数据库填入确定性的演示数据，或将其作为导入文件写入文件夹</translation>
    </message>
    <message>
        <source>Recompute every stored person-year verdict (hours, verdict, shortfalls) from the activities</source>
        <translation>根据学时记录重新计算全部已保存的人员年度学时结论（学时、是否达标、差额）</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on its server with pg_dump and restored with pg_restore (docs/postgresql.md); backup, backups and restore copy SQLite files only. Nothing was changed.</source>
        <translation>PostgreSQL 数据库在服务器上用 pg_dump 备份、用 pg_restore 恢复（见 docs/postgresql.md）；backup、backups 和 restore 只适用于 SQLite 数据库文件。未作任何更改。</translation>
    </message>
    <message>
        <source>%1: a CE Hours database at schema version %2; the server checks its own files (quick_check applies to SQLite files only)</source>
        <translation>%1：继续教育学时数据库，结构版本 %2；数据文件由服务器自行检查（quick_check 只适用于 SQLite 数据库文件）</translation>
    </message>
    <message>
        <source>demo-data writes into SQLite files only; write the import files with --files FOLDER and import them into the server database instead</source>
        <translation>demo-data 只能写入 SQLite 数据库文件；请用 --files 文件夹 生成导入文件，再导入服务器数据库</translation>
    </message>
    <message>
        <source>a database on a PostgreSQL server (password from PGPASSFILE / ~/.pgpass; also CEHOURS_DB)</source>
        <translation>PostgreSQL 服务器上的数据库（密码取自 PGPASSFILE / ~/.pgpass；也可用 CEHOURS_DB 指定）</translation>
    </message>
    <message>
        <source>Usage: cehours-cli migrate --from SQLITE_FILE|postgresql://… --to SQLITE_FILE|postgresql://…</source>
        <translation>用法：cehours-cli migrate --from SQLite文件|postgresql://… --to SQLite文件|postgresql://…</translation>
    </message>
    <message>
        <source>Migrated %1 to %2 in one transaction; verified:</source>
        <translation>已在一个事务中将 %1 迁移到 %2；核验结果：</translation>
    </message>
    <message>
        <source>Evidence: %1 file(s), %2 bytes, every hash re-computed from the target&apos;s bytes.</source>
        <translation>佐证材料：%1 个文件，%2 字节，每个散列值均已按目标库中的内容重新计算。</translation>
    </message>
    <message>
        <source>Audit chain: %1 row(s), verified up to id %2 (hash %3).</source>
        <translation>审计链：%1 行，已核验至第 %2 行（散列值 %3）。</translation>
    </message>
    <message>
        <source>Usage: cehours-cli --db postgresql://… user add NAME --role 管理员|经办人|查看 [--departments A,B] [--password-from-stdin]
       user set-role NAME --role 管理员|经办人|查看 [--departments A,B] | user password NAME (from stdin)
       user list [--json] | user remove NAME | user grants</source>
        <translation>用法：cehours-cli --db postgresql://… user add 用户名 --role 管理员|经办人|查看 [--departments 科室A,科室B] [--password-from-stdin]
      user set-role 用户名 --role 管理员|经办人|查看 [--departments 科室A,科室B] | user password 用户名（从标准输入读取）
      user list [--json] | user remove 用户名 | user grants</translation>
    </message>
    <message>
        <source>No password on standard input (give it as the first line)</source>
        <translation>标准输入中没有密码（请作为第一行提供）</translation>
    </message>
    <message>
        <source>all departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <source>(cannot log in)</source>
        <translation>（不能登录）</translation>
    </message>
    <message>
        <source>%1 user(s).</source>
        <translation>共 %1 个用户。</translation>
    </message>
    <message>
        <source>Grants and row-level security applied to every table for %1, %2 and %3.</source>
        <translation>已为 %1、%2 和 %3 对所有数据表设置权限和行级安全策略。</translation>
    </message>
    <message>
        <source>Roles are not enforced on a single-user SQLite file: whoever opens the file may do everything. Users and roles exist on a PostgreSQL server database (--db postgresql://…); nothing was changed.</source>
        <translation>单机 SQLite 文件不区分角色：打开文件的人可以进行所有操作。用户和角色只存在于 PostgreSQL 服务器数据库中（--db postgresql://…）；未做任何更改。</translation>
    </message>
    <message>
        <source>An administrator sees every department; --departments is for 经办人 and 查看</source>
        <translation>管理员可查看全部科室；--departments 仅用于经办人和查看</translation>
    </message>
    <message>
        <source>user %1 %2: %3</source>
        <translation>user %1 %2：%3</translation>
    </message>
    <message>
        <source>%1 no longer has a role in this database; the server&apos;s login %1 remains (DROP ROLE in psql deletes it).</source>
        <translation>%1 在此数据库中已没有角色；服务器上的登录用户 %1 仍然保留（可在 psql 中用 DROP ROLE 删除）。</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>已设置 %1 的密码。</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <source>No password set: give one with `user password %1` (from standard input) or \password %1 in psql.</source>
        <translation>尚未设置密码：请用 `user password %1`（从标准输入读取）或在 psql 中用 \password %1 设置。</translation>
    </message>
    <message>
        <source>The administrator&apos;s users and roles on a PostgreSQL database (refused on a SQLite file: roles are not enforced)</source>
        <translation>管理员管理 PostgreSQL 数据库的用户和角色（SQLite 文件不区分角色，拒绝执行）</translation>
    </message>
    <message>
        <source>Copy the whole registry (evidence and audit chain too) into an empty database of the other backend, in one transaction, and verify it</source>
        <translation>将整个登记库（含佐证材料和审计链）在一个事务中复制到另一种后端的空数据库，并核验</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Cannot load the embedded CJK font :/fonts/wqy-microhei.ttc</source>
        <translation>无法加载内置中文字体 :/fonts/wqy-microhei.ttc</translation>
    </message>
    <message numerus="yes">
        <source>%n person-year(s) have errors; nothing was exported (choose to skip them to export the others)</source>
        <translation>
            <numerusform>%n 条人员年度记录有错误；未导出任何数据（可选择跳过这些记录以导出其余记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profile: &quot;id&quot; and &quot;name&quot; are required</source>
        <translation>导出配置：必须提供 &quot;id&quot; 和 &quot;name&quot;</translation>
    </message>
    <message>
        <source>Export profile %1: no sheets</source>
        <translation>导出配置 %1：没有工作表</translation>
    </message>
    <message>
        <source>Export profile %1: sheet rows must be &quot;person-year&quot; or &quot;activity&quot;, not &quot;%2&quot;</source>
        <translation>导出配置 %1：工作表的行类型必须为 &quot;person-year&quot; 或 &quot;activity&quot;，不能为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Export profile %1: each sheet needs a unique name of at most 31 characters</source>
        <translation>导出配置 %1：每个工作表都需要唯一的名称，且不超过 31 个字符</translation>
    </message>
    <message>
        <source>Export profile %1: sheet %2 needs a &quot;csvSuffix&quot;</source>
        <translation>导出配置 %1：工作表 %2 需要 &quot;csvSuffix&quot;</translation>
    </message>
    <message>
        <source>Export profile %1: sheet %2 has no columns</source>
        <translation>导出配置 %1：工作表 %2 没有列</translation>
    </message>
    <message>
        <source>Export profile %1: column %2 maps &quot;%3&quot; to a non-text value</source>
        <translation>导出配置 %1：第 %2 列把“%3”映射为非文本值</translation>
    </message>
    <message>
        <source>Export profile %1: a column of sheet %2 has no header</source>
        <translation>导出配置 %1：工作表 %2 中有一列没有表头</translation>
    </message>
    <message>
        <source>Export profile %1: column %2 has an unknown type</source>
        <translation>导出配置 %1：列 %2 的类型未知</translation>
    </message>
    <message>
        <source>Export profile %1: column %2 needs exactly one of &quot;field&quot; and &quot;constant&quot;</source>
        <translation>导出配置 %1：列 %2 必须且只能指定 &quot;field&quot; 和 &quot;constant&quot; 之一</translation>
    </message>
    <message>
        <source>Export profile %1: column %2 has an unknown field &quot;%3&quot;</source>
        <translation>导出配置 %1：列 %2 使用了未知字段 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Cannot read export profile %1: %2</source>
        <translation>无法读取导出配置 %1：%2</translation>
    </message>
    <message>
        <source>Unknown export profile: %1 (available: %2)</source>
        <translation>未知的导出配置：%1（可用：%2）</translation>
    </message>
    <message>
        <source>Export profile %1 is not valid JSON: %2</source>
        <translation>导出配置 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The registry has no unit yet (run init with the unit&apos;s details)</source>
        <translation>名册中尚无单位信息（请带上单位信息运行 init）</translation>
    </message>
    <message>
        <source>The unit has no rule set; choose one in the unit&apos;s settings</source>
        <translation>本单位尚未设置规则集；请在单位设置中选择</translation>
    </message>
    <message>
        <source>Unknown rule set %1</source>
        <translation>未知的规则集 %1</translation>
    </message>
    <message>
        <source>Not in the registry: %1</source>
        <translation>不在人员名册中：%1</translation>
    </message>
    <message>
        <source>Cannot start painting the document</source>
        <translation>无法开始绘制文档</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Summary sheet: %1 is not a date (YYYY-MM-DD): %2</source>
        <translation>汇总表：%1 不是日期（YYYY-MM-DD）：%2</translation>
    </message>
    <message>
        <source>Summary sheet: the training ends before it starts</source>
        <translation>汇总表：培训结束日期早于开始日期</translation>
    </message>
    <message>
        <source>Summary sheet: row %1 has no name</source>
        <translation>汇总表：第 %1 行没有姓名</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv: %1</source>
        <translation>输出文件的扩展名必须为 .xlsx 或 .csv：%1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>cannot add sheet %1</source>
        <translation>无法添加工作表 %1</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>无法替换文件</translation>
    </message>
    <message>
        <source>Training event %1 does not exist</source>
        <translation>培训班 %1 不存在</translation>
    </message>
    <message>
        <source>Participants with errors:</source>
        <translation>以下参加人员数据有误：</translation>
    </message>
    <message>
        <source>Summary sheet: row %1 (%2): idNumber %3: %4</source>
        <translation>汇总表：第 %1 行（%2）：身份证号码 %3：%4</translation>
    </message>
    <message>
        <source>Cannot read the activities: %1</source>
        <translation>无法读取学时记录：%1</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>the rule set does not fix the cycle length: give the tenure cycle in years</source>
        <translation>规则集未规定周期长度：请指定任职周期（年）</translation>
    </message>
    <message>
        <source>invalid year range %1-%2</source>
        <translation>无效的年度范围 %1-%2</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; has no field &quot;%2&quot; (fields: %3)</source>
        <translation>类型“%1”没有字段“%2”（现有字段：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot;: missing required field &quot;%2&quot; (%3)</source>
        <translation>类型“%1”：缺少必填字段“%2”（%3）</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot;: %2</source>
        <translation>类型“%1”：%2</translation>
    </message>
    <message>
        <source>no activity kind given</source>
        <translation>未指定活动类型</translation>
    </message>
    <message>
        <source>rule set &quot;%1&quot; has no activity kind &quot;%2&quot;</source>
        <translation>规则集“%1”中没有活动类型“%2”</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot;: the year is missing</source>
        <translation>类型“%1”：缺少年度</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot;: choose the subject (public or professional)</source>
        <translation>类型“%1”：请选择科目（公需科目或专业科目）</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): &quot;%3&quot; is not a number</source>
        <translation>字段“%1”（%2）：“%3”不是数字</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): a number is required</source>
        <translation>字段“%1”（%2）：必须填写数字</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): not a finite number</source>
        <translation>字段“%1”（%2）：不是有限数值</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): %3 is not a whole number</source>
        <translation>字段“%1”（%2）：%3 不是整数</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): %3 is below the minimum %4</source>
        <translation>字段“%1”（%2）：%3 小于最小值 %4</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): %3 is above the maximum %4</source>
        <translation>字段“%1”（%2）：%3 大于最大值 %4</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): a yes/no value is required</source>
        <translation>字段“%1”（%2）：必须填写“是”或“否”</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): &quot;%3&quot; is not one of: %4</source>
        <translation>字段“%1”（%2）：“%3”不是可选值之一：%4</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): &quot;%3&quot; is not a date (YYYY-MM-DD)</source>
        <translation>字段“%1”（%2）：“%3”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): text is required</source>
        <translation>字段“%1”（%2）：必须填写文字</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: unsupported type</source>
        <translation>字段“%1”：不支持的类型</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot; (%2)</source>
        <translation>缺少字段“%1”（%2）</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must not be negative</source>
        <translation>字段“%1”不能为负数</translation>
    </message>
    <message>
        <source>rank must be 1 or more (got %1)</source>
        <translation>排名必须大于或等于 1（实际为 %1）</translation>
    </message>
    <message>
        <source>value %1 of field &quot;%2&quot; fits no tier</source>
        <translation>字段“%2”的值 %1 不属于任何档次</translation>
    </message>
    <message>
        <source>the rule set has no row for kind &quot;%1&quot; with %2</source>
        <translation>规则集中没有类型“%1”对应 %2 的折算条目</translation>
    </message>
    <message>
        <source>these parameters</source>
        <translation>这些参数</translation>
    </message>
    <message>
        <source>unknown formula type &quot;%1&quot;</source>
        <translation>未知的公式类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: a formula object is required</source>
        <translation>%1：需要公式对象</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is not declared</source>
        <translation>%1：字段 &quot;%2&quot; 未声明</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be int or number</source>
        <translation>%1：字段 &quot;%2&quot; 必须为 int 或 number 类型</translation>
    </message>
    <message>
        <source>%1: &quot;hours&quot; (number) is required</source>
        <translation>%1：必须提供 &quot;hours&quot;（数值）</translation>
    </message>
    <message>
        <source>%1: &quot;parts&quot; must not be empty</source>
        <translation>%1：&quot;parts&quot; 不能为空</translation>
    </message>
    <message>
        <source>%1: &quot;cases&quot; must not be empty</source>
        <translation>%1：&quot;cases&quot; 不能为空</translation>
    </message>
    <message>
        <source>%1.when: field &quot;%2&quot; is not declared</source>
        <translation>%1.when：字段 &quot;%2&quot; 未声明</translation>
    </message>
    <message>
        <source>%1.when: &quot;%2&quot; is not a value of field &quot;%3&quot;</source>
        <translation>%1.when：&quot;%2&quot; 不是字段 &quot;%3&quot; 的可选值</translation>
    </message>
    <message>
        <source>%1: unknown formula type &quot;%2&quot;</source>
        <translation>%1：未知的公式类型 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a field without &quot;name&quot;</source>
        <translation>有字段缺少 &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;label&quot; is required</source>
        <translation>必须提供 &quot;label&quot;</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (int, number, enum, bool, text, date)</source>
        <translation>未知类型 &quot;%1&quot;（可用：int、number、enum、bool、text、date）</translation>
    </message>
    <message>
        <source>each of &quot;values&quot; needs &quot;value&quot; and &quot;label&quot;</source>
        <translation>&quot;values&quot; 的每一项都需要 &quot;value&quot; 和 &quot;label&quot;</translation>
    </message>
    <message>
        <source>an enum needs &quot;values&quot;</source>
        <translation>enum 类型需要 &quot;values&quot;</translation>
    </message>
    <message>
        <source>bad default: %1</source>
        <translation>默认值无效：%1</translation>
    </message>
    <message>
        <source>a kind without &quot;id&quot;</source>
        <translation>有活动类型缺少 &quot;id&quot;</translation>
    </message>
    <message>
        <source>&quot;label&quot; and &quot;clause&quot; are required</source>
        <translation>必须提供 &quot;label&quot; 和 &quot;clause&quot;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be conversion or learning</source>
        <translation>&quot;category&quot; 必须为 conversion 或 learning</translation>
    </message>
    <message>
        <source>&quot;subject&quot; must be public, professional or person</source>
        <translation>&quot;subject&quot; 必须为 public、professional 或 person</translation>
    </message>
    <message>
        <source>bad &quot;defaultSubject&quot;</source>
        <translation>&quot;defaultSubject&quot; 无效</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; declared twice</source>
        <translation>字段 &quot;%1&quot; 重复声明</translation>
    </message>
    <message>
        <source>&quot;yearCap&quot; needs &quot;hours&quot; and &quot;clause&quot;</source>
        <translation>&quot;yearCap&quot; 需要 &quot;hours&quot; 和 &quot;clause&quot;</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>顶层必须是对象</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be 1</source>
        <translation>&quot;format&quot; 必须为 1</translation>
    </message>
    <message>
        <source>&quot;id&quot;, &quot;name&quot;, &quot;jurisdiction&quot; and &quot;family&quot; are required</source>
        <translation>必须提供 &quot;id&quot;、&quot;name&quot;、&quot;jurisdiction&quot; 和 &quot;family&quot;</translation>
    </message>
    <message>
        <source>&quot;validFrom&quot; (year) is required</source>
        <translation>必须提供 &quot;validFrom&quot;（年份）</translation>
    </message>
    <message>
        <source>&quot;documents&quot; must list the notices cited</source>
        <translation>&quot;documents&quot; 必须列出所引用的文件</translation>
    </message>
    <message>
        <source>needs &quot;hours&quot; and &quot;clause&quot;</source>
        <translation>需要 &quot;hours&quot; 和 &quot;clause&quot;</translation>
    </message>
    <message>
        <source>&quot;total&quot; is required</source>
        <translation>必须提供 &quot;total&quot;</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be sum or highestConversionOnly</source>
        <translation>&quot;mode&quot; 必须为 sum 或 highestConversionOnly</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be unspecified, forbidden or nextYear</source>
        <translation>&quot;mode&quot; 必须为 unspecified、forbidden 或 nextYear</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be everyYear or average</source>
        <translation>&quot;mode&quot; 必须为 everyYear 或 average</translation>
    </message>
    <message>
        <source>&quot;check&quot; must be declared or completed</source>
        <translation>&quot;check&quot; 必须为 declared 或 completed</translation>
    </message>
    <message>
        <source>needs &quot;id&quot;, &quot;clause&quot; and a valid &quot;date&quot; (with &quot;year&quot;) or &quot;monthDay&quot;</source>
        <translation>需要 &quot;id&quot;、&quot;clause&quot; 以及有效的 &quot;date&quot;（含 &quot;year&quot;）或 &quot;monthDay&quot;</translation>
    </message>
    <message>
        <source>&quot;kinds&quot; must not be empty</source>
        <translation>&quot;kinds&quot; 不能为空</translation>
    </message>
    <message>
        <source>declared twice</source>
        <translation>重复声明</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>&quot;chooseOne&quot; needs &quot;label&quot; and &quot;clause&quot;</source>
        <translation>&quot;chooseOne&quot; 需要 &quot;label&quot; 和 &quot;clause&quot;</translation>
    </message>
    <message>
        <source>&quot;chooseOne&quot;: no field &quot;%1&quot;</source>
        <translation>&quot;chooseOne&quot;：没有字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;duration&quot;: unknown field</source>
        <translation>&quot;duration&quot;：未知字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the kinds</source>
        <translation>“%1”不是本规则集的活动类型</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; (%2): %3 is too large (at most %4)</source>
        <translation>字段“%1”（%2）：%3 过大（最多 %4）</translation>
    </message>
</context>
</TS>
