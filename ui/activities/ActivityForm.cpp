#include "ActivityForm.h"

#include "HeadingFont.h"

#include "AppContext.h"
#include "DateLineEdit.h"
#include "FieldEditor.h"
#include "rules/ActivityInput.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSet.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSettings>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
DateLineEdit *optionalDate(QWidget *parent, const char *name)
{
    auto *edit = new DateLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}
}

ActivityForm::ActivityForm(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("activityForm"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kind->setMaxVisibleItems(25);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(20);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_title->setPlaceholderText(tr("Course, paper, project, patent… as on the certificate"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("activityYear"));
    m_year->setRange(1990, 2100);
    m_year->setValue(context->year());
    m_start = optionalDate(this, "activityStart");
    m_end = optionalDate(this, "activityEnd");
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("activitySubject"));

    auto *common = new QFormLayout;
    common->addRow(tr("&Kind:"), m_kind);
    common->addRow(tr("&Title:"), m_title);
    common->addRow(tr("Credited to &year:"), m_year);
    common->addRow(tr("&Start date:"), m_start);
    common->addRow(tr("E&nd date:"), m_end);
    common->addRow(tr("S&ubject:"), m_subject);

    auto *fieldsGroup = new QGroupBox(tr("Details of this kind"), this);
    m_fieldsBox = fieldsGroup;
    m_fields = new QFormLayout(fieldsGroup);

    auto *resultBox = new QFrame(this);
    resultBox->setFrameShape(QFrame::StyledPanel);
    m_hours = new QLabel(resultBox);
    m_hours->setObjectName(QStringLiteral("activityHours"));
    setHeadingFont(m_hours, 1.4);
    m_explanation = new QLabel(resultBox);
    m_explanation->setObjectName(QStringLiteral("activityExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_hours);
    resultLayout->addWidget(m_explanation);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(common);
    layout->addWidget(fieldsGroup);
    layout->addWidget(resultBox);
    layout->addStretch(1);

    if (const RuleSet *set = ruleSet()) {
        for (const ActivityKind *k : set->kindsForEntry()) {
            m_kind->addItem(k->label, k->id);
            m_kind->setItemData(m_kind->count() - 1, k->clause, Qt::ToolTipRole);
        }
    }
    {
        const QSignalBlocker block(m_kind); // the fields are built once below
        selectKind(QSettings().value(lastKindSetting()).toString());
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        rebuildFields();
        emit kindChanged();
    });
    connect(m_title, &QLineEdit::textChanged, this, &ActivityForm::changed);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        m_start->setCalendarYear(year);
        m_end->setCalendarYear(year);
        recompute();
    });
    m_start->setCalendarYear(m_year->value());
    m_end->setCalendarYear(m_year->value());
    connect(m_start, &DateLineEdit::dateChanged, this, &ActivityForm::startChanged);
    connect(m_end, &DateLineEdit::dateChanged, this, [this] {
        fillDays();
        recompute();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, &ActivityForm::recompute);
    rebuildFields();
}

const RuleSet *ActivityForm::ruleSet() const
{
    return m_context->ruleSet(m_year ? m_year->value() : m_context->year());
}

const ActivityKind *ActivityForm::currentKind() const
{
    const RuleSet *set = ruleSet();
    return set ? set->kind(m_kind->currentData().toString()) : nullptr;
}

QWidget *ActivityForm::firstInput() const
{
    return m_kind;
}

QString ActivityForm::lastKindSetting() const
{
    const RuleSet *set = ruleSet();
    return QStringLiteral("entry/lastKind/") + (set ? set->id() : QString());
}

void ActivityForm::selectKind(const QString &kindId)
{
    const int index = m_kind->findData(kindId);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    else
        selectCommonestKind();
}

void ActivityForm::selectCommonestKind()
{
    if (m_kind->count() > 0)
        m_kind->setCurrentIndex(0);
}

void ActivityForm::rememberKind() const
{
    QSettings().setValue(lastKindSetting(), m_kind->currentData().toString());
}

void ActivityForm::startChanged()
{
    // The end date follows the start while it is empty, before the start or still equal to the old start.
    const QDate start = m_start->date();
    const QDate end = m_end->date();
    if (start.isValid() && (!end.isValid() || end < start || end == m_previousStart))
        m_end->setDate(start); // emits dateChanged -> fillDays
    m_previousStart = start;
    fillDays();
    recompute();
}

void ActivityForm::fillDays()
{
    // A training's day count comes from the dates unless the clerk typed another figure.
    const QDate start = m_start->date();
    const QDate end = m_end->date();
    if (!start.isValid() || !end.isValid() || end < start)
        return;
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (e->spec().name != QLatin1String("days"))
            continue;
        const QJsonValue now = e->value();
        if (!now.isUndefined() && now != m_autoDays && now.toDouble() != 0)
            return;
        m_autoDays = QJsonValue(int(start.daysTo(end) + 1));
        e->setValue(m_autoDays);
    }
}

