#pragma once
// A registry under 湖南 2025 rules (培训班: 8 学时 a day) with N people, for the event tests.
#include "TestBackend.h"
#include "TestSupport.h"
#include "events/EventRepository.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

struct EventFixture
{
    QTemporaryDir dir;
    Database db;
    Unit unit;
    QList<Staff> staff;

    static QString idNumber(int i) { return TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1985, 1, 1).addDays(i), i + 1); }

    QString why; // why the backend is not available, when open() fails for that

    // A fresh database on the test's backend (TestBackend: a SQLite file, or a database on the throw-away
    // PostgreSQL cluster) holding the unit and N people.
    bool open(int people, const QString &ruleSet = QStringLiteral("hunan-2025"))
    {
        const QString where = TestBackend::freshLocation(QStringLiteral("events"), &why);
        if (where.isEmpty() || !db.open(where))
            return false;
        unit.name = QStringLiteral("湖南省测试医院");
        unit.ruleSet = ruleSet;
        unit.contactPerson = QStringLiteral("周敏");
        QString error;
        if (!UnitRepository(db.connection()).save(unit, &error))
            return false;
        StaffRepository repo(db.connection());
        static const QStringList names = {QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王"), QStringLiteral("刘"),
                                          QStringLiteral("陈"), QStringLiteral("杨")};
        for (int i = 0; i < people; ++i) {
            Staff s;
            s.unitId = unit.id;
            s.idNumber = idNumber(i);
            s.name = names.at(i % names.size()) + QStringLiteral("学员%1").arg(i + 1);
            s.department = i % 2 ? QStringLiteral("内科") : QStringLiteral("外科");
            s.titleLevel = QStringLiteral("中级");
            if (!repo.insert(s, &error))
                return false;
            staff << s;
        }
        return true;
    }

    TrainingEvent event(const QString &title = QStringLiteral("2025年急诊急救技能培训班"), double days = 3) const
    {
        TrainingEvent e;
        e.title = title;
        e.kind = QStringLiteral("training");
        e.subject = QStringLiteral("professional");
        e.startDate = QDate(2025, 5, 12);
        e.endDate = QDate(2025, 5, 14);
        e.params = {{QStringLiteral("days"), days}};
        e.mode = QStringLiteral("线下");
        e.organizer = QStringLiteral("湖南省卫生健康委员会");
        return e;
    }

    static EventParticipant participant(const Staff &s, const QString &result = QStringLiteral("合格"))
    {
        EventParticipant p;
        p.staffId = s.id;
        p.name = s.name;
        p.status = s.status;
        p.result = result;
        return p;
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
};

// In a test function: opens the fixture, or skips (fails with CEHOURS_REQUIRE_PG=1) when the backend is
// not available, or fails naming the database's error.
#define EVENT_FIXTURE_OPEN(f, ...)                                                                                       \
    do {                                                                                                                 \
        if (!(f).open(__VA_ARGS__)) {                                                                                    \
            if (!(f).why.isEmpty())                                                                                      \
                CEHOURS_BACKEND_UNAVAILABLE((f).why);                                                                    \
            QFAIL(qPrintable((f).db.errorString()));                                                                     \
        }                                                                                                                \
    } while (false)
