#pragma once
#include "export/ExportData.h"
#include "export/PdfPages.h"

#include <QDate>
#include <QList>

// 继续教育登记表 per person (the record of the 继续教育证书): every activity of the year range in date
// order — content, form, organiser, hours credited, counted or not with the reason, 考核结果 — and a
// 部门审核意见 / 盖章 box. Basis: 六人社秘〔2025〕54号 二（三）(以时间顺序逐年、逐项登记) and the 2021 Hefei
// notice 五（一）(培训内容、学时和考试考核结果…逐年、逐项登记…在"部门审核意见"栏由经办人签字并加盖印章).
struct RegistrationRecord
{
    PersonInfo person;
    int fromYear = 0;
    int toYear = 0;
    QList<ActivityRow> activities;   // in date order (start date, else end date, else year)
    QDate issuedOn;                  // default: Clock::current().today()
};

namespace RegistrationForm {
QString title();   // 专业技术人员继续教育登记表
// Sorts the activities of each record into date order (stable).
void sortByDate(QList<ActivityRow> *activities);
// One person per page (a long record continues on the next pages, header repeated).
PdfPages::Body body(const QList<RegistrationRecord> &records);
} // namespace RegistrationForm
