#pragma once
#include <QDialog>

class AppContext;
class QLabel;
class QSpinBox;
class QTextBrowser;
class StaffPicker;

// The title-application cycle check (任职周期 / 近N年学时核认) for one person and application
// year, from the rules engine: years counted, averages, cramming flag; printable.
class CycleCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CycleCheckDialog(AppContext *context, QWidget *parent = nullptr);

    void setStaff(qint64 staffId);
    QString reportHtml() const;

public slots:
    void recompute();
    void print();
    // Writes the report as PDF to the path the clerk chooses; false when cancelled or failed.
    bool savePdf();

private:
    AppContext *m_context;
    StaffPicker *m_picker;
    QSpinBox *m_applicationYear;
    QSpinBox *m_cycleYears;
    QTextBrowser *m_report;
    qint64 m_staffId = 0;
};
