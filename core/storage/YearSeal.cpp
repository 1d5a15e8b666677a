#include "storage/YearSeal.h"

#include "storage/AuditLog.h"
#include "storage/YearLockRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

bool fail(const QString &why, QString *error)
{
    if (error)
        *error = why;
    return false;
}

// The sealed fields of one activity, in this order; a new column is not sealed until added here
// under a new format tag (old seals must keep verifying).
const char *const kActivityColumns =
    "id, staff_id, year, start_date, end_date, kind, title, params, subject, status, created_at, updated_at";

struct Sealed
{
    QList<QPair<qint64, QString>> activities; // id, digest
    QHash<qint64, QString> titles;
};

bool sealActivities(QSqlDatabase db, qint64 staffId, int year, Sealed *out, QString *error)
{
    QSqlQuery q(db);
    // The column list is our own constant; the values are bound.
    static const QString sql = QStringLiteral("SELECT %1 FROM activity WHERE staff_id = ? AND year = ? ORDER BY id")
                                   .arg(QLatin1String(kActivityColumns));
    q.prepare(sql);
    q.addBindValue(staffId);
    q.addBindValue(year);
    if (!q.exec())
        return fail(q.lastError().text(), error);
    QSqlQuery ev(db);
    ev.prepare(QStringLiteral("SELECT sha256, original_name, size FROM evidence WHERE activity_id = ?"
                              " ORDER BY sha256, original_name, size"));
    while (q.next()) {
        QJsonArray fields{QStringLiteral("cehours-activity-1")};
        for (int c = 0; c < 12; ++c)
            fields.append(textOrNull(q.value(c)));
        const qint64 id = q.value(0).toLongLong();
        ev.addBindValue(id);
        if (!ev.exec())
            return fail(ev.lastError().text(), error);
        QJsonArray evidence;
        while (ev.next())
            evidence.append(QJsonArray{ev.value(0).toString(), ev.value(1).toString(), QString::number(ev.value(2).toLongLong())});
        fields.append(evidence);
        out->activities.append({id, sha256(QJsonDocument(fields).toJson(QJsonDocument::Compact))});
        out->titles.insert(id, q.value(6).toString());
    }
    return true;
}

// The person's row, read with the columns of schema step 1 only: this also runs inside a schema
// upgrade, before later steps may have added columns the repositories select.
bool loadPerson(QSqlDatabase db, qint64 staffId, Staff *s, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, id_number, name, gender, ethnicity, department, title, title_level, title_series,"
                             " sub_specialty, title_sought, education, phone, joined_on, status, birth_date, unit_id"
                             " FROM staff WHERE id = ?"));
    q.addBindValue(staffId);
    if (!q.exec())
        return fail(q.lastError().text(), error);
    if (!q.next())
        return fail(YearSeal::tr("Person %1 does not exist").arg(staffId), error);
    s->id = q.value(0).toLongLong();
    QString *texts[] = {&s->idNumber, &s->name, &s->gender, &s->ethnicity, &s->department, &s->title, &s->titleLevel,
                        &s->titleSeries, &s->subSpecialty, &s->titleSought, &s->education, &s->phone};
    for (int i = 0; i < 12; ++i)
        *texts[i] = q.value(i + 1).toString();
    s->joinedOn = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    s->status = q.value(14).toString();
    s->birthDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    s->unitId = q.value(16).toLongLong();
    return true;
}

struct AuditState
{
    bool found = false;
    bool locked = false;
    qint64 auditId = 0;
    QString sealDigest, personDigest;
};

// The declaration's state as the audit log last recorded it.
AuditState auditedState(QSqlDatabase db, qint64 staffId, int year)
{
    AuditState s;
    for (const AuditLog::Entry &e : AuditLog::entries(db, QStringLiteral("year_declaration"), staffId)) {
        const QJsonObject &o = e.after.isEmpty() ? e.before : e.after;
        if (o.value(QStringLiteral("year")).toInt() != year)
            continue;
        s.found = true;
        s.auditId = e.id;
        s.locked = !e.after.isEmpty() && e.after.value(QStringLiteral("locked")).toBool();
        s.sealDigest = e.after.value(QStringLiteral("sealDigest")).toString();
        s.personDigest = e.after.value(QStringLiteral("personDigest")).toString();
    }
    return s;
}

