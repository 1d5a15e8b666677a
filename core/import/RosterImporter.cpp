#include "import/RosterImporter.h"

#include "domain/IdNumber.h"
#include "export/FormulaGuard.h"
#include "import/RosterColumns.h"
#include "import/TableData.h"
#include "import/TableReader.h"
#include "storage/StaffRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

constexpr int kHeaderSearchRows = 10;
// The ID text kept in an error report (a hostile cell may hold 32,767 characters).
constexpr int kReportedIdChars = 40;

// 3.40104198904303E+17: what a number cell holding an ID looks like in CSV (or as text).
bool isScientificNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?\\d+(\\.\\d*)?[eE][+-]?\\d+$"));
    return text.size() < 40 && pattern.match(text).hasMatch();
}

// The first field (in column order) whose cell is longer than the field allows, or -1.
int overlongField(const QStringList &cells, const QList<int> &fieldColumn)
{
    for (int f = 0; f < RosterColumns::FieldCount; ++f) {
        const int c = fieldColumn.at(f);
        if (c >= 0 && cells.value(c).trimmed().size() > RosterColumns::maxLength(RosterColumns::Field(f)))
            return f;
    }
    return -1;
}

// Copies a non-empty cell of the file into the record.
void assignFields(Staff &s, const QStringList &cells, const QList<int> &fieldColumn)
{
    auto take = [&](RosterColumns::Field f, QString &target) {
        const int c = fieldColumn.at(f);
        if (c < 0)
            return;
        const QString v = cells.value(c).trimmed();
        if (!v.isEmpty())
            target = v;
    };
    take(RosterColumns::IdNumber, s.idNumber);
    take(RosterColumns::Name, s.name);
    take(RosterColumns::Gender, s.gender);
    take(RosterColumns::Ethnicity, s.ethnicity);
    take(RosterColumns::Department, s.department);
    take(RosterColumns::Title, s.title);
    take(RosterColumns::TitleLevel, s.titleLevel);
    take(RosterColumns::TitleSeries, s.titleSeries);
    take(RosterColumns::SubSpecialty, s.subSpecialty);
    take(RosterColumns::TitleSought, s.titleSought);
    take(RosterColumns::Education, s.education);
    take(RosterColumns::Phone, s.phone);
    take(RosterColumns::Status, s.status);
}

// The report is opened in Excel: no tabs/line breaks inside a field, no formula (FormulaGuard).
QString reportField(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return FormulaGuard::neutralized(text);
}

// The fields Staff::toJson holds (what the audit row would show), compared directly: a null and an
// empty text are the same there, as QString's == has it; invalid dates are equal.
bool sameRecord(const Staff &a, const Staff &b)
{
    return a.id == b.id && a.idNumber == b.idNumber && a.name == b.name && a.gender == b.gender && a.ethnicity == b.ethnicity
        && a.department == b.department && a.title == b.title && a.titleLevel == b.titleLevel && a.titleSeries == b.titleSeries
        && a.subSpecialty == b.subSpecialty && a.titleSought == b.titleSought && a.education == b.education && a.phone == b.phone
        && a.joinedOn == b.joinedOn && a.status == b.status && a.birthDate == b.birthDate;
}
} // namespace

RosterImporter::RosterImporter(QSqlDatabase db, qint64 unitId) : m_db(std::move(db)), m_unitId(unitId) {}

bool RosterImporter::analyse(const QString &path, Preview *preview, QString *error) const
{
    TableData table;
    if (!TableReader::read(path, &table, error))
        return false;
    return analyseTable(table, preview, error);
}

