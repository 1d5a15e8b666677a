// The direct JSON writer of the audit rows (util/JsonWriter, storage/AuditJson) gives exactly the bytes
// QJsonDocument gives: the text is hashed in the audit chain, so a single differing byte would make
// the same change hash differently depending on the path that wrote it.
#include "domain/Activity.h"
#include "domain/Staff.h"
#include "storage/AuditJson.h"
#include "util/IsoDate.h"
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

namespace {
QByteArray viaQt(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList hostileStrings()
{
    QStringList out = {QString(), QStringLiteral(""), QStringLiteral("plain"), QStringLiteral("say \"hi\""),
                       QStringLiteral("back\\slash"), QStringLiteral("/slash/"), QStringLiteral("张三丰"), QStringLiteral("内科（一）"),
                       QStringLiteral("tab\there\nnew\rline\bback\fform"), QStringLiteral("é ü ß ¥ ©"), QStringLiteral("\u007f del"),
                       QStringLiteral("𠀀 𩸽 😀"), QStringLiteral("\uFFFE\uFFFF\uFEFF")};
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    out << controls;
    // Lone and misordered surrogates (a hostile cell or a broken file).
    out << QString(QChar(0xD800)) << QString(QChar(0xDC00)) << (QString(QChar(0xD83D)) + QStringLiteral("x"))
        << (QString(QChar(0xDE00)) + QString(QChar(0xD83D))) << (QStringLiteral("a") + QChar(0xD83D));
    // Random UTF-16, every code unit allowed.
    QRandomGenerator random(14);
    for (int i = 0; i < 200; ++i) {
        QString s;
        const int n = random.bounded(12);
        for (int k = 0; k < n; ++k)
            s += QChar(char16_t(random.bounded(4) == 0 ? random.bounded(0x80) : random.bounded(0x10000)));
        out << s;
    }
    return out;
}
} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void stringsMatchQt()
    {
        for (const QString &s : hostileStrings()) {
            const QJsonObject o{{QStringLiteral("k"), s}, {s, QStringLiteral("v")}};
            QCOMPARE(JsonWriter::object(o), viaQt(o));
        }
    }

    // IsoDate::text (the audit rows' and the bulk writers' dates) = QDate::toString(Qt::ISODate).
    void isoDatesMatchQt()
    {
        for (QDate d(1599, 12, 25); d < QDate(2101, 1, 8); d = d.addDays(1))
            QCOMPARE(IsoDate::text(d), d.toString(Qt::ISODate));
        for (const QDate &d : {QDate(1, 1, 1), QDate(999, 3, 4), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-1, 5, 6),
                               QDate(-4713, 1, 2), QDate(2024, 2, 29)})
            QCOMPARE(IsoDate::text(d), d.toString(Qt::ISODate));
        QVERIFY(IsoDate::text(QDate()).isNull());
        QVERIFY(IsoDate::text(QDate(2026, 2, 30)).isNull());
    }

    // Strings longer than any buffer the writers reserve: every escape at the end of a long text.
    void longStringsMatchQt()
    {
        QString s(5000, QChar(u'长'));
        for (char16_t c = 0; c < 0x20; ++c)
            s += QChar(c);
        s += QStringLiteral("\"\\😀") + QChar(0xD800);
        const QJsonObject o{{QStringLiteral("k"), s}};
        QCOMPARE(JsonWriter::object(o), viaQt(o));
        QByteArray out = "prefix";
        JsonWriter::appendUtf8String(out, s.left(5036).toUtf8()); // valid UTF-8: without the lone surrogate
        QByteArray expected = "prefix";
        JsonWriter::appendString(expected, s.left(5036));
        QCOMPARE(out, expected);
    }

    void utf8StringsMatchTheQStringPath()
    {
        for (const QString &s : hostileStrings()) {
            const QByteArray utf8 = JsonWriter::object(QJsonObject{{QStringLiteral("k"), s}}); // valid UTF-8, escapes and all
            for (const QByteArray &text : {utf8, s.toUtf8()}) {
                QByteArray viaQString, direct;
                JsonWriter::appendString(viaQString, QString::fromUtf8(text));
                JsonWriter::appendUtf8String(direct, text);
                QCOMPARE(direct, viaQString);
            }
        }
    }

    void numbersMatchQt()
    {
        const QList<QJsonValue> values = {0, 1, -1, 42, 2147483647, qint64(9007199254740993LL), std::numeric_limits<qint64>::max(),
                                          std::numeric_limits<qint64>::min(), 0.5, -0.25, 1.0 / 3.0, 2.0, 1e20, 1e21, 1e-7, 123456.789,
                                          0.1 + 0.2, -0.0, std::numeric_limits<double>::max(), std::numeric_limits<double>::min(),
                                          std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN(), true,
                                          false, QJsonValue(), QJsonValue(QJsonValue::Undefined)};
        for (const QJsonValue &v : values) {
            const QJsonObject o{{QStringLiteral("n"), v}};
            QCOMPARE(JsonWriter::object(o), viaQt(o));
        }
    }

    void nestingMatchesQt()
    {
        const QJsonObject inner{{QStringLiteral("z"), 1}, {QStringLiteral("a"), QJsonArray{1, 2.5, QStringLiteral("x\"y"), QJsonArray{}}},
                                {QStringLiteral("m"), QJsonObject{}}};
        const QJsonObject o{{QStringLiteral("b"), inner}, {QStringLiteral("a"), QJsonArray{inner, QJsonValue()}}, {QStringLiteral(""), 0}};
        QCOMPARE(JsonWriter::object(o), viaQt(o));
        QCOMPARE(JsonWriter::object(QJsonObject()), viaQt(QJsonObject()));
    }

    void staffMatchesToJson()
    {
        const QStringList strings = hostileStrings();
        for (int i = 0; i < strings.size(); ++i) {
            const QString &s = strings.at(i);
            Staff p;
            p.id = i * 7919;
            p.unitId = 3;
            p.idNumber = s;
            p.name = strings.value(i + 1);
            p.gender = s;
            p.ethnicity = strings.value(i + 2);
            p.department = s;
            p.title = s;
            p.titleLevel = strings.value(i + 3);
            p.titleSeries = s;
            p.subSpecialty = s;
            p.titleSought = s;
            p.education = s;
            p.phone = s;
            p.status = s;
            if (i % 2)
                p.joinedOn = QDate(2020, 7, 1);
            if (i % 3)
                p.birthDate = QDate(1980 + i % 30, 1 + i % 12, 1 + i % 28);
            QCOMPARE(AuditJson::staff(p), viaQt(p.toJson()));
        }
    }

    void activityMatchesToJson()
    {
        const QStringList strings = hostileStrings();
        for (int i = 0; i < strings.size(); ++i) {
            Activity a;
            a.id = i + 1;
            a.staffId = 100000 + i;
            a.year = 2020 + i % 6;
            a.kind = strings.at(i);
            a.title = strings.value(i + 1);
            a.subject = strings.value(i + 2);
            a.status = strings.at(i);
            a.params = QJsonObject{{QStringLiteral("days"), i % 5 + 0.5}, {QStringLiteral("level"), strings.at(i)},
                                   {strings.value(i + 3), i}, {QStringLiteral("flag"), i % 2 == 0}};
            if (i % 2)
                a.startDate = QDate(2024, 3, 1);
            if (i % 3)
                a.endDate = QDate(2024, 3, 5);
            QCOMPARE(AuditJson::activity(a), viaQt(a.toJson()));
            QCOMPARE(AuditJson::activity(a, JsonWriter::object(a.params)), viaQt(a.toJson()));
        }
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "test_json_writer.moc"
