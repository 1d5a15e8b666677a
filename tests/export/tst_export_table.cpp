// Export profiles and the .xlsx/.csv writers: every cell read back (openpyxl / Python csv).
#include "ExportFixtures.h"
#include "TestSupport.h"
#include "export/ExportProfile.h"
#include "export/ExportSource.h"
#include "export/TableExporter.h"
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const char *kDumpXlsx = R"PY(
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.date, datetime.datetime)):
                v = v.strftime('%Y-%m-%d')
                t = 'd'
            else:
                t = c.data_type
            cells.append({'t': t, 'v': v})
        rows.append(cells)
    out.append({'name': ws.title, 'rows': rows})
print(json.dumps(out, ensure_ascii=False))
)PY";

const char *kDumpCsv = R"PY(
import sys, json, csv
raw = open(sys.argv[1], 'rb').read()
text = raw.decode('utf-8-sig')
print(json.dumps({'bom': raw[:3] == b'\xef\xbb\xbf', 'crlf': b'\r\n' in raw,
                  'rows': list(csv.reader(text.splitlines(True)))}, ensure_ascii=False))
)PY";

QString joinedUnique(const QStringList &l)
{
    QStringList u;
    for (const QString &s : l)
        if (!u.contains(s))
            u << s;
    return u.join(QStringLiteral("；"));
}

// What a cell must hold, written independently of the exporter: number or text (null = empty).
QVariant expectedPerson(const QString &f, const PersonYearRow &r)
{
    const Staff &s = r.person.staff;
    const Unit &u = r.person.unit;
    const QHash<QString, QVariant> m = {
        {QStringLiteral("id_number"), s.idNumber}, {QStringLiteral("name"), s.name},
        {QStringLiteral("gender"), s.gender}, {QStringLiteral("ethnicity"), s.ethnicity},
        {QStringLiteral("department"), s.department}, {QStringLiteral("title"), s.title},
        {QStringLiteral("title_level"), s.titleLevel}, {QStringLiteral("title_series"), s.titleSeries},
        {QStringLiteral("sub_specialty"), s.subSpecialty}, {QStringLiteral("title_sought"), s.titleSought},
        {QStringLiteral("education"), s.education}, {QStringLiteral("phone"), s.phone},
        {QStringLiteral("unit_name"), u.name}, {QStringLiteral("unit_credit_code"), u.creditCode},
        {QStringLiteral("unit_nature"), u.nature}, {QStringLiteral("unit_region"), u.region},
        {QStringLiteral("year"), r.year}, {QStringLiteral("public_hours"), r.publicHours},
        {QStringLiteral("professional_hours"), r.professionalHours}, {QStringLiteral("total_hours"), r.totalHours},
        {QStringLiteral("required_total"), r.requiredTotal},
        {QStringLiteral("compliant"), r.compliant ? QStringLiteral("达标") : QStringLiteral("未达标")},
        {QStringLiteral("note"), r.note},
        // the generic name only where the subject has hours (Hunan profile "fallbackIf")
        {QStringLiteral("public_names"), !r.publicNames.isEmpty() ? joinedUnique(r.publicNames)
                                         : r.publicHours > 0 ? QStringLiteral("%1公需科目").arg(r.year) : QString()},
        {QStringLiteral("professional_names"), !r.professionalNames.isEmpty() ? joinedUnique(r.professionalNames)
                                               : r.professionalHours > 0 ? QStringLiteral("%1专业科目").arg(r.year) : QString()},
        {QStringLiteral("public_form"), r.publicForm},
        {QStringLiteral("professional_form"), r.professionalForm},
        {QStringLiteral("public_forms"), joinedUnique(r.publicForms)},
        {QStringLiteral("professional_forms"), joinedUnique(r.professionalForms)},
    };
    if (!m.contains(f))
        qFatal("test has no expectation for person field %s", qPrintable(f));
    return m.value(f);
}

