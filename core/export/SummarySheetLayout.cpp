#include "export/SummarySheetLayout.h"

#include <algorithm>
#include <numeric>

namespace SummarySheetLayout {

QStringList headers()
{
    return {QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("单位"), QStringLiteral("身份证号码"),
            QStringLiteral("技术职称"), QStringLiteral("培训学时"), QStringLiteral("考试结果"), QStringLiteral("备注")};
}

QString period(const SummarySheet &sheet)
{
    if (!sheet.from.isValid() && !sheet.to.isValid())
        return sheet.rows.isEmpty() ? QStringLiteral("　　年　　月　　日 至 　　年　　月　　日") : QString();
    // As on the form (月日至月日), the year written once: 2025年3月10日至3月12日.
    const QDate start = sheet.from.isValid() ? sheet.from : sheet.to;
    const QDate to = sheet.to.isValid() ? sheet.to : start;
    const QString last = to.year() == start.year() ? QStringLiteral("%1月%2日").arg(to.month()).arg(to.day())
                                                   : ExportText::chineseDate(to);
    return ExportText::chineseDate(start) + QStringLiteral("至") + last;
}

QList<double> columnWidths(const SummarySheet &sheet, const Measure &measure, double contentWidth, double padding)
{
    QList<double> w(ColumnCount, 0.0);
    const QStringList head = headers();
    for (int c = 0; c < ColumnCount; ++c)
        w[c] = measure(head.at(c), true) + padding;
    auto fit = [&](int c, const QString &text) { w[c] = std::max(w[c], measure(text, false) + padding); };
    int n = 0;
    for (const SummarySheetRow &r : sheet.rows) {
        fit(Seq, QString::number(++n));
        fit(Name, r.name);
        fit(IdNumber, r.idNumber.isEmpty() ? QStringLiteral("000000000000000000") : r.idNumber);
        fit(Title, r.title);
        fit(Hours, r.hours);
        fit(Exam, r.examResult);
    }
    fit(IdNumber, QStringLiteral("000000000000000000"));   // a blank form has room for 18 digits
    fit(Name, QStringLiteral("欧阳娜娜"));                    // … for a four-character name
    if (sheet.rows.isEmpty())
        fit(Title, QStringLiteral("正高级工程师"));
    // Span cells of the first header row.
    auto span = [&](int from, int to, double need) {
        double have = 0;
        for (int c = from; c <= to; ++c)
            have += w[c];
        if (have < need)
            w[to] += need - have;
    };
    span(Seq, Name, measure(QStringLiteral("培训主题"), true) + padding);
    span(Title, Title, measure(QStringLiteral("培训时间"), true) + padding);
    span(Hours, Remark, measure(period(sheet), false) + padding);
    // The wrapping columns: a few characters at least, then the rest of the page.
    w[Unit] = std::max(w[Unit], measure(QStringLiteral("单位名称单位"), false) + padding);
    w[Remark] = std::max(w[Remark], measure(QStringLiteral("备注"), true) + padding);
    const double used = std::accumulate(w.begin(), w.end(), 0.0);
    if (used <= contentWidth) {
        const double rest = contentWidth - used;
        w[Unit] += rest * 3 / 4;
        w[Remark] += rest / 4;
        return w;
    }
    // Too wide: 单位 gives way first (down to two characters), then every column in proportion.
    const double unitMin = measure(QStringLiteral("单位"), true) + padding;
    w[Unit] -= std::min(used - contentWidth, std::max(0.0, w[Unit] - unitMin));
    const double now = std::accumulate(w.begin(), w.end(), 0.0);
    if (now > contentWidth) {
        const double scale = contentWidth / now;
        for (double &x : w)
            x *= scale;
    } else {
        w[Unit] += contentWidth - now;
    }
    return w;
}
} // namespace SummarySheetLayout
