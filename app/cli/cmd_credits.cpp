// cehours-cli credits --rules SET --input FILE.json|FILE.csv [--json] [--cycle APPLICATION_YEAR [--cycle-years N]]
// Credits every activity in the file, then per person and year: counted / not counted items with
// their explanations, totals and the verdict (docs/rules/input-format.md describes the file).
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"

#include "rules/CreditCalculator.h"
#include "rules/CycleCheck.h"
#include "rules/FormulaEvaluator.h"
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <vector>

namespace {
struct Row
{
    ActivityInput input;
    QString where;   // "FILE: row 3" / "FILE: activity 2"
    QString error;   // a problem found while reading (bad subject, bad date)
};

// Checks the free-text columns the engine does not see (it gets them already parsed).
QString checkColumns(const QJsonObject &o)
{
    const QString subject = o.value(QLatin1String("subject")).toString().trimmed();
    if (!subject.isEmpty() && subjectFromId(subject) == Subject::None)
        return QCoreApplication::translate("cli", "field \"subject\": \"%1\" is not public/professional (公需/专业)").arg(subject);
    for (const char *k : {"date", "startDate", "declaredOn"}) {
        const QString d = o.value(QLatin1String(k)).toString().trimmed();
        if (!d.isEmpty() && !QDate::fromString(d, Qt::ISODate).isValid())
            return QCoreApplication::translate("cli", "field \"%1\": \"%2\" is not a date (YYYY-MM-DD)").arg(QLatin1String(k), d);
    }
    const QJsonValue y = o.value(QLatin1String("year"));
    if (y.isString() && !y.toString().trimmed().isEmpty()) {
        bool ok = false;
        y.toString().trimmed().toInt(&ok);
        if (!ok)
            return QCoreApplication::translate("cli", "field \"year\": \"%1\" is not a year").arg(y.toString());
    }
    return QString();
}

// RFC 4180-ish CSV read record by record from the file (quoted fields, doubled quotes, CRLF or LF),
// never the whole file in memory; a record can be read again later from its offset (readAt).
// Bytes are split on ASCII quote/comma/CR/LF (never part of a UTF-8 sequence), each field decoded.
class CsvRecords
{
public:
    explicit CsvRecords(QFile *file) : m_file(file) {}
    // The next record from where the last one ended (a blank line is skipped); false at the end.
    bool next(QStringList *cells, qint64 *offset)
    {
        for (;;) {
            bool blank = false;
            *offset = m_pos;
            if (!parse(cells, &blank))
                return false;
            if (!blank)
                return true;
        }
    }
    // The record that begins at `offset` (as next() gave it).
    bool readAt(qint64 offset, QStringList *cells)
    {
        if (offset < m_start || offset > m_start + m_buffer.size()) {
            m_start = offset;
            m_buffer.clear();
            m_file->seek(offset);
            m_eof = false;
        }
        m_pos = offset;
        bool blank = false;
        return parse(cells, &blank);
    }

private:
    // More bytes after the buffer; false at the end of the file.
    bool fill()
    {
        if (m_eof)
            return false;
        // Drop what lies before the current record (keeps the buffer about one chunk long).
        const qint64 drop = m_pos - m_start;
        if (drop > 0) {
            m_buffer.remove(0, drop);
            m_start = m_pos;
        }
        const QByteArray more = m_file->read(kChunk);
        if (more.isEmpty()) {
            m_eof = true;
            return false;
        }
        if (m_start == 0 && m_buffer.isEmpty() && more.startsWith("\xEF\xBB\xBF")) {
            m_buffer = more.mid(3);
            m_start = m_pos = 3;
        } else {
            m_buffer += more;
        }
        return true;
    }
    // One record from m_pos; *blank: a line holding only white space (skipped by the reader).
    bool parse(QStringList *cells, bool *blank)
    {
        cells->clear();
        QByteArray field;
        bool quoted = false;
        qint64 i = m_pos - m_start;
        for (;;) {
            if (i >= m_buffer.size()) {
                const qint64 at = i - (m_pos - m_start);
                if (!fill()) {
                    // The end of the file: a last record without a line break is kept as it is.
                    if (!field.isEmpty() || !cells->isEmpty()) {
                        *cells << QString::fromUtf8(field);
                        m_pos = m_start + m_buffer.size();
                        *blank = false;
                        return true;
                    }
                    m_pos = m_start + m_buffer.size();
                    return false;
                }
                i = (m_pos - m_start) + at;
                continue;
            }
            const char c = m_buffer.at(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 >= m_buffer.size() && !m_eof) {
                        const qint64 at = i - (m_pos - m_start);
                        if (fill()) {
                            i = (m_pos - m_start) + at;
                            continue;
                        }
                    }
                    if (i + 1 < m_buffer.size() && m_buffer.at(i + 1) == '"') {
                        field += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                *cells << QString::fromUtf8(field);
                field.clear();
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    if (i + 1 >= m_buffer.size() && !m_eof) {
                        const qint64 at = i - (m_pos - m_start);
                        if (fill())
                            i = (m_pos - m_start) + at;
                    }
                    if (i + 1 < m_buffer.size() && m_buffer.at(i + 1) == '\n')
                        ++i;
                }
                *cells << QString::fromUtf8(field);
                m_pos = m_start + i + 1;
                *blank = cells->size() == 1 && cells->first().trimmed().isEmpty();
                return true;
            } else {
                field += c;
            }
            ++i;
        }
    }

