#include "rules/RuleSetRegistry.h"

#include "rules/RuleSetLoader.h"

#include <QDir>
#include <algorithm>

const RuleSetRegistry &RuleSetRegistry::embedded()
{
    static const RuleSetRegistry registry = [] {
        RuleSetRegistry r;
        r.loadDirectory(QStringLiteral(":/rules"));
        return r;
    }();
    return registry;
}

bool RuleSetRegistry::loadDirectory(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    bool ok = true;
    for (const QString &name : files) {
        RuleSet rs;
        QString error;
        if (!RuleSetLoader::loadFile(dir + QLatin1Char('/') + name, &rs, &error)) {
            m_errors << error;
            ok = false;
            continue;
        }
        if (!add(rs)) {
            m_errors << name + QStringLiteral(": duplicate rule-set id \"") + rs.id() + QLatin1Char('"');
            ok = false;
        }
    }
    return ok;
}

bool RuleSetRegistry::add(const RuleSet &set)
{
    if (find(set.id()))
        return false;
    m_sets << set;
    std::sort(m_sets.begin(), m_sets.end(), [](const RuleSet &a, const RuleSet &b) { return a.id() < b.id(); });
    return true;
}

QStringList RuleSetRegistry::ids() const
{
    QStringList out;
    for (const RuleSet &s : m_sets)
        out << s.id();
    return out;
}

const RuleSet *RuleSetRegistry::find(const QString &id) const
{
    for (const RuleSet &s : m_sets)
        if (s.id() == id)
            return &s;
    return nullptr;
}

const RuleSet *RuleSetRegistry::resolve(const QString &family, int year) const
{
    const RuleSet *best = nullptr;
    for (const RuleSet &s : m_sets)
        if (s.family() == family && s.appliesTo(year) && (!best || s.validFrom() > best->validFrom()))
            best = &s;
    return best;
}

const RuleSet *RuleSetRegistry::inForce(const QString &setId, int year) const
{
    const RuleSet *start = find(setId);
    if (!start)
        return nullptr;
    if (start->appliesTo(year))
        return start;
    // The sets linked to the unit's choice: same family, or a supersedes link in either direction.
    QStringList linked{setId};
    for (int i = 0; i < linked.size(); ++i) {
        const RuleSet *cur = find(linked[i]);
        for (const RuleSet &s : m_sets) {
            if (linked.contains(s.id()))
                continue;
            if (s.family() == cur->family() || s.supersedes().contains(cur->id()) || cur->supersedes().contains(s.id()))
                linked << s.id();
        }
    }
    const RuleSet *best = nullptr;
    for (const QString &id : linked) {
        const RuleSet *s = find(id);
        if (s->appliesTo(year) && (!best || s->validFrom() > best->validFrom()))
            best = s;
    }
    return best;
}
