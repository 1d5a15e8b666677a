#include "BenchReference.h"

#include <QStringList>

namespace {
const char *const kRosterColumns = "id_number, name, gender, ethnicity, department, title, title_level, title_series, sub_specialty,"
                                   " title_sought, education, phone, joined_on, status";

QString staffJson(const QString &p)
{
    return QStringLiteral("json_object('id', %1.id, 'idNumber', %1.id_number, 'name', %1.name, 'gender', %1.gender, 'ethnicity', %1.ethnicity,"
                          " 'department', %1.department, 'title', %1.title, 'titleLevel', %1.title_level, 'titleSeries', %1.title_series,"
                          " 'subSpecialty', %1.sub_specialty, 'titleSought', %1.title_sought, 'education', %1.education, 'phone', %1.phone,"
                          " 'joinedOn', %1.joined_on, 'status', %1.status, 'birthDate', %1.birth_date)")
        .arg(p);
}

QString importInto(const QString &table, const QString &columns, const QString &csv)
{
    return QStringLiteral("CREATE TEMP TABLE %1(%2);\n.import --csv --skip 1 '%3' %1\n").arg(table, columns, csv);
}
} // namespace

namespace BenchReference {

QString rosterImport(const QString &csv, const QString &now)
{
    QString s = QStringLiteral("BEGIN IMMEDIATE;\n") + importInto(QStringLiteral("r"), QLatin1String(kRosterColumns), csv);
    s += QStringLiteral("INSERT INTO staff (unit_id, %1, birth_date, name_key, name_initials, created_at, updated_at)"
                        " SELECT 1, %1, substr(id_number, 7, 4) || '-' || substr(id_number, 11, 2) || '-' || substr(id_number, 13, 2),"
                        " name, '', '%2', '%2' FROM temp.r;\n")
             .arg(QLatin1String(kRosterColumns), now);
    s += QStringLiteral("INSERT INTO audit_log (at, operator, os_user, entity, entity_id, action, before_json, after_json, prev_hash, hash)"
                        " SELECT '%1', '', '', 'staff', id, 'insert', NULL, j, '', hex(sha3(j)) FROM (SELECT id, %2 AS j FROM staff s ORDER BY id);\n")
             .arg(now, staffJson(QStringLiteral("s")));
    return s + QStringLiteral("COMMIT;\n");
}

QString rosterReimport(const QString &csv, const QString &now)
{
    QString s = QStringLiteral("BEGIN IMMEDIATE;\n") + importInto(QStringLiteral("c"), QLatin1String(kRosterColumns), csv);
    s += QStringLiteral("INSERT INTO audit_log (at, operator, os_user, entity, entity_id, action, before_json, after_json, prev_hash, hash)"
                        " SELECT '%1', '', '', 'staff', id, 'update', b, a, '', hex(sha3(b || a)) FROM (SELECT s.id, %2 AS b,"
                        " json_object('id', s.id, 'idNumber', c.id_number, 'name', c.name, 'gender', c.gender, 'ethnicity', c.ethnicity,"
                        " 'department', c.department, 'title', c.title, 'titleLevel', c.title_level, 'titleSeries', c.title_series,"
                        " 'subSpecialty', c.sub_specialty, 'titleSought', c.title_sought, 'education', c.education, 'phone', c.phone,"
                        " 'joinedOn', c.joined_on, 'status', c.status, 'birthDate', s.birth_date) AS a"
                        " FROM staff s JOIN temp.c ON c.id_number = s.id_number ORDER BY s.id);\n")
             .arg(now, staffJson(QStringLiteral("s")));
    s += QStringLiteral("UPDATE staff SET name = c.name, gender = c.gender, ethnicity = c.ethnicity, department = c.department, title = c.title,"
                        " title_level = c.title_level, title_series = c.title_series, sub_specialty = c.sub_specialty,"
                        " title_sought = c.title_sought, education = c.education, phone = c.phone, joined_on = c.joined_on,"
                        " status = c.status, updated_at = '%1', version = version + 1 FROM temp.c WHERE staff.id_number = c.id_number;\n")
             .arg(now);
    return s + QStringLiteral("COMMIT;\n");
}

QString activityImport(const QString &csv, int columns, const QString &now)
{
    QStringList cols, params;
    for (int c = 0; c < columns; ++c) {
        cols << QStringLiteral("c%1").arg(c);
        if (c >= 8)
            params << QStringLiteral("'f%1', nullif(a.c%1, '')").arg(c);
    }
    QString s = QStringLiteral("BEGIN IMMEDIATE;\n") + importInto(QStringLiteral("a"), cols.join(QStringLiteral(", ")), csv);
    s += QStringLiteral("INSERT INTO activity (staff_id, year, start_date, end_date, kind, title, params, subject, status, created_at, updated_at)"
                        " SELECT s.id, a.c2, nullif(a.c5, ''), nullif(a.c6, ''), a.c3, a.c4, json_object(%1),"
                        " CASE a.c7 WHEN '公需科目' THEN 'public' WHEN '专业科目' THEN 'professional' ELSE '' END, 'recorded', '%2', '%2'"
                        " FROM temp.a JOIN staff s ON s.unit_id = 1 AND s.id_number = a.c0;\n")
             .arg(params.join(QStringLiteral(", ")), now);
    s += QStringLiteral("INSERT INTO audit_log (at, operator, os_user, entity, entity_id, action, before_json, after_json, prev_hash, hash)"
                        " SELECT '%1', '', '', 'activity', id, 'insert', NULL, j, '', hex(sha3(j)) FROM (SELECT id, json_object('id', id,"
                        " 'staffId', staff_id, 'year', year, 'startDate', start_date, 'endDate', end_date, 'kind', kind, 'title', title,"
                        " 'params', json(params), 'subject', subject, 'status', status) AS j FROM activity ORDER BY id);\n")
             .arg(now);
    return s + QStringLiteral("COMMIT;\n");
}

QString recompute()
{
    return QStringLiteral("SELECT staff_id, year, subject, COUNT(*), SUM(coalesce(json_extract(params, '$.hours'),"
                          " json_extract(params, '$.days') * 8, json_extract(params, '$.markedHours'), json_extract(params, '$.credits'), 0))"
                          " FROM activity GROUP BY staff_id, year, subject;\n");
}

QString exportRows(int fromYear, int toYear)
{
    return QStringLiteral("SELECT s.id_number, s.name, s.gender, s.department, s.title, s.title_level, a.year, a.kind, a.title, a.start_date,"
                          " a.end_date, a.subject, a.params FROM activity a JOIN staff s ON s.id = a.staff_id"
                          " WHERE a.year BETWEEN %1 AND %2 ORDER BY s.id, a.year, a.id;\n")
        .arg(fromYear)
        .arg(toYear);
}
} // namespace BenchReference
