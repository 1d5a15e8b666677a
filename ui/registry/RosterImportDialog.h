#pragma once
#include "import/RosterImporter.h"

#include <QDialog>

class AppContext;

// 导入名册: choose a CSV/XLSX roster, see what would be added/updated and every row that fails
// (行号 / 证件号码 / 失败原因), then apply all or nothing.
class RosterImportDialog : public QDialog
{
    Q_OBJECT
public:
    RosterImportDialog(AppContext *context, const RosterImporter::Preview &preview, QWidget *parent = nullptr);

    // Asks for the file, analyses it and shows the preview. True when rows were written.
    static bool run(AppContext *context, QWidget *parent);

    void accept() override;

private:
    void saveReport();

    AppContext *m_context;
    RosterImporter::Preview m_preview;
};
