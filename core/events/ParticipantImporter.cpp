#include "events/ParticipantImporter.h"

#include "domain/IdNumber.h"
#include "events/EventActivities.h"
#include "events/EventRepository.h"
#include "export/ExportData.h"
#include "import/RosterColumns.h"
#include "import/TableData.h"
#include "import/TableReader.h"
#include "rules/RuleSet.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"

#include <QHash>

namespace {
enum Column { Id, Name, Hours, Result, Remark, Days, ColumnCount };

constexpr int kHeaderSearchRows = 10;

int columnFor(const QString &header)
{
    const QString h = RosterColumns::normalizedHeader(header);
    static const QList<QStringList> names = {
        {QStringLiteral("身份证号码"), QStringLiteral("身份证号"), QStringLiteral("证件号码"), QStringLiteral("公民身份号码"), QStringLiteral("idnumber")},
        {QStringLiteral("姓名"), QStringLiteral("name")},
        {QStringLiteral("培训学时"), QStringLiteral("学时"), QStringLiteral("hours")},
        {QStringLiteral("考试结果"), QStringLiteral("考核结果"), QStringLiteral("结果"), QStringLiteral("result")},
        {QStringLiteral("备注"), QStringLiteral("remark")},
        {QStringLiteral("实际参加天数"), QStringLiteral("参加天数"), QStringLiteral("days")},
    };
    for (int c = 0; c < names.size(); ++c)
        if (names.at(c).contains(h))
            return c;
    return -1;
}

bool sameValues(const EventParticipant &a, const EventParticipant &b)
{
    return a.result == b.result && a.remark == b.remark && qFuzzyCompare(1 + a.daysAttended, 1 + b.daysAttended);
}
} // namespace

bool ParticipantImporter::analyse(const QString &path, Preview *preview, QString *error) const
{
    TableData table;
    if (!TableReader::read(path, &table, error))
        return false;
    return analyseTable(table, preview, error);
}

