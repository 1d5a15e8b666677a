#include "TestSupport.h"

#include "domain/IdNumber.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <xlsxwriter.h>

namespace TestSupport {

QString sourceDir()
{
    return qEnvironmentVariable("CEHOURS_SOURCE_DIR");
}

QString cliPath()
{
    return qEnvironmentVariable("CEHOURS_CLI");
}

CliRun runCli(const QStringList &args, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CEHOURS_LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("cannot start %1").arg(cliPath());
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(300000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString python3()
{
    return QStringLiteral("/usr/bin/python3");
}

QString runPython(const QString &code, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(python3(), QStringList{QStringLiteral("-c"), code} + args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool writeXlsx(const QString &path, const QList<QVariantList> &rows, QString *error, const QString &sheetName)
{
    const QByteArray file = QDir::toNativeSeparators(path).toLocal8Bit();
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb) {
        if (error)
            *error = QStringLiteral("workbook_new failed for %1").arg(path);
        return false;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.toUtf8().constData());
    lxw_format *dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    for (int r = 0; r < rows.size(); ++r) {
        const QVariantList &row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), v.toDouble(), nullptr);
                break;
            case QMetaType::QDate: {
                const QDate d = v.toDate();
                lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(ws, lxw_row_t(r), lxw_col_t(c), &dt, dateFormat);
                break;
            }
            case QMetaType::UnknownType:
                break;
            default:
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
            }
        }
    }
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        if (error)
            *error = QString::fromUtf8(lxw_strerror(rc));
        return false;
    }
    return true;
}

QString makeIdNumber(const QString &area, const QDate &birth, int sequence)
{
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace TestSupport
