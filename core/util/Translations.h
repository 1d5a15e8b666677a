#pragma once
#include <QString>

// Installs the application's and Qt's translators for a UI language ("zh_CN" default, "en").
namespace Translations {
// Returns false when the language has no catalogue (English source strings stay).
bool install(const QString &language);
QStringList available(); // language codes offered in settings
}
