#pragma once
#include "domain/Activity.h"
#include "events/EventParticipant.h"
#include "export/ExportData.h"
#include "export/PrintForms.h"
#include "export/RegistrationRecord.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class RuleSet;
struct YearResult;

// The adapter between the registry (storage) + rules engine and the exporters/forms: fills the plain
// rows (PersonYearRow, ActivityRow) with the engine's per-person-year figures and explanations.
class ExportSource
{
public:
    explicit ExportSource(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Selection
    {
        QStringList idNumbers;   // empty = everybody 在职, plus anyone with activities in the years
        QString department;      // empty = all departments
    };

    // Person-years and activities for [fromYear, toYear] under the unit's rule set (the set of its
    // family in force for each year). Problems of a person-year go to PersonYearRow::errors.
    bool load(int fromYear, int toYear, const Selection &selection, ExportDataSet *out, QString *error) const;
    // The same rows one person-year at a time, in the same order (people by department, name, id; then
    // year), without holding them: the sink gets each person-year's row, its activity rows and the
    // engine's result; returning false stops (and forEachPersonYear returns false, *error untouched).
    using PersonYearSink = std::function<bool(const PersonYearRow &, const QList<ActivityRow> &, const YearResult &)>;
    // `progress`, when given, is called after each person with (people done, people selected); returning
    // false stops like the sink.
    using PeopleProgress = std::function<bool(int done, int total)>;
    bool forEachPersonYear(int fromYear, int toYear, const Selection &selection, const PersonYearSink &sink,
                           QString *error, const PeopleProgress &progress = {}) const;

    // 汇总表 printed from a training event: its theme and dates, every participant (sortForSheet), 技术职称
    // (title, else title level), the credited 培训学时 (0 when not credited), the real 考试结果 and 备注.
    bool summarySheet(qint64 eventId, SummarySheet *out, QString *error) const;
    // Order of the sheet: the order entered/imported (position), ties by department then name in
    // pinyin order (QCollator zh_CN).
    static void sortForSheet(QList<EventParticipant> &people);
    // 学时认定单 per person for [fromYear, toYear]; people with no activity in the range are left out
    // unless selected by ID number. Each is entered in the CertificateRegister (a write): its number
    // and date are the register's, the same on every reprint.
    bool certificates(int fromYear, int toYear, const Selection &selection, QList<Certificate> *out, QString *error) const;
    // 继续教育登记表 per person for [fromYear, toYear]: the activities in date order; people ordered by
    // department then name; people with no activity are left out unless selected by ID number.
    bool registrationRecords(int fromYear, int toYear, const Selection &selection, QList<RegistrationRecord> *out,
                             QString *error) const;
    // The unit's yearly compliance report.
    bool complianceReport(int year, const Selection &selection, ComplianceReport *out, QString *error) const;

    // The unit (first unit of the registry).
    bool unit(Unit *out, QString *error) const;
    // The rule set for the unit in a year, or nullptr with *error.
    static const RuleSet *ruleSetFor(const Unit &unit, int year, QString *error);

    // Pure conversion of one engine result (tests and other callers that credit in memory).
    static PersonYearRow personYear(const PersonInfo &person, const YearResult &result);
    static QList<ActivityRow> activityRows(const PersonInfo &person, const YearResult &result,
                                           const QList<Activity> &activities);
    // 继续教育形式 of an activity: the label of its "form" or "mode" parameter when the rule set's kind
    // declares one (e.g. Henan 学习方式: 线上学习 / 线下面授), else the kind's label.
    static QString formOf(const QString &ruleSetId, const QString &kindId, const QJsonObject &params,
                          const QString &kindLabel);

private:
    bool loadImpl(int fromYear, int toYear, const Selection &selection, ExportDataSet *out,
                  QHash<QString, QList<YearResult>> *results, QString *error) const;
    QSqlDatabase m_db;
};