QList<QPair<qint64, QString>> storedList(const QString &sealJson)
{
    QList<QPair<qint64, QString>> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(sealJson.toUtf8()).object().value(QStringLiteral("activities")).toArray())
        out.append({v.toArray().at(0).toInteger(), v.toArray().at(1).toString()});
    return out;
}

QStringList activityDifferences(const QList<QPair<qint64, QString>> &sealed, const Sealed &now, int year)
{
    QHash<qint64, QString> before;
    for (const auto &p : sealed)
        before.insert(p.first, p.second);
    QStringList out;
    QSet<qint64> seen;
    for (const auto &p : now.activities) {
        seen.insert(p.first);
        const QString what = YearSeal::tr("activity %1 (%2)").arg(p.first).arg(now.titles.value(p.first));
        if (!before.contains(p.first))
            out << YearSeal::tr("Locked year %1: %2 was added after the submission").arg(year).arg(what);
        else if (before.value(p.first) != p.second)
            out << YearSeal::tr("Locked year %1: %2 was changed after the submission").arg(year).arg(what);
    }
    for (const auto &p : sealed)
        if (!seen.contains(p.first))
            out << YearSeal::tr("Locked year %1: activity %2 was deleted after the submission").arg(year).arg(p.first);
    return out;
}
} // namespace

bool YearSeal::compute(QSqlDatabase db, qint64 staffId, int year, Seal *out, QString *error)
{
    Sealed sealed;
    if (!sealActivities(db, staffId, year, &sealed, error))
        return false;
    QJsonArray list;
    for (const auto &p : sealed.activities)
        list.append(QJsonArray{p.first, p.second});
    out->sealJson = compact(QJsonObject{{QStringLiteral("v"), 1}, {QStringLiteral("activities"), list}});
    out->digest = sha256(out->sealJson.toUtf8());
    Staff s;
    if (!loadPerson(db, staffId, &s, error))
        return false;
    out->personJson = compact(s.toJson());
    out->personDigest = sha256(out->personJson.toUtf8());
    return true;
}

QStringList YearSeal::check(QSqlDatabase db, qint64 staffId, int year)
{
    const AuditState audited = auditedState(db, staffId, year);
    const YearLockRepository::State row = YearLockRepository(db).state(staffId, year);
    QStringList problems;
    if (!audited.found) {
        if (row.declared)
            problems << tr("The declaration of %1 has no audit record: it was written outside CE Hours").arg(year);
        return problems;
    }
    if (audited.locked && !row.declared)
        return {tr("The declaration of %1 was deleted without an audit record (audit row %2 locks it)").arg(year).arg(audited.auditId)};
    if (row.declared && row.locked != audited.locked)
        problems << (row.locked ? tr("The year %1 was locked without an audit record").arg(year)
                                : tr("The year %1 was unlocked without an audit record (audit row %2 locks it)").arg(year).arg(audited.auditId));
    if (!audited.locked)
        return problems;
    if (audited.sealDigest.isEmpty())
        return problems << tr("The year %1 was locked without a seal").arg(year);
    if (sha256(row.personJson.toUtf8()) != audited.personDigest)
        problems << tr("The person data declared for %1 was changed after the submission").arg(year);
    Sealed now;
    QString error;
    if (!sealActivities(db, staffId, year, &now, &error))
        return problems << error;
    QJsonArray list;
    for (const auto &p : now.activities)
        list.append(QJsonArray{p.first, p.second});
    const QString nowJson = compact(QJsonObject{{QStringLiteral("v"), 1}, {QStringLiteral("activities"), list}});
    if (sha256(nowJson.toUtf8()) == audited.sealDigest)
        return problems;
    // Name the activities when the stored list is the one the audit log sealed.
    const QStringList diff = sha256(row.sealJson.toUtf8()) == audited.sealDigest
        ? activityDifferences(storedList(row.sealJson), now, year)
        : QStringList();
    return problems << (diff.isEmpty() ? QStringList{tr("Locked year %1: the activities differ from the submission").arg(year)} : diff);
}

