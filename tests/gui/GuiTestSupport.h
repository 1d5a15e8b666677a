#pragma once
// Helpers for the GUI tests: a Prompter that answers instead of the clerk, a registry in a
// temporary folder, and a way to act on the next modal dialog.
#include "Prompter.h"
#include "domain/Staff.h"
#include "domain/Unit.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class TestPrompter : public Prompter
{
public:
    QStringList warnings, infos, questions;
    bool answer = true;
    QStringList files;   // returned by openFileNames / openFileName (first)
    QString textAnswer;  // returned by text()
    QStringList opened;
    QStringList closeQuestions;                      // unsavedChanges() asked
    CloseChoice closeChoice = CloseChoice::Discard; // its answer (Discard: closes like before)

    void information(QWidget *, const QString &, const QString &text) override { infos << text; }
    void warning(QWidget *, const QString &, const QString &text) override { warnings << text; }
    bool question(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return answer;
    }
    QStringList openFileNames(QWidget *, const QString &, const QString &) override { return files; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return files.value(0); }
    QString saveFileName(QWidget *, const QString &, const QString &suggested, const QString &) override { return suggested; }
    QString text(QWidget *, const QString &, const QString &, const QString &) override { return textAnswer; }
    void openFile(const QString &path) override { opened << path; }
    CloseChoice unsavedChanges(QWidget *, const QString &, const QString &text) override
    {
        closeQuestions << text;
        return closeChoice;
    }
};

namespace GuiTest {

// Isolated settings and data folders for the whole test process (one settings file per test
// program, so that tests running in parallel do not share them).
// Without a name, the test executable's name (Qt's default application name) is used.
inline void isolate(const QString &testName = QString())
{
    QStandardPaths::setTestModeEnabled(true);
    const QString name = testName.isEmpty() ? QApplication::applicationName() : testName;
    QApplication::setOrganizationName(QStringLiteral("cehours-test"));
    QApplication::setApplicationName(name);
    QSettings().clear();
}

// Runs `action` on the next modal dialog of type T once it is shown (polls the event loop).
template <class T>
void onModal(std::function<void(T *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action, ticks] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
            // A dialog the action left open would block the test: close it.
            if (dialog->isVisible()) {
                qWarning("onModal: the dialog was left open; rejecting it");
                dialog->reject();
            }
        } else if (++*ticks > 500) { // 10 s: the dialog never came
            qWarning("onModal: no dialog appeared");
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

template <class T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

inline qint64 makeUnit(Database &db, const QString &ruleSet = QStringLiteral("anhui-2025"))
{
    Unit u;
    u.name = QStringLiteral("测试单位");
    u.ruleSet = ruleSet;
    QString error;
    UnitRepository(db.connection()).save(u, &error);
    return u.id;
}

inline qint64 makeStaff(Database &db, qint64 unitId, const QString &name, const QString &idNumber, const QString &department,
                        const QString &level = QStringLiteral("中级"))
{
    Staff s;
    s.unitId = unitId;
    s.name = name;
    s.idNumber = idNumber;
    s.department = department;
    s.titleLevel = level;
    QString error;
    if (!StaffRepository(db.connection()).insert(s, &error))
        qWarning("makeStaff: %s", qPrintable(error));
    return s.id;
}

} // namespace GuiTest
