#include "import/ActivityTemplate.h"

#include "import/ActivityColumns.h"
#include "rules/RuleSet.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace {
using C = ActivityColumns;

QList<C::Common> kindSheetCommon(const ActivityKind &kind)
{
    QList<C::Common> cols{C::IdNumber, C::Name, C::Year, C::Title, C::Start, C::End};
    if (kind.subject == SubjectPolicy::PersonChooses)
        cols << C::Subject;
    return cols;
}

QStringList choicesOf(const FieldSpec &f)
{
    QStringList out;
    if (f.type == FieldSpec::Type::Enum)
        for (const FieldOption &o : f.options)
            out << o.label;
    else if (f.type == FieldSpec::Type::Bool)
        out << QStringLiteral("是") << QStringLiteral("否");
    return out;
}

QString columnLetters(int c)
{
    QString s;
    for (++c; c > 0; c = (c - 1) / 26)
        s.prepend(QChar('A' + (c - 1) % 26));
    return s;
}

// The drop-down list of rows 3..1000 of a column: inline when short (Excel's limit is 255
// characters), else a range of the hidden 选项 sheet.
class Lists
{
public:
    Lists(lxw_workbook *wb) : m_wb(wb) {}
    void add(lxw_worksheet *sheet, int column, const QStringList &choices)
    {
        lxw_data_validation v = {};
        v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        QList<QByteArray> bytes;
        QList<char *> pointers;
        QByteArray formula;
        if (choices.join(QLatin1Char(',')).toUtf8().size() <= 250) {
            for (const QString &c : choices)
                bytes << c.toUtf8();
            for (QByteArray &b : bytes)
                pointers << b.data();
            pointers << nullptr;
            v.validate = LXW_VALIDATION_TYPE_LIST;
            v.value_list = pointers.data();
        } else {
            if (!m_options) {
                m_options = workbook_add_worksheet(m_wb, "选项");
                worksheet_hide(m_options);
            }
            for (int i = 0; i < choices.size(); ++i)
                worksheet_write_string(m_options, lxw_row_t(i), lxw_col_t(m_nextColumn), choices.at(i).toUtf8().constData(), nullptr);
            formula = QStringLiteral("='选项'!$%1$1:$%1$%2").arg(columnLetters(m_nextColumn)).arg(choices.size()).toUtf8();
            ++m_nextColumn;
            v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            v.value_formula = formula.data();
        }
        worksheet_data_validation_range(sheet, 2, lxw_col_t(column), 1000, lxw_col_t(column), &v);
    }

private:
    lxw_workbook *m_wb;
    lxw_worksheet *m_options = nullptr;
    int m_nextColumn = 0;
};

struct Formats
{
    lxw_format *head, *title, *text, *date, *wrap;
};

void writeKindSheet(lxw_workbook *wb, const ActivityKind &kind, const QString &sheetName, const Formats &fmt, Lists &lists)
{
    lxw_worksheet *sheet = workbook_add_worksheet(wb, sheetName.toUtf8().constData());
    worksheet_write_string(sheet, 0, 0, C::kindTitle(kind).toUtf8().constData(), fmt.title);
    int col = 0;
    for (C::Common c : kindSheetCommon(kind)) {
        worksheet_write_string(sheet, 1, lxw_col_t(col), C::header(c).toUtf8().constData(), fmt.head);
        const bool isDate = c == C::Start || c == C::End;
        worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), c == C::IdNumber ? 22 : c == C::Title ? 28 : 12,
                             isDate ? fmt.date : c == C::Year ? nullptr : fmt.text);
        if (c == C::Subject)
            lists.add(sheet, col, {QStringLiteral("公需科目"), QStringLiteral("专业科目")});
        ++col;
    }
    for (const FieldSpec &f : kind.fields) {
        worksheet_write_string(sheet, 1, lxw_col_t(col), f.label.toUtf8().constData(), fmt.head);
        const bool numeric = f.type == FieldSpec::Type::Int || f.type == FieldSpec::Type::Number;
        worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), qBound(10, int(f.label.size()) * 2, 30),
                             f.type == FieldSpec::Type::Date ? fmt.date : numeric ? nullptr : fmt.text);
        const QStringList choices = choicesOf(f);
        if (!choices.isEmpty())
            lists.add(sheet, col, choices);
        ++col;
    }
    worksheet_freeze_panes(sheet, 2, 2);
}

