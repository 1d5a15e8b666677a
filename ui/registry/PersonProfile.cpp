#include "PersonProfile.h"

namespace {
QString line(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
}

QString PersonProfile::joined(const QStringList &parts)
{
    QStringList given;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            given << p.trimmed();
    }
    return given.join(QStringLiteral(" / "));
}

QString PersonProfile::html(const Staff &s)
{
    QString title = s.title;
    if (!s.titleLevel.isEmpty())
        title = s.title.isEmpty() ? s.titleLevel : tr("%1 (%2)").arg(s.title, s.titleLevel);
    const QString born = s.birthDate.isValid() ? s.birthDate.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    QString html = QStringLiteral("<table>");
    html += line(tr("ID number"), s.idNumber);
    html += line(tr("Gender / born"), joined({s.gender, born}));
    html += line(tr("Ethnicity"), s.ethnicity);
    html += line(tr("Department"), s.department);
    html += line(tr("Title"), title);
    html += line(tr("Series / sub-specialty"), joined({s.titleSeries, s.subSpecialty}));
    html += line(tr("Title sought"), s.titleSought);
    html += line(tr("Education"), s.education);
    html += line(tr("Phone"), s.phone);
    html += line(tr("Joined"), s.joinedOn.isValid() ? s.joinedOn.toString(QStringLiteral("yyyy-MM-dd")) : QString());
    html += line(tr("Status"), s.status);
    html += QStringLiteral("</table>");
    return html;
}