void ActivityForm::rebuildFields()
{
    for (FieldEditor *e : std::as_const(m_editors))
        m_fields->removeRow(e);
    m_editors.clear();
    QWidget *previous = m_subject;
    if (const ActivityKind *kind = currentKind()) {
        for (const FieldSpec &spec : kind->fields) {
            auto *editor = new FieldEditor(spec, m_fieldsBox);
            m_fields->addRow(spec.label + (spec.required ? QStringLiteral(" *") : QString()) + QLatin1Char(':'), editor);
            connect(editor, &FieldEditor::changed, this, &ActivityForm::recompute);
            setTabOrder(previous, editor->input());
            previous = editor->input();
            m_editors << editor;
        }
    }
    m_fieldsBox->setVisible(!m_editors.isEmpty());
    updateSubject();
    fillDays();
    recompute();
}

void ActivityForm::updateSubject()
{
    const ActivityKind *kind = currentKind();
    const QString current = m_subject->currentData().toString();
    const QSignalBlocker block(m_subject);
    m_subject->clear();
    if (!kind) {
        m_subject->setEnabled(false);
        return;
    }
    switch (kind->subject) {
    case SubjectPolicy::Public:
        m_subject->addItem(subjectLabel(Subject::Public), subjectId(Subject::Public));
        break;
    case SubjectPolicy::Professional:
        m_subject->addItem(subjectLabel(Subject::Professional), subjectId(Subject::Professional));
        break;
    case SubjectPolicy::PersonChooses:
        if (kind->defaultSubject == Subject::None)
            m_subject->addItem(tr("(choose)"), QString());
        m_subject->addItem(subjectLabel(Subject::Public), subjectId(Subject::Public));
        m_subject->addItem(subjectLabel(Subject::Professional), subjectId(Subject::Professional));
        m_subject->setCurrentIndex(qMax(0, m_subject->findData(current.isEmpty() ? subjectId(kind->defaultSubject) : current)));
        break;
    }
    m_subject->setEnabled(kind->subject == SubjectPolicy::PersonChooses);
    m_subject->setToolTip(kind->subject == SubjectPolicy::PersonChooses ? tr("The person assigns these hours")
                                                                         : tr("Fixed by the rule set"));
}

void ActivityForm::setActivity(const Activity &activity)
{
    m_base = activity;
    m_year->setValue(activity.year ? activity.year : m_context->year());
    m_title->setText(activity.title);
    m_start->setDate(activity.startDate);
    m_end->setDate(activity.endDate);
    m_previousStart = activity.startDate;
    int kindIndex = activity.kind.isEmpty() ? m_kind->currentIndex() : m_kind->findData(activity.kind);
    if (kindIndex < 0 && !activity.kind.isEmpty()) {
        // Recorded under a kind this rule set does not have: keep it (the credit shows the error).
        m_kind->addItem(tr("%1 (not in the rule set)").arg(activity.kind), activity.kind);
        kindIndex = m_kind->count() - 1;
    }
    if (kindIndex >= 0 && kindIndex != m_kind->currentIndex())
        m_kind->setCurrentIndex(kindIndex); // rebuilds the fields
    for (FieldEditor *e : std::as_const(m_editors))
        e->setValue(activity.params.value(e->spec().name));
    updateSubject();
    if (!activity.subject.isEmpty())
        m_subject->setCurrentIndex(qMax(0, m_subject->findData(activity.subject)));
    // A stored day count equal to the dates' span keeps following them; another figure was typed.
    m_autoDays = activity.startDate.isValid() && activity.endDate.isValid()
        ? QJsonValue(int(activity.startDate.daysTo(activity.endDate) + 1)) : QJsonValue();
    recompute();
}

Activity ActivityForm::activity() const
{
    Activity a = m_base;
    a.kind = m_kind->currentData().toString();
    a.title = m_title->text().trimmed();
    a.year = m_year->value();
    a.startDate = m_start->date();
    a.endDate = m_end->date();
    a.subject = m_subject->currentData().toString();
    QJsonObject params;
    for (FieldEditor *e : m_editors) {
        const QJsonValue v = e->value();
        if (!v.isUndefined())
            params.insert(e->spec().name, v);
    }
    a.params = params;
    return a;
}

void ActivityForm::recompute()
{
    const RuleSet *set = ruleSet();
    if (!set) {
        m_credit = CreditResult();
        m_credit.error = tr("The unit has no rule set for %1; choose one in Settings.").arg(m_year->value());
    } else {
        m_credit = CreditCalculator::calculate(*set, ActivityInput::fromActivity(activity()));
    }
    if (!m_credit.ok()) {
        m_hours->setText(tr("Cannot credit yet"));
        m_hours->setStyleSheet(QStringLiteral("color: #b00020"));
        m_explanation->setText(m_credit.error);
    } else {
        m_hours->setStyleSheet(QString());
        const QString hours = QString::number(m_credit.hours, 'g', 6);
        m_hours->setText(m_credit.fullYear ? tr("%1 h — counts as the whole year").arg(hours) : tr("%1 h").arg(hours));
        QString text = m_credit.creditable ? m_credit.explanation : m_credit.reason + QLatin1Char('\n') + m_credit.explanation;
        for (const QString &w : m_credit.warnings)
            text += QLatin1Char('\n') + tr("Note: %1").arg(w);
        m_explanation->setText(text);
    }
    emit changed();
}