void writeNotes(lxw_worksheet *notes, const RuleSet &set, const Formats &fmt)
{
    int r = 0;
    auto line = [&](const QString &a, const QString &b, const QString &c, lxw_format *f) {
        worksheet_write_string(notes, lxw_row_t(r), 0, a.toUtf8().constData(), f);
        worksheet_write_string(notes, lxw_row_t(r), 1, b.toUtf8().constData(), f);
        worksheet_write_string(notes, lxw_row_t(r), 2, c.toUtf8().constData(), f ? f : fmt.wrap);
        ++r;
    };
    worksheet_write_string(notes, lxw_row_t(r++), 0, ActivityTemplate::tr("Activity import template: %1").arg(set.name()).toUtf8().constData(), fmt.title);
    worksheet_write_string(notes, lxw_row_t(r++), 0,
                           ActivityTemplate::tr("One row per activity of one person. Each kind has its own sheet (the line 类别：… above the "
                                                "header names the kind); a single sheet with a 类别 column works as well. Nothing is "
                                                "imported while any row has a problem.").toUtf8().constData(), nullptr);
    ++r;
    line(QStringLiteral("列名"), QStringLiteral("适用类别"), QStringLiteral("填写说明"), fmt.head);
    for (int c = 0; c < C::CommonCount; ++c)
        line(C::header(C::Common(c)), QStringLiteral("全部"), C::description(C::Common(c)), nullptr);
    for (const ActivityKind &k : set.kinds()) {
        line(QString(), C::kindTitle(k), k.clause, fmt.head);
        for (const FieldSpec &f : k.fields)
            line(f.label, k.label, C::fieldDescription(f), nullptr);
    }
    worksheet_set_column(notes, 0, 0, 30, nullptr);
    worksheet_set_column(notes, 1, 1, 40, nullptr);
    worksheet_set_column(notes, 2, 2, 80, nullptr);
}

bool copyInto(const QString &staging, const QString &path, QString *error)
{
    QFile in(staging);
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit()) {
        if (error)
            *error = ActivityTemplate::tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}
} // namespace

QStringList ActivityTemplate::kindHeaders(const RuleSet &set, const QString &kindId)
{
    QStringList out;
    const ActivityKind *kind = set.kind(kindId);
    if (!kind)
        return out;
    for (C::Common c : kindSheetCommon(*kind))
        out << C::header(c);
    for (const FieldSpec &f : kind->fields)
        out << f.label;
    return out;
}

QStringList ActivityTemplate::csvHeaders(const RuleSet &set)
{
    QStringList headers;
    for (int c = 0; c < C::CommonCount; ++c)
        headers << C::header(C::Common(c));
    for (const ActivityKind &k : set.kinds())
        for (const FieldSpec &f : k.fields)
            if (!headers.contains(f.label))
                headers << f.label;
    return headers;
}

QByteArray ActivityTemplate::csv(const RuleSet &set)
{
    QStringList quoted;
    for (const QString &h : csvHeaders(set))
        quoted << (h.contains(QLatin1Char(',')) ? QLatin1Char('"') + h + QLatin1Char('"') : h);
    return QByteArray("\xEF\xBB\xBF") + quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

bool ActivityTemplate::write(const RuleSet &set, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(set, path, error);
    if (suffix != QLatin1String("csv")) {
        if (error)
            *error = tr("%1: the template can be written as .csv or .xlsx").arg(path);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv(set)) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool ActivityTemplate::writeXlsx(const RuleSet &set, const QString &path, QString *error)
{
    // Written beside the target and then copied in with QSaveFile: never a half file.
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
    Formats fmt{workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb)};
    format_set_bold(fmt.head);
    format_set_bg_color(fmt.head, 0xDDEBF7);
    format_set_border(fmt.head, LXW_BORDER_THIN);
    format_set_bold(fmt.title);
    format_set_num_format(fmt.text, "@");
    format_set_num_format(fmt.date, "yyyy-mm-dd");
    format_set_text_wrap(fmt.wrap);
    Lists lists(wb);
    QStringList used{QStringLiteral("填写说明"), QStringLiteral("选项")};
    for (const ActivityKind &k : set.kinds()) {
        QString name = C::sheetName(k);
        for (int n = 2; used.contains(name); ++n)
            name = C::sheetName(k).left(28) + QString::number(n);
        used << name;
        writeKindSheet(wb, k, name, fmt, lists);
    }
    writeNotes(workbook_add_worksheet(wb, "填写说明"), set, fmt);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    return copyInto(staging, path, error);
}
