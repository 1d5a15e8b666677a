// ActivityRowChecker::checkRow: one row of an activity import, from its cells to a credited activity.
#include "import/ActivityRowChecker.h"

#include "domain/IdNumber.h"
#include "import/ActivityColumns.h"
#include "import/RosterColumns.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSetRegistry.h"

namespace {
QString cellOf(const QStringList &cells, int column)
{
    return column < 0 ? QString() : cells.value(column).trimmed();
}
}

void ActivityRowChecker::checkRow(const Sheet &sheet, const QStringList &cells, int rowNumber, ActivityImporter::Preview *preview)
{
    auto cell = [&](ActivityColumns::Common c) { return cellOf(cells, sheet.common.at(c)); };
    const QString rawId = cell(ActivityColumns::IdNumber);
    auto reject = [&](const QString &why) { preview->errors << ActivityImporter::RowIssue{sheet.name, rowNumber, rawId, why}; };
    auto head = [](ActivityColumns::Common c) { return ActivityColumns::header(c); };

    const QString id = IdNumber::normalized(rawId);
    QString why;
    if (!IdNumber::validate(id, &why))
        return reject(why);
    const auto found = m_staff.constFind(id);
    if (found == m_staff.constEnd())
        return reject(tr("no person with this ID number in the registry"));
    const Staff &person = found.value();
    const QString name = cell(ActivityColumns::Name);
    if (m_requireName && name.isEmpty())
        return reject(tr("%1 is empty").arg(head(ActivityColumns::Name)));
    if (!name.isEmpty() && name != person.name)
        return reject(tr("%1 \"%2\" does not match the registry (%3)").arg(head(ActivityColumns::Name), name, person.name));
    if (person.status == QStringLiteral("离职"))
        return reject(tr("%1 has left the unit (状态 离职)").arg(person.name));

    Activity a;
    a.staffId = person.id;
    for (auto c : {ActivityColumns::Start, ActivityColumns::End}) {
        const QString text = cell(c);
        const QDate d = RosterColumns::parseDate(text);
        if (!text.isEmpty() && !d.isValid())
            return reject(tr("%1: \"%2\" is not a date (write it as 2025-03-01)").arg(head(c), text));
        (c == ActivityColumns::Start ? a.startDate : a.endDate) = d;
    }
    if (a.startDate.isValid() && a.endDate.isValid() && a.endDate < a.startDate)
        return reject(tr("%1 is before %2").arg(head(ActivityColumns::End), head(ActivityColumns::Start)));
    const QString yearText = cell(ActivityColumns::Year).remove(QStringLiteral("年"));
    bool yearOk = false;
    a.year = yearText.toInt(&yearOk);
    if (yearText.isEmpty()) {
        const QDate d = a.endDate.isValid() ? a.endDate : a.startDate;
        yearOk = d.isValid();
        a.year = d.year();
    }
    if (!yearOk || a.year < 1990 || a.year > 2100)
        return reject(yearText.isEmpty() ? tr("%1 is empty (and there is no date to take it from)").arg(head(ActivityColumns::Year))
                                         : tr("%1: \"%2\" is not a year").arg(head(ActivityColumns::Year), yearText));
    const RuleSet *set = ActivityImporter::ruleSetFor(m_registry, m_unitRuleSet, a.year);
    if (!set)
        return reject(tr("no rule set applies to %1").arg(a.year));
    const QString kindText = sheet.common.at(ActivityColumns::Kind) >= 0 ? cell(ActivityColumns::Kind) : sheet.kindText;
    const ActivityKind *kind = ActivityColumns::kindFor(*set, kindText);
    if (!kind)
        return reject(kindText.isEmpty() ? tr("%1 is empty").arg(head(ActivityColumns::Kind))
                                         : tr("%1 \"%2\" is not an activity kind of %3 (see cehours-cli rules %4)")
                                               .arg(head(ActivityColumns::Kind), kindText, set->name(), set->id()));
    a.kind = kind->id;
    a.title = cell(ActivityColumns::Title);

    QJsonObject params;
    const QList<const FieldSpec *> &fieldOfColumn = columnsOf(sheet, set->id(), *kind);
    for (int i = 0; i < sheet.other.size(); ++i) {
        const auto &column = sheet.other.at(i);
        const QString value = cellOf(cells, column.first);
        const FieldSpec *field = fieldOfColumn.at(i);
        if (!field) {
            if (!value.isEmpty() && sheet.fieldColumns.contains(column.first))
                return reject(tr("column %1 is not a field of %2; leave it empty").arg(column.second, kind->label));
            continue;
        }
        if (value.isEmpty() || params.contains(field->name))
            continue;
        const QDate asDate = field->type == FieldSpec::Type::Date ? RosterColumns::parseDate(value) : QDate();
        params.insert(field->name, asDate.isValid() ? asDate.toString(Qt::ISODate) : value);
    }
    QString error;
    a.params = CreditCalculator::validatedParams(*kind, params, &error);
    if (!error.isEmpty())
        return reject(error);

    bool subjectOk = false;
    const QString subjectText = cell(ActivityColumns::Subject);
    a.subject = ActivityColumns::subjectIdFor(subjectText, &subjectOk);
    if (!subjectOk)
        return reject(tr("%1: \"%2\" is not 公需科目 or 专业科目").arg(head(ActivityColumns::Subject), subjectText));
    if (kind->subject != SubjectPolicy::PersonChooses && !a.subject.isEmpty()) {
        const Subject fixed = kind->subject == SubjectPolicy::Public ? Subject::Public : Subject::Professional;
        if (a.subject != subjectId(fixed))
            return reject(tr("%1 is always %2 under %3").arg(kind->label, subjectLabel(fixed), set->name()));
    }
    const CreditResult credit = CreditCalculator::calculate(*set, ActivityInput::fromActivity(a));
    if (!credit.ok())
        return reject(credit.error);
    a.subject = subjectId(credit.subject);
    if (isLocked(a.staffId, a.year))
        return reject(tr("the year %1 of %2 has been submitted and is locked").arg(a.year).arg(person.name));

    const QString key = duplicateKey(a);
    const QString here = ActivityImporter::RowIssue{sheet.name, rowNumber, {}, {}}.location();
    if (m_firstRowOfKey.contains(key))
        return reject(tr("duplicate: the same activity as row %1").arg(m_firstRowOfKey.value(key)));
    if (const qint64 stored = storedDuplicate(key, a.staffId, a.year))
        return reject(tr("duplicate: already recorded (activity %1)").arg(stored));
    m_firstRowOfKey.insert(key, here);

    ActivityImporter::Row row;
    row.sheet = sheet.name;
    row.row = rowNumber;
    row.idNumber = id;
    row.name = person.name;
    row.ruleSetId = set->id();
    row.kindLabel = kind->label;
    row.activity = a;
    row.hours = credit.hours;
    row.explanation = credit.explanation;
    if (!credit.creditable && !credit.reason.isEmpty() && !row.explanation.contains(credit.reason))
        row.explanation += QStringLiteral("（") + credit.reason + QStringLiteral("）");
    // What the engine set aside or derived (a typed figure not used, a length taken from the dates) is
    // said in the preview, before anything is written.
    for (const QString &warning : credit.warnings)
        row.explanation += QStringLiteral("；注意：") + warning;
    preview->rows << row;
}