    static constexpr qint64 kChunk = 1 << 20;
    QFile *m_file;
    QByteArray m_buffer;
    qint64 m_start = 0;   // file offset of m_buffer[0]
    qint64 m_pos = 0;     // file offset where the next record begins
    bool m_eof = false;
};

QString canonicalColumn(const QString &h)
{
    static const QMap<QString, QString> aliases = {
        {QStringLiteral("身份证号码"), QStringLiteral("person")}, {QStringLiteral("人员"), QStringLiteral("person")},
        {QStringLiteral("姓名"), QStringLiteral("name")},         {QStringLiteral("年度"), QStringLiteral("year")},
        {QStringLiteral("类别"), QStringLiteral("kind")},         {QStringLiteral("科目"), QStringLiteral("subject")},
        {QStringLiteral("名称"), QStringLiteral("title")},        {QStringLiteral("日期"), QStringLiteral("date")},
        {QStringLiteral("申报日期"), QStringLiteral("declaredOn")}, {QStringLiteral("编号"), QStringLiteral("id")},
        {QStringLiteral("开始日期"), QStringLiteral("startDate")}};
    const QString t = h.trimmed();
    return aliases.value(t, t);
}

const QStringList &reservedColumns()
{
    static const QStringList reserved = {QStringLiteral("person"), QStringLiteral("name"), QStringLiteral("id"),
                                         QStringLiteral("year"), QStringLiteral("kind"), QStringLiteral("subject"),
                                         QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("declaredOn"),
                                         QStringLiteral("startDate")};
    return reserved;
}

// A CSV record as the engine's input object (reserved columns, the rest as params).
QJsonObject csvObject(const QStringList &header, const QStringList &cells)
{
    QJsonObject o;
    QJsonObject params;
    for (int c = 0; c < header.size() && c < cells.size(); ++c) {
        const QString v = cells[c].trimmed();
        if (v.isEmpty() || header[c].isEmpty())
            continue;
        if (reservedColumns().contains(header[c]))
            o.insert(header[c], v);
        else
            params.insert(header[c], v);
    }
    o.insert(QStringLiteral("params"), params);
    return o;
}

// Reads the header row (the first that is not blank) and checks the required columns.
bool readCsvHeader(const QString &path, CsvRecords &records, QStringList *header, QStringList *errors)
{
    QStringList cells;
    qint64 offset = 0;
    if (!records.next(&cells, &offset)) {
        *errors << QCoreApplication::translate("cli", "%1: the file is empty").arg(path);
        return false;
    }
    for (const QString &h : qAsConst(cells))
        *header << canonicalColumn(h);
    for (const char *need : {"person", "year", "kind"}) {
        if (!header->contains(QLatin1String(need))) {
            *errors << QCoreApplication::translate("cli", "%1: row 1: missing column \"%2\"").arg(path, QLatin1String(need));
            return false;
        }
    }
    return true;
}

