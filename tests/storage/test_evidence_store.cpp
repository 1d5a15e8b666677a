// EvidenceStore on both backends (issue 13): files beside a SQLite database, evidence_content rows
// (1 MiB chunks, bytea) on PostgreSQL. Runs as test_evidence_store and test_evidence_store_pg.
#include "TestBackend.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseEvidenceContent.h"
#include "storage/EvidenceContent.h"
#include "storage/EvidenceStore.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestEvidenceStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_activity = 0;
    qint64 m_other = 0;

    EvidenceStore store() const { return EvidenceStore(m_db.connection(), m_db.evidenceDir()); }

    // Deterministic bytes (no two chunks alike), written to a file of the test folder.
    QString writeFile(const QString &name, qint64 size, quint32 seed)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        quint32 x = seed;
        for (qint64 i = 0; i < size; ++i) {
            x = x * 1664525u + 1013904223u;
            bytes[i] = char(x >> 24);
        }
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != size)
            return {};
        return path;
    }
    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QByteArray storedBytes(const QString &sha)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        if (!store().readContent(sha, &out, &error))
            qWarning("%s", qPrintable(error));
        return out.data();
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 addActivity(qint64 staffId)
    {
        Activity a;
        a.staffId = staffId;
        a.year = 2025;
        a.kind = QStringLiteral("training");
        a.title = QStringLiteral("公需科目培训");
        a.params = QJsonObject{{QStringLiteral("days"), 3}};
        a.subject = QStringLiteral("public");
        QString error;
        return ActivityRepository(m_db.connection()).insert(a, &error) ? a.id : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AuditLog::setOperatorName(QStringLiteral("clerk1"));
        CEHOURS_FRESH_DATABASE(where, "evidence");
        QVERIFY2(m_db.open(where), qPrintable(m_db.errorString()));
        Unit unit;
        unit.name = QStringLiteral("合肥某医院");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY2(UnitRepository(m_db.connection()).save(unit, &error), qPrintable(error));
        Staff s;
        s.unitId = unit.id;
        s.name = QStringLiteral("钱七");
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 2, 3), 17);
        QVERIFY2(StaffRepository(m_db.connection()).insert(s, &error), qPrintable(error));
        m_activity = addActivity(s.id);
        m_other = addActivity(s.id);
        QVERIFY(m_activity > 0 && m_other > 0);
        QCOMPARE(store().inDatabase(), TestBackend::isPostgres());
    }

    void addDedupAndReadBack()
    {
        const QString file = writeFile(QStringLiteral("证书.pdf"), 5000, 1);
        EvidenceStore::Item one, two;
        QString error;
        QVERIFY2(store().add(m_activity, file, &one, &error), qPrintable(error));
        QVERIFY2(store().add(m_other, file, &two, &error), qPrintable(error));
        QCOMPARE(one.sha256, two.sha256);
        QCOMPARE(one.sha256, EvidenceStore::sha256Of(file, nullptr));
        QCOMPARE(one.size, qint64(5000));
        QCOMPARE(storedBytes(one.sha256), fileBytes(file));
        if (TestBackend::isPostgres()) {
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_content")), qint64(1)); // stored once
            QVERIFY(store().filePath(one.sha256).isEmpty());
        } else {
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_content")), qint64(0)); // files, not rows
            QCOMPARE(fileBytes(store().filePath(one.sha256)), fileBytes(file));
        }
        // Opening: the stored file (SQLite) or a checked copy in the temporary folder (PostgreSQL), by its name.
        const QString opened = store().openPath(one, &error);
        QVERIFY2(!opened.isEmpty(), qPrintable(error));
        QCOMPARE(fileBytes(opened), fileBytes(file));
        if (TestBackend::isPostgres())
            QCOMPARE(QFileInfo(opened).fileName(), QStringLiteral("证书.pdf"));
        // The content stays while one row references it, and goes with the last.
        QVERIFY2(store().remove(one.id, &error), qPrintable(error));
        QCOMPARE(store().content()->state(one.sha256), EvidenceContent::State::Intact);
        QVERIFY2(store().remove(two.id, &error), qPrintable(error));
        QCOMPARE(store().content()->state(one.sha256), EvidenceContent::State::Missing);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_content")), qint64(0));
    }

    void largerThanOneChunk()
    {
        const qint64 size = 2 * DatabaseEvidenceContent::kChunkBytes + 12345;
        const QString file = writeFile(QStringLiteral("scan.tif"), size, 7);
        EvidenceStore::Item item;
        QString error;
        QVERIFY2(store().add(m_activity, file, &item, &error), qPrintable(error));
        if (TestBackend::isPostgres()) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT chunk_no, octet_length(data) FROM evidence_content WHERE sha256 = ? ORDER BY chunk_no"));
            q.addBindValue(item.sha256);
            QVERIFY(q.exec());
            QList<qint64> lengths;
            while (q.next())
                lengths << q.value(1).toLongLong();
            QCOMPARE(lengths, (QList<qint64>{DatabaseEvidenceContent::kChunkBytes, DatabaseEvidenceContent::kChunkBytes, 12345}));
        }
        QCOMPARE(storedBytes(item.sha256), fileBytes(file));
        const QString opened = store().openPath(item, &error);
        QVERIFY2(!opened.isEmpty(), qPrintable(error));
        QCOMPARE(EvidenceStore::sha256Of(opened, nullptr), item.sha256);
        QList<EvidenceStore::Problem> problems;
        int checked = 0;
        QVERIFY2(store().verify(&problems, &checked, &error), qPrintable(error));
        QVERIFY(problems.isEmpty());
        QCOMPARE(checked, 1);
        QVERIFY(store().remove(item.id, &error));
    }

    void emptyFile()
    {
        const QString file = writeFile(QStringLiteral("empty.txt"), 0, 0);
        EvidenceStore::Item item;
        QString error;
        QVERIFY2(store().add(m_activity, file, &item, &error), qPrintable(error));
        QCOMPARE(store().content()->state(item.sha256), EvidenceContent::State::Intact);
        QCOMPARE(storedBytes(item.sha256), QByteArray());
        QVERIFY(store().remove(item.id, &error));
    }

    void sizeLimitRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("huge.pdf"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(EvidenceStore::kMaxFileBytes + 1)); // sparse: refused before it is read
        f.close();
        const qint64 rows = scalar(QStringLiteral("SELECT COUNT(*) FROM evidence"));
        QString error;
        QVERIFY(!store().add(m_activity, file, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("huge.pdf")) && error.contains(QLatin1String("100 MB")), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence")), rows);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_content")), qint64(0));
        // The limit itself is accepted (a sparse file of exactly 100 MiB is not written here: too slow).
        QCOMPARE(EvidenceStore::kMaxFileBytes, qint64(100) * 1024 * 1024);
    }

    void corruptedContentDetected()
    {
        const QString file = writeFile(QStringLiteral("paper.pdf"), DatabaseEvidenceContent::kChunkBytes + 100, 3);
        EvidenceStore::Item item;
        QString error;
        QVERIFY2(store().add(m_activity, file, &item, &error), qPrintable(error));
        // One byte of the second chunk (PostgreSQL) or of the stored file (SQLite) changed behind our back.
        if (TestBackend::isPostgres()) {
            QSqlQuery q(m_db.connection());
            const QString flipByte = QStringLiteral("UPDATE evidence_content SET data = set_byte(data, 10, (get_byte(data, 10) + 1) % 256)"
                                                    " WHERE sha256 = ? AND chunk_no = 1");
            q.prepare(flipByte);
            q.addBindValue(item.sha256);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        } else {
            QFile stored(store().filePath(item.sha256));
            QVERIFY(stored.open(QIODevice::ReadWrite));
            QVERIFY(stored.seek(DatabaseEvidenceContent::kChunkBytes + 10));
            QVERIFY(stored.write("X") == 1);
        }
        QList<EvidenceStore::Problem> problems;
        int checked = 0;
        QVERIFY2(store().verify(&problems, &checked, &error), qPrintable(error));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, EvidenceStore::Problem::Altered);
        QCOMPARE(problems.first().sha256, item.sha256);
        QCOMPARE(problems.first().evidenceIds, QList<qint64>{item.id});
        if (TestBackend::isPostgres()) {
            QVERIFY(store().openPath(item, &error).isEmpty()); // never opened altered
            QVERIFY2(error.contains(QLatin1String("altered")), qPrintable(error));
            // A missing chunk is found too.
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM evidence_content WHERE sha256 = ? AND chunk_no = 1"));
            q.addBindValue(item.sha256);
            QVERIFY(q.exec());
            QVERIFY(store().verify(&problems, &checked, &error));
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().kind, EvidenceStore::Problem::Altered);
        }
        // Adding the genuine file again replaces the damaged copy.
        EvidenceStore::Item again;
        QVERIFY2(store().add(m_other, file, &again, &error), qPrintable(error));
        QVERIFY(store().verify(&problems, &checked, &error));
        QVERIFY(problems.isEmpty());
        QCOMPARE(storedBytes(item.sha256), fileBytes(file));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "test_evidence_store.moc"
