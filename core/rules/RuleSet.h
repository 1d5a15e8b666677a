#pragma once
#include "rules/ActivityKind.h"
#include "rules/RulePolicies.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Public API (rules engine) — one rule set: a jurisdiction's rules in one version, loaded from
// resources/rules/<id>.json (see docs/rules/engine.md for the format). Plain value type.
//
//   id()                  "anhui-2025" (= file name without .json)
//   name()                Chinese name, e.g. "安徽省 2025（皖人社秘〔2025〕109号）"
//   jurisdiction()        Chinese, e.g. "安徽省"
//   family()              sets that replace one another over time share a family ("anhui"); see
//                         RuleSetRegistry::resolve(family, year)
//   validFrom()/validTo() first/last year the set applies to (validTo 0 = open-ended)
//   supersedes()          ids of sets this one replaces (e.g. anhui-2025 replaces hefei-2021 from 2025);
//                         see RuleSetRegistry::inForce(setId, year)
//   documents()           the notices cited, each {number, title, date}
//   requirement(), aggregation(), carryOver(), cycle(), deadlines()   see RulePolicies.h
//   kinds(), kind(id)     activity kinds in table order; kind() returns nullptr when absent
//   kindsForEntry()       the kinds as entry forms list them: commonest first (JSON "entryOrder",
//                         e.g. training, courseware, public course, conference), then the rest in
//                         table order; the first is the safe default of a new activity
//   source()              the JSON object as loaded (for `rules --json` and exports)
//   summaryJson()         id, name, requirement, policies and kinds with fields (no formulas)
//
// Build one with RuleSetLoader (validating) or get the embedded ones from RuleSetRegistry.
struct RuleDocument
{
    QString number;   // 皖人社秘〔2025〕109号
    QString title;
    QString date;
};

class RuleSet
{
public:
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString jurisdiction() const { return m_jurisdiction; }
    QString family() const { return m_family; }
    int validFrom() const { return m_validFrom; }
    int validTo() const { return m_validTo; }
    const QStringList &supersedes() const { return m_supersedes; }
    bool appliesTo(int year) const { return year >= m_validFrom && (m_validTo == 0 || year <= m_validTo); }
    const QList<RuleDocument> &documents() const { return m_documents; }
    const Requirement &requirement() const { return m_requirement; }
    const AggregationPolicy &aggregation() const { return m_aggregation; }
    const CarryOverPolicy &carryOver() const { return m_carryOver; }
    const CyclePolicy &cycle() const { return m_cycle; }
    const QList<Deadline> &deadlines() const { return m_deadlines; }
    const QList<ActivityKind> &kinds() const { return m_kinds; }
    const ActivityKind *kind(const QString &id) const;
    QList<const ActivityKind *> kindsForEntry() const;
    const QJsonObject &source() const { return m_source; }
    QJsonObject summaryJson() const;
    bool isValid() const { return !m_id.isEmpty(); }

private:
    friend class RuleSetLoader;
    QString m_id;
    QString m_name;
    QString m_jurisdiction;
    QString m_family;
    int m_validFrom = 0;
    int m_validTo = 0;
    QStringList m_supersedes;
    QList<RuleDocument> m_documents;
    Requirement m_requirement;
    AggregationPolicy m_aggregation;
    CarryOverPolicy m_carryOver;
    CyclePolicy m_cycle;
    QList<Deadline> m_deadlines;
    QList<ActivityKind> m_kinds;
    QStringList m_entryOrder;
    QJsonObject m_source;
};
