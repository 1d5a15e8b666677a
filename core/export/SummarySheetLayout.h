#pragma once
#include "export/PrintForms.h"

#include <functional>

// Column widths of the 汇总表 (seed 002 annex 2) sized from its content: 序号, 姓名, 身份证号码, 技术职称,
// 培训学时, 考试结果 are as wide as their longest text (header included) so they never wrap; the span
// cells of the first header row fit too (培训主题 over 序号+姓名, 培训时间 over 技术职称, the dates over
// 培训学时+考试结果+备注); what is left goes to 单位 (3/4) and 备注 (1/4), which may wrap.
namespace SummarySheetLayout {
// Text width in the caller's units (bold for header texts).
using Measure = std::function<double(const QString &text, bool bold)>;

enum Column { Seq, Name, Unit, IdNumber, Title, Hours, Exam, Remark, ColumnCount };

QStringList headers();
// The 培训时间 text: "2025年6月9日 至 2025年6月13日"; a blank form gets the scaffold to write in.
QString period(const SummarySheet &sheet);
// Widths (same units as measure and contentWidth; padding = the cell's inner margins, both sides).
// When the content is wider than the page, the wrapping columns shrink first, then every column in
// proportion.
QList<double> columnWidths(const SummarySheet &sheet, const Measure &measure, double contentWidth, double padding);
} // namespace SummarySheetLayout
