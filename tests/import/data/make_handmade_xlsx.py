# Writes a hand-made .xlsx (argv[1]); argv[2] is the date1904 flag (0/1).
# Used by tests/import/test_table_readers.cpp.
import sys, zipfile
path, date1904 = sys.argv[1], sys.argv[2]
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>'''
wb = '''<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="%s"/>
<sheets>
<sheet name="Hidden" sheetId="3" state="hidden" r:id="rId9"/>
<sheet name="名单" sheetId="1" r:id="rId7"/>
</sheets></workbook>''' % date1904
wbrels = '''<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/other.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''
sst = '''<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>姓名</t></si>
<si><r><rPr><b/></rPr><t>身份</t></r><r><t xml:space="preserve">证号 </t></r><rPh sb="0" eb="2"><t>ミブン</t></rPh></si>
<si><t>第一行_x000D_
第二行</t></si>
</sst>'''
styles = '''<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="177" formatCode="0.00_);[Red]\\(0.00\\)"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="14"/><xf numFmtId="177"/><xf numFmtId="49"/></cellXfs>
</styleSheet>'''
sheet = '''<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>备注</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><r><t>张</t></r><r><rPr><i/></rPr><t>三</t></r></is></c><c r="B2"><v>4.30102199003077E+17</v></c><c r="D2" s="1"><v>45000</v></c></row>
<row r="4"><c t="str"><f>A2&amp;"!"</f><v>张三!</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c s="2"><v>0</v></c><c s="3"><v>1.5</v></c><c s="4"><v>0.30000000000000004</v></c></row>
<row><c r="B5" t="s"><v>2</v></c><c r="C5" s="2"/></row>
<row r="7"><c r="A7" s="2"/></row>
</sheetData></worksheet>'''
other = '''<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>secret</t></is></c></row></sheetData></worksheet>'''
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('xl/workbook.xml', wb)
    z.writestr('xl/_rels/workbook.xml.rels', wbrels)
    z.writestr('xl/strings.xml', sst)
    z.writestr('xl/styles.xml', styles)
    z.writestr('xl/worksheets/data.xml', sheet)
    z.writestr('xl/worksheets/other.xml', other)
print('ok')
