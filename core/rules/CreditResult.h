#pragma once
#include "rules/Subject.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Public API (rules engine) — the credit of one activity (CreditCalculator::calculate).
//
//   ok()          no error; when !ok(), `error` says why (unknown kind, missing field, rank 0 …) and
//                 hours is 0 and must not be used
//   hours         学时 credited for this activity alone (before yearly policies/caps)
//   fullYear      the clause says "视同完成年度全部学时": the year's whole requirement is met; hours then
//                 holds the requirement total (or the figure the clause gives)
//   creditable    false when the clause gives nothing for these parameters (e.g. rank beyond the
//                 credited places, no learning archive); hours is 0 and `reason` says why
//   subject       the subject the hours go to (the kind's fixed subject or the person's choice)
//   explanation   one line of Chinese naming the clause, e.g.
//                 "发明专利第2名：50−3×1=47（皖人社秘〔2025〕109号 第十二条（一））"
//   clause        the citation alone; kindId/kindLabel; params = the validated, typed parameters
//   warnings      what the calculation ignored or derived (Chinese): a subject given for a kind whose
//                 subject is fixed, a months value overridden by the dates … (shown by CLI, import, form)
struct CreditResult
{
    QString error;
    double hours = 0;
    bool fullYear = false;
    bool creditable = true;
    QString reason;
    Subject subject = Subject::None;
    QString kindId;
    QString kindLabel;
    QString clause;
    QString explanation;
    QJsonObject params;
    QStringList warnings;

    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};
