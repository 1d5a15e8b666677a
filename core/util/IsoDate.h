#pragma once
#include <QDate>
#include <QString>

// QDate::toString(Qt::ISODate), byte for byte, without its calendar and asprintf work (≈ 5,000
// instructions a call, 4 % of a roster import): "yyyy-MM-dd" for the years 0…9999, Qt's own text for
// any other year, a null QString for an invalid date. Audit texts are hashed, so it must not drift
// (test_json_writer compares it with Qt over every day of several centuries).
namespace IsoDate {
QString text(const QDate &date);
}
