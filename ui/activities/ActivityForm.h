#pragma once
#include "domain/Activity.h"
#include "rules/CreditResult.h"

#include <QWidget>

class AppContext;
class FieldEditor;
class QComboBox;
class DateLineEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class RuleSet;
struct ActivityKind;

// The activity entry form: choose the kind, then only that kind's fields (generated from the rule
// set's field declarations, with their defaults); the credited hours and the explanation (with the
// clause) update as the clerk types; the subject can be chosen only where the rules let the person.
class ActivityForm : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityForm(AppContext *context, QWidget *parent = nullptr);

    void setActivity(const Activity &activity);
    // The entered activity (id/staffId as given to setActivity).
    Activity activity() const;
    const ActivityKind *currentKind() const;
    // After the first save: further saves update that row.
    void setStoredId(qint64 id) { m_base.id = id; }
    const CreditResult &credit() const { return m_credit; }
    QWidget *firstInput() const;
    // New activities open on the kind last saved (remembered per rule set), else on the rule
    // set's commonest kind (RuleSet::kindsForEntry, training first) — never on a rare conversion.
    void selectKind(const QString &kindId);
    void selectCommonestKind();
    void rememberKind() const;

signals:
    void kindChanged();
    void changed();

private:
    void rebuildFields();
    void updateSubject();
    void recompute();
    void startChanged();
    void fillDays();
    QString lastKindSetting() const;
    const RuleSet *ruleSet() const;

    AppContext *m_context;
    Activity m_base;
    CreditResult m_credit;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QSpinBox *m_year;
    DateLineEdit *m_start;
    DateLineEdit *m_end;
    QDate m_previousStart;
    QJsonValue m_autoDays; // the day count last filled from the dates
    QComboBox *m_subject;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QList<FieldEditor *> m_editors;
    QLabel *m_hours;
    QLabel *m_explanation;
};
