#include "export/PrintForms.h"

#include "export/CjkFont.h"
#include "export/PdfTable.h"
#include "export/SummarySheetLayout.h"
#include "domain/IdNumber.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace {
QString h(double v)
{
    return ExportText::hours(v);
}

QDate orToday(const QDate &d)
{
    return d.isValid() ? d : Clock::current().today();
}

PdfTable::Cell cell(const QString &text, int span = 1, bool bold = false, Qt::Alignment align = Qt::AlignCenter)
{
    PdfTable::Cell c;
    c.text = text;
    c.span = span;
    c.bold = bold;
    c.align = align;
    return c;
}

QString rateText(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%');
}

QString shortfallText(const PersonYearRow &r)
{
    QStringList parts;
    if (r.shortfallPublic > 0)
        parts << QStringLiteral("公需%1").arg(h(r.shortfallPublic));
    if (r.shortfallProfessional > 0)
        parts << QStringLiteral("专业%1").arg(h(r.shortfallProfessional));
    if (r.shortfallTotal > 0)
        parts << QStringLiteral("合计%1").arg(h(r.shortfallTotal));
    return parts.join(QStringLiteral("；"));
}

void heading(PdfPages &pages, const QString &title)
{
    pages.paragraph(title, CjkFont::font(18, true), Qt::AlignHCenter, pages.mm(6));
}
} // namespace

bool SummarySheet::fromJson(const QJsonObject &o, SummarySheet *out, QString *error)
{
    SummarySheet s;
    auto str = [&o](const char *k) { return o.value(QLatin1String(k)).toString().trimmed(); };
    auto date = [&](const char *k, QDate *d) {
        const QString t = str(k);
        if (t.isEmpty())
            return true;
        *d = QDate::fromString(t, Qt::ISODate);
        if (!d->isValid()) {
            *error = QCoreApplication::translate("export", "Summary sheet: %1 is not a date (YYYY-MM-DD): %2").arg(QLatin1String(k), t);
            return false;
        }
        return true;
    };
    s.reportingUnit = str("reportingUnit");
    s.theme = str("theme");
    s.contactPerson = str("contactPerson");
    s.contactPhone = str("contactPhone");
    if (!date("filledOn", &s.filledOn) || !date("from", &s.from) || !date("to", &s.to))
        return false;
    if (s.from.isValid() && s.to.isValid() && s.to < s.from) {
        *error = QCoreApplication::translate("export", "Summary sheet: the training ends before it starts");
        return false;
    }
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        SummarySheetRow row;
        auto rs = [&r](const char *k) {
            const QJsonValue x = r.value(QLatin1String(k));
            return x.isDouble() ? ExportText::hours(x.toDouble()) : x.toString().trimmed();
        };
        row.name = rs("name");
        row.unit = rs("unit");
        row.idNumber = rs("idNumber");
        row.title = rs("title");
        row.hours = rs("hours");
        row.examResult = rs("examResult");
        row.remark = rs("remark");
        if (row.name.isEmpty()) {
            *error = QCoreApplication::translate("export", "Summary sheet: row %1 has no name").arg(s.rows.size() + 1);
            return false;
        }
        if (!row.idNumber.isEmpty()) {
            QString why;
            row.idNumber = IdNumber::normalized(row.idNumber);
            if (!IdNumber::validate(row.idNumber, &why)) {
                *error = QCoreApplication::translate("export", "Summary sheet: row %1 (%2): idNumber %3: %4")
                             .arg(s.rows.size() + 1).arg(row.name, row.idNumber, why);
                return false;
            }
        }
        s.rows << row;
    }
    *out = s;
    return true;
}

