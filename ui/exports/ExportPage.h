#pragma once
#include "export/PdfPages.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QWidget>

class AppContext;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

// 导出与打印: the provincial import file (export profiles, .xlsx/.csv) and the printed forms
// (汇总表, 学时认定单, yearly compliance report) with print preview, printer and PDF.
class ExportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExportPage(AppContext *context, QWidget *parent = nullptr);

    // Actions (also used by GUI tests): return false and report through the Prompter on failure.
    bool exportTo(const QString &path);
    bool printToPdf(const QString &form, const QString &path); // form: summary-sheet | certificate | report

protected:
    AppContext *context() const { return m_context; }
    QVBoxLayout *pageLayout() const { return m_layout; }

public:
    // Suggested export file name: the unit, the year and the profile, e.g. "测试单位 2026年度 安徽省….xlsx".
    QString exportFileName(const QString &suffix) const;

private slots:
    void exportXlsx();
    void exportCsv();
    void reloadTitles();
    void preview(const QString &form);
    void savePdf(const QString &form);

private:
    // What the form's widgets say, read on the UI thread; the form is built from it in a worker.
    struct FormRequest
    {
        QString form;
        int sheetYear = 0;
        qint64 sheetEventId = 0; // 0: no event chosen
        int certFrom = 0, certTo = 0;
        QStringList certIds;
        int regFrom = 0, regTo = 0;
        QString regDepartment;
        int reportYear = 0;
    };
    FormRequest formRequest(const QString &form) const;
    static bool buildForm(const FormRequest &request, QSqlDatabase db, PdfPages::Body *body, QString *title, QString *error);
    // Builds the form in a worker (with the progress dialog), then writes it to path when not empty.
    bool buildInWorker(const QString &form, const QString &path, PdfPages::Body *body, QString *title, QString *error);
    void showProblems(const QStringList &problems, const QString &heading);

    AppContext *m_context;
    QVBoxLayout *m_layout;
    QComboBox *m_profile = nullptr;
    QSpinBox *m_exportYear = nullptr;
    QCheckBox *m_skipErrors = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QSpinBox *m_sheetYear = nullptr;
    QComboBox *m_sheetTitle = nullptr;
    QSpinBox *m_certFrom = nullptr;
    QSpinBox *m_certTo = nullptr;
    QLineEdit *m_certIds = nullptr;
    QSpinBox *m_regFrom = nullptr;
    QSpinBox *m_regTo = nullptr;
    QLineEdit *m_regDepartment = nullptr;
    QSpinBox *m_reportYear = nullptr;
};
