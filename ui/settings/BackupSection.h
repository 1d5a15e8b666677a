#pragma once
#include <QGroupBox>

class AppContext;
class QLabel;

// 设置 › 备份: the latest backup, "Back up now" and "Restore a backup…" (the app closes after a restore).
class BackupSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit BackupSection(AppContext *context, QWidget *parent = nullptr);

public slots:
    void backupNow();
    void restoreBackup();

    // Why a server database has no backups here (pg_dump on the server).
    static QString serverText();

private:
    void refresh();
    AppContext *m_context;
    QLabel *m_summary;
};
