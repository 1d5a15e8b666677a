#pragma once
#include "rules/FieldSpec.h"

#include <QJsonValue>
#include <QWidget>

// One input of an activity kind, generated from its FieldSpec: a spin box, combo box, check box,
// date or line edit. Optional fields without a default can stay "not given" (value() undefined).
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const FieldSpec &spec, QWidget *parent = nullptr);

    const FieldSpec &spec() const { return m_spec; }
    QJsonValue value() const; // Undefined when not given
    void setValue(const QJsonValue &value);
    QWidget *input() const { return m_input; }

signals:
    void changed();

private:
    FieldSpec m_spec;
    QWidget *m_input = nullptr;
    bool m_optionalEmpty = false; // an extra "not given" state exists
};
