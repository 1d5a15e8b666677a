#pragma once
#include <QWidget>

#include <initializer_list>

// QWidget::setTabOrder over a list (Qt 6.4 has only the pairwise form).
inline void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}
