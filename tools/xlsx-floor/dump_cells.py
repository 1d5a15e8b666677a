import openpyxl, sys, datetime
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = open(sys.argv[2], 'w', encoding='utf-8')
for ws in wb.worksheets:
    out.write('S\t%s\n' % ws.title)
    for row in ws.iter_rows(min_row=2, values_only=True):
        cells = []
        for v in row:
            if v is None: cells.append('E')
            elif isinstance(v, (int, float)): cells.append('N' + repr(float(v)))
            elif isinstance(v, datetime.datetime): cells.append('D%04d-%02d-%02d' % (v.year, v.month, v.day))
            else: cells.append('T' + str(v).replace('\t', ' ').replace('\n', ' '))
        out.write('\t'.join(cells) + '\n')
