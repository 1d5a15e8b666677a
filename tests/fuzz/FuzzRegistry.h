#pragma once
// Shared by the importer fuzz targets (activities, participants): a registry in a temporary
// folder under 湖南 2025 rules with a few people whose ID numbers the seed corpus uses
// (FuzzRegistry::idNumber(i), i = 0..5: 430102 + 1985-01-01 + i days + sequence i+1), one of
// them has left (4) and one has a submitted 2025 (5); and the input bytes read as a CSV table,
// or as every sheet of an xlsx when they start with "PK".
#include "FuzzSupport.h"
#include "domain/IdNumber.h"
#include "domain/Staff.h"
#include "domain/Unit.h"
#include "import/CsvReader.h"
#include "import/TableData.h"
#include "import/XlsxReader.h"
#include "import/XlsxWorkbook.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"

#include <QList>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace FuzzRegistry {

constexpr int People = 6;
constexpr int MaxSheets = 8; // the activity template has one sheet per kind (about 10)

inline QString idNumber(int i)
{
    const QString first17 = QStringLiteral("430102") + QDate(1985, 1, 1).addDays(i).toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

struct Registry
{
    QTemporaryDir dir;
    Database db;
    Unit unit;
    QList<Staff> staff;
};

inline Registry &registry()
{
    static std::unique_ptr<Registry> r = [] {
        FuzzSupport::ensureApplication();
        auto reg = std::make_unique<Registry>();
        QString error;
        if (!reg->db.open(reg->dir.filePath(QStringLiteral("fuzz.sqlite"))))
            qFatal("cannot open the fuzz database: %s", qPrintable(reg->db.errorString()));
        reg->unit.name = QStringLiteral("湖南省测试医院");
        reg->unit.ruleSet = QStringLiteral("hunan-2025");
        if (!UnitRepository(reg->db.connection()).save(reg->unit, &error))
            qFatal("cannot create the unit: %s", qPrintable(error));
        static const char *const names[People] = {"张三", "李四", "王五", "赵六", "陈七", "杨八"};
        for (int i = 0; i < People; ++i) {
            Staff s;
            s.unitId = reg->unit.id;
            s.idNumber = idNumber(i);
            s.name = QString::fromUtf8(names[i]);
            s.department = i % 2 ? QStringLiteral("内科") : QStringLiteral("外科");
            s.titleLevel = QStringLiteral("中级");
            if (i == 4)
                s.status = QStringLiteral("离职");
            if (!StaffRepository(reg->db.connection()).insert(s, &error))
                qFatal("cannot add a person: %s", qPrintable(error));
            reg->staff << s;
        }
        if (!YearLockRepository(reg->db.connection()).submit(reg->staff.at(5).id, 2025, &error))
            qFatal("cannot lock a year: %s", qPrintable(error));
        return reg;
    }();
    return *r;
}

// The input as tables: CSV, or up to MaxSheets sheets of an xlsx. False (with *error) when it
// cannot be read; a refusal without a message traps.
inline bool readTables(const QByteArray &bytes, QList<TableData> *tables, QString *error)
{
    bool ok = true;
    if (bytes.startsWith("PK")) {
        XlsxWorkbook workbook;
        ok = workbook.openData(bytes, QStringLiteral("fuzz.xlsx"), error);
        for (int i = 0; ok && i < qMin(int(workbook.sheets().size()), MaxSheets); ++i) {
            TableData t;
            ok = XlsxReader::readData(bytes, QStringLiteral("fuzz.xlsx"), &t, error, workbook.sheets().at(i).name);
            if (ok)
                tables->append(t);
        }
    } else {
        TableData t;
        ok = CsvReader::parse(bytes, &t, error, QStringLiteral("fuzz.csv"));
        if (ok)
            tables->append(t);
    }
    if (!ok && error->isEmpty())
        __builtin_trap(); // a refusal always says why
    if (!ok && FuzzSupport::verbose())
        std::fprintf(stderr, "not read: %s\n", qPrintable(*error));
    return ok;
}

} // namespace FuzzRegistry
