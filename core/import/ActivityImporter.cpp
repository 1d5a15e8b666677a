#include "import/ActivityImporter.h"

#include "import/ActivityRowChecker.h"
#include "import/TableData.h"
#include "import/TableReader.h"
#include "import/XlsxReader.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ActivityRepository.h"

#include <QFileInfo>

QString ActivityImporter::RowIssue::location() const
{
    return sheet.isEmpty() ? QString::number(row) : sheet + QLatin1Char('!') + QString::number(row);
}

QString ActivityImporter::Row::location() const
{
    return sheet.isEmpty() ? QString::number(row) : sheet + QLatin1Char('!') + QString::number(row);
}

ActivityImporter::ActivityImporter(QSqlDatabase db, qint64 unitId) : m_db(std::move(db)), m_unitId(unitId) {}

const RuleSet *ActivityImporter::ruleSetFor(const RuleSetRegistry &registry, const QString &unitRuleSet, int year)
{
    const RuleSet *chosen = registry.find(unitRuleSet);
    if (!chosen)
        return nullptr;
    if (const RuleSet *inForce = registry.resolve(chosen->family(), year))
        return inForce;
    return chosen;
}

bool ActivityImporter::analyse(const QString &path, Preview *preview, QString *error) const
{
    QList<TableData> tables;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        // Every sheet: the template has one per kind.
        const QStringList names = XlsxReader::sheetNames(path, error);
        if (names.isEmpty())
            return false;
        for (const QString &name : names) {
            TableData t;
            if (!XlsxReader::read(path, &t, error, name) || !TableReader::checkCharacters(t, error))
                return false;
            tables << t;
        }
    } else {
        TableData t;
        if (!TableReader::read(path, &t, error))
            return false;
        tables << t;
    }
    return analyseTables(tables, preview, error);
}

bool ActivityImporter::analyseTables(const QList<TableData> &tables, Preview *preview, QString *error) const
{
    *preview = Preview();
    preview->sourceName = tables.isEmpty() ? QString() : tables.first().sourceName;
    ActivityRowChecker checker(m_db, m_unitId, m_registry ? *m_registry : RuleSetRegistry::embedded(), m_requireName);
    if (!checker.prepare(error))
        return false;
    const bool qualify = tables.size() > 1;
    int withHeader = 0;
    for (const TableData &t : tables) {
        if (checker.checkTable(t, qualify, preview))
            ++withHeader;
    }
    if (withHeader == 0) {
        if (error)
            *error = tr("%1: no sheet has a header row with the columns 身份证号码 and 姓名 in its first %2 rows")
                         .arg(preview->sourceName)
                         .arg(ActivityRowChecker::kHeaderSearchRows);
        return false;
    }
    return true;
}

bool ActivityImporter::apply(Preview &preview, QString *error) const
{
    if (!preview.ok()) {
        if (error)
            *error = tr("%1: %n row(s) failed validation; nothing was imported", nullptr, int(preview.errors.size()))
                         .arg(preview.sourceName);
        return false;
    }
    QList<Activity> activities;
    for (const Row &r : std::as_const(preview.rows))
        activities << r.activity;
    if (!ActivityRepository(m_db).insertMany(activities, error))
        return false;
    for (int i = 0; i < activities.size(); ++i)
        preview.rows[i].activity.id = activities.at(i).id;
    return true;
}

QString ActivityImporter::errorReport(const Preview &preview)
{
    QString out = QStringLiteral("行号\t证件号码\t失败原因\n");
    for (const RowIssue &e : preview.errors)
        out += e.location() + QLatin1Char('\t') + e.idNumber + QLatin1Char('\t') + e.reason + QLatin1Char('\n');
    return out;
}

QString ActivityImporter::creditReport(const Preview &preview)
{
    QString out = QStringLiteral("行号\t证件号码\t姓名\t年度\t类别\t名称\t学时\t说明\n");
    for (const Row &r : preview.rows)
        out += QStringList{r.location(), r.idNumber, r.name, QString::number(r.activity.year), r.kindLabel, r.activity.title,
                           QString::number(r.hours, 'g', 12), r.explanation}
                   .join(QLatin1Char('\t'))
            + QLatin1Char('\n');
    return out;
}

QString ActivityImporter::summary(const Preview &preview)
{
    double hours = 0;
    for (const Row &r : preview.rows)
        hours += r.hours;
    return tr("%1: %2 activities to add (%3 hours), %4 failed")
        .arg(preview.sourceName)
        .arg(preview.rows.size())
        .arg(QString::number(hours, 'g', 12))
        .arg(preview.errors.size());
}
