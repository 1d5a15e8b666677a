#pragma once
#include "events/ParticipantImporter.h"

#include <QDialog>

class AppContext;

// 导入参加人员名单: what the list would add / change / leave unchanged, every failing row (行号 /
// 证件号码 / 失败原因) and the warnings; Import writes all or nothing and is disabled while rows fail.
class ParticipantImportDialog : public QDialog
{
    Q_OBJECT
public:
    ParticipantImportDialog(AppContext *context, qint64 eventId, const ParticipantImporter::Preview &preview, QWidget *parent = nullptr);

    // Asks for the file, analyses it and shows the preview. True when rows were written.
    static bool run(AppContext *context, qint64 eventId, QWidget *parent);

    void accept() override;

private:
    AppContext *m_context;
    qint64 m_eventId;
    ParticipantImporter::Preview m_preview;
};