bool ParticipantImporter::analyseTable(const TableData &table, Preview *preview, QString *error) const
{
    *preview = Preview();
    preview->sourceName = table.sourceName;
    TrainingEvent event;
    EventRepository events(m_db);
    if (!events.byId(m_eventId, &event)) {
        *error = tr("Training event %1 does not exist").arg(m_eventId);
        return false;
    }
    QList<int> col(ColumnCount, -1);
    int headerIndex = -1;
    for (int r = 0; r < qMin(kHeaderSearchRows, int(table.rows.size())) && headerIndex < 0; ++r) {
        QList<int> found(ColumnCount, -1);
        for (int c = 0; c < table.rows.at(r).size(); ++c) {
            const int k = columnFor(table.rows.at(r).at(c));
            if (k >= 0 && found[k] < 0)
                found[k] = c;
        }
        if (found[Id] >= 0 && found[Name] >= 0) {
            headerIndex = r;
            col = found;
        }
    }
    if (headerIndex < 0) {
        *error = tr("%1: no header row with the columns 身份证号码 and 姓名 in the first %2 rows").arg(table.sourceName).arg(kHeaderSearchRows);
        return false;
    }
    preview->headerRow = headerIndex + 1;

    Unit unit;
    UnitRepository(m_db).first(&unit);
    QHash<QString, Staff> registry;
    for (const Staff &s : StaffRepository(m_db).list(unit.id))
        registry.insert(s.idNumber, s);
    QHash<qint64, EventParticipant> onEvent;
    for (const EventParticipant &p : events.participants(m_eventId))
        onEvent.insert(p.staffId, p);
    const RuleSet *set = EventActivities::ruleSet(m_db, event.year(), error);
    if (!set)
        return false;
    YearLockRepository locks(m_db);
    QHash<QString, int> firstRow;

    for (int r = headerIndex + 1; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        auto cell = [&](Column c) { return col[c] < 0 ? QString() : cells.value(col[c]).trimmed(); };
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        const int rowNumber = r + 1;
        const QString rawId = cell(Id);
        auto reject = [&](const QString &why) { preview->errors << RowIssue{rowNumber, rawId, why}; };
        const QString id = IdNumber::normalized(rawId);
        QString why;
        if (col[Id] >= 0 && table.isLossyNumber(r, col[Id])) {
            // Issue 11: a number cell keeps 15 significant digits; the ID may name someone else.
            reject(QCoreApplication::translate("RosterImporter", "the ID number was stored as a number, which keeps only 15 digits, so its last digits are lost: "
                   "format the column as text and type the ID number again"));
            continue;
        }
        if (!IdNumber::validate(id, &why)) {
            reject(why);
            continue;
        }
        if (firstRow.contains(id)) {
            reject(tr("duplicate ID number in the file (also in row %1)").arg(firstRow.value(id)));
            continue;
        }
        firstRow.insert(id, rowNumber);
        const auto person = registry.constFind(id);
        if (person == registry.constEnd()) {
            reject(tr("not in the staff registry"));
            continue;
        }
        if (person->name != cell(Name)) {
            reject(tr("the name %1 does not match the registry's %2 for this ID number").arg(cell(Name), person->name));
            continue;
        }
        if (person->status == QStringLiteral("离职")) {
            reject(tr("%1 has left the unit (离职)").arg(person->name));
            continue;
        }
        EventParticipant p;
        const bool known = onEvent.contains(person->id);
        if (known)
            p = onEvent.value(person->id);
        const EventParticipant before = p;
        p.eventId = m_eventId;
        p.staffId = person->id;
        p.name = person->name;
        p.idNumber = person->idNumber;
        p.status = person->status;
        const QString result = cell(Result);
        if (!result.isEmpty() || !known)
            p.result = result.isEmpty() ? QStringLiteral("合格") : result;
        if (!EventParticipant::results().contains(p.result)) {
            reject(tr("考试结果 %1 is not one of %2").arg(result, EventParticipant::results().join(QStringLiteral("、"))));
            continue;
        }
        if (col[Remark] >= 0)
            p.remark = cell(Remark);
        if (!cell(Days).isEmpty()) {
            bool ok = false;
            p.daysAttended = cell(Days).toDouble(&ok);
            if (!ok || p.daysAttended <= 0) {
                reject(tr("实际参加天数 %1 is not a positive number").arg(cell(Days)));
                continue;
            }
        }
        const CreditResult credit = EventActivities::credit(*set, event, p);
        if (!credit.ok()) {
            reject(credit.error);
            continue;
        }
        if (!cell(Hours).isEmpty()) {
            bool ok = false;
            const double hours = cell(Hours).toDouble(&ok);
            if (!ok || hours < 0) {
                reject(tr("培训学时 %1 is not a number").arg(cell(Hours)));
                continue;
            }
            if (p.credited() && !qFuzzyCompare(1 + hours, 1 + credit.hours))
                preview->warnings << tr("Row %1 (%2): 培训学时 %3 in the file, %4 credited by the rules (%5)")
                                         .arg(rowNumber)
                                         .arg(p.name, cell(Hours), ExportText::hours(credit.hours), credit.explanation);
        }
        const bool activityChanges = !known ? p.credited()
                                            : (before.credited() != p.credited()
                                               || (p.credited() && !qFuzzyCompare(1 + before.daysAttended, 1 + p.daysAttended)));
        if (activityChanges && locks.isLocked(p.staffId, event.year())) {
            reject(tr("the year %1 of %2 is submitted and locked").arg(event.year()).arg(p.name));
            continue;
        }
        if (!known)
            preview->toAdd << p;
        else if (sameValues(before, p))
            ++preview->unchanged;
        else
            preview->toChange << p;
    }
    return true;
}

bool ParticipantImporter::apply(const Preview &preview, QString *error) const
{
    if (!preview.ok()) {
        *error = tr("%1: %n row(s) failed; nothing was imported", nullptr, int(preview.errors.size())).arg(preview.sourceName);
        return false;
    }
    return EventRepository(m_db).applyParticipants(m_eventId, preview.toAdd, preview.toChange, error);
}

QString ParticipantImporter::summary(const Preview &preview)
{
    return tr("%1: %2 to add, %3 to change, %4 unchanged, %5 failed")
        .arg(preview.sourceName)
        .arg(preview.toAdd.size())
        .arg(preview.toChange.size())
        .arg(preview.unchanged)
        .arg(preview.errors.size());
}

QString ParticipantImporter::errorReport(const Preview &preview)
{
    QString out = QStringLiteral("行号\t证件号码\t失败原因\n");
    for (const RowIssue &e : preview.errors)
        out += QString::number(e.row) + QLatin1Char('\t') + e.idNumber + QLatin1Char('\t') + e.reason + QLatin1Char('\n');
    return out;
}