bool readJson(const QString &path, const QByteArray &data, QString *rulesId, QList<Row> *rows, QStringList *errors)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *errors << QCoreApplication::translate("cli", "%1: invalid JSON at offset %2: %3").arg(path).arg(pe.offset).arg(pe.errorString());
        return false;
    }
    int n = 0;
    auto addActivities = [&](const QJsonArray &acts, const QJsonObject &person) {
        for (const QJsonValue &v : acts) {
            ++n;
            QJsonObject o = v.toObject();
            if (!o.contains(QLatin1String("person")))
                o.insert(QStringLiteral("person"), person.value(QLatin1String("person")));
            if (!o.contains(QLatin1String("name")))
                o.insert(QStringLiteral("name"), person.value(QLatin1String("name")));
            *rows << Row{ActivityInput::fromJson(o), QCoreApplication::translate("cli", "%1: activity %2").arg(path).arg(n), checkColumns(o)};
        }
    };
    if (doc.isArray()) {
        addActivities(doc.array(), QJsonObject());
        return true;
    }
    const QJsonObject top = doc.object();
    *rulesId = top.value(QLatin1String("rules")).toString();
    if (top.contains(QLatin1String("people"))) {
        for (const QJsonValue &p : top.value(QLatin1String("people")).toArray())
            addActivities(p.toObject().value(QLatin1String("activities")).toArray(), p.toObject());
    }
    addActivities(top.value(QLatin1String("activities")).toArray(), QJsonObject());
    if (n == 0) {
        *errors << QCoreApplication::translate("cli", "%1: no activities (expected \"people\"[].activities or \"activities\")").arg(path);
        return false;
    }
    return true;
}

QString itemLine(const YearItem &it)
{
    QString line = it.counted ? QStringLiteral("  [计入] ") : QStringLiteral("  [不计入] ");
    line += it.credit.kindLabel.isEmpty() ? it.input.kind : it.credit.kindLabel;
    if (!it.input.title.isEmpty())
        line += QStringLiteral("「") + it.input.title + QStringLiteral("」");
    if (!it.credit.ok())
        return line + QStringLiteral("：") + it.reason;
    line += QStringLiteral("  ") + FormulaEvaluator::number(it.counted ? it.countedHours : it.credit.hours)
        + QStringLiteral("学时 ") + subjectLabel(it.credit.subject) + QStringLiteral(" — ") + it.credit.explanation;
    if (!it.reason.isEmpty() && !it.credit.explanation.contains(it.reason))
        line += QStringLiteral("；") + it.reason;
    for (const QString &w : it.credit.warnings)
        line += QStringLiteral("；注意：") + w;
    return line;
}
} // namespace

