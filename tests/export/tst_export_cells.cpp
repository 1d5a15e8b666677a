// The xlsx cells of a row (issue 14, exp15): XlsxSheetCells reads a column's field through a typed
// getter (no QVariant), converts a repeated text to UTF-8 once and measures a number's or date's
// width once per value. Its cells — kind, row, column, value, text bytes — and the running column
// widths must be exactly those of the QVariant path (TableExporter::cellValue, the writer's code
// before), for every field of both row kinds in every column type and format, and every profile.
#include "ExportFixtures.h"
#include "export/ExportProfile.h"
#include "export/RowFields.h"
#include "export/XlsxCells.h"

#include <QtTest>
#include <cmath>
#include <cstring>

namespace {
// Every field id in every column type, with automatic and fixed widths and several formats.
ExportSheet everyField(ExportSheet::Rows rows, const QStringList &fields)
{
    ExportSheet sheet;
    sheet.rows = rows;
    sheet.name = QStringLiteral("every");
    const QList<QPair<ExportColumn::Type, QString>> kinds = {
        {ExportColumn::Type::Text, QString()},           {ExportColumn::Type::Text, QStringLiteral("0.##")},
        {ExportColumn::Type::Number, QString()},         {ExportColumn::Type::Number, QStringLiteral("0.##")},
        {ExportColumn::Type::Number, QStringLiteral("0.0")}, {ExportColumn::Type::Integer, QString()},
        {ExportColumn::Type::Date, QString()},           {ExportColumn::Type::Date, QStringLiteral("yyyy年M月d日")}};
    for (const QString &f : fields + QStringList{QStringLiteral("no_such_field")}) {
        for (const auto &k : kinds) {
            for (double width : {0.0, 12.0}) {
                ExportColumn c;
                c.header = f;
                c.field = f;
                c.type = k.first;
                c.format = k.second;
                c.width = width;
                sheet.columns << c;
            }
        }
    }
    return sheet;
}

// Values that take every branch: blank and padded texts, formulas, numbers that round, -0, NaN,
// invalid dates, years outside 1000-9999, the same text shared and copied.
QList<PersonYearRow> personYears()
{
    const ExportDataSet d = ExportFixtures::sample();
    QList<PersonYearRow> rows = d.people;
    PersonYearRow r = d.people.at(0);
    r.person.staff.name = QStringLiteral("   ");
    r.person.staff.department = QStringLiteral(" 结构所 ");
    r.person.staff.title = QStringLiteral("=SUM(A1)");
    r.person.staff.titleLevel = QStringLiteral("-12.5");
    r.person.staff.joinedOn = QDate(999, 3, 4);
    r.publicHours = 2.675;
    r.professionalHours = -0.0;
    r.totalHours = std::nan("");
    r.requiredTotal = 1e17;
    r.note = QString();
    r.compliant = true;
    rows << r << r;   // shared texts
    r.person.staff.name = QString::fromUtf8("   ");   // equal, not shared
    r.note = QStringLiteral("\t制表");
    r.publicHours = 0.125;
    rows << r;
    return rows;
}

QList<ActivityRow> activities()
{
    const ExportDataSet d = ExportFixtures::sample();
    QList<ActivityRow> rows = d.activities;
    ActivityRow a = d.activities.at(1);
    a.kindLabel.clear();
    a.subject = QStringLiteral("other");
    a.counted = false;
    a.hours = 7.005;
    a.startDate = QDate(10000, 1, 1);
    a.endDate = QDate();
    a.title = QStringLiteral("+86 13800000000");
    a.explanation = QStringLiteral("@引用");
    rows << a << a;
    a.title = QStringLiteral("-3");
    a.hours = -0.004;
    a.startDate = QDate(2025, 12, 31);
    rows << a;
    return rows;
}

QString cellsText(const XlsxBatch &b)
{
    QStringList out;
    for (const XlsxBatch::Cell &c : b.cells) {
        quint64 bits;
        std::memcpy(&bits, &c.number, sizeof bits);
        out << QStringLiteral("%1,%2,%3,%4,%5,%6")
                   .arg(c.row)
                   .arg(c.column)
                   .arg(c.sheet)
                   .arg(int(c.kind))
                   .arg(bits, 0, 16)
                   .arg(c.kind == XlsxBatch::Text ? QString::fromLatin1(QByteArray(b.text.constData() + c.text).toHex()) : QString());
    }
    return out.join(QLatin1Char('\n'));
}

QString widthsText(const QList<double> &w)
{
    QStringList out;
    for (double d : w)
        out << QString::number(d, 'g', 17);
    return out.join(QLatin1Char(' '));
}

// The same type and value (a NaN equals itself here).
QString variantText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        quint64 bits;
        std::memcpy(&bits, &d, sizeof bits);
        return QStringLiteral("double %1").arg(bits, 0, 16);
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(v.typeName()), v.toString());
}

