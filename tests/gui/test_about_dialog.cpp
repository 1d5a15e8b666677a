#include "AboutDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QtTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsVersionLicenceAndRuleSets()
    {
        QApplication::setApplicationVersion(QStringLiteral(CEHOURS_VERSION));
        AboutDialog dialog(QStringLiteral("/data/cehours.sqlite"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
        QVERIFY(version);
        QVERIFY(version->text().contains(QLatin1String(CEHOURS_VERSION)));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutLicence"))->text().contains(QLatin1String("Licence")));
        const QString sets = dialog.findChild<QPlainTextEdit *>(QStringLiteral("aboutRuleSets"))->toPlainText();
        // Every shipped set with its document number.
        for (const char *expected : {"anhui-2025", "jiangsu-2023", "hefei-2021", "hunan-2025", "henan-2025"})
            QVERIFY2(sets.contains(QLatin1String(expected)), expected);
        QVERIFY(sets.contains(QStringLiteral("皖人社秘〔2025〕109号")));
        QVERIFY(sets.contains(QStringLiteral("苏人社函〔2023〕308号")));
        QVERIFY(sets.contains(QStringLiteral("湘人社办函〔2025〕37号")));
        QCOMPARE(AboutDialog::ruleSetLines().size(), 5);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "test_about_dialog.moc"