int runCredits(CliContext &ctx)
{
    QString rulesId = ctx.takeOption(QStringLiteral("--rules"));
    const QString input = ctx.takeOption(QStringLiteral("--input"));
    const QString cycleText = ctx.takeOption(QStringLiteral("--cycle"));
    const QString cycleYearsText = ctx.takeOption(QStringLiteral("--cycle-years"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.unknownOptions().isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Unknown option: %1").arg(ctx.unknownOptions().first()) << Qt::endl;
        return ExitBadInput;
    }
    if (input.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "credits: --input FILE.json|FILE.csv is required") << Qt::endl;
        return ExitBadInput;
    }
    QFile f(input);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.err() << QCoreApplication::translate("cli", "%1: cannot read: %2").arg(input, f.errorString()) << Qt::endl;
        return ExitBadInput;
    }
    const QString name = QFileInfo(input).fileName();
    QList<Row> rows;   // JSON input: every row (the document is parsed whole anyway)
    QStringList errors;
    QStringList warnings;
    QString fileRules;
    const bool isCsv = input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    // CSV input is streamed: read once here (checks, people, years), each row's offset kept, and read
    // again person by person for the output; a 4-million-row file never sits in memory.
    CsvRecords records(&f);
    QStringList header;
    QStringList cells;
    bool read = false;
    if (isCsv) {
        read = readCsvHeader(name, records, &header, &errors);
    } else {
        QByteArray data = f.readAll();
        if (data.startsWith("\xEF\xBB\xBF"))
            data = data.mid(3);
        read = readJson(name, data, &fileRules, &rows, &errors);
    }
    if (!read) {
        for (const QString &e : errors)
            ctx.err() << e << Qt::endl;
        return ExitBadInput;
    }
    if (rulesId.isEmpty())
        rulesId = fileRules;
    const RuleSetRegistry &reg = RuleSetRegistry::embedded();
    if (rulesId.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "credits: --rules SET is required (known: %1)").arg(reg.ids().join(QStringLiteral(", "))) << Qt::endl;
        return ExitBadInput;
    }
    const RuleSet *set = reg.find(rulesId);
    if (!set) {
        ctx.err() << QCoreApplication::translate("cli", "Unknown rule set: %1 (known: %2)").arg(rulesId, reg.ids().join(QStringLiteral(", "))) << Qt::endl;
        return ExitBadInput;
    }
    int applicationYear = 0, cycleYears = 0;
    if (!cycleText.isEmpty()) {
        bool ok = false;
        applicationYear = cycleText.toInt(&ok);
        cycleYears = cycleYearsText.isEmpty() ? 0 : cycleYearsText.toInt();
        if (!ok || applicationYear < 1990 || cycleYears < 0
            || (cycleYears == 0 && set->cycle().yearsBeforeApplication == 0)) {
            ctx.err() << QCoreApplication::translate("cli", "credits: --cycle needs the application year, and --cycle-years N unless the rule set fixes the span")
                      << Qt::endl;
            return ExitBadInput;
        }
    }

    // Group by person (file order, keyed by hash) and year: one entry per row to compute (its offset in
    // the CSV file or its index in `rows`), sorted by person, year and file order below.
    struct Entry
    {
        qint64 ref;
        int person;
        int year;
    };
    std::vector<Entry> entries;
    QStringList people;
    QHash<QString, int> personIndex;
    QList<QString> names;
    auto take = [&](const Row &r, qint64 ref) {
        if (!r.error.isEmpty()) {
            errors << r.where + QStringLiteral(": ") + r.error;
            return;
        }
        // Checked under the set the year is computed with (the set in force then), so that every row
        // the year shows with an error is reported here too.
        const RuleSet *inForce = r.input.year > 0 ? reg.inForce(set->id(), r.input.year) : nullptr;
        const CreditResult c = CreditCalculator::calculate(inForce ? *inForce : *set, r.input);
        const QString tag = r.input.id.isEmpty() ? QString() : QStringLiteral("(%1) ").arg(r.input.id);
        if (!c.ok())
            errors << r.where + QStringLiteral(": ") + tag + c.error
                    + (inForce && inForce != set ? QStringLiteral(" [%1]").arg(inForce->id()) : QString());
        for (const QString &w : c.warnings)
            warnings << r.where + QStringLiteral(": ") + tag + w;
        if (r.input.year <= 0)
            return;
        const QString p = r.input.person.isEmpty() ? QStringLiteral("-") : r.input.person;
        auto found = personIndex.constFind(p);
        if (found == personIndex.constEnd()) {
            found = personIndex.insert(p, int(people.size()));
            people << p;
            names << QString();
        }
        if (!r.input.personName.isEmpty())
            names[*found] = r.input.personName;
        entries.push_back(Entry{ref, *found, r.input.year});
    };
    if (isCsv) {
        qint64 offset = 0;
        for (int r = 1; records.next(&cells, &offset); ++r) {
            const QJsonObject o = csvObject(header, cells);
            take(Row{ActivityInput::fromJson(o), QCoreApplication::translate("cli", "%1: row %2").arg(name).arg(r + 1), checkColumns(o)}, offset);
        }
    } else {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            take(rows.at(i), i);
            rows[i].where.clear();
        }
    }
    // File order within a person-year: refs grow with it (offsets, indexes), so an in-place sort suffices.
    // A file already in person, year order (as demo-data and most exports write it) is not sorted again:
    // the check is linear, the sort n log n (rec15: the growth for 4x the rows).
    const auto byPersonYear = [](const Entry &a, const Entry &b) {
        return a.person != b.person ? a.person < b.person : a.year != b.year ? a.year < b.year : a.ref < b.ref;
    };
    if (!std::is_sorted(entries.begin(), entries.end(), byPersonYear))
        std::sort(entries.begin(), entries.end(), byPersonYear);
    auto inputOf = [&](const Entry &e) {
        if (!isCsv)
            return std::move(rows[e.ref].input);
        records.readAt(e.ref, &cells);
        return ActivityInput::fromJson(csvObject(header, cells));
    };

    // Output is written person by person (never the whole document in memory).
    auto jsonText = [](const QJsonValue &v) {
        const QJsonArray wrapper{v};
        const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    };
    if (json)
        ctx.out() << "{\n    \"ruleSet\": " << jsonText(set->id()) << ",\n    \"people\": [";
    else
        ctx.out() << QStringLiteral("规则：") << set->name() << " [" << set->id() << "]\n";
    size_t next = 0;
    for (int index = 0; index < people.size(); ++index) {
        const QString &p = people.at(index);
        QList<YearResult> years;
        while (next < entries.size() && entries[next].person == index) {
            const int year = entries[next].year;
            QList<ActivityInput> inputs;
            for (; next < entries.size() && entries[next].person == index && entries[next].year == year; ++next)
                inputs << inputOf(entries[next]);
            // A year is computed under the set in force for it (e.g. hefei-2021 before anhui-2025).
            const RuleSet *inForce = reg.inForce(set->id(), year);
            years << YearAggregator::aggregate(inForce ? *inForce : *set, year, inputs);
        }
        if (json) {
            QJsonArray ja;
            for (const YearResult &y : years) {
                QJsonObject yo = y.toJson();
                const RuleSet *used = reg.find(y.ruleSetId);
                yo.insert(QStringLiteral("ruleSetName"), used ? used->name() : QString());
                ja.append(yo);
            }
            QJsonObject po{{QStringLiteral("person"), p}, {QStringLiteral("name"), names.at(index)}, {QStringLiteral("years"), ja}};
            if (applicationYear)
                po.insert(QStringLiteral("cycle"), CycleCheck::forApplication(*set, years, applicationYear, cycleYears).toJson());
            ctx.out() << (index ? ",\n        " : "\n        ") << jsonText(po);
            if (index % 256 == 255)
                ctx.out().flush(); // hand the text to the device: the stream's buffer would keep it all
            continue;
        }
        ctx.out() << "\n== " << (names.at(index).isEmpty() ? p : names.at(index) + QStringLiteral("（") + p + QStringLiteral("）"))
                  << " ==\n";
        for (const YearResult &y : years) {
            ctx.out() << y.year << QStringLiteral("年");
            if (y.ruleSetId != set->id())
                ctx.out() << QStringLiteral("（按当年适用的规则 %1 计算）").arg(y.ruleSetId);
            else if (!set->appliesTo(y.year))
                ctx.out() << QStringLiteral("（注意：%1 早于本规则的适用年度 %2）").arg(y.year).arg(set->validFrom());
            ctx.out() << "\n";
            for (const YearItem &it : y.items)
                ctx.out() << itemLine(it) << "\n";
            ctx.out() << "  " << y.verdictText() << "\n";
        }
        if (applicationYear) {
            const CycleResult cr = CycleCheck::forApplication(*set, years, applicationYear, cycleYears);
            ctx.out() << QStringLiteral("周期核对（%1年申报）").arg(applicationYear) << "\n";
            for (const QString &l : cr.explanation)
                ctx.out() << "  " << l << "\n";
        }
    }
    if (json) {
        ctx.out() << (people.isEmpty() ? "],\n" : "\n    ],\n") << "    \"errors\": " << jsonText(QJsonArray::fromStringList(errors))
                  << ",\n    \"warnings\": " << jsonText(QJsonArray::fromStringList(warnings)) << "\n}\n";
    }
    for (const QString &w : warnings)
        ctx.err() << QCoreApplication::translate("cli", "warning: %1").arg(w) << Qt::endl;
    for (const QString &e : errors)
        ctx.err() << e << Qt::endl;
    return errors.isEmpty() ? ExitOk : ExitBadInput;
}
