#include "EventForm.h"

#include "AppContext.h"
#include "FieldEditor.h"
#include "events/FilingCheck.h"
#include "import/RosterColumns.h"
#include "rules/RuleSet.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {
QLineEdit *line(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    return e;
}

QDateEdit *dateEdit(QWidget *parent, const char *name)
{
    auto *d = new QDateEdit(parent);
    d->setObjectName(QLatin1String(name));
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return d;
}
} // namespace

EventForm::EventForm(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_title(line(this, "eventTitle")), m_organizer(line(this, "eventOrganizer")),
      m_host(line(this, "eventHost")), m_place(line(this, "eventPlace")), m_filingNumber(line(this, "eventFilingNumber")),
      m_filingDate(line(this, "eventFilingDate")), m_filingAuthority(line(this, "eventFilingAuthority")), m_kind(new QComboBox(this)),
      m_subject(new QComboBox(this)), m_mode(new QComboBox(this)), m_start(dateEdit(this, "eventStart")), m_end(dateEdit(this, "eventEnd")),
      m_fieldsBox(new QWidget(this)), m_fields(new QFormLayout(m_fieldsBox)), m_notes(new QPlainTextEdit(this)), m_warnings(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_subject->setObjectName(QStringLiteral("eventSubject"));
    m_mode->setObjectName(QStringLiteral("eventMode"));
    m_fieldsBox->setObjectName(QStringLiteral("eventFields"));
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_notes->setObjectName(QStringLiteral("eventNotes"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_warnings->setObjectName(QStringLiteral("eventWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_title->setPlaceholderText(tr("培训主题, e.g. 2025年急诊急救技能培训班"));
    m_filingDate->setPlaceholderText(tr("e.g. 2025-04-20"));
    m_subject->addItem(tr("(as the kind says)"), QString());
    m_subject->addItem(tr("Public subjects"), QStringLiteral("public"));
    m_subject->addItem(tr("Professional subjects"), QStringLiteral("professional"));
    m_mode->addItem(QString(), QString());
    for (const QString &m : TrainingEvent::modes())
        m_mode->addItem(m, m);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    left->addRow(tr("Theme"), m_title);
    left->addRow(tr("Organiser (主办)"), m_organizer);
    left->addRow(tr("Host (承办)"), m_host);
    left->addRow(tr("Kind"), m_kind);
    left->addRow(tr("Subject"), m_subject);
    left->addRow(tr("Start"), m_start);
    left->addRow(tr("End"), m_end);
    left->addRow(m_fieldsBox);
    right->addRow(tr("Form (培训形式)"), m_mode);
    right->addRow(tr("Place"), m_place);
    right->addRow(tr("Filing number"), m_filingNumber);
    right->addRow(tr("Filing date"), m_filingDate);
    right->addRow(tr("Filing authority"), m_filingAuthority);
    right->addRow(tr("Notes"), m_notes);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addWidget(m_warnings, 1, 0, 1, 2);

    fillKinds();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { rebuildFields(m_event.params); emit changed(); });
    for (QLineEdit *e : {m_filingDate, m_title})
        connect(e, &QLineEdit::textChanged, this, &EventForm::updateWarnings);
    for (QDateEdit *d : {m_start, m_end})
        connect(d, &QDateEdit::dateChanged, this, &EventForm::updateWarnings);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &EventForm::updateWarnings);
    TrainingEvent fresh;
    fresh.startDate = fresh.endDate = QDate(context->year(), Clock::current().today().month(), 1);
    setEvent(fresh);
}

void EventForm::fillKinds()
{
    m_kind->clear();
    const RuleSet *set = m_context->ruleSet();
    if (!set)
        return;
    for (const ActivityKind &k : set->kinds())
        m_kind->addItem(k.label, k.id);
}

void EventForm::rebuildFields(const QJsonObject &values)
{
    qDeleteAll(m_editors);
    m_editors.clear();
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const RuleSet *set = m_context->ruleSet(m_start->date().year());
    const ActivityKind *kind = set ? set->kind(m_kind->currentData().toString()) : nullptr;
    if (!kind)
        return;
    for (const FieldSpec &spec : kind->fields) {
        auto *editor = new FieldEditor(spec, m_fieldsBox);
        editor->setObjectName(QStringLiteral("eventField_") + spec.name);
        if (values.contains(spec.name))
            editor->setValue(values.value(spec.name));
        m_fields->addRow(spec.label, editor);
        m_editors << editor;
    }
}

void EventForm::setEvent(const TrainingEvent &e)
{
    m_event = e;
    m_title->setText(e.title);
    m_organizer->setText(e.organizer);
    m_host->setText(e.host);
    const int kind = m_kind->findData(e.kind);
    m_kind->setCurrentIndex(kind >= 0 ? kind : 0);
    m_subject->setCurrentIndex(qMax(0, m_subject->findData(e.subject)));
    m_start->setDate(e.startDate.isValid() ? e.startDate : Clock::current().today());
    m_end->setDate(e.endDate.isValid() ? e.endDate : m_start->date());
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(e.mode)));
    m_place->setText(e.place);
    m_filingNumber->setText(e.filingNumber);
    m_filingDate->setText(e.filingDate.isValid() ? e.filingDate.toString(Qt::ISODate) : QString());
    m_filingAuthority->setText(e.filingAuthority);
    m_notes->setPlainText(e.notes);
    rebuildFields(e.params);
    updateWarnings();
}

bool EventForm::event(TrainingEvent *out, QString *error) const
{
    TrainingEvent e = m_event;
    e.title = m_title->text().trimmed();
    e.organizer = m_organizer->text().trimmed();
    e.host = m_host->text().trimmed();
    e.kind = m_kind->currentData().toString();
    e.subject = m_subject->currentData().toString();
    e.startDate = m_start->date();
    e.endDate = m_end->date();
    e.mode = m_mode->currentData().toString();
    e.place = m_place->text().trimmed();
    e.filingNumber = m_filingNumber->text().trimmed();
    e.filingAuthority = m_filingAuthority->text().trimmed();
    e.notes = m_notes->toPlainText().trimmed();
    const QString filing = m_filingDate->text().trimmed();
    e.filingDate = RosterColumns::parseDate(filing);
    if (!filing.isEmpty() && !e.filingDate.isValid()) {
        if (error)
            *error = tr("Filing date: %1 is not a date (write it as 2025-04-20)").arg(filing);
        return false;
    }
    e.params = QJsonObject();
    for (const FieldEditor *editor : m_editors) {
        const QJsonValue v = editor->value();
        if (!v.isUndefined())
            e.params.insert(editor->spec().name, v);
    }
    *out = e;
    return true;
}

void EventForm::updateWarnings()
{
    TrainingEvent e;
    const RuleSet *set = m_context->ruleSet(m_start->date().year());
    if (!set || !event(&e, nullptr)) {
        m_warnings->clear();
        return;
    }
    const QStringList warnings = FilingCheck::warnings(*set, e);
    m_warnings->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
}
