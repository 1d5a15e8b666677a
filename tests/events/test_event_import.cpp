// The participants list of a training event: the 汇总表's columns, matched by 身份证号码 with the name
// cross-checked; any failing row imports nothing and is named (行号 / 证件号码 / 失败原因).
#include "EventFixture.h"
#include "events/ParticipantImporter.h"
#include "domain/IdNumber.h"
#include "storage/YearLockRepository.h"

#include <QFile>
#include <QTextStream>

// An 18-digit ID ending in 000 that passes the check digit: what a number cell makes of
// 3.40104198904303E+17 when the person happens to have such a number (issue 11).
static QString validIdEndingIn000()
{
    for (int day = 0; day < 4000; ++day) {
        const QString first15 = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1).addDays(day), 0).left(14) + QLatin1Char('3');
        const QString candidate = first15 + QStringLiteral("00");
        if (IdNumber::checkCharacter(candidate) == QLatin1Char('0'))
            return candidate + QLatin1Char('0');
    }
    return {};
}

class TestEventImport : public QObject
{
    Q_OBJECT

    EventFixture f;
    qint64 m_event = 0;

    QString csv(const QString &name, const QStringList &lines)
    {
        const QString path = f.dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("\xEF\xBB\xBF"); // BOM, as Excel writes UTF-8 CSV
        file.write(lines.join(QLatin1Char('\n')).toUtf8());
        return path;
    }
    QString row(int seq, int staff, const QString &result, const QString &remark = QString()) const
    {
        return QStringLiteral("%1,%2,湖南省测试医院,%3,主治医师,24,%4,%5").arg(seq).arg(f.staff.at(staff).name, f.staff.at(staff).idNumber, result, remark);
    }
    static QString header() { return QStringLiteral("序号,姓名,单位,身份证号码,技术职称,培训学时,考试结果,备注"); }

private slots:
    void initTestCase()
    {
        EVENT_FIXTURE_OPEN(f, 6);
        TrainingEvent e = f.event();
        QString error;
        QVERIFY2(EventRepository(f.db.connection()).create(e, &error), qPrintable(error));
        m_event = e.id;
    }

