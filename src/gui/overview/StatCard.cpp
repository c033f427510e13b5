#include "gui/overview/StatCard.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

StatCard::StatCard(const QString& key, const QString& title, QWidget* parent)
    : QFrame(parent), m_value(new QLabel(u"–"_s, this)), m_caption(new QLabel(this)) {
    setObjectName(key + u"Card"_s);
    setProperty("card", true);
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(key + u"Title"_s);
    titleLabel->setProperty("role", u"cardTitle"_s);
    m_value->setObjectName(key + u"Value"_s);
    m_value->setProperty("role", u"cardValue"_s);
    m_caption->setObjectName(key + u"Caption"_s);
    m_caption->setProperty("role", u"cardCaption"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(2);
    layout->addWidget(titleLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addStretch(1);
    setMinimumWidth(96);
}

void StatCard::setValue(int value) {
    m_value->setText(QString::number(value));
}

void StatCard::setCaption(const QString& caption) {
    m_caption->setText(caption);
}

void StatCard::setHighlighted(bool highlighted) {
    if (property("highlighted").toBool() == highlighted) {
        return;
    }
    setProperty("highlighted", highlighted);
    // Property selectors in the style sheet are only re-evaluated on a re-polish.
    for (QWidget* widget : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_value)}) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

}  // namespace kefu
