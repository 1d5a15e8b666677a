// Screenshots of the main screens for docs/screenshots/ (run by tools/screenshots.sh):
//   gui_screenshots OUTPUT_DIR [--lang zh_CN|en]
// Builds a demo registry in a temporary folder, opens each section and dialog, saves PNGs.
#include "ActivityDialog.h"
#include "ActivityForm.h"
#include "AppContext.h"
#include "BatchActivityDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionSettings.h"
#include "PasswordDialog.h"
#include "CycleCheckDialog.h"
#include "EventEditor.h"
#include "JobDialog.h"
#include "RosterImportDialog.h"
#include "ParticipantImportDialog.h"
#include "events/EventRepository.h"
#include "events/ParticipantImporter.h"
#include "MainWindow.h"
#include "PersonPage.h"
#include "StaffDialog.h"
#include "StaffPage.h"
#include "StaffPicker.h"
#include "TestSupport.h"
#include "UnitDialog.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QThread>
#include <QTranslator>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <utility>

namespace {

void save(QWidget *w, const QString &dir, const QString &name)
{
    w->show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
    else
        QTextStream(stdout) << path << '\n';
}

qint64 demoData(Database &db)
{
    Unit unit;
    unit.name = QStringLiteral("合肥市第一人民医院");
    unit.creditCode = QStringLiteral("91340100MA2NXQ8T1Y");
    unit.nature = QStringLiteral("国有企事业单位");
    unit.region = QStringLiteral("安徽省合肥市");
    unit.ruleSet = QStringLiteral("anhui-2025");
    unit.contactPerson = QStringLiteral("王芳");
    unit.contactPhone = QStringLiteral("0551-62920000");
    QString error;
    UnitRepository(db.connection()).save(unit, &error);
    const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
                               QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"), QStringLiteral("周")};
    const QStringList given{QStringLiteral("建华"), QStringLiteral("秀英"), QStringLiteral("伟"), QStringLiteral("静"), QStringLiteral("强"),
                            QStringLiteral("敏"), QStringLiteral("磊"), QStringLiteral("丽"), QStringLiteral("洋"), QStringLiteral("艳")};
    const QStringList departments{QStringLiteral("内科"), QStringLiteral("外科"), QStringLiteral("护理部"), QStringLiteral("药剂科"), QStringLiteral("医学影像科")};
    const QStringList titles{QStringLiteral("医师"), QStringLiteral("主治医师"), QStringLiteral("副主任医师"), QStringLiteral("主任医师")};
    QList<Staff> people;
    for (int i = 0; i < 60; ++i) {
        Staff s;
        s.unitId = unit.id;
        s.name = surnames.at(i % 10) + given.at((i / 10 + 3 * (i % 10)) % 10);
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1972, 3, 1).addDays(i * 173), 11 + (i % 45) * 2 + (i % 2));
        s.department = departments.at(i % 5);
        s.title = titles.at(i % 4);
        s.titleLevel = Staff::titleLevels().at(i % 4);
        s.education = i % 3 ? QStringLiteral("大学本科") : QStringLiteral("硕士研究生");
        s.phone = QStringLiteral("139%1").arg(55510000 + i * 37);
        s.joinedOn = QDate(2005 + i % 15, 7, 1);
        s.status = i % 17 == 16 ? QStringLiteral("离职") : QStringLiteral("在职");
        StaffRepository::prepare(s, &error);
        people << s;
    }
    StaffRepository(db.connection()).applyBatch(people, {}, &error);
    ActivityRepository activities(db.connection());
    auto add = [&](qint64 staff, const QString &kind, const QString &title, const QJsonObject &params, const QString &subject, const QDate &end) {
        Activity a;
        a.staffId = staff;
        a.year = 2025;
        a.kind = kind;
        a.title = title;
        a.params = params;
        a.subject = subject;
        a.startDate = end.addDays(-2);
        a.endDate = end;
        activities.insert(a, &error);
        return a.id;
    };
    for (int i = 0; i < people.size(); ++i) {
        const qint64 id = people.at(i).id;
        if (i % 4 != 3)
            add(id, QStringLiteral("public_online"), QStringLiteral("2025年公需科目网络培训"), {{QStringLiteral("hours"), i % 5 == 0 ? 20 : 30}}, QStringLiteral("public"), QDate(2025, 9, 12));
        if (i % 3 != 2)
            add(id, QStringLiteral("training"), QStringLiteral("安徽省医院质量管理培训班"), {{QStringLiteral("days"), 5 + (i * 3) % 12}}, QStringLiteral("professional"), QDate(2025, 6, 20));
        if (i % 6 == 0)
            add(id, QStringLiteral("paper"), QStringLiteral("急性胸痛患者分诊流程优化研究"), {{QStringLiteral("index"), QStringLiteral("cn_issn")}, {QStringLiteral("authorship"), QStringLiteral("first")}}, QStringLiteral("professional"), QDate(2025, 4, 8));
        if (i % 11 == 0)
            add(id, QStringLiteral("patent"), QStringLiteral("一种便携式输液加温装置"), {{QStringLiteral("type"), QStringLiteral("utility")}, {QStringLiteral("rank"), 2}}, QStringLiteral("professional"), QDate(2025, 3, 15));
    }
    YearLockRepository(db.connection()).submit(people.at(1).id, 2025, &error);
    return people.first().id;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("cehours-screenshots"));
    QApplication::setApplicationName(QStringLiteral("cehours-screenshots"));
    QSettings().clear();
    const QStringList args = app.arguments();
    const QString out = args.value(1, QStringLiteral("."));
    const int langArg = args.indexOf(QLatin1String("--lang"));
    const QString lang = langArg > 0 ? args.value(langArg + 1) : QStringLiteral("zh_CN");
    QDir().mkpath(out);
    const int fontId = QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    if (fontId >= 0)
        QApplication::setFont(QFont(QFontDatabase::applicationFontFamilies(fontId).value(0), 10));
    Translations::install(lang);
    // Messages not yet in the catalogue (a branch's TSV compiled to a .qm): CEHOURS_EXTRA_QM=file.qm
    static QTranslator extra;
    if (!qEnvironmentVariableIsEmpty("CEHOURS_EXTRA_QM") && extra.load(qEnvironmentVariable("CEHOURS_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    FixedClock clock(QDateTime(QDate(2025, 11, 20), QTime(10, 0)));
    Clock::setCurrent(&clock);
    QSettings().setValue(QStringLiteral("ui/lastYear"), 2025);

    // A fixed folder, so the settings page shows the same path on every run.
    QDir dir(QDir::temp().filePath(QStringLiteral("cehours-demo")));
    dir.removeRecursively();
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("demo.sqlite"))))
        return 1;
    {
        UnitDialog setup(db.connection(), Unit(), true);
        save(&setup, out, QStringLiteral("setup"));
    }
    const qint64 first = demoData(db);

    MainWindow window(&db);
    window.resize(1280, 800);
    window.showSection(MainWindow::Staff);
    save(&window, out, QStringLiteral("registry"));
    window.openPerson(first);
    save(&window, out, QStringLiteral("person"));
    window.showRegistry();
    window.showSection(MainWindow::Activities);
    save(&window, out, QStringLiteral("activities"));
    window.showSection(MainWindow::Overview);
    save(&window, out, QStringLiteral("overview"));
    window.showSection(MainWindow::Settings);
    save(&window, out, QStringLiteral("settings"));

    {
        Staff s;
        StaffRepository(db.connection()).byId(first, &s);
        StaffDialog dialog(db.connection(), s.unitId, s, &window);
        save(&dialog, out, QStringLiteral("staff-dialog"));
    }
    {
        const QList<Activity> list = ActivityRepository(db.connection()).list(first, 2025);
        Activity a = list.value(1, list.value(0));
        ActivityDialog dialog(window.context(), a, &window);
        save(&dialog, out, QStringLiteral("activity-dialog"));
    }
    {
        BatchActivityDialog dialog(window.context(), &window);
        QTableView *table = dialog.picker()->table();
        for (int r = 0; r < 6; ++r)
            table->selectionModel()->select(table->model()->index(r * 2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        dialog.picker()->addSelected();
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("activityKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("training")));
        dialog.findChild<QLineEdit *>(QStringLiteral("activityTitle"))->setText(QStringLiteral("院内感染防控专题培训"));
        // Typed dates (read back as yyyy-MM-dd when the field is left); the days come from them.
        for (const auto &[name, text] : {std::pair{"activityStart", "2025/9/12"}, std::pair{"activityEnd", "20250913"}}) {
            if (auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name))) {
                edit->setText(QLatin1String(text));
                emit edit->editingFinished();
            }
        }
        if (auto *days = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("input_days")))
            days->setValue(2);
        save(&dialog, out, QStringLiteral("batch-entry"));
    }
    {
        CycleCheckDialog dialog(window.context(), &window);
        dialog.setStaff(first);
        save(&dialog, out, QStringLiteral("cycle-check"));
    }
    {
        // 培训班: an event with mixed results, and the preview of a returned list with one bad row.
        QString error;
        TrainingEvent event;
        event.title = QStringLiteral("2025年急诊急救技能提升培训班");
        event.organizer = QStringLiteral("合肥市卫生健康委员会");
        event.host = QStringLiteral("合肥市第一人民医院");
        event.startDate = QDate(2025, 10, 13);
        event.endDate = QDate(2025, 10, 15);
        event.subject = QStringLiteral("professional");
        event.params = {{QStringLiteral("organizer"), QStringLiteral("government")}, {QStringLiteral("days"), 3}};
        event.mode = QStringLiteral("线下");
        event.place = QStringLiteral("医院学术报告厅");
        event.filingNumber = QStringLiteral("合人社继备〔2025〕36号");
        event.filingDate = QDate(2025, 10, 10);
        event.filingAuthority = QStringLiteral("合肥市人力资源和社会保障局");
        EventRepository events(db.connection());
        events.create(event, &error);
        const QList<Staff> staff = StaffRepository(db.connection()).list(window.context()->unitId());
        QList<EventParticipant> people;
        const QStringList results{QStringLiteral("合格"), QStringLiteral("合格"), QStringLiteral("合格"), QStringLiteral("不合格"),
                                  QStringLiteral("合格"), QStringLiteral("缺考"), QStringLiteral("无需考核"), QStringLiteral("合格")};
        for (int i = 2; i < 10; ++i) {
            EventParticipant p;
            p.staffId = staff.at(i).id;
            p.name = staff.at(i).name;
            p.result = results.at(i - 2);
            p.remark = p.result == QStringLiteral("缺考") ? QStringLiteral("病假") : QString();
            p.daysAttended = i == 4 ? 2 : 0;
            people << p;
        }
        events.addParticipants(event.id, people, &error);
        EventEditor editor(window.context(), event.id, &window);
        editor.resize(1180, 760);
        save(&editor, out, QStringLiteral("event-editor"));

        const QString csv = QDir(dir.path()).filePath(QStringLiteral("结业名单.csv"));
        QFile f(csv);
        if (f.open(QIODevice::WriteOnly)) {
            QString text = QStringLiteral("继续教育合格人员简明情况汇总表\n序号,姓名,单位,身份证号码,技术职称,培训学时,考试结果,备注\n");
            for (int i = 10; i < 14; ++i)
                text += QStringLiteral("%1,%2,合肥市第一人民医院,%3,%4,18,合格,\n").arg(i - 9).arg(staff.at(i).name, staff.at(i).idNumber, staff.at(i).title);
            text += QStringLiteral("5,%1,合肥市第一人民医院,%2,主治医师,18,不合格,补考\n").arg(staff.at(2).name, staff.at(2).idNumber);
            text += QStringLiteral("6,孙某,外单位,%1,医师,18,合格,\n").arg(TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1990, 1, 1), 77));
            f.write(text.toUtf8());
            f.close();
        }
        ParticipantImporter::Preview preview;
        ParticipantImporter(db.connection(), event.id).analyse(csv, &preview, &error);
        ParticipantImportDialog dialog(window.context(), event.id, preview, &window);
        save(&dialog, out, QStringLiteral("event-import-preview"));
    }
    {
        // The progress dialog of a worker job (roster import writing row 37,500 of 100,000).
        QAtomicInt release;
        JobRunner runner(db.path());
        runner.start(Job{RosterImportDialog::tr("Importing the roster"), Job::Access::NoDatabase,
                         [&release](QSqlDatabase, JobControl &control, QString *) {
                             control.setStage(RosterImportDialog::tr("Writing people"), 100000);
                             control.setDone(37500);
                             while (!release.loadAcquire())
                                 QThread::msleep(5);
                             return true;
                         }});
        while (runner.control().done() != 37500)
            QThread::msleep(5);
        JobDialog dialog(&runner, RosterImportDialog::tr("Importing the roster"), &window);
        dialog.refresh();
        save(&dialog, out, QStringLiteral("job-progress"));
        release.storeRelease(1);
        runner.wait();
    }
    {
        // The streamed export's progress (ExportPage: person 4,200 of 9,816, a long file name).
        const QString title = QCoreApplication::translate("ExportPage", "Exporting %1").arg(2026);
        const QString stage = QCoreApplication::translate("ExportPage", "Exporting the people and activities of %1 to %2")
                                  .arg(2026)
                                  .arg(QStringLiteral("安徽省专业技术人员继续教育学时导入-2026.xlsx"));
        QAtomicInt release;
        JobRunner runner(db.path());
        runner.start(Job{title, Job::Access::NoDatabase, [&release, &stage](QSqlDatabase, JobControl &control, QString *) {
                             control.setStage(stage, 9816);
                             control.setDone(4200);
                             while (!release.loadAcquire())
                                 QThread::msleep(5);
                             return true;
                         }});
        while (runner.control().done() != 4200)
            QThread::msleep(5);
        JobDialog dialog(&runner, title, &window);
        dialog.refresh();
        save(&dialog, out, QStringLiteral("export-progress"));
        release.storeRelease(1);
        runner.wait();
    }
    {
        // Issue 13: the first-start choice of where the registry lives, a server filled in, and the
        // password asked when connecting (the server refused the stored one).
        ConnectionSettings server;
        server.kind = ConnectionSettings::Kind::Server;
        server.host = QStringLiteral("db.hospital.local");
        server.database = QStringLiteral("cehours");
        server.user = QStringLiteral("wangfang");
        ConnectionDialog first{ConnectionSettings()};
        save(&first, out, QStringLiteral("connection-first-start"));
        ConnectionDialog dialog(server);
        save(&dialog, out, QStringLiteral("connection-server"));
        PasswordDialog password(QStringLiteral("wangfang@db.hospital.local:5432/cehours"),
                                QCoreApplication::translate("ServerLogin", "The server refused the password."), true);
        save(&password, out, QStringLiteral("connection-password"));
    }
    return 0;
}