template<typename Row>
void compareSheet(const ExportSheet &sheet, const QList<Row> &rows)
{
    XlsxSheetCells<Row> typed(sheet, 1, true), generic(sheet, 1, false);
    XlsxBatch a, b;
    QList<double> wa(sheet.columns.size(), 3.0), wb(sheet.columns.size(), 3.0);
    for (int pass = 0; pass < 2; ++pass)   // the second pass meets every text and number again
        for (int i = 0; i < rows.size(); ++i) {
            typed.add(rows.at(i), quint32(pass * 100 + i + 1), &wa, &a);
            generic.add(rows.at(i), quint32(pass * 100 + i + 1), &wb, &b);
        }
    QVERIFY(!b.cells.empty());
    QCOMPARE(cellsText(a), cellsText(b));
    QCOMPARE(widthsText(wa), widthsText(wb));
}
} // namespace

class TestExportCells : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldEveryTypeAsBefore()
    {
        compareSheet(everyField(ExportSheet::Rows::PersonYear, PersonYearRow::fieldIds()), personYears());
        compareSheet(everyField(ExportSheet::Rows::Activity, ActivityRow::fieldIds()), activities());
    }

    void everyProfileAsBefore()
    {
        for (const QString &id : ExportProfile::available()) {
            ExportProfile p;
            QString error;
            QVERIFY2(ExportProfile::load(id, &p, &error), qPrintable(error));
            for (const ExportSheet &sheet : p.sheets) {
                if (sheet.rows == ExportSheet::Rows::PersonYear)
                    compareSheet(sheet, personYears());
                else
                    compareSheet(sheet, activities());
            }
        }
    }

    // More distinct texts than a column caches, then the same texts again: the columns that stop
    // caching (mostly misses) and those that keep it write the same cells.
    void manyDistinctTextsAsBefore()
    {
        const QList<ActivityRow> base = activities();
        QList<ActivityRow> rows;
        for (int i = 0; i < 12000; ++i) {
            ActivityRow a = base.at(i % base.size());
            a.title = QStringLiteral("课程%1").arg(i % 9000);
            a.explanation = i % 3 == 0 ? QStringLiteral("  ") : QStringLiteral("=依据%1").arg(i);
            rows << a;
        }
        ExportProfile p;
        QString error;
        QVERIFY2(ExportProfile::load(QStringLiteral("anhui-2025"), &p, &error), qPrintable(error));
        compareSheet(p.sheets.at(1), rows);
    }

    // The typed getters give what value() gives, for every field of both rows.
    void gettersGiveValue()
    {
        for (const PersonYearRow &r : personYears())
            for (const QString &f : PersonYearRow::fieldIds()) {
                FieldValue v;
                const FieldGetter<PersonYearRow> get(f);
                get(r, &v);
                QCOMPARE(variantText(v.toVariant()), variantText(r.value(f)));
            }
        for (const ActivityRow &r : activities())
            for (const QString &f : ActivityRow::fieldIds()) {
                FieldValue v;
                const FieldGetter<ActivityRow> get(f);
                get(r, &v);
                QCOMPARE(variantText(v.toVariant()), variantText(r.value(f)));
            }
    }
};

QTEST_GUILESS_MAIN(TestExportCells)
#include "tst_export_cells.moc"
