#pragma once
#include <QString>

// Public API (rules engine) — subjects of continuing education.
//
//   enum class Subject { None, Public, Professional };
//   QString subjectId(Subject)            "public" / "professional" / "" (stable ids used in JSON, CSV, DB)
//   Subject subjectFromId(const QString&) accepts the ids above and the Chinese labels 公需/专业; None otherwise
//   QString subjectLabel(Subject)         Chinese label: 公需科目 / 专业科目
//
// A rule set's activity kind declares who decides the subject: SubjectPolicy::Public or
// ::Professional (fixed by the clause) or ::PersonChooses (the person assigns it, e.g. Anhui art. 21).
enum class Subject { None, Public, Professional };
enum class SubjectPolicy { Public, Professional, PersonChooses };

QString subjectId(Subject s);
Subject subjectFromId(const QString &id);
QString subjectLabel(Subject s);

QString subjectPolicyId(SubjectPolicy p);          // "public" / "professional" / "person"
bool subjectPolicyFromId(const QString &id, SubjectPolicy *out);

