#!/usr/bin/python3
# Writes the seed corpus of the fuzz targets into tests/fuzz/corpus/<target>/ (small files only):
# real files like those of the tests plus the malformed classes of issue 11. Re-run after
# changing it; the outputs are committed. Usage: tests/fuzz/make_corpus.py
import io, os, shutil, subprocess, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
corpus = os.path.join(here, 'corpus')

def out(target, name, data):
    d = os.path.join(corpus, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

CT = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
RELS = b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
WB = b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
WBRELS = b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
SST = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>身份证号码</t></si><si><t>姓名</t></si><si><r><t>张</t></r><r><t>三</t></r><rPh><t>zhang</t></rPh></si></sst>'.encode()
STYLES = b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;\xe5\xb9\xb4&quot;m&quot;\xe6\x9c\x88&quot;d&quot;\xe6\x97\xa5&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>'

def xlsx(sheet_data, strings=True, extra=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', WB)
        z.writestr('xl/_rels/workbook.xml.rels', WBRELS)
        if strings:
            z.writestr('xl/sharedStrings.xml', SST)
            z.writestr('xl/styles.xml', STYLES)
        z.writestr('xl/worksheets/sheet1.xml', b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet_data + b'</sheetData></worksheet>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()

ID = b'11010519491231002X'
good = (b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>' + ID + b'</t></is></c><c r="B2" t="s"><v>2</v></c><c r="C2" s="1"><v>45000</v></c><c r="D2" s="2"><v>45001.5</v></c></row>'
        b'<row r="4"><c r="A4" t="str"><v>x_x000D_y</v></c><c r="B4" t="b"><v>1</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4"><v>1.5E-3</v></c></row>')
classes = {
    'good.xlsx': xlsx(good),
    'no-refs.xlsx': xlsx(b'<row><c t="s"><v>0</v></c><c/><c t="s"><v>1</v></c></row><row><c><v>3.40104198904303E+17</v></c></row>'),
    'dup-row.xlsx': xlsx(b'<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>'),
    'order.xlsx': xlsx(b'<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>'),
    'other-row.xlsx': xlsx(b'<row r="2"><c r="A3"><v>1</v></c></row>'),
    'cells-order.xlsx': xlsx(b'<row r="1"><c r="C1"><v>1</v></c><c r="A1"><v>2</v></c></row>'),
    'xfd.xlsx': xlsx(b''.join(b'<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>' % (r, r) for r in range(1, 20))),
    'wide.xlsx': xlsx(b'<row>' + b'<c/>' * 16390 + b'</row>'),
    'deep.xlsx': xlsx(b'<row r="1"><c r="A1">' + b'<x>' * 80 + b'</x>' * 80 + b'</c></row>'),
    'bad-sst.xlsx': xlsx(b'<row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1" t="s"><v>-1</v></c></row>'),
    'bad-ref.xlsx': xlsx(b'<row r="1"><c r="1A"><v>1</v></c></row><row r="x"/>'),
    'big-row.xlsx': xlsx(b'<row r="1048577"><c r="A1048577"><v>1</v></c></row>'),
    'broken-xml.xlsx': xlsx(b'<row><c><v>1</c></row>'),
    'numbers.xlsx': xlsx(b'<row r="1"><c r="A1"><v>1e308</v></c><c r="B1"><v>-0</v></c><c r="C1" s="1"><v>-5</v></c><c r="D1" s="1"><v>2958466</v></c><c r="E1" t="d"><v>2024-01-02T03:04:05</v></c></row>'),
}
for name, data in classes.items():
    out('xlsx', name, data)
out('xlsx', 'not-zip.xlsx', b'PK\x03\x04 this is not really a zip')
out('xlsx', 'ole.xlsx', b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 64)
out('xlsx', 'empty.xlsx', b'')
# Small "bomb": 8 MB of spaces in about 8 KB (larger ones are in tests/import/test_hostile_files.cpp).
out('xlsx', 'bomb-small.xlsx', xlsx(b' ' * (8 << 20), strings=False))
# Hand-made and openpyxl workbooks of the reader tests.
for script, args in (('make_handmade_xlsx.py', ['0']), ('make_handmade_xlsx.py', ['1']), ('make_openpyxl_xlsx.py', [])):
    tmp = os.path.join(corpus, 'tmp.xlsx')
    subprocess.run(['/usr/bin/python3', os.path.join(root, 'tests/import/data', script), tmp] + args, check=True, stdout=subprocess.DEVNULL)
    with open(tmp, 'rb') as f:
        out('xlsx', script.replace('.py', '') + ''.join(args) + '.xlsx', f.read())
    os.remove(tmp)

csvs = {
    'roster.csv': '姓名,身份证号码,部门,专业技术职称,职称级别,入职日期,联系电话\r\n张三,11010519491231002X,工程部,工程师,中级,2015/7/1,13800000001\r\n"李四, 小",110105194912310037,"财务部",会计师,中级,2016年3月1日,13800000002\r\n',
    'bom.csv': '\ufeff姓名,身份证号码\n王五,3.40104198904303E+17\n',
    'tabs.csv': '姓名\t身份证号码\t部门\n甲\t11010519491231002X\t="00123"\n',
    'quotes.csv': 'a,"b ""q"" c","multi\r\nline"\r\n,,\r\n"unterminated',
    'formula.csv': '姓名,身份证号码\r\n=HYPERLINK("http://x"),@SUM(1)\r\n+1,-2\r\n',
    'future.csv': '姓名,身份证号码\r\n甲,110105203001010011\r\n乙,110105201501010012\r\n',
    'cr.csv': 'a,b\rc,d\r\re',
    'long-name.csv': '姓名,身份证号码\r\n' + 'n' * 200 + ',11010519491231002X\r\n',
    'title.csv': 'XX单位专业技术人员名册\r\n\r\n*身份证号码（必填）,姓名（必填）,入职日期(yyyy-mm-dd),状态\r\n11010519491231002X,甲,20200701,离职\r\n',
}
for name, text in csvs.items():
    out('csv', name, text)
    out('roster', name, text)
out('csv', 'gbk.csv', '姓名,部门\r\n张三,工程部\r\n'.encode('gb18030'))
out('csv', 'utf16.csv', '\ufeff姓名\t部门\r\n张三\t工程部\r\n'.encode('utf-16-le'))
out('csv', 'wide-header.csv', ','.join('c%d' % i for i in range(1100)) + '\r\n')
out('csv', 'nul.csv', b'a,b\0c\r\n')
out('roster', 'good.xlsx', classes['good.xlsx'])
out('roster', 'no-refs.xlsx', classes['no-refs.xlsx'])

os.makedirs(os.path.join(corpus, 'rules'), exist_ok=True)
for name in sorted(os.listdir(os.path.join(root, 'resources/rules'))):
    shutil.copy(os.path.join(root, 'resources/rules', name), os.path.join(corpus, 'rules', name))
out('rules', 'empty.json', '{}')
out('rules', 'not-json.json', '{"id": "x", "kinds": [')
out('rules', 'bad-formula.json', '{"id":"x","name":"x","kinds":[{"id":"k","label":"k","fields":[{"id":"n","type":"number"}],"formula":"n * (2 +"}]}')
out('rules', 'deep.json', '[' * 2000 + ']' * 2000)
# Importers (fuzz_activities, fuzz_participants): the registry of tests/fuzz/FuzzRegistry.h has
# six people with these ID numbers (4 has left, 5 has a submitted 2025) under 湖南 2025 rules.
IDS = ['430102198501010018', '430102198501020021', '430102198501030035', '430102198501040049',
       '430102198501050052', '430102198501060066']
NAMES = ['张三', '李四', '王五', '赵六', '陈七', '杨八']
UNKNOWN = '43010219850107007X'
FUTURE = '11010520300101001X'  # born 2030-01-01, valid check digit
def both_encodings(target, stem, text):
    out(target, stem + '.csv', text)
    out(target, stem + '-gbk.csv', text.encode('gb18030'))
    out(target, stem + '-utf16.csv', '\ufeff'.encode('utf-16-le') + text.encode('utf-16-le'))

both_encodings('activities', 'mixed', '2025年继续教育登记表\r\n名称,类别,姓名,身份证号码,天数,学时（证书所载）,年度,结束日期\r\n'
    '新技术培训班,training,张三,%s,3,,2025,2025-04-03\r\n2025年公需课,公需科目学习,李四,%s,,30,,2025/6/30\r\n' % (IDS[0], IDS[1]))
out('activities', 'row-errors.csv', ('身份证号码,姓名,年度,类别,名称,天数,科目,学时\n'
    '{0},张三,2025,training,好的一行,2,专业科目\n{6},某人,2025,training,未知人员,2,\n{4},陈七,2025,training,离职人员,2,\n'
    '{5},杨八,2025,training,锁定年度,2,\n{0},张三,2025,舞蹈,未知类别,2,\n{0},张三,2025,training,天数不是数,三,\n'
    '{0},错名,2025,training,姓名不符,2,\n{0},张三,2025,training,好的一行,2,专业科目\n{0},张三,2025,project,课题,2,\n'
    '{0},张三,2025,public_course,公需,,专业科目,30\n{0},张三,2025,project,课题,,\n{0},张三,2025,training,坏日期,2,,\n'
    '{0},张三,1900,training,古代,2,\n{0},张三,2025,training,负数,-1,\n{0},张三,2025,training,巨大,1e308,\n'
    '3.40104198904303E+17,张三,2025,training,科学计数,2,\n').format(*IDS, UNKNOWN))
out('activities', 'dates.csv', '身份证号码,姓名,类别,名称,天数,开始日期,结束日期\r\n'
    '%s,张三,training,日期,1,2025年4月1日,2025/4/30\r\n%s,张三,training,反了,1,2025-05-01,2025-04-01\r\n'
    '%s,张三,training,坏,1,2025-02-30,20250231\r\n' % (IDS[0], IDS[0], IDS[0]))
out('activities', 'no-header.csv', 'a,b,c\r\n1,2,3\r\n')
out('activities', 'formula.csv', '身份证号码,姓名,类别,名称,天数\r\n%s,张三,training,=HYPERLINK("x"),@1\r\n' % IDS[0])

both_encodings('participants', 'passed-list', '继续教育合格人员简明情况汇总表\r\n填报单位：湖南省测试医院\r\n'
    '序号,姓名,单位,身份证号码,技术职称,培训学时,考试结果,备注\r\n'
    '1,张三,湖南省测试医院,%s,主治医师,24,合格,\r\n2,李四,湖南省测试医院,%s,主治医师,24,不合格,补考\r\n'
    '3,王五,湖南省测试医院,%s,主治医师,24,,\r\n' % (IDS[0], IDS[1], IDS[2]))
out('participants', 'row-errors.csv', '序号,姓名,单位,身份证号码,技术职称,培训学时,考试结果,备注\n'
    '1,张三,医院,{0},医师,24,合格,\n2,别人,医院,{1},医师,24,合格,\n3,张三,医院,{0},医师,24,合格,\n'
    '4,王五,医院,{2},医师,24,优秀,\n5,陈七,医院,{4},医师,24,合格,\n6,杨八,医院,{5},医师,24,合格,\n'
    '7,某某,医院,12345,医师,24,合格,\n8,某某,医院,{6},医师,24,合格,\n9,甲,医院,{7},医师,24,合格,\n'
    '10,赵六,医院,3.40104198904303E+17,医师,24,合格,\n'.format(*IDS, UNKNOWN, FUTURE))
out('participants', 'days.csv', '姓名,身份证号码,实际参加天数,培训学时,考试结果\r\n张三,%s,2,16,合格\r\n李四,%s,0,8,合格\r\n'
    '王五,%s,2.5,99,合格\r\n赵六,%s,abc,,合格\r\n' % tuple(IDS[:4]))
out('participants', 'title-only.csv', '继续教育合格人员简明情况汇总表\r\n\r\n\r\n')
out('participants', 'long-cells.csv', '姓名,身份证号码,备注\r\n%s,%s,%s\r\n' % ('名' * 300, IDS[0], 'x' * 5000))

# Workbooks (openpyxl): the activity template's shape (one sheet per kind, the kind named above the
# header) and the participants list as the organiser sends it; a numeric ID cell.
import openpyxl
def save(target, name, wb):
    tmp = os.path.join(corpus, 'tmp.xlsx')
    wb.save(tmp)
    with open(tmp, 'rb') as f:
        out(target, name, f.read())
    os.remove(tmp)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '参加培训班、研修班、进修班'
ws.append(['类别：参加培训班、研修班、进修班'])
ws.append(['身份证号码', '姓名', '年度', '名称', '天数', '科目', '结束日期'])
ws.append([IDS[0], '张三', 2025, '培训班', 3, '专业科目', '2025-04-03'])
ws.append([IDS[1], '李四', 2025, '半天', 0.5, None, 45700])
ws2 = wb.create_sheet('参加学术会议、研讨、讲座、访问、交流')
ws2.append(['身份证号码', '姓名', '年度', '名称', '天数'])
ws2.append([IDS[2], '王五', 2025, '学术会议', 2])
ws3 = wb.create_sheet('其他')
ws3.append(['身份证号码', '姓名', '年度', '类别', '名称', '学时（证书所载）'])
ws3.append([IDS[3], '赵六', 2025, '公需科目学习', '公需课', 30])
ws3.append([340104198904303000, '张三', 2025, 'training', '数字ID', 1])
save('activities', 'template-shape.xlsx', wb)
wb = openpyxl.Workbook()
ws = wb.active
ws.append(['继续教育合格人员简明情况汇总表'])
ws.append(['填报单位：湖南省测试医院'])
ws.append(['序号', '姓名', '单位', '身份证号码', '技术职称', '培训学时', '考试结果', '备注', '实际参加天数'])
for i in range(4):
    ws.append([i + 1, NAMES[i], '湖南省测试医院', IDS[i], '主治医师', 24, '合格' if i != 1 else '不合格', None, 3])
ws.append([5, '张三', '湖南省测试医院', 340104198904303000, '主治医师', 24, '合格', None, 3])
save('participants', 'passed-list.xlsx', wb)
for target in ('activities', 'participants'):
    out(target, 'no-refs.xlsx', classes['no-refs.xlsx'])
    out(target, 'dup-row.xlsx', classes['dup-row.xlsx'])

print('corpus written to', corpus)