QList<YearSeal::Problem> YearSeal::verifyAll(QSqlDatabase db)
{
    QList<QPair<qint64, int>> years;
    QSet<qint64> seen;
    auto add = [&](qint64 staffId, int year) {
        if (!seen.contains(key(staffId, year))) {
            seen.insert(key(staffId, year));
            years.append({staffId, year});
        }
    };
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT staff_id, year FROM year_declaration ORDER BY staff_id, year"));
    while (q.next())
        add(q.value(0).toLongLong(), q.value(1).toInt());
    for (const AuditLog::Entry &e : AuditLog::entries(db, QStringLiteral("year_declaration"))) {
        const QJsonObject &o = e.after.isEmpty() ? e.before : e.after;
        add(e.entityId, o.value(QStringLiteral("year")).toInt());
    }
    QList<Problem> out;
    for (const auto &y : std::as_const(years))
        for (const QString &text : check(db, y.first, y.second))
            out.append({y.first, y.second, text});
    return out;
}

Staff YearSeal::staffFromSnapshot(const QJsonObject &o)
{
    auto text = [&o](const char *name) { return o.value(QLatin1String(name)).toString(); };
    Staff s;
    s.id = o.value(QStringLiteral("id")).toInteger();
    s.idNumber = text("idNumber");
    s.name = text("name");
    s.gender = text("gender");
    s.ethnicity = text("ethnicity");
    s.department = text("department");
    s.title = text("title");
    s.titleLevel = text("titleLevel");
    s.titleSeries = text("titleSeries");
    s.subSpecialty = text("subSpecialty");
    s.titleSought = text("titleSought");
    s.education = text("education");
    s.phone = text("phone");
    s.joinedOn = QDate::fromString(text("joinedOn"), Qt::ISODate);
    s.status = text("status");
    s.birthDate = QDate::fromString(text("birthDate"), Qt::ISODate);
    return s;
}

QHash<qint64, Staff> YearSeal::declaredPeople(QSqlDatabase db, int fromYear, int toYear)
{
    QHash<qint64, Staff> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT staff_id, year, person_json FROM year_declaration"
                             " WHERE locked = 1 AND year BETWEEN ? AND ? AND person_json IS NOT NULL"));
    q.addBindValue(fromYear);
    q.addBindValue(toYear);
    if (q.exec()) {
        while (q.next()) {
            Staff s = staffFromSnapshot(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
            s.id = q.value(0).toLongLong();
            out.insert(key(s.id, q.value(1).toInt()), s);
        }
    }
    return out;
}

bool YearSeal::sealExisting(QSqlDatabase db, QString *error)
{
    QList<QPair<qint64, int>> locked;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT staff_id, year FROM year_declaration WHERE locked = 1 ORDER BY staff_id, year")))
        return fail(q.lastError().text(), error);
    while (q.next())
        locked.append({q.value(0).toLongLong(), q.value(1).toInt()});
    YearLockRepository repo(db);
    for (const auto &y : std::as_const(locked)) {
        const YearLockRepository::State before = repo.state(y.first, y.second);
        if (!repo.storeSeal(y.first, y.second, error))
            return false;
        QJsonObject after = YearLockRepository::toJson(y.first, y.second, repo.state(y.first, y.second));
        after.insert(QStringLiteral("sealedAtUpgrade"), true);
        if (!AuditLog::record(db, QStringLiteral("year_declaration"), y.first, QStringLiteral("update"),
                              YearLockRepository::toJson(y.first, y.second, before), after, error))
            return false;
    }
    return true;
}
