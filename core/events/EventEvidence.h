#pragma once
#include <QCoreApplication>
#include "storage/EvidenceStore.h"

// Evidence of a training event (通知, 课程表, 签到表, 结业名单 — Hunan 37号 annex 2 item 1): stored once in
// the content-addressed EvidenceStore and shown with every participant's activity. Adding or removing
// is refused while a credited participant's year is locked (the message names them); audited.
class EventEvidence
{
    Q_DECLARE_TR_FUNCTIONS(EventEvidence)

public:
    EventEvidence(QSqlDatabase db, QString storeDir) : m_db(db), m_store(db, std::move(storeDir)) {}

    bool add(qint64 eventId, const QString &filePath, EvidenceStore::Item *item, QString *error);
    bool remove(qint64 evidenceId, QString *error);   // the event_evidence id (positive)
    QList<EvidenceStore::Item> list(qint64 eventId) const;
    QString filePath(const QString &sha256) const { return m_store.filePath(sha256); }

private:
    bool writable(qint64 eventId, QString *error) const;
    QSqlDatabase m_db;
    EvidenceStore m_store;
};
