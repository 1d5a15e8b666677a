#include "domain/CreditCode.h"

#include <QtTest>

class TestCreditCode : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("published-example") << "91350100M000100Y43";
        QTest::newRow("letter-check") << "91110000600037341L";
        QTest::newRow("lowercase") << "91110000600037341l";
        QTest::newRow("check-zero") << QString(QStringLiteral("9134010072651264X") + CreditCode::checkCharacter(QStringLiteral("9134010072651264X")));
    }
    void valid()
    {
        QFETCH(QString, code);
        QString error;
        QVERIFY2(CreditCode::validate(code, &error), qPrintable(error));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << "" << "missing";
        QTest::newRow("short") << "91350100M000100Y4" << "18 characters";
        QTest::newRow("long") << "91350100M000100Y433" << "18 characters";
        QTest::newRow("bad-check") << "91350100M000100Y44" << "check character should be 3";
        QTest::newRow("letter-I-not-allowed") << "91350100I000100Y43" << "not allowed";
        QTest::newRow("letter-O-not-allowed") << "91350100M000100O43" << "not allowed";
    }
    void invalid()
    {
        QFETCH(QString, code);
        QFETCH(QString, reasonPart);
        QString error;
        QVERIFY(!CreditCode::validate(code, &error));
        QVERIFY2(error.contains(reasonPart), qPrintable(error));
    }

    void everyPositionMatters()
    {
        // Changing any one of the first 17 symbols changes the check character.
        const QString code = QStringLiteral("91350100M000100Y43");
        for (int i = 0; i < 17; ++i) {
            QString changed = code;
            changed[i] = code.at(i) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
            QVERIFY2(!CreditCode::validate(changed), qPrintable(changed));
        }
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "test_credit_code.moc"
