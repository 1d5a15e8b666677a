#pragma once
#include <QGroupBox>

class AppContext;

// 设置 › 迁移: copies the whole registry into an empty database of the other backend — from a SQLite file
// to a server database ("迁移到服务器数据库…"), or from a server database into a new file (back, for an
// archive) — in a worker with progress (RegistryMigration, as `cehours-cli migrate`). The program keeps
// working on the current database; the figures of the verification are shown at the end.
class MigrateSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit MigrateSection(AppContext *context, QWidget *parent = nullptr);

public slots:
    void migrate();

private:
    AppContext *m_context;
};
