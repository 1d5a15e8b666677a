#pragma once
#include <QWidget>

class QPushButton;

// Shown instead of the registry table while the registry is empty: says what to do first.
class EmptyRegistryView : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyRegistryView(QWidget *parent = nullptr);
    QPushButton *importButton() const { return m_import; }
    QPushButton *addButton() const { return m_add; }

private:
    QPushButton *m_import;
    QPushButton *m_add;
};
