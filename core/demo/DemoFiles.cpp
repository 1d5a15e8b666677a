#include "demo/DemoFiles.h"

#include "demo/DemoData.h"
#include "demo/DemoNames.h"
#include "import/ActivityColumns.h"
#include "import/RosterColumns.h"
#include "rules/RuleSet.h"
#include "rules/Subject.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <xlsxwriter.h>

namespace {
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// A CSV file written line by line (QSaveFile: complete or absent).
class CsvOut
{
public:
    explicit CsvOut(const QString &path) : m_file(path), m_out(&m_file) {}
    bool open() { return m_file.open(QIODevice::WriteOnly) && (m_out << QChar(0xFEFF), true); }
    void row(const QStringList &cells)
    {
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                m_out << ',';
            m_out << csvField(cells.at(i));
        }
        m_out << "\r\n";
    }
    bool commit()
    {
        m_out.flush();
        return m_file.commit();
    }
    QString errorString() const { return m_file.errorString(); }

private:
    QSaveFile m_file;
    QTextStream m_out;
};

QStringList rosterHeader()
{
    QStringList h;
    for (int f = 0; f < RosterColumns::FieldCount; ++f)
        h << RosterColumns::header(RosterColumns::Field(f));
    return h;
}

QStringList rosterRow(const Staff &s)
{
    QStringList cells;
    for (int f = 0; f < RosterColumns::FieldCount; ++f) {
        switch (RosterColumns::Field(f)) {
        case RosterColumns::IdNumber: cells << s.idNumber; break;
        case RosterColumns::Name: cells << s.name; break;
        case RosterColumns::Gender: cells << s.gender; break;
        case RosterColumns::Ethnicity: cells << s.ethnicity; break;
        case RosterColumns::Department: cells << s.department; break;
        case RosterColumns::Title: cells << s.title; break;
        case RosterColumns::TitleLevel: cells << s.titleLevel; break;
        case RosterColumns::TitleSeries: cells << s.titleSeries; break;
        case RosterColumns::SubSpecialty: cells << s.subSpecialty; break;
        case RosterColumns::TitleSought: cells << s.titleSought; break;
        case RosterColumns::Education: cells << s.education; break;
        case RosterColumns::Phone: cells << s.phone; break;
        case RosterColumns::JoinedOn: cells << s.joinedOn.toString(Qt::ISODate); break;
        case RosterColumns::Status: cells << s.status; break;
        case RosterColumns::FieldCount: break;
        }
    }
    return cells;
}

// Every row changed: a new phone number, the next department, another education.
Staff changed(Staff s, int index)
{
    const QStringList &deps = DemoNames::departments();
    s.department = deps.at((deps.indexOf(s.department) + 1 + index % 3) % deps.size());
    s.phone = QStringLiteral("1%1").arg(s.phone.mid(1).toLongLong() % 9000000000LL + 1000000000LL + index % 7);
    if (s.phone.size() != 11)
        s.phone = QStringLiteral("139%1").arg(index % 100000000, 8, 10, QLatin1Char('0'));
    return s;
}

bool writeXlsx(const QString &path, const QStringList &header, const QList<Staff> &people, bool change, QString *error)
{
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_FALSE};
    const QByteArray native = QFile::encodeName(QDir::toNativeSeparators(path));
    lxw_workbook *wb = workbook_new_opt(native.constData(), &options);
    if (!wb) {
        *error = DemoFiles::tr("Cannot write %1").arg(path);
        return false;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, "名册");
    lxw_format *text = workbook_add_format(wb);
    format_set_num_format(text, "@");
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr);
    for (int r = 0; r < people.size(); ++r) {
        const QStringList cells = rosterRow(change ? changed(people.at(r), r) : people.at(r));
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells.at(c).isEmpty())
                worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), cells.at(c).toUtf8().constData(), text);
        }
    }
    if (workbook_close(wb) != LXW_NO_ERROR) {
        *error = DemoFiles::tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

// The union of every year's kinds' field labels, in first-seen order.
QStringList fieldColumns(const DemoData &data)
{
    QStringList labels;
    for (int year : data.years()) {
        for (const ActivityKind &k : data.ruleSetFor(year)->kinds())
            for (const FieldSpec &f : k.fields)
                if (!labels.contains(f.label))
                    labels << f.label;
    }
    return labels;
}
} // namespace

