#pragma once
#include "rules/RuleSet.h"

#include <QByteArray>
#include <QString>

// Public API (rules engine) — reads and validates a rule-set JSON file.
//
//   static bool load(const QByteArray &json, const QString &sourceName, RuleSet *out, QString *error)
//   static bool loadFile(const QString &path, RuleSet *out, QString *error)
//
// On failure returns false and an English message naming the file, the kind and the field, e.g.
//   "anhui-2025.json: kind \"patent\": field \"rank\": unknown type \"integer\"".
// Checks: required keys, unique kind ids, field types/enum values/defaults, formulas (types known,
// fields declared, enum values in conditions exist), policies spelled right.
class RuleSetLoader
{
public:
    static bool load(const QByteArray &json, const QString &sourceName, RuleSet *out, QString *error);
    static bool loadFile(const QString &path, RuleSet *out, QString *error);
};
