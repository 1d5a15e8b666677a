#include "domain/Unit.h"

#include <QStringList>

QStringList Unit::natures()
{
    return {QStringLiteral("国有企事业单位"), QStringLiteral("非公有制单位"), QStringLiteral("社会团体"),
            QStringLiteral("机关"), QStringLiteral("其他")};
}
