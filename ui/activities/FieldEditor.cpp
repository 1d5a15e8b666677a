#include "FieldEditor.h"

#include "DateLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace {
constexpr double kLargest = 1e9;
}

FieldEditor::FieldEditor(const FieldSpec &spec, QWidget *parent)
    : QWidget(parent), m_spec(spec)
{
    setObjectName(QStringLiteral("field_") + spec.name);
    m_optionalEmpty = !spec.required && spec.defaultValue.isUndefined();
    const double lo = spec.hasMinimum ? spec.minimum : 0;
    const double hi = spec.hasMaximum ? spec.maximum : kLargest;
    switch (spec.type) {
    case FieldSpec::Type::Int: {
        auto *box = new QSpinBox(this);
        box->setRange(int(lo) - (m_optionalEmpty ? 1 : 0), int(qMin(hi, 2e9)));
        if (m_optionalEmpty)
            box->setSpecialValueText(tr("(not given)"));
        box->setValue(spec.defaultValue.isDouble() ? spec.defaultValue.toInt() : box->minimum());
        connect(box, &QSpinBox::valueChanged, this, &FieldEditor::changed);
        m_input = box;
        break;
    }
    case FieldSpec::Type::Number: {
        auto *box = new QDoubleSpinBox(this);
        box->setDecimals(2);
        box->setRange(lo - (m_optionalEmpty ? 1 : 0), hi);
        if (m_optionalEmpty)
            box->setSpecialValueText(tr("(not given)"));
        box->setValue(spec.defaultValue.isDouble() ? spec.defaultValue.toDouble() : box->minimum());
        connect(box, &QDoubleSpinBox::valueChanged, this, &FieldEditor::changed);
        m_input = box;
        break;
    }
    case FieldSpec::Type::Enum: {
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        if (m_optionalEmpty)
            combo->addItem(tr("(not given)"), QString());
        for (const FieldOption &o : spec.options)
            combo->addItem(o.label, o.value);
        const int index = combo->findData(spec.defaultValue.toString());
        combo->setCurrentIndex(qMax(0, index));
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
        m_input = combo;
        break;
    }
    case FieldSpec::Type::Bool: {
        auto *check = new QCheckBox(this);
        check->setChecked(spec.defaultValue.toBool());
        connect(check, &QCheckBox::toggled, this, &FieldEditor::changed);
        m_input = check;
        m_optionalEmpty = false;
        break;
    }
    case FieldSpec::Type::Date: {
        auto *date = new DateLineEdit(this);
        date->setDate(QDate::fromString(spec.defaultValue.toString(), Qt::ISODate));
        connect(date, &DateLineEdit::dateChanged, this, &FieldEditor::changed);
        m_input = date;
        break;
    }
    case FieldSpec::Type::Text: {
        auto *edit = new QLineEdit(spec.defaultValue.toString(), this);
        connect(edit, &QLineEdit::textChanged, this, &FieldEditor::changed);
        m_input = edit;
        break;
    }
    }
    m_input->setObjectName(QStringLiteral("input_") + spec.name);
    m_input->setToolTip(spec.help);
    setFocusProxy(m_input);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
}

QJsonValue FieldEditor::value() const
{
    switch (m_spec.type) {
    case FieldSpec::Type::Int: {
        auto *box = static_cast<QSpinBox *>(m_input);
        if (m_optionalEmpty && box->value() == box->minimum())
            return QJsonValue(QJsonValue::Undefined);
        return box->value();
    }
    case FieldSpec::Type::Number: {
        auto *box = static_cast<QDoubleSpinBox *>(m_input);
        if (m_optionalEmpty && box->value() == box->minimum())
            return QJsonValue(QJsonValue::Undefined);
        return box->value();
    }
    case FieldSpec::Type::Enum: {
        const QString v = static_cast<QComboBox *>(m_input)->currentData().toString();
        return v.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v);
    }
    case FieldSpec::Type::Bool:
        return static_cast<QCheckBox *>(m_input)->isChecked();
    case FieldSpec::Type::Date: {
        const QDate date = static_cast<DateLineEdit *>(m_input)->date();
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Undefined);
    }
    case FieldSpec::Type::Text: {
        const QString t = static_cast<QLineEdit *>(m_input)->text().trimmed();
        return t.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(t);
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

void FieldEditor::setValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return;
    QJsonValue typed;
    if (!m_spec.coerce(value, &typed, nullptr))
        typed = value;
    switch (m_spec.type) {
    case FieldSpec::Type::Int:
        static_cast<QSpinBox *>(m_input)->setValue(typed.toInt());
        break;
    case FieldSpec::Type::Number:
        static_cast<QDoubleSpinBox *>(m_input)->setValue(typed.toDouble());
        break;
    case FieldSpec::Type::Enum: {
        auto *combo = static_cast<QComboBox *>(m_input);
        combo->setCurrentIndex(qMax(0, combo->findData(typed.toString())));
        break;
    }
    case FieldSpec::Type::Bool:
        static_cast<QCheckBox *>(m_input)->setChecked(typed.toBool());
        break;
    case FieldSpec::Type::Date:
        static_cast<DateLineEdit *>(m_input)->setDate(QDate::fromString(typed.toString(), Qt::ISODate));
        break;
    case FieldSpec::Type::Text:
        static_cast<QLineEdit *>(m_input)->setText(typed.toString());
        break;
    }
}
