#pragma once
#include <QFont>
#include <QString>

// The CJK font every printed form uses: WenQuanYi Micro Hei, embedded as :/fonts/wqy-microhei.ttc and
// registered with QFontDatabase on first use. Chosen explicitly (never by fontconfig fallback) so the
// PDF embeds a TrueType font whose text extracts exactly as printed. Needs a QGuiApplication.
namespace CjkFont {
// Registers the embedded font (once). False with *error when it cannot be loaded.
bool ensureLoaded(QString *error = nullptr);
// "WenQuanYi Micro Hei" (the family registered from the embedded file).
QString family();
// The font at a point size; bold is synthesized by the painter when the face has no bold.
QFont font(qreal pointSize, bool bold = false);
} // namespace CjkFont
