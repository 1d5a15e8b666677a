#pragma once
#include "import/ActivityImporter.h"

#include <QDialog>

class AppContext;

// 导入学时: choose a CSV/XLSX list of activities (the template of the unit's rule set, a training
// base's or an online platform's list), see every row's credit with its explanation and every row
// that fails (行号 / 证件号码 / 失败原因), then import all or nothing.
class ActivityImportDialog : public QDialog
{
    Q_OBJECT
public:
    ActivityImportDialog(AppContext *context, const ActivityImporter::Preview &preview, QWidget *parent = nullptr);

    // Asks for the file, analyses it and shows the preview. True when rows were written.
    static bool run(AppContext *context, QWidget *parent);
    // Asks where to save the activity template of the rule set in force for the chosen year.
    static bool saveTemplate(AppContext *context, QWidget *parent);

    void accept() override;

private:
    void saveReport();

    AppContext *m_context;
    ActivityImporter::Preview m_preview;
};
