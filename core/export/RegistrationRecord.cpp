#include "export/RegistrationRecord.h"

#include "export/CjkFont.h"
#include "export/PdfTable.h"
#include "util/Clock.h"

#include <algorithm>

namespace {
PdfTable::Cell cell(const QString &text, int span = 1, bool bold = false, Qt::Alignment align = Qt::AlignCenter)
{
    PdfTable::Cell c;
    c.text = text;
    c.span = span;
    c.bold = bold;
    c.align = align;
    return c;
}

QDate sortDate(const ActivityRow &a)
{
    if (a.startDate.isValid())
        return a.startDate;
    if (a.endDate.isValid())
        return a.endDate;
    return QDate(a.year, 12, 31);
}

QString period(const ActivityRow &a)
{
    auto d = [](const QDate &x) { return x.toString(QStringLiteral("yyyy.M.d")); };
    if (a.startDate.isValid() && a.endDate.isValid() && a.startDate != a.endDate)
        return d(a.startDate) + QStringLiteral("—") + d(a.endDate);
    if (a.startDate.isValid() || a.endDate.isValid())
        return d(a.startDate.isValid() ? a.startDate : a.endDate);
    return QStringLiteral("%1年").arg(a.year);
}

QString countedText(const ActivityRow &a)
{
    if (a.counted)
        return a.reason.isEmpty() ? QStringLiteral("计入") : QStringLiteral("部分计入：") + a.reason;
    return QStringLiteral("不计入：") + (a.reason.isEmpty() ? a.explanation : a.reason);
}
} // namespace

namespace RegistrationForm {

QString title()
{
    return QStringLiteral("专业技术人员继续教育登记表");
}

void sortByDate(QList<ActivityRow> *activities)
{
    std::stable_sort(activities->begin(), activities->end(),
                     [](const ActivityRow &a, const ActivityRow &b) { return sortDate(a) < sortDate(b); });
}

PdfPages::Body body(const QList<RegistrationRecord> &records)
{
    return [records](PdfPages &pages) {
        bool first = true;
        for (const RegistrationRecord &r : records) {
            if (!first)
                pages.newPage();
            first = false;
            const Staff &s = r.person.staff;
            pages.paragraph(title(), CjkFont::font(18, true), Qt::AlignHCenter, pages.mm(2));
            pages.paragraph(QStringLiteral("（%1年—%2年）").arg(r.fromYear).arg(r.toYear), CjkFont::font(11), Qt::AlignHCenter,
                            pages.mm(4));
            PdfTable info({1.2, 2.0, 1.2, 2.6}, 10);
            auto label = [](const QString &t) { return cell(t, 1, true); };
            info.addRow({label(QStringLiteral("姓名")), cell(s.name), label(QStringLiteral("身份证号码")), cell(s.idNumber)});
            info.addRow({label(QStringLiteral("部门")), cell(s.department), label(QStringLiteral("专业技术职称")),
                         cell(s.title.isEmpty() ? s.titleLevel : s.title)});
            info.addRow({label(QStringLiteral("工作单位")), cell(r.person.unit.name, 3, false, Qt::AlignLeft)});
            info.paint(pages);
            pages.y += pages.mm(4);

            PdfTable table({9, 22, 29, 28, 20, 10, 15, 26, 15}, 8.5);
            table.setHeaderRows({PdfTable::row({QStringLiteral("序号"), QStringLiteral("时间"), QStringLiteral("学习内容"),
                                                QStringLiteral("形式"), QStringLiteral("主办单位"), QStringLiteral("科目"),
                                                QStringLiteral("认定学时"), QStringLiteral("是否计入（原因）"),
                                                QStringLiteral("考核结果")},
                                               true)});
            QList<ActivityRow> acts = r.activities;
            sortByDate(&acts);
            int n = 0;
            for (const ActivityRow &a : acts) {
                PdfTable::Row row = PdfTable::row({QString::number(++n), period(a), a.title.isEmpty() ? a.kindLabel : a.title,
                                                   a.form, a.organizer,
                                                   a.subject == QLatin1String("public") ? QStringLiteral("公需") : QStringLiteral("专业"),
                                                   ExportText::hours(a.hours), countedText(a), a.examResult});
                row[2].align = Qt::AlignLeft;
                row[4].align = Qt::AlignLeft;
                row[7].align = Qt::AlignLeft;
                table.addRow(row);
            }
            if (acts.isEmpty())
                table.addRow({cell(QStringLiteral("本期间无继续教育记录"), 9)});
            table.paint(pages);

            pages.y += pages.mm(5);
            PdfTable review({1.2, 5.8}, 11);
            review.setMinRowHeight(34);
            review.addRow({cell(QStringLiteral("部门审核意见"), 1, true),
                           cell(QStringLiteral("\n\n\n经办人（签字）：　　　　　　　（盖章）\n\n　　　　年　　月　　日"), 1, false,
                                Qt::AlignLeft | Qt::AlignTop)});
            review.paint(pages);
            pages.y += pages.mm(2);
            pages.paragraph(QStringLiteral("依据：六人社秘〔2025〕54号 二（三）；合肥2021通知 五（一）。按时间顺序逐年、逐项登记，不得涂改。打印日期：%1")
                                .arg(ExportText::chineseDate(r.issuedOn.isValid() ? r.issuedOn : Clock::current().today())),
                            CjkFont::font(8.5), Qt::AlignLeft);
        }
        if (records.isEmpty())
            pages.paragraph(title(), CjkFont::font(18, true), Qt::AlignHCenter);
    };
}
} // namespace RegistrationForm
