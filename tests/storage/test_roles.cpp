// Roles that hold at the server (issue 13): test_roles (SQLite: roles not enforced, the user commands
// refuse) and test_roles_pg (a throw-away cluster: 查看 cannot write any table through plain SQL,
// 经办人 cannot change the unit/rule set or reopen a year, a department-limited 经办人 sees only its
// department, 管理员 can, and audit rows carry the database user).
#include "TestBackend.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/RoleGrants.h"
#include "storage/ServerUsers.h"
#include "storage/SessionRole.h"
#include "storage/SqlDialect.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/Transaction.h"
#include "storage/YearLockRepository.h"

#include <QElapsedTimer>

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QtTest>
#include <memory>

using TestSupport::makeIdNumber;

class TestRoles : public QObject
{
    Q_OBJECT
private:
    QString m_where;   // the database as its owner (the cluster's superuser)
    Database m_owner;
    qint64 m_unit = 0, m_internist = 0, m_surgeon = 0;
    QString m_prefix; // login names: unique per database (logins are cluster-wide)

    QString user(const char *suffix) const { return m_prefix + QLatin1String(suffix); }
    QString urlFor(const QString &login) const
    {
        QUrl url(m_where);
        url.setUserName(login);
        return url.toString();
    }
    std::unique_ptr<Database> connectAs(const QString &login)
    {
        auto db = std::make_unique<Database>();
        if (!db->open(urlFor(login), Database::Mode::Existing))
            qWarning("cannot open as %s: %s", qPrintable(login), qPrintable(db->errorString()));
        return db;
    }
    Staff person(const QString &name, int seq, const QString &dept)
    {
        Staff s;
        s.unitId = m_unit;
        s.name = name;
        s.idNumber = makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 2), seq);
        s.department = dept;
        return s;
    }
    static Activity training(qint64 staffId, int year)
    {
        Activity a;
        a.staffId = staffId;
        a.year = year;
        a.kind = QStringLiteral("training");
        a.title = QStringLiteral("公需科目培训");
        a.params = QJsonObject{{QStringLiteral("days"), 2}};
        a.subject = QStringLiteral("public");
        return a;
    }
    static bool denied(QSqlQuery &q) { return q.lastError().nativeErrorCode() == QLatin1String("42501"); }
    static int count(const QSqlDatabase &db, const QString &sql, const QVariant &bound = {})
    {
        QSqlQuery q(db);
        q.prepare(sql);
        if (bound.isValid())
            q.addBindValue(bound);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    QString lastAuditUser(const QSqlDatabase &db) const
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT db_user FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next() ? q.value(0).toString() : QStringLiteral("?");
    }

