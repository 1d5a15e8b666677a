#pragma once
#include <QCoreApplication>
#include "domain/Staff.h"
#include "import/ActivityImporter.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

struct ActivityKind;
struct FieldSpec;
class RuleSetRegistry;

// The row checks of ActivityImporter, one sheet at a time: the registry, the year locks, duplicates
// (in the file and against stored activities) and the kind's fields, then the credit.
class ActivityRowChecker
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImporter)

public:
    static constexpr int kHeaderSearchRows = 10;

    ActivityRowChecker(QSqlDatabase db, qint64 unitId, const RuleSetRegistry &registry, bool requireName);
    // Reads the unit and its registry; false when the unit has no rule set.
    bool prepare(QString *error);
    // Checks every row of the sheet into the preview; false when the sheet has no header row.
    bool checkTable(const TableData &table, bool qualifyRows, ActivityImporter::Preview *preview);

private:
    struct Sheet
    {
        QString name;                       // "" unless rows are qualified by it
        int headerIndex = -1;
        QList<int> common;                  // ActivityColumns::Common -> column or -1
        QList<QPair<int, QString>> other;   // the other columns: (column, header)
        QString kindText;                   // no 类别 column: the kind named above the header or by the sheet
        QSet<int> fieldColumns;             // other columns naming a field of some kind of some rule set
        // Per "set/kind": the kind's field of each other column (nullptr: not its field), computed once.
        mutable QHash<QString, QList<const FieldSpec *>> kindColumns;
    };
    void checkRow(const Sheet &sheet, const QStringList &cells, int rowNumber, ActivityImporter::Preview *preview);
    bool findHeader(const TableData &table, Sheet *sheet) const;
    bool isAnyFieldHeader(const QString &header) const;
    static const QList<const FieldSpec *> &columnsOf(const Sheet &sheet, const QString &setId, const ActivityKind &kind);
    bool isLocked(qint64 staffId, int year);
    // The stored activity the key names among the person's of that year (read once per person-year
    // through one prepared query: the file's people only, not the whole year of the unit).
    qint64 storedDuplicate(const QString &key, qint64 staffId, int year);
    static QString duplicateKey(const Activity &a);

    QSqlDatabase m_db;
    qint64 m_unitId;
    const RuleSetRegistry &m_registry;
    bool m_requireName;
    QString m_unitRuleSet;
    QHash<QString, Staff> m_staff;
    QHash<QString, QString> m_firstRowOfKey;
    QHash<QPair<qint64, int>, QHash<QString, qint64>> m_storedKeys; // (person, year) -> key -> activity id
    QSqlQuery m_personYear;
    QSet<QPair<qint64, int>> m_locked; // the locked person-years, read once
    bool m_lockedRead = false;
};
