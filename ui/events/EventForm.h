#pragma once
#include "events/TrainingEvent.h"

#include <QWidget>

class AppContext;
class FieldEditor;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The event's own fields: 培训主题, 主办/承办单位, kind (the rule set's kinds) and subject, dates, the
// kind's fields (generated from the rule set like the activity form), 培训形式, place, the filing record
// (备案编号/日期/机关) with the filing warnings, and notes.
class EventForm : public QWidget
{
    Q_OBJECT
public:
    explicit EventForm(AppContext *context, QWidget *parent = nullptr);

    void setEvent(const TrainingEvent &event);
    // The event as entered; false with *error naming the field when a value cannot be read.
    bool event(TrainingEvent *out, QString *error) const;
    void updateWarnings();

signals:
    void changed();

private:
    void fillKinds();
    void rebuildFields(const QJsonObject &values);

    AppContext *m_context;
    TrainingEvent m_event;
    QLineEdit *m_title, *m_organizer, *m_host, *m_place, *m_filingNumber, *m_filingDate, *m_filingAuthority;
    QComboBox *m_kind, *m_subject, *m_mode;
    QDateEdit *m_start, *m_end;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QList<FieldEditor *> m_editors;
    QPlainTextEdit *m_notes;
    QLabel *m_warnings;
};
