#include "import/StaffTemplate.h"

#include "import/RosterColumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>


QByteArray StaffTemplate::csv()
{
    QStringList headers;
    for (int f = 0; f < RosterColumns::FieldCount; ++f)
        headers << RosterColumns::header(RosterColumns::Field(f));
    return QByteArray("\xEF\xBB\xBF") + headers.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

bool StaffTemplate::write(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, error);
    if (suffix != QLatin1String("csv")) {
        if (error)
            *error = tr("%1: the template can be written as .csv or .xlsx").arg(path);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv()) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool StaffTemplate::writeXlsx(const QString &path, QString *error)
{
    // libxlsxwriter writes the file itself; write beside the target and rename, so a failed
    // write never leaves a half file under the user's name.
    QTemporaryDir tmp(QFileInfo(path).absolutePath() + QStringLiteral("/.cehours-XXXXXX"));
    if (!tmp.isValid()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, tmp.errorString());
        return false;
    }
    const QString staging = tmp.filePath(QStringLiteral("template.xlsx"));
    lxw_workbook *wb = workbook_new(QDir::toNativeSeparators(staging).toUtf8().constData());
    if (!wb) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(wb, "人员名册");
    lxw_worksheet *notes = workbook_add_worksheet(wb, "填写说明");
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDEBF7);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(wb);
    format_set_num_format(text, "@");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    worksheet_write_string(notes, 0, 0, "列名", head);
    worksheet_write_string(notes, 0, 1, "必填", head);
    worksheet_write_string(notes, 0, 2, "说明", head);
    for (int f = 0; f < RosterColumns::FieldCount; ++f) {
        const auto field = RosterColumns::Field(f);
        const QByteArray name = RosterColumns::header(field).toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(f), name.constData(), head);
        lxw_format *columnFormat = field == RosterColumns::JoinedOn ? date : text;
        worksheet_set_column(sheet, lxw_col_t(f), lxw_col_t(f), field == RosterColumns::IdNumber ? 22 : 14, columnFormat);
        worksheet_write_string(notes, lxw_row_t(f + 1), 0, name.constData(), nullptr);
        worksheet_write_string(notes, lxw_row_t(f + 1), 1, RosterColumns::required(field) ? "是" : "", nullptr);
        worksheet_write_string(notes, lxw_row_t(f + 1), 2, RosterColumns::description(field).toUtf8().constData(), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_column(notes, 0, 0, 14, nullptr);
    worksheet_set_column(notes, 2, 2, 60, nullptr);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    QFile in(staging);
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}
