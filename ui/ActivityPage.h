#pragma once
#include <QWidget>

class AppContext;

// 学时登记: the unit's activities of the chosen year; add one for a person, or one training
// event for many people at once (batch entry).
class ActivityPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPage(AppContext *context, QWidget *parent = nullptr);

public slots:
    void addActivity();
    void batchEntry();

signals:
    void openPerson(qint64 staffId);

private:
    AppContext *m_context;
};
