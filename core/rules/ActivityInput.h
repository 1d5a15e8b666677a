#pragma once
#include "rules/Subject.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

struct Activity;

// Public API (rules engine) — one activity to be credited.
//
//   kind        the rule set's kind id ("patent")
//   year        the year the activity is credited to (结项/授权/获奖/发表 year …)
//   params      field values by FieldSpec::name; JSON numbers/bools/strings, or CSV text (coerced)
//   subject     chosen subject (Subject::None = not chosen; required when the kind lets the person choose
//               and has no default)
//   id, person, personName, title   optional, echoed in results (person = 身份证号码 or any key)
//   date        completion date (optional; checked against Completed deadlines)
//   startDate   start date (optional; with date it gives the length a "duration" kind keys on)
//   declaredOn  declaration date (optional; checked against Declared deadlines, e.g. Henan 12-30)
//
//   static ActivityInput fromJson(const QJsonObject &o)   keys: id, person, name, year, kind, subject,
//        title, startDate, date, declaredOn, params (same names as domain/Activity::toJson where they overlap)
//   static ActivityInput fromActivity(const Activity &a)  from the stored activity (dates: endDate)
//   QJsonObject toJson() const
struct ActivityInput
{
    QString id;
    QString person;
    QString personName;
    int year = 0;
    QString kind;
    QJsonObject params;
    Subject subject = Subject::None;
    QString title;
    QDate date;
    QDate startDate;
    QDate declaredOn;

    static ActivityInput fromJson(const QJsonObject &o);
    static ActivityInput fromActivity(const Activity &a);
    QJsonObject toJson() const;
};
