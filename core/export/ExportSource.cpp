#include "export/ExportSource.h"

#include "export/PersonYearStream.h"

#include "domain/Activity.h"
#include "events/EventActivities.h"
#include "events/EventRepository.h"
#include "rules/ActivityInput.h"
#include "rules/ActivityKind.h"
#include "rules/CreditCalculator.h"
#include "rules/CycleCheck.h"
#include "rules/RuleSet.h"
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"
#include "storage/ActivityRepository.h"
#include <QCollator>
#include <algorithm>
#include "storage/CertificateRegister.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearSeal.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

bool ExportSource::unit(Unit *out, QString *error) const
{
    UnitRepository units(m_db);
    QString e;
    if (!units.first(out, &e)) {
        *error = e.isEmpty() ? QCoreApplication::translate("export", "The registry has no unit yet (run init with the unit's details)") : e;
        return false;
    }
    return true;
}

const RuleSet *ExportSource::ruleSetFor(const Unit &unit, int year, QString *error)
{
    const RuleSetRegistry &reg = RuleSetRegistry::embedded();
    const RuleSet *set = reg.find(unit.ruleSet);
    if (!set) {
        *error = unit.ruleSet.isEmpty() ? QCoreApplication::translate("export", "The unit has no rule set; choose one in the unit's settings")
                                        : QCoreApplication::translate("export", "Unknown rule set %1").arg(unit.ruleSet);
        return nullptr;
    }
    if (!set->appliesTo(year)) {
        if (const RuleSet *other = reg.resolve(set->family(), year))
            return other;
    }
    return set;
}

QString ExportSource::formOf(const QString &ruleSetId, const QString &kindId, const QJsonObject &params,
                             const QString &kindLabel)
{
    const RuleSet *set = RuleSetRegistry::embedded().find(ruleSetId);
    const ActivityKind *kind = set ? set->kind(kindId) : nullptr;
    for (const QString &name : {QStringLiteral("form"), QStringLiteral("mode")}) {
        if (!params.contains(name))
            continue;
        const FieldSpec *field = kind ? kind->field(name) : nullptr;
        const QString text = field ? field->displayValue(params.value(name)) : params.value(name).toString();
        if (!text.isEmpty())
            return text;
    }
    return kindLabel;
}

PersonYearRow ExportSource::personYear(const PersonInfo &person, const YearResult &y)
{
    PersonYearRow r;
    r.person = person;
    r.year = y.year;
    r.publicHours = y.publicHours;
    r.professionalHours = y.professionalHours;
    r.totalHours = y.total;
    r.requiredTotal = std::max(0.0, y.requirement.total);
    r.requiredPublic = std::max(0.0, y.requirement.publicMin);
    r.requiredProfessional = std::max(0.0, y.requirement.professionalMin);
    r.compliant = y.compliant;
    r.shortfallPublic = y.shortfallPublic;
    r.shortfallProfessional = y.shortfallProfessional;
    r.shortfallTotal = y.shortfallTotal;
    r.activityCount = int(y.items.size());
    // One 继续教育形式 per subject-year (the Hunan declaration's detail row): the portal value of the
    // kinds (rule set "portalForm"), the one that contributed the most hours; the first on a tie.
    QStringList order[2];
    QHash<QString, double> hoursByForm[2];
    const RuleSet *set = RuleSetRegistry::embedded().find(y.ruleSetId);
    for (const YearItem &item : y.items) {
        if (!item.counted || item.countedHours <= 0 || item.credit.subject == Subject::None)
            continue;
        const ActivityKind *kind = set ? set->kind(item.input.kind) : nullptr;
        const QString form = kind && !kind->portalForm.isEmpty()
            ? kind->portalForm : formOf(y.ruleSetId, item.input.kind, item.input.params, item.credit.kindLabel);
        const int s = item.credit.subject == Subject::Public ? 0 : 1;
        if (!order[s].contains(form))
            order[s] << form;
        hoursByForm[s][form] += item.countedHours;
    }
    for (int s = 0; s < 2; ++s) {
        QString best;
        for (const QString &f : order[s])
            if (best.isEmpty() || hoursByForm[s][f] > hoursByForm[s][best] + 1e-9)
                best = f;
        (s == 0 ? r.publicForm : r.professionalForm) = best;
    }
    for (const YearItem &item : y.items) {
        if (!item.counted || item.countedHours <= 0)
            continue;
        const QString name = item.input.title.isEmpty() ? item.credit.kindLabel : item.input.title;
        const QString form = formOf(y.ruleSetId, item.input.kind, item.input.params, item.credit.kindLabel);
        if (item.credit.subject == Subject::Public) {
            r.publicNames << name;
            r.publicForms << form;
        } else if (item.credit.subject == Subject::Professional) {
            r.professionalNames << name;
            r.professionalForms << form;
        }
    }
    r.errors = y.errors();
    if (!y.compliant)
        r.note = y.verdictText();
    return r;
}