bool DemoFiles::write(const DemoData &data, const QString &folder, QStringList *written, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1").arg(folder);
        return false;
    }
    const QDir dir(folder);
    auto csv = [&](const QString &name, const std::function<void(CsvOut &)> &fill) {
        CsvOut out(dir.filePath(name));
        if (!out.open()) {
            *error = tr("Cannot write %1: %2").arg(dir.filePath(name), out.errorString());
            return false;
        }
        fill(out);
        if (!out.commit()) {
            *error = tr("Cannot write %1: %2").arg(dir.filePath(name), out.errorString());
            return false;
        }
        *written << dir.filePath(name);
        return true;
    };
    const QList<Staff> &people = data.people();
    const QStringList header = rosterHeader();
    for (bool change : {false, true}) {
        const QString stem = change ? QStringLiteral("roster-changed") : QStringLiteral("roster");
        if (!csv(stem + QStringLiteral(".csv"), [&](CsvOut &out) {
                out.row(header);
                for (int i = 0; i < people.size(); ++i)
                    out.row(rosterRow(change ? changed(people.at(i), i) : people.at(i)));
            }))
            return false;
        if (!writeXlsx(dir.filePath(stem + QStringLiteral(".xlsx")), header, people, change, error))
            return false;
        *written << dir.filePath(stem + QStringLiteral(".xlsx"));
    }
    const QStringList fields = fieldColumns(data);
    QStringList activityHeader;
    for (int c = 0; c < ActivityColumns::CommonCount; ++c)
        activityHeader << ActivityColumns::header(ActivityColumns::Common(c));
    activityHeader << fields;
    if (!csv(QStringLiteral("activities.csv"), [&](CsvOut &out) {
            out.row(activityHeader);
            for (int i = 0; i < people.size(); ++i) {
                for (int year : data.years()) {
                    const RuleSet *set = data.ruleSetFor(year);
                    for (const Activity &a : data.activitiesOf(i, year)) {
                        QStringList cells(activityHeader.size());
                        cells[ActivityColumns::IdNumber] = people.at(i).idNumber;
                        cells[ActivityColumns::Name] = people.at(i).name;
                        cells[ActivityColumns::Year] = QString::number(year);
                        cells[ActivityColumns::Kind] = a.kind;
                        cells[ActivityColumns::Title] = a.title;
                        cells[ActivityColumns::Start] = a.startDate.toString(Qt::ISODate);
                        cells[ActivityColumns::End] = a.endDate.toString(Qt::ISODate);
                        cells[ActivityColumns::Subject] = a.subject.isEmpty() ? QString() : subjectLabel(subjectFromId(a.subject));
                        for (const FieldSpec &f : set->kind(a.kind)->fields) {
                            if (a.params.contains(f.name))
                                cells[ActivityColumns::CommonCount + fields.indexOf(f.label)] = f.displayValue(a.params.value(f.name));
                        }
                        out.row(cells);
                    }
                }
            }
        }))
        return false;
    // The same rows for `cehours-cli credits --input` (docs/rules/input-format.md: machine names).
    QStringList names;
    for (int year : data.years())
        for (const ActivityKind &k : data.ruleSetFor(year)->kinds())
            for (const FieldSpec &f : k.fields)
                if (!names.contains(f.name))
                    names << f.name;
    if (!csv(QStringLiteral("credits.csv"), [&](CsvOut &out) {
            out.row(QStringList{QStringLiteral("person"), QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("kind"),
                                QStringLiteral("subject"), QStringLiteral("title"), QStringLiteral("startDate"), QStringLiteral("date")}
                    + names);
            for (int i = 0; i < people.size(); ++i) {
                for (int year : data.years()) {
                    for (const Activity &a : data.activitiesOf(i, year)) {
                        QStringList cells{people.at(i).idNumber, people.at(i).name, QString::number(year), a.kind, a.subject, a.title,
                                          a.startDate.toString(Qt::ISODate), a.endDate.toString(Qt::ISODate)};
                        for (const QString &n : names) {
                            const QJsonValue v = a.params.value(n);
                            cells << (v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                      : v.isDouble() ? QString::number(v.toDouble()) : v.toString());
                        }
                        out.row(cells);
                    }
                }
            }
        }))
        return false;
    if (!csv(QStringLiteral("events.csv"), [&](CsvOut &out) {
            out.row({QStringLiteral("编号"), QStringLiteral("培训主题"), QStringLiteral("类别"), QStringLiteral("开始日期"),
                     QStringLiteral("结束日期"), QStringLiteral("天数"), QStringLiteral("参加人数")});
            for (int e = 0; e < data.events().size(); ++e) {
                const TrainingEvent &t = data.events().at(e).event;
                out.row({QString::number(e + 1), t.title, t.kind, t.startDate.toString(Qt::ISODate), t.endDate.toString(Qt::ISODate),
                         QString::number(t.params.value(QStringLiteral("days")).toDouble()),
                         QString::number(data.events().at(e).people.size())});
            }
        }))
        return false;
    for (int e = 0; e < data.events().size(); ++e) {
        const DemoData::Event &ev = data.events().at(e);
        if (!csv(QStringLiteral("participants-%1.csv").arg(e + 1, 3, 10, QLatin1Char('0')), [&](CsvOut &out) {
                out.row({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("单位"), QStringLiteral("身份证号码"),
                         QStringLiteral("技术职称"), QStringLiteral("考试结果"), QStringLiteral("备注")});
                for (int j = 0; j < ev.people.size(); ++j) {
                    const Staff &s = people.at(ev.people.at(j));
                    out.row({QString::number(j + 1), s.name, s.department, s.idNumber, s.title, ev.results.at(j), QString()});
                }
            }))
            return false;
    }
    return true;
}
