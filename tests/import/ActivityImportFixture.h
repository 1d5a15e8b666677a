#pragma once
// A registry in a temporary folder for the activity import tests: one unit under a rule set and
// a few people.
#include "TestBackend.h"
#include "TestSupport.h"
#include "domain/Staff.h"
#include "domain/Unit.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <memory>

struct ActivityImportFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 unitId = 0;
    QList<Staff> people;

    QString path(const QString &name) const { return dir.filePath(name); }

    // A fresh database whose unit uses ruleSet, with `count` people (the last one has left when asked).
    bool open(const QString &ruleSet, int count = 3, bool lastHasLeft = false)
    {
        db = std::make_unique<Database>();
        // A new SQLite file or PostgreSQL database (TestBackend: CEHOURS_TEST_BACKEND).
        const QString file = TestBackend::freshLocation(QStringLiteral("a_") + QString(ruleSet).replace(QLatin1Char('-'), QLatin1Char('_')), nullptr);
        if (file.isEmpty() || !db->open(file))
            return false;
        Unit u;
        u.name = QStringLiteral("某研究院");
        u.ruleSet = ruleSet;
        QString error;
        if (!UnitRepository(db->connection()).save(u, &error))
            return false;
        unitId = u.id;
        people.clear();
        const QStringList names = {QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("赵六")};
        for (int i = 0; i < count; ++i) {
            Staff s;
            s.unitId = unitId;
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 1, 1 + i), 101 + 10 * i);
            s.name = names.value(i, QStringLiteral("人员%1").arg(i));
            s.department = i % 2 ? QStringLiteral("二科") : QStringLiteral("一科");
            if (lastHasLeft && i == count - 1)
                s.status = QStringLiteral("离职");
            if (!StaffRepository(db->connection()).insert(s, &error))
                return false;
            people << s;
        }
        return true;
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        return (q.exec(sql) && q.next()) ? q.value(0).toInt() : -1;
    }
    int activityCount() const { return count(QStringLiteral("SELECT COUNT(*) FROM activity")); }
    int auditCount() const { return count(QStringLiteral("SELECT COUNT(*) FROM audit_log")); }
};
