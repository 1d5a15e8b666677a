#pragma once
#include <QDate>
#include <QJsonObject>
#include <QString>

// 培训班 / 培训项目: one training (or any kind many people share) with its filing record. The event owns
// the activities of its credited participants (activity.event_id); see core/events/EventRepository.
struct TrainingEvent
{
    qint64 id = 0;
    QString title;            // 培训主题
    QString organizer;        // 主办单位
    QString host;             // 承办单位
    QString kind = QStringLiteral("training"); // rule-set kind id
    QString subject;          // "" / "public" / "professional" (where the kind lets the person choose)
    QDate startDate;          // 开始日期
    QDate endDate;            // 结束日期
    QJsonObject params;       // the kind's own fields (days, stated hours, organiser level …)
    QString mode;             // 培训形式: "" / 线下 / 线上
    QString place;            // 地点
    QString filingNumber;     // 备案编号
    QDate filingDate;         // 备案日期
    QString filingAuthority;  // 备案机关
    QString notes;            // 备注

    // The year the participants' activities are credited to (the year the event ends).
    int year() const { return (endDate.isValid() ? endDate : startDate).year(); }
    QJsonObject toJson() const;
    static TrainingEvent fromJson(const QJsonObject &o);
    static QStringList modes(); // 线下, 线上
};
