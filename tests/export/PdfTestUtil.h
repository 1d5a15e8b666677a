#pragma once
// pdftotext / pdftoppm / pdffonts helpers for the export tests.
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace PdfTestUtil {

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text of the PDF, pages separated by \f. `mode`: "-layout" or "-raw".
inline QString text(const QString &pdf, const QString &mode = QStringLiteral("-layout"))
{
    return run(QStringLiteral("pdftotext"), {mode, QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

inline QStringList pages(const QString &pdf, const QString &mode = QStringLiteral("-layout"))
{
    QStringList p = text(pdf, mode).split(QLatin1Char('\f'));
    while (!p.isEmpty() && p.last().trimmed().isEmpty())
        p.removeLast();
    return p;
}

// Text with all whitespace removed (wrapped cell lines joined).
inline QString squeezed(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

inline QString artifactsDir()
{
    const QString dir = QStringLiteral(CEHOURS_TEST_ARTIFACTS);
    QDir().mkpath(dir);
    return dir;
}

// Renders page 1 at 60 dpi to <artifacts>/<name>.png; returns the PNG path (empty on failure).
inline QString renderFirstPage(const QString &pdf, const QString &name)
{
    const QString base = QDir(artifactsDir()).filePath(name);
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                         QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, base});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QString();
    return base + QStringLiteral(".png");
}

} // namespace PdfTestUtil
