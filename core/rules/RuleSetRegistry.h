#pragma once
#include "rules/RuleSet.h"

#include <QList>
#include <QString>
#include <QStringList>

// Public API (rules engine) — the rule sets available to the application.
//
//   static const RuleSetRegistry &embedded()   all ":/rules/*.json" (loaded once, sorted by id);
//                                              files that fail validation are listed in errors()
//   bool loadDirectory(const QString &dir)     (tests, tools) load every *.json of a folder
//   bool add(const RuleSet &set)               false when the id is taken
//   QStringList ids() const                    sorted ids
//   const QList<RuleSet> &sets() const
//   const RuleSet *find(const QString &id)     nullptr when unknown
//   const RuleSet *resolve(const QString &family, int year)
//                                              the set of that family in force for the year
//                                              (RuleSet::appliesTo), latest validFrom first
//   const RuleSet *inForce(const QString &setId, int year)
//                                              the set in force for that year for a unit that chose setId:
//                                              setId itself when it applies to the year, else the
//                                              applicable set among those linked to it by family or
//                                              "supersedes" (either direction), latest validFrom first;
//                                              nullptr when none applies
//   QStringList errors() const                 validation messages of files that were skipped
class RuleSetRegistry
{
public:
    static const RuleSetRegistry &embedded();

    bool loadDirectory(const QString &dir);
    bool add(const RuleSet &set);
    QStringList ids() const;
    const QList<RuleSet> &sets() const { return m_sets; }
    const RuleSet *find(const QString &id) const;
    const RuleSet *resolve(const QString &family, int year) const;
    const RuleSet *inForce(const QString &setId, int year) const;
    QStringList errors() const { return m_errors; }

private:
    QList<RuleSet> m_sets;
    QStringList m_errors;
};