QList<ActivityRow> ExportSource::activityRows(const PersonInfo &person, const YearResult &y,
                                              const QList<Activity> &activities)
{
    // By id: the activity whose QString::number(id) is the item's id (the last of equal ids).
    QHash<qint64, const Activity *> byId;
    for (const Activity &a : activities)
        byId.insert(a.id, &a);
    auto activityOf = [&byId](const QString &id) -> const Activity * {
        bool ok = false;
        const qint64 n = id.toLongLong(&ok);
        return ok && QString::number(n) == id ? byId.value(n) : nullptr;
    };
    QList<ActivityRow> rows;
    for (const YearItem &item : y.items) {
        ActivityRow r;
        r.person = person;
        r.year = item.input.year;
        r.title = item.input.title;
        r.kind = item.input.kind;
        r.kindLabel = item.credit.kindLabel.isEmpty() ? item.input.kind : item.credit.kindLabel;
        r.subject = subjectId(item.credit.subject);
        r.hours = item.countedHours;
        r.counted = item.counted;
        r.explanation = item.credit.ok() ? item.credit.explanation : item.credit.error;
        if (!item.reason.isEmpty())
            r.explanation += QStringLiteral("；") + item.reason;
        r.reason = item.credit.ok() ? item.reason : item.credit.error;
        for (const char *k : {"organizer", "organiser", "host"})
            if (r.organizer.isEmpty())
                r.organizer = item.input.params.value(QLatin1String(k)).toString().trimmed();
        const QJsonValue exam = item.input.params.value(QStringLiteral("examResult"));
        const QJsonValue assessed = item.credit.params.value(QStringLiteral("assessed"));
        r.examResult = exam.isString() ? exam.toString().trimmed()
                     : assessed.isBool() ? (assessed.toBool() ? QStringLiteral("合格") : QStringLiteral("不合格")) : QString();
        if (const Activity *a = activityOf(item.input.id)) {
            r.startDate = a->startDate;
            r.endDate = a->endDate;
            r.status = a->status;
            r.form = formOf(y.ruleSetId, item.input.kind, item.input.params, r.kindLabel);
        } else {
            r.form = formOf(y.ruleSetId, item.input.kind, item.input.params, r.kindLabel);
            r.endDate = item.input.date;
        }
        rows << r;
    }
    return rows;
}

bool ExportSource::load(int fromYear, int toYear, const Selection &selection, ExportDataSet *out, QString *error) const
{
    return loadImpl(fromYear, toYear, selection, out, nullptr, error);
}

bool ExportSource::loadImpl(int fromYear, int toYear, const Selection &selection, ExportDataSet *out,
                            QHash<QString, QList<YearResult>> *results, QString *error) const
{
    ExportDataSet data;
    const bool ok = forEachPersonYear(
        fromYear, toYear, selection,
        [&](const PersonYearRow &row, const QList<ActivityRow> &activities, const YearResult &y) {
            if (results)
                (*results)[row.person.staff.idNumber] << y;
            data.people << row;
            data.activities << activities;
            return true;
        },
        error);
    if (ok)
        *out = data;
    return ok;
}