private slots:
    void initTestCase()
    {
        AuditLog::setOperatorName(QStringLiteral("人事科"));
        CEHOURS_FRESH_DATABASE(where, "roles");
        m_where = where;
        QVERIFY2(m_owner.open(where), qPrintable(m_owner.errorString()));
        Unit unit;
        unit.name = QStringLiteral("某市人民医院");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY2(UnitRepository(m_owner.connection()).save(unit, &error), qPrintable(error));
        m_unit = unit.id;
        StaffRepository staff(m_owner.connection());
        Staff a = person(QStringLiteral("李内"), 11, QStringLiteral("内科")), b = person(QStringLiteral("王外"), 12, QStringLiteral("外科"));
        QVERIFY2(staff.insert(a, &error) && staff.insert(b, &error), qPrintable(error));
        m_internist = a.id;
        m_surgeon = b.id;
        ActivityRepository acts(m_owner.connection());
        Activity x = training(a.id, 2025), y = training(b.id, 2025);
        QVERIFY2(acts.insert(x, &error) && acts.insert(y, &error), qPrintable(error));
        QVERIFY2(YearLockRepository(m_owner.connection()).submit(a.id, 2024, &error), qPrintable(error));
        if (!m_owner.isServer())
            return;
        QSqlQuery q(m_owner.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT current_database()")) && q.next());
        m_prefix = q.value(0).toString() + QLatin1Char('_');
        ServerUsers users(m_owner.connection());
        QVERIFY2(users.add(user("v"), RoleGrants::Role::Viewer, {}, QString(), &error), qPrintable(error));
        QVERIFY2(users.add(user("c"), RoleGrants::Role::Clerk, {}, QString(), &error), qPrintable(error));
        QVERIFY2(users.add(user("cl"), RoleGrants::Role::Clerk, {QStringLiteral("内科")}, QString(), &error), qPrintable(error));
        QVERIFY2(users.add(user("a"), RoleGrants::Role::Admin, {}, QStringLiteral("s3cret'pw"), &error), qPrintable(error));
    }

    void sqliteDoesNotEnforce()
    {
        if (m_owner.isServer())
            QSKIP("PostgreSQL: the roles are enforced (the other cases)");
        const SessionRole role = SessionRole::read(m_owner.connection());
        QVERIFY(!role.enforced());
        QVERIFY(role.mayWrite() && role.mayAdminister());
        QString error;
        QVERIFY(!ServerUsers(m_owner.connection()).add(QStringLiteral("clerk"), RoleGrants::Role::Clerk, {}, QString(), &error));
        QVERIFY2(error.contains(QLatin1String("not enforced")), qPrintable(error));
        QVERIFY2(RoleGrants::apply(m_owner.connection(), &error), qPrintable(error)); // nothing to do
        // The CLI refuses before it touches the file.
        QProcess cli;
        cli.start(qEnvironmentVariable("CEHOURS_CLI"), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_where,
                                                        QStringLiteral("user"), QStringLiteral("add"),
                                                        QStringLiteral("clerk"), QStringLiteral("--role"), QStringLiteral("经办人")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QLatin1String("not enforced on a single-user SQLite file")));
    }

    void everyTableIsInTheRoleMap()
    {
        if (!m_owner.isServer())
            QSKIP("PostgreSQL only: the role map");
        QCOMPARE(RoleGrants::tablesMissingFromMap(m_owner.connection()), QStringList());
        // Re-applying is idempotent (what `user grants` and every upgrade do); its time is printed, not tested.
        QElapsedTimer timer;
        timer.start();
        QString error;
        {
            Transaction tx(m_owner.connection());
            QVERIFY2(tx.isActive() && RoleGrants::apply(m_owner.connection(), &error) && tx.commit(), qPrintable(error));
        }
        qInfo("RoleGrants::apply over the whole schema: %lld ms", static_cast<long long>(timer.elapsed()));
        auto viewer = connectAs(user("v"));
        QCOMPARE(SessionRole::read(viewer->connection()).role(), SessionRole::Role::Viewer);
    }

    void rolesAsTheServerSaysThem()
    {
        if (!m_owner.isServer())
            QSKIP("PostgreSQL only");
        QCOMPARE(SessionRole::read(m_owner.connection()).role(), SessionRole::Role::Admin); // the tables' owner
        const struct { const char *login; SessionRole::Role role; bool write, admin; } cases[] = {
            {"v", SessionRole::Role::Viewer, false, false}, {"c", SessionRole::Role::Clerk, true, false},
            {"cl", SessionRole::Role::Clerk, true, false},  {"a", SessionRole::Role::Admin, true, true}};
        for (const auto &c : cases) {
            auto db = connectAs(user(c.login));
            QVERIFY2(db->isOpen(), qPrintable(db->errorString()));
            const SessionRole role = SessionRole::read(db->connection());
            QVERIFY(role.enforced());
            QCOMPARE(role.role(), c.role);
            QCOMPARE(role.databaseUser(), user(c.login));
            QCOMPARE(role.mayWrite(), c.write);
            QCOMPARE(role.mayAdminister(), c.admin);
        }
        auto limited = connectAs(user("cl"));
        QCOMPARE(SessionRole::read(limited->connection()).departments(), QStringList{QStringLiteral("内科")});
        QList<ServerUsers::User> list;
        QString error;
        QVERIFY2(ServerUsers(m_owner.connection()).list(&list, &error), qPrintable(error));
        QCOMPARE(list.size(), 4);
    }

    void viewerCannotWriteAnyTable()
    {
        if (!m_owner.isServer())
            QSKIP("PostgreSQL only");
        auto db = connectAs(user("v"));
        QVERIFY2(db->isOpen(), qPrintable(db->errorString()));
        QStringList tables;
        QString error;
        QVERIFY(SqlDialect::postgres().tables(db->connection(), &tables, &error));
        QVERIFY(tables.contains(QStringLiteral("staff")) && tables.contains(QStringLiteral("audit_log")));
        QSqlQuery q(db->connection());
        for (const QString &table : std::as_const(tables)) {
            const QString column = db->connection().record(table).fieldName(0);
            QVERIFY2(!column.isEmpty(), qPrintable(table));
            const QString quoted = RoleGrants::quoted(table), col = RoleGrants::quoted(column);
            const QStringList writes = {QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(quoted), QStringLiteral("UPDATE %1 SET %2 = %2").arg(quoted, col),
                                        QStringLiteral("DELETE FROM %1").arg(quoted)};
            for (const QString &sql : writes) {
                QVERIFY2(!q.exec(sql), qPrintable(sql));
                QVERIFY2(denied(q), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
            }
            const QString read = QStringLiteral("SELECT count(*) FROM %1").arg(quoted);
            QVERIFY2(q.exec(read), qPrintable(table)); // reading is allowed
        }
        // The app's write path fails with the server's reason, and nothing is written.
        Staff s = person(QStringLiteral("赵看"), 21, QStringLiteral("内科"));
        QVERIFY(!StaffRepository(db->connection()).insert(s, &error));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
        QCOMPARE(count(m_owner.connection(), QStringLiteral("SELECT count(*) FROM staff")), 2);
    }

    void clerkEntersButCannotAdminister()
    {
        if (!m_owner.isServer())
            QSKIP("PostgreSQL only");
        auto db = connectAs(user("c"));
        QVERIFY2(db->isOpen(), qPrintable(db->errorString()));
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE unit SET rule_set = 'other'")));
        QVERIFY(denied(q));
        QVERIFY(!q.exec(QStringLiteral("UPDATE unit SET name = '改名'")));
        QVERIFY(denied(q));
        // Reopening a submitted year: refused by the server's policy, through SQL and through the app.
        QVERIFY(!q.exec(QStringLiteral("UPDATE year_declaration SET locked = 0")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("row-level security")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM year_declaration")));
        QVERIFY(denied(q));
        QString error;
        QVERIFY(!YearLockRepository(db->connection()).reopen(m_internist, 2024, QStringLiteral("更正"), &error));
        QVERIFY(YearLockRepository(m_owner.connection()).isLocked(m_internist, 2024));
        // The audit log is append-only and its head cannot be moved by hand.
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET operator = 'x'")));
        QVERIFY(denied(q));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_head SET last_id = 0")));
        QVERIFY(denied(q));
        QVERIFY(!q.exec(QStringLiteral("UPDATE cehours_meta SET value = '99' WHERE key = 'schema_version'")) || q.numRowsAffected() == 0);
        // Entry works, audited with the database user, and the chain stays intact.
        Activity a = training(m_surgeon, 2025);
        QVERIFY2(ActivityRepository(db->connection()).insert(a, &error), qPrintable(error));
        QCOMPARE(lastAuditUser(m_owner.connection()), user("c"));
        QVERIFY2(YearLockRepository(db->connection()).submit(m_surgeon, 2025, &error), qPrintable(error));
        const AuditChain::Report chain = AuditChain::verify(m_owner.connection());
        QVERIFY2(chain.intact, qPrintable(chain.problem));
    }

    void auditUserCannotBeFaked()
    {
        if (!m_owner.isServer())
            QSKIP("PostgreSQL only");
        auto db = connectAs(user("c"));
        QVERIFY(db->isOpen());
        qint64 headId = 0;
        QString headHash, error;
        QVERIFY(AuditChain::head(m_owner.connection(), &headId, &headHash, &error));
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (id, at, operator, entity, action, db_user) VALUES (100000, 'x', 'x', 'staff', 'insert', 'someone_else')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(lastAuditUser(m_owner.connection()), user("c"));
        const AuditChain::Report chain = AuditChain::verify(m_owner.connection());
        QVERIFY(!chain.intact); // a row not written by the app breaks the chain, as on SQLite
        QSqlQuery owner(m_owner.connection()); // the owner takes the stray row out again
        QVERIFY(owner.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 100000")));
        QVERIFY(AuditChain::setHead(m_owner.connection(), headId, headHash, &error));
        QVERIFY(AuditChain::verify(m_owner.connection()).intact);
    }

    void limitedClerkSeesOnlyItsDepartment()
    {
        if (!m_owner.isServer())
            QSKIP("PostgreSQL only");
        auto db = connectAs(user("cl"));
        QVERIFY2(db->isOpen(), qPrintable(db->errorString()));
        const QSqlDatabase c = db->connection();
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM staff")), 1);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM staff WHERE department = '外科'")), 0);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM activity WHERE staff_id = ?"), m_surgeon), 0);
        QVERIFY(count(c, QStringLiteral("SELECT count(*) FROM activity WHERE staff_id = ?"), m_internist) >= 1);
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("UPDATE staff SET name = '改' WHERE department = '外科'")));
        QCOMPARE(q.numRowsAffected(), 0);
        q.prepare(QStringLiteral("DELETE FROM activity WHERE staff_id = ?"));
        q.addBindValue(m_surgeon);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 0);
        QString error;
        Staff other = person(QStringLiteral("钱外"), 22, QStringLiteral("外科"));
        QVERIFY(!StaffRepository(c).insert(other, &error));
        QVERIFY2(error.contains(QLatin1String("row-level security")), qPrintable(error));
        Activity foreign = training(m_surgeon, 2025);
        QVERIFY(!ActivityRepository(c).insert(foreign, &error));
        Staff own = person(QStringLiteral("孙内"), 23, QStringLiteral("内科"));
        QVERIFY2(StaffRepository(c).insert(own, &error), qPrintable(error));
        Activity mine = training(own.id, 2025);
        QVERIFY2(ActivityRepository(c).insert(mine, &error), qPrintable(error));
        QCOMPARE(count(m_owner.connection(), QStringLiteral("SELECT count(*) FROM staff WHERE name = '王外'")), 1);
    }

    void adminCanDoEverything()
    {
        if (!m_owner.isServer())
            QSKIP("PostgreSQL only");
        auto db = connectAs(user("a"));
        QVERIFY2(db->isOpen(), qPrintable(db->errorString()));
        const QSqlDatabase c = db->connection();
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM staff")), count(m_owner.connection(), QStringLiteral("SELECT count(*) FROM staff")));
        Unit unit;
        QVERIFY(UnitRepository(c).first(&unit));
        unit.contactPerson = QStringLiteral("周管");
        QString error;
        QVERIFY2(UnitRepository(c).save(unit, &error), qPrintable(error));
        QVERIFY2(YearLockRepository(c).reopen(m_internist, 2024, QStringLiteral("更正学时"), &error), qPrintable(error));
        QVERIFY(!YearLockRepository(m_owner.connection()).isLocked(m_internist, 2024));
        QCOMPARE(lastAuditUser(m_owner.connection()), user("a"));
        Staff s = person(QStringLiteral("吴管"), 24, QStringLiteral("外科"));
        QVERIFY2(StaffRepository(c).insert(s, &error), qPrintable(error));
        QVERIFY2(StaffRepository(c).remove(s.id, &error), qPrintable(error));
        // An admin manages the users (CREATEROLE) and can make a clerk a viewer.
        QVERIFY2(ServerUsers(c).setRole(user("c"), RoleGrants::Role::Viewer, {}, &error), qPrintable(error));
        auto demoted = connectAs(user("c"));
        QCOMPARE(SessionRole::read(demoted->connection()).role(), SessionRole::Role::Viewer);
        QVERIFY2(ServerUsers(c).setRole(user("c"), RoleGrants::Role::Clerk, {}, &error), qPrintable(error));
        const AuditChain::Report chain = AuditChain::verify(c);
        QVERIFY2(chain.intact, qPrintable(chain.problem));
    }

    void cliManagesUsers()
    {
        if (!m_owner.isServer())
            QSKIP("PostgreSQL only");
        auto run = [this](const QStringList &args, const QByteArray &input = {}) {
            QProcess cli;
            cli.start(qEnvironmentVariable("CEHOURS_CLI"), QStringList{QStringLiteral("--db"), m_where} + args);
            cli.write(input);
            cli.closeWriteChannel();
            cli.waitForFinished(60000);
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()));
        };
        auto added = run({QStringLiteral("user"), QStringLiteral("add"), user("x"), QStringLiteral("--role"), QStringLiteral("查看"),
                          QStringLiteral("--departments"), QStringLiteral("外科"), QStringLiteral("--password-from-stdin")},
                         "pw-from-stdin\n");
        QVERIFY2(added.first == 0, qPrintable(added.second));
        auto listed = run({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(listed.first == 0 && listed.second.contains(user("x") + QStringLiteral("\t查看\t外科")), qPrintable(listed.second));
        auto again = run({QStringLiteral("user"), QStringLiteral("add"), user("x"), QStringLiteral("--role"), QStringLiteral("经办人")});
        QCOMPARE(again.first, 2);
        auto bad = run({QStringLiteral("user"), QStringLiteral("add"), user("y"), QStringLiteral("--role"), QStringLiteral("boss")});
        QCOMPARE(bad.first, 2);
        auto removed = run({QStringLiteral("user"), QStringLiteral("remove"), user("x")});
        QVERIFY2(removed.first == 0, qPrintable(removed.second));
        auto grants = run({QStringLiteral("user"), QStringLiteral("grants")});
        QVERIFY2(grants.first == 0, qPrintable(grants.second));
        // The login stays on the server, but it no longer opens this registry, and is told why.
        Database removedUser;
        QVERIFY(!removedUser.open(urlFor(user("x")), Database::Mode::Existing));
        QVERIFY2(removedUser.errorString().contains(QLatin1String("has no CE Hours role")), qPrintable(removedUser.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "test_roles.moc"
