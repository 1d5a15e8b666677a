#pragma once
#include "ConnectionSettings.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Where the registry lives: asked at the first start and from 文件 → 数据库连接… / Settings.
// 本机数据库（单机）: the SQLite file on this computer (the default). 服务器数据库（多人共用）:
// a PostgreSQL server with host, port, database, user and the TLS mode (sslmode; require for a host
// that is not this computer unless the clerk chose otherwise). The password is not asked here: it is
// asked when connecting (PasswordDialog) and may be kept in the OS credential store.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const ConnectionSettings &initial, QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    // 文件 → 数据库连接… and Settings: shows the stored choice, saves a changed one (used from the next
    // start; the open database stays in use until then). True when a new choice was saved.
    static bool change(QWidget *parent);

private:
    void updateState();
    void hostEdited();

    QRadioButton *m_local;
    QRadioButton *m_server;
    QGroupBox *m_serverBox;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_hint;
    QPushButton *m_ok;
    bool m_sslChosen = false; // the clerk picked a mode: the host no longer changes it
};
