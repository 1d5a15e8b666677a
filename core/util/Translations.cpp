#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QStringList>
#include <QTranslator>

namespace Translations {

bool install(const QString &language)
{
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (language.isEmpty() || language.startsWith(QLatin1String("en")))
        return true;
    auto *mine = new QTranslator;
    if (!mine->load(QStringLiteral(":/i18n/cehours_%1.qm").arg(language))) {
        delete mine;
        return false;
    }
    QCoreApplication::installTranslator(mine);
    app = mine;
    auto *base = new QTranslator;
    // Qt's own strings (standard buttons, dialogs): beside the app first, then Qt's folder.
    if (base->load(QStringLiteral("qtbase_%1").arg(language), QCoreApplication::applicationDirPath() + QStringLiteral("/translations"))
        || base->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base);
        qt = base;
    } else {
        delete base;
    }
    return true;
}

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

} // namespace Translations
