#pragma once
#include "storage/YearLockRepository.h"

#include <QFrame>
#include <QStringList>

class QLabel;

// The banner above a person's year: submitted (padlock icon) or reopened, and — in red — what the
// tamper checks found (YearSeal::check: a changed locked activity, an unaudited unlock …).
class LockBanner : public QFrame
{
    Q_OBJECT
public:
    explicit LockBanner(QWidget *parent = nullptr);

    // Hidden when the year was never declared and nothing is wrong.
    void showState(const YearLockRepository::State &state, const QStringList &sealProblems);
    QString text() const;
    QString warningText() const;

    // Who, for the banner: the recorded operator, or "(operator not named)" — never "unknown".
    static QString who(const QString &recorded);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_warning;
};
