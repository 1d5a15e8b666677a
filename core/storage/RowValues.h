#pragma once
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// The VALUES list of a multi-row statement: `rows` rows of `columns` named placeholders
// (:r<row>c<column>), every name once. Qt 6.4 binds a named placeholder with one hash look-up
// (≈ 300 instructions); a positional one first formats its name (≈ 2,000), and rows passed as one
// JSON text cost SQLite ≈ 4,000 instructions a json_extract. The bulk writers (StaffChunkWriter,
// AuditBatch) use it; SQLite's limit of 32,766 values a statement bounds rows × columns.
class RowValues
{
public:
    RowValues(int rows, int columns);

    int rows() const { return m_rows; }
    // "(:r0c0, :r0c1), (:r1c0, :r1c1)" — placeholders only, never a value.
    QString sql() const;
    void bind(QSqlQuery &q, int row, int column, const QVariant &value) const
    {
        q.bindValue(m_names.at(row * m_columns + column), value);
    }

private:
    int m_rows;
    int m_columns;
    QStringList m_names;
};
