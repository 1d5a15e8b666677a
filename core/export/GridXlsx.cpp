#include "export/GridXlsx.h"
#include "util/OutputBarrier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <xlsxwriter.h>

namespace {
double textWidth(const QString &s)
{
    double w = 0;
    for (const QChar ch : s)
        w += ch.unicode() > 0x2E7F ? 2.1 : 1.1; // CJK characters are about two columns wide
    return w;
}
}

bool GridXlsx::write(const QString &path, const QString &sheetName, const QStringList &header,
                     const QList<QStringList> &rows, QString *error)
{
    const QFileInfo target(path);
    QString tmpPath;
    {
        QTemporaryFile tmp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
        tmp.setAutoRemove(false);
        if (!tmp.open()) {
            *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(path, tmp.errorString());
            return false;
        }
        tmpPath = tmp.fileName();
    }
    auto fail = [&](const QString &why) {
        QFile::remove(tmpPath);
        *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(path, why);
        return false;
    };
    const QByteArray nativeTmp = QFile::encodeName(QDir::toNativeSeparators(tmpPath));
    lxw_workbook *wb = workbook_new(nativeTmp.constData());
    if (!wb)
        return fail(QCoreApplication::translate("export", "cannot create the workbook"));
    lxw_format *headerFmt = workbook_add_format(wb);
    format_set_bold(headerFmt);
    format_set_bg_color(headerFmt, 0xDDEBF7);
    format_set_border(headerFmt, LXW_BORDER_THIN);
    lxw_format *textFmt = workbook_add_format(wb);
    format_set_num_format(textFmt, "@");
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.left(31).toUtf8().constData());
    if (!ws) {
        workbook_close(wb);
        return fail(QCoreApplication::translate("export", "cannot add sheet %1").arg(sheetName));
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (int c = 0; c < header.size(); ++c) {
        double width = textWidth(header.at(c));
        for (const QStringList &row : rows)
            width = std::max(width, textWidth(row.value(c)));
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::min(60.0, std::max(8.0, width + 2)), textFmt);
        worksheet_write_string(ws, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), headerFmt);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString &text = rows.at(r).at(c);
            if (!text.isEmpty())
                worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), text.toUtf8().constData(), textFmt);
        }
    }
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(e)));
    const QString barrier = OutputBarrier::pass(); // the CLI's overlapped check of the database
    if (!barrier.isEmpty()) {
        QFile::remove(tmpPath);
        return fail(barrier);
    }
    const QByteArray from = QFile::encodeName(tmpPath);
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        QFile::remove(target.absoluteFilePath());
        if (!QFile::rename(tmpPath, target.absoluteFilePath()))
            return fail(QCoreApplication::translate("export", "cannot replace the file"));
    }
    return true;
}
