#pragma once
#include <QWidget>

// Bold, enlarged text for a page's heading or a key figure (scale × the widget's own size).
inline void setHeadingFont(QWidget *widget, qreal scale)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    widget->setFont(font);
}