QVariant expectedActivity(const QString &f, const ActivityRow &a)
{
    const QHash<QString, QVariant> m = {
        {QStringLiteral("id_number"), a.person.staff.idNumber}, {QStringLiteral("name"), a.person.staff.name},
        {QStringLiteral("year"), a.year}, {QStringLiteral("activity_title"), a.title},
        {QStringLiteral("activity_kind_label"), a.kindLabel}, {QStringLiteral("activity_form"), a.form},
        {QStringLiteral("activity_subject"), a.subject == QLatin1String("public") ? QStringLiteral("公需科目") : QStringLiteral("专业科目")},
        {QStringLiteral("activity_start"), a.startDate.isValid() ? a.startDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("activity_end"), a.endDate.isValid() ? a.endDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("activity_hours"), a.hours},
        {QStringLiteral("activity_counted"), a.counted ? QStringLiteral("计入") : QStringLiteral("不计入")},
        {QStringLiteral("activity_explanation"), a.explanation},
    };
    if (!m.contains(f))
        qFatal("test has no expectation for activity field %s", qPrintable(f));
    return m.value(f);
}

QString numberText(double d)
{
    return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
}

// Expected rows of a sheet (people with errors left out), as variants.
QList<QVariantList> expectedRows(const ExportSheet &sheet, const ExportDataSet &d)
{
    QList<QVariantList> rows;
    if (sheet.rows == ExportSheet::Rows::PersonYear) {
        for (const PersonYearRow &r : d.people) {
            if (!r.errors.isEmpty())
                continue;
            QVariantList row;
            for (const ExportColumn &c : sheet.columns)
                row << expectedPerson(c.field, r);
            rows << row;
        }
    } else {
        for (const ActivityRow &a : d.activities) {
            if (a.person.staff.name == QStringLiteral("李四"))
                continue;
            QVariantList row;
            for (const ExportColumn &c : sheet.columns)
                row << expectedActivity(c.field, a);
            rows << row;
        }
    }
    return rows;
}

QJsonDocument runJson(const char *script, const QString &file)
{
    QString err;
    const QString out = TestSupport::runPython(QString::fromUtf8(script), {file}, &err);
    if (out.isNull())
        qWarning("python failed: %s", qPrintable(err));
    return QJsonDocument::fromJson(out.toUtf8());
}

} // namespace

class TestExportTable : public QObject
{
    Q_OBJECT

private slots:
    void profilesLoad()
    {
        const QStringList ids = ExportProfile::available();
        QVERIFY2(ids.contains(QStringLiteral("anhui-2025")), qPrintable(ids.join(',')));
        QVERIFY(ids.contains(QStringLiteral("jiangsu-2023")));
        QVERIFY(ids.contains(QStringLiteral("hunan-2025")));
        for (const QString &id : ids) {
            ExportProfile p;
            QString error;
            QVERIFY2(ExportProfile::load(id, &p, &error), qPrintable(error));
            QCOMPARE(p.id, id);
            QCOMPARE(p.sheets.size(), 2);
            QVERIFY(p.sheets.at(0).rows == ExportSheet::Rows::PersonYear);
            QVERIFY(p.sheets.at(1).rows == ExportSheet::Rows::Activity);
        }
    }

    void hunanFieldsFollowTheDeclaration()
    {
        ExportProfile p;
        QString error;
        QVERIFY2(ExportProfile::load(QStringLiteral("hunan-2025"), &p, &error), qPrintable(error));
        QStringList headers;
        for (const ExportColumn &c : p.sheets.at(0).columns)
            headers << c.header;
        const QStringList expected = QStringLiteral(
            "证件号码 姓名 性别 民族 单位名称 单位性质 拟申报职称 联系电话 最高学历 申报大类 子专业名称 行政区划名称 "
            "年度 公需科目名称 公需科目折算学时 公需科目继续教育形式 专业科目名称 专业科目折算学时 专业科目继续教育形式 合计学时")
                                         .split(QLatin1Char(' '));
        QCOMPARE(headers, expected);
    }