bool RosterImporter::analyseTable(const TableData &table, Preview *preview, QString *error) const
{
    *preview = Preview();
    preview->sourceName = table.sourceName;

    // The header is the first row (of the first few) naming both the ID number and the name:
    // a title line such as "XX单位专业技术人员名册" may stand above it.
    QList<int> fieldColumn(RosterColumns::FieldCount, -1);
    int headerIndex = -1;
    for (int r = 0; r < qMin(kHeaderSearchRows, int(table.rows.size())) && headerIndex < 0; ++r) {
        QList<int> columns(RosterColumns::FieldCount, -1);
        const QStringList &cells = table.rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const int f = RosterColumns::fieldForHeader(cells.at(c));
            if (f >= 0 && columns[f] < 0)
                columns[f] = c;
        }
        if (columns[RosterColumns::IdNumber] >= 0 && columns[RosterColumns::Name] >= 0) {
            headerIndex = r;
            fieldColumn = columns;
            for (int c = 0; c < cells.size(); ++c) {
                if (!cells.at(c).trimmed().isEmpty() && !fieldColumn.contains(c))
                    preview->ignoredColumns << cells.at(c).trimmed();
            }
        }
    }
    if (headerIndex < 0) {
        if (error)
            *error = tr("%1: no header row with the columns %2 and %3 in the first %4 rows")
                         .arg(table.sourceName, RosterColumns::header(RosterColumns::IdNumber),
                              RosterColumns::header(RosterColumns::Name))
                         .arg(kHeaderSearchRows);
        return false;
    }
    preview->headerRow = headerIndex + 1;

    StaffRepository repo(m_db);
    // The unit's registry, read once: a re-import of thousands of rows compares against it.
    QHash<QString, Staff> existing;
    for (const Staff &person : repo.list(m_unitId))
        existing.insert(person.idNumber, person);
    QHash<QString, int> firstRowOfId;
    for (int r = headerIndex + 1; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        const int rowNumber = r + 1;
        const int idColumn = fieldColumn[RosterColumns::IdNumber];
        const QString rawId = cells.value(idColumn).trimmed();
        auto reject = [&](const QString &why) { preview->errors << RowIssue{rowNumber, rawId.left(kReportedIdChars), why}; };

        const QString id = IdNumber::normalized(rawId);
        QString why;
        if (table.isLossyNumber(r, idColumn) || isScientificNumber(id)) {
            // A number cell keeps 15 significant digits: 3.40104198904303E+17 arrives as
            // 340104198904303000. Even when that passes the check digit it names someone else.
            reject(tr("the ID number was stored as a number, which keeps only 15 digits, so its last digits are lost: "
                      "format the column as text and type the ID number again"));
            continue;
        }
        const int tooLong = overlongField(cells, fieldColumn);
        if (tooLong >= 0) {
            const auto field = RosterColumns::Field(tooLong);
            reject(tr("%1: the text has %2 characters, more than the %3 this field may hold")
                       .arg(RosterColumns::header(field))
                       .arg(cells.value(fieldColumn.at(field)).trimmed().size())
                       .arg(RosterColumns::maxLength(field)));
            continue;
        }
        if (!IdNumber::validate(id, &why)) {
            // Excel keeps 15 significant digits of a number: an ID typed into a number cell
            // arrives as 340104199001011000. Say so, since retyping as text is the fix.
            if (id.size() == 18 && id.endsWith(QLatin1String("000")) && id.count(QRegularExpression(QStringLiteral("\\d"))) == 18)
                why += tr(" (the cell was probably stored as a number, which keeps only 15 digits: "
                          "format the column as text and type the ID number again)");
            reject(why);
            continue;
        }
        if (!IdNumber::validateBirthDate(id, Clock::current().today(), &why)) {
            reject(why);
            continue;
        }
        if (firstRowOfId.contains(id)) {
            reject(tr("duplicate ID number in the file (also in row %1)").arg(firstRowOfId.value(id)));
            continue;
        }
        firstRowOfId.insert(id, rowNumber);

        Staff s;
        const auto found = existing.constFind(id);
        const bool known = found != existing.constEnd();
        if (known)
            s = found.value();
        const Staff before = s;
        assignFields(s, cells, fieldColumn);
        s.idNumber = id;
        s.unitId = m_unitId;
        const int joinedColumn = fieldColumn[RosterColumns::JoinedOn];
        const QString joinedText = cells.value(joinedColumn).trimmed();
        if (joinedColumn >= 0 && !joinedText.isEmpty()) {
            s.joinedOn = RosterColumns::parseDate(joinedText);
            if (!s.joinedOn.isValid()) {
                reject(tr("%1: %2 is not a date (write it as 2020-07-01)").arg(RosterColumns::header(RosterColumns::JoinedOn), joinedText));
                continue;
            }
        }
        if (!StaffRepository::prepare(s, &why)) {
            reject(why);
            continue;
        }
        if (!known)
            preview->toAdd << s;
        else if (sameRecord(before, s))
            ++preview->unchanged;
        else
            preview->toUpdate << s;
    }
    return true;
}

bool RosterImporter::apply(Preview &preview, QString *error) const
{
    if (!preview.ok()) {
        if (error)
            *error = QCoreApplication::translate("RosterImporter", "%1: %n row(s) failed validation; nothing was imported",
                                                 nullptr, int(preview.errors.size()))
                         .arg(preview.sourceName);
        return false;
    }
    return StaffRepository(m_db).applyBatch(preview.toAdd, preview.toUpdate, error);
}

QString RosterImporter::errorReport(const Preview &preview)
{
    QString out = tr("Row") + QLatin1Char('\t') + tr("ID number") + QLatin1Char('\t') + tr("Reason") + QLatin1Char('\n');
    for (const RowIssue &e : preview.errors)
        out += QString::number(e.row) + QLatin1Char('\t') + reportField(e.idNumber) + QLatin1Char('\t') + reportField(e.reason)
            + QLatin1Char('\n');
    return out;
}

QString RosterImporter::summary(const Preview &preview)
{
    return tr("%1: %2 to add, %3 to update, %4 unchanged, %5 failed")
        .arg(preview.sourceName)
        .arg(preview.toAdd.size())
        .arg(preview.toUpdate.size())
        .arg(preview.unchanged)
        .arg(preview.errors.size());
}