    void oneUnknownIdImportsNothing()
    {
        const QString unknown = EventFixture::idNumber(99);
        const QString path = csv(QStringLiteral("unknown.csv"),
                                 {QStringLiteral("继续教育合格人员简明情况汇总表"), QStringLiteral("填报单位：湖南省测试医院"), header(), row(1, 0, QStringLiteral("合格")),
                                  QStringLiteral("2,赵某,外单位,%1,医师,24,合格,").arg(unknown), row(3, 1, QStringLiteral("缺考"))});
        ParticipantImporter importer(f.db.connection(), m_event);
        ParticipantImporter::Preview preview;
        QString error;
        QVERIFY2(importer.analyse(path, &preview, &error), qPrintable(error));
        QCOMPARE(preview.headerRow, 3);
        QCOMPARE(preview.errors.size(), 1);
        QCOMPARE(preview.errors.first().row, 5);
        QCOMPARE(preview.errors.first().idNumber, unknown);
        QVERIFY(ParticipantImporter::errorReport(preview).contains(QStringLiteral("行号\t证件号码\t失败原因")));
        QVERIFY(!importer.apply(preview, &error));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM event_participant")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM activity")), 0);
    }

    void everyKindOfBadRowIsReported()
    {
        QString error;
        Staff left = f.staff.at(4);
        left.status = QStringLiteral("离职");
        QVERIFY(StaffRepository(f.db.connection()).update(left, &error));
        QVERIFY(YearLockRepository(f.db.connection()).submit(f.staff.at(5).id, 2025, &error));
        const QString path = csv(QStringLiteral("bad.csv"),
                                 {header(), row(1, 0, QStringLiteral("合格")),
                                  QStringLiteral("2,别人,湖南省测试医院,%1,医师,24,合格,").arg(f.staff.at(1).idNumber), // name mismatch
                                  row(3, 0, QStringLiteral("合格")),                                                // duplicate
                                  row(4, 2, QStringLiteral("优秀")),                                                // bad result
                                  row(5, 4, QStringLiteral("合格")),                                                // 离职
                                  row(6, 5, QStringLiteral("合格")),                                                // locked year
                                  QStringLiteral("7,某某,湖南省测试医院,12345,医师,24,合格,")});                     // bad ID
        ParticipantImporter::Preview preview;
        QVERIFY2(ParticipantImporter(f.db.connection(), m_event).analyse(path, &preview, &error), qPrintable(error));
        QList<int> rows;
        for (const auto &e : preview.errors)
            rows << e.row;
        QCOMPARE(rows, (QList<int>{3, 4, 5, 6, 7, 8}));
        QVERIFY(preview.errors.at(0).reason.contains(f.staff.at(1).name));
        QVERIFY(preview.errors.at(1).reason.contains(QLatin1String("2")));
        QVERIFY(preview.errors.at(2).reason.contains(QStringLiteral("优秀")));
        QVERIFY(preview.errors.at(3).reason.contains(QStringLiteral("离职")));
        QVERIFY(preview.errors.at(4).reason.contains(QLatin1String("2025")));
        left.status = QStringLiteral("在职");
        QVERIFY(StaffRepository(f.db.connection()).update(left, &error));
        QVERIFY(YearLockRepository(f.db.connection()).reopen(f.staff.at(5).id, 2025, QStringLiteral("测试"), &error));
    }

    void previewThenApplyThenReimport()
    {
        const QString first = csv(QStringLiteral("first.csv"), {header(), row(1, 3, QStringLiteral("合格")), row(2, 1, QStringLiteral("不合格"), QStringLiteral("补考")),
                                                                row(3, 0, QString())});
        ParticipantImporter importer(f.db.connection(), m_event);
        ParticipantImporter::Preview preview;
        QString error;
        QVERIFY(importer.analyse(first, &preview, &error));
        QVERIFY(preview.ok());
        QCOMPARE(preview.toAdd.size(), 3);
        QCOMPARE(preview.toAdd.at(2).result, QStringLiteral("合格")); // empty: the passed list's default
        QVERIFY2(importer.apply(preview, &error), qPrintable(error));
        const QList<EventParticipant> people = EventRepository(f.db.connection()).participants(m_event);
        QCOMPARE(people.size(), 3);
        QCOMPARE(people.at(0).staffId, f.staff.at(3).id); // file order
        QCOMPARE(people.at(1).remark, QStringLiteral("补考"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM activity WHERE event_id IS NOT NULL")), 2);

        const QString second = csv(QStringLiteral("second.csv"), {header(), row(1, 3, QStringLiteral("合格")), row(2, 1, QStringLiteral("合格")),
                                                                  row(3, 0, QStringLiteral("合格")), row(4, 2, QStringLiteral("合格"))});
        QVERIFY(importer.analyse(second, &preview, &error));
        QCOMPARE(preview.toAdd.size(), 1);
        QCOMPARE(preview.toChange.size(), 1);
        QCOMPARE(preview.unchanged, 2);
        QVERIFY(ParticipantImporter::summary(preview).contains(QLatin1String("1")));
        QVERIFY(importer.apply(preview, &error));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM activity WHERE event_id IS NOT NULL")), 4);
    }

    void xlsxInAnyColumnOrderBelowATitle()
    {
        // The form a training base returns: a title row, then the columns in its own order.
        const QString path = f.dir.filePath(QStringLiteral("结业名单.xlsx"));
        QString error;
        QVERIFY2(TestSupport::writeXlsx(path,
                                        {{QStringLiteral("继续教育合格人员简明情况汇总表")},
                                         {QStringLiteral("备注"), QStringLiteral("考试结果"), QStringLiteral("身份证号码"), QStringLiteral("姓名"), QStringLiteral("序号")},
                                         {QStringLiteral("迟到半天"), QStringLiteral("合格"), f.staff.at(4).idNumber, f.staff.at(4).name, 1}},
                                        &error),
                 qPrintable(error));
        ParticipantImporter::Preview preview;
        QVERIFY2(ParticipantImporter(f.db.connection(), m_event).analyse(path, &preview, &error), qPrintable(error));
        QCOMPARE(preview.headerRow, 2);
        QVERIFY(preview.ok());
        QCOMPARE(preview.toAdd.size(), 1);
        QCOMPARE(preview.toAdd.first().remark, QStringLiteral("迟到半天"));
        QCOMPARE(preview.toAdd.first().staffId, f.staff.at(4).id);
    }

    void hoursThatDifferAreAWarning()
    {
        const QString path = csv(QStringLiteral("hours.csv"), {header(), QStringLiteral("1,%1,x,%2,x,30,合格,").arg(f.staff.at(3).name, f.staff.at(3).idNumber)});
        ParticipantImporter::Preview preview;
        QString error;
        QVERIFY(ParticipantImporter(f.db.connection(), m_event).analyse(path, &preview, &error));
        QVERIFY(preview.ok());
        QCOMPARE(preview.warnings.size(), 1);
        QVERIFY2(preview.warnings.first().contains(QLatin1String("24")), qPrintable(preview.warnings.first()));
    }

    // Issue 11: an ID number from a number cell (15 significant digits) is refused with the
    // "format the column as text" reason even when the rounded number is a registered person's.
    void numericCellIdIsRefusedEvenWhenItMatchesSomeone()
    {
        Staff s;
        s.unitId = f.unit.id;
        s.name = QStringLiteral("钱九");
        s.idNumber = validIdEndingIn000();
        QString error;
        QVERIFY2(StaffRepository(f.db.connection()).insert(s, &error), qPrintable(error));
        const QString file = f.dir.filePath(QStringLiteral("numeric-id.xlsx"));
        QVERIFY2(TestSupport::writeXlsx(file, {{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("考试结果")},
                                               {1, s.name, double(s.idNumber.toLongLong()), QStringLiteral("合格")}},
                                         &error),
                 qPrintable(error));
        ParticipantImporter::Preview preview;
        QVERIFY2(ParticipantImporter(f.db.connection(), m_event).analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.toAdd.isEmpty() && preview.errors.size() == 1, qPrintable(ParticipantImporter::errorReport(preview)));
        QCOMPARE(preview.errors.first().row, 2);
        QVERIFY2(preview.errors.first().reason.contains(QLatin1String("format the column as text")), qPrintable(preview.errors.first().reason));
    }
};

QTEST_MAIN(TestEventImport)
#include "test_event_import.moc"