namespace PrintForms {

QString summarySheetTitle()
{
    return QStringLiteral("继续教育合格人员简明情况汇总表");
}

QString certificateTitle()
{
    return QStringLiteral("专业技术人员继续教育学时认定单");
}

QString reportTitle(int year)
{
    return QStringLiteral("%1年度专业技术人员继续教育学时达标情况报告").arg(year);
}

PdfPages::Body summarySheet(const SummarySheet &sheet)
{
    return [sheet](PdfPages &pages) {
        heading(pages, summarySheetTitle());
        const QFont body = CjkFont::font(11);
        const bool blank = sheet.rows.isEmpty();
        // A blank form is for writing on: no date filled in, room after every label.
        const QString room(10, QChar(0x3000));
        const QString filled = sheet.filledOn.isValid() ? ExportText::chineseDate(sheet.filledOn)
                               : blank ? QStringLiteral("　　　　年　　月　　日")
                                       : ExportText::chineseDate(Clock::current().today());
        pages.leftRight(QStringLiteral("填报单位：%1").arg(sheet.reportingUnit.isEmpty() ? room + room : sheet.reportingUnit),
                        QStringLiteral("填表时间：%1").arg(filled), body, pages.mm(3));

        // Columns sized from their content (SummarySheetLayout): no header or date cell wraps.
        const qreal pointSize = 9.5;
        const auto measure = [&pages, pointSize](const QString &t, bool bold) {
            return double(pages.textWidth(t, CjkFont::font(pointSize, bold)));
        };
        PdfTable table(SummarySheetLayout::columnWidths(sheet, measure, pages.content().width(), pages.mm(2 * PdfTable::paddingMm() + 0.8)),
                       pointSize);
        table.setHeaderRows({
            {cell(QStringLiteral("培训主题"), 2, true), cell(sheet.theme, 2, false, Qt::AlignLeft),
             cell(QStringLiteral("培训时间"), 1, true), cell(SummarySheetLayout::period(sheet), 3)},
            PdfTable::row(SummarySheetLayout::headers(), true),
        });
        int n = 0;
        for (const SummarySheetRow &r : sheet.rows) {
            PdfTable::Row row = PdfTable::row({QString::number(++n), r.name, r.unit, r.idNumber, r.title, r.hours,
                                               r.examResult, r.remark});
            row[2].align = Qt::AlignLeft;
            row[7].align = Qt::AlignLeft;
            table.addRow(row);
        }
        // A blank form (no trainees yet) keeps room to fill in by hand.
        if (blank) {
            table.setMinRowHeight(9);
            for (int i = 0; i < 15; ++i)
                table.addRow(PdfTable::row(QStringList(SummarySheetLayout::ColumnCount, QString())));
        }
        table.paint(pages);

        pages.y += pages.mm(4);
        pages.leftRight(QStringLiteral("联系人：%1").arg(sheet.contactPerson.isEmpty() ? room : sheet.contactPerson),
                        QStringLiteral("联系电话：%1").arg(sheet.contactPhone.isEmpty() ? room + QString(4, QChar(0x3000)) : sheet.contactPhone),
                        body);
    };
}

PdfPages::Body certificates(const QList<Certificate> &list, const QString &titleIn)
{
    const QString title = titleIn.isEmpty() ? certificateTitle() : titleIn;
    return [list, title](PdfPages &pages) {
        bool first = true;
        for (const Certificate &c : list) {
            if (!first)
                pages.newPage();
            first = false;
            const Staff &s = c.person.staff;
            pages.y += pages.mm(4);
            heading(pages, title);
            if (!c.number.isEmpty())
                pages.paragraph(QStringLiteral("编号：%1").arg(c.number), CjkFont::font(10), Qt::AlignRight, pages.mm(3));

            double pub = 0, prof = 0, total = 0;
            QStringList shortYears;
            QMap<int, PersonYearRow> byYear;
            for (const PersonYearRow &y : c.years)
                byYear.insert(y.year, y);
            auto yearOk = [&c, &byYear](int year) {
                if (c.compliantYears.contains(year))
                    return c.compliantYears.value(year);
                return byYear.contains(year) && byYear.value(year).compliant;
            };
            for (int year = c.fromYear; year <= c.toYear; ++year) {
                const PersonYearRow y = byYear.value(year);
                pub += y.publicHours;
                prof += y.professionalHours;
                total += y.totalHours;
                if (!yearOk(year))
                    shortYears << QString::number(year);
            }
            const int years = c.toYear - c.fromYear + 1;
            // Seed 003's 认定单 opens with its basis.
            QString text = QStringLiteral("　　根据《专业技术人员继续教育规定》（人社部令第25号），%1同志（身份证号码：%2）").arg(s.name, s.idNumber);
            if (!s.education.isEmpty())
                text += QStringLiteral("，最高学历%1").arg(s.education);
            if (!s.title.isEmpty())
                text += QStringLiteral("，现专业技术职称%1").arg(s.title);
            if (!s.titleSought.isEmpty())
                text += QStringLiteral("，拟申报%1").arg(s.titleSought);
            text += QStringLiteral("。经本单位核验，该同志%1年至%2年（共%3年）参加继续教育累计%4学时，其中公需科目%5学时、专业科目%6学时，")
                        .arg(c.fromYear).arg(c.toYear).arg(years).arg(h(total), h(pub), h(prof));
            if (c.hasCycle)
                text += c.cycleCompliant ? QStringLiteral("达到规定的继续教育学时要求。")
                                         : QStringLiteral("未达到规定的继续教育学时要求。");
            else
                text += shortYears.isEmpty() ? QStringLiteral("各年度均达到规定的继续教育学时要求。")
                                             : QStringLiteral("%1年度未达到规定的继续教育学时要求。").arg(shortYears.join(QStringLiteral("、")));
            pages.paragraph(text, CjkFont::font(12), Qt::AlignLeft, pages.mm(5));

            PdfTable info({1.3, 2.2, 1.3, 2.2}, 10.5);
            auto label = [](const QString &t) { return cell(t, 1, true); };
            info.addRow({label(QStringLiteral("姓名")), cell(s.name), label(QStringLiteral("性别")), cell(s.gender)});
            info.addRow({label(QStringLiteral("民族")), cell(s.ethnicity), label(QStringLiteral("联系电话")), cell(s.phone)});
            info.addRow({label(QStringLiteral("身份证号码")), cell(s.idNumber), label(QStringLiteral("最高学历")), cell(s.education)});
            info.addRow({label(QStringLiteral("现专业技术职称")), cell(s.title), label(QStringLiteral("拟申报职称")), cell(s.titleSought)});
            info.addRow({label(QStringLiteral("申报大类")), cell(s.titleSeries), label(QStringLiteral("子专业名称")), cell(s.subSpecialty)});
            info.addRow({label(QStringLiteral("工作单位")), cell(c.person.unit.name, 3, false, Qt::AlignLeft)});
            info.addRow({label(QStringLiteral("单位性质")), cell(c.person.unit.nature), label(QStringLiteral("行政区划名称")),
                         cell(c.person.unit.region)});
            info.paint(pages);
            pages.y += pages.mm(5);

            // Per year as the declaration's detail rows (seed 003 annex 3, step 7): subject names, hours
            // and the one 继续教育形式 of each subject.
            PdfTable table({10, 31, 10, 24, 31, 10, 24, 16, 20}, 9);
            table.setHeaderRows({{cell(QStringLiteral("年度"), 1, true), cell(QStringLiteral("公需科目"), 3, true),
                                  cell(QStringLiteral("专业科目"), 3, true), cell(QStringLiteral("合计学时"), 1, true),
                                  cell(QStringLiteral("是否达标"), 1, true)},
                                 PdfTable::row({QString(), QStringLiteral("名称"), QStringLiteral("学时"), QStringLiteral("继续教育形式"),
                                                QStringLiteral("名称"), QStringLiteral("学时"), QStringLiteral("继续教育形式"),
                                                QString(), QString()},
                                               true)});
            auto names = [](const QStringList &l, double hours, const QString &generic) {
                QStringList u;
                for (const QString &n : l)
                    if (!u.contains(n))
                        u << n;
                return !u.isEmpty() ? u.join(QStringLiteral("；")) : hours > 0 ? generic : QString();
            };
            int met = 0;
            for (int year = c.fromYear; year <= c.toYear; ++year) {
                const PersonYearRow y = byYear.value(year);
                const bool ok = yearOk(year);
                met += ok ? 1 : 0;
                PdfTable::Row row = PdfTable::row({QString::number(year),
                                                   names(y.publicNames, y.publicHours, QStringLiteral("%1公需科目").arg(year)),
                                                   h(y.publicHours), y.publicForm,
                                                   names(y.professionalNames, y.professionalHours, QStringLiteral("%1专业科目").arg(year)),
                                                   h(y.professionalHours), y.professionalForm, h(y.totalHours),
                                                   ok ? QStringLiteral("达标") : QStringLiteral("未达标")});
                row[1].align = Qt::AlignLeft;
                row[4].align = Qt::AlignLeft;
                table.addRow(row);
            }
            table.addRow({cell(QStringLiteral("合计"), 1, true), cell(QString()), cell(h(pub), 1, true), cell(QString()),
                          cell(QString()), cell(h(prof), 1, true), cell(QString()), cell(h(total), 1, true),
                          cell(QStringLiteral("%1/%2年达标").arg(met).arg(years), 1, true)});
            table.paint(pages);
            if (!c.cycleNotes.isEmpty()) {
                pages.y += pages.mm(3);
                pages.paragraph(QStringLiteral("核算说明：") + c.cycleNotes.join(QStringLiteral("；")), CjkFont::font(9.5),
                                Qt::AlignLeft);
            }

            pages.y += pages.mm(14);
            const QFont foot = CjkFont::font(12);
            pages.leftRight(QStringLiteral("经办人："), QStringLiteral("单位名称（盖章）：%1").arg(c.person.unit.name), foot, pages.mm(4));
            pages.paragraph(ExportText::chineseDate(orToday(c.issuedOn)), foot, Qt::AlignRight);
        }
        if (list.isEmpty())
            heading(pages, title);
    };
}

PdfPages::Body complianceReport(const ComplianceReport &report)
{
    return [report](PdfPages &pages) {
        heading(pages, reportTitle(report.year));
        const QFont body = CjkFont::font(11);
        const QFont section = CjkFont::font(13, true);
        pages.leftRight(QStringLiteral("单位：%1").arg(report.unit.name),
                        QStringLiteral("统计日期：%1").arg(ExportText::chineseDate(orToday(report.issuedOn))), body,
                        pages.mm(1));
        if (!report.ruleSetName.isEmpty())
            pages.paragraph(QStringLiteral("适用规定：%1").arg(report.ruleSetName), body, Qt::AlignLeft, pages.mm(3));

        const QList<PersonYearRow> &people = report.people;
        int met = 0;
        double pub = 0, prof = 0, total = 0;
        struct Dept { int n = 0; int met = 0; double total = 0; };
        QMap<QString, Dept> depts;
        for (const PersonYearRow &p : people) {
            met += p.compliant ? 1 : 0;
            pub += p.publicHours;
            prof += p.professionalHours;
            total += p.totalHours;
            const QString d = p.person.staff.department.isEmpty() ? QStringLiteral("（未填部门）") : p.person.staff.department;
            Dept &dd = depts[d];
            ++dd.n;
            dd.met += p.compliant ? 1 : 0;
            dd.total += p.totalHours;
        }
        const int n = int(people.size());
        auto avg = [n](double v) { return n > 0 ? QString::number(v / n, 'f', 1) : QStringLiteral("—"); };

        pages.paragraph(QStringLiteral("一、总体情况"), section, Qt::AlignLeft, pages.mm(2));
        PdfTable overall({1, 1, 1, 1, 1.1, 1.1, 1.1}, 10);
        overall.setHeaderRows({PdfTable::row({QStringLiteral("统计人数"), QStringLiteral("达标人数"),
                                              QStringLiteral("未达标人数"), QStringLiteral("达标率"),
                                              QStringLiteral("人均合计学时"), QStringLiteral("人均公需学时"),
                                              QStringLiteral("人均专业学时")},
                                             true)});
        overall.addRow(PdfTable::row({QString::number(n), QString::number(met), QString::number(n - met),
                                      rateText(met, n), avg(total), avg(pub), avg(prof)}));
        overall.paint(pages);
        pages.y += pages.mm(5);

        pages.paragraph(QStringLiteral("二、分部门情况"), section, Qt::AlignLeft, pages.mm(2));
        PdfTable byDept({2.4, 1, 1, 1, 1, 1.2}, 10);
        byDept.setHeaderRows({PdfTable::row({QStringLiteral("部门"), QStringLiteral("人数"), QStringLiteral("达标"),
                                             QStringLiteral("未达标"), QStringLiteral("达标率"),
                                             QStringLiteral("人均合计学时")},
                                            true)});
        for (auto it = depts.cbegin(); it != depts.cend(); ++it) {
            PdfTable::Row row = PdfTable::row({it.key(), QString::number(it->n), QString::number(it->met),
                                               QString::number(it->n - it->met), rateText(it->met, it->n),
                                               QString::number(it->total / it->n, 'f', 1)});
            row[0].align = Qt::AlignLeft;
            byDept.addRow(row);
        }
        byDept.addRow(PdfTable::row({QStringLiteral("合计"), QString::number(n), QString::number(met),
                                     QString::number(n - met), rateText(met, n), avg(total)},
                                    true));
        byDept.paint(pages);
        pages.y += pages.mm(5);

        pages.paragraph(QStringLiteral("三、未达标人员名单"), section, Qt::AlignLeft, pages.mm(2));
        PdfTable shortList({10, 18, 28, 38, 17, 17, 17, 29}, 9.5); // mm
        shortList.setHeaderRows({PdfTable::row({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("部门"),
                                                QStringLiteral("身份证号码"), QStringLiteral("公需学时"),
                                                QStringLiteral("专业学时"), QStringLiteral("合计学时"),
                                                QStringLiteral("尚缺学时")},
                                               true)});
        int k = 0;
        for (const PersonYearRow &p : people) {
            if (p.compliant)
                continue;
            PdfTable::Row row = PdfTable::row({QString::number(++k), p.person.staff.name, p.person.staff.department,
                                               p.person.staff.idNumber, h(p.publicHours), h(p.professionalHours),
                                               h(p.totalHours), shortfallText(p)});
            row[7].align = Qt::AlignLeft;
            shortList.addRow(row);
        }
        if (k == 0)
            pages.paragraph(QStringLiteral("无。"), body, Qt::AlignLeft, pages.mm(3));
        else
            shortList.paint(pages);

        QList<const PersonYearRow *> withErrors;
        for (const PersonYearRow &p : people)
            if (!p.errors.isEmpty())
                withErrors << &p;
        if (!withErrors.isEmpty()) {
            pages.y += pages.mm(5);
            pages.paragraph(QStringLiteral("四、学习活动数据有误人员（有误的活动未计入学时）"), section, Qt::AlignLeft, pages.mm(2));
            PdfTable errs({0.6, 1.2, 2.6, 5.0}, 9.5);
            errs.setHeaderRows({PdfTable::row({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("身份证号码"),
                                               QStringLiteral("问题")},
                                              true)});
            int e = 0;
            for (const PersonYearRow *p : withErrors) {
                PdfTable::Row row = PdfTable::row({QString::number(++e), p->person.staff.name, p->person.staff.idNumber,
                                                   p->errors.join(QStringLiteral("；"))});
                row[3].align = Qt::AlignLeft;
                errs.addRow(row);
            }
            errs.paint(pages);
        }
    };
}

} // namespace PrintForms
