#include "export/CjkFont.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

namespace {
struct State
{
    bool tried = false;
    bool ok = false;
    QString family;
    QString error;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

namespace CjkFont {
bool ensureLoaded(QString *error)
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    State &s = state();
    if (!s.tried) {
        s.tried = true;
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/wqy-microhei.ttc"));
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        for (const QString &f : families) {
            // The collection holds "WenQuanYi Micro Hei" and "WenQuanYi Micro Hei Mono".
            if (!f.contains(QLatin1String("Mono"))) {
                s.family = f;
                break;
            }
        }
        if (s.family.isEmpty() && !families.isEmpty())
            s.family = families.first();
        s.ok = !s.family.isEmpty();
        if (!s.ok)
            s.error = QCoreApplication::translate("export", "Cannot load the embedded CJK font :/fonts/wqy-microhei.ttc");
    }
    if (!s.ok && error)
        *error = s.error;
    return s.ok;
}

QString family()
{
    ensureLoaded();
    return state().family;
}

QFont font(qreal pointSize, bool bold)
{
    QFont f(family());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::NoFontMerging));
    f.setKerning(false);
    return f;
}
} // namespace CjkFont