bool ExportSource::forEachPersonYear(int fromYear, int toYear, const Selection &selection, const PersonYearSink &sink,
                                     QString *error, const PeopleProgress &progress) const
{
    Unit u;
    if (!unit(&u, error))
        return false;
    QList<const RuleSet *> sets(toYear - fromYear + 1, nullptr); // looked up when first needed
    StaffRepository staffRepo(m_db);
    const QList<Staff> staff = staffRepo.list(u.id);
    const QSet<QString> wanted(selection.idNumbers.cbegin(), selection.idNumbers.cend());
    QSet<QString> found;
    for (const Staff &s : staff)
        if (wanted.contains(s.idNumber))
            found.insert(s.idNumber);
    QStringList unknown;
    for (const QString &id : selection.idNumbers)
        if (!found.contains(id))
            unknown << id;
    if (!unknown.isEmpty()) {
        *error = QCoreApplication::translate("export", "Not in the registry: %1").arg(unknown.join(QStringLiteral(", ")));
        return false;
    }
    // A submitted (locked) year shows the person as declared, not as the registry has it now.
    const QHash<qint64, Staff> declared = YearSeal::declaredPeople(m_db, fromYear, toYear);
    PersonYearStream stream(m_db);
    QHash<int, PersonYearStream::Year> years;
    QList<const Staff *> chosen;
    for (const Staff &s : staff)
        if ((wanted.isEmpty() || wanted.contains(s.idNumber)) && (selection.department.isEmpty() || s.department == selection.department))
            chosen << &s;
    const int selected = int(chosen.size());
    int done = 0;
    for (int i = 0; i < selected; ++i) {
        const Staff &s = *chosen.at(i);
        if (progress && done > 0 && !progress(done, selected))
            return false;
        ++done;
        if (i % PersonYearStream::kPrefetch == 0) {   // the next people's activities in one query
            QList<qint64> ids;
            for (int k = i; k < std::min(selected, i + PersonYearStream::kPrefetch); ++k)
                ids << chosen.at(k)->id;
            if (!stream.prefetch(ids, fromYear, toYear, error))
                return false;
        }
        if (!stream.read(s.id, fromYear, toYear, &years, error))
            return false;
        PersonInfo person;
        person.staff = s;
        person.unit = u;
        for (int year = fromYear; year <= toYear; ++year) {
            const PersonYearStream::Year acts = years.value(year);
            if (selection.idNumbers.isEmpty() && acts.activities.isEmpty() && s.status != QStringLiteral("在职"))
                continue;
            const RuleSet *&set = sets[year - fromYear];
            if (!set && !(set = ruleSetFor(u, year, error)))
                return false;
            person.staff = declared.value(YearSeal::key(s.id, year), s);
            QList<ActivityInput> inputs;
            inputs.reserve(acts.activities.size());
            for (const Activity &a : acts.activities) {
                ActivityInput in = ActivityInput::fromActivity(a);
                in.person = person.staff.idNumber;
                in.personName = person.staff.name;
                inputs << in;
            }
            const YearResult y = stream.aggregate(*set, year, inputs, acts.paramsText);
            if (!sink(personYear(person, y), activityRows(person, y, acts.activities), y))
                return false;
        }
    }
    return !progress || progress(done, selected);
}

