#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One person on a training event: 考试结果, 实际参加天数 (0 = the whole event), 备注. Only 合格 and
// 无需考核 participants have an activity (activityId); the others stay on the event with 0 hours
// and their result as the reason (docs/events.md).
struct EventParticipant
{
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 staffId = 0;
    int position = 0;          // order entered or imported (1-based)
    QString result = QStringLiteral("合格");
    double daysAttended = 0;   // 0 = attended the whole event
    QString remark;
    qint64 activityId = 0;     // the credited activity, 0 when not credited
    // Filled by reads for display (not stored on the participant row).
    QString name, idNumber, department, title, titleLevel, status;

    bool credited() const { return isCreditedResult(result); }
    QJsonObject toJson() const;

    static QStringList results();                  // 合格, 不合格, 缺考, 无需考核
    static bool isCreditedResult(const QString &result);
};
