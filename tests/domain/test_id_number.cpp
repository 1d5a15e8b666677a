#include "TestSupport.h"
#include "domain/IdNumber.h"

#include <QtTest>

class TestIdNumber : public QObject
{
    Q_OBJECT
private slots:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("gender");
        // GB 11643 published example (Beijing, 1949-12-31, male).
        QTest::newRow("gb-example") << "11010519491231002X" << QDate(1949, 12, 31) << int(IdNumber::Gender::Female);
        QTest::newRow("lowercase-x") << "11010519491231002x" << QDate(1949, 12, 31) << int(IdNumber::Gender::Female);
        QTest::newRow("hunan-area") << "430701198508100012" << QDate(1985, 8, 10) << int(IdNumber::Gender::Male);
        QTest::newRow("spaces") << "  340104199001011239 " << QDate(1990, 1, 1) << int(IdNumber::Gender::Male);
        QTest::newRow("leap-day") << TestSupport::makeIdNumber("340104", QDate(2000, 2, 29), 24) << QDate(2000, 2, 29)
                                  << int(IdNumber::Gender::Female);
    }
    void validNumbers()
    {
        QFETCH(QString, id);
        QFETCH(QDate, birth);
        QFETCH(int, gender);
        QString error;
        QVERIFY2(IdNumber::validate(id, &error), qPrintable(error));
        QCOMPARE(IdNumber::birthDate(id), birth);
        QCOMPARE(int(IdNumber::gender(id)), gender);
        QCOMPARE(IdNumber::normalized(id).size(), 18);
        QVERIFY(!IdNumber::normalized(id).contains(QLatin1Char('x')));
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << "" << "missing";
        QTest::newRow("too-short") << "34010419900101123" << "18 characters";
        QTest::newRow("too-long") << "3401041990010112390" << "18 characters";
        QTest::newRow("15-digit-old-format") << "340104900101123" << "18 characters";
        QTest::newRow("bad-check-digit") << "340104199001011230" << "check digit should be 9";
        QTest::newRow("x-where-digit-expected") << "34010419900101123X" << "check digit";
        QTest::newRow("letter-inside") << "3401041990A1011239" << "first 17";
        QTest::newRow("bad-month") << TestSupport::makeIdNumber("340104", QDate(1990, 1, 1), 123).replace(10, 2, QStringLiteral("13"))
                                   << "birth date";
        QTest::newRow("feb-30") << "340104199002301234" << "birth date";
        QTest::newRow("not-leap") << "340104199002291234" << "birth date";
        QTest::newRow("last-char-letter") << "34010419900101123A" << "last character";
    }
    void invalidNumbers()
    {
        QFETCH(QString, id);
        QFETCH(QString, reasonPart);
        QString error;
        QVERIFY(!IdNumber::validate(id, &error));
        QVERIFY2(error.contains(reasonPart), qPrintable(error));
    }

    void seedSampleHasAWrongCheckDigit()
    {
        // The sample 学时认定单 in seed 003 shows 43070119850810001X: its check digit is 2.
        QString error;
        QVERIFY(!IdNumber::validate(QStringLiteral("43070119850810001X"), &error));
        QVERIFY(error.contains(QLatin1String("should be 2")));
    }

    void checkCharacterIsTheOnlyOne()
    {
        // Exactly one of the eleven possible last characters validates.
        const QString first17 = QStringLiteral("34010419900101123");
        int valid = 0;
        for (const QChar c : QStringLiteral("0123456789X"))
            valid += IdNumber::validate(first17 + c) ? 1 : 0;
        QCOMPARE(valid, 1);
    }

    void masking()
    {
        QCOMPARE(IdNumber::masked(QStringLiteral("34010419900101123x")), QStringLiteral("3401**********123X"));
        QCOMPARE(IdNumber::masked(QStringLiteral("1234")), QStringLiteral("1234"));
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "test_id_number.moc"