bool ExportSource::summarySheet(qint64 eventId, SummarySheet *out, QString *error) const
{
    Unit u;
    if (!unit(&u, error))
        return false;
    TrainingEvent event;
    EventRepository events(m_db);
    if (!events.byId(eventId, &event)) {
        *error = QCoreApplication::translate("export", "Training event %1 does not exist").arg(eventId);
        return false;
    }
    const RuleSet *set = ruleSetFor(u, event.year(), error);
    if (!set)
        return false;
    // A locked year prints the people as declared (the declaration's snapshot), not as they are now.
    const QHash<qint64, Staff> declared = YearSeal::declaredPeople(m_db, event.year(), event.year());
    SummarySheet sheet;
    sheet.reportingUnit = u.name;
    sheet.theme = event.title;
    sheet.from = event.startDate;
    sheet.to = event.endDate;
    sheet.contactPerson = u.contactPerson;
    sheet.contactPhone = u.contactPhone;
    QList<EventParticipant> people = events.participants(eventId);
    sortForSheet(people);
    QStringList problems;
    for (EventParticipant p : people) {
        const auto snapshot = declared.constFind(YearSeal::key(p.staffId, event.year()));
        if (snapshot != declared.cend()) {
            p.name = snapshot->name;
            p.idNumber = snapshot->idNumber;
            p.department = snapshot->department;
            p.title = snapshot->title;
            p.titleLevel = snapshot->titleLevel;
        }
        const CreditResult c = EventActivities::credit(*set, event, p);
        if (!c.ok()) {
            problems << QStringLiteral("%1 %2: %3").arg(p.name, p.idNumber, c.error);
            continue;
        }
        SummarySheetRow row;
        row.name = p.name;
        row.unit = u.name;
        row.idNumber = p.idNumber;
        row.title = p.title.isEmpty() ? p.titleLevel : p.title;
        row.hours = ExportText::hours(c.hours);
        row.examResult = p.result;
        row.remark = p.remark;
        sheet.rows << row;
    }
    if (!problems.isEmpty()) {
        *error = QCoreApplication::translate("export", "Participants with errors:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        return false;
    }
    *out = sheet;
    return true;
}

void ExportSource::sortForSheet(QList<EventParticipant> &people)
{
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(people.begin(), people.end(), [&pinyin](const EventParticipant &a, const EventParticipant &b) {
        if (a.position != b.position)
            return a.position < b.position;
        if (a.department != b.department)
            return pinyin.compare(a.department, b.department) < 0;
        return pinyin.compare(a.name, b.name) < 0;
    });
}

bool ExportSource::certificates(int fromYear, int toYear, const Selection &selection, QList<Certificate> *out,
                                QString *error) const
{
    ExportDataSet data;
    QHash<QString, QList<YearResult>> results;
    if (!loadImpl(fromYear, toYear, selection, &data, &results, error))
        return false;
    Unit u;
    if (!unit(&u, error))
        return false;
    const RuleSet *set = ruleSetFor(u, toYear, error);
    if (!set)
        return false;
    QList<Certificate> list;
    QHash<QString, int> index;
    for (const PersonYearRow &r : data.people) {
        const QString key = r.person.staff.idNumber;
        if (!index.contains(key)) {
            Certificate c;
            c.person = r.person;
            c.fromYear = fromYear;
            c.toYear = toYear;
            index.insert(key, int(list.size()));
            list << c;
        }
        list[index.value(key)].years << r;
    }
    // Without an explicit selection, only people who studied in the range get a sheet.
    QSet<QString> active;
    for (const ActivityRow &a : data.activities)
        active.insert(a.person.staff.idNumber);
    QList<Certificate> result;
    for (const Certificate &c : list) {
        if (selection.idNumbers.isEmpty() && !active.contains(c.person.staff.idNumber))
            continue;
        Certificate cc = c;
        // The engine's multi-year verdict (carry-over, yearly averages, no cramming) over the range.
        const CycleResult cycle = CycleCheck::check(*set, results.value(c.person.staff.idNumber), fromYear, toYear);
        if (cycle.error.isEmpty()) {
            cc.hasCycle = true;
            cc.cycleCompliant = cycle.compliant;
            for (const CycleYear &cy : cycle.years)
                cc.compliantYears.insert(cy.year, cy.compliant);
            static const QRegularExpression perYear(QStringLiteral("^\\d{4}年："));
            for (const QString &line : cycle.explanation)
                if (!perYear.match(line).hasMatch())
                    cc.cycleNotes << line;
        }
        // The number comes from the register of issued 认定单: unique, and the same on a reprint.
        CertificateRegister::Entry issued;
        if (!CertificateRegister(m_db).issue(c.person.staff.idNumber, fromYear, toYear, &issued, error))
            return false;
        cc.number = issued.number;
        cc.issuedOn = issued.issuedOn;
        result << cc;
    }
    *out = result;
    return true;
}

bool ExportSource::registrationRecords(int fromYear, int toYear, const Selection &selection,
                                       QList<RegistrationRecord> *out, QString *error) const
{
    ExportDataSet data;
    if (!load(fromYear, toYear, selection, &data, error))
        return false;
    QList<RegistrationRecord> list;
    QHash<QString, int> index;
    for (const PersonYearRow &r : data.people) {
        const QString key = r.person.staff.idNumber;
        if (index.contains(key))
            continue;
        RegistrationRecord rec;
        rec.person = r.person;
        rec.fromYear = fromYear;
        rec.toYear = toYear;
        index.insert(key, int(list.size()));
        list << rec;
    }
    for (const ActivityRow &a : data.activities) {
        const QString key = a.person.staff.idNumber;
        if (!index.contains(key)) {
            RegistrationRecord rec;
            rec.person = a.person;
            rec.fromYear = fromYear;
            rec.toYear = toYear;
            index.insert(key, int(list.size()));
            list << rec;
        }
        list[index.value(key)].activities << a;
    }
    QList<RegistrationRecord> result;
    for (RegistrationRecord &r : list) {
        if (selection.idNumbers.isEmpty() && r.activities.isEmpty())
            continue;
        RegistrationForm::sortByDate(&r.activities);
        result << r;
    }
    // Batch by department: department, then name (Chinese collation), then ID number.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(result.begin(), result.end(), [&collator](const RegistrationRecord &a, const RegistrationRecord &b) {
        const Staff &x = a.person.staff, &y = b.person.staff;
        if (x.department != y.department)
            return collator.compare(x.department, y.department) < 0;
        if (x.name != y.name)
            return collator.compare(x.name, y.name) < 0;
        return x.idNumber < y.idNumber;
    });
    *out = result;
    return true;
}

bool ExportSource::complianceReport(int year, const Selection &selection, ComplianceReport *out, QString *error) const
{
    ExportDataSet data;
    if (!load(year, year, selection, &data, error))
        return false;
    ComplianceReport r;
    if (!unit(&r.unit, error))
        return false;
    const RuleSet *set = ruleSetFor(r.unit, year, error);
    if (!set)
        return false;
    r.year = year;
    r.ruleSetName = set->name();
    r.people = data.people;
    *out = r;
    return true;
}
