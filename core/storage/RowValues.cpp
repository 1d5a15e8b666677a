#include "storage/RowValues.h"

RowValues::RowValues(int rows, int columns) : m_rows(rows), m_columns(columns)
{
    m_names.reserve(rows * columns);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            m_names << QStringLiteral(":r%1c%2").arg(r).arg(c);
    }
}

QString RowValues::sql() const
{
    QString out;
    out.reserve(m_names.size() * 10);
    for (int r = 0; r < m_rows; ++r) {
        out += r ? QStringLiteral(", (") : QStringLiteral("(");
        for (int c = 0; c < m_columns; ++c) {
            if (c)
                out += QStringLiteral(", ");
            out += m_names.at(r * m_columns + c);
        }
        out += QLatin1Char(')');
    }
    return out;
}
