#include "rules/Subject.h"

QString subjectId(Subject s)
{
    switch (s) {
    case Subject::Public: return QStringLiteral("public");
    case Subject::Professional: return QStringLiteral("professional");
    case Subject::None: break;
    }
    return QString();
}

Subject subjectFromId(const QString &id)
{
    const QString t = id.trimmed().toLower();
    if (t == QLatin1String("public") || t == QStringLiteral("公需") || t == QStringLiteral("公需科目"))
        return Subject::Public;
    if (t == QLatin1String("professional") || t == QStringLiteral("专业") || t == QStringLiteral("专业科目"))
        return Subject::Professional;
    return Subject::None;
}

QString subjectLabel(Subject s)
{
    switch (s) {
    case Subject::Public: return QStringLiteral("公需科目");
    case Subject::Professional: return QStringLiteral("专业科目");
    case Subject::None: break;
    }
    return QString();
}

QString subjectPolicyId(SubjectPolicy p)
{
    switch (p) {
    case SubjectPolicy::Public: return QStringLiteral("public");
    case SubjectPolicy::Professional: return QStringLiteral("professional");
    case SubjectPolicy::PersonChooses: break;
    }
    return QStringLiteral("person");
}

bool subjectPolicyFromId(const QString &id, SubjectPolicy *out)
{
    if (id == QLatin1String("public"))
        *out = SubjectPolicy::Public;
    else if (id == QLatin1String("professional"))
        *out = SubjectPolicy::Professional;
    else if (id == QLatin1String("person"))
        *out = SubjectPolicy::PersonChooses;
    else
        return false;
    return true;
}

