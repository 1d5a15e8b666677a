#include "import/ActivityRowChecker.h"

#include "util/JsonWriter.h"

#include <QCoreApplication>

#include "domain/IdNumber.h"
#include "import/ActivityColumns.h"
#include "import/RosterColumns.h"
#include "import/TableData.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ActivityRepository.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"

#include <QJsonDocument>
#include <QRegularExpression>


ActivityRowChecker::ActivityRowChecker(QSqlDatabase db, qint64 unitId, const RuleSetRegistry &registry, bool requireName)
    : m_db(std::move(db)), m_unitId(unitId), m_registry(registry), m_requireName(requireName)
{
}

bool ActivityRowChecker::prepare(QString *error)
{
    Unit unit;
    if (!UnitRepository(m_db).byId(m_unitId, &unit, error) || unit.ruleSet.isEmpty() || !m_registry.find(unit.ruleSet)) {
        if (error)
            *error = tr("The unit has no province rule set; choose one in the settings (or cehours-cli init --rules SET) first");
        return false;
    }
    m_unitRuleSet = unit.ruleSet;
    for (const Staff &s : StaffRepository(m_db).list(m_unitId))
        m_staff.insert(s.idNumber, s);
    return true;
}

bool ActivityRowChecker::isAnyFieldHeader(const QString &header) const
{
    for (const RuleSet &set : m_registry.sets())
        for (const ActivityKind &k : set.kinds())
            for (const FieldSpec &f : k.fields)
                if (ActivityColumns::headerNamesField(header, f))
                    return true;
    return false;
}

bool ActivityRowChecker::findHeader(const TableData &table, Sheet *sheet) const
{
    for (int r = 0; r < qMin(kHeaderSearchRows, int(table.rows.size())); ++r) {
        QList<int> common(ActivityColumns::CommonCount, -1);
        const QStringList &cells = table.rows.at(r);
        QList<QPair<int, QString>> other;
        for (int c = 0; c < cells.size(); ++c) {
            const int f = ActivityColumns::commonForHeader(cells.at(c));
            if (f >= 0 && common[f] < 0)
                common[f] = c;
            else if (!cells.at(c).trimmed().isEmpty())
                other << qMakePair(c, cells.at(c).trimmed());
        }
        if (common[ActivityColumns::IdNumber] < 0 || (m_requireName && common[ActivityColumns::Name] < 0))
            continue;
        sheet->headerIndex = r;
        sheet->common = common;
        sheet->other = other;
        if (common[ActivityColumns::Kind] < 0) {
            // The template names the kind in a title line above the header: 类别：label（id）.
            sheet->kindText = table.sheetName;
            for (int above = 0; above < r; ++above) {
                for (const QString &cell : table.rows.at(above)) {
                    const QString t = cell.trimmed();
                    QString rest = t.mid(2);
                    rest.remove(QRegularExpression(QStringLiteral("^[:：\\s]+")));
                    if (t.startsWith(QStringLiteral("类别")) && !rest.isEmpty())
                        sheet->kindText = rest;
                }
            }
        }
        return true;
    }
    return false;
}

bool ActivityRowChecker::checkTable(const TableData &table, bool qualifyRows, ActivityImporter::Preview *preview)
{
    Sheet sheet;
    if (!findHeader(table, &sheet))
        return false;
    sheet.name = qualifyRows ? table.sheetName : QString();
    if (!table.sheetName.isEmpty())
        preview->sheets << table.sheetName;
    for (const auto &column : std::as_const(sheet.other)) {
        if (isAnyFieldHeader(column.second))
            sheet.fieldColumns.insert(column.first);
        else if (!preview->ignoredColumns.contains(column.second))
            preview->ignoredColumns << column.second;
    }
    for (int r = sheet.headerIndex + 1; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        // Issue 11: a number cell keeps 15 significant digits, so an ID number typed into one has lost
        // its last digits and may name someone else, even when it passes the check digit.
        if (table.isLossyNumber(r, sheet.common.at(ActivityColumns::IdNumber))) {
            preview->errors << ActivityImporter::RowIssue{sheet.name, r + 1, cells.value(sheet.common.at(ActivityColumns::IdNumber)).trimmed(),
                                                          QCoreApplication::translate("RosterImporter", "the ID number was stored as a number, which keeps only 15 digits, so its last digits are lost: "
                                              "format the column as text and type the ID number again")};
            continue;
        }
        checkRow(sheet, cells, r + 1, preview);
    }
    return true;
}

const QList<const FieldSpec *> &ActivityRowChecker::columnsOf(const Sheet &sheet, const QString &setId, const ActivityKind &kind)
{
    const QString key = setId + QLatin1Char('/') + kind.id;
    auto it = sheet.kindColumns.find(key);
    if (it == sheet.kindColumns.end()) {
        QList<const FieldSpec *> fields;
        for (const auto &column : sheet.other) {
            const FieldSpec *field = nullptr;
            for (const FieldSpec &f : kind.fields)
                if (!field && ActivityColumns::headerNamesField(column.second, f))
                    field = &f;
            fields << field;
        }
        it = sheet.kindColumns.insert(key, fields);
    }
    return it.value();
}

bool ActivityRowChecker::isLocked(qint64 staffId, int year)
{
    if (!m_lockedRead) { // as YearLockRepository::isLocked, for every person-year at once
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT staff_id, year FROM year_declaration WHERE locked <> 0")))
            while (q.next())
                m_locked.insert({q.value(0).toLongLong(), q.value(1).toInt()});
        m_lockedRead = true;
    }
    return m_locked.contains({staffId, year});
}

QString ActivityRowChecker::duplicateKey(const Activity &a)
{
    return QStringList{QString::number(a.staffId), QString::number(a.year), a.kind, a.title.trimmed(),
                       a.startDate.toString(Qt::ISODate), a.endDate.toString(Qt::ISODate), a.subject,
                       QString::fromUtf8(JsonWriter::object(a.params))} // = QJsonDocument(params).toJson(Compact)
        .join(QChar(0x1f));
}

qint64 ActivityRowChecker::storedDuplicate(const QString &key, qint64 staffId, int year)
{
    const auto personYear = qMakePair(staffId, year);
    auto it = m_storedKeys.constFind(personYear);
    if (it == m_storedKeys.constEnd()) {
        // The columns ActivityRepository::fromRow reads, in listForYear's order (the last of equal keys wins).
        if (m_personYear.lastQuery().isEmpty()) {
            m_personYear = QSqlQuery(m_db);
            m_personYear.setForwardOnly(true);
            m_personYear.prepare(QStringLiteral("SELECT id, staff_id, year, start_date, end_date, kind, title, params, subject, status"
                                                " FROM activity WHERE staff_id = ? AND year = ? ORDER BY start_date, id"));
        }
        QHash<QString, qint64> keys;
        m_personYear.bindValue(0, staffId);
        m_personYear.bindValue(1, year);
        if (m_personYear.exec()) {
            while (m_personYear.next()) {
                const Activity a = ActivityRepository::fromRow(m_personYear);
                keys.insert(duplicateKey(a), a.id);
            }
        }
        m_personYear.finish();
        it = m_storedKeys.insert(personYear, keys);
    }
    return it.value().value(key);
}
