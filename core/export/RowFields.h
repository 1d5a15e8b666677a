#pragma once
#include "export/ExportData.h"

#include <QDate>
#include <QString>
#include <QVariant>

// A row's field without the QVariant (the xlsx writer's per-cell path, TableWriter): what
// PersonYearRow::value / ActivityRow::value give, typed. A text points into the row when the row
// holds it, else to `owned` (computed texts: labels, joined names).
struct FieldValue
{
    enum Kind : quint8 { Invalid, String, Double, Int, Date, Other };
    Kind kind = Invalid;
    const QString *string = nullptr;   // String
    QString owned;
    double number = 0;                 // Double, Int
    QDate date;                        // Date
    QVariant other;                    // Other

    void setString(const QString &s)
    {
        kind = String;
        string = &s;
    }
    void setOwned(QString s);
    void setVariant(const QVariant &v);
    // The same value as Row::value returns it.
    QVariant toVariant() const;
};

// A field id resolved once (the value() functions compare the id with every field name): the
// row's member read directly, or — for computed fields — Row::value(field).
template<typename Row>
class FieldGetter
{
public:
    explicit FieldGetter(const QString &field);
    void operator()(const Row &row, FieldValue *out) const
    {
        if (m_direct)
            m_direct(row, out);
        else
            out->setVariant(row.value(m_field));
    }

private:
    void (*m_direct)(const Row &, FieldValue *) = nullptr;
    QString m_field;
};
