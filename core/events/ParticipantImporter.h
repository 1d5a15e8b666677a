#pragma once
#include <QCoreApplication>
#include "events/EventParticipant.h"
#include "import/RosterImporter.h"

#include <QSqlDatabase>

struct TableData;

// Participants list of a training event (.xlsx/.csv, encodings as the roster import): the 汇总表's
// columns 序号, 姓名, 单位, 身份证号码, 技术职称, 培训学时, 考试结果, 备注 (+ optional 实际参加天数) in any
// order, title rows above the header allowed. Rows are matched by 身份证号码, the name is cross-checked.
// analyse() finds what would be added / changed / unchanged and every failing row (行号 / 证件号码 /
// 失败原因); apply() writes only a preview without errors, in one transaction.
class ParticipantImporter
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantImporter)

public:
    using RowIssue = RosterImporter::RowIssue;

    struct Preview
    {
        QString sourceName;
        int headerRow = 0;
        QList<EventParticipant> toAdd;      // file order
        QList<EventParticipant> toChange;   // new values
        int unchanged = 0;
        QList<RowIssue> errors;
        QStringList warnings;               // e.g. 培训学时 in the file differs from the credit

        bool ok() const { return errors.isEmpty(); }
    };

    ParticipantImporter(QSqlDatabase db, qint64 eventId) : m_db(std::move(db)), m_eventId(eventId) {}

    bool analyse(const QString &path, Preview *preview, QString *error) const;
    bool analyseTable(const TableData &table, Preview *preview, QString *error) const;
    bool apply(const Preview &preview, QString *error) const;

    static QString summary(const Preview &preview);
    static QString errorReport(const Preview &preview);

private:
    QSqlDatabase m_db;
    qint64 m_eventId;
};
