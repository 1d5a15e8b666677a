#include "RandomActivities.h"

#include <QStringList>

namespace RandomActivities {

namespace {
QString pick(QRandomGenerator &rng, const QStringList &values)
{
    return values.at(rng.bounded(int(values.size())));
}
} // namespace

Activity make(QRandomGenerator &rng, qint64 staffId, int year)
{
    Activity a;
    a.staffId = staffId;
    a.year = year;
    const int roll = rng.bounded(100);
    const QDate start = QDate(year, 1, 1).addDays(rng.bounded(330));
    a.startDate = start;
    a.endDate = start.addDays(rng.bounded(5));
    a.subject = rng.bounded(2) ? QStringLiteral("professional") : QStringLiteral("public");
    a.title = pick(rng, {QStringLiteral("继续教育网络课程"), QStringLiteral("专业技术培训班"), QStringLiteral("学术年会"),
                         QStringLiteral("新技术研修"), QStringLiteral("质量管理专题"), QStringLiteral("")});
    if (roll < 35) {
        a.kind = QStringLiteral("training");
        a.params = {{QStringLiteral("organizer"), rng.bounded(2) ? QStringLiteral("government") : QStringLiteral("unit")},
                    {QStringLiteral("days"), 0.5 * (1 + rng.bounded(12))}};
    } else if (roll < 55) {
        a.kind = QStringLiteral("public_online");
        a.subject = QStringLiteral("public");
        a.params = {{QStringLiteral("hours"), double(5 + rng.bounded(36))}};
    } else if (roll < 65) {
        a.kind = QStringLiteral("courseware");
        a.params = {{QStringLiteral("markedHours"), double(1 + rng.bounded(80))}};
    } else if (roll < 72) {
        a.kind = QStringLiteral("conference");
        a.params = {{QStringLiteral("level"), pick(rng, {QStringLiteral("national"), QStringLiteral("ministerial"), QStringLiteral("provincial")})}};
    } else if (roll < 79) {
        a.kind = QStringLiteral("paper");
        a.params = {{QStringLiteral("index"), pick(rng, {QStringLiteral("cn_issn"), QStringLiteral("sci"), QStringLiteral("ei")})},
                    {QStringLiteral("authorship"), pick(rng, {QStringLiteral("sole"), QStringLiteral("first"), QStringLiteral("other")})}};
    } else if (roll < 84) {
        a.kind = QStringLiteral("teaching");
        a.params = {{QStringLiteral("sessions"), 1 + rng.bounded(20)}};
    } else if (roll < 89) {
        a.kind = QStringLiteral("project");
        a.params = {{QStringLiteral("level"), pick(rng, {QStringLiteral("ministry"), QStringLiteral("province"), QStringLiteral("city")})},
                    {QStringLiteral("rank"), 1 + rng.bounded(6)}};
    } else if (roll < 93) {
        a.kind = QStringLiteral("patent");
        a.params = {{QStringLiteral("type"), pick(rng, {QStringLiteral("invention"), QStringLiteral("utility"), QStringLiteral("design")})},
                    {QStringLiteral("rank"), 1 + rng.bounded(5)}};
    } else if (roll < 96) {
        a.kind = QStringLiteral("overseas_training");
        a.params = {{QStringLiteral("days"), double(10 + rng.bounded(200))}};
    } else if (roll < 98) {
        a.kind = QStringLiteral("degree");
        a.params = {{QStringLiteral("level"), pick(rng, {QStringLiteral("bachelor"), QStringLiteral("master"), QStringLiteral("doctor")})}};
    } else {
        // A bad row the engine must report, never count: rank 0.
        a.kind = QStringLiteral("award_provincial");
        a.params = {{QStringLiteral("grade"), QStringLiteral("first")}, {QStringLiteral("rank"), 0}};
    }
    return a;
}

} // namespace RandomActivities
