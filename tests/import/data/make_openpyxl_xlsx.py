# Writes an .xlsx with openpyxl (argv[1]): two sheets, Chinese text, a big integer, dates.
# Used by tests/import/test_table_readers.cpp.
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '说明'
ws['A1'] = '请填写第二个工作表'
ws2 = wb.create_sheet('人员名单')
ws2.append(['姓名', '身份证号', '入职日期', '学时', '备注'])
ws2.append(['李四', 430102199003077123, datetime.date(2021, 9, 1), 12.5, None])
ws2.append(['王五', '11010519491231002X', datetime.datetime(1999, 12, 31, 0, 0), 3, '外聘'])
ws2['A5'] = '末行'
ws2['E5'] = True
wb.save(sys.argv[1])
print('ok')
