// Every kind of every rule set round-trips through its own template: the template is written,
// openpyxl fills one row per kind sheet (finding the columns by their headers), the importer reads
// it back and the stored activities carry the same typed parameters and credits.
#include "ActivityImportFixture.h"
#include "import/ActivityImporter.h"
#include "import/ActivityTemplate.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ActivityRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
// A valid value for a field, as a clerk would type it (enum: the label of an option).
QString sampleValue(const FieldSpec &f, int year)
{
    switch (f.type) {
    case FieldSpec::Type::Enum: return f.options.value(f.options.size() > 1 ? 1 : 0).label;
    case FieldSpec::Type::Bool: return QStringLiteral("是");
    case FieldSpec::Type::Date: return QStringLiteral("%1-05-01").arg(year);
    case FieldSpec::Type::Text: return QStringLiteral("文本%1").arg(f.name);
    case FieldSpec::Type::Int:
    case FieldSpec::Type::Number: {
        double v = f.type == FieldSpec::Type::Int ? 2 : 2.5;
        if (f.hasMinimum && v < f.minimum)
            v = f.minimum;
        if (f.hasMaximum && v > f.maximum)
            v = f.maximum;
        return QString::number(v);
    }
    }
    return {};
}

const char *kFill = R"PY(
import json, sys, datetime, re, openpyxl
src, spec_path, out = sys.argv[1:4]
spec = json.load(open(spec_path, encoding='utf-8'))
wb = openpyxl.load_workbook(src)
report = {}
for ws in wb.worksheets:
    title = str(ws['A1'].value or '')
    m = re.search(r'（([A-Za-z0-9_]+)）$', title)
    if not m:
        continue
    kind = m.group(1)
    headers = [c.value for c in ws[2]]
    row = spec.pop(kind)
    for header, value in row.items():
        if header not in headers:
            sys.exit('sheet %s: no column %s in %s' % (ws.title, header, headers))
        if re.fullmatch(r'\d{4}-\d\d-\d\d', value) and header in ('开始日期', '结束日期'):
            value = datetime.date.fromisoformat(value)
        ws.cell(row=3, column=headers.index(header) + 1, value=value)
    validated = sorted({str(r).split(':')[0].rstrip('0123456789') for dv in ws.data_validations.dataValidation for r in dv.sqref.ranges})
    letters = [openpyxl.utils.get_column_letter(i + 1) for i in range(len(headers))]
    report[kind] = {'sheet': ws.title, 'headers': headers, 'validated': [headers[letters.index(v)] for v in validated],
                    'idFormat': ws.column_dimensions['A'].number_format}
if spec:
    sys.exit('no sheet for kinds %s' % list(spec))
report['_sheets'] = wb.sheetnames
wb.save(out)
print(json.dumps(report, ensure_ascii=False))
)PY";
} // namespace

class TestActivityTemplateRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void everyKindOfEveryRuleSet_data()
    {
        QTest::addColumn<QString>("setId");
        for (const QString &id : RuleSetRegistry::embedded().ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyKindOfEveryRuleSet()
    {
        QFETCH(QString, setId);
        const RuleSet *set = RuleSetRegistry::embedded().find(setId);
        QVERIFY(set);
        ActivityImportFixture fx;
        QVERIFY(fx.open(setId, 1));
        const int year = set->validFrom();
        QCOMPARE(ActivityImporter::ruleSetFor(RuleSetRegistry::embedded(), setId, year), set);
        const Staff &person = fx.people.first();

        QJsonObject spec;
        QHash<QString, QJsonObject> rawParams;
        for (const ActivityKind &k : set->kinds()) {
            QJsonObject row{{QStringLiteral("身份证号码"), person.idNumber}, {QStringLiteral("姓名"), person.name},
                            {QStringLiteral("年度"), QString::number(year)}, {QStringLiteral("名称"), QStringLiteral("测试 %1").arg(k.id)},
                            {QStringLiteral("开始日期"), QStringLiteral("%1-03-01").arg(year)},
                            {QStringLiteral("结束日期"), QStringLiteral("%1-03-02").arg(year)}};
            if (k.subject == SubjectPolicy::PersonChooses)
                row.insert(QStringLiteral("科目"), QStringLiteral("专业科目"));
            QJsonObject raw;
            for (const FieldSpec &f : k.fields) {
                row.insert(f.label, sampleValue(f, year));
                raw.insert(f.name, sampleValue(f, year));
            }
            spec.insert(k.id, row);
            rawParams.insert(k.id, raw);
        }
        const QString templ = fx.path(setId + QStringLiteral("-template.xlsx"));
        const QString filled = fx.path(setId + QStringLiteral("-filled.xlsx"));
        const QString specFile = fx.path(setId + QStringLiteral("-spec.json"));
        QString error;
        QVERIFY2(ActivityTemplate::writeXlsx(*set, templ, &error), qPrintable(error));
        {
            QFile f(specFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(spec).toJson());
        }
        const QString out = TestSupport::runPython(QString::fromUtf8(kFill), {templ, specFile, filled}, &error);
        QVERIFY2(!out.isNull(), qPrintable(error));
        const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();

        // The template: one sheet per kind plus 填写说明, each with its columns, a text ID column
        // and a drop-down for every enum and yes/no field.
        QStringList visible;
        for (const QJsonValue &v : report.value(QStringLiteral("_sheets")).toArray())
            if (v.toString() != QStringLiteral("选项"))
                visible << v.toString();
        QCOMPARE(visible.size(), set->kinds().size() + 1);
        QCOMPARE(visible.last(), QStringLiteral("填写说明"));
        for (const ActivityKind &k : set->kinds()) {
            const QJsonObject sheet = report.value(k.id).toObject();
            QStringList headers;
            for (const QJsonValue &h : sheet.value(QStringLiteral("headers")).toArray())
                headers << h.toString();
            QCOMPARE(headers, ActivityTemplate::kindHeaders(*set, k.id));
            QCOMPARE(sheet.value(QStringLiteral("idFormat")).toString(), QStringLiteral("@"));
            QStringList expectLists;
            if (k.subject == SubjectPolicy::PersonChooses)
                expectLists << QStringLiteral("科目");
            for (const FieldSpec &f : k.fields)
                if (f.type == FieldSpec::Type::Enum || f.type == FieldSpec::Type::Bool)
                    expectLists << f.label;
            QStringList lists;
            for (const QJsonValue &h : sheet.value(QStringLiteral("validated")).toArray())
                lists << h.toString();
            std::sort(lists.begin(), lists.end());
            std::sort(expectLists.begin(), expectLists.end());
            QCOMPARE(lists, expectLists);
        }

        ActivityImporter importer(fx.db->connection(), fx.unitId);
        ActivityImporter::Preview preview;
        QVERIFY2(importer.analyse(filled, &preview, &error), qPrintable(error));
        QVERIFY2(preview.ok(), qPrintable(ActivityImporter::errorReport(preview)));
        QCOMPARE(preview.rows.size(), set->kinds().size());
        QVERIFY2(preview.ignoredColumns.isEmpty(), qPrintable(preview.ignoredColumns.join(QLatin1Char(','))));
        QVERIFY2(importer.apply(preview, &error), qPrintable(error));

        const QList<Activity> stored = ActivityRepository(fx.db->connection()).list(person.id, year);
        QCOMPARE(stored.size(), set->kinds().size());
        for (const ActivityKind &k : set->kinds()) {
            auto it = std::find_if(stored.begin(), stored.end(), [&](const Activity &a) { return a.kind == k.id; });
            QVERIFY2(it != stored.end(), qPrintable(k.id));
            QString why;
            const QJsonObject expected = CreditCalculator::validatedParams(k, rawParams.value(k.id), &why);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QCOMPARE(it->params, expected);
            QCOMPARE(it->title, QStringLiteral("测试 %1").arg(k.id));
            QCOMPARE(it->startDate, QDate(year, 3, 1));
            QCOMPARE(it->endDate, QDate(year, 3, 2));
            const CreditResult credit = CreditCalculator::calculate(*set, ActivityInput::fromActivity(*it));
            QVERIFY2(credit.ok(), qPrintable(credit.error));
            if (k.subject == SubjectPolicy::PersonChooses)
                QCOMPARE(it->subject, QStringLiteral("professional"));
            auto row = std::find_if(preview.rows.begin(), preview.rows.end(), [&](const ActivityImporter::Row &r) { return r.activity.id == it->id; });
            QVERIFY(row != preview.rows.end());
            QCOMPARE(row->hours, credit.hours);
            QCOMPARE(row->explanation.isEmpty(), false);
            QVERIFY2(row->location().startsWith(report.value(k.id).toObject().value(QStringLiteral("sheet")).toString() + QLatin1Char('!')),
                     qPrintable(row->location()));
        }
    }
};

QTEST_GUILESS_MAIN(TestActivityTemplateRoundTrip)
#include "test_activity_template_roundtrip.moc"
