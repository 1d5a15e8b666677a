#pragma once
#include <QtGlobal>

// Limits on what the spreadsheet readers and the roster importer accept, so that memory and
// time stay bounded by the real content of a file whatever it claims (zip bombs, millions of
// empty strings, cells at column XFD). Each limit, when hit, gives an error naming the file
// (and the row/field where there is one); nothing is truncated silently.
// docs/reliability.md lists them with the reasons for each value.
namespace ImportLimits {

// Size of the file itself (xlsx or CSV) as stored on disk.
constexpr qint64 MaxFileBytes = 200LL * 1024 * 1024;
// Size of a CSV file (decoded whole: UTF-16 text takes up to twice the bytes).
constexpr qint64 MaxCsvBytes = 64LL * 1024 * 1024;
// Entries in the zip container of an xlsx (Excel writes about 10 for a one-sheet workbook).
constexpr qint64 MaxZipEntries = 10000;
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
// Inflated size of a worksheet or shared-strings part (streamed, never held whole).
constexpr qint64 MaxStreamedPartBytes = 256LL * 1024 * 1024;
// Inflated size of the small parts read whole (workbook, relationships, styles).
constexpr qint64 MaxSmallPartBytes = 32LL * 1024 * 1024;
#else
// The libFuzzer build only (tools/fuzz.sh, CEHOURS_FUZZ=ON): the same code with 1 MB limits, so
// that a mutated 9 KB zip bomb costs milliseconds instead of a second and the fuzzer spends its
// executions on structure rather than on inflating spaces. The limit paths themselves are still
// reached (at 1 MB instead of 256 MB); docs/reliability.md says so.
constexpr qint64 MaxStreamedPartBytes = 1LL * 1024 * 1024;
constexpr qint64 MaxSmallPartBytes = 1LL * 1024 * 1024;
#endif
// Nesting depth of XML elements (a worksheet needs 5).
constexpr int MaxXmlDepth = 64;
// Shared strings of a workbook (a 100,000-person roster has about 500,000).
constexpr qint64 MaxSharedStrings = 2000000;
// Total characters of all shared strings.
constexpr qint64 MaxSharedStringChars = 128LL * 1024 * 1024;
// Spreadsheet rows (row number of the last row, header and title lines included).
constexpr int MaxRows = 200000;
// Columns: a cell with text beyond column AMJ (the 1,024th) is refused.
constexpr int MaxColumns = 1024;
// Cells in the format itself: a row of an xlsx has at most 16,384 (column XFD).
constexpr int MaxXlsxColumns = 16384;
// Cell slots held in memory (each row holds cells up to its last non-empty one).
constexpr qint64 MaxCells = 5000000;
// Characters in one cell (Excel's own limit).
constexpr int MaxCellChars = 32767;

} // namespace ImportLimits