    void badProfilesAreRejected()
    {
        ExportProfile p;
        QString error;
        QJsonObject o = QJsonDocument::fromJson(R"({"id":"x","name":"x","sheets":[{"rows":"person-year","name":"s",
            "columns":[{"header":"h","field":"no_such_field"}]}]})").object();
        QVERIFY(!ExportProfile::fromJson(o, &p, &error));
        QVERIFY2(error.contains(QLatin1String("no_such_field")), qPrintable(error));
        o = QJsonDocument::fromJson(R"({"id":"x","name":"x","sheets":[{"rows":"person-year","name":"s",
            "columns":[{"header":"h","field":"name","type":"money"}]}]})").object();
        QVERIFY(!ExportProfile::fromJson(o, &p, &error));
        o = QJsonDocument::fromJson(R"({"id":"x","name":"x","sheets":[{"rows":"people","name":"s","columns":[]}]})").object();
        QVERIFY(!ExportProfile::fromJson(o, &p, &error));
        QVERIFY(!ExportProfile::load(QStringLiteral("no-such-profile"), &p, &error));
        QVERIFY2(error.contains(QLatin1String("hunan-2025")), qPrintable(error));
    }

    void xlsxEveryCell_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString &id : ExportProfile::available())
            QTest::newRow(qPrintable(id)) << id;
    }

    void xlsxEveryCell()
    {
        QFETCH(QString, profile);
        ExportProfile p;
        QString error;
        QVERIFY2(ExportProfile::load(profile, &p, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("导出.xlsx"));
        const ExportDataSet data = ExportFixtures::sample();
        TableExporter::Options opt;
        opt.skipErrors = true;
        TableExporter::Result res;
        QVERIFY2(TableExporter::write(p, data, path, opt, &res, &error), qPrintable(error));
        QCOMPARE(res.personYearRows, 2);
        QCOMPARE(res.activityRows, 4);
        QCOMPARE(res.problems.size(), 1);
        QVERIFY(res.problems.first().contains(QStringLiteral("李四")));

        const QJsonArray sheets = runJson(kDumpXlsx, path).array();
        QCOMPARE(sheets.size(), p.sheets.size());
        for (int s = 0; s < p.sheets.size(); ++s) {
            const ExportSheet &sheet = p.sheets.at(s);
            const QJsonObject js = sheets.at(s).toObject();
            QCOMPARE(js.value(QStringLiteral("name")).toString(), sheet.name);
            const QJsonArray rows = js.value(QStringLiteral("rows")).toArray();
            const QList<QVariantList> expected = expectedRows(sheet, data);
            QCOMPARE(rows.size(), expected.size() + 1);
            const QJsonArray header = rows.at(0).toArray();
            QCOMPARE(header.size(), sheet.columns.size());
            for (int c = 0; c < sheet.columns.size(); ++c)
                QCOMPARE(header.at(c).toObject().value(QStringLiteral("v")).toString(), sheet.columns.at(c).header);
            for (int r = 0; r < expected.size(); ++r) {
                const QJsonArray cells = rows.at(r + 1).toArray();
                for (int c = 0; c < sheet.columns.size(); ++c) {
                    const ExportColumn &col = sheet.columns.at(c);
                    const QVariant want = expected.at(r).at(c);
                    const QJsonObject got = c < cells.size() ? cells.at(c).toObject() : QJsonObject();
                    const QString where = QStringLiteral("%1 row %2 %3").arg(sheet.name).arg(r + 2).arg(col.header);
                    const QJsonValue v = got.value(QStringLiteral("v"));
                    if (want.toString().isEmpty()) {
                        QVERIFY2(v.isNull() || v.isUndefined(), qPrintable(where));
                    } else if (col.type == ExportColumn::Type::Number || col.type == ExportColumn::Type::Integer) {
                        QVERIFY2(got.value(QStringLiteral("t")).toString() == QLatin1String("n"), qPrintable(where));
                        QVERIFY2(qFuzzyCompare(v.toDouble(), want.toDouble()), qPrintable(where + QStringLiteral(" = %1").arg(v.toDouble())));
                    } else if (col.type == ExportColumn::Type::Date) {
                        QVERIFY2(got.value(QStringLiteral("t")).toString() == QLatin1String("d"), qPrintable(where));
                        QCOMPARE(v.toString(), want.toString());
                    } else {
                        // Text, including ID numbers: a string with every character kept.
                        QVERIFY2(got.value(QStringLiteral("t")).toString() == QLatin1String("s"), qPrintable(where));
                        QVERIFY2(v.toString() == want.toString(), qPrintable(where + QStringLiteral(": %1 != %2").arg(v.toString(), want.toString())));
                    }
                }
            }
        }
    }

    void csvEveryCell_data() { xlsxEveryCell_data(); }

    void csvEveryCell()
    {
        QFETCH(QString, profile);
        ExportProfile p;
        QString error;
        QVERIFY2(ExportProfile::load(profile, &p, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        const ExportDataSet data = ExportFixtures::sample();
        TableExporter::Options opt;
        opt.skipErrors = true;
        TableExporter::Result res;
        QVERIFY2(TableExporter::write(p, data, path, opt, &res, &error), qPrintable(error));
        QCOMPARE(res.files.size(), 2);
        QCOMPARE(res.files.at(1), dir.filePath(QStringLiteral("export_activities.csv")));
        for (int s = 0; s < p.sheets.size(); ++s) {
            const ExportSheet &sheet = p.sheets.at(s);
            QFile f(res.files.at(s));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(3) == QByteArray("\xEF\xBB\xBF"));
            const QJsonObject o = runJson(kDumpCsv, res.files.at(s)).object();
            QVERIFY(o.value(QStringLiteral("bom")).toBool());
            QVERIFY(o.value(QStringLiteral("crlf")).toBool());
            const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
            const QList<QVariantList> expected = expectedRows(sheet, data);
            QCOMPARE(rows.size(), expected.size() + 1);
            for (int c = 0; c < sheet.columns.size(); ++c)
                QCOMPARE(rows.at(0).toArray().at(c).toString(), sheet.columns.at(c).header);
            for (int r = 0; r < expected.size(); ++r) {
                const QJsonArray cells = rows.at(r + 1).toArray();
                QCOMPARE(cells.size(), sheet.columns.size());
                for (int c = 0; c < sheet.columns.size(); ++c) {
                    const QVariant want = expected.at(r).at(c);
                    const QString wantText = want.typeId() == QMetaType::Double || want.typeId() == QMetaType::Int
                                                 ? numberText(want.toDouble())
                                                 : want.toString();
                    QCOMPARE(cells.at(c).toString(), wantText);
                }
            }
        }
    }

    void idNumbersKeepAllDigits()
    {
        // An all-digit ID (no X) must stay an 18-character string in both formats.
        ExportDataSet d = ExportFixtures::sample();
        d.people.removeLast();
        d.activities.removeLast();
        QString digits;
        for (int i = 1; i < 200 && digits.isEmpty(); ++i) {
            const QString id = ExportFixtures::id(i);
            if (!id.endsWith(QLatin1Char('X')))
                digits = id;
        }
        d.people[0].person.staff.idNumber = digits;
        ExportProfile p;
        QString error;
        QVERIFY(ExportProfile::load(QStringLiteral("anhui-2025"), &p, &error));
        QTemporaryDir dir;
        TableExporter::Result res;
        QVERIFY2(TableExporter::write(p, d, dir.filePath(QStringLiteral("a.xlsx")), {}, &res, &error), qPrintable(error));
        const QJsonArray sheets = runJson(kDumpXlsx, dir.filePath(QStringLiteral("a.xlsx"))).array();
        const QJsonObject cell = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray().at(1).toArray().at(0).toObject();
        QCOMPARE(cell.value(QStringLiteral("t")).toString(), QStringLiteral("s"));
        QCOMPARE(cell.value(QStringLiteral("v")).toString(), digits);
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << QStringLiteral("inj.xlsx");
        QTest::newRow("csv") << QStringLiteral("inj.csv");
    }
    void formulasAreNeutralised()
    {
        // OWASP CSV injection: text starting with = + - @ TAB CR gets a leading apostrophe;
        // ID numbers and numbers (negative ones too) stay exact.
        QFETCH(QString, file);
        ExportDataSet d = ExportFixtures::sample();
        d.people.removeLast();
        d.activities.removeLast();
        Staff &st = d.people[0].person.staff;
        st.name = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
        st.department = QStringLiteral("@SUM(A1:A2)");
        st.title = QStringLiteral("+cmd|' /C calc'!A0");
        d.activities[0].title = QStringLiteral("-2+3");
        d.activities[0].explanation = QStringLiteral("\t=1+1");
        d.people[0].publicHours = -1.5; // a number: stays a number
        ExportProfile p;
        QString error;
        QVERIFY(ExportProfile::load(QStringLiteral("anhui-2025"), &p, &error));
        QTemporaryDir dir;
        TableExporter::Result res;
        const QString path = dir.filePath(file);
        QVERIFY2(TableExporter::write(p, d, path, {}, &res, &error), qPrintable(error));
        QStringList texts;
        QList<double> numbers;
        if (file.endsWith(QLatin1String(".xlsx"))) {
            for (const QJsonValue &sheet : runJson(kDumpXlsx, path).array())
                for (const QJsonValue &row : sheet.toObject().value(QStringLiteral("rows")).toArray())
                    for (const QJsonValue &cell : row.toArray()) {
                        const QJsonObject c = cell.toObject();
                        if (c.value(QStringLiteral("t")).toString() == QLatin1String("n"))
                            numbers << c.value(QStringLiteral("v")).toDouble();
                        else
                            texts << c.value(QStringLiteral("v")).toString();
                    }
        } else {
            for (const QString &f : res.files)
                for (const QJsonValue &row : runJson(kDumpCsv, f).object().value(QStringLiteral("rows")).toArray())
                    for (const QJsonValue &cell : row.toArray())
                        texts << cell.toString();
        }
        for (const QString &t : texts) {
            const bool plainNumber = QRegularExpression(QStringLiteral("^-\\d+(\\.\\d+)?$")).match(t).hasMatch();
            QVERIFY2(plainNumber || !(t.startsWith(QLatin1Char('=')) || t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-'))
                       || t.startsWith(QLatin1Char('@')) || t.startsWith(QLatin1Char('\t')) || t.startsWith(QLatin1Char('\r'))),
                     qPrintable(t));
        }
        QVERIFY2(texts.contains(QLatin1Char('\'') + st.name), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("'@SUM(A1:A2)")));
        QVERIFY(texts.contains(QLatin1Char('\'') + st.title));
        QVERIFY(texts.contains(QStringLiteral("'-2+3")));
        QVERIFY(texts.contains(QStringLiteral("'\t=1+1")));
        QVERIFY(texts.contains(st.idNumber)); // the ID stays exact (a text cell)
        if (file.endsWith(QLatin1String(".xlsx")))
            QVERIFY2(numbers.contains(-1.5), "the negative number is a number cell");
        else
            QVERIFY2(texts.contains(QStringLiteral("-1.5")), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void refusesPeopleWithErrors()
    {
        ExportProfile p;
        QString error;
        QVERIFY(ExportProfile::load(QStringLiteral("anhui-2025"), &p, &error));
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("out.xlsx"), QStringLiteral("out.csv")}) {
            const QString path = dir.filePath(name);
            // An earlier export stays untouched when the new one is refused.
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous");
            old.close();
            TableExporter::Result res;
            QVERIFY(!TableExporter::write(p, ExportFixtures::sample(), path, {}, &res, &error));
            QVERIFY(res.refused);
            QCOMPARE(res.problems.size(), 1);
            QVERIFY2(res.problems.first().contains(QStringLiteral("李四")), qPrintable(res.problems.first()));
            QVERIFY(res.problems.first().contains(QStringLiteral("论文排名为0")));
            QVERIFY(res.problems.first().contains(ExportFixtures::id(3)));
            QVERIFY(res.files.isEmpty());
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("previous"));
            old.close();
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out_activities.csv"))));
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left.size(), 2); // no temporary files left behind
    }

    void requiredColumnsAreChecked()
    {
        ExportProfile p;
        QString error;
        QVERIFY(ExportProfile::load(QStringLiteral("hunan-2025"), &p, &error));
        ExportDataSet d = ExportFixtures::sample();
        d.people[1].person.staff.ethnicity.clear();
        QTemporaryDir dir;
        TableExporter::Result res;
        QVERIFY(!TableExporter::write(p, d, dir.filePath(QStringLiteral("h.xlsx")), {}, &res, &error));
        QCOMPARE(res.problems.size(), 2);
        QVERIFY2(res.problems.at(0).contains(QStringLiteral("欧阳娜娜")) && res.problems.at(0).contains(QStringLiteral("民族")),
                 qPrintable(res.problems.at(0)));
        // The Anhui profile does not require 民族: only the engine's error remains.
        QVERIFY(ExportProfile::load(QStringLiteral("anhui-2025"), &p, &error));
        QVERIFY(!TableExporter::write(p, d, dir.filePath(QStringLiteral("a.xlsx")), {}, &res, &error));
        QCOMPARE(res.problems.size(), 1);
    }

    void adapterFillsRowsFromTheEngine()
    {
        // Henan 2025 (seed 001): hours as stated; 学习方式 becomes the 继续教育形式.
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("henan-2025"));
        QVERIFY(set);
        auto input = [](const QString &id, const QString &kind, const QString &title, const QJsonObject &params) {
            ActivityInput in;
            in.id = id;
            in.year = 2025;
            in.kind = kind;
            in.title = title;
            in.params = params;
            return in;
        };
        const QList<ActivityInput> inputs = {
            input(QStringLiteral("1"), QStringLiteral("public_learning"), QStringLiteral("2025年公需科目"),
                  {{QStringLiteral("mode"), QStringLiteral("online")}, {QStringLiteral("hours"), 30}}),
            input(QStringLiteral("2"), QStringLiteral("professional_learning"), QStringLiteral("岩土工程研修班"),
                  {{QStringLiteral("mode"), QStringLiteral("training")}, {QStringLiteral("hours"), 48}}),
            input(QStringLiteral("3"), QStringLiteral("professional_learning"), QStringLiteral("在线课程"),
                  {{QStringLiteral("mode"), QStringLiteral("online")}, {QStringLiteral("hours"), 8}}),
            input(QStringLiteral("4"), QStringLiteral("professional_learning"), QStringLiteral("坏数据"),
                  {{QStringLiteral("mode"), QStringLiteral("training")}, {QStringLiteral("hours"), -3}}),
        };
        const YearResult y = YearAggregator::aggregate(*set, 2025, inputs);
        const PersonInfo p = ExportFixtures::person(QStringLiteral("张三"), ExportFixtures::id(1), QString(), QString());
        const PersonYearRow row = ExportSource::personYear(p, y);
        QCOMPARE(row.year, 2025);
        QCOMPARE(row.publicHours, 30.0);
        QCOMPARE(row.professionalHours, 56.0);
        QCOMPARE(row.totalHours, 86.0);
        QCOMPARE(row.requiredTotal, 90.0);
        QVERIFY(!row.compliant);
        QCOMPARE(row.shortfallProfessional, 4.0);
        QCOMPARE(row.publicNames, QStringList{QStringLiteral("2025年公需科目")});
        QCOMPARE(row.publicForms, QStringList{QStringLiteral("线上学习")});
        QCOMPARE(row.professionalNames, (QStringList{QStringLiteral("岩土工程研修班"), QStringLiteral("在线课程")}));
        QCOMPARE(row.value(QStringLiteral("professional_forms")).toString(), QStringLiteral("研修培训；在线学习"));
        QCOMPARE(row.errors.size(), 1); // the negative hours: an error, never a silent zero
        QVERIFY(!row.note.isEmpty());
        const QList<ActivityRow> acts = ExportSource::activityRows(p, y, {});
        QCOMPARE(acts.size(), 4);
        QCOMPARE(acts.at(1).form, QStringLiteral("研修培训"));
        QCOMPARE(acts.at(1).hours, 48.0);
        QVERIFY(acts.at(1).counted);
        QVERIFY2(acts.at(1).explanation.contains(QStringLiteral("安人社函〔2025〕44号")), qPrintable(acts.at(1).explanation));
        QVERIFY(!acts.at(3).counted);
    }

    // Hunan declaration (seed 003 annex 3, step 7): one 继续教育形式 per subject-year, the portal value
    // of the form that contributed the most hours; no public hours → no 公需科目名称; `map` on that value.
    void hunanOneFormPerSubjectYear()
    {
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("hunan-2025"));
        QVERIFY(set);
        auto input = [](const QString &kind, const QString &title, const QJsonObject &params) {
            ActivityInput in;
            in.year = 2025;
            in.kind = kind;
            in.title = title;
            in.params = params;
            in.subject = Subject::Professional;
            return in;
        };
        // professional: training 3 days = 24 (培训班), online course 40 (远程教育); no public hours
        const YearResult y = YearAggregator::aggregate(*set, 2025, {
            input(QStringLiteral("training"), QStringLiteral("岩土研修班"), {{QStringLiteral("days"), 3}}),
            input(QStringLiteral("online_course"), QStringLiteral("网络专业课"), {{QStringLiteral("hours"), 40}}),
        });
        QCOMPARE(y.professionalHours, 64.0);
        QCOMPARE(y.publicHours, 0.0);
        ExportDataSet data;
        data.people << ExportSource::personYear(ExportFixtures::person(QStringLiteral("张三"), ExportFixtures::id(1), QString(), QString()), y);
        QCOMPARE(data.people.first().professionalForm, QStringLiteral("远程教育"));
        QVERIFY(data.people.first().publicForm.isEmpty());

        ExportProfile p;
        QString error;
        QVERIFY2(ExportProfile::load(QStringLiteral("hunan-2025"), &p, &error), qPrintable(error));
        p.sheets = {p.sheets.first()};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hunan.xlsx"));
        TableExporter::Options opt;
        TableExporter::Result res;
        QVERIFY2(TableExporter::write(p, data, path, opt, &res, &error), qPrintable(error));
        QString perr;
        const QString got = TestSupport::runPython(QStringLiteral(
            "import sys, json, openpyxl\n"
            "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
            "h = [c.value for c in ws[1]]\n"
            "r = [c.value for c in ws[2]]\n"
            "print(json.dumps({k: r[h.index(k)] for k in ['公需科目名称', '公需科目继续教育形式', '专业科目名称', '专业科目继续教育形式']}, ensure_ascii=False))\n"),
            {path}, &perr);
        const QJsonObject o = QJsonDocument::fromJson(got.toUtf8()).object();
        QVERIFY2(!o.isEmpty(), qPrintable(perr));
        QVERIFY(o.value(QStringLiteral("公需科目名称")).isNull());
        QVERIFY(o.value(QStringLiteral("公需科目继续教育形式")).isNull());
        QCOMPARE(o.value(QStringLiteral("专业科目继续教育形式")).toString(), QStringLiteral("远程教育"));
        QCOMPARE(o.value(QStringLiteral("专业科目名称")).toString(), QStringLiteral("岩土研修班；网络专业课"));

        // the profile's map works on the single value
        for (ExportColumn &c : p.sheets.first().columns)
            if (c.field == QLatin1String("professional_form"))
                c.map.insert(QStringLiteral("远程教育"), QStringLiteral("2"));
        const QString csv = dir.filePath(QStringLiteral("hunan.csv"));
        QVERIFY2(TableExporter::write(p, data, csv, opt, &res, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",64,2,")), qPrintable(lines.at(1)));
    }

    void largeExportIsQuick()
    {
        // A unit's whole registry: 5,000 person-years and 15,000 activities.
        ExportDataSet d;
        const ExportDataSet sample = ExportFixtures::sample();
        for (int i = 0; i < 5000; ++i) {
            PersonYearRow r = sample.people.at(i % 2);
            r.person.staff.idNumber = ExportFixtures::id(i + 10);
            d.people << r;
            for (int k = 0; k < 3; ++k) {
                ActivityRow a = sample.activities.at(k);
                a.person = r.person;
                d.activities << a;
            }
        }
        ExportProfile p;
        QString error;
        QVERIFY(ExportProfile::load(QStringLiteral("hunan-2025"), &p, &error));
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        TableExporter::Result res;
        QVERIFY2(TableExporter::write(p, d, dir.filePath(QStringLiteral("big.xlsx")), {}, &res, &error), qPrintable(error));
        QVERIFY2(TableExporter::write(p, d, dir.filePath(QStringLiteral("big.csv")), {}, &res, &error), qPrintable(error));
        QCOMPARE(res.personYearRows, 5000);
        QCOMPARE(res.activityRows, 15000);
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
        qInfo("5000 person-years to xlsx + csv: %lld ms", qint64(t.elapsed()));
    }

    void dateCellsAsTheFormatGivesThem()
    {
        // cellText writes yyyy-MM-dd digit by digit (export14b): the text QDate::toString gives.
        ExportColumn iso;
        iso.type = ExportColumn::Type::Date;
        iso.format = QStringLiteral("yyyy-MM-dd");
        ExportColumn plain = iso;
        plain.format.clear();
        ExportColumn other = iso;
        other.format = QStringLiteral("yyyy年M月d日");
        int checked = 0;
        for (QDate d(999, 12, 25); d <= QDate(10000, 1, 5); d = d.addDays(d.year() < 1001 || d.year() > 9998 ? 1 : 13)) {
            const QString want = d.toString(QStringLiteral("yyyy-MM-dd"));
            QCOMPARE(TableExporter::cellText(iso, d), want);
            QCOMPARE(TableExporter::cellText(plain, d), want);
            ++checked;
        }
        QVERIFY(checked > 200000);
        QCOMPARE(TableExporter::cellText(other, QDate(2026, 3, 7)), QStringLiteral("2026年3月7日"));
        QCOMPARE(TableExporter::cellText(iso, QDate()), QString());
    }

    void mapReplacesValuesByCodes()
    {
        ExportProfile p;
        QString error;
        const QJsonObject o = QJsonDocument::fromJson(R"({"id":"codes","name":"codes","sheets":[
            {"rows":"person-year","name":"p","columns":[
              {"header":"性别","field":"gender","map":{"男":"1","女":"2"}},
              {"header":"达标","field":"compliant","map":{"达标":"Y","未达标":"N"}},
              {"header":"合计","field":"total_hours","type":"number"}]},
            {"rows":"activity","name":"a","csvSuffix":"a","columns":[
              {"header":"科目","field":"activity_subject","map":{"公需科目":"GX","专业科目":"ZY"}}]}]})").object();
        QVERIFY2(ExportProfile::fromJson(o, &p, &error), qPrintable(error));
        QTemporaryDir dir;
        TableExporter::Options opt;
        opt.skipErrors = true;
        TableExporter::Result res;
        QVERIFY2(TableExporter::write(p, ExportFixtures::sample(), dir.filePath(QStringLiteral("c.csv")), opt, &res, &error), qPrintable(error));
        QFile f(dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF") + QStringLiteral("性别,达标,合计\r\n1,Y,92.5\r\n2,N,84\r\n").toUtf8());
        QFile a(dir.filePath(QStringLiteral("c_a.csv")));
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), QByteArray("\xEF\xBB\xBF") + QStringLiteral("科目\r\nGX\r\nZY\r\nZY\r\nZY\r\n").toUtf8());
        const QJsonObject bad = QJsonDocument::fromJson(R"({"id":"x","name":"x","sheets":[{"rows":"person-year","name":"p",
            "columns":[{"header":"h","field":"gender","map":{"男":1}}]}]})").object();
        QVERIFY(!ExportProfile::fromJson(bad, &p, &error));
    }

    void rejectsUnknownExtension()
    {
        ExportProfile p;
        QString error;
        QVERIFY(ExportProfile::load(QStringLiteral("anhui-2025"), &p, &error));
        QTemporaryDir dir;
        TableExporter::Result res;
        QVERIFY(!TableExporter::write(p, ExportFixtures::sample(), dir.filePath(QStringLiteral("x.xls")), {}, &res, &error));
        QVERIFY(error.contains(QLatin1String(".xlsx")));
    }
};

QTEST_MAIN(TestExportTable)
#include "tst_export_table.moc"
